"""doctools.ooxml on tiny XML: schema order, idempotence, and the rendered example's structure."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from doctools import ooxml
from tests.conftest import NS, xml_bagian


def _el(xml: str):
    """Parse a fragment whose root is a w: element."""
    tag, _, rest = xml.partition(">")
    return parse_xml(f"{tag} {nsdecls('w')}>{rest}" if not tag.endswith("/") else f"{tag[:-1]} {nsdecls('w')}/>")


def _anak(el) -> list[str]:
    return [child.tag.split("}")[1] for child in el]


SECTPR = ('<w:sectPr><w:headerReference w:type="default" r:id="rId1" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
          '<w:pgSz w:w="12189" w:h="18709"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701" '
          'w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/>'
          '</w:sectPr>')


# ---- sectPr -------------------------------------------------------------------------------------


def test_nomor_halaman_sebelum_cols() -> None:
    sect = _el(SECTPR)
    ooxml.set_page_number_format(sect, "lowerRoman", start=1)
    assert _anak(sect) == ["headerReference", "pgSz", "pgMar", "pgNumType", "cols", "docGrid"]
    pg = sect.find(qn("w:pgNumType"))
    assert (pg.get(qn("w:fmt")), pg.get(qn("w:start"))) == ("lowerRoman", "1")


def test_nomor_halaman_dua_kali_satu_elemen() -> None:
    sect = _el(SECTPR)
    ooxml.set_page_number_format(sect, "lowerRoman", start=1)
    ooxml.set_page_number_format(sect, "decimal")
    assert _anak(sect) == ["headerReference", "pgSz", "pgMar", "pgNumType", "cols", "docGrid"]
    pg = sect.find(qn("w:pgNumType"))
    assert pg.get(qn("w:fmt")) == "decimal"
    assert pg.get(qn("w:start")) is None


def test_halaman_judul_sebelum_docgrid_dan_setelah_cols() -> None:
    sect = _el(SECTPR)
    ooxml.set_title_page(sect)
    ooxml.set_title_page(sect)
    assert _anak(sect) == ["headerReference", "pgSz", "pgMar", "cols", "titlePg", "docGrid"]
    ooxml.set_page_number_format(sect)
    assert _anak(sect) == ["headerReference", "pgSz", "pgMar", "pgNumType", "cols", "titlePg", "docGrid"]
    ooxml.set_title_page(sect, on=False)
    assert "titlePg" not in _anak(sect)


def test_sectpr_kosong() -> None:
    sect = _el("<w:sectPr/>")
    ooxml.set_title_page(sect)
    ooxml.set_page_number_format(sect)
    assert _anak(sect) == ["pgNumType", "titlePg"]


# ---- settings -----------------------------------------------------------------------------------


def test_perbarui_ruas_saat_dibuka() -> None:
    settings = _el('<w:settings><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                   '<w:characterSpacingControl w:val="doNotCompress"/><w:compat/><w:rsids/></w:settings>')
    ooxml.set_update_fields_on_open(settings)
    ooxml.set_update_fields_on_open(settings)
    assert _anak(settings) == ["zoom", "defaultTabStop", "characterSpacingControl", "updateFields", "compat", "rsids"]
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"


# ---- rows ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fungsi", "tag"), [(ooxml.set_repeat_header, "tblHeader"),
                                              (ooxml.set_cant_split, "cantSplit")])
def test_baris_idempoten(fungsi, tag: str) -> None:
    tr = _el("<w:tr><w:tc><w:p/></w:tc></w:tr>")
    fungsi(tr)
    fungsi(tr)
    assert _anak(tr) == ["trPr", "tc"]
    assert _anak(tr.find(qn("w:trPr"))) == [tag]
    fungsi(tr, on=False)
    assert _anak(tr.find(qn("w:trPr"))) == []


def test_baris_kepala_dan_tidak_terpisah_bersama() -> None:
    tr = _el("<w:tr><w:tc><w:p/></w:tc></w:tr>")
    ooxml.set_cant_split(tr)
    ooxml.set_repeat_header(tr)
    ooxml.set_cant_split(tr)
    assert sorted(_anak(tr.find(qn("w:trPr")))) == ["cantSplit", "tblHeader"]


# ---- paragraph borders --------------------------------------------------------------------------


def test_garis_paragraf_urutan_skema() -> None:
    ppr = _el('<w:pPr><w:pStyle w:val="GarisKop"/><w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>')
    ooxml.set_paragraph_border(ppr, "bottom", "thickThinSmallGap", 24, 1)
    assert _anak(ppr) == ["pStyle", "keepNext", "pBdr", "spacing", "jc"]
    bawah = ppr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert [bawah.get(qn(f"w:{a}")) for a in ("val", "sz", "space", "color")] == ["thickThinSmallGap", "24", "1", "000000"]


def test_garis_paragraf_sisi_berurutan_dan_idempoten() -> None:
    ppr = _el("<w:pPr/>")
    ooxml.set_paragraph_border(ppr, "bottom")
    ooxml.set_paragraph_border(ppr, "right", "single", 4)
    ooxml.set_paragraph_border(ppr, "top", "single", 4)
    ooxml.set_paragraph_border(ppr, "bottom", "double", 6)
    pbdr = ppr.find(qn("w:pBdr"))
    assert _anak(pbdr) == ["top", "bottom", "right"]
    assert pbdr.find(qn("w:bottom")).get(qn("w:val")) == "double"
    assert len(ppr.findall(qn("w:pBdr"))) == 1


# ---- tables -------------------------------------------------------------------------------------


def test_garis_tabel() -> None:
    tblpr = _el('<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>')
    ooxml.set_table_borders(tblpr, "nil")
    ooxml.set_table_borders(tblpr, "single")
    assert _anak(tblpr) == ["tblStyle", "tblW", "jc", "tblBorders", "tblLayout", "tblLook"]
    sisi = tblpr.find(qn("w:tblBorders"))
    assert _anak(sisi) == ["top", "left", "bottom", "right", "insideH", "insideV"]
    assert {e.get(qn("w:val")) for e in sisi} == {"single"}
    assert {e.get(qn("w:sz")) for e in sisi} == {"4"}


def test_garis_tabel_nil_tanpa_ukuran() -> None:
    tblpr = _el("<w:tblPr/>")
    ooxml.set_table_borders(tblpr, "nil")
    sisi = tblpr.find(qn("w:tblBorders"))
    assert {e.get(qn("w:val")) for e in sisi} == {"nil"}
    assert {e.get(qn("w:sz")) for e in sisi} == {None}


def test_tata_letak_tetap() -> None:
    tblpr = _el('<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>')
    ooxml.set_fixed_layout(tblpr)
    ooxml.set_fixed_layout(tblpr)
    assert _anak(tblpr) == ["tblW", "tblLayout", "tblLook"]
    assert tblpr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_urutan_properti_sel() -> None:
    root = _el('<w:tbl><w:tr><w:tc><w:tcPr><w:vAlign w:val="center"/><w:tcW w:w="510" w:type="dxa"/>'
               '<w:vMerge w:val="restart"/><w:shd w:fill="auto"/><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc>'
               '<w:tc><w:tcPr><w:tcW w:w="1" w:type="dxa"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
    ooxml.reorder_cell_properties(root)
    tcprs = root.findall(f".//{qn('w:tcPr')}")
    assert _anak(tcprs[0]) == ["tcW", "gridSpan", "vMerge", "shd", "vAlign"]
    assert _anak(tcprs[1]) == ["tcW"]
    assert tcprs[0].find(qn("w:vMerge")).get(qn("w:val")) == "restart"


def test_ruas_halaman() -> None:
    p = _el('<w:p><w:r><w:t xml:space="preserve">- </w:t></w:r></w:p>')
    ooxml.add_field(p, "PAGE", "2")
    runs = p.findall(qn("w:r"))
    assert len(runs) == 6
    jenis = [r.find(qn("w:fldChar")).get(qn("w:fldCharType")) for r in runs if r.find(qn("w:fldChar")) is not None]
    assert jenis == ["begin", "separate", "end"]
    assert p.find(f".//{qn('w:instrText')}").text == " PAGE "
    assert [t.text for t in p.iter(qn("w:t"))] == ["- ", "2"]


# ---- in the rendered example --------------------------------------------------------------------

_TCPR = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
         "textDirection", "tcFitText", "vAlign", "hideMark")


def test_contoh_properti_sel_urut_skema(docx_contoh: Path) -> None:
    root = xml_bagian(docx_contoh)
    tcprs = root.findall(".//w:tcPr", NS)
    assert tcprs
    for tcpr in tcprs:
        urutan = [_TCPR.index(c.tag.split("}")[1]) for c in tcpr]
        assert urutan == sorted(urutan)


def test_contoh_sectpr_urut_skema(docx_contoh: Path) -> None:
    [sect] = xml_bagian(docx_contoh).findall(".//w:body/w:sectPr", NS)
    anak = [c.tag.split("}")[1] for c in sect]
    # the first page (with the kop) gets its own, empty, header; the page number starts on page 2
    assert anak == ["headerReference", "pgSz", "pgMar", "cols", "titlePg", "docGrid"]


def test_contoh_garis_kop(docx_contoh: Path) -> None:
    root = xml_bagian(docx_contoh)
    [garis] = [p for p in root.findall(".//w:body/w:p", NS)
               if p.find("w:pPr/w:pStyle", NS) is not None
               and p.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "GarisKop"]
    bawah = garis.find("w:pPr/w:pBdr/w:bottom", NS)
    assert bawah is not None and bawah.get(qn("w:val")) == "thickThinSmallGap"


def test_contoh_kepala_halaman_nomor(docx_contoh: Path) -> None:
    header = xml_bagian(docx_contoh, "word/header1.xml")
    assert header.find(".//w:instrText", NS).text.strip() == "PAGE"
    teks = "".join(t.text for t in header.iter(qn("w:t")))
    assert teks == "- 2 -"
