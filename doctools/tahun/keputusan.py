"""A Keputusan Camat's computed parts: its nomor, its diktum ordinals, its Mengingat.

The nomor follows the kabupaten's pattern (``pengaturan.pola_nomor_keputusan``); a pattern that
needs the kecamatan's kode wilayah when instansi.yaml has none is one problem of the kecamatan,
found once for all its decrees (:func:`periksa_pola_nomor`). The Mengingat is cited from the
regulation catalog once: the document prints its items, the reviu reports its findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.fmt.pola_nomor import susun_nomor, unsur_pola
from doctools.hukum import HasilMengingat, Kutipan, susun_mengingat
from doctools.model.tanda import RUJUKAN_DIKTUM
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, Keputusan

NOMOR_KOSONG = "\u00a0" * 6
"""Room in a nomor for the agenda clerk to write the nomor urut by hand."""


@dataclass(frozen=True)
class DiktumTahun:
    """One diktum with its ordinal; ``{diktum.<id>}`` references in its text replaced."""

    label: str
    """KESATU, KEDUA, …"""
    teks: str
    rincian: tuple[str, ...]
    lokasi: Lokasi


@dataclass(frozen=True)
class KutipanSalah:
    """A Mengingat item whose shape is wrong: its 0-based position and the error."""

    nomor: int
    galat: DataError


@dataclass(frozen=True)
class KeputusanTahun:
    """A decree of this year's data set, computed."""

    stem: str
    """The data file: ``keputusan-iku`` or ``keputusan-iki``."""
    keputusan: Keputusan
    nomor: str | None
    """The decree number; None when the pattern cannot be filled (a problem of the kecamatan)."""
    urutan: Mapping[str, int]
    """Diktum id → its 1-based position (what ``{diktum.<id>}`` stands for)."""
    diktum: tuple[DiktumTahun, ...]
    kutipan: tuple[Kutipan, ...]
    """The Mengingat items that could be read, each with its location."""
    kutipan_salah: tuple[KutipanSalah, ...]
    mengingat: HasilMengingat
    """The citations of :attr:`kutipan`, ordered, and what citing them found."""
    lokasi: Lokasi

    @property
    def lengkap(self) -> bool:
        """Numbered and with a Mengingat free of errors: the decree can be printed."""
        return self.nomor is not None and not self.kutipan_salah and not self.mengingat.ada_galat

    def ganti_rujukan(self, teks: str) -> str:
        """``{diktum.<id>}`` → KESATU, KEDUA, … (the model has checked that every id exists)."""
        return _ganti_rujukan(teks, self.urutan)


def _ganti_rujukan(teks: str, urutan: Mapping[str, int]) -> str:
    return RUJUKAN_DIKTUM.sub(lambda m: fmt.diktum(urutan[m.group(1)]), teks)


def periksa_pola_nomor(data: DataKecamatan) -> DataError | None:
    """Why the kabupaten's decree number pattern cannot be filled for this kecamatan, if it cannot."""
    pola = data.instansi.pengaturan.pola_nomor_keputusan
    if "wilayah" in unsur_pola(pola) and not data.instansi.kecamatan.kode_wilayah:
        return DataError("pola nomor keputusan memakai {wilayah}, tetapi kecamatan.kode_wilayah belum diisi",
                         lokasi_di(data, "instansi", "kecamatan"))
    return None


def _nomor(data: DataKecamatan, kep: Keputusan) -> str:
    return susun_nomor(data.instansi.pengaturan.pola_nomor_keputusan, kode=kep.nomor.kode, urut=kep.nomor.urut,
                       wilayah=data.instansi.kecamatan.kode_wilayah or "", tahun=kep.tahun,
                       kosong=NOMOR_KOSONG)


def hitung_keputusan(data: DataKecamatan, kep: Keputusan, stem: str, pola_sah: bool) -> KeputusanTahun:
    """The computed parts of decree ``kep`` (data file ``stem``); ``pola_sah``: the nomor pattern can be filled."""
    urutan = {d.id: i for i, d in enumerate(kep.diktum, start=1) if d.id}
    diktum = tuple(DiktumTahun(fmt.diktum(i), _ganti_rujukan(d.teks, urutan),
                               tuple(_ganti_rujukan(r, urutan) for r in d.rincian), lokasi_di(data, stem, "diktum", i - 1))
                   for i, d in enumerate(kep.diktum, start=1))
    kutipan: list[Kutipan] = []
    salah: list[KutipanSalah] = []
    for i, item in enumerate(kep.mengingat):
        try:
            kutipan.append(Kutipan.dari_data(item, lokasi_di(data, stem, "mengingat", i)))
        except DataError as exc:
            salah.append(KutipanSalah(i, exc))
    mengingat = susun_mengingat(kutipan, data.katalog, urutkan=kep.urutkan_mengingat, per_tanggal=kep.tanggal.akhir if kep.tanggal is not None else None)
    return KeputusanTahun(stem, kep, _nomor(data, kep) if pola_sah else None, urutan, diktum, tuple(kutipan),
                          tuple(salah), mengingat, lokasi_di(data, stem))
