"""Survei Kepuasan Masyarakat (SKM): from raw answers or aggregated scores to the IKM and mutu.

Two models are data (:class:`ModelSKM`), each carrying the regulation it comes from so a report
can say which one was applied:

* :data:`MODEL_2017` — PermenPAN-RB 14/2017: 9 unsur, bobot 1/9, nilai konversi ×25, mutu
  A/B/C/D on the IKM rounded to 2 decimals (25,00–64,99 D Tidak Baik; 65,00–76,60 C Kurang Baik;
  76,61–88,30 B Baik; 88,31–100,00 A Sangat Baik).
* :data:`MODEL_2004` — KepMenPAN 25/2004 (revoked): 14 unsur, bobot 1/14, mutu D 25,00–43,75 /
  C 43,76–62,50 / B 62,51–81,25 / A 81,26–100,00. The unsur names are recalled from the
  regulation and not verified against its text (see each unsur's ``pasti``).

**Arithmetic.** Everything is computed with exact fractions (the bobot is exactly ``1/n``, not the
regulation's printed "0,11"), and converted to :class:`~decimal.Decimal` (28 significant digits)
only in the result, so a survey where everyone answered 4 gives an IKM of exactly 100. Nothing is
rounded except to pick a mutu, which reads the value rounded to 2 decimals half-up (the printed
value), as the regulation's table is written in 2-decimal values.

    NRR unsur            = Σ nilai / number of respondents who answered that unsur
    NRR tertimbang unsur = NRR × bobot
    IKM                  = Σ NRR tertimbang × 25   (= mean of the NRR × 25)
    nilai konversi unsur = NRR × 25

**Unsur are matched by name, never by position** (questionnaires differ: many swap U8 and U9).
Names are compared after normalisation — case, punctuation and spaces ignored, "&" read as
"dan", "/" as a space, the word "dan" dropped, and a leading number or code ("1.", "U1 -")
dropped — and common aliases are accepted ("Prosedur", "Biaya", "Tarif", "Pengaduan",
"Sarana", ...). Positional codes alone ("U1" … "U9") are accepted only with
``kode_posisi=True``.

**Columns of a survey file** (read by :mod:`doctools.masukan.survei`): a column is an unsur
column when its header matches an unsur of the model by name or alias (:func:`.nama.cocokkan_kolom`).
Every other column is ignored and listed in :attr:`JawabanSurvei.kolom_diabaikan` — *except* a
header that looks like an unsur but is not one (a near miss of an unsur name, or a positional
code while codes are not allowed): that is an error naming the closest unsur, since a misspelt
unsur silently ignored would change the IKM. Known respondent columns (No, Nama, Responden, Jenis
Kelamin, Umur, Pendidikan, Pekerjaan, Saran, ...) are always ignored. Each unsur of the model
must have exactly one column.

**Rows**: one per respondent (:class:`JawabanSurvei`); each unsur answer is an integer 1–4, or
blank when the respondent did not answer it (NRR divides by those who answered).

The package by job: :mod:`.model` (the regulations' models), :mod:`.nama` (matching names to
unsur), :mod:`.jawaban` (raw answers), :mod:`.skor` (NRR and IKM), :mod:`.mutu`, :mod:`.responden`
(sample size), :mod:`.grafik` (the chart).
"""

from doctools.kinerja.skm.grafik import grafik_skm
from doctools.kinerja.skm.jawaban import JawabanSurvei
from doctools.kinerja.skm.model import MODEL_2004, MODEL_2017, MODEL_SKM, IntervalMutu, ModelSKM, UnsurSKM
from doctools.kinerja.skm.mutu import mutu
from doctools.kinerja.skm.nama import model_dengan_unsur
from doctools.kinerja.skm.responden import TABEL_KREJCIE_MORGAN, minimal_responden
from doctools.kinerja.skm.skor import HasilSKM, NilaiUnsur, hitung_skm, skm_dari_nilai

__all__ = [
    "MODEL_2004",
    "MODEL_2017",
    "MODEL_SKM",
    "TABEL_KREJCIE_MORGAN",
    "HasilSKM",
    "IntervalMutu",
    "JawabanSurvei",
    "ModelSKM",
    "NilaiUnsur",
    "UnsurSKM",
    "grafik_skm",
    "hitung_skm",
    "minimal_responden",
    "model_dengan_unsur",
    "mutu",
    "skm_dari_nilai",
]
