"""silang.*: the IKU, the PK of every level and the LKj agree."""

from __future__ import annotations

from decimal import Decimal

from doctools.errors import Lokasi
from doctools.reviu.nilai import normal_nama, sama_nilai
from tests.conftest import SalinanData
from tests.lembar import baris_kode
from tests.reviu.conftest import baris_setelah, cocok, di, satu, temuan

PK = "perjanjian-kinerja.yaml"
LAPORAN = """          - nama: Persentase laporan keuangan yang disampaikan tepat waktu
            target: 100
            satuan: "%"
"""


def test_pembanding_nama_dan_nilai() -> None:
    assert normal_nama("  Indeks  Kepuasan Masyarakat. ") == "indeks kepuasan masyarakat"
    assert sama_nilai(Decimal("82.5"), Decimal("82.50"))
    assert sama_nilai("b", "B")
    assert not sama_nilai(Decimal("82.5"), "82.5")
    assert not sama_nilai(Decimal(90), Decimal(95))


def test_iku_tanpa_pk(salinan: SalinanData) -> None:
    salinan.ganti(PK, "trantib, akuntabilitas]", "trantib, {sasaran: akuntabilitas, indikator: [1]}]")
    cocok(satu(salinan), "silang.iku-tanpa-pk", "peringatan", di(salinan, PK, "  sasaran: [", "camat.sasaran"),
          "indikator kinerja utama 'Persentase indikator program yang tercapai' (sasaran id 'akuntabilitas', "
          "target 2025: 90) tidak dimuat dalam Perjanjian Kinerja Camat tahun 2025", "iku: false")


def test_bukan_iku_boleh_tidak_dimuat(salinan: SalinanData) -> None:
    salinan.ganti(PK, "trantib, akuntabilitas]", "trantib, {sasaran: akuntabilitas, indikator: [1]}]")
    salinan.ganti("kinerja.yaml", "      - nama: Persentase indikator program yang tercapai\n",
                  "      - nama: Persentase indikator program yang tercapai\n        iku: false\n")
    assert temuan(salinan) == []


def test_target_pk_iku(salinan: SalinanData) -> None:
    salinan.ganti(PK, LAPORAN, LAPORAN.replace("Persentase laporan keuangan yang disampaikan tepat waktu",
                                               "Persentase indikator program yang tercapai"))
    baris_iku = baris_setelah(salinan, "kinerja.yaml", "- nama: Persentase indikator program yang tercapai",
                              "target:")
    baris_pk = salinan.baris(PK, "- nama: Persentase indikator program yang tercapai") + 1
    cocok(satu(salinan), "silang.target-pk-iku", "galat",
          Lokasi(str(salinan.path(PK)), baris_pk, "pejabat[1].sasaran[1].indikator[2].target"),
          "target indikator 'Persentase indikator program yang tercapai' tertulis 100",
          f"kinerja.yaml:{baris_iku}) bertarget 90 untuk tahun 2025; samakan keduanya")


def test_satuan_pk_iku(salinan: SalinanData) -> None:
    salinan.ganti(PK, LAPORAN, LAPORAN.replace("Persentase laporan keuangan yang disampaikan tepat waktu",
                                               "Persentase indikator program yang tercapai")
                  .replace("target: 100", "target: 90").replace('satuan: "%"', "satuan: dokumen"))
    baris_pk = salinan.baris(PK, "- nama: Persentase indikator program yang tercapai") + 2
    cocok(satu(salinan), "silang.satuan-pk-iku", "galat",
          Lokasi(str(salinan.path(PK)), baris_pk, "pejabat[1].sasaran[1].indikator[2].satuan"),
          "satuan indikator 'Persentase indikator program yang tercapai' tertulis 'dokumen'", "bersatuan '%'")


def test_satuan_persen_sama_dengan_tanda_persen(salinan: SalinanData) -> None:
    salinan.ganti(PK, LAPORAN, LAPORAN.replace("Persentase laporan keuangan yang disampaikan tepat waktu",
                                               "Persentase indikator program yang tercapai")
                  .replace("target: 100", "target: 90").replace('satuan: "%"', "satuan: persen"))
    assert temuan(salinan) == []


