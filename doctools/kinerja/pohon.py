"""The pohon kinerja (cascade) as a tree, laid out left to right and drawn as a PNG in memory.

A :class:`Simpul` is one node — tujuan, sasaran, program, kegiatan or sub-kegiatan — with its
indicators (each with the year's target) and its children. The tree is built from the data in
:mod:`doctools.model.pohon`; here it is only measured and drawn.

The layout puts each level in a column (tujuan on the left) and stacks the leaves from the top,
each as tall as its text; a parent sits at the middle of its children. Boxes differ in height
(their text is wrapped to the column width, measured with the font the picture uses), which is
why the positions are computed here from the measured boxes rather than by a generic graph
layout with unit-sized nodes. The picture is drawn with Pillow in Pillow's own bundled font, so
the same tree gives the same PNG bytes on every machine (fixed resolution, no timestamp).

It is drawn in RGB (Pillow smooths text only there) and saved as an 8-bit palette PNG of the
colours it can hold: the fills, lines and text colours, and the text colours' smoothed edges
over each fill in :data:`TINGKAT_TEPI` steps. That is a third of the RGB picture's bytes to
filter and compress, and no pixel is more than a few levels of one channel off its RGB colour;
with zlib at level 3 (flat colour compresses well at any level) saving costs a seventh of the
RGB PNG's, for a file a third its size.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from doctools import fmt

if TYPE_CHECKING:
    from PIL import Image, ImageFont

Tingkat = Literal["tujuan", "sasaran", "program", "kegiatan", "sub-kegiatan"]
TINGKAT: tuple[Tingkat, ...] = ("tujuan", "sasaran", "program", "kegiatan", "sub-kegiatan")
JUDUL_TINGKAT = {"tujuan": "TUJUAN", "sasaran": "SASARAN", "program": "PROGRAM", "kegiatan": "KEGIATAN",
                 "sub-kegiatan": "SUB KEGIATAN"}
WARNA = {"tujuan": "#d6e4f0", "sasaran": "#dcedc8", "program": "#fff2cc", "kegiatan": "#fbe5d6",
         "sub-kegiatan": "#ededed"}

Nilai = Decimal | str


@dataclass(frozen=True)
class IndikatorSimpul:
    """An indicator of a node, with the year's target (None: no target that year)."""

    nama: str
    target: Nilai | None = None
    satuan: str | None = None

    @property
    def target_teks(self) -> str:
        """``4 dokumen``, ``82,5 indeks``, ``B``, or ``-`` without a target."""
        if self.target is None:
            return "-"
        if isinstance(self.target, Decimal):
            teks = fmt.angka(self.target, max(-self.target.as_tuple().exponent, 0))  # type: ignore[operator]
        else:
            teks = self.target
        if self.satuan in (None, "", "-"):
            return teks
        return f"{teks}{self.satuan}" if self.satuan == "%" else f"{teks} {self.satuan}"


@dataclass(frozen=True)
class Simpul:
    """A node of the pohon kinerja: its level, text, indicators, children and who carries it out."""

    tingkat: Tingkat
    uraian: str
    indikator: tuple[IndikatorSimpul, ...] = ()
    anak: tuple[Simpul, ...] = ()
    pelaksana: str | None = None
    """The jabatan carrying it out (a kegiatan in a pejabat's PK), when known."""

    def telusuri(self) -> Iterator[Simpul]:
        """This node and every node below it, depth first, in order."""
        yield self
        for a in self.anak:
            yield from a.telusuri()

    def pangkas(self, sampai: Tingkat) -> Simpul:
        """The same tree without the levels below ``sampai``."""
        if self.tingkat == sampai:
            return Simpul(self.tingkat, self.uraian, self.indikator, (), self.pelaksana)
        return Simpul(self.tingkat, self.uraian, self.indikator, tuple(a.pangkas(sampai) for a in self.anak),
                      self.pelaksana)


# --- measuring text ----------------------------------------------------------------------------

DPI = 200
SKALA = DPI / 72
"""Pixels of the picture per point of the layout."""
UKURAN_JUDUL, UKURAN_URAIAN, UKURAN_INDIKATOR = 5.5, 6.5, 5.8
JARAK_BARIS = 1.25
PADAT = 3.5  # padding inside a box, pt


@functools.lru_cache(maxsize=8)
def _huruf(ukuran: float) -> ImageFont.FreeTypeFont:
    """Pillow's bundled font (Aileron Regular) at ``ukuran`` points drawn at :data:`DPI`: the same everywhere."""
    from PIL import ImageFont

    huruf = ImageFont.load_default(ukuran * SKALA)
    assert isinstance(huruf, ImageFont.FreeTypeFont)  # Pillow is built with FreeType wherever it has wheels
    return huruf


@functools.lru_cache(maxsize=4096)
def lebar_teks(teks: str, ukuran: float) -> float:
    """Width of ``teks`` in points, in the picture's font."""
    return float(_huruf(ukuran).getlength(teks)) / SKALA


