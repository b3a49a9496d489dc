"""A Word table written as WordprocessingML, for the one table whose columns depend on the data.

The Renstra matrix has a target and a pagu column for every year of the Renstra period, so its
column count (and widths) cannot be fixed in the template. :class:`TabelXML` prints a complete
``w:tbl`` where the template writes ``{{p … }}``: fixed column widths computed for the page, header
rows that repeat on every page, rows that do not split, vertically merged group cells. It uses
the template's table and paragraph styles by id, so the template still decides how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from doctools.documents.lkj.narasi import style_id

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

    def _sel(self, sel: Sel, kolom: int, kepala: bool) -> str:
        lebar = sum(self.lebar[kolom:kolom + sel.rentang])
        pr = f'<w:tcW w:w="{lebar}" w:type="dxa"/>'
        if sel.rentang > 1:
            pr += f'<w:gridSpan w:val="{sel.rentang}"/>'
        if sel.gabung:
            pr += '<w:vMerge w:val="restart"/>' if sel.gabung == "awal" else "<w:vMerge/>"
        pr += f'<w:vAlign w:val="{"center" if kepala else "top"}"/>'
        teks = "" if sel.gabung == "lanjut" else escape(sel.teks)
        run = f'<w:r><w:t xml:space="preserve">{teks}</w:t></w:r>' if teks else ""
        return f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr><w:pStyle w:val="{style_id(sel.gaya)}"/></w:pPr>{run}</w:p></w:tc>'

    def _baris(self, b: Baris) -> str:
        tr_pr = "<w:cantSplit/>" + ("<w:tblHeader/>" if b.kepala else "")
        sel, kolom = [], 0
        for s in b.sel:
            sel.append(self._sel(s, kolom, b.kepala))
            kolom += s.rentang
        return f"<w:tr><w:trPr>{tr_pr}</w:trPr>{''.join(sel)}</w:tr>"

    def __html__(self) -> str:
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in self.lebar)
        pr = (f'<w:tblPr><w:tblStyle w:val="{style_id(self.gaya_tabel)}"/><w:tblW w:w="{sum(self.lebar)}" w:type="dxa"/>'
              '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
              '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
              '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
              'w:noHBand="0" w:noVBand="1"/></w:tblPr>')
        return f"<w:tbl>{pr}<w:tblGrid>{grid}</w:tblGrid>{''.join(self._baris(b) for b in self.baris)}</w:tbl>"