def test_anggaran_pk_lkj(salinan_lkj: SalinanData) -> None:
    # a kegiatan of the PK with another pagu than the LKj's: both the LKj and the program total disagree
    salinan_lkj.ganti(PK, "anggaran: 40000000", "anggaran: 41000000")
    daftar = temuan(salinan_lkj)
    assert [t.aturan for t in daftar] == ["anggaran.kegiatan-melebihi-program", "silang.anggaran-pk-lkj"]
    # the LKj's budget comes from the realisation export: the finding names its row there
    xlsx = salinan_lkj.path("realisasi-2025.xlsx")
    baris_lkj = baris_kode(xlsx, "7.01.04.2.02")
    cocok(daftar[1], "silang.anggaran-pk-lkj", "galat",
          di(salinan_lkj, PK, "anggaran: 41000000", "pejabat[4].kegiatan[2].anggaran"),
          "anggaran kegiatan 'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah' "
          "dalam Perjanjian Kinerja Rp 41.000.000,00",
          f"realisasi-2025.xlsx:{baris_lkj}) Rp 40.000.000,00; samakan keduanya")


def test_anggaran_program_pk_lkj(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(PK, "anggaran: 97250000", "anggaran: 97500000")
    daftar = {t.aturan: t for t in temuan(salinan_lkj)}
    # the same typo also differs from the Renstra's indicative pagu for 2025
    assert sorted(daftar) == ["anggaran.kegiatan-kurang-dari-program", "silang.anggaran-pk-lkj",
                              "silang.pagu-renstra-pk"]
    cocok(daftar["silang.anggaran-pk-lkj"], "silang.anggaran-pk-lkj", "galat",
          di(salinan_lkj, PK, "anggaran: 97500000", "camat.program[3].anggaran"),
          "anggaran program 'Program Pemberdayaan Masyarakat Desa dan Kelurahan' dalam Perjanjian Kinerja "
          "Rp 97.500.000,00", "Rp 97.250.000,00")


def test_program_pk_lkj(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(PK, "    - nama: Program Koordinasi Ketenteraman dan Ketertiban Umum",
                      "    - nama: Program Ketenteraman Umum")
    # ordered by file: the PK's YAML, then the export (the pohon kinerja's own rule, pohon.program-pk,
    # reports the renamed program too, in tests/reviu/test_rencana.py)
    pk, lkj = [t for t in temuan(salinan_lkj) if t.aturan != "pohon.program-pk"]
    xlsx = salinan_lkj.path("realisasi-2025.xlsx")
    cocok(lkj, "silang.program-pk-lkj", "peringatan",
          Lokasi(str(xlsx), baris_kode(xlsx, "7.01.04"), "anggaran.program[4].nama"),
          "program 'Program Koordinasi Ketenteraman dan Ketertiban Umum' ada dalam anggaran Laporan Kinerja "
          "tetapi tidak ada dalam Perjanjian Kinerja Camat tahun 2025")
    cocok(pk, "silang.program-pk-lkj", "peringatan",
          di(salinan_lkj, PK, "Program Ketenteraman Umum", "camat.program[4].nama"),
          "program 'Program Ketenteraman Umum' ada dalam Perjanjian Kinerja Camat tetapi tidak ada dalam "
          "anggaran Laporan Kinerja tahun 2025")


def test_pagu_renstra_pk(salinan: SalinanData) -> None:
    salinan.ganti(PK, "      anggaran: 97250000", "      anggaran: 92750000")
    cocok(satu(salinan), "silang.pagu-renstra-pk", "peringatan",
          di(salinan, PK, "anggaran: 92750000", "camat.program[3].anggaran"),
          "anggaran program 'Program Pemberdayaan Masyarakat Desa dan Kelurahan' dalam Perjanjian Kinerja "
          "Rp 92.750.000,00, sedangkan pagu indikatifnya untuk tahun 2025 dalam Renstra",
          "Rp 97.250.000,00")
