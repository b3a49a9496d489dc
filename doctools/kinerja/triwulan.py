"""Quarterly targets and realisasi of a Rencana Aksi: cumulation, consistency and capaian.

An indicator's quarterly values are of one of two kinds:

* ``kumulatif``: each quarter's value counts from January — "2 dokumen by the end of TW II" — so
  the TW IV value is the year's, and (for a count or a rate) no quarter is above the year's;
* ``per-triwulan``: each quarter's own value — "3 kegiatan in TW II" — so the running sum is the
  cumulative value and the four add up to the year's.

Realisasi follows the kind of its indicator. Capaian per quarter compares the cumulative
realisasi with the cumulative target of that quarter, and with the year's target, with the LKj's
polarity rules (:func:`~doctools.kinerja.nilai.capaian_nilai`); a label target (a mutu such as
``B``, or ``B (80)`` with its number) is measured like the LKj's, kumulatif only. Values are Decimal (or label text) and
unrounded. Quarters are 1–4; a quarter without a value is absent from its mapping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import Polaritas, RumusNegatif
from doctools.kinerja.nilai import angka_nilai, capaian_nilai, sama_nilai

JenisTarget = Literal["kumulatif", "per-triwulan"]
Nilai = Decimal | str
TRIWULAN = (1, 2, 3, 4)


def _angka(nilai: Mapping[int, Nilai], apa: str, lokasi: Lokasi | None) -> dict[int, Decimal]:
    label = sorted(tw for tw, v in nilai.items() if not isinstance(v, Decimal))
    if label:
        raise DataError(f"{apa} triwulan {label[0]} berupa label '{nilai[label[0]]}'; {apa} per-triwulan "
                        "dijumlahkan, jadi harus berupa angka (label hanya untuk jenis kumulatif)", lokasi)
    return {tw: v for tw, v in nilai.items() if isinstance(v, Decimal)}


def kumulatif(nilai: Mapping[int, Nilai], jenis: JenisTarget, *, apa: str = "target",
              lokasi: Lokasi | None = None) -> dict[int, Nilai]:
    """The cumulative value of each quarter that has one (from January to its end).

    ``kumulatif`` values are already cumulative. ``per-triwulan`` values are summed; a quarter
    without its own value then carries the sum so far, from the first quarter with a value on.
    """
    if jenis == "kumulatif":
        return dict(sorted(nilai.items()))
    angka = _angka(nilai, apa, lokasi)
    hasil: dict[int, Nilai] = {}
    jumlah: Decimal | None = None
    for tw in TRIWULAN:
        if tw in angka:
            jumlah = angka[tw] if jumlah is None else jumlah + angka[tw]
        if jumlah is not None:
            hasil[tw] = jumlah
    return hasil


def akhir_tahun(target: Mapping[int, Nilai], jenis: JenisTarget, *, lokasi: Lokasi | None = None) -> Nilai | None:
    """The year's value the quarterly targets lead to: the cumulative target of TW IV (None: no TW IV)."""
    return kumulatif(target, jenis, lokasi=lokasi).get(4)


def sama(a: Nilai | None, b: Nilai | None) -> bool:
    """Two targets are the same number (4 = 4.0) or the same label (case and spaces ignored; "B (80)" = "B (80 %)")."""
    return a is not None and b is not None and sama_nilai(a, b)


@dataclass(frozen=True)
class MasalahTarget:
    """A quarterly target that contradicts the year's (for the reviu to report)."""

    jenis: Literal["akhir", "melebihi"]
    triwulan: int
    nilai: Nilai | None
    """``akhir``: the cumulative TW IV target (None when TW IV has none); ``melebihi``: the quarter's."""


