"""Tests of doctools.oxml, one file per module; ``el`` and ``anak`` build and read tiny XML."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree


def el(xml: str) -> etree._Element:
    """Parse a fragment whose root is a w: element (python-docx's element classes, as in a document)."""
    tag, _, rest = xml.partition(">")
    if tag.endswith("/"):
        return parse_xml(f"{tag[:-1]} {nsdecls('w', 'm')}/>")
    return parse_xml(f"{tag} {nsdecls('w', 'm')}>{rest}")


def anak(parent: etree._Element) -> list[str]:
    """Local names of the children, in order."""
    return [child.tag.split("}")[1] for child in parent]
