"""What a paragraph and its runs look like once styles are resolved: font, size, bold, indents, tabs.

Word resolves formatting from the document defaults, the paragraph style and the styles it is
based on, then the run's own properties; the layout pass needs the same answer to know how wide a
text prints. Only the properties that change widths are resolved.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from lxml import etree

from doctools.tata_letak.metrik import Huruf

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
TAB_BAWAAN = 720  # Word's default tab stop: every 1.27 cm


@functools.cache
def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


@functools.cache
def m(tag: str) -> str:
    return f"{{{M_NS}}}{tag}"


def _aktif(el: etree._Element | None) -> bool | None:
    """An on/off property: None when absent, else its value (absent w:val means on)."""
    if el is None:
        return None
    return el.get(w("val"), "true") not in ("0", "false", "off")


def _int(el: etree._Element | None, attr: str) -> int | None:
    if el is None or el.get(w(attr)) is None:
        return None
    try:
        return int(float(el.get(w(attr))))
    except ValueError:
        return None


_PSTYLE = f"{{{W_NS}}}pPr/{{{W_NS}}}pStyle"
_IND = f"{{{W_NS}}}pPr/{{{W_NS}}}ind"
_VAL = f"{{{W_NS}}}val"


class Gaya:
    """The styles part of a document, queried by paragraph and run."""

    def __init__(self, styles: etree._Element) -> None:
        self._gaya = {s.get(w("styleId")): s for s in styles.iter(w("style"))}
        self._bawaan_paragraf = self._bawaan(styles, "paragraph")
        self._bawaan_tabel = self._bawaan(styles, "table")
        defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self._rpr_bawaan = [defaults] if defaults is not None else []
        # the same styles are asked about again and again: answers are kept per style and table
        self._simpan_rantai: dict[str | None, list[etree._Element]] = {}
        self._simpan_huruf: dict[tuple, Huruf] = {}
        self._simpan_ppr: dict[str | None, list[etree._Element]] = {}
        self._simpan_margin: dict[etree._Element, tuple[int, int]] = {}
        self._simpan_indentasi: dict[tuple, tuple[int, int]] = {}

    @staticmethod
    def _bawaan(styles: etree._Element, jenis: str) -> str | None:
        """The id of the default style of a type (``w:default="1"`` on the style)."""
        return next((s.get(w("styleId")) for s in styles.iter(w("style"))
                     if s.get(w("type")) == jenis and s.get(w("default")) in ("1", "true", "on")), None)

    def _rantai(self, style_id: str | None) -> list[etree._Element]:
        """The style and the styles it is based on, base first."""
        if style_id in self._simpan_rantai:
            return self._simpan_rantai[style_id]
        kunci = style_id
        rantai: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._gaya and style_id not in seen:
            seen.add(style_id)
            style = self._gaya[style_id]
            rantai.insert(0, style)
            based = style.find(w("basedOn"))
            style_id = based.get(w("val")) if based is not None else None
        self._simpan_rantai[kunci] = rantai
        return rantai

    def _gaya_paragraf(self, p: etree._Element) -> str | None:
        ps = p.find(_PSTYLE)
        return ps.get(_VAL) if ps is not None else self._bawaan_paragraf

    def _rpr_paragraf(self, p: etree._Element) -> list[etree._Element]:
        return self._rpr_bawaan + [el for s in self._rantai(self._gaya_paragraf(p))
                                   if (el := s.find(w("rPr"))) is not None]

    def _ppr_paragraf(self, p: etree._Element) -> list[etree._Element]:
        gaya = self._gaya_paragraf(p)
        if gaya not in self._simpan_ppr:
            self._simpan_ppr[gaya] = [el for s in self._rantai(gaya) if (el := s.find(w("pPr"))) is not None]
        rantai = self._simpan_ppr[gaya]
        own = p.find(w("pPr"))
        return rantai + ([own] if own is not None else [])

    @staticmethod
    def _huruf(rprs: list[etree._Element]) -> Huruf:
        nama, ukuran, tebal = "Calibri", 11.0, False
        for rpr in rprs:
            fonts = rpr.find(w("rFonts"))
            if fonts is not None and (fonts.get(w("ascii")) or fonts.get(w("hAnsi"))):
                nama = fonts.get(w("ascii")) or fonts.get(w("hAnsi"))
            sz = _int(rpr.find(w("sz")), "val")
            if sz:
                ukuran = sz / 2
            b = _aktif(rpr.find(w("b")))
            if b is not None:
                tebal = b
        return Huruf(nama, ukuran, tebal)

    def huruf_paragraf(self, p: etree._Element) -> Huruf:
        """The font of the paragraph's text when its runs say nothing themselves."""
        return self.huruf_run(p, None)

    @staticmethod
    def _kunci_rpr(rpr: etree._Element | None) -> tuple:
        if rpr is None:
            return ()
        return tuple((el.tag, tuple(sorted(el.attrib.items()))) for el in rpr
                     if el.tag in (w("rFonts"), w("sz"), w("b"), w("rStyle")))

    def huruf_run(self, p: etree._Element, rpr: etree._Element | None) -> Huruf:
        """The font of a run (``rpr`` its ``w:rPr``, or None) in paragraph ``p``."""
        kunci = (self._gaya_paragraf(p), self._kunci_rpr(rpr))
        if kunci not in self._simpan_huruf:
            self._simpan_huruf[kunci] = self._huruf_run(p, rpr)
        return self._simpan_huruf[kunci]

    def _huruf_run(self, p: etree._Element, rpr: etree._Element | None) -> Huruf:
        rprs = self._rpr_paragraf(p)
        if rpr is not None:
            rs = rpr.find(w("rStyle"))
            if rs is not None:
                rprs += [el for s in self._rantai(rs.get(w("val"))) if (el := s.find(w("rPr"))) is not None]
            rprs.append(rpr)
        return self._huruf(rprs)

    def indentasi(self, p: etree._Element) -> tuple[int, int]:
        """(left indent, first-line offset) in twips; a hanging indent is a negative offset."""
        own = p.find(_IND)
        kunci = (self._gaya_paragraf(p), tuple(sorted(own.attrib.items())) if own is not None else None)
        if kunci not in self._simpan_indentasi:
            self._simpan_indentasi[kunci] = self._indentasi(p)
        return self._simpan_indentasi[kunci]

    def _indentasi(self, p: etree._Element) -> tuple[int, int]:
        kiri, awal = 0, 0
        for ppr in self._ppr_paragraf(p):
            ind = ppr.find(w("ind"))
            if ind is None:
                continue
            for attr in ("left", "start"):
                if (v := _int(ind, attr)) is not None:
                    kiri = v
            if (v := _int(ind, "hanging")) is not None:
                awal = -v
            elif (v := _int(ind, "firstLine")) is not None:
                awal = v
        return kiri, awal

    def spasi(self, p: etree._Element) -> tuple[int, int]:
        """Space before and after the paragraph, in twips."""
        sebelum = sesudah = 0
        for ppr in self._ppr_paragraf(p):
            sp = ppr.find(w("spacing"))
            if sp is None:
                continue
            sebelum = _int(sp, "before") if sp.get(w("before")) is not None else sebelum
            sesudah = _int(sp, "after") if sp.get(w("after")) is not None else sesudah
        return sebelum or 0, sesudah or 0

    def rata(self, p: etree._Element) -> str:
        """The paragraph's alignment (``left``, ``center``, ``both`` …)."""
        nilai = "left"
        for ppr in self._ppr_paragraf(p):
            jc = ppr.find(w("jc"))
            if jc is not None:
                nilai = jc.get(w("val"), nilai)
        return nilai

    def tab(self, p: etree._Element) -> list[int]:
        """The paragraph's tab stop positions in twips, in order."""
        posisi: set[int] = set()
        for ppr in self._ppr_paragraf(p):
            tabs = ppr.find(w("tabs"))
            for t in tabs if tabs is not None else []:
                pos = _int(t, "pos")
                if pos is None:
                    continue
                if t.get(w("val")) == "clear":
                    posisi.discard(pos)
                else:
                    posisi.add(pos)
        return sorted(posisi)

    def margin_sel(self, tbl: etree._Element, tc: etree._Element | None = None) -> tuple[int, int]:
        """Left and right cell margins in twips: the cell's, else the table's, else its style's."""
        if tc is None or tc.find(f"{w('tcPr')}/{w('tcMar')}") is None:
            if tbl not in self._simpan_margin:
                self._simpan_margin[tbl] = self._margin_sel(tbl, None)
            return self._simpan_margin[tbl]
        return self._margin_sel(tbl, tc)

    def _margin_sel(self, tbl: etree._Element, tc: etree._Element | None) -> tuple[int, int]:
        kiri = kanan = None
        sumber: list[etree._Element] = []
        if tc is not None and (mar := tc.find(f"{w('tcPr')}/{w('tcMar')}")) is not None:
            sumber.append(mar)
        if (mar := tbl.find(f"{w('tblPr')}/{w('tblCellMar')}")) is not None:
            sumber.append(mar)
        ts = tbl.find(f"{w('tblPr')}/{w('tblStyle')}")
        for s in reversed(self._rantai(ts.get(w("val")) if ts is not None else self._bawaan_tabel)):
            if (mar := s.find(f"{w('tblPr')}/{w('tblCellMar')}")) is not None:
                sumber.append(mar)
        for mar in sumber:
            if kiri is None:
                kiri = _int(mar.find(w("left")), "w") if mar.find(w("left")) is not None else \
                    _int(mar.find(w("start")), "w")
            if kanan is None:
                kanan = _int(mar.find(w("right")), "w") if mar.find(w("right")) is not None else \
                    _int(mar.find(w("end")), "w")
        return (108 if kiri is None else kiri), (108 if kanan is None else kanan)


def run_teks(p: etree._Element) -> Iterator[tuple[etree._Element | None, str]]:
    """The paragraph's text in order, per run: (the run's w:rPr or None, its text).

    A tab is ``\\t``, a line break ``\\n``; equations (``m:oMath``) are left out: their width is
    measured apart.
    """
    for r in p.iter(w("r")):
        if _dalam_lain(r, p):
            continue
        rpr = r.find(w("rPr"))
        bagian = []
        for child in r:
            if child.tag == w("t"):
                bagian.append(child.text or "")
            elif child.tag in (w("tab"), w("ptab")):
                bagian.append("\t")
            elif child.tag in (w("br"), w("cr")):
                bagian.append("\n")
            elif child.tag == w("noBreakHyphen"):
                bagian.append("\u2011")
        if bagian:
            yield rpr, "".join(bagian)


def _dalam_lain(r: etree._Element, p: etree._Element) -> bool:
    """Whether run ``r`` sits in an equation or in a paragraph nested inside ``p``."""
    for a in r.iterancestors():
        if a is p:
            return False
        if a.tag in (m("oMath"), w("p")):
            return True
    return True
