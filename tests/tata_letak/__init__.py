"""Tests of the layout pass (doctools.tata_letak), one file per module, on small documents and the example.

The helpers here build a small document in Bookman Old Style and read a table's grid.
"""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

BOOKMAN = "Bookman Old Style"


def dokumen(ukuran: float = 12):
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = BOOKMAN
    normal.font.size = Pt(ukuran)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:ascii"), BOOKMAN)
    rfonts.set(qn("w:hAnsi"), BOOKMAN)
    return doc


def tabel(doc, lebar_cm: list[float], isi: list[str]):
    t = doc.add_table(rows=1, cols=len(lebar_cm))
    t.autofit = False
    for col, w in zip(t.columns, lebar_cm):
        col.width = Cm(w)
    for cell, w, teks in zip(t.rows[0].cells, lebar_cm, isi):
        cell.width = Cm(w)
        cell.paragraphs[0].add_run(teks)
    t.autofit = False
    return t


def grid(t) -> list[int]:
    return [int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.gridCol_lst]
