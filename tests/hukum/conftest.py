"""Shared fixtures: the shipped catalog and a small, stable catalog for exact messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.hukum import Katalog

#: A small catalog whose contents never change, so messages can be compared exactly.
KATALOG_KECIL = """\
peraturan:
  uud-1945:
    jenis: uud
    tahun: 1945
  uu-23-2014:
    jenis: uu
    nomor: "23"
    tahun: 2014
    tentang: Pemerintahan Daerah
    lembaran: {jenis: LN, tahun: 2014, nomor: "244"}
    tambahan: {jenis: TLN, nomor: "5587"}
    perubahan: [uu-9-2015]
  uu-9-2015:
    jenis: uu
    nomor: "9"
    tahun: 2015
    tentang: Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
    lembaran: {jenis: LN, tahun: 2015, nomor: "58"}
    tambahan: {jenis: TLN, nomor: "5679"}
    mengubah: uu-23-2014
  pp-18-2016:
    jenis: pp
    nomor: "18"
    tahun: 2016
    tentang: Perangkat Daerah
    lembaran: {jenis: LN, tahun: 2016, nomor: "114"}
    tambahan: {jenis: TLN, nomor: "5887"}
  perpres-29-2014:
    jenis: perpres
    nomor: "29"
    tahun: 2014
    tentang: Sistem Akuntabilitas Kinerja Instansi Pemerintah
    lembaran: {jenis: LN, tahun: 2014, nomor: "80"}
  permendagri-13-2006:
    jenis: permen
    lembaga: Menteri Dalam Negeri
    nomor: "13"
    tahun: 2006
    tentang: Pedoman Pengelolaan Keuangan Daerah
    dicabut_oleh: permendagri-77-2020
    berlaku: false
  permendagri-77-2020:
    jenis: permen
    lembaga: Menteri Dalam Negeri
    nomor: "77"
    tahun: 2020
    tentang: Pedoman Teknis Pengelolaan Keuangan Daerah
    lembaran: {jenis: BN, tahun: 2020, nomor: "1781"}
  permenpanrb-53-2014:
    jenis: permen
    lembaga: Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
    nomor: "53"
    tahun: 2014
    tentang: Petunjuk Teknis Perjanjian Kinerja
    lembaran: {jenis: BN, tahun: 2014, nomor: "1842"}
  permenpan-per-9-2007:
    jenis: permen
    lembaga: Menteri Negara Pendayagunaan Aparatur Negara
    nomor: PER/09/M.PAN/5/2007
    tahun: 2007
    tentang: Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah
"""

#: Local regulations in the user's data, in the same shape as the shipped catalog.
KATALOG_LOKAL = """\
nama_kecamatan: Mumbulsari   # other data in the same file is ignored
peraturan:
  perda-kab-jember-1-2020:
    jenis: perda
    daerah: Kabupaten Jember
    nomor: "1"
    tahun: 2020
    tentang: Contoh Peraturan Daerah
    lembaran: {jenis: LD, tahun: 2020, nomor: "1"}
    tambahan: {jenis: TLD, nomor: "5"}
  perbup-jember-61-2016:
    jenis: perbup
    daerah: Kabupaten Jember
    nomor: "61"
    tahun: 2016
    tentang: Contoh Peraturan Bupati
    lembaran: {jenis: BD, tahun: 2016, nomor: "61"}
  kepcamat-mumbulsari-5-2019:
    jenis: keputusan-camat
    lembaga: Camat Mumbulsari
    daerah: Kabupaten Jember
    nomor: "05"
    tahun: 2019
    tentang: Indikator Kinerja Utama Kecamatan Mumbulsari
"""


@pytest.fixture(scope="session")
def bawaan() -> Katalog:
    return Katalog.bawaan()


@pytest.fixture
def kecil(tmp_path: Path) -> Katalog:
    berkas = tmp_path / "kecil.yaml"
    berkas.write_text(KATALOG_KECIL, encoding="utf-8")
    return Katalog.dari_berkas(berkas)


@pytest.fixture
def lokal(tmp_path: Path, bawaan: Katalog) -> Katalog:
    """The shipped catalog plus the user's local regulations."""
    berkas = tmp_path / "kecamatan.yaml"
    berkas.write_text(KATALOG_LOKAL, encoding="utf-8")
    return Katalog.dari_berkas(berkas, dasar=bawaan)
