"""orang.* on signers and signing dates: the official in office on the date, Plt./Plh., dates left to the hand."""

from __future__ import annotations

from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, di, info, satu, temuan

PK = "perjanjian-kinerja.yaml"
IKU = "keputusan-iku.yaml"
CAMAT_LAMA = """\
  - id: camat-lama
    nama: Drs. HERU PRASETYO, M.M.
    nip: "19680310 199003 1 007"
    pangkat: Pembina Tingkat I
    jabatan: Camat Mumbulsari
    sampai: 2025-03-31
"""


def _camat_berganti(salinan: SalinanData) -> None:
    """The Camat of instansi.yaml took office in April; his predecessor left at the end of March."""
    salinan.ganti("instansi.yaml", "pejabat:\n  - id: sekretaris", "pejabat:\n" + CAMAT_LAMA + "  - id: sekretaris")
    salinan.ganti("instansi.yaml", "  pangkat: Pembina Tingkat I       # atau golongan: IV/b",
                  "  pangkat: Pembina Tingkat I\n  sejak: 2025-04-01")


def test_pk_ditandatangani_sebelum_camat_menjabat(salinan: SalinanData) -> None:
    """A PK signed in January, left to the Camat who took office in April: names the Camat then in office."""
    _camat_berganti(salinan)
    salinan.ganti(IKU, "tanggal: 2025-01-06", "penanda_tangan: camat-lama\ntanggal: 2025-01-06")
    salinan.ganti("keputusan-iki.yaml", "\ntanggal: ", "\npenanda_tangan: camat-lama\ntanggal: ")
    cocok(satu(salinan), "orang.masa-jabatan", "peringatan", di(salinan, PK, "tanggal: 2025-01-06", "tanggal"),
          "Perjanjian Kinerja Camat Mumbulsari bertanggal 6 Januari 2025 ditandatangani Drs. BAMBANG SETIAWAN, M.Si. "
          "(Camat Mumbulsari), yang menjabat sejak 1 April 2025 — tulis penanda_tangan: camat-lama di "
          "perjanjian-kinerja.yaml (Camat yang menjabat saat itu)")


def test_pk_ditandatangani_camat_saat_itu(salinan: SalinanData) -> None:
    _camat_berganti(salinan)
    salinan.ganti(PK, "tahun: 2025\n", "tahun: 2025\npenanda_tangan: camat-lama\n")
    salinan.ganti(IKU, "tanggal: 2025-01-06", "penanda_tangan: camat-lama\ntanggal: 2025-01-06")
    salinan.ganti("keputusan-iki.yaml", "\ntanggal: ", "\npenanda_tangan: camat-lama\ntanggal: ")
    assert temuan(salinan) == []


def test_penanda_tangan_setelah_masa_jabatannya(salinan: SalinanData) -> None:
    """The predecessor named for a decree dated after he left office."""
    _camat_berganti(salinan)
    salinan.ganti(PK, "tahun: 2025\n", "tahun: 2025\npenanda_tangan: camat-lama\n")
    salinan.ganti("keputusan-iki.yaml", "\ntanggal: ", "\npenanda_tangan: camat-lama\ntanggal: ")
    salinan.ganti(IKU, "tanggal: 2025-01-06", "penanda_tangan: camat-lama\ntanggal: 2025-05")
    cocok(satu(salinan), "orang.masa-jabatan", "peringatan", di(salinan, IKU, "penanda_tangan:", "penanda_tangan"),
          "Keputusan IKU bertanggal Mei 2025 ditandatangani Drs. HERU PRASETYO, M.M. (Camat Mumbulsari), yang "
          "menjabat sampai 31 Maret 2025 — tulis penanda_tangan: camat di keputusan-iku.yaml")


def test_pejabat_lain_tanpa_status(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "tanggal: 2025-01-06", "penanda_tangan: sekretaris\ntanggal: 2025-01-06")
    cocok(satu(salinan), "orang.status-penanda-tangan", "peringatan",
          di(salinan, IKU, "penanda_tangan:", "penanda_tangan"),
          "Keputusan IKU ditandatangani Dra. SITI AMINAH, M.Si. sebagai Camat Mumbulsari, padahal jabatannya "
          "Sekretaris Kecamatan: tulis status: plh (Pelaksana Harian")
    salinan.ganti(IKU, "penanda_tangan: sekretaris", "penanda_tangan: {pejabat: sekretaris, status: plh}")
    assert temuan(salinan) == []


def test_tanggal_tanpa_hari_dan_kosong_sebagai_info(salinan: SalinanData) -> None:
    """A date left to the hand is information, never a galat nor a peringatan."""
    salinan.ganti(IKU, "tanggal: 2025-01-06", "tanggal: 2025-01")
    salinan.ganti(PK, "tanggal: 2025-01-06             # tanggal penandatanganan (TTTT-BB-HH)\n", "")
    assert temuan(salinan) == []
    ttd = {t.aturan: t for t in info(salinan) if t.aturan in ("orang.tanggal-tanpa-hari", "orang.tanggal-kosong")}
    cocok(ttd["orang.tanggal-tanpa-hari"], "orang.tanggal-tanpa-hari", "info", di(salinan, IKU, "tanggal:", "tanggal"),
          "Keputusan IKU bertanggal Januari 2025 tanpa hari: dicetak dengan ruang untuk hari yang ditulis tangan")
    t = ttd["orang.tanggal-kosong"]
    assert (t.lokasi.berkas, t.lokasi.kolom) == (str(salinan.path(PK)), "tanggal")
    assert t.pesan.startswith("Perjanjian Kinerja tanpa tanggal penandatanganan: dicetak dengan ruang kosong")


def test_pk_tanpa_hari_terlambat(salinan: SalinanData) -> None:
    """A month without its day is late only when its first day is."""
    salinan.ganti(PK, "tanggal: 2025-01-06 ", "tanggal: 2025-01 ")
    assert temuan(salinan) == []
    salinan.ganti(PK, "tanggal: 2025-01 ", "tanggal: 2025-03 ")
    cocok(satu(salinan), "orang.tanggal-pk-terlambat", "peringatan", di(salinan, PK, "tanggal: 2025-03", "tanggal"),
          "Perjanjian Kinerja tahun 2025 ditandatangani Maret 2025, paling sedikit 59 hari setelah tahun itu dimulai")
