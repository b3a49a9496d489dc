"""Equations sized and broken to the text around them.

An equation never wraps by itself: a long numerator would run out of its table cell. Each
fraction's numerator and denominator are therefore broken here, at word boundaries, into the lines
of an equation array, so that the widest line and the multiplier after the fraction ("× 100%")
fit the width the paragraph has. Every math run is written in the paragraph's own font and size,
so the formula reads like the table text around it in Word.

LibreOffice draws imported equations with its formula defaults (Liberation Serif, 12 pt) whatever
the runs say, so a line must fit in both: it is measured in the paragraph's font and in
LibreOffice's, and the wider measure counts.
"""

from __future__ import annotations

from lxml import etree

from doctools.oxml import math
from doctools.oxml.styles import Gaya, Huruf
from doctools.tata_letak.metrik import lebar_twip

HURUF_LIBREOFFICE = Huruf("Liberation Serif", 12)
JARAK = 120
"""Twips of room a fraction takes beside its lines (the space around the bar and before "×")."""


def lebar(teks: str, huruf: Huruf) -> int:
    """Twips a text in an equation needs, in Word (``huruf``) and in LibreOffice alike."""
    return max(lebar_twip(teks, huruf), lebar_twip(teks, HURUF_LIBREOFFICE))


def kebutuhan(omath: etree._Element, huruf: Huruf) -> int:
    """Twips the equation needs at least: its longest word beside the multiplier."""
    kata = [k for part in math.fraction_parts(omath) for k in math.part_text(part).split()]
    terpanjang = max((lebar(k, huruf) for k in kata), default=0)
    return terpanjang + lebar(math.tail_text(omath).strip(), huruf) + JARAK


def _baris(teks: str, batas: int, huruf: Huruf) -> list[str]:
    """Greedy word wrap of ``teks`` into lines no wider than ``batas`` twips (a long word stays whole)."""
    baris: list[str] = []
    for kata in teks.split():
        if baris and lebar(f"{baris[-1]} {kata}", huruf) <= batas:
            baris[-1] = f"{baris[-1]} {kata}"
        else:
            baris.append(kata)
    return baris or [""]


def susun(omath: etree._Element, p: etree._Element, gaya: Gaya, tersedia: int) -> None:
    """Fit one equation of paragraph ``p`` into ``tersedia`` twips (the paragraph's text width)."""
    huruf = gaya.huruf_paragraf(p)
    math.set_font(omath, huruf.nama, huruf.ukuran)
    batas = tersedia - lebar(math.tail_text(omath).strip(), huruf) - JARAK
    for part in math.fraction_parts(omath):
        math.set_lines(part, _baris(math.part_text(part), batas, huruf), huruf.nama, huruf.ukuran)
