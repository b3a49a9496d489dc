"""Namespaces, qualified tag names and the type of a WordprocessingML fragment.

``w("tbl")`` and ``m("oMath")`` give lxml's ``{namespace}tag`` names (cached: the layout pass asks
for the same few thousands of times). :data:`Xml` marks a string that is already WordprocessingML,
escaped and ready for docxtpl to insert, so a plain text can never be passed where markup is due.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NewType

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Xml = NewType("Xml", str)
"""A fragment of WordprocessingML, built by this package's functions."""


@functools.cache
def w(tag: str) -> str:
    """The qualified name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{tag}"


@functools.cache
def m(tag: str) -> str:
    """The qualified name of an Office Math (OMML) element."""
    return f"{{{M_NS}}}{tag}"


def child(el: etree._Element | None, tag: str) -> etree._Element | None:
    """The first child of ``el`` named ``tag`` (None when there is none, or no ``el``).

    Asked of every paragraph and cell of a long table: lxml's ``find`` goes through its path
    parser on each call, and a child iterator with a tag builds a tag matcher on each call; a
    plain loop over the children (the one asked for is mostly the first) does neither.
    """
    if el is not None:
        for kid in el:
            if kid.tag == tag:
                return kid
    return None


def on(el: etree._Element | None, attr: str = "val") -> bool | None:
    """An on/off property (``w:b``, ``w:noWrap`` …): None when absent, else its value (no ``w:val`` is on)."""
    if el is None:
        return None
    return el.get(w(attr), "true") not in ("0", "false", "off")


def twips(el: etree._Element | None, attr: str) -> int | None:
    """An integer attribute in twips (or half-points), None when absent or not a number."""
    if el is None:
        return None
    nilai = el.get(w(attr))
    if nilai is None:
        return None
    try:
        return int(float(nilai))
    except ValueError:
        return None


def reorder_children(root: etree._Element, parent: str, order: Sequence[str]) -> None:
    """Put the children of every ``parent`` element (e.g. ``w:pPr``) back in the schema's ``order``
    (prefixed ``w:`` names); unknown children go last, in their own order."""
    rank = {w(tag.split(":")[1]): i for i, tag in enumerate(order)}
    for el in root.iter(w(parent)):
        kids = list(el)
        ordered = sorted(kids, key=lambda kid: rank.get(str(kid.tag), len(rank)))
        if ordered != kids:
            for kid in kids:
                el.remove(kid)
            el.extend(ordered)
