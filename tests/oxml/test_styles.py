"""doctools.oxml.styles: formatting resolved through defaults, based-on styles and the run's own."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from doctools.oxml import styles
from doctools.oxml.styles import Gaya, Huruf
from tests.oxml import anak, el

STYLES = parse_xml(
    f"<w:styles {nsdecls('w')}>"
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:spacing w:after="120"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Bookman Old Style" w:hAnsi="Bookman Old Style"/><w:sz w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="IsiMatriks"><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:before="20"/><w:ind w:left="360" w:hanging="180"/><w:jc w:val="right"/>'
    '<w:tabs><w:tab w:val="left" w:pos="1000"/><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr>'
    '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Tebal"><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:tblPr><w:tblCellMar>'
    '<w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="Rapat"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblCellMar>'
    '<w:left w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    "</w:styles>")


def _p(xml: str = ""):
    return parse_xml(f"<w:p {nsdecls('w')}>{xml}</w:p>")


def test_huruf_dari_gaya_dan_turunannya() -> None:
    gaya = Gaya(STYLES)
    assert gaya.huruf_paragraf(_p()) == Huruf("Bookman Old Style", 12)
    isi = _p('<w:pPr><w:pStyle w:val="IsiMatriks"/></w:pPr>')
    assert gaya.huruf_paragraf(isi) == Huruf("Bookman Old Style", 9)
    tebal = el('<w:rPr><w:rStyle w:val="Tebal"/></w:rPr>')
    assert gaya.huruf_run(isi, tebal) == Huruf("Bookman Old Style", 9, True)
    sendiri = el('<w:rPr><w:rFonts w:ascii="Arial"/><w:b w:val="0"/><w:sz w:val="20"/></w:rPr>')
    assert gaya.huruf_run(isi, sendiri) == Huruf("Arial", 10, False)
    assert Huruf("Arial", 10).lebih_kecil() == Huruf("Arial", 9)


def test_indentasi_spasi_rata_dan_tab() -> None:
    gaya = Gaya(STYLES)
    isi = _p('<w:pPr><w:pStyle w:val="IsiMatriks"/><w:tabs><w:tab w:val="clear" w:pos="1000"/></w:tabs></w:pPr>')
    assert gaya.indentasi(isi) == (360, -180)
    assert gaya.spasi(isi) == (20, 120)
    assert gaya.rata(isi) == "right"
    assert gaya.tab(isi) == [2000]
    assert gaya.rata(_p()) == "left"
    sendiri = _p('<w:pPr><w:pStyle w:val="IsiMatriks"/><w:ind w:left="0" w:firstLine="240"/></w:pPr>')
    assert gaya.indentasi(sendiri) == (0, 240)


def test_margin_sel_dari_sel_tabel_lalu_gaya() -> None:
    gaya = Gaya(STYLES)
    tbl = el('<w:tbl><w:tblPr><w:tblStyle w:val="Rapat"/></w:tblPr><w:tr><w:tc><w:p/></w:tc>'
             '<w:tc><w:tcPr><w:tcMar><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
    biasa, rapat_kanan = tbl.iter(qn("w:tc"))
    assert gaya.margin_sel(tbl) == (57, 108)
    assert gaya.margin_sel(tbl, biasa) == (57, 108)
    assert gaya.margin_sel(tbl, rapat_kanan) == (57, 0)
    tanpa_gaya = el("<w:tbl><w:tblPr/></w:tbl>")
    assert gaya.margin_sel(tanpa_gaya) == (108, 108)


def test_huruf_dan_id_gaya() -> None:
    rpr = el('<w:rPr><w:rFonts w:ascii="Calibri"/><w:sz w:val="24"/><w:oMath/></w:rPr>')
    styles.set_fonts(rpr, "Bookman Old Style")
    assert anak(rpr) == ["rFonts", "sz", "oMath"]
    fonts = rpr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Bookman Old Style"}
    assert styles.style_id("Kepala Matriks LKj") == "KepalaMatriksLKj"


def test_gaya_yang_memulai_halaman_lewat_rantai_dasar() -> None:
    gaya = parse_xml(
        f"<w:styles {nsdecls('w')}>"
        '<w:style w:type="paragraph" w:styleId="Bab"><w:pPr><w:pageBreakBefore/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="BabLampiran"><w:basedOn w:val="Bab"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="BabSambung"><w:basedOn w:val="Bab"/>'
        '<w:pPr><w:pageBreakBefore w:val="false"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>'
        "</w:styles>")
    assert styles.page_break_styles(gaya) == {"Bab": True, "BabLampiran": True, "BabSambung": False,
                                              "A": False, "B": False}


def test_huruf_gaya_tanpa_rpr() -> None:
    gaya = el('<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>')
    styles.set_style_fonts(gaya, "Arial")
    assert anak(gaya) == ["name", "rPr"]
    assert gaya.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:eastAsia")) == "Arial"
