"""Reviu of the Rencana Aksi, the Pohon Kinerja and the RKT: each rule broken once in a copy of the example."""

from __future__ import annotations

import pytest

from doctools.hukum import Temuan
from doctools.reviu import ATURAN
from tests.conftest import SalinanData
from tests.reviu.conftest import temuan

ATURAN_BARU = ("aksi.target-akhir", "aksi.target-melebihi", "aksi.realisasi-urut", "aksi.tanpa-rencana",
               "aksi.realisasi-tahun", "pohon.sasaran-pejabat", "pohon.program-pk", "pohon.kegiatan-pk",
               "pohon.kegiatan-sasaran", "silang.target-pohon-pk")


def _dari(salinan: SalinanData, aturan: str) -> list[Temuan]:
    return [t for t in temuan(salinan) if t.aturan == aturan]


def _baris(salinan: SalinanData, berkas: str, potongan: str) -> int:
    return salinan.baris(berkas, potongan)


def test_aturan_terdaftar() -> None:
    for id_aturan in ATURAN_BARU:
        assert id_aturan in ATURAN, id_aturan


def test_contoh_bersih(salinan_lkj: SalinanData) -> None:
    assert [t for t in temuan(salinan_lkj) if t.aturan in ATURAN_BARU] == []


def test_target_tw_iv_berbeda_dari_target_tahun(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "    target: [2, 3, 4, 4]", "    target: [2, 3, 4, 5]")
    [t] = _dari(salinan_lkj, "aksi.target-akhir")
    baris_tahun = _baris(salinan_lkj, "kinerja.yaml", "target: {2021: 4, 2022: 4, 2023: 4, 2024: 4, 2025: 4")
    assert t.tingkat == "galat"
    assert t.lokasi is not None and t.lokasi.baris == _baris(salinan_lkj, "rencana-aksi.yaml", "[2, 3, 4, 5]")
    assert t.pesan.startswith("indikator 'Jumlah dokumen penataan organisasi dan tata laksana yang tersusun': target "
                              "triwulan IV dalam Rencana Aksi 5, tetapi target tahunannya di kinerja.yaml "
                              "(target PK Camat) (")
    assert f"kinerja.yaml:{baris_tahun}) 4; samakan keduanya" in t.pesan
    # the same quarter above the year: also a cumulative target above the annual one
    [lebih] = _dari(salinan_lkj, "aksi.target-melebihi")
    assert "target kumulatif triwulan IV 5 melebihi target tahunannya 4" in lebih.pesan


def test_jumlah_per_triwulan_berbeda_dari_target_pk_pejabat(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "        target: [3, 3, 3, 3]\n        realisasi: [3, 2, 3, 4]",
                      "        target: [3, 3, 3, 2]\n        realisasi: [3, 2, 3, 4]")
    [t] = _dari(salinan_lkj, "aksi.target-akhir")
    baris_pk = _baris(salinan_lkj, "perjanjian-kinerja.yaml", "Jumlah kegiatan penegakan Peraturan Daerah")
    assert "jumlah target keempat triwulan (jenis per-triwulan) dalam Rencana Aksi 11" in t.pesan
    assert "target tahunannya di Perjanjian Kinerja pejabat (" in t.pesan
    assert f"perjanjian-kinerja.yaml:{baris_pk + 1}) 12; samakan keduanya" in t.pesan
    assert _dari(salinan_lkj, "aksi.target-melebihi") == []


def test_triwulan_iv_tanpa_target(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "    target: [85, 85, 90, 90]", "    target: [85, 85, 90, -]")
    [t] = _dari(salinan_lkj, "aksi.target-akhir")
    assert "target triwulan IV dalam Rencana Aksi tidak ada, tetapi target tahunannya" in t.pesan


def test_target_triwulan_melebihi_target_tahun(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "        target: [25, 50, 75, 100]", "        target: [25, 110, 75, 100]")
    [t] = _dari(salinan_lkj, "aksi.target-melebihi")
    assert t.tingkat == "galat"
    assert t.pesan.startswith("indikator 'Persentase dokumen perencanaan dan pelaporan kinerja yang tersusun tepat "
                              "waktu': target kumulatif triwulan II 110 melebihi target tahunannya 100")
    assert _dari(salinan_lkj, "aksi.target-akhir") == []


def test_realisasi_melompati_triwulan(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "    realisasi: [100, 90, 91.67, 92.31]", "    realisasi: [100, -, 91.67]")
    [t] = _dari(salinan_lkj, "aksi.realisasi-urut")
    assert t.tingkat == "galat"
    assert t.lokasi is not None and t.lokasi.baris == _baris(salinan_lkj, "rencana-aksi.yaml", "[100, -, 91.67]")
    assert ("realisasi triwulan III sudah diisi, tetapi realisasi triwulan II (yang bertarget) belum; isi "
            "realisasi berurutan dari triwulan I") in t.pesan


