"""anggaran.*: the PK's programs and kegiatan add up; realisasi stays within its pagu."""

from __future__ import annotations

from doctools.errors import Lokasi
from tests.conftest import SalinanData
from tests.documents.test_pk_camat import PROGRAM, PROGRAM_KEGIATAN
from tests.lembar import baris_kode, tulis_realisasi
from tests.reviu.conftest import cocok, di, satu, temuan

PK = "perjanjian-kinerja.yaml"
PMKS = """      - nama: Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa
        anggaran: 32250000
      - nama: Pemberdayaan Masyarakat Desa
        anggaran: 65000000
"""


def test_kegiatan_menyebut_program_yang_benar(salinan: SalinanData) -> None:
    salinan.ganti(PK, PMKS, PMKS.replace("anggaran: 32250000", "anggaran: 32250000\n        program: 3")
                  .replace("anggaran: 65000000", "anggaran: 65000000\n        program: Program Pemberdayaan "
                           "Masyarakat Desa dan Kelurahan"))
    assert temuan(salinan) == []


def test_program_tidak_dikenal(salinan: SalinanData) -> None:
    salinan.ganti(PK, PMKS, PMKS.replace("anggaran: 32250000", "anggaran: 32250000\n        program: 9"))
    cocok(satu(salinan), "anggaran.program-tidak-dikenal", "galat",
          di(salinan, PK, "program: 9", "pejabat[3].kegiatan[1].program"),
          "kegiatan 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa' "
          "menyebut program '9', tetapi program itu tidak ada dalam Perjanjian Kinerja Camat",
          "yang dapat dipilih (id atau nomor): 1, 2, 3, 4")


def test_program_dirujuk_dengan_id(salinan: SalinanData) -> None:
    salinan.ganti(PK, "    - nama: Program Pemberdayaan Masyarakat Desa dan Kelurahan\n",
                  "    - id: pmd\n      nama: Program Pemberdayaan Masyarakat Desa dan Kelurahan\n")
    salinan.ganti(PK, PMKS, PMKS.replace("anggaran: 32250000", "anggaran: 32250000\n        program: pmd")
                  .replace("anggaran: 65000000", "anggaran: 65000000\n        program: pmdx"))
    cocok(satu(salinan), "anggaran.program-tidak-dikenal", "galat",
          di(salinan, PK, "program: pmdx", "pejabat[3].kegiatan[2].program"), "(id atau nomor): 1, 2, 'pmd', 4")


def test_kegiatan_melebihi_program(salinan: SalinanData) -> None:
    salinan.ganti(PK, PMKS, PMKS.replace("anggaran: 32250000", "anggaran: 33250000\n        program: 3")
                  .replace("anggaran: 65000000", "anggaran: 65000000\n        program: 3"))
    cocok(satu(salinan), "anggaran.kegiatan-melebihi-program", "galat",
          di(salinan, PK, "anggaran: 97250000", "camat.program[3].anggaran"),
          "pagu program 'Program Pemberdayaan Masyarakat Desa dan Kelurahan' Rp 97.250.000,00",
          "2 kegiatan pejabat kasi-pmks yang menginduk padanya berjumlah Rp 98.250.000,00, lebih Rp 1.000.000,00")


def test_kegiatan_kurang_dari_program(salinan: SalinanData) -> None:
    salinan.ganti(PK, PMKS, PMKS.replace("anggaran: 32250000", "anggaran: 32250000\n        program: 3"))
    cocok(satu(salinan), "anggaran.kegiatan-kurang-dari-program", "peringatan",
          di(salinan, PK, "anggaran: 97250000", "camat.program[3].anggaran"),
          "1 kegiatan pejabat kasi-pmks yang menginduk padanya berjumlah Rp 32.250.000,00, kurang Rp 65.000.000,00",
          "belum diperjanjikan pejabat mana pun")


def test_pagu_program_pejabat(salinan: SalinanData) -> None:
    salinan.ganti(PK, PMKS, "")
    salinan.ganti(PK, "  - pejabat: kasi-pmks\n", "  - pejabat: kasi-pmks\n    program:\n"
                  "      - nama: Program Pemberdayaan Masyarakat Desa dan Kelurahan\n        anggaran: 95000000\n")
    salinan.ganti(PK, "    kegiatan:\n\n  - pejabat: kasi-trantib", "\n  - pejabat: kasi-trantib")
    cocok(satu(salinan), "anggaran.pagu-program-pejabat", "galat",
          di(salinan, PK, "anggaran: 95000000", "pejabat[3].program[1].anggaran"),
          "anggaran program 'Program Pemberdayaan Masyarakat Desa dan Kelurahan' tertulis Rp 95.000.000,00",
          f"(baris {salinan.baris(PK, 'anggaran: 97250000')}) Rp 97.250.000,00; samakan keduanya")


def test_nama_ganda(salinan: SalinanData) -> None:
    salinan.ganti(PK, "      - nama: Pemberdayaan Masyarakat Desa\n",
                  "      - nama: Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan "
                  "di Desa\n")
    t = satu(salinan)
    cocok(t, "anggaran.nama-ganda", "peringatan", t.lokasi,
          "'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa' sudah "
          "ditulis pada butir ke-1 tabel yang sama")
    assert (t.lokasi.baris, t.lokasi.kolom) == (salinan.baris(PK, "anggaran: 65000000") - 1,
                                                "pejabat[3].kegiatan[2].nama")


