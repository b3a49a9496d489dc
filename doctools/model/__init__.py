"""Typed data models, validated from the user's YAML with file:line in every error."""

from doctools.errors import KumpulanGalat
from doctools.model.dataset import DataKecamatan, muat_data
from doctools.model.instansi import Instansi, Kecamatan, Pemerintah, Pengaturan
from doctools.model.keputusan import BlokJabatan, Diktum, Keputusan, KeputusanIKI, Nomor
from doctools.model.kinerja import Indikator, Kinerja, Pecahan, Sasaran, Tujuan
from doctools.model.lkj import LaporanKinerja, urai_narasi
from doctools.model.penanda_tangan import Pejabat, PenandaTangan, Pihak
from doctools.model.perjanjian import (
    MataAnggaran,
    Perjanjian,
    PerjanjianKinerja,
    rangkai,
)

__all__ = [
    "BlokJabatan", "DataKecamatan", "Diktum", "KeputusanIKI", "Indikator", "Instansi", "Kecamatan", "Keputusan", "Kinerja",
    "KumpulanGalat", "Nomor", "Pecahan", "Pejabat", "Pemerintah", "Pengaturan", "Sasaran", "Tujuan",
    "muat_data",
    "MataAnggaran", "PenandaTangan", "Perjanjian", "PerjanjianKinerja", "Pihak", "rangkai",
    "LaporanKinerja", "urai_narasi",
]
