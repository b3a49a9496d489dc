"""Paragraphs and runs: built as markup for templates, read and adjusted after rendering.

python-docx has no API for paragraph borders, Word's no-break hyphen or a run's text with its
tabs and breaks; these are here, with the paragraphs docxtpl inserts for ``{{p … }}`` tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from lxml import etree

from doctools.oxml.ns import XML_SPACE, Xml, m, on, reorder_children, w
from doctools.oxml.styles import style_id

_R, _T, _RPR = w("r"), w("t"), w("rPr")
_TEKS_KHUSUS = {w("tab"): "\t", w("ptab"): "\t", w("br"): "\n", w("cr"): "\n", w("noBreakHyphen"): "\u2011"}
"""Run children printed as a character: tabs, line breaks, Word's no-break hyphen."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters XML 1.0 cannot hold at all."""

_PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                   "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                   "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", *_PPR_AFTER_PBDR)
_RPR_AFTER_SZ = ("w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                 "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


# ---- markup for templates -------------------------------------------------------------------------


def run_xml(text: str) -> Xml:
    """A run of plain text (where a template prints a run, ``{{r … }}``)."""
    return Xml(f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def paragraph_xml(text: str, style: str, *, keep_next: bool = False) -> Xml:
    """A paragraph of one run in the style named ``style``; characters XML cannot hold are dropped."""
    isi = escape(_CONTROL.sub("", text))
    keep = "<w:keepNext/>" if keep_next else ""
    return Xml(f'<w:p><w:pPr><w:pStyle w:val="{style_id(style)}"/>{keep}</w:pPr>'
               f'<w:r><w:t xml:space="preserve">{isi}</w:t></w:r></w:p>')


def new_paragraph(*, with_properties: bool = False) -> etree._Element:
    """An empty ``w:p`` (with an empty ``w:pPr`` when asked), to be put into a body or a cell."""
    p = OxmlElement("w:p")
    if with_properties:
        p.append(OxmlElement("w:pPr"))
    return p


# ---- reading a rendered document ------------------------------------------------------------------


def is_paragraph(el: etree._Element) -> bool:
    return el.tag == w("p")


def paragraphs(el: etree._Element) -> list[etree._Element]:
    """The paragraphs directly inside ``el`` (a body or a cell), in order."""
    return el.findall(w("p"))


def all_paragraphs(el: etree._Element) -> Iterator[etree._Element]:
    """Every paragraph inside ``el``, nested ones (in tables) too."""
    return el.iter(w("p"))


def runs(p: etree._Element) -> Iterator[etree._Element]:
    return p.iter(w("r"))


def run_properties(r: etree._Element) -> etree._Element | None:
    return r.find(w("rPr"))


def text_elements(el: etree._Element) -> Iterator[etree._Element]:
    """The ``w:t`` elements inside ``el``; their ``.text`` may be changed in place."""
    return el.iter(w("t"))


def text_elements_containing(el: etree._Element, bagian: str) -> list[etree._Element]:
    """The ``w:t`` elements inside ``el`` whose text contains ``bagian``.

    A walk with lxml's iterator: about twice as fast as the same question in XPath
    (``.//w:t[contains(., …)]``), whose descendant search costs more than the proxies.
    """
    return [t for t in el.iter(_T) if t.text and bagian in t.text]


def enclosing_paragraph(el: etree._Element) -> etree._Element | None:
    return next((a for a in el.iterancestors() if a.tag == w("p")), None)


def is_empty(p: etree._Element) -> bool:
    """No visible text and no equation."""
    return not "".join(t.text or "" for t in p.iter(w("t"))).strip() and p.find(f".//{m('oMath')}") is None


def run_texts(p: etree._Element) -> Iterator[tuple[etree._Element | None, str]]:
    """The paragraph's text in order, per run: (the run's w:rPr or None, its text).

    A tab is ``\\t``, a line break ``\\n``, Word's no-break hyphen U+2011; equations
    (``m:oMath``) are left out: their width is measured apart.
    """
    for r in p.iter(_R):
        if r.getparent() is not p and _inside_other(r, p):  # most runs are the paragraph's own children
            continue
        rpr = None
        parts = []
        for child in r:  # one pass over the run's children: its properties and its text
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag == _RPR:
                if rpr is None:
                    rpr = child
            elif tag in _TEKS_KHUSUS:
                parts.append(_TEKS_KHUSUS[tag])
        if parts:
            yield rpr, "".join(parts)


def _inside_other(r: etree._Element, p: etree._Element) -> bool:
    """Whether run ``r`` sits in an equation or in a paragraph nested inside ``p``."""
    for a in r.iterancestors():
        if a is p:
            return False
        if a.tag in (m("oMath"), w("p")):
            return True
    return True


def has_drawing(el: etree._Element) -> bool:
    """A DrawingML picture or chart (``w:drawing``) inside ``el``."""
    return el.find(f".//{w('drawing')}") is not None


def has_picture(el: etree._Element) -> bool:
    """A picture inside ``el``: DrawingML (``w:drawing``) or VML (``w:pict``)."""
    return has_drawing(el) or el.find(f".//{w('pict')}") is not None


def has_text_or_drawing(el: etree._Element) -> bool:
    """Any text other than white space, or a drawing, inside ``el`` (a header, a footer)."""
    return bool("".join(el.itertext()).strip()) or has_drawing(el)


def has_page_break(p: etree._Element) -> bool:
    """A page break (``w:br w:type="page"``) inside the paragraph."""
    return any(br.get(w("type")) == "page" for br in p.iter(w("br")))


def page_break_before(p: etree._Element, style_breaks: Mapping[str, bool]) -> bool:
    """The paragraph has "page break before", directly or through its style (:func:`~.styles.page_break_styles`)."""
    ppr = p.find(w("pPr"))
    if ppr is None:
        return False
    pbb = ppr.find(w("pageBreakBefore"))
    if pbb is not None:
        return bool(on(pbb))
    gaya_p = ppr.find(w("pStyle"))
    return gaya_p is not None and style_breaks.get(gaya_p.get(w("val"), ""), False)


# ---- changing a rendered document -----------------------------------------------------------------


def set_page_break_before(p: etree._Element) -> None:
    """Start the paragraph on a new page."""
    p.get_or_add_pPr().pageBreakBefore_val = True  # type: ignore[attr-defined]


def set_keep_with_next(p: etree._Element) -> None:
    """Keep the paragraph on the page of the next one."""
    p.get_or_add_pPr().keepNext_val = True  # type: ignore[attr-defined]


def text_elements_containing_any(el: etree._Element, bagian: Sequence[str]) -> list[etree._Element]:
    """The ``w:t`` elements inside ``el`` whose text contains one of ``bagian`` (one walk for several questions)."""
    return [t for t in el.iter(_T) if t.text and any(b in t.text for b in bagian)]


def use_no_break_hyphens(body: etree._Element, teks: Sequence[etree._Element] | None = None) -> list[etree._Element]:
    """A no-break hyphen typed as U+2011 ("Pos‑el") becomes Word's ``w:noBreakHyphen``.

    Many fonts (Bookman Old Style among them) have no glyph for U+2011; Word draws its own
    no-break hyphen with the font's hyphen, and LibreOffice reads it back as U+2011. ``teks``:
    the ``w:t`` elements to look at, when the caller has found them already (default: all of
    ``body``'s). The ``w:t`` elements made for the text after each hyphen are returned.
    """
    baru_semua: list[etree._Element] = []
    if teks is None:
        teks = text_elements_containing(body, "\u2011")
    for t in [t for t in teks if "\u2011" in (t.text or "")]:
        bagian = (t.text or "").split("\u2011")
        t.text = bagian[0]
        sebelum = t
        for potong in bagian[1:]:
            hubung = OxmlElement("w:noBreakHyphen")
            sebelum.addnext(hubung)
            baru = OxmlElement("w:t")
            baru.set(XML_SPACE, "preserve")
            baru.text = potong
            hubung.addnext(baru)
            sebelum = baru
            baru_semua.append(baru)
    return baru_semua


_ANOTASI = tuple(w(t) for t in ("proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd",
                                 "permStart", "permEnd"))


def remove_annotations(el: etree._Element) -> None:
    """Drop proofing marks, bookmarks, comment ranges and references, and permission ranges inside ``el``.

    They mean nothing once ``el`` is copied into another document (a comment's text stays behind).
    """
    for buang in [x for x in el.iter(*_ANOTASI)]:
        buang.getparent().remove(buang)  # type: ignore[union-attr]
    for ref in [r for r in el.iter(w("commentReference"))]:
        run = ref.getparent()
        run.getparent().remove(run)  # type: ignore[union-attr, arg-type]


def set_run_size(r: etree._Element, half_points: int) -> None:
    """Give a run an explicit font size (``w:sz`` and ``w:szCs``), replacing any it had."""
    rpr = r.find(w("rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        r.insert(0, rpr)
    for tag in ("sz", "szCs"):
        for old in rpr.findall(w(tag)):
            rpr.remove(old)
    sz, szcs = OxmlElement("w:sz"), OxmlElement("w:szCs")
    sz.set(w("val"), str(half_points))
    szcs.set(w("val"), str(half_points))
    rpr.insert_element_before(sz, *_RPR_AFTER_SZ)  # type: ignore[attr-defined]
    rpr.insert_element_before(szcs, *_RPR_AFTER_SZ[1:])  # type: ignore[attr-defined]


def reorder_paragraph_properties(root: etree._Element) -> None:
    """Put ``w:pPr`` children back in schema order (LibreOffice writes ``w:sectPr`` before ``w:pStyle``)."""
    reorder_children(root, "pPr", _PPR_ORDER)


