"""A signature never starts a page alone: it keeps the table it signs, or that table's last row.

A Lampiran ends with its table and the Camat's signature. When the signature does not fit under
the table, it must take at least the table's last row with it to the next page. Word keeps a row
whose paragraphs are "keep with next" with what follows; LibreOffice ignores that on a single row
but honours it on a whole table (all its paragraphs "keep with next"). So a short table (at most a
third of the page) is kept whole with its signature, which both respect; a long one keeps its
last row (Word; LibreOffice then breaks the table where the page ends).

A short note under the table (the RKT's "*) Program yang mendukung ...", the PK's "Terbilang: ...")
belongs to it: up to :data:`CATATAN_MAKS` such paragraphs between the table and its signature are
kept with both, so the signature never leaves the note and the table behind on the page before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from doctools.oxml import math, table, text
from doctools.tata_letak.ukur import jumlah_baris_akhir

if TYPE_CHECKING:
    from doctools.oxml.styles import Gaya

BAGIAN_HALAMAN = 3
"""A table at most this fraction (1/3) of the page's text height travels whole with its signature."""

CATATAN_MAKS = 2
"""Paragraphs with text (notes) that may stand between a table and its signature and still keep them."""


def _tinggi_paragraf(p: etree._Element, gaya: Gaya, lebar: int) -> int:
    huruf = gaya.huruf_paragraf(p)
    baris, _ = jumlah_baris_akhir(p, gaya, lebar) if lebar > 0 else (1, 0)
    baris += math.line_count(p)
    sebelum, sesudah = gaya.spasi(p)
    return round(baris * huruf.ukuran * 1.2 * 20) + sebelum + sesudah


def tinggi_tabel(tbl: etree._Element, gaya: Gaya, batas: int | None = None) -> int:
    """An estimate of the table's height in twips: per row, its tallest cell's lines.

    With ``batas``, the count stops at the first row that takes it past ``batas`` (the answer is
    then only known to exceed it): a 5,000-row table is not measured to learn it is long.
    """
    total = 0
    for tr in table.rows(tbl):
        tertinggi = 0
        for tc in table.cells(tr):
            lebar = (table.cell_width(tc) or 0) - sum(gaya.margin_sel(tbl, tc))
            tertinggi = max(tertinggi, sum(_tinggi_paragraf(p, gaya, lebar) for p in text.paragraphs(tc)))
        total += tertinggi
        if batas is not None and total > batas:
            break
    return total


def tahan_bersama(body: etree._Element, gaya: Gaya, tinggi_halaman: int | None,
                  tanpa_bungkus: Callable[[etree._Element], bool] = table.has_no_wrap_cell) -> None:
    """Keep every body-level signature table with the table just above it (empty paragraphs and at
    most :data:`CATATAN_MAKS` notes between). ``tanpa_bungkus``: whether a table holds a no-wrap
    cell (:func:`~doctools.oxml.table.has_no_wrap_cell`, or the answer known already)."""
    for ttd in [el for el in body if table.is_table(el) and tanpa_bungkus(el)]:
        antara = []
        catatan = 0
        sebelum = ttd.getprevious()
        while sebelum is not None and text.is_paragraph(sebelum):
            if not text.is_empty(sebelum):
                catatan += 1
                if catatan > CATATAN_MAKS:
                    break
            antara.append(sebelum)
            sebelum = sebelum.getprevious()
        if sebelum is None or not table.is_table(sebelum) or tanpa_bungkus(sebelum):
            continue
        baris = table.rows(sebelum)
        pendek = tinggi_halaman is not None and \
            tinggi_tabel(sebelum, gaya, batas=tinggi_halaman // BAGIAN_HALAMAN) * BAGIAN_HALAMAN <= tinggi_halaman
        for tr in (baris if pendek else baris[-1:]):
            for p in text.all_paragraphs(tr):
                text.set_keep_with_next(p)
        for p in antara:
            text.set_keep_with_next(p)