def test_kegiatan_ditelusuri_lewat_lkj(salinan_lkj: SalinanData) -> None:
    # without a program: link, a PK kegiatan is traced to its program by the LKj's kegiatan of that name
    salinan_lkj.ganti(PK, "      - nama: Pemberdayaan Masyarakat Desa\n        anggaran: 65000000",
                      "      - nama: Pemberdayaan Masyarakat Desa\n        anggaran: 60000000")
    aturan = [t.aturan for t in temuan(salinan_lkj)]
    assert aturan == ["anggaran.kegiatan-kurang-dari-program", "silang.anggaran-pk-lkj"]


def test_realisasi_melebihi_pagu(salinan_lkj: SalinanData) -> None:
    # the belanja table is raised by the same amount, so only the kegiatan is wrong
    # the export says so (its kegiatan row, its sub kegiatan and its subtotals agree)
    xlsx = tulis_realisasi(salinan_lkj.folder, k7_01_04_2_02=(40000000, 41000000))
    salinan_lkj.ganti("lkj.yaml", "realisasi: 789582500}", "realisasi: 792732500}")
    cocok(satu(salinan_lkj), "anggaran.realisasi-melebihi-pagu", "galat",
          Lokasi(str(xlsx), baris_kode(xlsx, "7.01.04.2.02"), "anggaran.program[4].kegiatan[2].realisasi"),
          "realisasi kegiatan 'Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah' "
          "Rp 41.000.000,00 melebihi pagunya Rp 40.000.000,00 (lebih Rp 1.000.000,00)")


def test_realisasi_program_hasil_jumlah_melebihi_pagu(salinan_lkj: SalinanData) -> None:
    # both kegiatan of the trantib program spend to their pagu and beyond: the kegiatan over its pagu is a galat,
    # the program (whose amounts the LKj sums) a warning; each is reported once
    xlsx = tulis_realisasi(salinan_lkj.folder, k7_01_04_2_01=(112800000, 112800000),
                           k7_01_04_2_02=(40000000, 41000000))
    salinan_lkj.ganti("lkj.yaml", "realisasi: 789582500}", "realisasi: 795112500}")
    program, kegiatan = temuan(salinan_lkj)
    cocok(kegiatan, "anggaran.realisasi-melebihi-pagu", "galat",
          Lokasi(str(xlsx), baris_kode(xlsx, "7.01.04.2.02"), "anggaran.program[4].kegiatan[2].realisasi"))
    cocok(program, "dokumen.catatan", "peringatan",
          Lokasi(str(xlsx), baris_kode(xlsx, "7.01.04"), "anggaran.program[4]"),
          "realisasi program 'Program Koordinasi Ketenteraman dan Ketertiban Umum' Rp153.800.000 melebihi pagunya "
          "Rp152.800.000 (lebih Rp1.000.000)")


def test_anggaran_negatif_ditolak_saat_dimuat(salinan: SalinanData) -> None:
    salinan.ganti(PK, "anggaran: 97250000", "anggaran: -97250000")
    cocok(satu(salinan), "data.muat", "galat", di(salinan, PK, "anggaran: -97250000", "camat.program[3].anggaran"),
          "tidak boleh negatif (tertulis -97250000)")


# ---- kegiatan lines under a program of the Camat's PK ------------------------------------


def test_kegiatan_pejabat_berbeda_dari_pk_camat(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(PK, PROGRAM, PROGRAM_KEGIATAN)
    salinan_lkj.ganti(PK, "        anggaran: 90000000\n", "        anggaran: 85000000\n")  # kasi-pemerintahan's line
    daftar = [t for t in temuan(salinan_lkj) if t.aturan == "anggaran.kegiatan-pk-camat"]
    baris_camat = salinan_lkj.baris(PK, "{nama: Peningkatan Efektivitas Pelayanan Publik, anggaran: 90000000}")
    [t] = daftar
    cocok(t, "anggaran.kegiatan-pk-camat", "galat",
          di(salinan_lkj, PK, "anggaran: 85000000", "pejabat[2].kegiatan[2].anggaran"),
          "anggaran kegiatan 'Peningkatan Efektivitas Pelayanan Publik' tertulis Rp 85.000.000,00, tetapi dalam "
          f"Perjanjian Kinerja Camat (baris {baris_camat}) Rp 90.000.000,00")


def test_kegiatan_pk_camat_dibanding_lkj(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(PK, PROGRAM, PROGRAM_KEGIATAN.replace("anggaran: 96537500", "anggaran: 96037500")
                      .replace("anggaran: 90000000}", "anggaran: 90500000}"))
    daftar = [t for t in temuan(salinan_lkj) if t.aturan == "silang.anggaran-pk-lkj"]
    assert any(t.lokasi is not None and t.lokasi.kolom == "camat.program[2].kegiatan[1].anggaran"
               and "Koordinasi Penyelenggaraan Kegiatan Pemerintahan" in t.pesan for t in daftar)
