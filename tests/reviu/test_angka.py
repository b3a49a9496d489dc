"""angka.*: values copied from another document (``tertulis:``) against the computed ones."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from doctools.cli import main
from doctools.reviu.nilai import desimal_tertulis, sama_pada_ketelitian
from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, di, satu, temuan

PK = "perjanjian-kinerja.yaml"

UJI = """  - id: uji
    uraian: Sasaran uji reviu
    indikator:
      - nama: Indikator uji
        satuan: "%"
        iku: false
        target: {2025: 80, 2026: 90}
        realisasi: {2025: 78}
"""


def tambah_indikator(salinan: SalinanData, tertulis: str) -> None:
    """Append a sasaran whose indicator (target 80, realisasi 78: capaian 97,5 %) declares ``tertulis``."""
    teks = salinan.baca("kinerja.yaml").rstrip("\n") + "\n"
    salinan.tulis("kinerja.yaml", teks + UJI + f"        tertulis: {tertulis}\n")


KOLOM_UJI = "sasaran[6].indikator[1].tertulis"


@pytest.mark.parametrize(("tertulis", "desimal", "benar"), [
    ("97.47", 2, False), ("97.50", 2, True), ("97.5", 1, True), ("98", 0, True), ("97", 0, False),
    ("97.499", 2, True),
])
def test_ketelitian_tertulis(tertulis: str, desimal: int, benar: bool) -> None:
    nilai = Decimal(tertulis)
    assert desimal_tertulis(nilai) == desimal
    assert sama_pada_ketelitian(nilai, Decimal("97.5")) is benar


def test_jumlah_pk(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  tempat: Jember\n", "  tempat: Jember\n  tertulis: {jumlah: 2300000000}\n")
    cocok(satu(salinan), "angka.jumlah-pk", "galat", di(salinan, PK, "tertulis: {jumlah", "camat.tertulis.jumlah"),
          "jumlah anggaran perjanjian kinerja Camat tertulis Rp 2.300.000.000,00",
          "jumlah 4 rinciannya Rp 2.310.037.500,00", "selisih Rp 10.037.500,00")


def test_jumlah_pk_benar_tidak_ditemukan(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  tempat: Jember\n", "  tempat: Jember\n  tertulis: {jumlah: 2310037500}\n")
    assert temuan(salinan) == []


def test_terbilang_pk(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  - pejabat: kasi-pmks\n",
                  "  - pejabat: kasi-pmks\n    tertulis:\n      jumlah: 97250000\n"
                  "      terbilang: sembilan puluh tujuh juta dua ratus ribu rupiah\n")
    cocok(satu(salinan), "angka.terbilang-pk", "galat",
          di(salinan, PK, "terbilang: sembilan", "pejabat[3].tertulis.terbilang"),
          "perjanjian kinerja pejabat 'kasi-pmks'", "\"sembilan puluh tujuh juta dua ratus ribu rupiah\"",
          "Rp 97.250.000,00 terbilang \"sembilan puluh tujuh juta dua ratus lima puluh ribu rupiah\"")


def test_terbilang_pk_ejaan_lain_diterima(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  tempat: Jember\n",
                  "  tempat: Jember\n  tertulis: {terbilang: 'Dua Milyar Tiga Ratus Sepuluh Juta Tiga Puluh Tujuh "
                  "Ribu Lima Ratus'}\n")
    assert temuan(salinan) == []


def test_capaian(salinan: SalinanData) -> None:
    tambah_indikator(salinan, "{capaian: {2025: 97}}")
    cocok(satu(salinan), "angka.capaian", "galat", di(salinan, "kinerja.yaml", "tertulis:", f"{KOLOM_UJI}.capaian.2025"),
          "capaian tahun 2025 indikator 'Indikator uji' tertulis 97%, hasil hitung 97,50%",
          "(realisasi 78 terhadap target 80, polaritas positif)")


def test_capaian_benar_pada_ketelitian_tertulis(salinan: SalinanData) -> None:
    tambah_indikator(salinan, "{capaian: {2025: 97.5}, predikat: {2025: Sangat Tinggi}}")
    assert temuan(salinan) == []


def test_tingkat_kemajuan(salinan: SalinanData) -> None:
    tambah_indikator(salinan, "{tingkat_kemajuan: {2025: 90}}")
    cocok(satu(salinan), "angka.tingkat-kemajuan", "galat",
          di(salinan, "kinerja.yaml", "tertulis:", f"{KOLOM_UJI}.tingkat_kemajuan.2025"),
          "tingkat kemajuan tahun 2025 indikator 'Indikator uji' tertulis 90%, hasil hitung 86,67%",
          "(realisasi 78 terhadap target 90")


def test_predikat(salinan: SalinanData) -> None:
    tambah_indikator(salinan, "{predikat: {2025: Sedang}}")
    cocok(satu(salinan), "angka.predikat", "galat", di(salinan, "kinerja.yaml", "tertulis:", f"{KOLOM_UJI}.predikat.2025"),
          "predikat tahun 2025 indikator 'Indikator uji' tertulis 'Sedang', tetapi capaian 97,50%",
          "menurut Kriteria tingkat capaian kinerja (Permendagri 86/2017) berpredikat 'Sangat Tinggi'")


def test_predikat_dari_capaian_tertulis_bila_realisasi_tidak_ada(salinan: SalinanData) -> None:
    # an old report's capaian and predikat, without realisasi: the predikat is read from the capaian
    tambah_indikator(salinan, "{capaian: {2026: 70}, predikat: {2026: Sangat Tinggi}}")
    daftar = temuan(salinan)
    assert [t.aturan for t in daftar] == ["angka.tanpa-dasar", "angka.predikat"]
    assert "capaian 70,00% menurut Kriteria tingkat capaian kinerja (Permendagri 86/2017) berpredikat 'Sedang'" \
        in daftar[1].pesan


def test_predikat_skala_dikenali_dari_labelnya(salinan: SalinanData) -> None:
    # "Baik" is a label of the Jember (Mumbulsari LKj) scale only: 97,5 % is Baik there
    tambah_indikator(salinan, "{predikat: {2025: Baik}}")
    assert temuan(salinan) == []


def test_predikat_tak_dikenal(salinan: SalinanData) -> None:
    tambah_indikator(salinan, "{predikat: {2025: Luar Biasa}}")
    cocok(satu(salinan), "angka.predikat-tak-dikenal", "peringatan",
          di(salinan, "kinerja.yaml", "tertulis:", f"{KOLOM_UJI}.predikat.2025"),
          "predikat 'Luar Biasa' tidak ada pada skala predikat mana pun", "Sangat Tinggi")


def test_tanpa_dasar(salinan: SalinanData) -> None:
    tambah_indikator(salinan, "{capaian: {2026: 95}}")
    cocok(satu(salinan), "angka.tanpa-dasar", "peringatan",
          di(salinan, "kinerja.yaml", "tertulis:", f"{KOLOM_UJI}.capaian.2026"),
          "capaian tahun 2026 indikator 'Indikator uji' tertulis 95% tetapi tidak dapat dihitung: "
          "realisasi tahun 2026 belum diisi")


def test_predikat_memakai_skala_lkj(salinan_lkj: SalinanData) -> None:
    # with an LKj, its pengukuran.skala_predikat decides: "Baik" is not a Permendagri 86/2017 label
    tambah_indikator(salinan_lkj, "{predikat: {2025: Baik}}")
    cocok(satu(salinan_lkj), "angka.predikat", "galat",
          di(salinan_lkj, "kinerja.yaml", "tertulis:", f"{KOLOM_UJI}.predikat.2025"),
          "tertulis 'Baik'", "(Permendagri 86/2017) berpredikat 'Sangat Tinggi'")


NEGATIF = """  - id: uji-negatif
    uraian: Sasaran uji rumus negatif
    indikator:
      - nama: Indikator uji negatif
        satuan: kasus
        iku: false
        polaritas: negatif
        target: {2025: 10, 2026: 8}
        realisasi: {2025: 12}
        tertulis: {capaian: {2025: 83.33}}
