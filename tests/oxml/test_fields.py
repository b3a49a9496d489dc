"""doctools.oxml.fields: a complex field's five runs; a TOC field found in a part's bytes."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from doctools.oxml import fields
from tests.oxml import el


def test_ruas_halaman() -> None:
    p = el('<w:p><w:r><w:t xml:space="preserve">- </w:t></w:r></w:p>')
    fields.add_field(p, "PAGE", "2")
    runs = p.findall(qn("w:r"))
    assert len(runs) == 6
    jenis = [r.find(qn("w:fldChar")).get(qn("w:fldCharType")) for r in runs if r.find(qn("w:fldChar")) is not None]
    assert jenis == ["begin", "separate", "end"]
    assert p.find(f".//{qn('w:instrText')}").text == " PAGE "
    assert [t.text for t in p.iter(qn("w:t"))] == ["- ", "2"]


def test_ruas_daftar_isi_dikenali() -> None:
    p = el("<w:p/>")
    fields.add_field(p, 'TOC \\o "1-3" \\h \\z \\u', "Daftar isi")
    assert fields.has_toc_field(etree.tostring(p))
    halaman = el("<w:p/>")
    fields.add_field(halaman, "PAGE", "1")
    assert not fields.has_toc_field(etree.tostring(halaman))
