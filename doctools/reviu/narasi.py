"""The user's narratives in lkj.yaml against the computed facts (rule family ``narasi``).

A narrative is printed as written, so what it states is not computed: a percentage or an amount
copied from last year's report, a year of another period, a neighbour's name left in a copied
paragraph. Every narrative (``narasi``, ``organisasi.kedudukan``, ``analisis``) is read for:

* a percentage ("92,31%", "80 persen") that matches no figure of the year (:mod:`doctools.tahun.fakta`)
  at the decimals written; 0 % and 100 % always stand;
* a rupiah amount ("Rp 86.455.000", "Rp1,87 miliar", "152.800.000 rupiah") that matches no amount of
  the year, at the precision written;
* a year outside the report year and the Renstra period (a regulation's year, "Nomor 12 Tahun 2021"
  or "14/2017", is not one);
* the name of another kecamatan of the kabupaten (its list, :mod:`doctools.reviu.nama`) without the
  word "Kecamatan" before it (with it, :data:`doctools.reviu.nama.KECAMATAN_LAIN` reports it).

Each is a peringatan at the line of the narrative that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.errors import Lokasi
from doctools.kinerja import bulatkan
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nama import pola_kecamatan_lain
from doctools.reviu.nilai import sama_pada_ketelitian
from doctools.reviu.temuan import Temuan, aturan
from doctools.tahun.fakta import FaktaAngka, fakta_laporan

if TYPE_CHECKING:
    from doctools.model.lkj import LaporanKinerja

PERSEN = aturan("narasi.persen", "peringatan",
                "setiap persentase dalam narasi Laporan Kinerja sama dengan angka yang dihitung laporan")
RUPIAH = aturan("narasi.rupiah", "peringatan",
                "setiap jumlah rupiah dalam narasi Laporan Kinerja sama dengan jumlah yang dihitung laporan")
TAHUN = aturan("narasi.tahun", "peringatan",
               "tahun yang disebut narasi Laporan Kinerja adalah tahun laporan atau tahun dalam periode Renstra")
KECAMATAN = aturan("narasi.kecamatan-lain", "peringatan",
                   "narasi Laporan Kinerja tidak menyebut nama kecamatan lain (salah salin)")

_ANGKA = r"\d+(?:[.,]\d+)*"
_POLA_PERSEN = re.compile(rf"(?<![\w.,])({_ANGKA})\s*(?:%|persen\b|prosen\b)", re.IGNORECASE)
_SATUAN_UANG = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}
_KELIPATAN = r"(?:\s*(ribu|juta|miliar|milyar|triliun)\b)?"
_POLA_RP = re.compile(rf"\bRp\.?\s*({_ANGKA})(?:,-)?{_KELIPATAN}", re.IGNORECASE)
_POLA_RUPIAH = re.compile(rf"(?<![\w.,])({_ANGKA}){_KELIPATAN}\s+rupiah\b", re.IGNORECASE)
_POLA_TAHUN = re.compile(r"(?<![\w.,/])((?:19|20)\d{2})(?![\w/]|[.,]\d)")
_SEBELUM_TAHUN_PERATURAN = re.compile(r"(?:Nomor|No\.?)\s+\S+\s+Tahun\s+$", re.IGNORECASE)
_KATA_SEBELUM_NAMA = re.compile(r"(?:kecamatan|camat|kabupaten|bupati|wali\s*kota|kota)\s+$", re.IGNORECASE)

Jalur = tuple[str | int, ...]


def narasi_lkj(lkj: LaporanKinerja) -> Iterator[tuple[Jalur, str]]:
    """Every narrative of lkj.yaml with its field path."""
    for kunci in type(lkj.narasi).model_fields:
        teks = getattr(lkj.narasi, kunci)
        if teks:
            yield ("narasi", kunci), teks
    if lkj.organisasi.kedudukan:
        yield ("organisasi", "kedudukan"), lkj.organisasi.kedudukan
    for n, a in enumerate(lkj.analisis):
        for kunci in ("ganti", "narasi"):
            teks = getattr(a, kunci)
            if teks:
                yield ("analisis", n, kunci), teks


class _Baris:
    """Finds the line of a narrative that holds a piece of its text (the narrative's own line when it wraps)."""

    def __init__(self, k: KonteksReviu) -> None:
        self.k = k
        self._isi: dict[str, list[str]] = {}

    def _berkas(self, berkas: str) -> list[str]:
        if berkas not in self._isi:
            try:
                self._isi[berkas] = Path(berkas).read_text(encoding="utf-8").splitlines()
            except OSError:
                self._isi[berkas] = []
        return self._isi[berkas]

    def lokasi(self, jalur: Jalur, teks: str, potongan: str, ke: int) -> Lokasi:
        """Where the ``ke``-th (0-based) occurrence of ``potongan`` in the narrative ``teks`` was written."""
        awal = self.k.lokasi("lkj", *jalur)
        if awal.berkas is None or awal.baris is None:
            return awal
        baris = self._berkas(awal.berkas)
        akhir = min(len(baris), awal.baris + teks.count("\n") + 2)
        cocok = [i for i in range(awal.baris - 1, akhir) if potongan in baris[i]]
        if len(cocok) > ke:
            return Lokasi(awal.berkas, cocok[ke] + 1, awal.kolom)
        return awal


def _desimal(teks: str) -> int:
    """Decimals written after a decimal comma or point (a thousands group is not one)."""
    m = re.search(r"[.,](\d+)$", teks)
    if m is None or (len(m.group(1)) == 3 and "," not in teks):
        return 0
    return len(m.group(1))


def _baca(teks: str) -> Decimal | None:
    try:
        return fmt.parse_angka(teks)
    except ValueError:
        return None


def _terdekat(nilai: Decimal, daftar: tuple[Decimal, ...]) -> Decimal | None:
    return min(daftar, key=lambda x: abs(x - nilai), default=None)


def _persen(k: KonteksReviu, f: FaktaAngka, b: _Baris, jalur: Jalur, teks: str) -> Iterator[Temuan]:
    ke: dict[str, int] = {}
    for m in _POLA_PERSEN.finditer(teks):
        nilai = _baca(m.group(1))
        tertulis = m.group(0)
        n = ke[tertulis] = ke.get(tertulis, -1) + 1
        if nilai is None or nilai in (0, 100):
            continue
        desimal = min(_desimal(m.group(1)), 2)
        if any(sama_pada_ketelitian(nilai.quantize(Decimal(1).scaleb(-desimal)), x) for x in f.persen):
            continue
        dekat = _terdekat(nilai, f.persen)
        saran = f"; angka laporan yang terdekat {fmt.persen(dekat)}" if dekat is not None else ""
        yield PERSEN(f"narasi menyebut {tertulis}, tetapi tidak ada angka yang dihitung laporan (capaian, target, "
                     f"realisasi, persentase anggaran, IKM) yang sama{saran}; periksa angkanya",
                     b.lokasi(jalur, teks, tertulis, n))


def _rupiah(k: KonteksReviu, f: FaktaAngka, b: _Baris, jalur: Jalur, teks: str) -> Iterator[Temuan]:
    ke: dict[str, int] = {}
    temu = sorted([*_POLA_RP.finditer(teks), *_POLA_RUPIAH.finditer(teks)], key=lambda m: m.start())
    for m in temu:
        tertulis = m.group(0)
        n = ke[tertulis] = ke.get(tertulis, -1) + 1
        angka = _baca(m.group(1))
        if angka is None:
            continue
        pangkat = _SATUAN_UANG.get((m.group(2) or "").casefold(), 0)
        desimal = _desimal(m.group(1)) if pangkat else min(_desimal(m.group(1)), 2)
        satuan = Decimal(10) ** pangkat
        if any(bulatkan(x / satuan, desimal) == bulatkan(angka, desimal) for x in f.rupiah):
            continue
        dekat = _terdekat(angka * satuan, f.rupiah)
        saran = f"; jumlah laporan yang terdekat {k.rupiah(dekat)}" if dekat is not None else ""
        yield RUPIAH(f"narasi menyebut {tertulis}, tetapi tidak ada pagu, realisasi, sisa atau anggaran yang dihitung "
                     f"laporan sebesar itu{saran}; periksa angkanya", b.lokasi(jalur, teks, tertulis, n))


def _tahun(k: KonteksReviu, f: FaktaAngka, b: _Baris, jalur: Jalur, teks: str, lkj: LaporanKinerja) -> Iterator[Temuan]:
    kinerja = k.data.kinerja
    periode = f"{kinerja.periode_awal}–{kinerja.periode_akhir}" if kinerja is not None else ""
    ke: dict[str, int] = {}
    for m in _POLA_TAHUN.finditer(teks):
        tertulis = m.group(1)
        n = ke[tertulis] = ke.get(tertulis, -1) + 1
        if int(tertulis) in f.tahun or _SEBELUM_TAHUN_PERATURAN.search(teks[:m.start()]):
            continue
        yield TAHUN(f"narasi menyebut tahun {tertulis}, di luar tahun laporan {lkj.tahun} dan periode Renstra "
                    f"{periode}; bila tersalin dari laporan lain, sesuaikan tahunnya", b.lokasi(jalur, teks, tertulis, n))


def _kecamatan(k: KonteksReviu, b: _Baris, jalur: Jalur, teks: str) -> Iterator[Temuan]:
    sendiri = k.data.instansi.kecamatan.nama
    topeng = re.sub(re.escape(sendiri), lambda m: " " * len(m.group()), teks, flags=re.IGNORECASE)
    ke: dict[str, int] = {}
    for pola, _ in pola_kecamatan_lain(k):
        for m in pola.finditer(topeng):
            awal = m.start()
            if awal and (topeng[awal - 1].isalnum() or topeng[awal - 1] == "_"):
                continue
            if not topeng[awal].isupper() or _KATA_SEBELUM_NAMA.search(topeng[:awal]):
                continue
            tertulis = teks[awal:m.end()]
            n = ke[tertulis] = ke.get(tertulis, -1) + 1
            yield KECAMATAN(f"narasi menyebut \"{tertulis}\", kecamatan lain di {k.data.instansi.pemerintah.sebutan}, "
                            f"padahal laporan ini milik Kecamatan {sendiri}; bila tersalin dari laporan kecamatan "
                            f"lain, ganti dengan \"{sendiri}\"", b.lokasi(jalur, teks, tertulis, n))
            topeng = topeng[:awal] + " " * (m.end() - awal) + topeng[m.end():]


@pemeriksa
def periksa_narasi(k: KonteksReviu) -> Iterator[Temuan]:
    """Every narrative of lkj.yaml: its percentages, amounts, years and names against the year."""
    laporan = k.tahun.laporan
    f = fakta_laporan(k.tahun)
    if laporan is None or f is None:
        return
    b = _Baris(k)
    for jalur, teks in narasi_lkj(laporan.lkj):
        yield from _persen(k, f, b, jalur, teks)
        yield from _rupiah(k, f, b, jalur, teks)
        yield from _tahun(k, f, b, jalur, teks, laporan.lkj)
        yield from _kecamatan(k, b, jalur, teks)