def test_realisasi_semester_tidak_dianggap_melompat(salinan_lkj: SalinanData) -> None:
    # the IKM has no TW I target: a TW II realisasi alone is in order
    salinan_lkj.ganti("rencana-aksi.yaml", "    realisasi: [-, 81.95, -, 82.83]", "    realisasi: [-, 81.95]")
    assert _dari(salinan_lkj, "aksi.realisasi-urut") == []


def test_indikator_pk_tanpa_rencana(salinan_lkj: SalinanData) -> None:
    teks = salinan_lkj.baca("rencana-aksi.yaml")
    awal = teks.index("  - sasaran: akuntabilitas\n    indikator: 2")
    akhir = teks.index("\npejabat:")
    salinan_lkj.tulis("rencana-aksi.yaml", teks[:awal] + teks[akhir:])
    [t] = _dari(salinan_lkj, "aksi.tanpa-rencana")
    assert t.tingkat == "peringatan"
    assert t.pesan == ("Rencana Aksi Camat Mumbulsari belum memuat indikator Perjanjian Kinerja: 'Persentase "
                       "indikator program yang tercapai'; tambahkan target per triwulannya")


def test_realisasi_tw_iv_berbeda_dari_realisasi_tahun(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("rencana-aksi.yaml", "    realisasi: [90, 85.71, 83.33, 80]\n    aksi:",
                      "    realisasi: [90, 85.71, 83.33, 82]\n    aksi:")
    [t] = _dari(salinan_lkj, "aksi.realisasi-tahun")
    baris = _baris(salinan_lkj, "kinerja.yaml", "realisasi: {2023: 86.36, 2024: 88.89, 2025: 80}")
    assert t.pesan.startswith("indikator 'Persentase penyelesaian laporan pelanggaran ketertiban umum dan "
                              "ketenteraman masyarakat': realisasi kumulatif triwulan IV dalam Rencana Aksi 82, tetapi "
                              "realisasi tahun 2025 di kinerja.yaml (")
    assert t.pesan.endswith(f"kinerja.yaml:{baris}) 80; Laporan Kinerja memakai yang kedua")


def test_sasaran_pejabat_mendukung_sasaran_yang_tidak_ada(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("perjanjian-kinerja.yaml", "        mendukung: trantib", "        mendukung: ketertiban")
    daftar = _dari(salinan_lkj, "pohon.sasaran-pejabat")
    assert len(daftar) == 1
    [t] = daftar
    assert t.lokasi is not None and t.lokasi.baris == _baris(salinan_lkj, "perjanjian-kinerja.yaml", "mendukung: ketertiban")
    assert "mendukung 'ketertiban', tetapi sasaran itu tidak ada dalam Perjanjian Kinerja Camat Mumbulsari" in t.pesan
    # reported once, under the rule's own id, not again as the PK document's generic galat
    assert [x for x in temuan(salinan_lkj) if "mendukung 'ketertiban'" in x.pesan] == [t]


def test_program_pk_tidak_ada_di_pohon(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("kinerja.yaml", "    - nama: Program Koordinasi Ketenteraman dan Ketertiban Umum\n      sasaran: trantib",
                      "    - nama: Program Koordinasi Ketenteraman dan Ketertiban\n      sasaran: trantib")
    [t] = _dari(salinan_lkj, "pohon.program-pk")
    assert t.tingkat == "galat"
    assert t.lokasi is not None and t.lokasi.berkas.endswith("perjanjian-kinerja.yaml")
    assert t.pesan.startswith("program 'Program Koordinasi Ketenteraman dan Ketertiban Umum' ada dalam Perjanjian "
                              "Kinerja tetapi tidak ada dalam pohon kinerja")
    assert "'Program Koordinasi Ketenteraman dan Ketertiban'" in t.pesan
    # its kegiatan are still in the tree, under the renamed program
    assert _dari(salinan_lkj, "pohon.kegiatan-pk") == []


def test_program_pk_hanya_diperiksa_bila_ada_pohon(salinan_lkj: SalinanData) -> None:
    salinan_lkj.hapus("rkt.yaml")
    salinan_lkj.hapus("pohon-kinerja.yaml")
    salinan_lkj.ganti("kinerja.yaml", "    - nama: Program Koordinasi Ketenteraman dan Ketertiban Umum\n      sasaran: trantib",
                      "    - nama: Program Koordinasi Ketenteraman dan Ketertiban\n      sasaran: trantib")
    assert _dari(salinan_lkj, "pohon.program-pk") == []


def test_kegiatan_pk_tidak_ada_di_pohon(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("perjanjian-kinerja.yaml", "      - nama: Pemberdayaan Masyarakat Desa\n",
                      "      - nama: Pemberdayaan Masyarakat Desa dan Kelurahan\n")
    [t] = _dari(salinan_lkj, "pohon.kegiatan-pk")
    assert t.tingkat == "peringatan"
    assert t.pesan.startswith("kegiatan 'Pemberdayaan Masyarakat Desa dan Kelurahan' ada dalam Perjanjian Kinerja "
                              "'kasi-pmks' tetapi tidak ada dalam pohon kinerja")


def test_kegiatan_di_bawah_sasaran_yang_tidak_didukung(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("kinerja.yaml", "          sasaran: akuntabilitas\n          indikator:\n            - {nama: Persentase laporan keuangan",
                      "          sasaran: tata-kelola\n          indikator:\n            - {nama: Persentase laporan keuangan")
    salinan_lkj.ganti("perjanjian-kinerja.yaml", "        mendukung: tata-kelola", "        mendukung: akuntabilitas")
    daftar = _dari(salinan_lkj, "pohon.kegiatan-sasaran")
    assert {t.pesan.split("'")[1] for t in daftar} == {
        "Administrasi Keuangan Perangkat Daerah", "Administrasi Umum Perangkat Daerah",
        "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"}
    assert all("tidak satu pun sasaran 'sekretaris' mendukung sasaran itu" in t.pesan for t in daftar)


def test_target_pk_pejabat_berbeda_dari_pohon(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti("perjanjian-kinerja.yaml",
                      "          - nama: Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi\n            target: 12",
                      "          - nama: Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi\n            target: 10")
    [t] = _dari(salinan_lkj, "silang.target-pohon-pk")
    baris = _baris(salinan_lkj, "kinerja.yaml", "{nama: Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi")
    assert t.tingkat == "galat"
    assert t.pesan.startswith("target indikator 'Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi' dalam "
                              "Perjanjian Kinerja 'kasi-pmks' 10, tetapi indikator yang sama di pohon kinerja (")
    assert f"kinerja.yaml:{baris}), yang dicetak Rencana Kinerja Tahunan, bertarget 12 untuk tahun 2025" in t.pesan
    # the Rencana Aksi's quarters now add up to 12 against the PK's 10: named at its own line
    [akhir] = _dari(salinan_lkj, "aksi.target-akhir")
    assert "Rencana Aksi 12, tetapi target tahunannya di Perjanjian Kinerja pejabat" in akhir.pesan


@pytest.mark.parametrize("berkas", ["rencana-aksi.yaml"])
def test_rujukan_rencana_aksi_salah_adalah_galat_susun(salinan_lkj: SalinanData, berkas: str) -> None:
    salinan_lkj.ganti(berkas, "  - sasaran: tata-kelola        #", "  - sasaran: tatakelola        #")
    galat = [t for t in temuan(salinan_lkj) if t.tingkat == "galat"]
    assert [t.aturan for t in galat] == ["dokumen.susun"]
    assert "sasaran 'tatakelola' tidak ada di kinerja.yaml" in galat[0].pesan


def test_pemantauan_tanpa_realisasi_atau_rencana_aksi(salinan_lkj: SalinanData) -> None:
    from dataclasses import replace

    from doctools.reviu import pengaturan_bawaan, periksa_folder

    tw2 = replace(pengaturan_bawaan(), triwulan=2)
    assert [t for t in periksa_folder(salinan_lkj.folder, tw2).temuan if t.aturan == "aksi.pemantauan"] == []
    salinan_lkj.ganti("rencana-aksi.yaml", "    realisasi: [90, 85.71, 83.33, 80]\n    aksi:", "    realisasi: [90]\n    aksi:")
    [t] = [t for t in periksa_folder(salinan_lkj.folder, tw2).temuan if t.aturan == "aksi.pemantauan"]
    assert t.tingkat == "galat" and "belum mempunyai realisasi triwulan II" in t.pesan
    assert t.lokasi is not None and t.lokasi.baris == _baris(salinan_lkj, "rencana-aksi.yaml", "realisasi: [90]\n"[:-1])
    salinan_lkj.hapus("rencana-aksi.yaml")
    [t] = [t for t in periksa_folder(salinan_lkj.folder, tw2).temuan if t.aturan == "aksi.pemantauan"]
    assert t.pesan.startswith("--triwulan 2: folder ini tidak mempunyai rencana-aksi.yaml")
