"""The LKj's Survei Kepuasan Masyarakat, read and scored once.

The questionnaire is the kecamatan's own when ``skm.unsur`` lists its unsur (any number, its
own names, each optionally *setara* with one of the nine of PermenPAN-RB 14/2017); else the
regulation's, named by ``skm.model`` or recognised from the names used. Every name that
names no unsur — in ``setara``, in ``kolom`` or as a key of ``nilai`` — is reported in the same
run, each at its line (``skm.unsur``).

The answers come from a form export (``skm.berkas``), from a distribution per unsur (``persen``
or ``jumlah`` of the answers 1–4, with ``jumlah_responden``; an unsur may give its ``nilai``
instead), or from aggregated scores (``skm.nilai``). Reading the export finds problems in single
cells; a distribution finds its own (:mod:`doctools.kinerja.skm.sebaran`), at the unsur's line.
They carry their reviu rule id (``skm.*``). The mutu is read on the scale of the kecamatan's
policy (:attr:`doctools.tahun.Kebijakan.skala_skm`). The survey may give the realisasi of one
indicator (``skm.sasaran``/``skm.indikator``), resolved here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from doctools.errors import DataError, Lokasi
from doctools.hukum import Temuan
from doctools.kinerja import (
    MODEL_2004,
    MODEL_2017,
    HasilSKM,
    ModelSKM,
    NilaiUnsur,
    SkalaMutu,
    UnsurSKM,
    hitung_skm,
    mutu,
    skm_dari_nilai,
)
from doctools.kinerja.skm import HasilSebaran, MasalahSebaran, dari_jumlah, dari_persen, skm_dari_nrr
from doctools.kinerja.skm.nama import daftar_nama, deteksi_model, indeks_nama, model_dengan_unsur, normal_nama, termirip
from doctools.kinerja.skm.nama import unsur_2017 as cari_unsur_2017
from doctools.kinerja.skm.skor import nilai_unsur
from doctools.masukan.survei import JAWABAN
from doctools.tahun import rujukan
from doctools.tahun.lokasi import lokasi_di
from doctools.tahun.masalah import galat_ke_temuan

if TYPE_CHECKING:
    from doctools.model import DataKecamatan
    from doctools.model.lkj import SKM
    from doctools.tahun.kebijakan import Kebijakan

MODEL = {MODEL_2017.kode: MODEL_2017, MODEL_2004.kode: MODEL_2004}

UNSUR = "skm.unsur"
"""A name that names no unsur (setara, kolom, nilai), an own unsur written twice: galat."""
SEBARAN = "skm.sebaran"
"""A distribution that cannot be scored (percentages not adding up to 100, more answers than respondents): galat."""
SEBARAN_RESPONDEN = "skm.sebaran-responden"
"""A distribution that does not match the number of respondents: peringatan."""


@dataclass(frozen=True)
class Setara:
    """One of the nine PermenPAN-RB 14/2017 unsur and the questionnaire's own unsur comparable with it."""

    unsur: UnsurSKM
    """The regulation's unsur."""
    anggota: tuple[NilaiUnsur, ...]
    """The questionnaire's unsur setara with it (none: the questionnaire does not ask it)."""
    nilai_konversi: Decimal | None
    """The mean nilai konversi of :attr:`anggota` (None when there is none)."""
    mutu: tuple[str, str] | None
    """(mutu, kinerja) of that mean on the survey's scale."""


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
    skala_berlaku: SkalaMutu | None = None
    """The scale of the regulation in force in the report year, when the survey is graded on another (chosen)."""
    unsur_sebagian: tuple[NilaiUnsur | None, ...] = ()
    """When a distribution was refused (no IKM): the scores of the unsur that could be scored, None for the others."""

    @property
    def mutu_berlaku(self) -> tuple[str, str] | None:
        """(mutu, kinerja) of the IKM on the scale in force, when the survey is graded on another."""
        if self.hasil is None or self.skala_berlaku is None:
            return None
        return mutu(self.hasil.ikm, self.skala_berlaku)

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

    @property
    def setara(self) -> tuple[Setara, ...]:
        """The nine PermenPAN-RB 14/2017 unsur with the own unsur setara with each, in the regulation's order.

        Empty unless the questionnaire is the kecamatan's own and maps at least one unsur.
        """
        h = self.hasil
        if h is None or not any(u.setara for u in h.model.unsur):
            return ()
        hasil = []
        for s in MODEL_2017.unsur:
            anggota = tuple(n for u, n in zip(h.model.unsur, h.unsur) if u.setara == s.nama)
            rata = sum((u.nilai_konversi for u in anggota), Decimal(0)) / len(anggota) if anggota else None
            hasil.append(Setara(s, anggota, rata, mutu(rata, h.skala) if rata is not None else None))
        return tuple(hasil)

    @property
    def setara_terendah(self) -> Setara | None:
        """The regulation's unsur with the lowest value among those the questionnaire asks (the first on a tie)."""
        ada = [s for s in self.setara if s.nilai_konversi is not None]
        return min(ada, key=lambda s: s.nilai_konversi or Decimal(0)) if ada else None

    @property
    def tanpa_setara(self) -> tuple[NilaiUnsur, ...]:
        """The own unsur setara with none of the nine (when some are mapped)."""
        if not self.setara or self.hasil is None:
            return ()
        return tuple(n for u, n in zip(self.hasil.model.unsur, self.hasil.unsur) if u.setara is None)


