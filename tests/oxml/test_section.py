"""doctools.oxml.section: page-number format in schema order, text area, blocks grouped by section."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.shared import Cm, Mm

from doctools.oxml import section
from tests.oxml import el

SECTPR = ('<w:sectPr><w:headerReference w:type="default" r:id="rId1" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
          '<w:pgSz w:w="12189" w:h="18709"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701" '
          'w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/>'
          '</w:sectPr>')


def test_lebar_dan_tinggi_teks() -> None:
    sect = el(SECTPR)
    assert section.text_width(sect) == 12189 - 1701 - 1134
    assert section.text_height(sect) == 18709 - 1134 - 1417
    assert section.text_width(el("<w:sectPr/>")) is None
    assert section.text_height(None) is None


def test_blok_per_bagian() -> None:
    doc = Document()
    doc.sections[0].page_width = Mm(210)
    doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(2)
    pertama = doc.add_paragraph("satu")
    tabel = doc.add_table(rows=1, cols=1)
    doc.add_section(WD_SECTION.NEW_PAGE)
    kedua = doc.add_paragraph("dua")
    body = doc.element.body
    [(blok1, sect1), (blok2, sect2)] = section.blocks_by_section(body)
    assert blok1[:2] == [pertama._p, tabel._tbl]
    assert sect1 is not None and sect1 is not sect2
    assert blok2 == [kedua._p]
    assert sect2 is section.last_section(body)
    assert section.text_width(sect1) == int(Mm(210).twips) - 2 * int(Cm(2).twips)
    assert section.top_level_block(tabel.rows[0].cells[0].paragraphs[0]._p) is tabel._tbl


def test_pemisah_bagian_mendatar_dan_bersambung() -> None:
    p = el('<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="18709" w:h="12189"/></w:sectPr></w:pPr></w:p>')
    sect = section.section_break(p)
    assert sect is not None and section.is_section_properties(sect)
    assert section.is_landscape(sect) and not section.breaks_page(sect)
    assert section.section_break(el("<w:p><w:pPr/></w:p>")) is None
    assert section.breaks_page(el(SECTPR)) and not section.is_landscape(el(SECTPR))
    assert section.is_landscape(el('<w:sectPr><w:pgSz w:w="1" w:h="2" w:orient="landscape"/></w:sectPr>'))
    assert not section.is_landscape(el("<w:sectPr/>"))