def bungkus(teks: str, lebar: float, ukuran: float) -> list[str]:
    """Greedy word wrap to ``lebar`` points; a word longer than the line stays whole on its own line."""
    baris: list[str] = []
    kini = ""
    for kata in teks.split():
        calon = f"{kini} {kata}" if kini else kata
        if kini and lebar_teks(calon, ukuran) > lebar:
            baris.append(kini)
            kini = kata
        else:
            kini = calon
    if kini:
        baris.append(kini)
    return baris or [""]


# --- layout ------------------------------------------------------------------------------------

Gaya = Literal["judul", "uraian", "indikator", "pelaksana"]
_UKURAN: dict[Gaya, float] = {"judul": UKURAN_JUDUL, "uraian": UKURAN_URAIAN, "indikator": UKURAN_INDIKATOR,
                               "pelaksana": UKURAN_JUDUL}
_WARNA_TEKS: dict[Gaya, str] = {"judul": "#1f3864", "uraian": "#000000", "indikator": "#3a3a3a",
                                "pelaksana": "#3a3a3a"}


@dataclass(frozen=True)
class Kotak:
    """One drawn box: its node, column, position (pt, y downwards from the top) and lines of text."""

    simpul: Simpul
    kolom: int
    x: float
    y: float
    lebar: float
    tinggi: float
    baris: tuple[tuple[str, Gaya], ...]
    induk: int | None
    """Index of the parent box in :attr:`TataLetak.kotak` (None for a root)."""

    @property
    def tengah_y(self) -> float:
        return self.y + self.tinggi / 2


@dataclass(frozen=True)
class TataLetak:
    """Every box of a tree, and the size of the picture (pt)."""

    kotak: tuple[Kotak, ...]
    lebar: float
    tinggi: float
    kolom: tuple[Tingkat, ...] = field(default=())


def _isi(simpul: Simpul, lebar: float) -> tuple[tuple[str, Gaya], ...]:
    ruang = lebar - 2 * PADAT
    baris: list[tuple[str, Gaya]] = [(JUDUL_TINGKAT[simpul.tingkat], "judul")]
    baris += [(b, "uraian") for b in bungkus(simpul.uraian, ruang, _UKURAN["uraian"])]
    for ind in simpul.indikator:
        teks = f"Indikator: {ind.nama}"
        if ind.target is not None:
            teks += f" (target {ind.target_teks})"
        baris += [(b, "indikator") for b in bungkus(teks, ruang, _UKURAN["indikator"])]
    if simpul.pelaksana:
        baris += [(b, "pelaksana") for b in bungkus(f"Pelaksana: {simpul.pelaksana}", ruang, _UKURAN["pelaksana"])]
    return tuple(baris)


def _tinggi(baris: Sequence[tuple[str, Gaya]]) -> float:
    return 2 * PADAT + sum(_UKURAN[g] * JARAK_BARIS for _, g in baris)


def tata_letak(akar: Sequence[Simpul], lebar: float = 780.0, *, jarak_kolom: float = 16.0,
               jarak_saudara: float = 5.0) -> TataLetak:
    """Lay the trees ``akar`` out left to right in ``lebar`` points (the picture's width).

    Each level present gets a column of equal width; a leaf is placed below the previous one;
    a parent is centred on its first and last child (or on its own box when it has none), and a
    subtree never overlaps the next one.
    """
    tingkat = [t for t in TINGKAT if any(s.tingkat == t for a in akar for s in a.telusuri())]
    if not tingkat:
        return TataLetak((), lebar, 0.0)
    kolom_dari = {t: i for i, t in enumerate(tingkat)}
    lebar_kotak = (lebar - (len(tingkat) - 1) * jarak_kolom) / len(tingkat)
    kotak: list[Kotak] = []

    def letakkan(simpul: Simpul, atas: float, induk: int | None) -> tuple[float, int]:
        """Place ``simpul``'s subtree from ``atas``; returns its bottom and the box's index."""
        kolom = kolom_dari[simpul.tingkat]
        isi = _isi(simpul, lebar_kotak)
        tinggi = _tinggi(isi)
        indeks = len(kotak)
        kotak.append(Kotak(simpul, kolom, kolom * (lebar_kotak + jarak_kolom), atas, lebar_kotak, tinggi, isi, induk))
        if not simpul.anak:
            return atas + tinggi, indeks
        bawah = atas
        pusat: list[float] = []
        for n, anak in enumerate(simpul.anak):
            mulai = bawah + (jarak_saudara if n else 0.0)
            bawah, i_anak = letakkan(anak, mulai, indeks)
            pusat.append(kotak[i_anak].tengah_y)
        tengah = (pusat[0] + pusat[-1]) / 2
        y = max(atas, tengah - tinggi / 2)
        kotak[indeks] = Kotak(simpul, kolom, kotak[indeks].x, y, lebar_kotak, tinggi, isi, induk)
        return max(bawah, y + tinggi), indeks

    bawah = 0.0
    for n, a in enumerate(akar):
        bawah, _ = letakkan(a, bawah + (3 * jarak_saudara if n else 0.0), None)
    return TataLetak(tuple(kotak), lebar, bawah, tuple(tingkat))