def periksa_target(target: Mapping[int, Nilai], jenis: JenisTarget, target_tahun: Nilai,
                   *, lokasi: Lokasi | None = None) -> list[MasalahTarget]:
    """What is wrong with quarterly targets against the year's target.

    * ``akhir``: the cumulative TW IV target is not the year's target;
    * ``melebihi``: a ``kumulatif`` quarter's numeric target is above the year's (a count or a rate
      reached by the end of a quarter cannot exceed what the whole year aims at).
    """
    masalah: list[MasalahTarget] = []
    akhir = akhir_tahun(target, jenis, lokasi=lokasi)
    if not sama(akhir, target_tahun):
        masalah.append(MasalahTarget("akhir", 4, akhir))
    if jenis == "kumulatif" and isinstance(target_tahun, Decimal):
        for tw, nilai in sorted(target.items()):
            if isinstance(nilai, Decimal) and nilai > target_tahun:
                masalah.append(MasalahTarget("melebihi", tw, nilai))
    return masalah


def triwulan_terlewat(realisasi: Mapping[int, object], target: Mapping[int, object]) -> list[tuple[int, int]]:
    """(quarter entered, earlier quarter not entered) for realisasi reported out of order.

    Only a quarter with a target of its own is expected to report (a survey held each semester
    has no TW I value), so only such a quarter left empty before a later one counts.
    """
    hasil = []
    for tw in sorted(realisasi):
        kosong = [p for p in TRIWULAN if p < tw and p in target and p not in realisasi]
        if kosong:
            hasil.append((tw, kosong[0]))
    return hasil


@dataclass(frozen=True)
class CapaianTriwulan:
    """One quarter of a monitoring report: values as written, cumulative values and capaian (%)."""

    triwulan: int
    target: Nilai | None
    realisasi: Nilai | None
    target_kumulatif: Nilai | None
    realisasi_kumulatif: Nilai | None
    capaian: Decimal | None
    """Cumulative realisasi against the quarter's cumulative target; None when either is missing or T = 0."""
    capaian_tahun: Decimal | None
    """Cumulative realisasi against the year's target (progress towards it)."""


@dataclass(frozen=True)
class Ukuran:
    """How capaian is measured: the indicator's polarity and the kecamatan's settings."""

    polaritas: Polaritas
    rumus_negatif: RumusNegatif
    nilai_label: Mapping[str, Decimal]


def _capaian(target: Nilai | None, realisasi: Nilai | None, ukuran: Ukuran, lokasi: Lokasi | None) -> Decimal | None:
    if target is None or realisasi is None or angka_nilai(target) == 0:
        return None
    return capaian_nilai(target, realisasi, ukuran.polaritas, ukuran.rumus_negatif, ukuran.nilai_label, lokasi=lokasi)


def capaian_sampai(triwulan: int, target: Mapping[int, Nilai], realisasi: Mapping[int, Nilai],
                   jenis: JenisTarget, target_tahun: Nilai, ukuran: Ukuran,
                   *, lokasi: Lokasi | None = None) -> list[CapaianTriwulan]:
    """Capaian of each quarter from TW I to ``triwulan`` (the monitoring report of that quarter)."""
    if triwulan not in TRIWULAN:
        raise DataError(f"triwulan harus 1–4, bukan {triwulan}", lokasi)
    t_kum = kumulatif(target, jenis, lokasi=lokasi)
    r_kum = kumulatif(realisasi, jenis, apa="realisasi", lokasi=lokasi)
    hasil = []
    for tw in TRIWULAN[:triwulan]:
        r = r_kum.get(tw) if tw in realisasi else None
        hasil.append(CapaianTriwulan(
            triwulan=tw, target=target.get(tw), realisasi=realisasi.get(tw),
            target_kumulatif=t_kum.get(tw), realisasi_kumulatif=r,
            capaian=_capaian(t_kum.get(tw), r, ukuran, lokasi),
            capaian_tahun=_capaian(target_tahun, r, ukuran, lokasi)))
    return hasil


__all__ = [
    "CapaianTriwulan", "JenisTarget", "MasalahTarget", "Nilai", "TRIWULAN", "Ukuran", "akhir_tahun",
    "capaian_sampai", "kumulatif", "periksa_target", "sama", "triwulan_terlewat",
]
