"""Fields: a page number or a table of contents, as Word computes them when it lays the document out.

python-docx has no API for fields. A complex field is five runs (begin, instruction, separate,
the cached result, end); Word shows the cached result until it refreshes the field.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from lxml import etree

from doctools.oxml.ns import XML_SPACE, w

_TOC_FIELD = re.compile(rb"<w:instrText[^>]*>\s*TOC\b")


def add_field(p: etree._Element, instr: str, cached: str = "") -> None:
    """Append a complex field (``PAGE``, ``TOC \\o "1-3" \\h \\z \\u``) with a cached result."""

    def run(child: etree._Element) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(w("fldCharType"), "begin")
    run(begin)
    text = OxmlElement("w:instrText")
    text.set(XML_SPACE, "preserve")
    text.text = f" {instr} "
    run(text)
    sep = OxmlElement("w:fldChar")
    sep.set(w("fldCharType"), "separate")
    run(sep)
    cached_t = OxmlElement("w:t")
    cached_t.set(XML_SPACE, "preserve")
    cached_t.text = cached
    run(cached_t)
    end = OxmlElement("w:fldChar")
    end.set(w("fldCharType"), "end")
    run(end)


def has_toc_field(document_xml: bytes) -> bool:
    """Whether a document part (its serialized bytes) holds a table-of-contents field."""
    return _TOC_FIELD.search(document_xml) is not None
