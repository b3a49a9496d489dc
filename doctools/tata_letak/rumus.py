"""Equations (``m:oMath``) sized and broken to the text around them.

An equation never wraps by itself: a long numerator would run out of its table cell. Each
fraction's numerator and denominator are therefore broken here, at word boundaries, into the lines
of an equation array, so that the widest line and the multiplier after the fraction ("× 100%")
fit the width the paragraph has. Every math run is written as normal text (``m:nor``) in the
paragraph's own font and size, so the formula reads like the table text around it in Word.

LibreOffice draws imported equations with its formula defaults (Liberation Serif, 12 pt) whatever
the runs say, so a line must fit in both: it is measured in the paragraph's font and in
LibreOffice's, and the wider measure counts.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from lxml import etree

from doctools.tata_letak.gaya import Gaya, m, w
from doctools.tata_letak.metrik import Huruf, lebar_twip

HURUF_LIBREOFFICE = Huruf("Liberation Serif", 12)
JARAK = 120
"""Twips of room a fraction takes beside its lines (the space around the bar and before "×")."""


def lebar(teks: str, huruf: Huruf) -> int:
    """Twips a text in an equation needs, in Word (``huruf``) and in LibreOffice alike."""
    return max(lebar_twip(teks, huruf), lebar_twip(teks, HURUF_LIBREOFFICE))


def _teks(el: etree._Element) -> str:
    return " ".join(" ".join((t.text or "") for t in e.iter(m("t"))).strip()
                    for e in (el.findall(f"{m('eqArr')}/{m('e')}") or [el])).strip()


def _ekor(omath: etree._Element) -> str:
    """The text after the fraction (the multiplier), as printed."""
    teks = []
    for child in omath:
        if child.tag == m("r"):
            teks.append("".join(t.text or "" for t in child.iter(m("t"))))
    return "".join(teks)


def _pecahan(omath: etree._Element) -> list[etree._Element]:
    return [part for f in omath.findall(m("f")) for part in (f.find(m("num")), f.find(m("den"))) if part is not None]


def kebutuhan(omath: etree._Element, huruf: Huruf) -> int:
    """Twips the equation needs at least: its longest word beside the multiplier."""
    kata = [k for part in _pecahan(omath) for k in _teks(part).split()]
    terpanjang = max((lebar(k, huruf) for k in kata), default=0)
    return terpanjang + lebar(_ekor(omath).strip(), huruf) + JARAK


def _baris(teks: str, batas: int, huruf: Huruf) -> list[str]:
    """Greedy word wrap of ``teks`` into lines no wider than ``batas`` twips (a long word stays whole)."""
    baris: list[str] = []
    for kata in teks.split():
        if baris and lebar(f"{baris[-1]} {kata}", huruf) <= batas:
            baris[-1] = f"{baris[-1]} {kata}"
        else:
            baris.append(kata)
    return baris or [""]


def _run(teks: str, huruf: Huruf) -> etree._Element:
    """A math run of normal text: ``m:nor`` alone (with ``m:sty`` too the schema refuses it)."""
    r = OxmlElement("m:r")
    rpr = OxmlElement("m:rPr")
    rpr.append(OxmlElement("m:nor"))
    r.append(rpr)
    _huruf_run(r, huruf)
    t = OxmlElement("m:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = teks
    r.append(t)
    return r


def _huruf_run(r: etree._Element, huruf: Huruf) -> None:
    """Give a math run the paragraph's font and size (``w:rPr`` after ``m:rPr``)."""
    for old in r.findall(w("rPr")):
        r.remove(old)
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(w(attr), huruf.nama)
    rpr.append(fonts)
    for tag in ("sz", "szCs"):
        el = OxmlElement(f"w:{tag}")
        el.set(w("val"), str(round(huruf.ukuran * 2)))
        rpr.append(el)
    mrpr = r.find(m("rPr"))
    if mrpr is not None:
        mrpr.addnext(rpr)
    else:
        r.insert(0, rpr)


def susun(omath: etree._Element, p: etree._Element, gaya: Gaya, tersedia: int) -> None:
    """Fit one equation of paragraph ``p`` into ``tersedia`` twips (the paragraph's text width)."""
    huruf = gaya.huruf_paragraf(p)
    for r in omath.iter(m("r")):
        _huruf_run(r, huruf)
    batas = tersedia - lebar(_ekor(omath).strip(), huruf) - JARAK
    for part in _pecahan(omath):
        baris = _baris(_teks(part), batas, huruf)
        for child in list(part):
            part.remove(child)
        if len(baris) == 1:
            part.append(_run(baris[0], huruf))
            continue
        arr = OxmlElement("m:eqArr")
        for b in baris:
            e = OxmlElement("m:e")
            e.append(_run(b, huruf))
            arr.append(e)
        part.append(arr)
