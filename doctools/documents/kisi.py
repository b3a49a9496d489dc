"""A tree printed as table rows with merged cells: each node's cells span the rows of its subtree.

The RKT and the Pohon Kinerja print sasaran → program → kegiatan (→ sub-kegiatan) side by side:
a sasaran's cell spans all the rows of its programs, a program's those of its kegiatan, and each
indicator takes a row of its own, its target beside it. :func:`baris_pohon` lays this out as
rows of named cells; a cell that continues the one above holds :data:`~doctools.oxml.table.TANDA_GABUNG`,
which the renderer turns into a vertical merge (a template's row loop cannot express merges
over several nested levels).

A node of level *L* with *n* indicators and children laid out in *m* rows takes
``max(n, m, 1)`` rows: its own cells span them all, indicator *i* takes row *i* (the last one
stretches to the end), and the last child's cells stretch when the node needs more rows than its
children give. A level without children below it gets one empty cell per deeper column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from doctools.oxml.table import TANDA_GABUNG

if TYPE_CHECKING:
    from doctools.kinerja.pohon import IndikatorSimpul, Simpul

Sel = str


@dataclass(frozen=True)
class Tingkat:
    """The columns one level of the tree fills.

    ``sendiri`` names the node's own columns and gives their texts; ``indikator`` names the
    columns of one indicator and gives their texts (an empty indicator when the node has none).
    """

    sendiri: tuple[str, ...]
    isi_sendiri: Callable[[Simpul], Sequence[Sel]]
    indikator: tuple[str, ...] = ()
    isi_indikator: Callable[[Simpul, IndikatorSimpul | None], Sequence[Sel]] = lambda s, i: ()

    @property
    def kolom(self) -> tuple[str, ...]:
        return self.sendiri + self.indikator


def _kosong(kolom: Sequence[str], baris: int) -> list[dict[str, Sel]]:
    """An empty block: one empty cell per column, merged down ``baris`` rows."""
    return [{k: "" if r == 0 else TANDA_GABUNG for k in kolom} for r in range(baris)]


def _blok(simpul: Simpul, tingkat: Sequence[Tingkat]) -> list[dict[str, Sel]]:
    ini, bawah = tingkat[0], tingkat[1:]
    anak: list[dict[str, Sel]] = []
    if bawah:
        for a in simpul.anak:
            anak += _blok(a, bawah)
    indikator: Sequence[IndikatorSimpul | None] = simpul.indikator or (None,)
    tinggi = max(len(indikator), len(anak), 1)
    kolom_bawah = [k for t in bawah for k in t.kolom]
    if not anak:
        anak = _kosong(kolom_bawah, tinggi)
    else:
        anak += [{k: TANDA_GABUNG for k in kolom_bawah} for _ in range(tinggi - len(anak))]
    sendiri = list(ini.isi_sendiri(simpul))
    baris = []
    for r in range(tinggi):
        sel: dict[str, Sel] = {k: (sendiri[n] if r == 0 else TANDA_GABUNG) for n, k in enumerate(ini.sendiri)}
        if r < len(indikator):
            isi = list(ini.isi_indikator(simpul, indikator[r]))
            sel.update({k: isi[n] for n, k in enumerate(ini.indikator)})
        else:
            sel.update({k: TANDA_GABUNG for k in ini.indikator})
        sel.update(anak[r])
        baris.append(sel)
    return baris


def baris_pohon(akar: Sequence[Simpul], tingkat: Sequence[Tingkat]) -> list[dict[str, Sel]]:
    """The rows of the trees ``akar``, whose levels are ``tingkat`` from the roots down."""
    hasil: list[dict[str, Sel]] = []
    for a in akar:
        hasil += _blok(a, tingkat)
    return hasil


