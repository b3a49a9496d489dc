"""The reviu of a revised PK target (``target_pk``) and of mutu-letter targets.

The example's trantib indicator: Renstra 95 for 2025, PK 90, realisasi 80. A revised target is
information, not an error; what an older LKj printed (``tertulis``) must be the PK's figure.
"""

from __future__ import annotations

from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, di, info, satu, temuan

TRANTIB = "Persentase penyelesaian laporan pelanggaran ketertiban umum dan ketenteraman masyarakat"
TARGET_PK = "target_pk: {2025: 90}"


def _tertulis(salinan: SalinanData, tertulis: str) -> None:
    salinan.ganti("kinerja.yaml", TARGET_PK, f"{TARGET_PK}\n        tertulis: {tertulis}")


def test_target_pk_berbeda_adalah_info(salinan: SalinanData) -> None:
    assert temuan(salinan) == []  # no galat, no peringatan
    [t] = [t for t in info(salinan) if t.aturan == "silang.target-pk-renstra"]
    baris_renstra = salinan.baris("kinerja.yaml", "target: {2021: 85, 2022: 87")
    cocok(t, "silang.target-pk-renstra", "info",
          di(salinan, "kinerja.yaml", TARGET_PK, "sasaran[4].indikator[1].target_pk.2025"),
          f"target Perjanjian Kinerja tahun 2025 indikator '{TRANTIB}' 90, target Renstra tahun itu 95 "
          f"({salinan.path('kinerja.yaml')}:{baris_renstra})",
          "capaian Laporan Kinerja memakai 90, matriks Renstra mencetak target Renstra")


def test_target_pk_sama_dengan_renstra(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", TARGET_PK, "target_pk: {2025: 95}")
    [t] = [t for t in info(salinan) if t.aturan == "silang.target-pk-renstra"]
    assert "sama dengan target Renstra tahun itu" in t.pesan and "target_pk dapat dihapus" in t.pesan


def test_laporan_lama_memakai_target_renstra(salinan: SalinanData) -> None:
    _tertulis(salinan, "{target: {2025: 95}}")
    baris_pk = salinan.baris("kinerja.yaml", TARGET_PK)
    cocok(satu(salinan), "angka.target", "galat",
          di(salinan, "kinerja.yaml", "tertulis: {target", "sasaran[4].indikator[1].tertulis.target.2025"),
          f"target tahun 2025 indikator '{TRANTIB}' tertulis 95, tetapi target Perjanjian Kinerja tahun itu 90 "
          f"(baris {baris_pk}); 95 adalah target Renstra, padahal capaian Laporan Kinerja diukur terhadap target "
          "Perjanjian Kinerja (target_pk)")


def test_target_pk_tertulis_benar(salinan: SalinanData) -> None:
    _tertulis(salinan, "{target: {2025: 90}, capaian: {2025: 88.89}}")
    assert temuan(salinan) == []


def test_capaian_lama_terhadap_target_renstra(salinan: SalinanData) -> None:
    _tertulis(salinan, "{capaian: {2025: 84.21}}")  # 80 / 95: the Renstra's target
    cocok(satu(salinan), "angka.capaian", "galat",
          di(salinan, "kinerja.yaml", "tertulis: {capaian", "sasaran[4].indikator[1].tertulis.capaian.2025"),
          "tertulis 84,21%, hasil hitung 88,89% (realisasi 80 terhadap target 90, polaritas positif); 84,21 adalah "
          "capaian terhadap target Renstra 95, padahal Laporan Kinerja mengukur terhadap target Perjanjian Kinerja 90")


def test_rencana_aksi_terhadap_target_pk(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "target: [90, 90, 90, 90]", "target: [95, 95, 95, 95]")
    [t] = [t for t in temuan(salinan_lkj) if t.aturan == "aksi.target-akhir"]
    baris_pk = salinan_lkj.baris("kinerja.yaml", TARGET_PK)
    assert "target triwulan IV dalam Rencana Aksi 95" in t.pesan
    assert f"kinerja.yaml:{baris_pk}) 90; samakan keduanya" in t.pesan


def test_target_huruf_dan_realisasi_angka_di_baris_realisasi(salinan_lkj: SalinanData) -> None:
    """A mutu letter as target and a bare score as realisasi: the galat is at the realisasi's own line."""
    salinan_lkj.ganti("kinerja.yaml", 'realisasi: {2023: "B (65,42)", 2024: "B (67,8)", 2025: "B (68,12)"}',
                      "realisasi: {2023: 65.42, 2024: 67.8, 2025: 68.12}")
    salinan_lkj.ganti("kinerja.yaml", '2025: "BB (70,5)", 2026: "BB (72)"}', "2025: BB, 2026: BB}")
    baris_target = salinan_lkj.baris("kinerja.yaml", "2025: BB, 2026: BB}")
    [t] = [t for t in temuan(salinan_lkj) if t.lokasi and t.lokasi.berkas == str(salinan_lkj.path("kinerja.yaml"))]
    cocok(t, "dokumen.susun", "galat",
          di(salinan_lkj, "kinerja.yaml", "realisasi: {2023: 65.42, 2024: 67.8", "sasaran[5].indikator[1].realisasi.2025"),
          f"target tahun 2025 indikator 'Nilai SAKIP Perangkat Daerah' berupa label 'BB' (baris {baris_target}), "
          "tetapi realisasi tahun 2025 berupa angka '68,12'", "mis. 'B (80)'")
