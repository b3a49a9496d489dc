"""Schema order: an element is put where the schema's sequence wants it, replacing any earlier one.

Word refuses a document whose elements are out of the order ECMA-376 gives (LibreOffice is more
forgiving), so children are never appended blindly to a sequence.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.oxml.ns import qn
from lxml import etree


def replace_child(parent: etree._Element, tag: str, new: etree._Element, successors: Iterable[str]) -> None:
    """Put ``new`` (a ``tag`` element, e.g. ``"w:tblLayout"``) into ``parent`` before the first of
    ``successors``, removing the ``tag`` elements it had."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    parent.insert_element_before(new, *successors)  # type: ignore[attr-defined]
