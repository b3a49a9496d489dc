"""The Laporan Kinerja's year: every figure and reference the LKj prints, computed before it is composed.

The LKj needs the other parts of the year (the survey, the Camat's PK, the IKU decree's nomor, the
logo): a part that could not be computed has already been reported, so the LKj then stops
without a problem of its own (:class:`Bergantung`). Its own problems are found in the order the
report reads (measurement, budget, BAB I, BAB II, analysis, Lampiran), the first one stopping it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from doctools.errors import DataError, Lokasi
from doctools.tahun import rujukan
from doctools.tahun.anggaran import AnggaranTahun, hitung_anggaran
from doctools.tahun.lokasi import lokasi_di
from doctools.tahun.pengukuran import HasilSasaran, Pengukuran, ukur

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, LaporanKinerja
    from doctools.model.lkj import AnalisisSasaran, Sarana
    from doctools.model.renstra import StrategiSasaran
    from doctools.tahun.capaian import CapaianIndikator
    from doctools.tahun.kebijakan import Kebijakan
    from doctools.tahun.keputusan import KeputusanTahun
    from doctools.tahun.perjanjian import PerjanjianDihitung, PerjanjianTahun
    from doctools.tahun.survei import SurveiTahun


class Bergantung(Exception):  # noqa: N818 - not an error of the data: a part it needs was reported
    """A part the LKj needs could not be computed; its problem is already reported."""


@dataclass(frozen=True)
class ProgramRenstra:
    """A Renstra program and the sasaran it supports (indexes of kinerja.yaml)."""

    indeks: int
    sasaran: tuple[int, ...]


@dataclass(frozen=True)
class SaranaDihitung:
    """One sarana row: the count of each condition label (None: no count, printed "–") and the total."""

    sarana: Sarana
    kondisi: tuple[int | None, ...]
    jumlah: int | None
    """The sum of the counts; None when the row has none."""


@dataclass(frozen=True)
class LaporanTahun:
    """What the LKj of the year prints, computed."""

    lkj: LaporanKinerja
    kebijakan: Kebijakan
    pengukuran: Pengukuran
    survei: SurveiTahun | None
    anggaran: AnggaranTahun
    bagan: Path | None
    """The organisation chart, found and of an image type."""
    strategi: tuple[tuple[int, StrategiSasaran], ...]
    """(sasaran index, its strategy), in the order of the sasaran."""
    perjanjian: PerjanjianDihitung
    """The Camat's PK of the report year."""
    nomor_iku: str | None
    """The nomor of the IKU decree when the data set has one."""
    analisis: Mapping[int, AnalisisSasaran]
    """Sasaran index → the user's analysis of it."""
    program_renstra: tuple[ProgramRenstra, ...]
    pagu_renstra: Mapping[int, Decimal] | None
    """Year of the Renstra → the sum of its programs' indicative pagu (None without programs)."""
    jumlah_sdm: Mapping[str, int]
    """``pendidikan``/``golongan``/``eselon`` → the total of that table (empty without sdm)."""
    kondisi_sarana: tuple[str, ...]
    """The condition labels of the sarana table (``pengaturan.kondisi_sarana``), in order."""
    sarana: tuple[SaranaDihitung, ...]
    """Each sarana row: its count per condition label and its total."""
    lokasi: Lokasi | None = None
    """lkj.yaml."""

    def analisis_sasaran(self, hs: HasilSasaran) -> AnalisisSasaran | None:
        """The user's analysis of the measured sasaran ``hs``, when one is written."""
        return self.analisis.get(hs.nomor - 1)


def _strategi(data: DataKecamatan) -> tuple[tuple[int, StrategiSasaran], ...]:
    kinerja = data.kinerja
    assert kinerja is not None
    strategi: dict[int, StrategiSasaran] = {}
    for n, st in enumerate(kinerja.renstra.strategi):
        s_i = rujukan.sasaran(data, st.sasaran, "renstra", "strategi", n, "sasaran", stem="kinerja")
        if s_i in strategi:
            raise DataError("strategi untuk sasaran ini sudah ditulis sebelumnya",
                            lokasi_di(data, "kinerja", "renstra", "strategi", n, "sasaran"))
        strategi[s_i] = st
    return tuple(sorted(strategi.items(), key=lambda x: x[0]))


def _perjanjian(data: DataKecamatan, lkj: LaporanKinerja, pk: PerjanjianTahun | None) -> PerjanjianDihitung:
    pk_data = data.perjanjian_kinerja
    assert pk_data is not None
    if pk_data.tahun != lkj.tahun:
        raise DataError(f"laporan tahun {lkj.tahun}, tetapi perjanjian-kinerja.yaml berisi Perjanjian Kinerja tahun "
                        f"{pk_data.tahun}; Laporan Kinerja mengukur Perjanjian Kinerja tahun yang sama",
                        lokasi_di(data, "lkj", "tahun"))
    if pk is None or pk.camat is None:
        raise Bergantung("perjanjian-kinerja")
    return pk.camat


def _analisis(data: DataKecamatan, lkj: LaporanKinerja) -> dict[int, AnalisisSasaran]:
    narasi: dict[int, AnalisisSasaran] = {}
    for n, a in enumerate(lkj.analisis):
        s_i = rujukan.sasaran(data, a.sasaran, "analisis", n, "sasaran")
        if s_i in narasi:
            raise DataError("analisis untuk sasaran ini sudah ditulis sebelumnya",
                            lokasi_di(data, "lkj", "analisis", n, "sasaran"))
        narasi[s_i] = a
    return narasi


