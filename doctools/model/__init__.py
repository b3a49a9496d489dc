"""Typed data models, validated from the user's YAML with file:line in every error.

The names below are imported on first use (PEP 562): building a model's validator is most of
its import, and a command pays only for the models it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from doctools.errors import KumpulanGalat

if TYPE_CHECKING:
    from doctools.model.dataset import DataKecamatan, muat_data
    from doctools.model.instansi import Instansi, Kecamatan, Pemerintah, Pengaturan
    from doctools.model.keputusan import BlokJabatan, Diktum, Keputusan, KeputusanIKI, Nomor
    from doctools.model.kinerja import Indikator, Kinerja, Pecahan, Sasaran, Tujuan
    from doctools.model.lkj import LaporanKinerja, urai_narasi
    from doctools.model.penanda_tangan import Pejabat, PenandaTangan, Pihak
    from doctools.model.perjanjian import MataAnggaran, Perjanjian, PerjanjianKinerja, rangkai

_MODUL = {
    "dataset": ("DataKecamatan", "muat_data"),
    "instansi": ("Instansi", "Kecamatan", "Pemerintah", "Pengaturan"),
    "keputusan": ("BlokJabatan", "Diktum", "Keputusan", "KeputusanIKI", "Nomor"),
    "kinerja": ("Indikator", "Kinerja", "Pecahan", "Sasaran", "Tujuan"),
    "lkj": ("LaporanKinerja", "urai_narasi"),
    "penanda_tangan": ("Pejabat", "PenandaTangan", "Pihak"),
    "perjanjian": ("MataAnggaran", "Perjanjian", "PerjanjianKinerja", "rangkai"),
}
_ASAL = {nama: modul for modul, daftar in _MODUL.items() for nama in daftar}
"""Public name → the submodule that defines it."""

__all__ = [
    "BlokJabatan", "DataKecamatan", "Diktum", "KeputusanIKI", "Indikator", "Instansi", "Kecamatan", "Keputusan", "Kinerja",
    "KumpulanGalat", "Nomor", "Pecahan", "Pejabat", "Pemerintah", "Pengaturan", "Sasaran", "Tujuan",
    "muat_data",
    "MataAnggaran", "PenandaTangan", "Perjanjian", "PerjanjianKinerja", "Pihak", "rangkai",
    "LaporanKinerja", "urai_narasi",
]


def __getattr__(nama: str) -> object:
    modul = _ASAL.get(nama)
    if modul is None:
        raise AttributeError(f"module 'doctools.model' has no attribute {nama!r}")
    nilai = getattr(importlib.import_module(f"doctools.model.{modul}"), nama)
    globals()[nama] = nilai
    return nilai
