"""Survei Kepuasan Masyarakat (SKM): from raw answers, distributions or aggregated scores to the IKM and mutu.

A survey is scored with two things chosen apart:

* **the questionnaire** (:class:`ModelSKM`): the unsur asked. :data:`MODEL_2017` is the nine of
  PermenPAN-RB 14/2017, :data:`MODEL_2004` the fourteen of KepMenPAN 25/2004 (revoked; names
  recalled, not verified: see each unsur's ``pasti``); a kecamatan's own questionnaire (any number
  of unsur, its own names) is :func:`model_dengan_unsur`, each of its unsur optionally *setara*
  (comparable) with one of the nine;
* **the mutu scale** (:class:`SkalaMutu`, ``data/katalog/skala-skm.yaml``): the IKM interval of
  each mutu A–D, of the regulation in force in the report year (:func:`skala_skm_berlaku`) unless the
  kecamatan chose another. 2017 intervals: 25,00–64,99 D Tidak Baik; 65,00–76,60 C Kurang Baik;
  76,61–88,30 B Baik; 88,31–100,00 A Sangat Baik.

Every function that gives a mutu takes the scale as an argument: none has a default.

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

**Distributions** (:mod:`.sebaran`): when the raw answers were not kept, an unsur's answers as
counts or percentages of 1–4 give its NRR (the percentages turned back into counts when they
match the respondents).

The package by job: :mod:`.model` (the regulations' questionnaires), :mod:`.skala` (mutu scales),
:mod:`.nama` (matching names to unsur), :mod:`.jawaban` (raw answers), :mod:`.sebaran`
(distributions), :mod:`.skor` (NRR and IKM), :mod:`.mutu`, :mod:`.responden` (sample size),
:mod:`.grafik` (the chart).
"""

from doctools.kinerja.skm.grafik import grafik_skm
from doctools.kinerja.skm.jawaban import JawabanSurvei
from doctools.kinerja.skm.model import MODEL_2004, MODEL_2017, MODEL_SKM, ModelSKM, UnsurSKM
from doctools.kinerja.skm.mutu import mutu
from doctools.kinerja.skm.nama import model_dengan_unsur, unsur_2017
from doctools.kinerja.skm.responden import TABEL_KREJCIE_MORGAN, minimal_responden
from doctools.kinerja.skm.sebaran import HasilSebaran, MasalahSebaran, dari_jumlah, dari_persen
from doctools.kinerja.skm.skala import IntervalMutu, SkalaMutu, pilih_skala_skm, skala_skm_bawaan, skala_skm_berlaku
from doctools.kinerja.skm.skor import HasilSKM, NilaiUnsur, hitung_skm, skm_dari_nilai, skm_dari_nrr

__all__ = [
    "MODEL_2004",
    "MODEL_2017",
    "MODEL_SKM",
    "TABEL_KREJCIE_MORGAN",
    "HasilSKM",
    "HasilSebaran",
    "IntervalMutu",
    "JawabanSurvei",
    "MasalahSebaran",
    "ModelSKM",
    "NilaiUnsur",
    "SkalaMutu",
    "UnsurSKM",
    "dari_jumlah",
    "dari_persen",
    "grafik_skm",
    "hitung_skm",
    "minimal_responden",
    "model_dengan_unsur",
    "mutu",
    "pilih_skala_skm",
    "skala_skm_bawaan",
    "skala_skm_berlaku",
    "skm_dari_nilai",
    "skm_dari_nrr",
    "unsur_2017",
]