def _galat(daftar: Sequence[DataError], aturan: str | None = UNSUR) -> list[Temuan]:
    return [Temuan("galat", g.pesan, g.lokasi, aturan) for g in daftar]


def _kuesioner_sendiri(data: DataKecamatan, skm: SKM) -> tuple[ModelSKM | None, list[DataError]]:
    """The model of ``skm.unsur``; every duplicate name and unknown ``setara`` at its line."""
    galat: list[DataError] = []
    dilihat: dict[str, int] = {}
    setara: list[str | None] = []
    for i, u in enumerate(skm.unsur):
        n = normal_nama(u.nama)
        if n in dilihat:
            galat.append(DataError(f"unsur '{u.nama}' sudah tertulis sebagai unsur ke-{dilihat[n] + 1}; setiap unsur "
                                   "kuesioner ditulis sekali", lokasi_di(data, "lkj", "skm", "unsur", i, "nama")))
        dilihat.setdefault(n, i)
        if u.setara is not None and cari_unsur_2017(u.setara) is None:
            tampil = {normal_nama(x.nama): x.nama for x in MODEL_2017.unsur}
            mirip = termirip(u.setara, tampil, n=1, cutoff=0.7)
            saran = f"maksudnya '{mirip[0]}'? " if mirip else ""
            galat.append(DataError(f"setara '{u.setara}' bukan unsur PermenPAN-RB 14/2017; {saran}unsur yang dikenal: "
                                   f"{daftar_nama(x.nama for x in MODEL_2017.unsur)}",
                                   lokasi_di(data, "lkj", "skm", "unsur", i, "setara")))
            setara.append(None)
        else:
            setara.append(u.setara)
    if len(dilihat) < len(skm.unsur):  # a name twice: no questionnaire to read names against
        return None, galat
    return model_dengan_unsur([u.nama for u in skm.unsur], setara=setara,
                              nama=f"kuesioner Kecamatan {data.instansi.kecamatan.nama} ({len(skm.unsur)} unsur)"), galat


