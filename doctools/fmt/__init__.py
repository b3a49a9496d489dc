"""Indonesian formatting helpers: rupiah, numbers, terbilang, dates, ordinals, NIP, pangkat.

Pure functions with no dependency on the rest of doctools, so templates (as filters), models
and documents can all use them. Messages in raised ValueErrors are in Bahasa Indonesia.
"""

from doctools.fmt.angka import GAYA_RUPIAH, GayaRupiah, angka, ke_decimal, parse_angka, persen, rupiah
from doctools.fmt.baca import BATAS_ANGKA, baca_angka, tampak_angka, tampil
from doctools.fmt.nip import NIP, format_nip, parse_nip
from doctools.fmt.pangkat import (
    DAFTAR_PANGKAT,
    Pangkat,
    cari_pangkat,
    golongan_dari_pangkat,
    pangkat_dari_golongan,
)
from doctools.fmt.tanggal import (
    NAMA_BULAN,
    NAMA_HARI,
    RUANG_HARI,
    RUANG_TANGGAL,
    TanggalTulis,
    bulan_tahun,
    hari,
    hari_tanggal,
    parse_tanggal,
    parse_tanggal_tulis,
    tanggal,
    tanggal_tulis,
)
from doctools.fmt.terbilang import bilangan_kata, kapital, terbilang, terbilang_rupiah
from doctools.fmt.urutan import diktum, huruf, ordinal, ordinal_angka, rincian, romawi

__all__ = [
    "BATAS_ANGKA",
    "DAFTAR_PANGKAT",
    "GAYA_RUPIAH",
    "NAMA_BULAN",
    "NAMA_HARI",
    "NIP",
    "RUANG_HARI",
    "RUANG_TANGGAL",
    "GayaRupiah",
    "Pangkat",
    "TanggalTulis",
    "angka",
    "baca_angka",
    "bilangan_kata",
    "bulan_tahun",
    "cari_pangkat",
    "diktum",
    "format_nip",
    "golongan_dari_pangkat",
    "hari",
    "hari_tanggal",
    "huruf",
    "kapital",
    "ke_decimal",
    "ordinal",
    "ordinal_angka",
    "pangkat_dari_golongan",
    "parse_angka",
    "parse_nip",
    "parse_tanggal",
    "parse_tanggal_tulis",
    "persen",
    "rincian",
    "romawi",
    "rupiah",
    "tampak_angka",
    "tampil",
    "tanggal",
    "tanggal_tulis",
    "terbilang",
    "terbilang_rupiah",
]