"""


def test_capaian_negatif_memakai_rumus_pengaturan_tanpa_lkj(salinan: SalinanData, tmp_path: Path) -> None:
    # instansi.yaml chooses the ratio formula and there is no lkj.yaml: 10/12 × 100 = 83,33 % is right,
    # and the build writes the documents (the reviu once fell back to the difference formula: 80 %)
    salinan.ganti("instansi.yaml", "rumus_negatif: selisih", "rumus_negatif: rasio")
    salinan.tulis("kinerja.yaml", salinan.baca("kinerja.yaml").rstrip("\n") + "\n" + NEGATIF)
    assert temuan(salinan) == []
    hasil = CliRunner().invoke(main, ["build", str(salinan.folder), "-o", str(tmp_path / "keluar")])
    assert hasil.exit_code == 0, hasil.output
    assert (tmp_path / "keluar" / salinan.folder.name / "keputusan-iku-2025.docx").is_file()


def test_capaian_negatif_salah_menurut_rumus_pengaturan(salinan: SalinanData) -> None:
    # the same declared 83,33 % under the difference formula of the settings: (2 × 10 − 12)/10 = 80 %
    salinan.tulis("kinerja.yaml", salinan.baca("kinerja.yaml").rstrip("\n") + "\n" + NEGATIF)
    cocok(satu(salinan), "angka.capaian", "galat",
          di(salinan, "kinerja.yaml", "tertulis: {capaian: {2025: 83.33}}", "sasaran[6].indikator[1].tertulis.capaian.2025"),
          "tertulis 83,33%, hasil hitung 80,00%", "polaritas negatif")