def _nama_dikenal(model: ModelSKM, nama: Sequence[tuple[str, str, Lokasi]], di: Lokasi, kolom: bool
                  ) -> list[DataError]:
    """Every name of ``nama`` (name, key, where written) names an unsur of ``model``, each once, and none is missing.

    ``kolom``: the names map answer columns (``skm.kolom``), else they key values (``skm.nilai``).
    """
    indeks = indeks_nama(model)
    tampil = {n: model.unsur[i].nama for n, i in indeks.items()}
    galat: list[DataError] = []
    dipakai: dict[int, str] = {}
    sendiri = ("; bila kuesionernya memakai unsur sendiri, tulis unsur-unsurnya di skm.unsur"
               if model.dasar_hukum is not None else "")
    for teks, kunci, lokasi in nama:
        i = indeks.get(normal_nama(teks))
        if i is None:
            mirip = termirip(teks, tampil, n=1, cutoff=0.7)
            saran = f"maksudnya '{mirip[0]}'? " if mirip else ""
            galat.append(DataError(f"unsur '{teks}' tidak dikenal; {saran}unsur {model.nama}: "
                                   f"{daftar_nama(u.nama for u in model.unsur)}{sendiri}", lokasi))
        elif i in dipakai:
            apa = "dipetakan dari dua kolom" if kolom else "diberi nilai dua kali"
            galat.append(DataError(f"unsur '{model.unsur[i].nama}' {apa}, '{dipakai[i]}' dan '{kunci}'; setiap unsur "
                                   "sekali", lokasi))
        else:
            dipakai[i] = kunci
    hilang = [u.nama for i, u in enumerate(model.unsur) if i not in dipakai]
    if hilang and not galat:
        galat.append(DataError(f"unsur {daftar_nama(hilang)} belum ada; setiap unsur {model.nama} membutuhkan "
                               + ("satu kolom (tulis 'huruf kolom: nama unsur' di bawah kolom:)" if kolom
                                  else "nilainya") + sendiri, di))
    return galat


def _periksa_nama(data: DataKecamatan, skm: SKM, model: ModelSKM | None) -> tuple[ModelSKM | None, list[DataError]]:
    """The model, and every name of ``kolom`` (with a file) or ``nilai`` that names none of its unsur."""
    kolom = skm.berkas is not None
    if kolom and skm.kolom:
        nama = [(str(v), str(k), lokasi_di(data, "lkj", "skm", "kolom", str(k))) for k, v in skm.kolom.items()]
        di = lokasi_di(data, "lkj", "skm", "kolom")
    elif skm.nilai is not None:
        nama = [(str(k), str(k), lokasi_di(data, "lkj", "skm", "nilai", str(k))) for k in skm.nilai]
        di = lokasi_di(data, "lkj", "skm", "nilai")
    else:
        return model, []  # a file read by its headers: the reader names the header it cannot place
    if model is None:
        model = deteksi_model([n for n, _, _ in nama], False)
    return model, _nama_dikenal(model, nama, di, kolom)


def _sebaran(data: DataKecamatan, skm: SKM, model: ModelSKM, faktor: int
             ) -> tuple[list[Fraction | None], list[HasilSebaran | None], list[Temuan]]:
    """The NRR of each own unsur from its distribution or value (None where refused), and the problems at their lines."""
    nrr: list[Fraction | None] = []
    hasil: list[HasilSebaran | None] = []
    temuan: list[Temuan] = []
    n = skm.jumlah_responden
    for i, u in enumerate(skm.unsur):
        kolom = "persen" if u.persen is not None else "jumlah" if u.jumlah is not None else "nilai"
        lokasi = lokasi_di(data, "lkj", "skm", "unsur", i, kolom)
        masalah: list[MasalahSebaran]
        satu: HasilSebaran | None = None
        if u.nilai is not None:
            bawah, atas = Decimal(model.nilai_min), Decimal(model.nilai_max)
            if skm.skala == "konversi":
                bawah, atas = bawah * faktor, atas * faktor
            if not bawah <= u.nilai <= atas:
                temuan.append(Temuan("galat", f"nilai unsur '{u.nama}' {u.nilai} di luar rentang {bawah}–{atas} untuk "
                                              f"skala '{skm.skala}'", lokasi, SEBARAN))
                nrr.append(None)
            else:
                f = Fraction(u.nilai)
                nrr.append(f / faktor if skm.skala == "konversi" else f)
            hasil.append(None)
            continue
        if u.persen is not None:
            satu, masalah = dari_persen(u.persen, n, model.nilai_min)
        else:
            assert u.jumlah is not None
            satu, masalah = dari_jumlah(u.jumlah, n, model.nilai_min)
        temuan += [Temuan(m.tingkat, f"unsur '{u.nama}': {m.pesan}", lokasi,
                          SEBARAN if m.tingkat == "galat" else SEBARAN_RESPONDEN) for m in masalah]
        nrr.append(satu.nrr if satu is not None else None)
        hasil.append(satu)
    return nrr, hasil, temuan


