"""The rendered example's markup: cell properties and section properties in schema order, kop and page number."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn

from tests.conftest import NS, xml_bagian

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
