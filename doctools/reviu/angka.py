"""Declared against computed: the numbers a user copied from another document (``tertulis:``).

Migrating an old PK or LKj by typing it in carries its mistakes along: a Jumlah that is not the
sum of its rows, a terbilang of another amount, a capaian or predikat that contradicts the
target and realisasi. The declared values are never printed; here each is compared with the
value the year computed (:mod:`doctools.tahun`, with the kecamatan's policy), and a finding
states both in Indonesian formatting.

A declared number matches at the precision it was written (:mod:`doctools.reviu.nilai`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.kinerja import SkalaPredikat, muat_skala_bawaan, predikat
from doctools.kinerja.nilai import sama_nilai
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import desimal_tertulis, sama_pada_ketelitian
from doctools.reviu.temuan import Temuan, aturan

if TYPE_CHECKING:
    from doctools.model.perjanjian import TertulisAnggaran
    from doctools.tahun import CapaianIndikator, Hitungan

JUMLAH_PK = aturan("angka.jumlah-pk", "galat",
                   "jumlah anggaran perjanjian kinerja yang tertulis sama dengan jumlah rinciannya")
TERBILANG_PK = aturan("angka.terbilang-pk", "galat",
                      "terbilang jumlah anggaran perjanjian kinerja yang tertulis sesuai jumlahnya")
CAPAIAN = aturan("angka.capaian", "galat", "capaian indikator yang tertulis sama dengan realisasi/target")
KEMAJUAN = aturan("angka.tingkat-kemajuan", "galat",
                  "tingkat kemajuan yang tertulis sama dengan realisasi terhadap target akhir Renstra")
PREDIKAT = aturan("angka.predikat", "galat", "predikat yang tertulis sesuai capaiannya menurut skala predikat")
PREDIKAT_ASING = aturan("angka.predikat-tak-dikenal", "peringatan",
                        "predikat yang tertulis ada pada skala predikat yang dikenal")
TARGET = aturan("angka.target", "galat",
                "target yang tertulis (laporan lama) sama dengan target Perjanjian Kinerja tahun itu")
TANPA_DASAR = aturan("angka.tanpa-dasar", "peringatan",
                     "nilai yang tertulis dapat diperiksa: target dan realisasi tahun itu ada")


# --- PK: jumlah and terbilang -------------------------------------------------------------


def _normal_terbilang(teks: str) -> str:
    """Spelling the seeds vary on: case, punctuation, spaces, 'milyar', a missing 'rupiah'."""
    kata = re.sub(r"[^\w\s]", " ", teks.casefold()).replace("milyar", "miliar").split()
    return " ".join(k for k in kata if k != "rupiah")


def _periksa_jumlah(k: KonteksReviu, tertulis: TertulisAnggaran | None, rincian: int, jumlah: Decimal,
                    apa: str, *jalur: str | int) -> Iterator[Temuan]:
    if tertulis is None:
        return
    if tertulis.jumlah is not None and tertulis.jumlah != jumlah:
        selisih = tertulis.jumlah - jumlah
        yield JUMLAH_PK(
            f"jumlah anggaran {apa} tertulis {k.rupiah(tertulis.jumlah)}, tetapi jumlah {rincian} rinciannya "
            f"{k.rupiah(jumlah)} (selisih {k.rupiah(abs(selisih))}); jumlah dihitung otomatis — perbaiki rinciannya "
            "atau hapus 'tertulis.jumlah'",
            k.lokasi("perjanjian-kinerja", *jalur, "tertulis", "jumlah"))
    if tertulis.terbilang is not None:
        benar = fmt.terbilang_rupiah(jumlah)
        if _normal_terbilang(tertulis.terbilang) != _normal_terbilang(benar):
            yield TERBILANG_PK(
                f"terbilang jumlah anggaran {apa} tertulis \"{tertulis.terbilang}\", tetapi jumlahnya "
                f"{k.rupiah(jumlah)} terbilang \"{benar}\"",
                k.lokasi("perjanjian-kinerja", *jalur, "tertulis", "terbilang"))


@pemeriksa
def periksa_jumlah_pk(k: KonteksReviu) -> Iterator[Temuan]:
    """Declared Jumlah and terbilang of every PK level against the sum of its rows."""
    pt = k.tahun.perjanjian
    if pt is None:
        return
    pk = pt.berkas
    yield from _periksa_jumlah(k, pk.camat.tertulis, len(pk.camat.program), pt.jumlah[("camat",)],
                               "perjanjian kinerja Camat", "camat")
    for p_i, p in enumerate(pk.pejabat):
        yield from _periksa_jumlah(k, p.tertulis, len(p.program) + len(p.kegiatan), pt.jumlah[("pejabat", p_i)],
                                   f"perjanjian kinerja pejabat '{p.pejabat}'", "pejabat", p_i)


# --- indicators: capaian, tingkat kemajuan, predikat -----------------------------------------


def skala_lkj(k: KonteksReviu) -> SkalaPredikat | None:
    """The scale the LKj prints predikat with (the kecamatan's policy), when the data set has an LKj.

    Without an LKj no document prints a predikat, and a declared one copied from an older
    report is accepted on any known scale that gives it (:func:`_skala_dengan_label`).
    """
    return k.tahun.kebijakan.skala if k.lkj is not None else None


def _angka_id(nilai: Decimal | str) -> str:
    if isinstance(nilai, str):
        return nilai
    return fmt.angka(nilai, desimal_tertulis(nilai))


class _Hitung:
    """Capaian and tingkat kemajuan of one indicator as the year computed them, or why there are none."""

    def __init__(self, k: KonteksReviu, c: CapaianIndikator) -> None:
        self.k, self.c, self.ind = k, c, c.indikator

    def realisasi(self, tahun: int) -> Decimal | str | None:
        """As typed, or — for the indicator the LKj's survey measures — the survey's IKM."""
        return self.c.realisasi.get(tahun)

    def _dasar(self, tahun: int, target: Any, apa: str, hitungan: Mapping[int, Hitungan]) -> Decimal | str:
        realisasi = self.realisasi(tahun)
        if target is None:
            return f"{apa} belum diisi"
        if realisasi is None:
            return f"realisasi tahun {tahun} belum diisi"
        h = hitungan[tahun]
        return h.galat.pesan if h.galat is not None else h.pasti()

    def capaian(self, tahun: int) -> Decimal | str:
        return self._dasar(tahun, self.ind.target_perjanjian(tahun), f"target tahun {tahun}", self.c.capaian)

    def kemajuan(self, tahun: int) -> Decimal | str:
        kinerja = self.k.data.kinerja
        akhir = kinerja.periode_akhir if kinerja else tahun
        return self._dasar(tahun, self.ind.target.get(akhir), f"target akhir Renstra (tahun {akhir})",
                           self.c.kemajuan)

    def rumus(self, tahun: int, target: Decimal | str | None) -> str:
        return (f"realisasi {_angka_id(self.realisasi(tahun) or '')} terhadap target {_angka_id(target or '')}, "
                f"polaritas {self.ind.polaritas}")

    def renstra(self, tahun: int, nilai: Decimal) -> str:
        """A note when ``nilai`` is the capaian against the Renstra's target the PK revised."""
        h = self.c.capaian_renstra.get(tahun)
        if h is None or h.nilai is None or not sama_pada_ketelitian(nilai, h.nilai):
            return ""
        return (f"; {_angka_id(nilai)} adalah capaian terhadap target Renstra {_angka_id(self.ind.target[tahun])}, "
                f"padahal Laporan Kinerja mengukur terhadap target Perjanjian Kinerja "
                f"{_angka_id(self.ind.target_pk[tahun])} (target_pk)")


def _periksa_persen(k: KonteksReviu, c: CapaianIndikator, kolom: str, nama: str,
                    tertulis: Mapping[int, Decimal], hitung: Any, target: Any) -> Iterator[Temuan]:
    h = _Hitung(k, c)
    ind = c.indikator
    rule = CAPAIAN if kolom == "capaian" else KEMAJUAN
    for tahun, nilai in sorted(tertulis.items()):
        lokasi = k.lokasi("kinerja", *c.jalur, "tertulis", kolom, str(tahun))
        hasil = hitung(h, tahun)
        if isinstance(hasil, str):
            yield TANPA_DASAR(f"{nama} tahun {tahun} indikator '{ind.nama}' tertulis "
                              f"{fmt.persen(nilai, desimal_tertulis(nilai))} tetapi tidak dapat dihitung: {hasil}",
                              lokasi)
        elif not sama_pada_ketelitian(nilai, hasil):
            catatan = h.renstra(tahun, nilai) if kolom == "capaian" else ""
            yield rule(f"{nama} tahun {tahun} indikator '{ind.nama}' tertulis "
                       f"{fmt.persen(nilai, desimal_tertulis(nilai))}, hasil hitung {fmt.persen(hasil)} "
                       f"({h.rumus(tahun, target(tahun))}){catatan}", lokasi)


def _skala_dengan_label(label: str) -> list[SkalaPredikat]:
    kunci = label.casefold()
    return [s for s in muat_skala_bawaan().values() if any(r.label.casefold() == kunci for r in s.rentang)]


def _periksa_predikat(k: KonteksReviu, c: CapaianIndikator) -> Iterator[Temuan]:
    ind = c.indikator
    tertulis = ind.tertulis
    assert tertulis is not None
    h = _Hitung(k, c)
    pilihan = skala_lkj(k)
    for tahun, label in sorted(tertulis.predikat.items()):
        lokasi = k.lokasi("kinerja", *c.jalur, "tertulis", "predikat", str(tahun))
        capaian = h.capaian(tahun)
        if isinstance(capaian, str):
            if tahun not in tertulis.capaian:
                yield TANPA_DASAR(f"predikat tahun {tahun} indikator '{ind.nama}' tertulis '{label}' tetapi "
                                  f"capaiannya tidak dapat dihitung: {capaian}", lokasi)
                continue
            capaian = tertulis.capaian[tahun]
        skala = [pilihan] if pilihan is not None else _skala_dengan_label(label)
        if not skala:
            semua = sorted({r.label for s in muat_skala_bawaan().values() for r in s.rentang})
            yield PREDIKAT_ASING(f"predikat '{label}' tidak ada pada skala predikat mana pun; yang dikenal: "
                                 f"{', '.join(semua)}", lokasi)
            continue
        if any(predikat(capaian, s).casefold() == label.casefold() for s in skala):
            continue
        s = skala[0]
        yield PREDIKAT(f"predikat tahun {tahun} indikator '{ind.nama}' tertulis '{label}', tetapi capaian "
                       f"{fmt.persen(capaian)} menurut {s.nama} berpredikat '{predikat(capaian, s)}'", lokasi)


@pemeriksa
def periksa_indikator(k: KonteksReviu) -> Iterator[Temuan]:
    """Declared capaian, tingkat kemajuan and predikat of every indicator of kinerja.yaml."""
    kinerja = k.data.kinerja
    akhir = kinerja.periode_akhir if kinerja else 0
    for c in k.tahun.capaian:
        t = c.indikator.tertulis
        if t is None:
            continue
        ind = c.indikator
        yield from _periksa_target(k, c)
        yield from _periksa_persen(k, c, "capaian", "capaian", t.capaian, _Hitung.capaian, ind.target_perjanjian)
        yield from _periksa_persen(k, c, "tingkat_kemajuan", "tingkat kemajuan", t.tingkat_kemajuan,
                                   _Hitung.kemajuan, lambda _tahun, ind=ind: ind.target.get(akhir))
        yield from _periksa_predikat(k, c)


def _periksa_target(k: KonteksReviu, c: CapaianIndikator) -> Iterator[Temuan]:
    """A target an older report printed is the one the year's PK commits to (a revised one, not the Renstra's)."""
    ind = c.indikator
    assert ind.tertulis is not None
    for tahun, nilai in sorted(ind.tertulis.target.items()):
        target = ind.target_perjanjian(tahun)
        if target is None or sama_nilai(nilai, target):
            continue
        renstra = ind.target.get(tahun)
        if tahun in ind.target_pk and renstra is not None and sama_nilai(nilai, renstra):
            sebab = (f"; {_angka_id(nilai)} adalah target Renstra, padahal capaian Laporan Kinerja diukur terhadap "
                     "target Perjanjian Kinerja (target_pk)")
        else:
            sebab = ""
        di = k.lokasi("kinerja", *c.jalur, ind.kolom_target(tahun), str(tahun))
        yield TARGET(f"target tahun {tahun} indikator '{ind.nama}' tertulis {_angka_id(nilai)}, tetapi target "
                     f"Perjanjian Kinerja tahun itu {_angka_id(target)} (baris {di.baris}){sebab}",
                     k.lokasi("kinerja", *c.jalur, "tertulis", "target", str(tahun)))
