"""doctools.oxml.text: paragraphs as markup, borders in schema order, runs read and adjusted."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from doctools.oxml import text
from tests.oxml import anak, el


def _body(xml: str):
    return parse_xml(f"<w:body {nsdecls('w', 'm')}>{xml}</w:body>")


def test_paragraf_sebagai_markup_gaya_dan_teks_aman() -> None:
    body = _body(text.paragraph_xml("A & B <c>\x0b", "Teks LKj", keep_next=True) + text.paragraph_xml("d", "Butir LKj"))
    p1, p2 = text.paragraphs(body)
    assert p1.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == "TeksLKj"
    assert anak(p1.find(qn("w:pPr"))) == ["pStyle", "keepNext"]
    assert anak(p2.find(qn("w:pPr"))) == ["pStyle"]
    assert [t.text for t in text.text_elements(p1)] == ["A & B <c>"]


def test_run_sebagai_markup() -> None:
    p = _body(f"<w:p>{text.run_xml('x < y')}</w:p>")[0]
    assert list(text.run_texts(p)) == [(None, "x < y")]


def test_teks_run_dengan_tab_baris_dan_tanpa_rumus() -> None:
    p = el('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r>'
           '<w:r><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r>'
           '<m:oMath><m:r><w:r><w:t>rumus</w:t></w:r></m:r></m:oMath></w:p>')
    [(rpr, satu), (tanpa, dua)] = list(text.run_texts(p))
    assert anak(rpr) == ["b"] and satu == "a\tb"
    assert tanpa is None and dua == "\nc\u2011d"


def test_tanda_hubung_tak_putus_menjadi_milik_word() -> None:
    body = _body('<w:p><w:r><w:t>Pos\u2011el a\u2011b</w:t></w:r></w:p>')
    text.use_no_break_hyphens(body)
    r = body.find(f".//{qn('w:r')}")
    assert anak(r) == ["t", "noBreakHyphen", "t", "noBreakHyphen", "t"]
    assert [t.text for t in r.findall(qn("w:t"))] == ["Pos", "el a", "b"]
    assert [t.get("{http://www.w3.org/XML/1998/namespace}space") for t in r.findall(qn("w:t"))][1:] == ["preserve"] * 2
    assert list(text.run_texts(body[0])) == [(None, "Pos\u2011el a\u2011b")]


def test_ukuran_run_urut_skema_dan_mengganti() -> None:
    r = el('<w:r><w:rPr><w:rFonts w:ascii="X"/><w:sz w:val="24"/><w:lang w:val="id-ID"/></w:rPr><w:t>x</w:t></w:r>')
    text.set_run_size(r, 22)
    rpr = text.run_properties(r)
    assert anak(rpr) == ["rFonts", "sz", "szCs", "lang"]
    assert [e.get(qn("w:val")) for e in rpr.findall(qn("w:sz")) + rpr.findall(qn("w:szCs"))] == ["22", "22"]
    polos = el("<w:r><w:t>y</w:t></w:r>")
    text.set_run_size(polos, 20)
    assert anak(polos) == ["rPr", "t"] and anak(polos[0]) == ["sz", "szCs"]


def test_paragraf_kosong_dan_tahan_dengan_berikutnya() -> None:
    body = _body('<w:p><w:r><w:t> </w:t></w:r></w:p><w:p><m:oMath/></w:p><w:p><w:r><w:t>x</w:t></w:r></w:p>')
    kosong, rumus, isi = text.paragraphs(body)
    assert text.is_empty(kosong)
    assert not text.is_empty(rumus) and not text.is_empty(isi)
    text.set_keep_with_next(isi)
    text.set_keep_with_next(isi)
    assert anak(isi.find(qn("w:pPr"))) == ["keepNext"]
    assert text.enclosing_paragraph(isi[-1][0]) is isi


def test_pemisah_halaman_langsung_atau_lewat_gaya() -> None:
    gaya = {"Judul": True, "Isi": False}
    langsung = el('<w:p><w:pPr><w:pStyle w:val="Isi"/><w:pageBreakBefore/></w:pPr></w:p>')
    dimatikan = el('<w:p><w:pPr><w:pStyle w:val="Judul"/><w:pageBreakBefore w:val="0"/></w:pPr></w:p>')
    lewat_gaya = el('<w:p><w:pPr><w:pStyle w:val="Judul"/></w:pPr></w:p>')
    assert [text.page_break_before(p, gaya) for p in (langsung, dimatikan, lewat_gaya, el("<w:p/>"))] == \
        [True, False, True, False]
    assert text.has_page_break(el('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))
    assert not text.has_page_break(el("<w:p><w:r><w:br/></w:r></w:p>"))


def test_gambar_teks_dan_anotasi() -> None:
    assert text.has_picture(el("<w:p><w:r><w:pict/></w:r></w:p>")) and not text.has_drawing(el("<w:p><w:r><w:pict/></w:r></w:p>"))
    assert text.has_drawing(el("<w:p><w:r><w:drawing/></w:r></w:p>"))
    assert text.has_text_or_drawing(el("<w:hdr><w:p><w:r><w:t> x </w:t></w:r></w:p></w:hdr>"))
    assert not text.has_text_or_drawing(el("<w:hdr><w:p><w:r><w:t>  </w:t></w:r></w:p></w:hdr>"))
    p = el('<w:p><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="a"/><w:r><w:t>isi</w:t></w:r>'
           '<w:bookmarkEnd w:id="0"/><w:commentRangeStart w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>'
           '<w:commentRangeEnd w:id="1"/></w:p>')
    text.remove_annotations(p)
    assert anak(p) == ["r"] and p[0].findtext(qn("w:t")) == "isi"


def test_tanda_hubung_dari_teks_yang_sudah_dicari() -> None:
    """Given the w:t found already (one walk for several questions), only those are changed; the
    w:t made after each hyphen are returned."""
    body = _body('<w:p><w:r><w:t>a\u2011b\u2011c</w:t></w:r><w:r><w:t>x\u2011y</w:t></w:r>'
                 '<w:r><w:t>Rp 5</w:t></w:r></w:p>')
    khusus = text.text_elements_containing_any(body, ("\u2011", "Rp"))
    assert [t.text for t in khusus] == ["a\u2011b\u2011c", "x\u2011y", "Rp 5"]
    baru = text.use_no_break_hyphens(body, khusus[:1])
    assert [t.text for t in baru] == ["b", "c"]
    assert [t.text for t in body.iter(qn("w:t"))] == ["a", "b", "c", "x\u2011y", "Rp 5"]
