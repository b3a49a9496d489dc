"""Fields: whether a document holds a table of contents, which Word computes when it lays the document out.

python-docx has no API for fields. A template's Daftar Isi is a complex field (``TOC``); the PDF
export refreshes it (:mod:`doctools.toc`) only when a document has one.
"""

from __future__ import annotations

import re

_TOC_FIELD = re.compile(rb"<w:instrText[^>]*>\s*TOC\b")


def has_toc_field(document_xml: bytes) -> bool:
    """Whether a document part (its serialized bytes) holds a table-of-contents field."""
    return _TOC_FIELD.search(document_xml) is not None
