"""doctools.oxml.fields: a TOC field found in a part's bytes."""

from __future__ import annotations

from lxml import etree

from doctools.oxml import fields
from tests.oxml import el


def _ruas(instr: str) -> bytes:
    return etree.tostring(el(f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                             f'{instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'))


def test_ruas_daftar_isi_dikenali() -> None:
    assert fields.has_toc_field(_ruas('TOC \\o "1-3" \\h \\z \\u'))
    assert not fields.has_toc_field(_ruas("PAGE"))
    assert not fields.has_toc_field(_ruas("TOCX"))
