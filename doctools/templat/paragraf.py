"""A template's paragraphs: their text and the tags in it, split tags mended, page breaks kept.

The names and patterns the other modules of :mod:`doctools.templat` share.
"""

from __future__ import annotations

import itertools
import re

from docx.oxml.ns import qn
from lxml import etree

from doctools import oxml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ASAL = "{urn:doctools:templat}asal"
"""An attribute set (only when checking, never when rendering) on each paragraph: its file and place."""

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_TAG_ATAU_VM = re.compile(r"\{%\s*vm\s*%\}.*|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
"""A tag; ``{% vm %}`` with the rest of its paragraph (docxtpl merges only what shares its text node)."""
SISIP = re.compile(r"^\{%-?p?\s*include\s+[\"'“”‘’]([^\"'“”‘’]*)[\"'“”‘’]\s*-?%\}$")
_TAG_PARAGRAF = re.compile(r"(?:\{%|\{\{|\{#)p ")
"""Tags that make docxtpl replace their whole paragraph."""

W_P, W_T, W_TBL, W_TC, W_TR = qn("w:p"), qn("w:t"), qn("w:tbl"), qn("w:tc"), qn("w:tr")
W_BR, W_PPR, W_SECTPR = qn("w:br"), qn("w:pPr"), qn("w:sectPr")
W_STYLE_ID, W_VAL = qn("w:styleId"), qn("w:val")
W_PSTYLE, W_RSTYLE, W_TBLSTYLE = qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle")
DIBUANG = tuple(qn(t) for t in ("w:proofErr", "w:bookmarkStart", "w:bookmarkEnd", "w:commentRangeStart",
                                 "w:commentRangeEnd", "w:permStart", "w:permEnd"))


# ---- paragraph text ------------------------------------------------------------------------------


def teks_milik(p: etree._Element) -> list[etree._Element]:
    """The ``w:t`` of a paragraph itself (not of a text box's paragraphs inside it), in order."""
    if p.find(f".//{W_P}") is None:  # no text box inside: every w:t is the paragraph's own
        return list(p.iter(W_T))
    return [t for t in p.iter(W_T) if next(t.iterancestors(W_P), None) is p]


def teks_paragraf(p: etree._Element) -> str:
    """The paragraph's text (a text box inside it included: a template has none worth reading apart)."""
    return "".join(p.itertext(W_T))


def paragraf_tag(p: etree._Element) -> bool:
    """A paragraph docxtpl replaces whole: it holds a ``{%p``, ``{#p`` or ``{{p`` tag."""
    teks = teks_paragraf(p)
    return "p " in teks and bool(_TAG_PARAGRAF.search(teks))


_TERPOTONG = etree.XPath(".//w:p[count(.//w:t) > 1][.//w:t[contains(., '{') or contains(., '}') "
                         "or contains(., '%') or contains(., '#')]]", namespaces={"w": W_NS})
"""Paragraphs where a tag may be split: several text nodes, one with a tag mark (found in C, not Python)."""
BERPEMISAH = etree.XPath(".//w:p[.//w:br[@w:type='page'] or w:pPr/w:sectPr or w:pPr/w:pageBreakBefore]",
                          namespaces={"w": W_NS})
BERSISIPAN = etree.XPath(".//w:p[.//w:t[contains(., 'include')]]", namespaces={"w": W_NS})


def rapikan_tag(root: etree._Element) -> None:
    """Put every tag split over several runs back into the first of them (see the module docstring)."""
    for p in _TERPOTONG(root):
        daftar = teks_milik(p)
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
            daftar[i].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            for k in range(i + 1, j):
                daftar[k].text = ""
            daftar[j].text = isi[j][m.end() - awal_t[j]:]
            isi[i] = daftar[i].text or ""


# ---- page and section breaks ---------------------------------------------------------------------


def _pemisah_halaman(p: etree._Element) -> list[etree._Element]:
    return [br for br in p.iter(W_BR) if br.get(qn("w:type")) == "page"
            and next(br.iterancestors(W_P), None) is p]


def _berikut_yang_tetap(p: etree._Element) -> etree._Element | None:
    """The next paragraph after ``p`` in its container that docxtpl keeps (into a table's first cell)."""
    el = p.getnext()
    while el is not None:
        if el.tag == W_P and not paragraf_tag(el):
            return el
        if el.tag == W_TBL:
            return next(iter(el.iter(W_P)), None)
        el = el.getnext()
    return None


def selamatkan_pemisah(root: etree._Element) -> None:
    """Breaks held by paragraphs docxtpl removes are moved where they survive (module docstring).

    A page break inside a tag paragraph, or its own "page break before" (a ``{%p`` or ``{#p``
    paragraph only: a ``{{p`` paragraph is replaced by the paragraphs it prints), goes onto the
    next paragraph that stays; a section break into a new empty paragraph right after it.
    """
    for p in [p for p in BERPEMISAH(root) if paragraf_tag(p)]:
        ppr = p.find(W_PPR)
        sect = ppr.find(W_SECTPR) if ppr is not None else None
        if sect is not None:
            baru = oxml.text.new_paragraph(with_properties=True)
            ppr.remove(sect)
            baru[0].append(sect)  # its w:pPr
            p.addnext(baru)
        pemisah = _pemisah_halaman(p)
        sebelum = ppr is not None and bool(ppr.pageBreakBefore_val) and not teks_paragraf(p).lstrip().startswith("{{")
        if not pemisah and not sebelum:
            continue
        for br in pemisah:
            induk = br.getparent()
            if induk is not None:
                induk.remove(br)
        if sebelum:
            ppr._remove_pageBreakBefore()
        tujuan = _berikut_yang_tetap(p)
        if tujuan is not None:
            oxml.text.set_page_break_before(tujuan)
