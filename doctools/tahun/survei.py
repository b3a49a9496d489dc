"""The LKj's Survei Kepuasan Masyarakat, read and scored once.

From raw answers (``skm.berkas``: a form export) or from aggregated scores (``skm.nilai``). Reading
the answers finds problems in single cells (an unknown label, an empty answer, a respondent met
twice); they carry their reviu rule id (``skm.*``) from :mod:`doctools.masukan.survei`. The survey
may give the realisasi of one indicator (``skm.sasaran``/``skm.indikator``), resolved here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from doctools.errors import DataError, Lokasi
from doctools.hukum import Temuan
from doctools.kinerja import MODEL_2004, MODEL_2017, HasilSKM, NilaiUnsur, hitung_skm, skm_dari_nilai
from doctools.masukan.survei import JAWABAN
from doctools.model import DataKecamatan
from doctools.model.lembar_lkj import baca_survei_lkj
from doctools.tahun import rujukan
from doctools.tahun.lokasi import lokasi_di
from doctools.tahun.masalah import galat_ke_temuan

MODEL = {MODEL_2017.kode: MODEL_2017, MODEL_2004.kode: MODEL_2004}


@dataclass(frozen=True)
class SurveiTahun:
    """The survey result and what it measures."""

    hasil: HasilSKM | None
    """None when the answers could not be read or scored (the problems say why)."""
    indikator: tuple[int, int] | None
    """(sasaran, indicator) indexes of kinerja.yaml whose report-year realisasi is the IKM."""
    periode: tuple[dt.date, dt.date] | None
    """First and last day of the answers, from the sheet's timestamp column."""
    lengkap: bool
    """Read, scored and every reference resolved: the LKj can print it."""
    lokasi: Lokasi
    """Where lkj.yaml describes the survey."""

    @property
    def unsur_urut(self) -> tuple[NilaiUnsur, ...]:
        """The unsur from the lowest converted score to the highest (a tie keeps the model's order)."""
        return tuple(sorted(self.hasil.unsur, key=lambda u: u.nilai_konversi)) if self.hasil is not None else ()

    @property
    def unsur_di_bawah_ikm(self) -> tuple[NilaiUnsur, ...]:
        """The unsur scoring below the IKM, lowest first: where the service should improve first."""
        if self.hasil is None:
            return ()
        ikm = self.hasil.ikm
        return tuple(u for u in self.unsur_urut if u.nilai_konversi < ikm)


def hitung_survei(data: DataKecamatan) -> tuple[SurveiTahun | None, list[Temuan]]:
    """The survey of ``data`` (None without one) and the problems met reading it."""
    skm = data.lkj.skm if data.lkj is not None else None
    if skm is None:
        return None, []
    lokasi = lokasi_di(data, "lkj", "skm")
    model = MODEL.get(skm.model or "")
    masalah: list[Temuan] = []
    periode = None
    if skm.berkas is not None:
        # a file that is not there is the LKj's problem; a file that cannot be read is its answers'
        aturan = JAWABAN if (data.folder / skm.berkas).is_file() else None
        try:
            bacaan = baca_survei_lkj(data, skm, model)
            masalah += [Temuan(t.tingkat, t.pesan, t.lokasi, t.aturan or JAWABAN) for t in bacaan.temuan]
            if bacaan.galat or bacaan.jawaban is None:
                return SurveiTahun(None, None, bacaan.periode, False, lokasi), masalah
            hasil = hitung_skm(bacaan.jawaban)
        except DataError as exc:
            return SurveiTahun(None, None, None, False, lokasi), masalah + galat_ke_temuan(exc, aturan)
        periode = bacaan.periode
    else:
        try:
            hasil = skm_dari_nilai(skm.nilai or {}, skm.jumlah_responden, model, skm.skala)
        except DataError as exc:
            jalur: tuple[str, ...] = ("skm", "nilai") + ((exc.lokasi.kolom,) if exc.lokasi and exc.lokasi.kolom else ())
            galat = DataError(exc.pesan, lokasi_di(data, "lkj", *jalur))
            return SurveiTahun(None, None, None, False, lokasi), galat_ke_temuan(galat)
    indikator = None
    if skm.sasaran is not None:
        try:
            s_i = rujukan.sasaran(data, skm.sasaran, "skm", "sasaran")
            s = data.kinerja.sasaran[s_i]  # type: ignore[union-attr]
            indikator = (s_i, rujukan.indikator(data, s, skm.indikator, "skm", "indikator"))
        except DataError as exc:
            return SurveiTahun(hasil, None, periode, False, lokasi), masalah + galat_ke_temuan(exc)
    return SurveiTahun(hasil, indikator, periode, True, lokasi), masalah
