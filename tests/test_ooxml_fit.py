"""Tables wider than their section's text width are scaled to fit; others are left alone."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm, Mm

from doctools.ooxml import fit_tables_to_sections


def _grid(tbl) -> list[int]:
    return [int(g.get(qn("w:w"))) for g in tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]


def _table(doc, widths_cm):
    table = doc.add_table(rows=2, cols=len(widths_cm))
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    return table


def test_wide_table_scaled_in_proportion_and_narrow_one_untouched() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)  # 16 cm of text width
    lebar = _table(doc, [4.0, 12.5])  # 16.5 cm
    sempit = _table(doc, [4.0, 8.0])
    sebelum = _grid(sempit._tbl)
    fit_tables_to_sections(doc.element.body)
    avail = int(Cm(16).twips)
    grid = _grid(lebar._tbl)
    assert sum(grid) <= avail and sum(grid) >= avail - len(grid)
    assert abs(grid[0] / grid[1] - 4.0 / 12.5) < 0.01
    cells = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in lebar._tbl.tr_lst[0].tc_lst]
    assert cells == grid
    assert _grid(sempit._tbl) == sebelum
    fit_tables_to_sections(doc.element.body)  # idempotent once it fits
    assert _grid(lebar._tbl) == grid


def test_landscape_section_gives_its_own_width() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Cm(2)
    portrait = _table(doc, [20.0])
    doc.add_section(WD_SECTION.NEW_PAGE)
    land = doc.sections[-1]
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Mm(297), Mm(210)
    lanskap = _table(doc, [20.0])
    fit_tables_to_sections(doc.element.body)
    assert sum(_grid(portrait._tbl)) <= int(Cm(17).twips)
    assert _grid(lanskap._tbl) == [int(Cm(20).twips)]  # 25.7 cm available: fits as it is
