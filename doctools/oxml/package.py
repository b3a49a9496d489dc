"""The package around the document: its extended properties (``docProps/app.xml``), references to its
parts, the rendered body put in its document."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml.parser import element_class_lookup
from lxml import etree

from doctools.oxml.ns import R_NS, child, w

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


# ---- the rendered body in its document ------------------------------------------------------------

_BODY = re.compile(r"<w:body(?=[\s>/])")
_DEKLARASI = re.compile(r'\s+xmlns(?::([^\s=]+))?="([^"]*)"')
_PARSER = etree.XMLParser()
_PARSER.set_element_class_lookup(element_class_lookup)
"""docxtpl's parser for a rendered part (without its recovery: a part it must mend is left to it),
giving python-docx's element classes, as the document's own parser does."""


class _TidakSama(Exception):
    pass


def body_in_document(document: etree._Element, body_xml: str) -> etree._Element | None:
    """The rendered body ``body_xml`` parsed in place of the body of ``document`` (a ``w:document``),
    as a new document element whose body is returned; None where that could differ from
    docxtpl's way (:func:`adopt_document`).

    docxtpl parses the rendered body on its own and moves it into the document, which makes lxml
    visit every node of it again to fix its namespaces: a fifth of rendering a long table. Parsed
    here with the document element around it, as that element is written (its other children
    and their declarations as they are), the body needs no move. The body's namespace
    declarations the document element makes already are left out, as lxml's move drops them (by
    namespace name; one under another prefix: None). None too where a declaration stands inside
    the body (lxml's move drops those its new ancestors make), for text that is not well-formed
    XML (docxtpl's parser mends it) and for a drawing outside the body (docxtpl numbers only the
    body's).
    """
    teks = etree.tostring(document, encoding="unicode")
    awal, akhir = _BODY.search(teks), teks.rfind("</w:body>")
    if awal is None or akhir < 0 or "docPr" in teks[:awal.start()] or "docPr" in teks[akhir:]:
        return None
    if not body_xml.startswith("<w:body") or _BODY.match(body_xml) is None:
        return None
    tutup = body_xml.find(">")
    if tutup < 0 or body_xml[tutup - 1] == "/" or body_xml.find("xmlns", tutup) >= 0:
        return None  # a declaration inside the body (a chart's): lxml's move may drop it, and here it would stay
    lingkup = document.nsmap
    nama_ns = list(lingkup.values())

    def tanpa_yang_sudah_ada(m: re.Match[str]) -> str:
        prefix, uri = m.group(1), m.group(2)
        if uri not in nama_ns:
            return m.group(0)
        if lingkup.get(prefix) != uri or nama_ns.count(uri) != 1:
            raise _TidakSama
        return ""

    try:
        kepala = _DEKLARASI.sub(tanpa_yang_sudah_ada, body_xml[:tutup])
        baru = etree.fromstring(teks[:awal.start()] + kepala + body_xml[tutup:] + teks[akhir + len("</w:body>"):],
                                _PARSER)
    except (_TidakSama, etree.XMLSyntaxError):
        return None
    return child(baru, w("body"))


_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def drawing_properties(el: etree._Element) -> list[etree._Element]:
    """Every ``wp:docPr`` (a drawing's id and name) inside ``el``, in order.

    docxtpl numbers those of its whole parsed body (``//wp:docPr``); a body parsed in its
    document holds them all (:func:`body_in_document`), and lxml's walk finds them without the
    cost of XPath's descendant search.
    """
    return list(el.iter(_DOCPR))


def adopt_document(doc: Any, body: etree._Element) -> bool:
    """Make the document element around ``body`` (from :func:`body_in_document`) the document's own:
    python-docx's ``Document`` and its part hold the element (a new ``Document`` body proxy is made
    on next use). False, and nothing changed, when ``body`` stands alone (docxtpl's way applies)."""
    baru = body.getparent()
    if baru is None or baru is doc.element:
        return False
    doc.part._element = baru
    doc._element = baru
    doc._Document__body = None
    return True
