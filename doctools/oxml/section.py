"""Sections: the text area of a page, which section each block is in, how a section break begins a page.

python-docx sets paper size, margins, orientation and a distinct first page
(``Section.different_first_page_header_footer``); these read what it does not.
"""

from __future__ import annotations

from lxml import etree

from doctools.oxml.ns import w


def text_width(sectPr: etree._Element | None) -> int | None:
    """Width between the margins of a section, in twips (None when the section doesn't say)."""
    if sectPr is None:
        return None
    sz, mar = sectPr.find(w("pgSz")), sectPr.find(w("pgMar"))
    if sz is None or mar is None or sz.get(w("w")) is None:
        return None
    return int(sz.get(w("w"), "0")) - int(mar.get(w("left"), "0")) - int(mar.get(w("right"), "0"))


def text_height(sectPr: etree._Element | None) -> int | None:
    """Height between the top and bottom margins of a section, in twips (None when it doesn't say)."""
    if sectPr is None:
        return None
    sz, mar = sectPr.find(w("pgSz")), sectPr.find(w("pgMar"))
    if sz is None or mar is None or sz.get(w("h")) is None:
        return None
    return int(sz.get(w("h"), "0")) - int(mar.get(w("top"), "0")) - int(mar.get(w("bottom"), "0"))


def last_section(body: etree._Element) -> etree._Element | None:
    """The body's own ``w:sectPr`` (the last section's properties)."""
    return body.find(w("sectPr"))


def blocks_by_section(body: etree._Element) -> list[tuple[list[etree._Element], etree._Element | None]]:
    """The body's blocks grouped by the section they are in, each group with its ``w:sectPr``.

    A section ends at a paragraph holding a ``w:sectPr`` (that paragraph is its last block); the
    last section's properties are the body's own ``w:sectPr``.
    """
    groups: list[tuple[list[etree._Element], etree._Element | None]] = []
    current: list[etree._Element] = []
    for child in body:
        if child.tag == w("sectPr"):
            continue
        current.append(child)
        sect = child.find(f"{w('pPr')}/{w('sectPr')}") if child.tag == w("p") else None
        if sect is not None:
            groups.append((current, sect))
            current = []
    if current:
        groups.append((current, last_section(body)))
    return groups


def top_level_block(el: etree._Element) -> etree._Element:
    """The block of the body (a paragraph or a table) that holds ``el``."""
    atas = el
    for a in el.iterancestors():
        if a.tag == w("body"):
            break
        atas = a
    return atas



def is_section_properties(el: etree._Element) -> bool:
    """``el`` is a ``w:sectPr`` (the body's own, the last section's, when a child of the body)."""
    return el.tag == w("sectPr")


def section_break(p: etree._Element) -> etree._Element | None:
    """The ``w:sectPr`` with which the paragraph ``p`` ends its section, if it does."""
    return p.find(f"{w('pPr')}/{w('sectPr')}")


def breaks_page(sectPr: etree._Element) -> bool:
    """The section break is not a continuous one (the next page is a new one)."""
    jenis = sectPr.find(w("type"))
    return jenis is None or jenis.get(w("val")) != "continuous"


def is_landscape(sectPr: etree._Element) -> bool:
    """The section's pages are landscape: said so, or wider than high."""
    pg = sectPr.find(w("pgSz"))
    if pg is None:
        return False
    if pg.get(w("orient")) == "landscape":
        return True
    lebar, tinggi = pg.get(w("w")), pg.get(w("h"))
    return bool(lebar and tinggi and int(lebar) > int(tinggi))
