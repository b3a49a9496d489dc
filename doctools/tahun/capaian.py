"""Every indicator of kinerja.yaml measured in every year it can be: realisasi, capaian, tingkat kemajuan.

Computed once for the whole data set, with the kecamatan's policy (:mod:`doctools.tahun.kebijakan`):
the LKj prints the report year's figures and history from here, and the reviu compares the values
a user copied from an older document (``tertulis:``) with the same figures.

The report year's realisasi of the indicator the LKj's survey measures is the survey's IKM (or its
mutu, for a label target) when it is not typed; a typed one that differs is a conflict the LKj
refuses (:attr:`CapaianIndikator.realisasi_survei`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from doctools.errors import DataError, Lokasi
from doctools.kinerja import bulatkan, hitung_capaian, hitung_capaian_kualitatif, tingkat_kemajuan
from doctools.kinerja.skm import HasilSKM
from doctools.model import DataKecamatan, Indikator
from doctools.tahun.kebijakan import Kebijakan
from doctools.tahun.lokasi import lokasi_di

Nilai = Decimal | str
"""A target or realisasi: a number, or a label (an SKM mutu "B", an audit opinion "WTP")."""
Jalur = tuple[str | int, ...]


@dataclass(frozen=True)
class Hitungan:
    """A capaian or tingkat kemajuan: its value, or the error that refused its inputs (a zero target, …)."""

    nilai: Decimal | None = None
    galat: DataError | None = None
    lokasi: Lokasi | None = None
    """The target it was measured against (in kinerja.yaml)."""

    def pasti(self) -> Decimal:
        """The value; the error when the inputs were refused."""
        if self.galat is not None:
            raise self.galat
        assert self.nilai is not None
        return self.nilai


@dataclass(frozen=True)
class RealisasiSurvei:
    """The report year's realisasi the LKj's survey gives an indicator."""

    tahun: int
    nilai: Nilai
    """The IKM rounded to 2 decimals, or its mutu when the target is a label."""
    ikm: Decimal
    tertulis: Nilai | None
    """The realisasi typed for that year as well, if any."""

    @property
    def bertentangan(self) -> bool:
        """A typed realisasi that is not the survey's."""
        return self.tertulis is not None and self.tertulis != self.nilai


@dataclass(frozen=True)
class CapaianIndikator:
    """One indicator (of a tujuan or a sasaran) with its figures per year."""

    indikator: Indikator
    jalur: Jalur
    """``("sasaran", 0, "indikator", 1)``: where it is in kinerja.yaml."""
    lokasi: Lokasi
    realisasi: Mapping[int, Nilai]
    """As typed; for the report year of the survey's indicator, the survey's value when none is typed."""
    capaian: Mapping[int, Hitungan]
    """Every year with a target and a realisasi."""
    kemajuan: Mapping[int, Hitungan]
    """Every year with a realisasi, against the target of the Renstra's last year (when it has one)."""
    realisasi_survei: RealisasiSurvei | None = None


def _label_bercampur(ind: Indikator, tahun: int, lokasi: Lokasi) -> DataError:
    return DataError(f"target dan realisasi tahun {tahun} indikator '{ind.nama}' harus sama-sama angka atau "
                     "sama-sama label (mis. mutu B)", lokasi)


