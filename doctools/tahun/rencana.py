"""The year's plans: the RKT's and the Pohon Kinerja's tree, the Rencana Aksi resolved with its quarterly capaian.

Computed once from the data (:func:`hitung_rencana`): the pohon kinerja of the RKT's and of the
Pohon Kinerja's year (:func:`doctools.model.pohon.susun_pohon`), the anggaran the RKT prints (the
PK's: a program's from the Camat, a kegiatan's from the pejabat whose PK lists it), and every
level's Rencana Aksi (:func:`doctools.model.rangkai_aksi.rangkai_aksi`) with the capaian of each
quarter measured with the kecamatan's policy. What cannot be computed is a problem of the year,
reported once; its part is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools.errors import DataError
from doctools.kinerja.triwulan import CapaianTriwulan, Ukuran, capaian_sampai
from doctools.model.pohon import pelaksana_pk, susun_pohon
from doctools.model.rangkai_aksi import IndikatorAksi, RencanaPihak, rangkai_aksi
from doctools.model.rujukan import normal_nama
from doctools.tahun.lokasi import lokasi_di
from doctools.tahun.masalah import galat_ke_temuan

if TYPE_CHECKING:
    from doctools.hukum import Temuan
    from doctools.kinerja.pohon import Simpul
    from doctools.model import DataKecamatan, Pihak
    from doctools.tahun.kebijakan import Kebijakan
    from doctools.tahun.perjanjian import PerjanjianTahun


@dataclass(frozen=True)
class RktTahun:
    """What the Rencana Kinerja Tahunan prints: the tree of its year and the PK's anggaran."""

    tahun: int
    pohon: tuple[Simpul, ...]
    pagu_program: Mapping[str, Decimal]
    """A program's name (normalised) → its anggaran in the Camat's PK."""
    pagu_kegiatan: Mapping[str, Decimal]
    """A kegiatan's (or a pejabat's program's) name (normalised) → its anggaran in the pejabat's PK."""
    jumlah: Decimal
    """The Camat's PK Jumlah: the RKT's programs add up to it."""


