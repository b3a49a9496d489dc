"""A part's XML as docxtpl's Jinja pass sees it: the text steps around the rendering of one part.

docxtpl renders each part of a template as one Jinja template over its XML text. The renderer
(:class:`doctools.render._TemplatSinggah`) keeps docxtpl's preparation of a part and its compiled
template between renders, which docxtpl's own ``render_xml_part`` cannot, so it repeats the two
text steps docxtpl wraps around the Jinja call (:func:`paragraphs_on_lines`,
:func:`paragraphs_joined`). A value that prints markup of its own where a tag stands (a chart)
closes the run the tag sits in (:func:`own_run_xml`).

Before rendering, a template's tags split over several runs are mended (:func:`mend_split_tags`)
and the breaks held by paragraphs docxtpl removes are moved where they survive
(:func:`rescue_breaks`); :func:`paragraph_text` and :func:`is_tag_paragraph` read a paragraph as
docxtpl does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from lxml import etree

from doctools.oxml.ns import M_NS, W_NS, XML_SPACE, Xml, w
from doctools.oxml.text import new_paragraph, set_page_break_before

_PARAGRAF = re.compile(r"<w:p([ >])")
_PARAGRAF_BARIS = re.compile(r"\n(?=<w:p[ >])")
"""The line break before a paragraph, the paragraph not taken (a replacement without a group is made in C)."""
_RUANG_M = f'xmlns:m="{M_NS}"'


def paragraphs_on_lines(xml: str) -> str:
    """Every paragraph on a line of its own, as docxtpl does, so that a Jinja error's line names a paragraph."""
    return _PARAGRAF.sub(r"\n<w:p\1", xml)


def paragraphs_joined(xml: str) -> str:
    """The rendered XML with the line breaks :func:`paragraphs_on_lines` added taken out again."""
    return _PARAGRAF_BARIS.sub("", xml)


_TEKS_KHUSUS = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\t\n\a\f]")


def needs_listing(xml: str) -> bool:
    """Whether a text of the rendered XML holds a tab, a line break, a paragraph or a page break.

    Only those are what docxtpl's ``resolve_listing`` turns into runs and paragraphs; without one
    its three nested regexes would change nothing (a ``w:t`` holds only text, so no '<').
    """
    return _TEKS_KHUSUS.search(xml) is not None


_PARAGRAF_DOCXTPL = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.S)
"""A paragraph as docxtpl's ``resolve_listing`` finds it (its own pattern and flags)."""
_KHUSUS = re.compile("[\t\n\a\f]")


def listing_where_needed(xml: str, resolve: Callable[[str], str]) -> str:
    """docxtpl's listing pass (``resolve``, its ``resolve_listing``) applied only to the paragraphs it can change.

    docxtpl runs three nested regex passes over every paragraph of a part as soon as one text holds
    a tab or a line break; each paragraph is rewritten on its own, and one without a tab, line
    break, paragraph or page mark comes out unchanged. The paragraphs are found with docxtpl's own
    pattern, and each that holds such a character is given to ``resolve`` alone (which finds it
    again as the one paragraph of its text): the same result. The characters are found first; the
    paragraphs are then only counted up to the last of them, and only those holding one are copied.
    """
    khusus = [m.start() for m in _KHUSUS.finditer(xml)]
    if not khusus:
        return xml
    bagian: list[str] = []
    awal = i = 0
    for m in _PARAGRAF_DOCXTPL.finditer(xml):
        mulai, akhir = m.span()
        while i < len(khusus) and khusus[i] < mulai:  # a character between paragraphs: docxtpl leaves it
            i += 1
        if i == len(khusus):
            break
        if khusus[i] < akhir:
            bagian += (xml[awal:mulai], resolve(xml[mulai:akhir]))
            awal = akhir
    bagian.append(xml[awal:])
    return "".join(bagian)


def own_run_xml(inner: Xml) -> Xml:
    """``inner`` (a run's content, e.g. a ``w:drawing``) in a run of its own, where a tag prints text.

    A tag's value lands inside a ``w:t`` of its run: the text and the run are closed, ``inner``
    gets its own run, and a new run and text are opened for what follows the tag.
    """
    return Xml(f'</w:t></w:r><w:r>{inner}</w:r><w:r><w:t xml:space="preserve">')


def with_math_namespace(xml: str) -> str:
    """The part's XML with the math namespace declared on its first element, if it is not already.

    Equations (:func:`doctools.oxml.math.fraction_xml`) declare no namespace of their own; Word's
    templates declare ``m:`` on the document, but one saved by LibreOffice may not.
    """
    akhir = xml.find(">")
    if akhir <= 0 or _RUANG_M in xml[:akhir]:
        return xml
    if xml[akhir - 1] == "/":
        akhir -= 1
    return f"{xml[:akhir]} {_RUANG_M}{xml[akhir:]}"


# ---- a template's paragraphs as docxtpl reads them ------------------------------------------------


