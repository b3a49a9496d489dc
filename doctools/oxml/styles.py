"""Styles: what a paragraph and its runs look like once styles are resolved (font, size, bold, indents, tabs).

Word resolves formatting from the document defaults, the paragraph style and the styles it is
based on, then the run's own properties; the layout pass needs the same answer to know how wide a
text prints. Only the properties that change widths are resolved.
"""

from __future__ import annotations

from typing import NamedTuple

from lxml import etree

from doctools.oxml.ns import child, on, twips, w

DEFAULT_TAB = 720
"""Word's default tab stop: every 1.27 cm, in twips."""

_PPR, _PSTYLE, _IND, _VAL = w("pPr"), w("pStyle"), w("ind"), w("val")
_TCPR, _TCMAR, _SPACING = w("tcPr"), w("tcMar"), w("spacing")
_KUNCI_RPR = frozenset((w("rFonts"), w("sz"), w("b"), w("rStyle")))
"""The run properties that change how wide a text prints."""
_BELUM = object()


def style_id(name: str) -> str:
    """The styleId Word and python-docx give a custom style: its name without spaces."""
    return name.replace(" ", "")


def set_style_fonts(style: etree._Element, name: str) -> None:
    """Name the font of all four scripts in a style's run properties (added when it has none)."""
    set_fonts(style.get_or_add_rPr(), name)  # type: ignore[attr-defined]


def set_fonts(rpr: etree._Element, name: str) -> None:
    """Name the font of all four scripts (python-docx's ``font.name`` sets only two)."""
    rfonts = rpr.get_or_add_rFonts()  # type: ignore[attr-defined]
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(w(attr), name)


def page_break_styles(styles: etree._Element) -> dict[str, bool]:
    """Style id → whether paragraphs of that style begin a new page (through their basedOn chain)."""
    gaya = {st.get(w("styleId")): st for st in styles.findall(w("style"))}
    hasil: dict[str | None, bool] = {}

    def cari(sid: str | None, jejak: tuple[str | None, ...] = ()) -> bool:
        if sid in hasil:
            return hasil[sid]
        st = gaya.get(sid)
        if st is None or sid in jejak:
            return False
        pbb = st.find(f"{w('pPr')}/{w('pageBreakBefore')}")
        if pbb is not None:
            nilai = bool(on(pbb))
        else:
            dasar = st.find(w("basedOn"))
            nilai = cari(dasar.get(w("val")), (*jejak, sid)) if dasar is not None else False
        hasil[sid] = nilai
        return nilai

    for sid in gaya:
        cari(sid)
    return hasil  # type: ignore[return-value]


class Huruf(NamedTuple):
    """A font as a run prints it: family name, size in points, bold or not.

    A tuple, so that hashing it (every printed width is cached per word and font) costs no
    Python call.
    """

    nama: str
    ukuran: float
    tebal: bool = False

    def lebih_kecil(self, pt: float = 1.0) -> Huruf:
        return Huruf(self.nama, self.ukuran - pt, self.tebal)


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
        self._simpan_id: dict[etree._Element, str | None] = {}
        """Paragraph → its style id; every paragraph is asked several times (font, indent, runs)."""
        self._indentasi_p: dict[etree._Element, tuple[int, int]] = {}
        self._simpan_spasi: dict[tuple, tuple[int, int]] = {}

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
        """The paragraph's style id: the default style without a ``w:pStyle``, None when it names none."""
        gaya = self._simpan_id.get(p, _BELUM)
        if gaya is _BELUM:
            ps = child(child(p, _PPR), _PSTYLE)
            gaya = self._simpan_id[p] = self._bawaan_paragraf if ps is None else ps.get(_VAL)
        return gaya  # type: ignore[return-value]

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
                nama = fonts.get(w("ascii")) or fonts.get(w("hAnsi")) or nama
            sz = twips(rpr.find(w("sz")), "val")
            if sz:
                ukuran = sz / 2
            b = on(rpr.find(w("b")))
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
        return tuple((el.tag, tuple(sorted(el.attrib.items()))) for el in rpr if el.tag in _KUNCI_RPR)

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
        hasil = self._indentasi_p.get(p)
        if hasil is None:
            ind = child(child(p, _PPR), _IND)
            own = tuple(sorted(ind.attrib.items())) if ind is not None else ()  # an empty w:ind and none alike
            kunci = (self._gaya_paragraf(p), own)
            if kunci not in self._simpan_indentasi:
                self._simpan_indentasi[kunci] = self._indentasi(p)
            hasil = self._indentasi_p[p] = self._simpan_indentasi[kunci]
        return hasil

    def _indentasi(self, p: etree._Element) -> tuple[int, int]:
        kiri, awal = 0, 0
        for ppr in self._ppr_paragraf(p):
            ind = ppr.find(w("ind"))
            if ind is None:
                continue
            for attr in ("left", "start"):
                if (v := twips(ind, attr)) is not None:
                    kiri = v
            if (v := twips(ind, "hanging")) is not None:
                awal = -v
            elif (v := twips(ind, "firstLine")) is not None:
                awal = v
        return kiri, awal

    def spasi(self, p: etree._Element) -> tuple[int, int]:
        """Space before and after the paragraph, in twips (kept per style and the paragraph's own spacing)."""
        sp = child(child(p, _PPR), _SPACING)
        kunci = (self._gaya_paragraf(p), tuple(sorted(sp.attrib.items())) if sp is not None else ())
        hasil = self._simpan_spasi.get(kunci)
        if hasil is None:
            hasil = self._simpan_spasi[kunci] = self._spasi(p)
        return hasil

    def _spasi(self, p: etree._Element) -> tuple[int, int]:
        sebelum: int | None = 0
        sesudah: int | None = 0
        for ppr in self._ppr_paragraf(p):
            sp = ppr.find(w("spacing"))
            if sp is None:
                continue
            sebelum = twips(sp, "before") if sp.get(w("before")) is not None else sebelum
            sesudah = twips(sp, "after") if sp.get(w("after")) is not None else sesudah
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
                pos = twips(t, "pos")
                if pos is None:
                    continue
                if t.get(w("val")) == "clear":
                    posisi.discard(pos)
                else:
                    posisi.add(pos)
        return sorted(posisi)

    def margin_sel(self, tbl: etree._Element, tc: etree._Element | None = None) -> tuple[int, int]:
        """Left and right cell margins in twips: the cell's, else the table's, else its style's."""
        if tc is None or child(child(tc, _TCPR), _TCMAR) is None:
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
                kiri = twips(mar.find(w("left")), "w") if mar.find(w("left")) is not None else \
                    twips(mar.find(w("start")), "w")
            if kanan is None:
                kanan = twips(mar.find(w("right")), "w") if mar.find(w("right")) is not None else \
                    twips(mar.find(w("end")), "w")
        return (108 if kiri is None else kiri), (108 if kanan is None else kanan)