def _program_renstra(data: DataKecamatan) -> tuple[ProgramRenstra, ...]:
    kinerja = data.kinerja
    assert kinerja is not None
    tahun = kinerja.tahun_periode
    hasil = []
    for n, prog in enumerate(kinerja.renstra.program):
        asing = sorted(t for t in prog.pagu if t not in tahun)
        if asing:
            raise DataError(f"pagu indikatif tahun {asing[0]} di luar periode Renstra {tahun[0]}–{tahun[-1]}",
                            lokasi_di(data, "kinerja", "renstra", "program", n, "pagu", str(asing[0])))
        hasil.append(ProgramRenstra(n, tuple(
            rujukan.sasaran(data, s, "renstra", "program", n, "sasaran", k, stem="kinerja")
            for k, s in enumerate(prog.sasaran))))
    return tuple(hasil)


def _pagu_renstra(data: DataKecamatan) -> dict[int, Decimal] | None:
    kinerja = data.kinerja
    assert kinerja is not None
    program = kinerja.renstra.program
    if not program:
        return None
    return {t: sum((p.pagu.get(t, Decimal(0)) for p in program), Decimal(0))
            for t in kinerja.tahun_periode}


def _sarana(data: DataKecamatan, lkj: LaporanKinerja) -> tuple[SaranaDihitung, ...]:
    """Each row's counts in the order of the kecamatan's condition labels; an unknown label is a DataError at its line."""
    from doctools.model.rujukan import kunci_kondisi

    label = data.instansi.pengaturan.kondisi_sarana
    indeks = {kunci_kondisi(k): i for i, k in enumerate(label)}
    peta = data.peta.get("lkj")
    hasil = []
    for n, x in enumerate(lkj.sarana):
        jumlah: list[int | None] = [None] * len(label)
        for kunci, nilai in x.kondisi.items():
            i = indeks.get(kunci_kondisi(kunci))
            if i is None:
                jalur: tuple[str | int, ...] = ("sarana", n, kunci)
                if peta is not None and jalur not in peta:
                    jalur = ("sarana", n, "kondisi", kunci)
                mirip = difflib.get_close_matches(kunci_kondisi(kunci), list(indeks), n=1, cutoff=0.6)
                saran = f"maksudnya '{label[indeks[mirip[0]]]}'? " if mirip else ""
                raise DataError(f"kondisi sarana '{kunci}' tidak dikenal; {saran}kondisi yang dipakai: "
                                f"{', '.join(label)} (pengaturan.kondisi_sarana di instansi.yaml atau kabupaten.yaml)",
                                lokasi_di(data, "lkj", *jalur))
            jumlah[i] = nilai
        ada = [j for j in jumlah if j is not None]
        hasil.append(SaranaDihitung(x, tuple(jumlah), sum(ada) if ada else None))
    return tuple(hasil)


def _jumlah_sdm(lkj: LaporanKinerja) -> dict[str, int]:
    if lkj.sdm is None:
        return {}
    return {"pendidikan": sum(lkj.sdm.pendidikan.values()), "golongan": sum(lkj.sdm.golongan.values()),
            "eselon": sum(lkj.sdm.eselon.values())}


def hitung_laporan(data: DataKecamatan, kebijakan: Kebijakan,
                   capaian: Mapping[tuple[str | int, ...], CapaianIndikator], survei: SurveiTahun | None,
                   perjanjian: PerjanjianTahun | None, keputusan_iku: KeputusanTahun | None,
                   logo_sah: bool) -> LaporanTahun:
    """The LKj's year; raises the first DataError of its own, or :class:`Bergantung`."""
    lkj = data.lkj
    assert lkj is not None
    if lkj.skm is not None and (survei is None or not survei.lengkap):
        raise Bergantung("skm")
    if kebijakan.skala is None:
        raise Bergantung("skala_predikat")
    pengukuran = ukur(data, lkj, kebijakan.skala, capaian)
    anggaran = hitung_anggaran(data, lkj, pengukuran)
    if not logo_sah:
        raise Bergantung("logo")
    bagan = data.jalur_bagan()
    strategi = _strategi(data)
    camat = _perjanjian(data, lkj, perjanjian)
    if keputusan_iku is not None and keputusan_iku.nomor is None:
        raise Bergantung("keputusan-iku")
    analisis = _analisis(data, lkj)
    program = _program_renstra(data)
    sarana = _sarana(data, lkj)
    return LaporanTahun(
        lkj=lkj, kebijakan=kebijakan, pengukuran=pengukuran, survei=survei, anggaran=anggaran, bagan=bagan,
        strategi=strategi, perjanjian=camat, nomor_iku=keputusan_iku.nomor if keputusan_iku is not None else None,
        analisis=analisis, program_renstra=program, pagu_renstra=_pagu_renstra(data), jumlah_sdm=_jumlah_sdm(lkj),
        kondisi_sarana=tuple(data.instansi.pengaturan.kondisi_sarana), sarana=sarana,
        lokasi=lokasi_di(data, "lkj"))
