"""Layout decisions that need the rendered content: column widths, equation lines, title breaks.

A template fixes the layout before the data is known; :func:`rapikan` finishes it on the rendered
document, measuring text with shipped font metrics (:mod:`doctools.tata_letak.metrik`) so the same
data always gives the same document:

* table columns are widened to their longest word, or to whole lines in cells marked
  ``w:noWrap`` (signatures), taking the room from columns that have it (:mod:`.kolom`);
* equations get the font and size of their paragraph and are broken at word boundaries to the
  width of their cell (:mod:`.rumus`);
* a centred title never ends with one word alone on its last line;
* a signature table keeps the table it signs (a short one whole, a long one its last row) with
  it (:mod:`.tanda_tangan`);
* a no-break hyphen in the text becomes Word's own (``w:noBreakHyphen``), and "Rp" is joined to
  its amount with a no-break space, so an amount is one unbreakable word (its column is sized to
  hold it whole).
"""

from __future__ import annotations

import re

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from lxml import etree

from doctools.tata_letak import kolom, rumus, tanda_tangan
from doctools.tata_letak.gaya import Gaya, m, w
from doctools.tata_letak.ukur import jumlah_baris_akhir

__all__ = ["rapikan"]


def _tinggi_bagian(sectpr: etree._Element | None) -> int | None:
    if sectpr is None:
        return None
    sz, mar = sectpr.find(w("pgSz")), sectpr.find(w("pgMar"))
    if sz is None or mar is None or sz.get(w("h")) is None:
        return None
    return int(sz.get(w("h"))) - int(mar.get(w("top"), "0")) - int(mar.get(w("bottom"), "0"))


def _lebar_bagian(sectpr: etree._Element | None) -> int | None:
    if sectpr is None:
        return None
    sz, mar = sectpr.find(w("pgSz")), sectpr.find(w("pgMar"))
    if sz is None or mar is None or sz.get(w("w")) is None:
        return None
    return int(sz.get(w("w"))) - int(mar.get(w("left"), "0")) - int(mar.get(w("right"), "0"))


class _Wadah:
    """The width each block has: its section's text width, or its table cell's."""

    def __init__(self, body: etree._Element, gaya: Gaya) -> None:
        self._gaya = gaya
        self._bagian: dict[etree._Element, int | None] = {}
        tertunda: list[etree._Element] = []
        for child in body:
            tertunda.append(child)
            sect = child.find(f"{w('pPr')}/{w('sectPr')}") if child.tag == w("p") else None
            if child.tag == w("sectPr"):
                sect = child
            if sect is not None:
                lebar = _lebar_bagian(sect)
                for el in tertunda:
                    self._bagian[el] = lebar
                tertunda = []
        akhir = _lebar_bagian(body.find(w("sectPr")))
        for el in tertunda:
            self._bagian[el] = akhir

    def lebar(self, el: etree._Element) -> int | None:
        """Twips of text width around ``el`` (a paragraph or a table)."""
        tc = next((a for a in el.iterancestors() if a.tag == w("tc")), None)
        if tc is None:
            atas = el
            for a in el.iterancestors():
                if a.tag == w("body"):
                    break
                atas = a
            return self._bagian.get(atas)
        lebar = kolom.lebar_sel(tc)
        if lebar is None:
            return None
        tbl = tc.getparent().getparent()
        kiri, kanan = self._gaya.margin_sel(tbl, tc)
        return lebar - kiri - kanan


def _judul_tanpa_kata_sendiri(p: etree._Element, gaya: Gaya, tersedia: int) -> None:
    """Keep the last two words of a wrapping centred paragraph together (a no-break space)."""
    baris, akhir = jumlah_baris_akhir(p, gaya, tersedia)
    if baris < 2 or akhir != 1:
        return
    for t in reversed(list(p.iter(w("t")))):
        teks = (t.text or "").rstrip()
        i = teks.rfind(" ")
        if i >= 0:
            t.text = teks[:i] + "\u00a0" + (t.text or "")[i + 1:]
            return


def _tanda_hubung_tak_putus(body: etree._Element) -> None:
    """A no-break hyphen typed as U+2011 ("Pos‑el") becomes Word's ``w:noBreakHyphen``.

    Many fonts (Bookman Old Style among them) have no glyph for U+2011; Word draws its own
    no-break hyphen with the font's hyphen, and LibreOffice reads it back as U+2011.
    """
    for t in [t for t in body.iter(w("t")) if t.text and "\u2011" in t.text]:
        teks = t.text
        bagian = teks.split("\u2011")
        t.text = bagian[0]
        sebelum = t
        for potong in bagian[1:]:
            hubung = OxmlElement("w:noBreakHyphen")
            sebelum.addnext(hubung)
            baru = OxmlElement("w:t")
            baru.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            baru.text = potong
            hubung.addnext(baru)
            sebelum = baru


_RUPIAH = re.compile(r"(?<![\w.])(Rp\.?) (?=-?\d)")


def _rupiah_utuh(body: etree._Element) -> None:
    """An amount is never split from its symbol: "Rp 1.873.450.000,00" gets a no-break space."""
    for t in body.iter(w("t")):
        if t.text and "Rp" in t.text:
            t.text = _RUPIAH.sub("\\1\u00a0", t.text)


def rapikan(doc: DocumentObject) -> None:
    """Finish the layout of a rendered document (see the module docstring)."""
    gaya = Gaya(doc.styles.element)
    body = doc.element.body
    _tanda_hubung_tak_putus(body)
    _rupiah_utuh(body)
    wadah = _Wadah(body, gaya)
    for tbl in list(body.iter(w("tbl"))):
        kolom.sesuaikan(tbl, wadah.lebar(tbl), gaya)
    for omath in list(body.iter(m("oMath"))):
        p = next((a for a in omath.iterancestors() if a.tag == w("p")), None)
        lebar = wadah.lebar(p) if p is not None else None
        if p is None or lebar is None:
            continue
        kiri, awal = gaya.indentasi(p)
        rumus.susun(omath, p, gaya, lebar - max(kiri, kiri + awal, 0))
    tanda_tangan.tahan_bersama(body, gaya, _tinggi_bagian(body.find(w("sectPr"))))
    for p in body.findall(w("p")):
        tengah = gaya.rata(p) == "center"
        lebar = wadah.lebar(p)
        if tengah and lebar:
            _judul_tanpa_kata_sendiri(p, gaya, lebar)
