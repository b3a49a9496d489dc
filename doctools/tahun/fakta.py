"""The figures the LKj's year computed, gathered for checking the user's narratives against them.

A narrative (``narasi``, ``analisis``, ``organisasi.kedudukan`` in lkj.yaml) is free text the LKj
prints as written; a percentage or a rupiah amount in it should be one the report computes. Here
every such figure of the year is listed: the measurement (targets, realisasi, capaian, tingkat
kemajuan, the differences with last year and with a national figure, every year of the history),
the survey (the IKM, each unsur's score and the shares of its answers), the budget (every row's
pagu, realisasi, sisa, percentage and share, the belanja classes, the split per sasaran and its
efficiency), the PK's anggaran and the Renstra's indicative pagu. The years a narrative may name
are the report year and the Renstra period.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools.kinerja.nilai import angka_nilai

if TYPE_CHECKING:
    from doctools.tahun.hitung import TahunKinerja

_SERATUS = Decimal(100)


@dataclass(frozen=True)
class FaktaAngka:
    """Every percentage and rupiah amount of the LKj's year, and the years its text may name."""

    persen: tuple[Decimal, ...]
    rupiah: tuple[Decimal, ...]
    tahun: frozenset[int]


def _ada(nilai: Iterable[Decimal | None]) -> Iterator[Decimal]:
    return (n for n in nilai if n is not None)


def _persen(tahun: TahunKinerja) -> Iterator[Decimal]:
    laporan = tahun.laporan
    assert laporan is not None
    p = laporan.pengukuran
    for hs in p.sasaran:
        yield hs.capaian
        for h in hs.indikator:
            yield from _ada((h.capaian, h.kemajuan, angka_nilai(h.target), angka_nilai(h.realisasi),
                             angka_nilai(h.target_akhir), angka_nilai(h.target_renstra), h.ikm))
            for rw in h.riwayat:
                yield from _ada((rw.capaian, angka_nilai(rw.target), angka_nilai(rw.realisasi)))
            for banding in (h.banding_lalu, h.banding_nasional):
                if banding is not None:
                    yield from (banding.nilai, abs(banding.selisih))
    survei = laporan.survei.hasil if laporan.survei is not None else None
    if survei is not None:
        yield survei.ikm
        for u in survei.unsur:
            yield u.nilai_konversi
            if u.sebaran and sum(u.sebaran):
                yield from (Decimal(n) * _SERATUS / sum(u.sebaran) for n in u.sebaran)
    a = laporan.anggaran
    r = a.ringkasan
    yield from _ada((r.persen,))
    for prog in r.program:
        yield from _ada((prog.persen, prog.porsi))
        for keg in prog.kegiatan:
            yield from _ada((keg.persen, keg.porsi))
            yield from _ada(x for sub in keg.sub_kegiatan for x in (sub.persen, sub.porsi))
    if a.belanja is not None:
        yield from _ada((a.belanja.persen,))
        for k in a.belanja.kelompok:
            yield from _ada((k.proporsi, k.persen))
            yield from _ada(x for j in k.jenis for x in (j.proporsi, j.persen))
    for s in a.sasaran:
        yield from _ada((s.proporsi, s.serapan, s.selisih))


def _rupiah(tahun: TahunKinerja) -> Iterator[Decimal]:
    laporan = tahun.laporan
    assert laporan is not None
    r = laporan.anggaran.ringkasan
    yield from (r.pagu, r.realisasi, r.sisa)
    for prog in r.program:
        yield from (prog.pagu, prog.realisasi, prog.sisa)
        for keg in prog.kegiatan:
            yield from (keg.pagu, keg.realisasi, keg.sisa)
            yield from (x for sub in keg.sub_kegiatan for x in (sub.pagu, sub.realisasi, sub.sisa))
    b = laporan.anggaran.belanja
    if b is not None:
        yield from (b.pagu, b.realisasi, b.pagu - b.realisasi)
        for k in b.kelompok:
            yield from (k.pagu, k.realisasi, k.pagu - k.realisasi)
            yield from _ada(x for j in k.jenis for x in (j.jenis.pagu, j.jenis.realisasi))
    for s in laporan.anggaran.sasaran:
        yield from (s.pagu, s.realisasi, s.pagu - s.realisasi)
    if tahun.perjanjian is not None:
        yield from tahun.perjanjian.jumlah.values()
        for pd in tahun.perjanjian.daftar:
            for m in pd.perjanjian.anggaran:
                yield m.anggaran
                yield from (g.anggaran for g in getattr(m, "kegiatan", ()))
    if laporan.pagu_renstra is not None:
        yield from laporan.pagu_renstra.values()
    kinerja = tahun.data.kinerja
    if kinerja is not None:
        yield from (x for prog in kinerja.renstra.program for x in prog.pagu.values())


def fakta_laporan(tahun: TahunKinerja) -> FaktaAngka | None:
    """The figures of the year's LKj; None without one (or when it could not be computed)."""
    laporan, kinerja = tahun.laporan, tahun.data.kinerja
    if laporan is None or kinerja is None:
        return None
    berlaku = {laporan.lkj.tahun, *range(kinerja.periode_awal, kinerja.periode_akhir + 1)}
    return FaktaAngka(tuple(_persen(tahun)), tuple(_rupiah(tahun)), frozenset(berlaku))
