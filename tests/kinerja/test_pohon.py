"""The pohon kinerja's layout and picture: columns by level, parents centred, no overlap, same bytes."""

from __future__ import annotations

import io
from decimal import Decimal as D

from PIL import Image, ImageColor

from doctools.kinerja.pohon import (
    _WARNA_TEKS,
    SKALA,
    TEPI,
    WARNA,
    IndikatorSimpul,
    Simpul,
    bungkus,
    lebar_teks,
    png_pohon,
    tata_letak,
)


def _kegiatan(n: int) -> Simpul:
    return Simpul("kegiatan", f"Kegiatan {n} dengan uraian yang cukup panjang sehingga dibungkus menjadi beberapa baris",
                  (IndikatorSimpul("Jumlah dokumen yang tersusun", D(4), "dokumen"),), pelaksana="Sekretaris Kecamatan")


def _pohon() -> Simpul:
    program = tuple(Simpul("program", f"Program {i}", (IndikatorSimpul("Persentase layanan", D(100), "%"),),
                           tuple(_kegiatan(j) for j in range(i + 1))) for i in range(3))
    sasaran = Simpul("sasaran", "Meningkatnya kualitas pelayanan publik", (IndikatorSimpul("IKM", D("82.5"), "indeks"),),
                     program)
    return Simpul("tujuan", "Meningkatkan kualitas penyelenggaraan pemerintahan", (), (sasaran, Simpul("sasaran", "Lain")))


def test_target_ditulis_dengan_satuannya() -> None:
    assert IndikatorSimpul("a", D("82.5"), "indeks").target_teks == "82,5 indeks"
    assert IndikatorSimpul("a", D(100), "%").target_teks == "100%"
    assert IndikatorSimpul("a", "B", None).target_teks == "B"
    assert IndikatorSimpul("a").target_teks == "-"


def test_bungkus_sesuai_lebar() -> None:
    teks = "Meningkatnya kualitas pengelolaan keuangan dan kinerja perangkat daerah yang profesional"
    baris = bungkus(teks, 100, 6.5)
    assert " ".join(baris) == teks and len(baris) > 1
    assert all(lebar_teks(b, 6.5) <= 100 for b in baris)


def test_tata_letak_kolom_per_tingkat_dan_induk_di_tengah() -> None:
    letak = tata_letak([_pohon()], 600)
    assert letak.kolom == ("tujuan", "sasaran", "program", "kegiatan")
    for k in letak.kotak:
        assert k.kolom == letak.kolom.index(k.simpul.tingkat)
        assert k.x + k.lebar <= 600 + 1e-6
        anak = [a for a in letak.kotak if a.induk is not None and letak.kotak[a.induk] is k]
        assert len(anak) == len(k.simpul.anak)
        if len(anak) > 1:
            tengah = (anak[0].tengah_y + anak[-1].tengah_y) / 2
            assert abs(k.tengah_y - tengah) < 1e-6 or k.y == min(a.y for a in anak)
    # boxes of one column never overlap, and keep the tree's order top to bottom
    for kolom in range(4):
        di_kolom = [k for k in letak.kotak if k.kolom == kolom]
        for atas, bawah in zip(di_kolom, di_kolom[1:]):
            assert atas.y + atas.tinggi <= bawah.y
    assert letak.tinggi >= max(k.y + k.tinggi for k in letak.kotak)


def test_teks_kotak_memuat_uraian_indikator_dan_pelaksana() -> None:
    letak = tata_letak([_pohon()], 600)
    kegiatan = next(k for k in letak.kotak if k.simpul.tingkat == "kegiatan")
    teks = " ".join(t for t, _ in kegiatan.baris)
    assert teks.startswith("KEGIATAN Kegiatan 0 dengan uraian")
    assert "Indikator: Jumlah dokumen yang tersusun (target 4 dokumen)" in teks
    assert teks.endswith("Pelaksana: Sekretaris Kecamatan")


def test_pangkas_sampai_program() -> None:
    pendek = _pohon().pangkas("program")
    assert {s.tingkat for s in pendek.telusuri()} == {"tujuan", "sasaran", "program"}
    assert tata_letak([pendek]).kolom == ("tujuan", "sasaran", "program")


def test_png_sah_dan_selalu_sama() -> None:
    letak = tata_letak([_pohon()], 600)
    png = png_pohon(letak)
    assert png == png_pohon(tata_letak([_pohon()], 600))
    gambar = Image.open(io.BytesIO(png))
    assert gambar.format == "PNG"
    lebar, tinggi = gambar.size
    assert abs(lebar / tinggi - (letak.lebar + 8) / (letak.tinggi + 8)) < 0.01


def test_png_berpalet_dengan_warna_tingkat_yang_tepat() -> None:
    """Saved as an 8-bit palette: each box keeps its level's exact fill, its text stays dark and smooth."""
    letak = tata_letak([_pohon()], 600)
    gambar = Image.open(io.BytesIO(png_pohon(letak)))
    assert gambar.mode == "P"
    rgb = gambar.convert("RGB")

    def px(x: float, y: float) -> tuple[int, int]:
        return round((x + TEPI) * SKALA), round((y + TEPI) * SKALA)

    for k in letak.kotak:
        isi = ImageColor.getrgb(WARNA[k.simpul.tingkat])
        assert rgb.getpixel(px(k.x + k.lebar - 1.5, k.y + k.tinggi - 1.5)) == isi  # the fill, off the text
        teks = rgb.crop((*px(k.x + 1.5, k.y + 1.5), *px(k.x + k.lebar - 1.5, k.y + k.tinggi - 1.5)))
        warna = {w for _, w in teks.getcolors(4096) or []}
        assert ImageColor.getrgb(_WARNA_TEKS["uraian"]) in warna  # the uraian's black strokes
        assert len(warna) > 8  # smoothed edges between the text and the fill, not a two-colour bitmap


def test_judul_tingkat_ditempel_sama_dengan_digambar() -> None:
    """A level's heading pasted from its mask drawn once gives the pixels of drawing the outlined text."""
    from PIL import ImageDraw

    from doctools.kinerja.pohon import JUDUL_TINGKAT, UKURAN_JUDUL, _huruf, _topeng_judul

    warna = _WARNA_TEKS["judul"]
    for isi in WARNA.values():
        for teks in JUDUL_TINGKAT.values():
            digambar = Image.new("RGB", (160, 40), isi)
            ImageDraw.Draw(digambar).text((7, 9), teks, font=_huruf(UKURAN_JUDUL), fill=warna, anchor="la",
                                          stroke_width=1, stroke_fill=warna)
            ditempel = Image.new("RGB", (160, 40), isi)
            topeng, kiri, atas = _topeng_judul(teks)
            ditempel.paste(warna, (7 + kiri, 9 + atas), topeng)
            assert ditempel.tobytes() == digambar.tobytes(), (teks, isi)
            assert ditempel.getcolors(4096) and len(ditempel.getcolors(4096) or []) > 2  # the heading is there
