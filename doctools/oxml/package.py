"""The package around the document: its extended properties (``docProps/app.xml``), references to its parts."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from lxml import etree

from doctools.oxml.ns import R_NS

_R = f"{{{R_NS}}}"


def app_properties_xml(application: str) -> bytes:
    """``docProps/app.xml`` naming the application that wrote the file, with no stale statistics."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity></Properties>").encode()


def retarget_relationships(el: etree._Element, rid: Callable[[str], str]) -> None:
    """Every relationship reference (an ``r:`` attribute: a picture's, a link's) inside ``el`` changed to ``rid`` of it."""
    for node in el.iter():
        for nama, nilai in list(node.attrib.items()):
            if nama.startswith(_R):
                node.set(nama, rid(nilai))
