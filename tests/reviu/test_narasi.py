"""narasi.*: percentages, amounts, years and names in the LKj's narratives against the computed year.

The texts are shaped like what a secretariat pastes: the LKj Mumbulsari 2020 opens with a
paragraph of its previous year ("Laporan Kinerja Kecamatan Mumbulsari tahun 2019 … Renstra …
Tahun 2016-2021"), an analysis quotes figures, a paragraph names the neighbours.
"""

from __future__ import annotations

from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, temuan

LATAR_2019 = """  latar_belakang: |
    Laporan Kinerja Kecamatan Mumbulsari disusun berpedoman pada Peraturan Menteri Pendayagunaan Aparatur
    Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.

    Laporan Kinerja Kecamatan Mumbulsari tahun 2019 merupakan laporan kinerja atas target kinerja yang
    tercantum dalam Dokumen Perubahan Rencana Strategis (Renstra) Kecamatan Mumbulsari Tahun 2016-2021
    dan dituangkan dalam Perjanjian Kinerja Kecamatan Mumbulsari Tahun 2019.
"""
ANALISIS_TRANTIB = """      Dari 45 laporan pelanggaran ketertiban umum yang masuk, 36 laporan (80%) diselesaikan pada tahun 2025."""
RUPIAH = """  ikhtisar: |
    Realisasi anggaran sebesar Rp 2.243.477.700 (97,12%) dari pagu Rp2,31 miliar. Program penunjang
    menyerap Rp 1.387.065.200,00 atau 97,59%; tahun lalu realisasinya Rp 1.674.830.966,58 atau 74,29 %.
"""


def _narasi(salinan: SalinanData, teks: str) -> None:
    salinan.ganti("lkj.yaml", "narasi:\n  kendala: |", f"narasi:\n{teks}  kendala: |")


def _dari(salinan: SalinanData, awalan: str = "narasi.") -> list:
    return [t for t in temuan(salinan) if t.aturan.startswith(awalan)]


def test_contoh_bersih(salinan_lkj: SalinanData) -> None:
    assert _dari(salinan_lkj) == []


def test_tahun_di_luar_periode(salinan_lkj: SalinanData) -> None:
    _narasi(salinan_lkj, LATAR_2019)
    daftar = _dari(salinan_lkj)
    assert [(t.aturan, t.lokasi.baris if t.lokasi else None) for t in daftar] == [
        ("narasi.tahun", salinan_lkj.baris("lkj.yaml", "Mumbulsari tahun 2019 merupakan")),
        ("narasi.tahun", salinan_lkj.baris("lkj.yaml", "Tahun 2016-2021")),
        ("narasi.tahun", salinan_lkj.baris("lkj.yaml", "Mumbulsari Tahun 2019.")),
    ]  # 2014 is a regulation's year; 2021 opens the Renstra period
    cocok(daftar[1], "narasi.tahun", "peringatan", daftar[1].lokasi,
          "narasi menyebut tahun 2016, di luar tahun laporan 2025 dan periode Renstra 2021–2026")
    assert daftar[0].lokasi is not None and daftar[0].lokasi.kolom == "narasi.latar_belakang"


def test_persen_yang_tidak_dihitung(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("lkj.yaml", ANALISIS_TRANTIB, ANALISIS_TRANTIB.replace(
        "36 laporan (80%) diselesaikan", "36 laporan (80%) diselesaikan, capaian 84,21 % terhadap target"))
    [t] = _dari(salinan_lkj)
    cocok(t, "narasi.persen", "peringatan", t.lokasi,
          "narasi menyebut 84,21 %, tetapi tidak ada angka yang dihitung laporan",
          "; angka laporan yang terdekat ")
    assert t.lokasi is not None and t.lokasi.baris == salinan_lkj.baris("lkj.yaml", "capaian 84,21 %")
    assert t.lokasi.kolom == "analisis[2].narasi"


def test_rupiah(salinan_lkj: SalinanData) -> None:
    _narasi(salinan_lkj, RUPIAH)
    daftar = _dari(salinan_lkj)
    assert [t.aturan for t in daftar] == ["narasi.persen", "narasi.rupiah"]
    # the total, its percentage, the PK's Jumlah in miliar and a program's realisasi and serapan stand;
    # last year's report's figures do not
    assert daftar[0].pesan.startswith("narasi menyebut 74,29 %,")
    assert daftar[1].pesan.startswith("narasi menyebut Rp 1.674.830.966,58, tetapi tidak ada pagu, realisasi, sisa "
                                      "atau anggaran yang dihitung laporan sebesar itu")
    baris = salinan_lkj.baris("lkj.yaml", "tahun lalu realisasinya")
    assert [t.lokasi.baris for t in daftar if t.lokasi] == [baris, baris]


def test_nama_kecamatan_lain(salinan_lkj: SalinanData) -> None:
    _narasi(salinan_lkj, "  ikhtisar: |\n    Wilayah Kecamatan Mumbulsari berbatasan dengan Tempurejo di timur dan "
                         "Kecamatan Jenggawah di barat.\n\n    Jombang, Panti dan Puger tidak disebut.\n")
    daftar = [t for t in temuan(salinan_lkj) if t.aturan in ("narasi.kecamatan-lain", "orang.nama-kecamatan-lain")]
    pesan = sorted((t.aturan, t.pesan.split(",")[0]) for t in daftar)
    assert pesan == [
        ("narasi.kecamatan-lain", 'narasi menyebut "Jombang"'),
        ("narasi.kecamatan-lain", 'narasi menyebut "Panti"'),
        ("narasi.kecamatan-lain", 'narasi menyebut "Puger"'),
        ("narasi.kecamatan-lain", 'narasi menyebut "Tempurejo"'),
        ("orang.nama-kecamatan-lain", 'teks menyebut "Kecamatan Jenggawah" (kecamatan lain di Kabupaten Jember)'),
    ]  # "Kecamatan Jenggawah" once, by the rule that reads every file; its own name never
    [tempurejo] = [t for t in daftar if "Tempurejo" in t.pesan]
    assert tempurejo.lokasi is not None and tempurejo.lokasi.baris == salinan_lkj.baris("lkj.yaml", "dengan Tempurejo")
    assert "ganti dengan \"Mumbulsari\"" in tempurejo.pesan


def test_narasi_pengganti_juga_diperiksa(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("lkj.yaml", "  - sasaran: trantib\n    narasi: |", "  - sasaran: trantib\n    ganti: |")
    salinan_lkj.ganti("lkj.yaml", ANALISIS_TRANTIB, ANALISIS_TRANTIB.replace("tahun 2025", "tahun 2018"))
    [t] = _dari(salinan_lkj)
    assert t.aturan == "narasi.tahun" and t.lokasi is not None and t.lokasi.kolom == "analisis[2].ganti"
