"""Regulations: the catalog, citation text and the "Mengingat" list of a Keputusan.

Depends only on the layers below it: :mod:`doctools.load` (the catalog's YAML), :mod:`doctools.errors`,
:mod:`doctools.terjemah` and :mod:`doctools.sumber`.

    katalog = Katalog.dari_berkas("data/lokal.yaml", dasar=Katalog.bawaan())
    hasil = susun_mengingat(["uu-23-2014", {"kunci": "uud-1945", "pasal": "Pasal 18 ayat (6)"}], katalog)
    hasil.butir   # ordered citation strings, without ";"
    hasil.temuan  # Temuan("galat" | "peringatan" | "info", pesan, lokasi)
"""

from doctools.hukum.jenis import JENIS, JenisPeraturan, kode_jenis, peringkat
from doctools.hukum.katalog import BERKAS_BAWAAN, Katalog, normalisasi_nomor
from doctools.hukum.kutipan import Kutipan
from doctools.hukum.mengingat import HasilMengingat, susun_mengingat
from doctools.hukum.model import Lembaran, Peraturan, Tambahan
from doctools.hukum.nama import UUD_1945, nama_singkat, penempatan, sebutan, sitasi_tunggal
from doctools.hukum.periksa import periksa_katalog_pengguna, periksa_kelengkapan
from doctools.hukum.sitasi import sitasi
from doctools.hukum.temuan import Temuan, Tingkat
from doctools.hukum.urutan import bandingkan_urutan, urutkan_peraturan

__all__ = [
    "BERKAS_BAWAAN",
    "JENIS",
    "UUD_1945",
    "HasilMengingat",
    "JenisPeraturan",
    "Katalog",
    "Kutipan",
    "Lembaran",
    "Peraturan",
    "Tambahan",
    "Temuan",
    "Tingkat",
    "bandingkan_urutan",
    "kode_jenis",
    "nama_singkat",
    "normalisasi_nomor",
    "penempatan",
    "periksa_katalog_pengguna",
    "periksa_kelengkapan",
    "peringkat",
    "sebutan",
    "sitasi",
    "sitasi_tunggal",
    "susun_mengingat",
    "urutkan_peraturan",
]