class _Ukur:
    """Computes the figures of one indicator; knows where each of its values was written."""

    def __init__(self, data: DataKecamatan, kebijakan: Kebijakan, ind: Indikator, jalur: Jalur) -> None:
        self.data, self.kebijakan, self.ind, self.jalur = data, kebijakan, ind, jalur

    def lokasi(self, *jalur: str | int) -> Lokasi:
        return lokasi_di(self.data, "kinerja", *self.jalur, *jalur)

    def kualitatif(self, tahun: int, target: str, realisasi: str) -> Decimal:
        lokasi = self.lokasi("target", str(tahun))
        try:
            return hitung_capaian_kualitatif(target, realisasi, self.kebijakan.nilai_kualitatif, lokasi=lokasi)
        except DataError as exc:
            raise DataError(f"{exc.pesan} (peta nilai: pengukuran.nilai_kualitatif di lkj.yaml)", lokasi) from None

    def capaian(self, tahun: int, target: Nilai, realisasi: Nilai) -> Hitungan:
        """``realisasi`` against ``target``, the target of year ``tahun``."""
        lokasi = self.lokasi("target", str(tahun))
        try:
            if isinstance(target, str) or isinstance(realisasi, str):
                if not (isinstance(target, str) and isinstance(realisasi, str)):
                    raise _label_bercampur(self.ind, tahun, self.lokasi("realisasi", str(tahun)))
                return Hitungan(self.kualitatif(tahun, target, realisasi), lokasi=lokasi)
            return Hitungan(hitung_capaian(target, realisasi, self.ind.polaritas, self.kebijakan.rumus_negatif,
                                           lokasi=lokasi), lokasi=lokasi)
        except DataError as exc:
            return Hitungan(galat=exc, lokasi=lokasi)

    def kemajuan(self, akhir: int, target_akhir: Nilai, realisasi: Nilai) -> Hitungan:
        """``realisasi`` against the target of the Renstra's last year ``akhir``."""
        if isinstance(target_akhir, str) or isinstance(realisasi, str):
            return self.capaian(akhir, target_akhir, realisasi)
        lokasi = self.lokasi("target", str(akhir))
        try:
            return Hitungan(tingkat_kemajuan(realisasi, target_akhir, self.ind.polaritas,
                                             self.kebijakan.rumus_negatif, lokasi=lokasi), lokasi=lokasi)
        except DataError as exc:
            return Hitungan(galat=exc, lokasi=lokasi)


def _survei(ind: Indikator, tahun: int, hasil: HasilSKM) -> RealisasiSurvei:
    nilai: Nilai = hasil.mutu if isinstance(ind.target.get(tahun), str) else bulatkan(hasil.ikm)
    return RealisasiSurvei(tahun, nilai, hasil.ikm, ind.realisasi.get(tahun))


def hitung_indikator(data: DataKecamatan, kebijakan: Kebijakan, ind: Indikator, jalur: Jalur,
                     survei: tuple[int, HasilSKM] | None = None) -> CapaianIndikator:
    """The figures of one indicator; ``survei`` is (report year, result) when the survey measures it."""
    u = _Ukur(data, kebijakan, ind, jalur)
    realisasi: dict[int, Nilai] = dict(ind.realisasi)
    dari_survei = None
    if survei is not None:
        dari_survei = _survei(ind, *survei)
        realisasi.setdefault(dari_survei.tahun, dari_survei.nilai)
    capaian = {t: u.capaian(t, ind.target[t], r) for t, r in sorted(realisasi.items()) if t in ind.target}
    akhir = data.kinerja.periode_akhir if data.kinerja is not None else None
    kemajuan = {} if akhir is None or akhir not in ind.target else \
        {t: u.kemajuan(akhir, ind.target[akhir], r) for t, r in sorted(realisasi.items())}
    return CapaianIndikator(ind, jalur, u.lokasi(), realisasi, capaian, kemajuan, dari_survei)


def indikator_kinerja(data: DataKecamatan) -> Iterator[tuple[Indikator, Jalur]]:
    """Every indicator of kinerja.yaml with its path: the tujuan's, then the sasaran's."""
    kinerja = data.kinerja
    if kinerja is None:
        return
    for t_i, t in enumerate(kinerja.tujuan):
        for i_i, ind in enumerate(t.indikator):
            yield ind, ("tujuan", t_i, "indikator", i_i)
    for s_i, s in enumerate(kinerja.sasaran):
        for i_i, ind in enumerate(s.indikator):
            yield ind, ("sasaran", s_i, "indikator", i_i)


def hitung_capaian_kinerja(data: DataKecamatan, kebijakan: Kebijakan,
                           survei: tuple[int, int, int, HasilSKM] | None) -> tuple[CapaianIndikator, ...]:
    """Every indicator's figures; ``survei`` is (sasaran, indicator, report year, result) of the LKj's survey."""
    hasil = []
    for ind, jalur in indikator_kinerja(data):
        dari = None
        if survei is not None and jalur[0] == "sasaran" and (jalur[1], jalur[3]) == survei[:2]:
            dari = (survei[2], survei[3])
        hasil.append(hitung_indikator(data, kebijakan, ind, jalur, dari))
    return tuple(hasil)
