"""Mutu scales: the IKM interval of each mutu (A–D), per regulation, as data.

The intervals changed between the regulations (an IKM of 85 is A under KepMenPAN 25/2004 and B
under PermenPAN-RB 14/2017) while the unsur a questionnaire asks did not have to, so a scale is
chosen apart from the unsur: by the report year (the regulation in force, :func:`skala_skm_berlaku`)
unless the kecamatan's settings name one. The shipped scales are ``data/katalog/skala-skm.yaml``;
a kecamatan may write its own in the same shape (:func:`skala_skm_dari_data`). Which of their figures
are recalled rather than verified is said in that file.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from doctools import fmt, sumber
from doctools.errors import DataError, Lokasi
from doctools.load import muat_berkas

PATH_SKALA_SKM = sumber.berkas_katalog("skala-skm.yaml")
"""The shipped scales (``data/katalog/skala-skm.yaml`` in the repository)."""

NILAI_MIN, NILAI_MAKS = 1, 4
"""The answer codes of every SKM questionnaire: 1 (tidak baik) … 4 (sangat baik)."""

_LANGKAH = Decimal("0.01")
_KUNCI = ("nama", "dasar_hukum", "berlaku_dari", "berlaku_sampai", "faktor_konversi", "catatan", "mutu")
_KUNCI_MUTU = ("mutu", "kinerja", "dari", "sampai")


@dataclass(frozen=True)
class IntervalMutu:
    """A mutu band on the converted scale, both ends inclusive, read on 2-decimal values."""

    batas_bawah: Decimal
    batas_atas: Decimal
    mutu: str
    kinerja: str


@dataclass(frozen=True)
class SkalaMutu:
    """The mutu intervals of one regulation (or a kecamatan's own), and the years it is in force."""

    kode: str
    nama: str
    """Short, for messages and the report: "PermenPAN-RB 14/2017"."""
    dasar_hukum: str
    interval: tuple[IntervalMutu, ...]
    """Ascending; they tile ``faktor_konversi × 1`` … ``faktor_konversi × 4`` in steps of 0,01."""
    faktor_konversi: int = 25
    berlaku_dari: int | None = None
    berlaku_sampai: int | None = None
    catatan: str | None = None

    def berlaku_pada(self, tahun: int) -> bool:
        """Whether the regulation is in force in report year ``tahun`` (an own scale never is)."""
        if self.berlaku_dari is None:
            return False
        return self.berlaku_dari <= tahun and (self.berlaku_sampai is None or tahun <= self.berlaku_sampai)

    def rentang(self, huruf: str) -> IntervalMutu:
        return next(i for i in self.interval if i.mutu == huruf)


def _angka(nilai: Any, apa: str, lokasi: Lokasi | None) -> Decimal:
    try:
        return fmt.baca_angka(nilai)
    except ValueError as exc:
        raise DataError(f"{apa} {exc}", lokasi) from None


def _tahun(nilai: Any, apa: str, lokasi: Lokasi | None) -> int | None:
    if nilai is None:
        return None
    if isinstance(nilai, bool) or not isinstance(nilai, int) or not 1900 <= nilai <= 2100:
        raise DataError(f"{apa} harus berupa tahun, mis. 2017, bukan '{fmt.tampil(nilai)}'", lokasi)
    return nilai


def _tolak_kolom_asing(data: Mapping[Any, Any], dikenal: tuple[str, ...], apa: str, lokasi: Lokasi | None) -> None:
    asing = [str(k) for k in data if k not in dikenal]
    if asing:
        raise DataError(f"kolom {', '.join(repr(k) for k in asing)} tidak dikenal pada {apa}; kolom yang dikenal: "
                        + ", ".join(dikenal), lokasi)


def skala_skm_dari_data(data: Any, lokasi: Lokasi | None = None, *, kode: str = "sendiri") -> SkalaMutu:
    """A scale from its mapping (the catalog's shape): ``{nama, dasar_hukum, mutu: [{mutu, kinerja, dari, sampai}]}``.

    The bands may be written in any order; they must cover the converted scale (25,00–100,00 with
    the factor 25) in steps of 0,01, each value once.
    """
    if not isinstance(data, Mapping):
        raise DataError("skala mutu SKM harus berupa kode skala (mis. permenpanrb-14-2017) atau pemetaan dengan "
                        "kolom nama, dasar_hukum dan mutu", lokasi)
    _tolak_kolom_asing(data, _KUNCI, "skala mutu SKM", lokasi)
    for wajib in ("nama", "dasar_hukum", "mutu"):
        if data.get(wajib) in (None, "", []):
            raise DataError(f"kolom '{wajib}' skala mutu SKM belum diisi", lokasi)
    faktor = data.get("faktor_konversi", 25)
    if isinstance(faktor, bool) or not isinstance(faktor, int) or faktor < 1:
        raise DataError(f"faktor_konversi harus bilangan bulat positif (25 menurut peraturan), bukan "
                        f"'{fmt.tampil(faktor)}'", lokasi)
    daftar = data["mutu"]
    if not isinstance(daftar, list):
        raise DataError("kolom 'mutu' harus berupa daftar interval {mutu, kinerja, dari, sampai}", lokasi)
    interval: list[IntervalMutu] = []
    for i, item in enumerate(daftar, start=1):
        if not isinstance(item, Mapping):
            raise DataError(f"interval mutu ke-{i} harus berupa pemetaan {{mutu, kinerja, dari, sampai}}", lokasi)
        _tolak_kolom_asing(item, _KUNCI_MUTU, f"interval mutu ke-{i}", lokasi)
        kosong = [k for k in _KUNCI_MUTU if item.get(k) in (None, "")]
        if kosong:
            raise DataError(f"interval mutu ke-{i}: kolom {', '.join(kosong)} belum diisi", lokasi)
        interval.append(IntervalMutu(_angka(item["dari"], f"interval mutu ke-{i}: dari", lokasi),
                                     _angka(item["sampai"], f"interval mutu ke-{i}: sampai", lokasi),
                                     str(item["mutu"]).strip().upper(), " ".join(str(item["kinerja"]).split())))
    interval.sort(key=lambda x: x.batas_bawah)
    _periksa_interval(interval, faktor, lokasi)
    return SkalaMutu(kode=kode, nama=str(data["nama"]).strip(), dasar_hukum=" ".join(str(data["dasar_hukum"]).split()),
                     interval=tuple(interval), faktor_konversi=faktor,
                     berlaku_dari=_tahun(data.get("berlaku_dari"), "berlaku_dari", lokasi),
                     berlaku_sampai=_tahun(data.get("berlaku_sampai"), "berlaku_sampai", lokasi),
                     catatan=" ".join(str(data["catatan"]).split()) if data.get("catatan") else None)


def _periksa_interval(interval: list[IntervalMutu], faktor: int, lokasi: Lokasi | None) -> None:
    """The bands tile ``faktor × 1`` … ``faktor × 4`` in steps of 0,01, with distinct letters."""
    bawah, atas = Decimal(NILAI_MIN * faktor), Decimal(NILAI_MAKS * faktor)
    huruf = [i.mutu for i in interval]
    if len(set(huruf)) != len(huruf):
        raise DataError(f"huruf mutu tertulis dua kali: {', '.join(huruf)}", lokasi)
    harap = bawah
    for i in interval:
        teks = f"{fmt.angka(i.batas_bawah, 2)}–{fmt.angka(i.batas_atas, 2)} ({i.mutu})"
        if i.batas_bawah != harap:
            apa = "bertumpang tindih dengan" if i.batas_bawah < harap else "tidak menyambung dari"
            raise DataError(f"interval {teks} {apa} interval sebelumnya; interval ini harus mulai dari "
                            f"{fmt.angka(harap, 2)}", lokasi)
        if i.batas_atas < i.batas_bawah or i.batas_atas.quantize(_LANGKAH) != i.batas_atas:
            raise DataError(f"interval {teks} tidak sah; batas ditulis dengan paling banyak dua desimal dan "
                            "batas atas tidak lebih kecil dari batas bawah", lokasi)
        harap = i.batas_atas + _LANGKAH
    if harap - _LANGKAH != atas:
        raise DataError(f"interval mutu harus mencakup {fmt.angka(bawah, 2)}–{fmt.angka(atas, 2)} (nilai 1–4 × "
                        f"{faktor}); interval tertinggi berakhir di {fmt.angka(harap - _LANGKAH, 2)}", lokasi)


def muat_skala_skm(path: Any) -> dict[str, SkalaMutu]:
    """A catalog of scales: ``kode`` → scale, each error at its line."""
    data, peta = muat_berkas(path, str(path))
    if not isinstance(data, Mapping):
        raise DataError("katalog skala mutu SKM harus berupa pemetaan kode → skala", Lokasi(str(path), 1))
    return {str(kode): skala_skm_dari_data(isi, peta.lokasi((kode,)), kode=str(kode)) for kode, isi in data.items()}


@functools.cache
def skala_skm_bawaan() -> dict[str, SkalaMutu]:
    """The shipped scales, by code."""
    return muat_skala_skm(PATH_SKALA_SKM)


def skala_skm_berlaku(tahun: int, daftar: Mapping[str, SkalaMutu] | None = None) -> SkalaMutu | None:
    """The scale of the regulation in force in report year ``tahun`` (None when none is known)."""
    for skala in (daftar if daftar is not None else skala_skm_bawaan()).values():
        if skala.berlaku_pada(tahun):
            return skala
    return None


def pilih_skala_skm(pilihan: str | Mapping[str, Any], lokasi: Lokasi | None = None) -> SkalaMutu:
    """A shipped scale by its code, or the kecamatan's own (a mapping)."""
    if isinstance(pilihan, str):
        bawaan = skala_skm_bawaan()
        if pilihan not in bawaan:
            raise DataError(f"skala mutu SKM '{pilihan}' tidak dikenal; pilih salah satu dari {', '.join(bawaan)}, "
                            "atau tulis skala sendiri (nama, dasar_hukum, mutu)", lokasi)
        return bawaan[pilihan]
    return skala_skm_dari_data(pilihan, lokasi)


__all__ = ["NILAI_MAKS", "NILAI_MIN", "PATH_SKALA_SKM", "IntervalMutu", "SkalaMutu", "muat_skala_skm", "pilih_skala_skm",
           "skala_skm_bawaan", "skala_skm_berlaku", "skala_skm_dari_data"]
