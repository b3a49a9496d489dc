"""doctools.oxml.jinja: the text steps around docxtpl's Jinja pass, and a template's paragraphs as docxtpl reads them."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from doctools.oxml import jinja
from doctools.oxml.ns import M_NS, Xml


def _body(xml: str):
    return parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")


def test_paragraf_sebaris_sendiri_lalu_kembali() -> None:
    xml = '<w:body><w:p w:rsidR="1"><w:pPr/></w:p><w:p><w:r/></w:p><w:pict/><w:pPr/></w:body>'
    baris = jinja.paragraphs_on_lines(xml)
    assert baris.splitlines() == ["<w:body>", '<w:p w:rsidR="1"><w:pPr/></w:p>', "<w:p><w:r/></w:p><w:pict/><w:pPr/></w:body>"]
    assert jinja.paragraphs_joined(baris) == xml


def test_markah_sendiri_di_run_sendiri() -> None:
    p = parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Sebelum '
                  + jinja.own_run_xml(Xml("<w:drawing/>")) + " sesudah</w:t></w:r></w:p>")
    runs = p.findall(qn("w:r"))
    assert [[c.tag.split("}")[1] for c in r] for r in runs] == [["t"], ["drawing"], ["t"]]
    assert [r.findtext(qn("w:t")) for r in runs] == ["Sebelum ", None, " sesudah"]


def test_namespace_math_sekali_di_elemen_pertama() -> None:
    dengan = jinja.with_math_namespace('<w:document xmlns:w="urn:w"><w:body/></w:document>')
    assert dengan == f'<w:document xmlns:w="urn:w" xmlns:m="{M_NS}"><w:body/></w:document>'
    assert jinja.with_math_namespace(dengan) == dengan
    assert jinja.with_math_namespace("<w:hdr/>") == f'<w:hdr xmlns:m="{M_NS}"/>'


def test_teks_dan_paragraf_tag() -> None:
    body = _body("<w:p><w:r><w:t>{%p if a </w:t></w:r><w:r><w:t>%}</w:t></w:r></w:p>"
                 "<w:p><w:r><w:t>Nama: {{ a }}</w:t></w:r></w:p>"
                 "<w:p><w:r><w:t>{{p isi }}</w:t></w:r></w:p>")
    p1, p2, p3 = body
    assert jinja.paragraph_text(p1) == "{%p if a %}"
    assert [jinja.is_tag_paragraph(p) for p in (p1, p2, p3)] == [True, False, True]


def test_paragraf_yang_memuat_teks() -> None:
    body = _body('<w:p><w:r><w:t>{%p include "kop" %}</w:t></w:r></w:p><w:p><w:r><w:t>lain</w:t></w:r></w:p>'
                 "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>include</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    assert [jinja.paragraph_text(p) for p in jinja.paragraphs_containing(body, "include")] == \
        ['{%p include "kop" %}', "include"]


def _resolve_listing(xml: str) -> str:
    from docxtpl import DocxTemplate

    return DocxTemplate.resolve_listing(None, xml)  # type: ignore[arg-type]  # uses no state of its own


def test_listing_hanya_paragraf_yang_berubah_sama_dengan_docxtpl() -> None:
    """Tabs, line breaks, paragraph and page marks in some paragraphs (a nested one, a run without
    text, a self-closing paragraph among them): the result is docxtpl's pass over the whole part."""
    rpr = "<w:rPr><w:b/></w:rPr>"
    xml = ("<w:body>"
           '<w:p w:rsidR="1"><w:pPr><w:jc w:val="center"/></w:pPr><w:r>' + rpr + "<w:t>a\tb\nc</w:t></w:r></w:p>"
           "<w:p><w:r><w:t>tanpa apa-apa</w:t></w:r><w:r><w:tab/></w:r></w:p>"
           "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">satu\aDua\fTiga</w:t></w:r></w:p>"
           "<w:p><w:r><w:pict><w:p><w:r><w:t>dalam\nkotak</w:t></w:r></w:p></w:pict></w:r></w:p>"
           "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>sel\tsatu</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
           "<w:p><w:r><w:t>biasa</w:t></w:r></w:p></w:body>")
    dipanggil: list[str] = []

    def resolve(teks: str) -> str:
        dipanggil.append(teks)
        return _resolve_listing(teks)

    hasil = jinja.listing_where_needed(xml, resolve)
    assert hasil == _resolve_listing(xml)
    assert "<w:br/>" in hasil and "<w:tab/></w:r><w:r>" + rpr in hasil
    assert len(dipanggil) == 4  # the plain paragraphs are never handed over
    assert not any("biasa" in p or "tanpa apa-apa" in p for p in dipanggil)


def test_listing_tanpa_karakter_khusus_tidak_berubah() -> None:
    xml = "<w:body><w:p><w:r><w:t>a b</w:t></w:r></w:p></w:body>"
    assert jinja.listing_where_needed(xml, lambda teks: "DIUBAH") == xml
