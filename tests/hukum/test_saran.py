"""doctools.hukum.saran: catalog entries offered for a citation that resolved to nothing."""

from __future__ import annotations

from doctools.hukum import Katalog
from doctools.hukum.saran import gabung_saran, pendek, saran_kunci, saran_struktur, sebut_saran, tebak_dari_teks


def test_kunci_dengan_tahun_keliru_menyarankan_tahun_lain_lebih_dulu(bawaan: Katalog) -> None:
    assert saran_kunci("permenpanrb-53-2015", bawaan)[0].kunci == "permenpanrb-53-2014"


def test_nomor_dan_tahun_dari_teks_bebas(bawaan: Katalog) -> None:
    tebakan = tebak_dari_teks("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", bawaan)
    assert "uu-23-2014" in [p.kunci for p in tebakan]
    assert tebak_dari_teks("tanpa nomor", bawaan) == []


def test_struktur_sejenis_bernomor_sama_di_tahun_lain(bawaan: Katalog) -> None:
    saran = saran_struktur("uu", "23", 2015, bawaan)
    assert saran[0].kunci == "uu-23-2014"
    assert len(saran) <= 3


def test_teks_saran_dan_pemendekan(bawaan: Katalog) -> None:
    uu = bawaan.ambil("uu-23-2014")
    assert sebut_saran([uu]).startswith("'uu-23-2014' (Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
    assert pendek("a  b   c") == "a b c"
    assert pendek("x" * 70, 10) == "x" * 9 + "…"
    assert gabung_saran([uu, uu], [uu], n=3) == [uu]
