"""Declared against computed for the LKj's akuntabilitas keuangan (``anggaran.tertulis`` in lkj.yaml).

An older LKj prints its budget's totals, the shares of its belanja classes, the budget per sasaran
and the efficiency of each; typed under ``tertulis:`` beside the facts, each figure is compared
with the one the year computed (:class:`doctools.tahun.anggaran.AnggaranTahun`). Rupiah amounts
must be equal; a percentage matches at the decimals written. A finding is at the declared line
and states the computed value. (The LKj Mumbulsari 2020 swaps its two shares: "Belanja Langsung
sebesar 76,12%" of a budget whose Belanja Langsung is 23,88 %.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.model.rujukan import cari_rujukan
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import desimal_tertulis, normal_nama, sama_pada_ketelitian
from doctools.reviu.temuan import Aturan, Temuan, aturan

if TYPE_CHECKING:
    from doctools.model.lkj import TertulisAnggaranLkj
    from doctools.tahun.anggaran import AnggaranTahun

ANGGARAN = aturan("angka.anggaran", "galat",
                  "jumlah pagu, realisasi, persentase realisasi dan sisa anggaran yang tertulis sama dengan hasil hitung")
BELANJA = aturan("angka.belanja", "galat",
                 "pagu, realisasi dan proporsi setiap kelompok belanja yang tertulis sama dengan hasil hitung")
ANGGARAN_SASARAN = aturan("angka.anggaran-sasaran", "galat",
                          "pagu, realisasi, proporsi dan serapan anggaran per sasaran yang tertulis sama dengan hasil "
                          "hitung")
EFISIENSI = aturan("angka.efisiensi", "galat",
                   "efisiensi per sasaran yang tertulis (selisih capaian dan serapan, keterangannya) sama dengan hasil "
                   "hitung")

Jalur = tuple[str | int, ...]


class _Banding:
    """Compares the declared figures of one object with the computed ones, each at its own line."""

    def __init__(self, k: KonteksReviu, aturan_: Aturan, jalur: Jalur, apa: str) -> None:
        self.k, self.aturan, self.jalur, self.apa = k, aturan_, jalur, apa

    def rupiah(self, kolom: str, nama: str, tertulis: Decimal | None, hitung: Decimal) -> Iterator[Temuan]:
        if tertulis is None or tertulis == hitung:
            return
        yield self.aturan(f"{nama} {self.apa} tertulis {self.k.rupiah(tertulis)}, hasil hitung {self.k.rupiah(hitung)} "
                          f"(selisih {self.k.rupiah(abs(tertulis - hitung))})",
                          self.k.lokasi("lkj", *self.jalur, kolom))

    def persen(self, kolom: str, nama: str, tertulis: Decimal | None, hitung: Decimal | None,
               poin: bool = False) -> Iterator[Temuan]:
        """A percentage (or, with ``poin``, a difference of percentages) at the decimals written."""
        if tertulis is None:
            return

        def teks(x: Decimal, desimal: int = 2) -> str:
            return f"{fmt.angka(x, desimal)} poin" if poin else fmt.persen(x, desimal)

        if hitung is None:
            yield self.aturan(f"{nama} {self.apa} tertulis {teks(tertulis, desimal_tertulis(tertulis))}, tetapi tidak "
                              "dapat dihitung (pagunya 0)", self.k.lokasi("lkj", *self.jalur, kolom))
        elif not sama_pada_ketelitian(tertulis, hitung):
            yield self.aturan(f"{nama} {self.apa} tertulis {teks(tertulis, desimal_tertulis(tertulis))}, hasil hitung "
                              f"{teks(hitung)}", self.k.lokasi("lkj", *self.jalur, kolom))


def _sebut(daftar: Sequence[str]) -> str:
    return ", ".join(f"'{n}'" for n in daftar) or "tidak ada"


def _total(k: KonteksReviu, t: TertulisAnggaranLkj, a: AnggaranTahun) -> Iterator[Temuan]:
    r = a.ringkasan
    b = _Banding(k, ANGGARAN, ("anggaran", "tertulis"), f"seluruh {len(r.program)} program")
    yield from b.rupiah("pagu", "jumlah pagu", t.pagu, r.pagu)
    yield from b.rupiah("realisasi", "jumlah realisasi", t.realisasi, r.realisasi)
    yield from b.rupiah("sisa", "sisa anggaran", t.sisa, r.sisa)
    yield from b.persen("persen", "persentase realisasi", t.persen, r.persen)


def _belanja(k: KonteksReviu, t: TertulisAnggaranLkj, a: AnggaranTahun) -> Iterator[Temuan]:
    kelompok = a.belanja.kelompok if a.belanja is not None else ()
    daftar: list[tuple[str | None, str]] = [(None, kd.kelompok.kelompok) for kd in kelompok]
    for n, tb in enumerate(t.belanja):
        jalur: Jalur = ("anggaran", "tertulis", "belanja", n)
        i = cari_rujukan(tb.kelompok, daftar)
        if i is None:
            yield BELANJA(f"kelompok belanja '{tb.kelompok}' tidak ada dalam anggaran.belanja; yang ada: "
                          f"{_sebut([nama for _, nama in daftar])}", k.lokasi("lkj", *jalur, "kelompok"))
            continue
        kd = kelompok[i]
        b = _Banding(k, BELANJA, jalur, f"kelompok '{kd.kelompok.kelompok}'")
        yield from b.rupiah("pagu", "pagu", tb.pagu, kd.pagu)
        yield from b.rupiah("realisasi", "realisasi", tb.realisasi, kd.realisasi)
        yield from b.persen("proporsi", "proporsi", tb.proporsi, kd.proporsi)
        yield from b.persen("persen", "persentase realisasi", tb.persen, kd.persen)
    j = t.jumlah_belanja
    if j is not None and a.belanja is not None:
        b = _Banding(k, BELANJA, ("anggaran", "tertulis", "jumlah_belanja"),
                     f"seluruh {len(kelompok)} kelompok belanja")
        yield from b.rupiah("pagu", "jumlah pagu", j.pagu, a.belanja.pagu)
        yield from b.rupiah("realisasi", "jumlah realisasi", j.realisasi, a.belanja.realisasi)
        yield from b.persen("persen", "persentase realisasi", j.persen, a.belanja.persen)
    elif j is not None:
        yield BELANJA("jumlah belanja tertulis, tetapi anggaran.belanja tidak diisi; tambahkan kelompok belanjanya",
                      k.lokasi("lkj", "anggaran", "tertulis", "jumlah_belanja"))


def _sasaran(k: KonteksReviu, t: TertulisAnggaranLkj, a: AnggaranTahun) -> Iterator[Temuan]:
    kinerja = k.data.kinerja
    if kinerja is None:
        return
    daftar = [(s.id, s.uraian) for s in kinerja.sasaran]
    for n, ts in enumerate(t.sasaran):
        jalur: Jalur = ("anggaran", "tertulis", "sasaran", n)
        i = cari_rujukan(ts.sasaran, daftar)
        if i is None:
            yang_ada = [s.id or str(m) for m, s in enumerate(kinerja.sasaran, start=1)]
            yield ANGGARAN_SASARAN(f"sasaran '{ts.sasaran}' tidak ada di kinerja.yaml; yang ada: {_sebut(yang_ada)}",
                                   k.lokasi("lkj", *jalur, "sasaran"))
            continue
        s = a.sasaran[i]
        apa = f"sasaran {i + 1}"
        b = _Banding(k, ANGGARAN_SASARAN, jalur, apa)
        yield from b.rupiah("pagu", "pagu", ts.pagu, s.pagu)
        yield from b.rupiah("realisasi", "realisasi", ts.realisasi, s.realisasi)
        yield from b.persen("proporsi", "proporsi", ts.proporsi, s.proporsi)
        yield from b.persen("serapan", "serapan", ts.serapan, s.serapan)
        e = _Banding(k, EFISIENSI, jalur, apa)
        yield from e.persen("selisih", "selisih capaian dan serapan", ts.selisih, s.selisih, poin=True)
        if ts.keterangan is not None and s.efisien is not None:
            benar = "Efisien" if s.efisien else "Kurang efisien"
            if normal_nama(ts.keterangan) != normal_nama(benar):
                yield EFISIENSI(f"keterangan efisiensi {apa} tertulis '{ts.keterangan}', tetapi rata-rata capaiannya "
                                f"dikurangi serapan anggarannya {fmt.angka(s.selisih or 0, 2)} poin: '{benar}'",
                                k.lokasi("lkj", *jalur, "keterangan"))


@pemeriksa
def periksa_anggaran_tertulis(k: KonteksReviu) -> Iterator[Temuan]:
    """Every figure of ``anggaran.tertulis`` against the LKj's computed budget (nothing when it could not be computed)."""
    laporan = k.tahun.laporan
    if laporan is None or laporan.lkj.anggaran.tertulis is None:
        return
    t, a = laporan.lkj.anggaran.tertulis, laporan.anggaran
    yield from _total(k, t, a)
    yield from _belanja(k, t, a)
    yield from _sasaran(k, t, a)
