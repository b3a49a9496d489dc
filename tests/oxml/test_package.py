"""doctools.oxml.package: the extended properties name the application and carry no statistics."""

from __future__ import annotations

from lxml import etree

from doctools.oxml.package import app_properties_xml, retarget_relationships

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def test_properti_aplikasi() -> None:
    root = etree.fromstring(app_properties_xml("doctools 0.1.0 & co"))
    assert root.tag == f"{EP}Properties"
    assert [c.tag.removeprefix(EP) for c in root] == ["Application", "DocSecurity"]
    assert root.findtext(f"{EP}Application") == "doctools 0.1.0 & co"


def test_acuan_relasi_diganti() -> None:
    from tests.oxml import el

    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    p = el(f'<w:p><w:hyperlink xmlns:r="{r}" r:id="rId3"><w:r/></w:hyperlink>'
           f'<w:r><w:drawing><a:blip xmlns:a="urn:a" xmlns:r="{r}" r:embed="rId3" r:link="rId9"/></w:drawing></w:r></w:p>')
    retarget_relationships(p, {"rId3": "rId12", "rId9": "rId13"}.__getitem__)
    nilai = [v for node in p.iter() for k, v in node.attrib.items() if k.startswith(f"{{{r}}}")]
    assert nilai == ["rId12", "rId12", "rId13"]


# ---- the rendered body in its document ------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _dokumen():
    import io

    import docx

    doc = docx.Document()
    doc.add_paragraph("templat")
    b = io.BytesIO()
    doc.save(b)
    return docx.Document(io.BytesIO(b.getvalue()))


def _cara_docxtpl(doc, body_xml: str) -> bytes:
    """What docxtpl does: the body parsed alone, then moved into the document element."""
    import copy

    root = copy.deepcopy(doc.element)
    root.replace(root.body, etree.fromstring(body_xml, parser=etree.XMLParser(recover=True)))
    return etree.tostring(root)


def _body(isi: str, tambahan: str = "") -> str:
    return (f'<w:body xmlns:w="{_W}" xmlns:wp="{_WP}"{tambahan}><w:p><w:r><w:t>{isi}</w:t></w:r></w:p>'
            "<w:sectPr/></w:body>")


def test_body_diurai_di_dokumennya_sama_dengan_dipindah() -> None:
    """The declarations the document element makes are left out, one it lacks stays: byte for byte
    what docxtpl's move gives."""
    from doctools.oxml.package import body_in_document

    doc = _dokumen()
    for body_xml in (_body("satu"), _body("dua", f' xmlns:m="{_M}" xmlns:contoh="urn:contoh"')):
        body = body_in_document(doc.element, body_xml)
        assert body is not None and body.getparent() is not doc.element
        assert etree.tostring(body.getparent()) == _cara_docxtpl(doc, body_xml)
        assert body.getparent().body is body  # python-docx's element classes


def test_body_yang_tidak_bisa_diurai_di_dokumennya() -> None:
    """None wherever docxtpl's way could give other bytes: its own parse and move apply."""
    from doctools.oxml.package import body_in_document

    doc = _dokumen()
    gambar = f'<w:r><w:drawing><wp:inline xmlns:wp="{_WP}"/></w:drawing></w:r>'
    tidak = {
        "deklarasi di dalam body": _body("x").replace("<w:sectPr/>", f"<w:p>{gambar}</w:p><w:sectPr/>"),
        "awalan lain untuk namespace yang sama": _body("x", f' xmlns:w2="{_W}"').replace(f'xmlns:w="{_W}"',
                                                                                         'xmlns:w="urn:lain"'),
        "XML rusak": _body("<b>tebal"),
        "bukan body": f'<w:p xmlns:w="{_W}"/>',
        "body kosong": f'<w:body xmlns:w="{_W}"/>',
    }
    for nama, body_xml in tidak.items():
        assert body_in_document(doc.element, body_xml) is None, nama


def test_dokumen_mengambil_elemen_baru() -> None:
    import io

    import docx

    from doctools.oxml.package import adopt_document, body_in_document, drawing_properties

    doc = _dokumen()
    assert doc.paragraphs[0].text == "templat"
    lama = doc.element
    assert not adopt_document(doc, etree.fromstring(_body("sendiri")))  # a body standing alone: docxtpl's way
    assert doc.element is lama
    body = body_in_document(doc.element, _body("hasil render"))
    assert adopt_document(doc, body)
    assert doc.element is body.getparent() and doc.part.element is doc.element
    assert [p.text for p in doc.paragraphs] == ["hasil render"]
    b = io.BytesIO()
    doc.save(b)
    assert [p.text for p in docx.Document(io.BytesIO(b.getvalue())).paragraphs] == ["hasil render"]
    assert drawing_properties(body) == []


def test_gambar_di_luar_body_dan_penomoran_gambar() -> None:
    from docx.oxml import parse_xml

    from doctools.oxml.package import body_in_document, drawing_properties

    luar = parse_xml(f'<w:document xmlns:w="{_W}" xmlns:wp="{_WP}"><w:background><wp:docPr id="7"/></w:background>'
                     "<w:body><w:p/></w:body></w:document>")
    assert body_in_document(luar, _body("x")) is None  # docxtpl numbers the body's drawings only
    dalam = parse_xml(f'<w:document xmlns:w="{_W}" xmlns:wp="{_WP}"><w:body>'
                      '<w:p><wp:docPr id="5" name="a"/></w:p><w:p><wp:docPr id="3" name="b"/></w:p></w:body></w:document>')
    assert [d.get("name") for d in drawing_properties(dalam.body)] == ["a", "b"]