def hitung_survei(data: DataKecamatan, kebijakan: Kebijakan) -> tuple[SurveiTahun | None, list[Temuan]]:
    """The survey of ``data`` (None without one) and the problems met reading it."""
    skm = data.lkj.skm if data.lkj is not None else None
    if skm is None:
        return None, []
    lokasi = lokasi_di(data, "lkj", "skm")
    gagal = SurveiTahun(None, None, None, False, lokasi)
    skala = kebijakan.skala_skm
    if skm.unsur:
        model, galat = _kuesioner_sendiri(data, skm)
    else:
        model, galat = MODEL.get(skm.model or ""), []
    if model is not None or not skm.unsur:
        model, galat_nama = _periksa_nama(data, skm, model)
        galat += galat_nama
    if galat:
        return gagal, _galat(galat)
    if skala is None:  # the year has no scale: the policy's problem, reported with it
        return gagal, []
    masalah: list[Temuan] = []
    periode = None
    if skm.berkas is not None:
        # a file that is not there is the LKj's problem; a file that cannot be read is its answers'
        aturan = JAWABAN if (data.folder / skm.berkas).is_file() else None
        try:
            from doctools.model.lembar_lkj import baca_survei_lkj  # the sheet readers only for a survey

            bacaan = baca_survei_lkj(data, skm, model)
            masalah += [Temuan(t.tingkat, t.pesan, t.lokasi, t.aturan or JAWABAN) for t in bacaan.temuan]
            if bacaan.galat or bacaan.jawaban is None:
                return SurveiTahun(None, None, bacaan.periode, False, lokasi), masalah
            hasil = hitung_skm(bacaan.jawaban, skala)
        except DataError as exc:
            return gagal, masalah + galat_ke_temuan(exc, aturan)
        periode = bacaan.periode
    elif skm.sebaran:
        assert model is not None
        nrr, sebaran, masalah = _sebaran(data, skm, model, skala.faktor_konversi)
        jumlah = [s.jumlah if s is not None else None for s in sebaran]
        persen = [s.persen if s is not None else None for s in sebaran]
        if any(n is None for n in nrr):  # the unsur that could be scored still have their declared figures checked
            sebagian = tuple(nilai_unsur(model, skala, i, n, sebaran=jumlah[i], persen=persen[i])
                             if n is not None else None for i, n in enumerate(nrr))
            return replace(gagal, unsur_sebagian=sebagian), masalah
        hasil = skm_dari_nrr(model, [n for n in nrr if n is not None], skm.jumlah_responden, skala,
                             sebaran=jumlah, persen=persen)
    else:
        try:
            hasil = skm_dari_nilai(skm.nilai or {}, skm.jumlah_responden, model, skm.skala, skala_mutu=skala)
        except DataError as exc:
            jalur: tuple[str, ...] = ("skm", "nilai") + ((exc.lokasi.kolom,) if exc.lokasi and exc.lokasi.kolom else ())
            galat_nilai = DataError(exc.pesan, lokasi_di(data, "lkj", *jalur))
            return gagal, galat_ke_temuan(galat_nilai)
    indikator = None
    if skm.sasaran is not None:
        try:
            s_i = rujukan.sasaran(data, skm.sasaran, "skm", "sasaran")
            s = data.kinerja.sasaran[s_i]  # type: ignore[union-attr]
            indikator = (s_i, rujukan.indikator(data, s, skm.indikator, "skm", "indikator"))
        except DataError as exc:
            return SurveiTahun(hasil, None, periode, False, lokasi), masalah + galat_ke_temuan(exc)
    berlaku = kebijakan.skala_skm_berlaku
    lain = berlaku if berlaku is not None and berlaku.kode != skala.kode else None
    return SurveiTahun(hasil, indikator, periode, True, lokasi, lain), masalah
