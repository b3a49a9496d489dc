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
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja import bulatkan, tingkat_kemajuan
from doctools.kinerja.nilai import NilaiTakSejenis, capaian_nilai, sama_nilai, urai_nilai
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.kinerja.skm import HasilSKM
    from doctools.model import DataKecamatan, Indikator
    from doctools.tahun.kebijakan import Kebijakan

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
        return self.tertulis is not None and not sama_nilai(self.tertulis, self.nilai)


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
    capaian_renstra: Mapping[int, Hitungan] = field(default_factory=dict)
    """Every year whose PK revised the target (``target_pk``): the capaian against the Renstra's target,
    which an older report may have printed instead (the reviu names it)."""


class _Ukur:
    """Computes the figures of one indicator; knows where each of its values was written."""

    def __init__(self, data: DataKecamatan, kebijakan: Kebijakan, ind: Indikator, jalur: Jalur) -> None:
        self.data, self.kebijakan, self.ind, self.jalur = data, kebijakan, ind, jalur

    def lokasi(self, *jalur: str | int) -> Lokasi:
        return lokasi_di(self.data, "kinerja", *self.jalur, *jalur)

    def _bercampur(self, tahun: int, target: Nilai, realisasi: Nilai, apa: str, kolom: str,
                   tahun_target: int) -> DataError:
        """A target and a realisasi with neither a number nor a label in common: at the realisasi's own line.

        The realisasi is typed in the year it belongs to (the survey's, when not typed, at the target);
        the message names the target's line, which may be of another year (the Renstra's last).
        """
        di_target = self.lokasi(kolom, str(tahun_target))
        di_realisasi = self.lokasi("realisasi", str(tahun)) if tahun in self.ind.realisasi else di_target
        baris = f" (baris {di_target.baris})" if di_target.baris and di_target != di_realisasi else ""
        return DataError(
            f"{apa} indikator '{self.ind.nama}' {_jenis(target)} '{_tampil(target)}'{baris}, tetapi realisasi tahun "
            f"{tahun} {_jenis(realisasi)} '{_tampil(realisasi)}': keduanya harus memuat angka, atau keduanya label "
            "(mis. mutu B); target berlabel yang berangka ditulis dengan angkanya, mis. 'B (80)'", di_realisasi)

    def capaian(self, tahun: int, target: Nilai, realisasi: Nilai, kolom: str | None = None) -> Hitungan:
        """``realisasi`` against ``target``, written in field ``kolom`` (default: the PK's) of year ``tahun``.

        Numbers when both have one (a label beside a number, "B (80)", counts as its number), the
        labels' values (``pengukuran.nilai_kualitatif``) when both have a label.
        """
        kolom = kolom or self.ind.kolom_target(tahun)
        lokasi = self.lokasi(kolom, str(tahun))
        k = self.kebijakan
        try:
            return Hitungan(capaian_nilai(target, realisasi, self.ind.polaritas, k.rumus_negatif, k.nilai_kualitatif,
                                          lokasi=lokasi), lokasi=lokasi)
        except NilaiTakSejenis:
            return Hitungan(galat=self._bercampur(tahun, target, realisasi, f"target tahun {tahun}", kolom, tahun),
                            lokasi=lokasi)
        except DataError as exc:
            return Hitungan(galat=self._label(exc, target, realisasi, lokasi), lokasi=lokasi)

    @staticmethod
    def _label(exc: DataError, target: Nilai, realisasi: Nilai, lokasi: Lokasi) -> DataError:
        """A label the value map does not know: where the map is, and how to write a label's number."""
        if isinstance(target, Decimal) or isinstance(realisasi, Decimal) or "label" not in exc.pesan:
            return exc
        return DataError(f"{exc.pesan} (peta nilai: pengukuran.nilai_kualitatif di lkj.yaml; label yang berangka "
                         "ditulis dengan angkanya, mis. 'B (80)')", lokasi)

    def kemajuan(self, tahun: int, akhir: int, target_akhir: Nilai, realisasi: Nilai) -> Hitungan:
        """``realisasi`` of ``tahun`` against the Renstra's target of its last year ``akhir``."""
        lokasi = self.lokasi("target", str(akhir))
        t, r = urai_nilai(target_akhir), urai_nilai(realisasi)
        if t.angka is None or r.angka is None:
            if t.label is None or r.label is None:
                return Hitungan(galat=self._bercampur(tahun, target_akhir, realisasi,
                                                      f"target akhir Renstra (tahun {akhir})", "target", akhir),
                                lokasi=lokasi)
            return self.capaian(akhir, target_akhir, realisasi, "target")  # labels: their values, as a capaian
        try:
            return Hitungan(tingkat_kemajuan(r.angka, t.angka, self.ind.polaritas, self.kebijakan.rumus_negatif,
                                             lokasi=lokasi), lokasi=lokasi)
        except DataError as exc:
            return Hitungan(galat=exc, lokasi=lokasi)


def _jenis(nilai: Nilai) -> str:
    return "berupa angka" if isinstance(nilai, Decimal) else "berupa label"


def _tampil(nilai: Nilai) -> str:
    return fmt.angka(nilai, max(-nilai.as_tuple().exponent, 0)) if isinstance(nilai, Decimal) else nilai  # type: ignore[operator]


def _survei(ind: Indikator, tahun: int, hasil: HasilSKM) -> RealisasiSurvei:
    """The survey's realisasi in the target's form: the IKM, the mutu, or both ("B (82,83)")."""
    target = ind.target_perjanjian(tahun)
    if isinstance(target, str):
        nilai: Nilai = hasil.mutu if urai_nilai(target).angka is None else \
            f"{hasil.mutu} ({fmt.angka(bulatkan(hasil.ikm), 2)})"
    else:
        nilai = bulatkan(hasil.ikm)
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
    # each year against the target its PK committed to (a revised one, else the Renstra's)
    capaian = {t: u.capaian(t, target, r) for t, r in sorted(realisasi.items())
               if (target := ind.target_perjanjian(t)) is not None}
    renstra = {t: u.capaian(t, ind.target[t], r, "target") for t, r in sorted(realisasi.items())
               if t in ind.target_pk and t in ind.target}
    akhir = data.kinerja.periode_akhir if data.kinerja is not None else None
    kemajuan = {} if akhir is None or akhir not in ind.target else \
        {t: u.kemajuan(t, akhir, ind.target[akhir], r) for t, r in sorted(realisasi.items())}
    return CapaianIndikator(ind, jalur, u.lokasi(), realisasi, capaian, kemajuan, dari_survei, renstra)


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
