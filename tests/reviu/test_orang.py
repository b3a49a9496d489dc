"""orang.*: dates inside their cycle, NIPs that fit their owners, no other place's name."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from docx import Document

from doctools.model import muat_data
from doctools.reviu import pengaturan_bawaan, periksa_folder
from doctools.reviu.orang import umur
from tests.conftest import CONTOH, SalinanData, paragraf_baca, render_satu
from tests.reviu.conftest import BERKAS_STABIL, baris_ke, cocok, di, salin, satu, temuan

PK = "perjanjian-kinerja.yaml"
IKU = "keputusan-iku.yaml"


def test_umur() -> None:
    assert umur(dt.date(1970, 5, 12), dt.date(1988, 5, 11)) == 17
    assert umur(dt.date(1970, 5, 12), dt.date(1988, 5, 12)) == 18


def test_masa_kerja_minimal_dari_data() -> None:
    atur = pengaturan_bawaan()
    assert (atur.golongan_awal_tertinggi, atur.tahun_per_tingkat) == ("III/c", 2)
    assert [atur.masa_kerja_minimal(g) for g in ("II/a", "III/c", "III/d", "IV/a", "IV/b", "IV/e")] == \
        [0, 0, 2, 4, 6, 12]
    assert "Jember" not in atur.kecamatan and "Mumbulsari" in atur.kecamatan_dikenal("kabupaten", "Jember")


def test_tanggal_keputusan(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "tanggal: 2025-01-06", "tanggal: 2019-12-20")
    cocok(satu(salinan), "orang.tanggal-keputusan", "galat", di(salinan, IKU, "tanggal: 2019", "tanggal"),
          "tanggal penetapan 20 Desember 2019 jauh dari periode Renstra 2021–2026 di kinerja.yaml",
          "antara tahun 2020 dan 2026")


def test_tanggal_pk_terlambat(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  tempat: Jember\n", "  tempat: Jember\n  tanggal: 2025-03-15\n")
    cocok(satu(salinan), "orang.tanggal-pk-terlambat", "peringatan",
          di(salinan, PK, "tanggal: 2025-03-15", "camat.tanggal"),
          "Perjanjian Kinerja tahun 2025 ditandatangani 15 Maret 2025, 73 hari setelah tahun itu dimulai",
          "paling lambat 31 hari setelah 1 Januari")


def test_batas_pk_dapat_diatur(salinan: SalinanData) -> None:
    from dataclasses import replace

    salinan.ganti(PK, "  tempat: Jember\n", "  tempat: Jember\n  tanggal: 2025-03-15\n")
    longgar = replace(pengaturan_bawaan(), pk_terlambat_hari=90)
    assert [t for t in periksa_folder(salinan.folder, longgar).temuan if t.tingkat != "info"] == []


def test_tanggal_pk_dini(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  - pejabat: sekretaris\n", "  - pejabat: sekretaris\n    tanggal: 2024-10-01\n")
    cocok(satu(salinan), "orang.tanggal-pk-dini", "peringatan",
          di(salinan, PK, "tanggal: 2024-10-01", "pejabat[1].tanggal"),
          "ditandatangani 1 Oktober 2024, 92 hari sebelum tahun itu dimulai")


def test_nip_ganda(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", 'nip: "19800119 200312 1 005"', 'nip: "19780321 200501 1 009"')
    pertama = baris_ke(salinan, "instansi.yaml", '"19780321 200501 1 009"', 1)
    kedua = baris_ke(salinan, "instansi.yaml", '"19780321 200501 1 009"', 2)
    t = satu(salinan)
    cocok(t, "orang.nip-ganda", "galat", t.lokasi,
          f"NIP 19780321 200501 1 009 sudah dipakai pejabat 'kasi-pemerintahan' (baris {pertama})")
    assert (t.lokasi.baris, t.lokasi.kolom) == (kedua, "pejabat[4].nip")


def test_umur_tmt(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", '"19820704 200604 2 012"', '"19900704 200604 2 012"')
    cocok(satu(salinan), "orang.umur-tmt", "galat", di(salinan, "instansi.yaml", "19900704", "pejabat[3].nip"),
          "menurut NIP, pejabat 'kasi-pmks' lahir 4 Juli 1990 dan TMT CPNS April 2006: berumur 15 tahun saat "
          "diangkat, padahal CPNS paling muda 18 tahun")


def test_masa_kerja_golongan(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", '"19700512 199503 1 004"', '"19700512 202203 1 004"')
    cocok(satu(salinan), "orang.masa-kerja-golongan", "peringatan",
          di(salinan, "instansi.yaml", "pangkat: Pembina Tingkat I ", "camat.pangkat"),
          "pangkat Pembina Tingkat I (IV/b) butuh masa kerja paling sedikit 6 tahun sejak TMT CPNS",
          "TMT CPNS camat Maret 2022, baru 2 tahun pada 6 Januari 2025")


def test_batas_usia_pensiun(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", '"19740815 199803 2 006"', '"19660815 199803 2 006"')
    cocok(satu(salinan), "orang.batas-usia-pensiun", "peringatan",
          di(salinan, "instansi.yaml", "19660815", "pejabat[1].nip"),
          "pejabat 'sekretaris' lahir 15 Agustus 1966: pada 6 Januari 2025 berumur 58 tahun, sudah mencapai batas "
          "usia pensiun pejabat administrasi (58 tahun)")


# --- names of other places ----------------------------------------------------------------

MENIMBANG = "akuntabilitas kinerja Kecamatan Mumbulsari, perlu"


def test_nama_kecamatan_lain_dikenal(salinan: SalinanData) -> None:
    salinan.ganti(IKU, MENIMBANG, MENIMBANG.replace("Mumbulsari", "Tempurejo"))
    cocok(satu(salinan), "orang.nama-kecamatan-lain", "peringatan", di(salinan, IKU, "Tempurejo", "menimbang[1]"),
          "teks menyebut \"Kecamatan Tempurejo\" (kecamatan lain di Kabupaten Jember), padahal data ini milik "
          "Kecamatan Mumbulsari", "ganti dengan \"Kecamatan Mumbulsari\"")


def test_nama_kecamatan_lain_tak_dikenal(salinan: SalinanData) -> None:
    # the Mumbulsari LKj 2020 seed: "Tujuan dan sasaran Kecamatan Paniti"
    salinan.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah\n",
                  "      - nama: Nilai SAKIP Perangkat Daerah\n        penjelasan: Tujuan dan sasaran KECAMATAN PANITI\n")
    cocok(satu(salinan), "orang.nama-kecamatan-lain", "peringatan",
          di(salinan, "kinerja.yaml", "PANITI", "sasaran[5].indikator[1].penjelasan"),
          "teks menyebut \"KECAMATAN PANITI\", padahal", "ganti dengan \"KECAMATAN MUMBULSARI\"")


def test_nama_kecamatan_lain_sekali_per_teks(salinan: SalinanData) -> None:
    # the same name twice in one text is one finding at that line
    salinan.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah\n",
                  "      - nama: Nilai SAKIP Perangkat Daerah\n        penjelasan: Kecamatan Paniti dan sekitar "
                  "Kecamatan Paniti\n")
    cocok(satu(salinan), "orang.nama-kecamatan-lain", "peringatan",
          di(salinan, "kinerja.yaml", "Paniti", "sasaran[5].indikator[1].penjelasan"), "\"Kecamatan Paniti\"")


@pytest.mark.parametrize("teks", [
    "Laporan Kinerja Kecamatan Tahun 2025", "koordinasi pemerintahan kecamatan dan desa",
    "diberikan oleh Camat sesuai dengan bidang tugasnya", "Camat Mumbulsari selaku Pengguna Anggaran",
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
])
def test_bukan_nama_kecamatan_lain(salinan: SalinanData, teks: str) -> None:
    salinan.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah\n",
                  f"      - nama: Nilai SAKIP Perangkat Daerah\n        penjelasan: {teks}\n")
    assert temuan(salinan) == []


def test_kabupaten_bernama_kecamatan(salinan: SalinanData) -> None:
    # the Mumbulsari LKj 2020 seed: "KABUPATEN MUMBULSARI" under the Camat's signature
    salinan.ganti(IKU, "  - Sekretaris Daerah Kabupaten Jember", "  - Sekretaris Daerah KABUPATEN MUMBULSARI")
    cocok(satu(salinan), "orang.kabupaten-bernama-kecamatan", "galat",
          di(salinan, IKU, "KABUPATEN MUMBULSARI", "tembusan[2]"),
          "teks menyebut \"KABUPATEN MUMBULSARI\", padahal Mumbulsari adalah nama kecamatan; yang benar "
          "\"KABUPATEN JEMBER\"")


def test_nama_kabupaten_lain(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - Bupati Jember", "  - Bupati Malang")
    cocok(satu(salinan), "orang.nama-kabupaten-lain", "peringatan", di(salinan, IKU, "Bupati Malang", "tembusan[1]"),
          "teks menyebut \"Bupati Malang\", padahal data ini milik Kabupaten Jember",
          "ganti dengan \"Bupati Jember\"")


def test_nama_kecamatan_saudara_dalam_folder_kabupaten(tmp_path: Path) -> None:
    kab = tmp_path / "jember"
    kab.mkdir()
    (kab / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    salinan = salin(kab / "mumbulsari", BERKAS_STABIL)
    shutil.copytree(CONTOH, kab / "sumber-jaya")  # a sibling the known list does not have
    teks = (kab / "sumber-jaya" / "instansi.yaml").read_text(encoding="utf-8")
    (kab / "sumber-jaya" / "instansi.yaml").write_text(teks.replace("  nama: Mumbulsari", "  nama: Sumber Jaya"),
                                                       encoding="utf-8")
    salinan.ganti(IKU, MENIMBANG, MENIMBANG.replace("Mumbulsari", "Sumber Jaya"))
    cocok(satu(salinan), "orang.nama-kecamatan-lain", "peringatan", di(salinan, IKU, "Sumber Jaya", "menimbang[1]"),
          "teks menyebut \"Kecamatan Sumber Jaya\" (kecamatan lain di Kabupaten Jember)")



def test_nama_saudara_dengan_kata_kecamatan(tmp_path: Path) -> None:
    # the sibling's instansi.yaml says "Kecamatan Sukamaju Kidul": its name is "Sukamaju Kidul"
    kab = tmp_path / "jember"
    kab.mkdir()
    (kab / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    salinan = salin(kab / "mumbulsari", BERKAS_STABIL)
    shutil.copytree(CONTOH, kab / "kec-baru")
    teks = (kab / "kec-baru" / "instansi.yaml").read_text(encoding="utf-8")
    (kab / "kec-baru" / "instansi.yaml").write_text(
        teks.replace("  nama: Mumbulsari", "  nama: Kecamatan Sukamaju Kidul"), encoding="utf-8")
    salinan.ganti(IKU, MENIMBANG, MENIMBANG.replace("Mumbulsari", "Sukamaju Kidul"))
    cocok(satu(salinan), "orang.nama-kecamatan-lain", "peringatan",
          di(salinan, IKU, "Sukamaju Kidul", "menimbang[1]"),
          "teks menyebut \"Kecamatan Sukamaju Kidul\" (kecamatan lain di Kabupaten Jember)")

# --- "Kecamatan" and "Kabupaten" written in the name -----------------------------------------


def test_nama_kecamatan_dengan_kata_kecamatan(salinan: SalinanData, tmp_path: Path) -> None:
    # Bangsalsari 2023 prints "Instansi : Kecamatan Bangsalsari"; a clerk copies that into nama:
    salinan.ganti("instansi.yaml", "  nama: Mumbulsari\n", "  nama: Kecamatan Mumbulsari\n")
    salinan.ganti("instansi.yaml", "  nama: Jember\n", "  nama: Kabupaten Jember\n")
    data = muat_data(salinan.folder)
    assert (data.instansi.kecamatan.nama, data.instansi.pemerintah.nama) == ("Mumbulsari", "Jember")
    assert data.instansi.pemerintah.sebutan == "Kabupaten Jember"
    laporan = periksa_folder(salinan.folder)
    temuan = [t for t in laporan.temuan if t.aturan == "orang.sebutan-dalam-nama"]
    assert [(t.tingkat, t.lokasi.baris if t.lokasi else None) for t in temuan] == [
        ("peringatan", salinan.baris("instansi.yaml", "nama: Kabupaten Jember")),
        ("peringatan", salinan.baris("instansi.yaml", "nama: Kecamatan Mumbulsari")),
    ]
    assert temuan[1].pesan == ("nama kecamatan ditulis dengan kata 'Kecamatan', padahal dokumen menambahkan "
                               "'Kecamatan' sendiri; yang dipakai 'Mumbulsari' — tulis nama: Mumbulsari")
    assert temuan[0].pesan.endswith("yang dipakai 'Jember' — tulis nama: Jember")
    # no message anywhere repeats the kind (the reviu used to advise "Kecamatan Kecamatan Mumbulsari")
    for t in laporan.temuan:
        assert "kecamatan kecamatan" not in t.pesan.casefold() and "kabupaten kabupaten" not in t.pesan.casefold()
    assert [t for t in laporan.temuan if t.aturan != "orang.sebutan-dalam-nama" and t.tingkat != "info"] == []

    doc = Document(str(render_satu(salinan.folder, tmp_path / "keluar", "keputusan-iku")))
    teks = "\n".join(paragraf_baca(doc)).upper()
    assert "KECAMATAN MUMBULSARI" in teks and "KABUPATEN JEMBER" in teks
    assert "KECAMATAN KECAMATAN" not in teks and "KABUPATEN KABUPATEN" not in teks


def test_kota_tanpa_jenis_dibaca_sebagai_kota(salinan: SalinanData) -> None:
    # Bumiaji 2019 belongs to "Kota Batu"
    salinan.ganti("instansi.yaml", "  jenis: kabupaten            # kabupaten | kota\n  nama: Jember\n",
                  "  nama: Kota Batu\n")
    data = muat_data(salinan.folder)
    assert (data.instansi.pemerintah.jenis, data.instansi.pemerintah.nama) == ("kota", "Batu")
    assert data.instansi.pemerintah.jabatan_kepala == "Walikota Batu"
    (t,) = [t for t in periksa_folder(salinan.folder).temuan if t.aturan == "orang.sebutan-dalam-nama"]
    assert t.lokasi is not None and t.lokasi.baris == salinan.baris("instansi.yaml", "nama: Kota Batu")
    assert t.pesan.endswith("dibaca sebagai jenis: kota dan nama 'Batu' — tulis jenis: kota dan nama: Batu")


def test_teks_data_dengan_saringan_urut_dan_berjalur() -> None:
    """Every string with its path, in the order written; with a filter only those it accepts, with
    the same paths (keys that are not text named as text)."""
    from doctools.reviu.nama import _ADA_KATA_KUNCI, teks_data

    data = {"a": "Camat Paniti", "b": [{"c": "tanpa", 2025: "Kabupaten Lain"}, ["kota Batu", 5]],
            "d": ("Bupati", None), "e": {"f": {"g": "x"}}}
    semua = teks_data(data)
    assert semua == [(("a",), "Camat Paniti"), (("b", 0, "c"), "tanpa"), (("b", 0, "2025"), "Kabupaten Lain"),
                     (("b", 1, 0), "kota Batu"), (("d", 0), "Bupati"), (("e", "f", "g"), "x")]
    assert teks_data(data, saring=_ADA_KATA_KUNCI.search) == [s for s in semua if s[1] != "tanpa" and s[1] != "x"]
    assert teks_data("Kecamatan Lain", ("k",), saring=_ADA_KATA_KUNCI.search) == [(("k",), "Kecamatan Lain")]
    assert teks_data("lain", saring=_ADA_KATA_KUNCI.search) == []
    assert teks_data(5) == []


def test_saringan_kata_kunci_tidak_melewatkan_temuan() -> None:
    """A text the keyword filter skips never holds what the two keyword patterns look for."""
    from doctools.reviu.nama import _ADA_KATA_KUNCI, _KATA_DAERAH, _KATA_KECAMATAN

    contoh = ["KECAMATAN Paniti", "camat\u00a0Tempurejo", "Wali kota Batu", "WALIKOTA Malang", "Bupati Jember",
              "kabupaten  Lumajang", "Kota Probolinggo", "tidak ada apa-apa", "kecamatannya", "\u212aota Batu"]
    for teks in contoh:
        if _KATA_KECAMATAN.search(teks) or _KATA_DAERAH.search(teks):
            assert _ADA_KATA_KUNCI.search(teks), teks
    assert not _ADA_KATA_KUNCI.search("tidak ada apa-apa")
