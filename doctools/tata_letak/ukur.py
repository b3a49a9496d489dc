"""The widths a paragraph needs: its longest unbreakable word, or its whole lines when it must not wrap."""

from __future__ import annotations

import functools
import re

from lxml import etree

from doctools.oxml.styles import DEFAULT_TAB, Gaya, Huruf
from doctools.oxml.text import run_texts
from doctools.tata_letak.metrik import lebar_twip

SPASI = " \t\n"
PUTUS_SETELAH = "-\u2013\u2014"
"""A line may break after a hyphen or a dash (Word and LibreOffice both do), never at a slash."""


def _karakter(p: etree._Element, gaya: Gaya) -> list[tuple[str, Huruf]]:
    hasil: list[tuple[str, Huruf]] = []
    for rpr, teks in run_texts(p):
        huruf = gaya.huruf_run(p, rpr)
        hasil.extend((c, huruf) for c in teks)
    return hasil


def _lebar(karakter: list[tuple[str, Huruf]]) -> int:
    total, potong, huruf = 0, "", None
    for c, h in karakter:
        if h != huruf and potong:
            total += lebar_twip(potong, huruf)
            potong = ""
        huruf = h
        potong += c
    if potong:
        total += lebar_twip(potong, huruf)
    return total


_PUTUS = re.compile(rf"[{re.escape(SPASI)}]+|(?<=[{re.escape(PUTUS_SETELAH)}])")
"""Where a line may break: a run of spaces (itself printing nothing), or just after a hyphen or dash."""


@functools.lru_cache(maxsize=1 << 16)
def _kata_run(teks: str, huruf: Huruf) -> tuple[int | None, int, int]:
    """The words of one run's text: (width up to its first break, widest word after it, width after its last break).

    The first is None when the text has no break at all (it all joins the word before it). Kept
    per text and font: the cells of a long table repeat the same texts. The text is cut at its
    breaks in one call (C), and each piece is measured (:func:`lebar_twip` keeps each word's width).
    """
    potongan = _PUTUS.split(teks)
    if len(potongan) == 1:
        return None, 0, lebar_twip(teks, huruf)
    lebar = [lebar_twip(p, huruf) for p in potongan]
    return lebar[0], max(lebar[1:-1], default=0), lebar[-1]


def kata_terpanjang(p: etree._Element, gaya: Gaya) -> int:
    """Twips the paragraph's longest unbreakable word needs, with the paragraph's indent.

    A word may run over several runs (a bold part, a no-break hyphen): its pieces are added up.
    """
    terlebar = bawa = 0
    for rpr, teks in run_texts(p):
        awal, dalam, ekor = _kata_run(teks, gaya.huruf_run(p, rpr))
        if awal is None:  # no break in this run: its text joins the word carried so far
            bawa += ekor
        else:
            terlebar, bawa = max(terlebar, bawa + awal, dalam), ekor
    terlebar = max(terlebar, bawa)
    if not terlebar:
        return 0
    kiri, awal = gaya.indentasi(p)
    return terlebar + max(kiri, kiri + awal, 0)


def baris_utuh(p: etree._Element, gaya: Gaya, *, kecilkan_pt: float = 0) -> int:
    """Twips the paragraph's widest line needs when it is never wrapped (tabs move to their stops)."""
    kiri, awal = gaya.indentasi(p)
    stop = gaya.tab(p)
    terlebar = 0
    x = max(kiri + awal, 0)
    potong: list[tuple[str, Huruf]] = []

    def tutup() -> None:
        nonlocal x, potong
        x += _lebar(potong)
        potong = []

    for c, h in _karakter(p, gaya):
        h = h.lebih_kecil(kecilkan_pt) if kecilkan_pt else h
        if c == "\t":
            tutup()
            kandidat = [s for s in stop if s > x] + ([kiri] if awal < 0 and kiri > x else [])
            x = min(kandidat) if kandidat else (x // DEFAULT_TAB + 1) * DEFAULT_TAB
        elif c == "\n":
            tutup()
            terlebar = max(terlebar, x)
            x = kiri
        else:
            potong.append((c, h))
    tutup()
    return max(terlebar, x)


_PISAH = re.compile(f"[{re.escape(SPASI)}]")


def kata_kata(p: etree._Element, gaya: Gaya) -> list[int]:
    """Twips of each space-separated word of the paragraph, in order.

    A word printed in one font is measured whole, also across runs; its parts in other fonts
    are measured each on its own and added.
    """
    hasil: list[int] = []
    kata: list[list] = []  # the word so far: [text, font] per stretch of one font

    def tutup() -> None:
        if kata:
            hasil.append(sum(lebar_twip(teks, huruf) for teks, huruf in kata))
            kata.clear()

    for rpr, teks in run_texts(p):
        huruf = gaya.huruf_run(p, rpr)
        for i, bagian in enumerate(_PISAH.split(teks)):
            if i:  # a space, tab or line break came before this part
                tutup()
            if bagian:
                if kata and kata[-1][1] == huruf:
                    kata[-1][0] += bagian
                else:
                    kata.append([bagian, huruf])
    tutup()
    return hasil


def jumlah_baris_akhir(p: etree._Element, gaya: Gaya, tersedia: int) -> tuple[int, int]:
    """(lines, words on the last line) when the paragraph is wrapped greedily into ``tersedia`` twips."""
    kiri, awal = gaya.indentasi(p)
    spasi = lebar_twip(" ", gaya.huruf_paragraf(p))
    baris, di_baris, x = 1, 0, 0
    lebar = tersedia - max(kiri + awal, 0)
    for k in kata_kata(p, gaya):
        if di_baris and x + spasi + k > lebar:
            baris, di_baris, x = baris + 1, 0, 0
            lebar = tersedia - kiri
        x += (spasi if di_baris else 0) + k
        di_baris += 1
    return baris, di_baris
