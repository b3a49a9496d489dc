"""angka.anggaran, angka.belanja, angka.anggaran-sasaran, angka.efisiensi: ``anggaran.tertulis`` of lkj.yaml.

The figures are those the LKj Mumbulsari 2020 prints for its budget (tests/documents/test_lkj_anggaran.py
types its facts): most are right; its shares of the two belanja classes are swapped ("Belanja
Langsung sebesar 76,12% dan Belanja Tidak Langsung sebesar 23.88%") and its total realisasi of all
belanja (Rp 1.267.731.971,00, 75,69 %) is not the sum of its classes.
"""

from __future__ import annotations

import pytest

from tests.conftest import SalinanData
from tests.documents.test_lkj_anggaran import pakai_anggaran_2020
from tests.reviu.conftest import cocok, di, temuan

TERTULIS_2020 = """  tertulis:
    pagu: 400000000
    realisasi: 354478761
    persen: 88.62
    belanja:
      - {kelompok: Belanja Langsung, pagu: 400000000, proporsi: 76.12, realisasi: 354478761, persen: 88.62}
      - {kelompok: Belanja Tidak Langsung, proporsi: 23.88, realisasi: 889672130, persen: 69.79}
    jumlah_belanja: {pagu: 1674830966.58, realisasi: 1267731971, persen: 75.69}
    sasaran:
      - {sasaran: pelayanan, pagu: 210000000, proporsi: 52.50}
      - {sasaran: tata-kelola, pagu: 190000000, proporsi: 47.50}
"""
ATURAN = ("angka.anggaran", "angka.belanja", "angka.anggaran-sasaran", "angka.efisiensi")


def _temuan(salinan: SalinanData) -> list:
    return [t for t in temuan(salinan) if t.aturan in ATURAN]


@pytest.fixture
def salinan_2020(salinan_lkj: SalinanData) -> SalinanData:
    pakai_anggaran_2020(salinan_lkj, TERTULIS_2020)
    return salinan_lkj


def test_angka_laporan_2020(salinan_2020: SalinanData) -> None:
    daftar = _temuan(salinan_2020)
    assert [(t.aturan, t.lokasi.kolom if t.lokasi else None) for t in daftar] == [
        ("angka.belanja", "anggaran.tertulis.belanja[1].proporsi"),
        ("angka.belanja", "anggaran.tertulis.belanja[2].proporsi"),
        ("angka.belanja", "anggaran.tertulis.jumlah_belanja.persen"),
        ("angka.belanja", "anggaran.tertulis.jumlah_belanja.realisasi"),
    ]
    cocok(daftar[0], "angka.belanja", "galat",
          di(salinan_2020, "lkj.yaml", "{kelompok: Belanja Langsung,", "anggaran.tertulis.belanja[1].proporsi"),
          "proporsi kelompok 'Belanja Langsung' tertulis 76,12%, hasil hitung 23,88%")
    assert "proporsi kelompok 'Belanja Tidak Langsung' tertulis 23,88%, hasil hitung 76,12%" in daftar[1].pesan
    jumlah = salinan_2020.baris("lkj.yaml", "jumlah_belanja:")
    assert [t.lokasi.baris for t in daftar[2:] if t.lokasi] == [jumlah, jumlah]
    assert daftar[3].pesan == ("jumlah realisasi seluruh 2 kelompok belanja tertulis Rp 1.267.731.971,00, hasil hitung "
                               "Rp 1.244.150.891,00 (selisih Rp 23.581.080,00)")
    assert daftar[2].pesan == "persentase realisasi seluruh 2 kelompok belanja tertulis 75,69%, hasil hitung 74,29%"


def test_jumlah_anggaran(salinan_lkj: SalinanData) -> None:
    pakai_anggaran_2020(salinan_lkj, "  tertulis: {pagu: 410000000, sisa: 45521239, persen: 88.6}\n")
    daftar = _temuan(salinan_lkj)
    assert [t.pesan for t in daftar] == [
        "jumlah pagu seluruh 4 program tertulis Rp 410.000.000,00, hasil hitung Rp 400.000.000,00 (selisih "
        "Rp 10.000.000,00)",
    ]  # sisa 45.521.239 is right; 88,6 is 88,62 % at the one decimal written
    assert daftar[0].aturan == "angka.anggaran" and daftar[0].lokasi is not None
    assert daftar[0].lokasi.kolom == "anggaran.tertulis.pagu"


def test_anggaran_dan_efisiensi_per_sasaran(salinan_lkj: SalinanData) -> None:
    pakai_anggaran_2020(salinan_lkj, "  tertulis:\n    sasaran:\n"
                                     "      - {sasaran: 2, realisasi: 178564067, serapan: 85.03, keterangan: Efisien}\n"
                                     "      - {sasaran: 1, selisih: 5, keterangan: Efisien}\n"
                                     "      - {sasaran: sarpras, pagu: 1}\n")
    daftar = _temuan(salinan_lkj)
    assert [(t.aturan, t.lokasi.kolom if t.lokasi else None) for t in daftar] == [
        ("angka.efisiensi", "anggaran.tertulis.sasaran[2].selisih"),
        ("angka.anggaran-sasaran", "anggaran.tertulis.sasaran[3].sasaran"),
    ]
    # sasaran 1 (tata-kelola): capaian 100 %, serapan 175.914.694 / 190.000.000 = 92,59 %: selisih 7,41, efisien
    assert daftar[0].pesan == "selisih capaian dan serapan sasaran 1 tertulis 5 poin, hasil hitung 7,41 poin"
    assert daftar[1].pesan.startswith("sasaran 'sarpras' tidak ada di kinerja.yaml; yang ada: 'tata-kelola', ")


def test_keterangan_efisiensi(salinan_lkj: SalinanData) -> None:
    pakai_anggaran_2020(salinan_lkj, "  tertulis:\n    sasaran:\n      - {sasaran: 1, keterangan: Kurang efisien}\n")
    [t] = _temuan(salinan_lkj)
    assert (t.aturan, t.tingkat) == ("angka.efisiensi", "galat")
    assert t.pesan == ("keterangan efisiensi sasaran 1 tertulis 'Kurang efisien', tetapi rata-rata capaiannya dikurangi "
                       "serapan anggarannya 7,41 poin: 'Efisien'")


def test_contoh_tanpa_tertulis_tidak_diperiksa(salinan_lkj: SalinanData) -> None:
    assert _temuan(salinan_lkj) == []