_TAG_ATAU_VM = re.compile(r"\{%\s*vm\s*%\}.*|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
"""A tag; ``{% vm %}`` with the rest of its paragraph (docxtpl merges only what shares its text node)."""
_TAG_PARAGRAF = re.compile(r"(?:\{%|\{\{|\{#)p ")
"""Tags that make docxtpl replace their whole paragraph."""
_W_P, _W_T, _W_TBL, _W_BR = w("p"), w("t"), w("tbl"), w("br")
_W_PPR, _W_SECTPR = w("pPr"), w("sectPr")

_TERPOTONG = etree.XPath(".//w:p[count(.//w:t) > 1][.//w:t[contains(., '{') or contains(., '}') "
                         "or contains(., '%') or contains(., '#')]]", namespaces={"w": W_NS})
"""Paragraphs where a tag may be split: several text nodes, one with a tag mark (found in C, not Python)."""
_BERPEMISAH = etree.XPath(".//w:p[.//w:br[@w:type='page'] or w:pPr/w:sectPr or w:pPr/w:pageBreakBefore]",
                          namespaces={"w": W_NS})
_BERTEKS = etree.XPath(".//w:p[.//w:t[contains(., $s)]]", namespaces={"w": W_NS})


def paragraph_text(p: etree._Element) -> str:
    """The paragraph's text (a text box inside it included: a template has none worth reading apart)."""
    return "".join(p.itertext(_W_T))


def paragraphs_containing(root: etree._Element, text: str) -> list[etree._Element]:
    """The paragraphs under ``root`` one of whose text nodes holds ``text`` (found in C, not Python)."""
    return list(_BERTEKS(root, s=text))


def is_tag_paragraph(p: etree._Element) -> bool:
    """A paragraph docxtpl replaces whole: it holds a ``{%p``, ``{#p`` or ``{{p`` tag."""
    teks = paragraph_text(p)
    return "p " in teks and bool(_TAG_PARAGRAF.search(teks))


def _own_texts(p: etree._Element) -> list[etree._Element]:
    """The ``w:t`` of a paragraph itself (not of a text box's paragraphs inside it), in order."""
    if p.find(f".//{_W_P}") is None:  # no text box inside: every w:t is the paragraph's own
        return list(p.iter(_W_T))
    return [t for t in p.iter(_W_T) if next(t.iterancestors(_W_P), None) is p]


def mend_split_tags(root: etree._Element) -> None:
    """Put every tag split over several runs back into the first of them.

    Word and LibreOffice split text into runs on every edit, spell check or language change; the
    first run keeps its formatting and the tag, the others keep what is left of their text.
    """
    for p in _TERPOTONG(root):
        daftar = _own_texts(p)
        if len(daftar) < 2:
            continue
        isi = [t.text or "" for t in daftar]
        gabung = "".join(isi)
        pemilik = [k for k, s in enumerate(isi) for _ in s]  # the w:t of every character
        awal_t = [0, *itertools.accumulate(len(s) for s in isi)]  # where each w:t starts
        for m in reversed(list(_TAG_ATAU_VM.finditer(gabung))):
            i, j = pemilik[m.start()], pemilik[m.end() - 1]
            if i == j:
                continue
            daftar[i].text = isi[i][:m.start() - awal_t[i]] + m.group(0)
            daftar[i].set(XML_SPACE, "preserve")
            for k in range(i + 1, j):
                daftar[k].text = ""
            daftar[j].text = isi[j][m.end() - awal_t[j]:]
            isi[i] = daftar[i].text or ""


def _page_breaks(p: etree._Element) -> list[etree._Element]:
    return [br for br in p.iter(_W_BR) if br.get(w("type")) == "page"
            and next(br.iterancestors(_W_P), None) is p]


def _next_kept(p: etree._Element) -> etree._Element | None:
    """The next paragraph after ``p`` in its container that docxtpl keeps (into a table's first cell)."""
    el = p.getnext()
    while el is not None:
        if el.tag == _W_P and not is_tag_paragraph(el):
            return el
        if el.tag == _W_TBL:
            return next(iter(el.iter(_W_P)), None)
        el = el.getnext()
    return None


def rescue_breaks(root: etree._Element) -> None:
    """Breaks held by paragraphs docxtpl removes are moved where they survive.

    A page break inside a tag paragraph, or its own "page break before" (a ``{%p`` or ``{#p``
    paragraph only: a ``{{p`` paragraph is replaced by the paragraphs it prints), goes onto the
    next paragraph that stays; a section break into a new empty paragraph right after it.
    """
    for p in [p for p in _BERPEMISAH(root) if is_tag_paragraph(p)]:
        ppr = p.find(_W_PPR)
        sect = ppr.find(_W_SECTPR) if ppr is not None else None
        if sect is not None:
            baru = new_paragraph(with_properties=True)
            ppr.remove(sect)
            baru[0].append(sect)  # its w:pPr
            p.addnext(baru)
        pemisah = _page_breaks(p)
        sebelum = ppr is not None and bool(ppr.pageBreakBefore_val) and not paragraph_text(p).lstrip().startswith("{{")
        if not pemisah and not sebelum:
            continue
        for br in pemisah:
            induk = br.getparent()
            if induk is not None:
                induk.remove(br)
        if sebelum:
            ppr._remove_pageBreakBefore()
        tujuan = _next_kept(p)
        if tujuan is not None:
            set_page_break_before(tujuan)
