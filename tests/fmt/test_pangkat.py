"""Tests for doctools.fmt.pangkat (PP 99/2000 table)."""

from __future__ import annotations

import dataclasses

import pytest

from doctools.fmt.pangkat import (
    DAFTAR_PANGKAT,
    Pangkat,
    cari_pangkat,
    golongan_dari_pangkat,
    pangkat_dari_golongan,
)

TABEL = [
    ("I/a", "Juru Muda", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I", "Juru Muda Tk. I"),
    ("I/c", "Juru", "Juru"),
    ("I/d", "Juru Tingkat I", "Juru Tk. I"),
    ("II/a", "Pengatur Muda", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I", "Pengatur Muda Tk. I"),
    ("II/c", "Pengatur", "Pengatur"),
    ("II/d", "Pengatur Tingkat I", "Pengatur Tk. I"),
    ("III/a", "Penata Muda", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I", "Penata Muda Tk. I"),
    ("III/c", "Penata", "Penata"),
    ("III/d", "Penata Tingkat I", "Penata Tk. I"),
    ("IV/a", "Pembina", "Pembina"),
    ("IV/b", "Pembina Tingkat I", "Pembina Tk. I"),
    ("IV/c", "Pembina Utama Muda", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama", "Pembina Utama"),
]


def test_daftar_lengkap_dan_urut() -> None:
    assert [(p.golongan, p.nama) for p in DAFTAR_PANGKAT] == [(g, n) for g, n, _ in TABEL]
    assert len(DAFTAR_PANGKAT) == 17
    assert isinstance(DAFTAR_PANGKAT, tuple)


@pytest.mark.parametrize(("gol", "lengkap", "singkat"), TABEL)
def test_dua_arah(gol: str, lengkap: str, singkat: str) -> None:
    assert golongan_dari_pangkat(lengkap) == gol
    assert golongan_dari_pangkat(singkat) == gol
    assert golongan_dari_pangkat(lengkap.upper()) == gol
    assert golongan_dari_pangkat(singkat.upper()) == gol
    assert golongan_dari_pangkat(lengkap.lower()) == gol
    assert pangkat_dari_golongan(gol) == lengkap
    assert pangkat_dari_golongan(gol.replace("/", "")) == lengkap
    assert pangkat_dari_golongan(gol.lower()) == lengkap
    p = cari_pangkat(gol)
    assert p == Pangkat(lengkap, gol)
    assert p.lengkap == lengkap
    assert p.singkat == singkat
    assert cari_pangkat(f"{singkat} ({gol})") == p
    assert cari_pangkat(f"{lengkap} / {gol.replace('/', '')}") == p


@pytest.mark.parametrize(
    ("teks", "gol"),
    [
        ("Penata Tk. I", "III/d"),
        ("PENATA TK.I", "III/d"),
        ("PENATA TK. I", "III/d"),
        ("Penata Tingkat I", "III/d"),
        ("penata tingkat 1", "III/d"),
        ("Penata Tkt. I", "III/d"),
        ("Penata Tk I", "III/d"),
        ("Penata Tk.1", "III/d"),
        ("Pembina TK. I", "IV/b"),
        ("Pembina Tk.1", "IV/b"),
        ("Pembina Tk1", "IV/b"),
        ("Pembina TKI", "IV/b"),
        ("  Pembina   Tk.  I  ", "IV/b"),
        ("Penata Muda Tk.I", "III/b"),
        ("Juru Muda Tingkat 1", "I/b"),
        ("Pembina", "IV/a"),
        ("PEMBINA UTAMA MUDA", "IV/c"),
    ],
)
def test_ejaan_nama(teks: str, gol: str) -> None:
    assert cari_pangkat(teks).golongan == gol


@pytest.mark.parametrize(
    ("teks", "gol"),
    [
        ("III/d", "III/d"),
        ("IIId", "III/d"),
        ("III.d", "III/d"),
        ("III-d", "III/d"),
        ("3/d", "III/d"),
        ("3d", "III/d"),
        ("III d", "III/d"),
        ("iii/D", "III/d"),
        ("(III/d)", "III/d"),
        ("IV/b", "IV/b"),
        ("IVb", "IV/b"),
        ("4/b", "IV/b"),
        ("I/a", "I/a"),
        ("Ia", "I/a"),
        ("II/c", "II/c"),
        ("IV/e", "IV/e"),
    ],
)
def test_ejaan_golongan(teks: str, gol: str) -> None:
    assert cari_pangkat(teks).golongan == gol


@pytest.mark.parametrize(
    ("teks", "gol"),
    [
        ("Pembina TK. I / IVb", "IV/b"),
        ("Penata Tk. I (III/d)", "III/d"),
        ("Penata Tk. I, III/d", "III/d"),
        ("Penata Tk. I - III/d", "III/d"),
        ("Penata Tk.I/III.d", "III/d"),
        ("Penata Tingkat I III/d", "III/d"),
        ("PEMBINA TK.1 / IV.b", "IV/b"),
        ("Pembina Tk.I/IVb", "IV/b"),
        ("Penata (III/c)", "III/c"),
        ("Pembina Utama Muda (IV/c)", "IV/c"),
        ("Juru Muda Tk. I / I/b", "I/b"),
        ("Juru / Ic", "I/c"),
    ],
)
def test_nama_dan_golongan_bersama(teks: str, gol: str) -> None:
    assert cari_pangkat(teks).golongan == gol


def test_nama_dan_golongan_tidak_cocok() -> None:
    with pytest.raises(ValueError, match=r"Pembina Tingkat I bergolongan IV/b, bukan IV/c"):
        cari_pangkat("Pembina TK. I / IVc")
    with pytest.raises(ValueError, match=r"Penata Tingkat I bergolongan III/d, bukan III/c"):
        cari_pangkat("Penata Tk. I (III/c)")


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("Penata Tk II", r"tidak dikenal; mungkin maksudnya: .*Penata Tingkat I"),
        ("PENDA TK. I", r"mungkin maksudnya: Penata Tingkat I"),
        ("Pembna", r"mungkin maksudnya: Pembina"),
        ("Pengatur Mda", r"mungkin maksudnya: Pengatur Muda"),
        ("xyz", r"pangkat 'xyz' tidak dikenal"),
        ("", r"kosong"),
        ("   ", r"kosong"),
        ("III/e", r"golongan III/e tidak ada"),
        ("I/e", r"golongan I/e tidak ada"),
        ("V/a", r"tidak dikenal"),
        ("IX", r"PPPK tidak punya pangkat"),
        ("III", r"PPPK tidak punya pangkat"),
        ("Kolonel / IVb", r"pangkat 'Kolonel / IVb' tidak dikenal"),
    ],
)
def test_pangkat_salah(teks: str, pesan: str) -> None:
    with pytest.raises(ValueError, match=pesan):
        cari_pangkat(teks)


def test_pangkat_jenis_salah() -> None:
    with pytest.raises(TypeError):
        cari_pangkat(3)  # type: ignore[arg-type]


def test_format() -> None:
    p = cari_pangkat("Penata Tk. I")
    assert p.format("singkat") == "Penata Tk. I"
    assert p.format("lengkap") == "Penata Tingkat I"
    assert p.format("singkat-golongan") == "Penata Tk. I (III/d)"
    assert p.format("lengkap-golongan") == "Penata Tingkat I (III/d)"
    assert p.format("golongan") == "III/d"
    assert p.format() == "Penata Tingkat I"
    assert str(p) == "Penata Tingkat I (III/d)"
    assert cari_pangkat("IV/a").format("singkat-golongan") == "Pembina (IV/a)"


def test_format_gaya_salah() -> None:
    with pytest.raises(ValueError, match="singkat-golongan"):
        cari_pangkat("III/d").format("pendek")  # type: ignore[arg-type]


@pytest.mark.parametrize("p", DAFTAR_PANGKAT, ids=lambda p: p.golongan)
def test_setiap_gaya_bolak_balik(p: Pangkat) -> None:
    for gaya in ("singkat", "lengkap", "singkat-golongan", "lengkap-golongan", "golongan"):
        assert cari_pangkat(p.format(gaya)) == p
    assert cari_pangkat(p) is p


def test_pangkat_beku() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DAFTAR_PANGKAT[0].nama = "x"  # type: ignore[misc]
