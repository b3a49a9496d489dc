"""Declared against computed: the numbers a user copied from another document (``tertulis:``).

Migrating an old PK or LKj by typing it in carries its mistakes along: a Jumlah that is not the
sum of its rows, a terbilang of another amount, a capaian or predikat that contradicts the
target and realisasi. The declared values are never printed; here each is compared with the
value the toolkit computes, and a finding states both in Indonesian formatting.

A declared number matches at the precision it was written (:mod:`doctools.reviu.nilai`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from doctools import fmt
from doctools.errors import DataError
from doctools.kinerja import (
    SkalaPredikat,
    hitung_capaian,
    muat_skala_bawaan,
    predikat,
    skala_dari_data,
    tingkat_kemajuan,
)
from doctools.model import Indikator
from doctools.model.perjanjian import MataAnggaran, TertulisAnggaran
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import desimal_tertulis, sama_pada_ketelitian
from doctools.reviu.skm import realisasi_survei
from doctools.reviu.temuan import Temuan, aturan

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
TANPA_DASAR = aturan("angka.tanpa-dasar", "peringatan",
                     "nilai yang tertulis dapat diperiksa: target dan realisasi tahun itu ada")


# --- PK: jumlah and terbilang -------------------------------------------------------------


def _normal_terbilang(teks: str) -> str:
    """Spelling the seeds vary on: case, punctuation, spaces, 'milyar', a missing 'rupiah'."""
    kata = re.sub(r"[^\w\s]", " ", teks.casefold()).replace("milyar", "miliar").split()
    return " ".join(k for k in kata if k != "rupiah")


def _periksa_jumlah(k: KonteksReviu, tertulis: TertulisAnggaran | None, rincian: list[MataAnggaran],
                    apa: str, *jalur: str | int) -> Iterator[Temuan]:
    if tertulis is None:
        return
    jumlah = sum((m.anggaran for m in rincian), Decimal(0))
    if tertulis.jumlah is not None and tertulis.jumlah != jumlah:
        selisih = tertulis.jumlah - jumlah
        yield JUMLAH_PK(
            f"jumlah anggaran {apa} tertulis {k.rupiah(tertulis.jumlah)}, tetapi jumlah {len(rincian)} rinciannya "
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
    pk = k.data.perjanjian_kinerja
    if pk is None:
        return
    yield from _periksa_jumlah(k, pk.camat.tertulis, list(pk.camat.program), "perjanjian kinerja Camat", "camat")
    for p_i, p in enumerate(pk.pejabat):
        rincian: list[MataAnggaran] = [*p.program, *p.kegiatan]
        yield from _periksa_jumlah(k, p.tertulis, rincian, f"perjanjian kinerja pejabat '{p.pejabat}'",
                                   "pejabat", p_i)


# --- indicators: capaian, tingkat kemajuan, predikat -----------------------------------------


def skala_pilihan(k: KonteksReviu) -> SkalaPredikat | None:
    """The predikat scale the data chooses (the LKj's ``pengukuran.skala_predikat``), if any."""
    pengukuran = getattr(k.lkj, "pengukuran", None)
    pilihan = getattr(pengukuran, "skala_predikat", None)
    try:
        if isinstance(pilihan, str):
            return muat_skala_bawaan().get(pilihan)
        if isinstance(pilihan, Mapping):
            return skala_dari_data(pilihan)
    except DataError:  # reported by the LKj itself
        return None
    return None


def _rumus_negatif(k: KonteksReviu) -> Any:
    return getattr(getattr(k.lkj, "pengukuran", None), "rumus_negatif", "selisih")


def _indikator(k: KonteksReviu) -> Iterator[tuple[Indikator, tuple[str | int, ...]]]:
    kinerja = k.data.kinerja
    if kinerja is None:
        return
    for t_i, t in enumerate(kinerja.tujuan):
        for i_i, ind in enumerate(t.indikator):
            yield ind, ("tujuan", t_i, "indikator", i_i)
    for s_i, s in enumerate(kinerja.sasaran):
        for i_i, ind in enumerate(s.indikator):
            yield ind, ("sasaran", s_i, "indikator", i_i)


def _angka_id(nilai: Decimal | str) -> str:
    if isinstance(nilai, str):
        return nilai
    return fmt.angka(nilai, desimal_tertulis(nilai))


class _Hitung:
    """Capaian and tingkat kemajuan of one indicator, or why they cannot be computed."""

    def __init__(self, k: KonteksReviu, ind: Indikator, jalur: tuple[str | int, ...]) -> None:
        self.k, self.ind, self.jalur = k, ind, jalur

    def realisasi(self, tahun: int) -> Decimal | str | None:
        """As typed, or — for the indicator the LKj's survey measures — the survey's IKM."""
        if tahun in self.ind.realisasi:
            return self.ind.realisasi[tahun]
        if self.jalur[0] == "sasaran":
            return realisasi_survei(self.k, int(self.jalur[1]), int(self.jalur[3]), tahun)
        return None

    def _dasar(self, tahun: int, target: Any, apa: str) -> tuple[Decimal, Decimal] | str:
        realisasi = self.realisasi(tahun)
        if target is None:
            return f"{apa} belum diisi"
        if realisasi is None:
            return f"realisasi tahun {tahun} belum diisi"
        if isinstance(target, str) or isinstance(realisasi, str):
            return "target atau realisasinya berupa label, bukan angka"
        return target, realisasi

    def capaian(self, tahun: int) -> Decimal | str:
        dasar = self._dasar(tahun, self.ind.target.get(tahun), f"target tahun {tahun}")
        if isinstance(dasar, str):
            return dasar
        try:
            return hitung_capaian(dasar[0], dasar[1], self.ind.polaritas, _rumus_negatif(self.k))
        except DataError as exc:
            return exc.pesan

    def kemajuan(self, tahun: int) -> Decimal | str:
        kinerja = self.k.data.kinerja
        akhir = kinerja.periode_akhir if kinerja else tahun
        dasar = self._dasar(tahun, self.ind.target.get(akhir), f"target akhir Renstra (tahun {akhir})")
        if isinstance(dasar, str):
            return dasar
        try:
            return tingkat_kemajuan(dasar[1], dasar[0], self.ind.polaritas, _rumus_negatif(self.k))
        except DataError as exc:
            return exc.pesan

    def rumus(self, tahun: int, target_tahun: int) -> str:
        return (f"realisasi {_angka_id(self.realisasi(tahun) or '')} terhadap target "
                f"{_angka_id(self.ind.target[target_tahun])}, polaritas {self.ind.polaritas}")


def _periksa_persen(k: KonteksReviu, ind: Indikator, jalur: tuple[str | int, ...], kolom: str, nama: str,
                    tertulis: Mapping[int, Decimal], hitung: Any, target_tahun: Any) -> Iterator[Temuan]:
    h = _Hitung(k, ind, jalur)
    rule = CAPAIAN if kolom == "capaian" else KEMAJUAN
    for tahun, nilai in sorted(tertulis.items()):
        lokasi = k.lokasi("kinerja", *jalur, "tertulis", kolom, str(tahun))
        hasil = hitung(h, tahun)
        if isinstance(hasil, str):
            yield TANPA_DASAR(f"{nama} tahun {tahun} indikator '{ind.nama}' tertulis "
                              f"{fmt.persen(nilai, desimal_tertulis(nilai))} tetapi tidak dapat dihitung: {hasil}",
                              lokasi)
        elif not sama_pada_ketelitian(nilai, hasil):
            yield rule(f"{nama} tahun {tahun} indikator '{ind.nama}' tertulis "
                       f"{fmt.persen(nilai, desimal_tertulis(nilai))}, hasil hitung {fmt.persen(hasil)} "
                       f"({h.rumus(tahun, target_tahun(tahun))})", lokasi)


def _skala_dengan_label(label: str) -> list[SkalaPredikat]:
    kunci = label.casefold()
    return [s for s in muat_skala_bawaan().values() if any(r.label.casefold() == kunci for r in s.rentang)]


def _periksa_predikat(k: KonteksReviu, ind: Indikator, jalur: tuple[str | int, ...]) -> Iterator[Temuan]:
    tertulis = ind.tertulis
    assert tertulis is not None
    h = _Hitung(k, ind, jalur)
    pilihan = skala_pilihan(k)
    for tahun, label in sorted(tertulis.predikat.items()):
        lokasi = k.lokasi("kinerja", *jalur, "tertulis", "predikat", str(tahun))
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
    for ind, jalur in _indikator(k):
        t = ind.tertulis
        if t is None:
            continue
        yield from _periksa_persen(k, ind, jalur, "capaian", "capaian", t.capaian,
                                   _Hitung.capaian, lambda tahun: tahun)
        yield from _periksa_persen(k, ind, jalur, "tingkat_kemajuan", "tingkat kemajuan", t.tingkat_kemajuan,
                                   _Hitung.kemajuan, lambda _tahun: akhir)
        yield from _periksa_predikat(k, ind, jalur)