# --- drawing -----------------------------------------------------------------------------------

TEPI = 4.0  # margin around the picture, pt
WARNA_KOTAK, WARNA_GARIS = "#404040", "#555555"
TINGKAT_TEPI = 16
"""Steps from a fill to a text colour in the palette: a smoothed edge pixel is at most half a step off."""


@functools.lru_cache(maxsize=16)
def _topeng_judul(teks: str) -> tuple[Image.Image, int, int]:
    """A level's heading (TUJUAN, …) as a mask, drawn once: its outline and fill at full strength,
    and where it starts from the anchor. Pasting it in the heading's colour gives the same pixels
    as drawing the outlined text, which costs three times a plain line, in every box."""
    from PIL import Image, ImageDraw

    huruf = _huruf(_UKURAN["judul"])
    kiri, atas, kanan, bawah = (int(v) for v in huruf.getbbox(teks, anchor="la", stroke_width=1))  # whole pixels
    topeng = Image.new("L", (kanan - kiri, bawah - atas), 0)
    ImageDraw.Draw(topeng).text((-kiri, -atas), teks, font=huruf, fill=255, anchor="la", stroke_width=1,
                                stroke_fill=255)
    return topeng, kiri, atas


@functools.cache
def _palet() -> Image.Image:
    """The palette image every diagram is mapped to (exact colours first, then the edge steps)."""
    from PIL import Image, ImageColor

    def rgb(warna: str) -> tuple[int, int, int]:
        merah, hijau, biru = ImageColor.getrgb(warna)[:3]
        return merah, hijau, biru

    teks = sorted(set(_WARNA_TEKS.values()))
    warna = [rgb(w) for w in ("#ffffff", WARNA_KOTAK, WARNA_GARIS, *WARNA.values(), *teks)]
    for isi in WARNA.values():
        for tinta in teks:
            a, b = rgb(isi), rgb(tinta)
            warna += [tuple(round(a[j] + (b[j] - a[j]) * n / TINGKAT_TEPI) for j in range(3))  # type: ignore[misc]
                      for n in range(1, TINGKAT_TEPI)]
    assert len(warna) <= 256
    palet = Image.new("P", (1, 1))
    palet.putpalette([v for w in warna for v in w])
    return palet


def png_pohon(letak: TataLetak) -> bytes:
    """The laid-out tree as PNG bytes (Pillow): boxes coloured by level, elbow connectors, wrapped text."""
    from PIL import Image, ImageDraw

    def px(nilai: float) -> int:
        return round(nilai * SKALA)

    gambar = Image.new("RGB", (px(letak.lebar + 2 * TEPI), px(letak.tinggi + 2 * TEPI)), "white")
    kanvas = ImageDraw.Draw(gambar)
    garis = max(1, px(0.6))

    def titik(x: float, y: float) -> tuple[int, int]:
        return px(x + TEPI), px(y + TEPI)

    for k in letak.kotak:
        if k.induk is None:
            continue
        induk = letak.kotak[k.induk]
        x0, x1 = induk.x + induk.lebar, k.x
        xm = (x0 + x1) / 2
        kanvas.line([titik(x0, induk.tengah_y), titik(xm, induk.tengah_y), titik(xm, k.tengah_y),
                     titik(x1, k.tengah_y)], fill=WARNA_GARIS, width=garis, joint="curve")
    for k in letak.kotak:
        kanvas.rectangle([titik(k.x, k.y), titik(k.x + k.lebar, k.y + k.tinggi)], fill=WARNA[k.simpul.tingkat],
                         outline=WARNA_KOTAK, width=garis)
        y = k.y + PADAT
        for teks, gaya in k.baris:
            ukuran = _UKURAN[gaya]
            if gaya == "judul":
                topeng, kiri, atas = _topeng_judul(teks)
                x0, y0 = titik(k.x + PADAT, y)
                gambar.paste(_WARNA_TEKS[gaya], (x0 + kiri, y0 + atas), topeng)
            else:
                kanvas.text(titik(k.x + PADAT, y), teks, font=_huruf(ukuran), fill=_WARNA_TEKS[gaya], anchor="la")
            y += ukuran * JARAK_BARIS
    buf = io.BytesIO()
    gambar.quantize(palette=_palet(), dither=Image.Dither.NONE).save(buf, format="PNG", compress_level=3)
    return buf.getvalue()


__all__ = [
    "IndikatorSimpul", "JUDUL_TINGKAT", "Kotak", "Simpul", "TINGKAT", "TataLetak", "Tingkat", "bungkus",
    "lebar_teks", "png_pohon", "tata_letak",
]
