"""The LKj's akuntabilitas keuangan (BAB III): the budget summed, its shares, per sasaran, its efficiency.

Sums and percentages come from :func:`doctools.kinerja.ringkas_anggaran` and
:func:`~doctools.kinerja.proporsi`; nothing is typed by the user except pagu and realisasi. The
belanja classes inside programs must add up to the programs. Efisiensi per sasaran compares the
mean capaian kinerja with the share of the budget spent: ``selisih = capaian − penyerapan``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja import RingkasanAnggaran, persen_dari, proporsi, ringkas_anggaran
from doctools.tahun import rujukan
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, LaporanKinerja
    from doctools.model.lkj import JenisBelanja, KelompokBelanja
    from doctools.tahun.pengukuran import Pengukuran

_JALUR = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def jalur_anggaran(kolom: str | None) -> tuple[str | int, ...]:
    """``program[1].kegiatan[2].pagu`` → ``("program", 0, "kegiatan", 1, "pagu")``."""
    hasil: list[str | int] = []
    for bagian in (kolom or "").split("."):
        m = _JALUR.fullmatch(bagian)
        if not m:
            continue
        hasil.append(m.group(1))
        if m.group(2):
            hasil.append(int(m.group(2)) - 1)
    return tuple(hasil)


@dataclass(frozen=True)
class JenisDihitung:
    jenis: JenisBelanja
    proporsi: Decimal | None
    """Its pagu's share of all belanja."""
    persen: Decimal | None
    """Realisasi against pagu (None when its realisasi is given for its kelompok only)."""


@dataclass(frozen=True)
class KelompokDihitung:
    kelompok: KelompokBelanja
    pagu: Decimal
    realisasi: Decimal
    proporsi: Decimal | None
    persen: Decimal | None
    jenis: tuple[JenisDihitung, ...]


@dataclass(frozen=True)
class Belanja:
    """The budget by economic class."""

    kelompok: tuple[KelompokDihitung, ...]
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None


@dataclass(frozen=True)
class AnggaranSasaran:
    """The kegiatan supporting one sasaran: their pagu and realisasi, and how efficient the sasaran was."""

    pagu: Decimal
    realisasi: Decimal
    program: Mapping[str, tuple[str, ...]]
    """Program name → names of its kegiatan that support the sasaran."""
    proporsi: Decimal | None
    """Its pagu's share of the whole budget."""
    serapan: Decimal | None
    """Realisasi against pagu."""
    selisih: Decimal | None
    """Mean capaian of the sasaran minus :attr:`serapan` (None without a pagu)."""
    lokasi: Lokasi | None = None
    """The sasaran in kinerja.yaml."""

    @property
    def efisien(self) -> bool | None:
        return None if self.selisih is None else self.selisih >= 0


@dataclass(frozen=True)
class AnggaranTahun:
    ringkasan: RingkasanAnggaran
    belanja: Belanja | None
    sasaran: tuple[AnggaranSasaran, ...]
    """In the order of the sasaran of kinerja.yaml."""
    lokasi: Lokasi | None = None
    """The budget in lkj.yaml (its rows keep their own, the export's when read from one)."""

    @property
    def jumlah_kegiatan(self) -> int:
        return sum(len(p.kegiatan) for p in self.ringkasan.program)


def _pagu(item: Any) -> Decimal | None:
    pagu: Decimal | None = getattr(item, "pagu", None)
    if pagu is not None:
        return pagu
    anak = getattr(item, "kegiatan", None) or getattr(item, "sub_kegiatan", None) or []
    jumlah = [_pagu(a) for a in anak]
    if not jumlah or any(j is None for j in jumlah):
        return None
    return sum((j for j in jumlah if j is not None), Decimal(0))


def pagu_lkj(lkj: LaporanKinerja) -> dict[tuple[str | int, ...], Decimal | None]:
    """The pagu of every program and kegiatan of the LKj's budget: stated, or the sum of its children.

    Keyed by the path under ``anggaran`` (``("program", 0)``, ``("program", 0, "kegiatan", 1)``); None
    where neither is known. Read from the data as written, so the PK can be compared with it even
    when the LKj itself cannot be computed.
    """
    hasil: dict[tuple[str | int, ...], Decimal | None] = {}
    for p_i, p in enumerate(lkj.anggaran.program):
        hasil[("program", p_i)] = _pagu(p)
        for g_i, g in enumerate(p.kegiatan):
            hasil[("program", p_i, "kegiatan", g_i)] = _pagu(g)
    return hasil


def ringkas(data: DataKecamatan, lkj: LaporanKinerja) -> RingkasanAnggaran:
    """The budget summary; an inconsistent stated total is a DataError at its line in lkj.yaml."""
    program = [p.model_dump() for p in lkj.anggaran.program]
    try:
        return ringkas_anggaran(program)
    except DataError as exc:
        raise DataError(exc.pesan, lokasi_di(data, "lkj", "anggaran",
                                             *jalur_anggaran(exc.lokasi.kolom if exc.lokasi else None))) from None


