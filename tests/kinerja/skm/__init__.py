"""Tests of doctools.kinerja.skm, one file per module; the answer sheet they share is here."""

from __future__ import annotations

import csv
from decimal import Decimal as D
from pathlib import Path

from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import MODEL_2004, JawabanSurvei, skala_skm_bawaan
from doctools.masukan.survei import baca_survei

# Headers as a questionnaire might write them: aliases, other case and punctuation, and
# Sarana before Pengaduan (the common U8/U9 swap). Plus two respondent columns.
JUDUL = [
    "No", "Jenis Kelamin", "Persyaratan", "Sistem, Mekanisme & Prosedur", "Waktu Penyelesaian",
    "Biaya / Tarif", "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana",
    "perilaku pelaksana", "Sarana dan Prasarana", "Penanganan Pengaduan, Saran dan Masukan",
]
# Answers per respondent in the order U1..U7, U9 (sarana), U8 (pengaduan); "" = not answered.
JAWABAN = [
    ["1", "L", "4", "3", "3", "4", "3", "3", "4", "3", "2"],
    ["2", "P", "3", "3", "2", "4", "3", "4", "4", "3", "3"],
    ["3", "P", "4", "4", "3", "4", "4", "3", "3", "", "2"],
    ["4", "L", "3", "2", "3", "4", "3", "3", "4", "4", "3"],
]


def tulis_csv(path: Path, judul, baris, pemisah=",", bom=False):
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=pemisah)
        w.writerow(judul)
        w.writerows(baris)
    return path


def baca(path: Path, judul, baris, **kw) -> JawabanSurvei:
    """``baris`` under ``judul`` written to a CSV at ``path``, read as doctools reads a survey file."""
    hasil = baca_survei(tulis_csv(path, judul, baris, **kw))
    assert hasil.jawaban is not None, hasil.temuan
    return hasil.jawaban


def q(x: D) -> D:
    return bulatkan(x, 10)


UNSUR_2004 = [u.nama for u in MODEL_2004.unsur]
SKALA_2017 = skala_skm_bawaan()["permenpanrb-14-2017"]
SKALA_2004 = skala_skm_bawaan()["kepmenpan-25-2004"]
