"""A Word table written as WordprocessingML, for the one table whose columns depend on the data.

The Renstra matrix has a target and a pagu column for every year of the Renstra period, so its
column count (and widths) cannot be fixed in the template. :class:`TabelXML` prints a complete
``w:tbl`` where the template writes ``{{p … }}``: fixed column widths computed for the page, header
rows that repeat on every page, rows that do not split, vertically merged group cells. It uses
the template's table and paragraph styles by id, so the template still decides how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from doctools.oxml.table import Merge, cell_xml, row_xml, table_xml

if TYPE_CHECKING:
    from doctools.oxml.ns import Xml

TWIP_PER_CM = 1440 / 2.54


def twip(cm: float) -> int:
    return round(cm * TWIP_PER_CM)


@dataclass(frozen=True)
class Sel:
    """One cell: its text, paragraph style, columns spanned and vertical merge role."""

    teks: str
    gaya: str
    rentang: int = 1
    gabung: Literal["awal", "lanjut"] | None = None


@dataclass(frozen=True)
class Baris:
    sel: tuple[Sel, ...]
    kepala: bool = False


@dataclass(frozen=True)
class TabelXML:
    """A fixed-layout table; ``lebar`` are the grid column widths in twips."""

    lebar: tuple[int, ...]
    baris: tuple[Baris, ...]
    gaya_tabel: str = "Table Grid"

    def __post_init__(self) -> None:
        for b in self.baris:
            if sum(s.rentang for s in b.sel) != len(self.lebar):
                raise ValueError(f"baris tabel mempunyai {sum(s.rentang for s in b.sel)} kolom, bukan {len(self.lebar)}")

    def _sel(self, sel: Sel, kolom: int, kepala: bool) -> Xml:
        lebar = sum(self.lebar[kolom:kolom + sel.rentang])
        gabung: Merge | None = "restart" if sel.gabung == "awal" else "continue" if sel.gabung == "lanjut" else None
        return cell_xml(sel.teks, sel.gaya, lebar, span=sel.rentang, merge=gabung, v_align="center" if kepala else "top")

    def _baris(self, b: Baris) -> Xml:
        sel, kolom = [], 0
        for s in b.sel:
            sel.append(self._sel(s, kolom, b.kepala))
            kolom += s.rentang
        return row_xml(sel, repeat_header=b.kepala)

    def __html__(self) -> Xml:
        return table_xml(self.lebar, [self._baris(b) for b in self.baris], style=self.gaya_tabel)