@dataclass(frozen=True)
class AksiTahun:
    """Every level's Rencana Aksi (the Camat's first), resolved, with its quarterly capaian."""

    tahun: int
    rencana: tuple[RencanaPihak, ...]
    capaian: Mapping[tuple[str, tuple[str | int, ...]], tuple[CapaianTriwulan, ...]]
    """(level key, the plan's path in rencana-aksi.yaml) → the capaian of TW I–IV."""

    def capaian_dari(self, kunci: str, ind: IndikatorAksi) -> tuple[CapaianTriwulan, ...]:
        return self.capaian.get((kunci, ind.jalur), ())

    def bulan_laporan(self, triwulan: int) -> dt.date:
        """The first day of the month after ``triwulan``: its monitoring report is made then (TW IV's in January)."""
        return dt.date(self.tahun + triwulan // 4, 3 * triwulan % 12 + 1, 1)


@dataclass(frozen=True)
class RencanaTahun:
    rkt: RktTahun | None
    pohon: tuple[Simpul, ...] | None
    """The Pohon Kinerja's tree (of pohon-kinerja.yaml's year)."""
    aksi: AksiTahun | None
    masalah: tuple[Temuan, ...]


def _pohon(data: DataKecamatan, tahun: int, masalah: list[Temuan], sudah: set[int]) -> tuple[Simpul, ...] | None:
    assert data.kinerja is not None
    try:
        return susun_pohon(data.kinerja, tahun, lambda stem, *j: lokasi_di(data, stem, *j),
                           pelaksana_pk(data.perjanjian_kinerja, data.instansi))
    except DataError as exc:
        if not sudah:  # the same tree's problems, once even when the RKT and the Pohon Kinerja both need it
            masalah.extend(galat_ke_temuan(exc))
        sudah.add(tahun)
        return None


def _rkt(data: DataKecamatan, perjanjian: PerjanjianTahun | None, masalah: list[Temuan],
         sudah: set[int]) -> RktTahun | None:
    rkt, pk = data.rkt, data.perjanjian_kinerja
    if rkt is None or data.kinerja is None or pk is None:
        return None
    if rkt.tahun != pk.tahun:
        masalah.extend(galat_ke_temuan(DataError(
            f"Rencana Kinerja Tahunan tahun {rkt.tahun}, tetapi perjanjian-kinerja.yaml berisi Perjanjian Kinerja "
            f"tahun {pk.tahun}; anggaran RKT diambil dari Perjanjian Kinerja tahun yang sama",
            lokasi_di(data, "rkt", "tahun"))))
        return None
    pohon = _pohon(data, rkt.tahun, masalah, sudah)
    if pohon is None:
        return None
    pagu_kegiatan: dict[str, Decimal] = {}
    for p in pk.pejabat:
        for m in [*p.kegiatan, *p.program]:
            pagu_kegiatan.setdefault(normal_nama(m.nama), m.anggaran)
    jumlah = perjanjian.jumlah.get(("camat",)) if perjanjian is not None else None
    return RktTahun(rkt.tahun, pohon, {normal_nama(m.nama): m.anggaran for m in pk.camat.program}, pagu_kegiatan,
                    jumlah if jumlah is not None else sum((m.anggaran for m in pk.camat.program), Decimal(0)))


def _aksi(data: DataKecamatan, perjanjian: PerjanjianTahun | None, kebijakan: Kebijakan,
          masalah: list[Temuan], camat: Pihak | None) -> AksiTahun | None:
    ra, kinerja, pk = data.rencana_aksi, data.kinerja, data.perjanjian_kinerja
    if ra is None or kinerja is None or pk is None or perjanjian is None or not perjanjian.lengkap:
        return None  # a PK that does not resolve is the PK's problem, reported once
    if camat is None:
        return None  # reported by the signers of the year
    try:
        rencana = rangkai_aksi(ra, data.instansi, kinerja, pk, [p.perjanjian for p in perjanjian.daftar],
                               lambda stem, *j: lokasi_di(data, stem, *j), camat)
    except DataError as exc:
        masalah.extend(galat_ke_temuan(exc))
        return None
    capaian: dict[tuple[str, tuple[str | int, ...]], tuple[CapaianTriwulan, ...]] = {}
    for rp in rencana:
        for ind in rp.indikator:
            ukuran = Ukuran(ind.polaritas, kebijakan.rumus_negatif, kebijakan.nilai_kualitatif)
            try:
                capaian[(rp.kunci, ind.jalur)] = tuple(capaian_sampai(
                    4, ind.target, ind.realisasi, ind.jenis, ind.target_tahun, ukuran,
                    lokasi=lokasi_di(data, "rencana-aksi", *ind.jalur)))
            except DataError as exc:
                masalah.extend(galat_ke_temuan(exc))
    return AksiTahun(ra.tahun, tuple(rencana), capaian)


def hitung_rencana(data: DataKecamatan, perjanjian: PerjanjianTahun | None, kebijakan: Kebijakan,
                   camat_aksi: Pihak | None = None) -> RencanaTahun:
    """The RKT's, the Pohon Kinerja's and the Rencana Aksi's part of the year (see the module docstring).

    ``camat_aksi`` signs the Camat's Rencana Aksi (the signer of rencana-aksi.yaml).
    """
    masalah: list[Temuan] = []
    sudah: set[int] = set()
    rkt = _rkt(data, perjanjian, masalah, sudah)
    pohon = None
    if data.pohon_kinerja is not None and data.kinerja is not None:
        if rkt is not None and rkt.tahun == data.pohon_kinerja.tahun:
            pohon = rkt.pohon
        elif data.pohon_kinerja.tahun not in sudah:
            pohon = _pohon(data, data.pohon_kinerja.tahun, masalah, sudah)
    return RencanaTahun(rkt, pohon, _aksi(data, perjanjian, kebijakan, masalah, camat_aksi), tuple(masalah))