def jumlah_kelompok(k: KelompokBelanja) -> tuple[Decimal, Decimal]:
    """A kelompok's pagu and realisasi: its totals where written, else the sums of its jenis.

    The model has checked that written totals and complete jenis agree.
    """
    pagu = k.pagu if k.pagu is not None else sum((j.pagu for j in k.jenis), Decimal(0))
    realisasi = k.realisasi if k.realisasi is not None else \
        sum((j.realisasi for j in k.jenis if j.realisasi is not None), Decimal(0))
    return pagu, realisasi


def belanja(data: DataKecamatan, lkj: LaporanKinerja, r: RingkasanAnggaran) -> Belanja | None:
    """Belanja by class with its proportions; the classes inside programs must sum to the programs."""
    kelompok = lkj.anggaran.belanja
    if not kelompok:
        return None
    jumlah = [jumlah_kelompok(k) for k in kelompok]
    dalam = [(p, q) for k, (p, q) in zip(kelompok, jumlah) if not k.di_luar_program]
    pagu_dalam = sum((p for p, _ in dalam), Decimal(0))
    real_dalam = sum((q for _, q in dalam), Decimal(0))
    if dalam and (pagu_dalam, real_dalam) != (r.pagu, r.realisasi):
        gaya = data.instansi.pengaturan.gaya_rupiah
        raise DataError(f"rincian belanja berjumlah pagu {fmt.rupiah(pagu_dalam, gaya)} dan realisasi "
                        f"{fmt.rupiah(real_dalam, gaya)}, tetapi jumlah program adalah pagu {fmt.rupiah(r.pagu, gaya)} "
                        f"dan realisasi {fmt.rupiah(r.realisasi, gaya)}; perbaiki salah satunya (belanja di luar "
                        "program ditandai di_luar_program: true)", lokasi_di(data, "lkj", "anggaran", "belanja"))
    total_pagu = sum((p for p, _ in jumlah), Decimal(0))
    total_real = sum((q for _, q in jumlah), Decimal(0))
    bagian = proporsi({k.kelompok: p for k, (p, _) in zip(kelompok, jumlah)}) if total_pagu else {}
    return Belanja(tuple(KelompokDihitung(
        k, p, q, bagian.get(k.kelompok), persen_dari(q, p),
        tuple(JenisDihitung(j, persen_dari(j.pagu, total_pagu),
                            None if j.realisasi is None else persen_dari(j.realisasi, j.pagu)) for j in k.jenis),
    ) for k, (p, q) in zip(kelompok, jumlah)), total_pagu, total_real, persen_dari(total_real, total_pagu))


@dataclass
class _Himpunan:
    pagu: Decimal = Decimal(0)
    realisasi: Decimal = Decimal(0)
    program: dict[str, list[str]] = field(default_factory=dict)


def per_sasaran(data: DataKecamatan, lkj: LaporanKinerja, r: RingkasanAnggaran,
                p: Pengukuran) -> tuple[AnggaranSasaran, ...]:
    """Pagu and realisasi of the kegiatan supporting each sasaran of kinerja.yaml (in its order)."""
    kinerja = data.kinerja
    assert kinerja is not None
    jumlah = [_Himpunan() for _ in kinerja.sasaran]
    for p_i, (prog, rp) in enumerate(zip(lkj.anggaran.program, r.program)):
        for k_i, (keg, rk) in enumerate(zip(prog.kegiatan, rp.kegiatan)):
            if keg.sasaran is not None:
                s_i = rujukan.sasaran(data, keg.sasaran, "anggaran", "program", p_i, "kegiatan", k_i, "sasaran")
            elif prog.sasaran is not None:
                s_i = rujukan.sasaran(data, prog.sasaran, "anggaran", "program", p_i, "sasaran")
            else:
                raise DataError(f"kegiatan '{keg.nama}' belum menyebut sasaran yang didukungnya; isi 'sasaran' pada "
                                "kegiatan atau pada programnya",
                                lokasi_di(data, "lkj", "anggaran", "program", p_i, "kegiatan", k_i))
            a = jumlah[s_i]
            a.pagu += rk.pagu
            a.realisasi += rk.realisasi
            a.program.setdefault(prog.nama, []).append(keg.nama)
    hasil = []
    for hs, a in zip(p.sasaran, jumlah):
        serap = persen_dari(a.realisasi, a.pagu)
        hasil.append(AnggaranSasaran(a.pagu, a.realisasi, {k: tuple(v) for k, v in a.program.items()},
                                     persen_dari(a.pagu, r.pagu), serap, None if serap is None else hs.capaian - serap,
                                     hs.lokasi))
    return tuple(hasil)


def hitung_anggaran(data: DataKecamatan, lkj: LaporanKinerja, p: Pengukuran) -> AnggaranTahun:
    """The LKj's budget computed (in this order: summary, per sasaran, belanja)."""
    r = ringkas(data, lkj)
    sasaran = per_sasaran(data, lkj, r, p)
    return AnggaranTahun(r, belanja(data, lkj, r), sasaran, lokasi_di(data, "lkj", "anggaran"))
