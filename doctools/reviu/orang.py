"""Dates and people: decrees and PKs dated inside their cycle, NIPs that fit their owners.

A NIP carries its owner's birth date and TMT CPNS, so it can contradict the rest of the data: a
pangkat that no career could reach since that TMT, a CPNS younger than the law allows, a
pejabat past retirement age, the same NIP typed for two people. The thresholds are data
(``pengaturan.yaml``), never numbers in this code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.model.berkas import NAMA_DOKUMEN
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.temuan import Temuan, aturan

if TYPE_CHECKING:
    from doctools.model import Pejabat

TANGGAL_KEPUTUSAN = aturan("orang.tanggal-keputusan", "galat",
                           "tanggal penetapan keputusan berada dalam siklus periode Renstra")
PK_TERLAMBAT = aturan("orang.tanggal-pk-terlambat", "peringatan",
                      "perjanjian kinerja ditandatangani di awal tahunnya (batas: pengaturan reviu)")
PK_DINI = aturan("orang.tanggal-pk-dini", "peringatan",
                 "perjanjian kinerja tidak ditandatangani jauh sebelum tahunnya dimulai")
NIP_GANDA = aturan("orang.nip-ganda", "galat", "setiap pejabat mempunyai NIP sendiri")
UMUR_TMT = aturan("orang.umur-tmt", "galat", "umur pada TMT CPNS menurut NIP tidak kurang dari batas usia CPNS")
MASA_KERJA = aturan("orang.masa-kerja-golongan", "peringatan",
                    "pangkat/golongan dapat dicapai sejak TMT CPNS pada NIP (jalur kenaikan pangkat tercepat)")
PENSIUN = aturan("orang.batas-usia-pensiun", "peringatan",
                 "pejabat belum mencapai batas usia pensiun pada tanggal dokumen")
TANPA_HARI = aturan("orang.tanggal-tanpa-hari", "info",
                    "tanggal penandatanganan tanpa hari (2025-01): harinya ditulis tangan saat ditandatangani")
TANPA_TANGGAL = aturan("orang.tanggal-kosong", "info",
                       "tanggal penandatanganan tidak ditulis: seluruhnya ditulis tangan saat ditandatangani")



def umur(lahir: dt.date, pada: dt.date) -> int:
    """Whole years from ``lahir`` to ``pada``."""
    return pada.year - lahir.year - ((pada.month, pada.day) < (lahir.month, lahir.day))


@pemeriksa
def periksa_tanggal_keputusan(k: KonteksReviu) -> Iterator[Temuan]:
    """A decree of this Renstra's indicators is dated from the year before the period to its end."""
    kinerja = k.data.kinerja
    if kinerja is None:
        return
    awal, akhir = kinerja.periode_awal - 1, kinerja.periode_akhir
    for stem, kep in (("keputusan-iku", k.data.keputusan_iku), ("keputusan-iki", k.data.keputusan_iki)):
        if kep is None or awal <= kep.tahun <= akhir:
            continue
        disebut = f"tanggal penetapan {kep.tanggal}" if kep.tanggal is not None else f"tahun keputusan {kep.tahun}"
        yield TANGGAL_KEPUTUSAN(
            f"{disebut} jauh dari periode Renstra "
            f"{kinerja.periode_awal}–{kinerja.periode_akhir} di kinerja.yaml; keputusan untuk periode itu ditetapkan "
            f"antara tahun {awal} dan {akhir} — periksa tahunnya", k.lokasi(stem, "tanggal"))


@pemeriksa
def periksa_tanggal_pk(k: KonteksReviu) -> Iterator[Temuan]:
    """Each PK level is signed near the start of its year (margins in ``pengaturan.yaml``)."""
    pk = k.data.perjanjian_kinerja
    if pk is None:
        return
    tingkat: dict[tuple[str | int, ...], fmt.TanggalTulis] = {}
    if pk.tanggal is not None:
        tingkat[("tanggal",)] = pk.tanggal
    if pk.camat.tanggal is not None:
        tingkat[("camat", "tanggal")] = pk.camat.tanggal
    for p_i, p in enumerate(pk.pejabat):
        if p.tanggal is not None:
            tingkat[("pejabat", p_i, "tanggal")] = p.tanggal
    mulai = dt.date(pk.tahun, 1, 1)
    atur = k.pengaturan
    for jalur, tanggal in tingkat.items():
        # without a day, the month is late only when its first day is, early only when its last day is
        hari, hari_akhir = (tanggal.awal - mulai).days, (tanggal.akhir - mulai).days
        paling = "" if tanggal.hari is not None else "paling sedikit "
        if hari > atur.pk_terlambat_hari:
            yield PK_TERLAMBAT(
                f"Perjanjian Kinerja tahun {pk.tahun} ditandatangani {tanggal}, {paling}{hari} hari setelah tahun "
                f"itu dimulai; perjanjian kinerja ditandatangani di awal tahun, paling lambat {atur.pk_terlambat_hari} "
                "hari setelah 1 Januari — periksa tanggalnya", k.lokasi("perjanjian-kinerja", *jalur))
        elif -hari_akhir > atur.pk_dini_hari:
            yield PK_DINI(
                f"Perjanjian Kinerja tahun {pk.tahun} ditandatangani {tanggal}, {paling}{-hari_akhir} hari sebelum "
                f"tahun itu dimulai, sebelum anggarannya dapat disahkan (paling awal {atur.pk_dini_hari} hari sebelum "
                "1 Januari) — periksa tahunnya", k.lokasi("perjanjian-kinerja", *jalur))


def _tanggal_dokumen(k: KonteksReviu) -> Iterator[tuple[str, tuple[str | int, ...], fmt.TanggalTulis | None]]:
    """(stem, path, date) of every signing date the documents print; a PK level without its own date
    prints the file's."""
    d = k.data
    for stem in ("keputusan-iku", "keputusan-iki", "lkj", "rkt", "rencana-aksi", "pohon-kinerja"):
        berkas = getattr(d, stem.replace("-", "_"), None)
        if berkas is not None:
            yield stem, ("tanggal",), berkas.tanggal
    pk = d.perjanjian_kinerja
    if pk is None:
        return
    tingkat: list[tuple[tuple[str | int, ...], fmt.TanggalTulis | None]] = [(("camat", "tanggal"), pk.camat.tanggal)]
    tingkat += [(("pejabat", i, "tanggal"), p.tanggal) for i, p in enumerate(pk.pejabat)]
    if pk.tanggal is not None or any(t is None for _, t in tingkat):
        yield "perjanjian-kinerja", ("tanggal",), pk.tanggal
    for jalur, tanggal in tingkat:
        if tanggal is not None:
            yield "perjanjian-kinerja", jalur, tanggal


@pemeriksa
def periksa_tanggal_tulis_tangan(k: KonteksReviu) -> Iterator[Temuan]:
    """A date left without its day, or left out, is printed with room for the hand: said once, as information."""
    for stem, jalur, tanggal in _tanggal_dokumen(k):
        nama = NAMA_DOKUMEN[stem]
        if tanggal is None:
            yield TANPA_TANGGAL(f"{nama} tanpa tanggal penandatanganan: dicetak dengan ruang kosong untuk tanggal "
                                "yang ditulis tangan saat ditandatangani", k.lokasi(stem, *jalur))
        elif tanggal.hari is None:
            yield TANPA_HARI(f"{nama} bertanggal {tanggal} tanpa hari: dicetak dengan ruang untuk hari yang ditulis "
                             "tangan saat ditandatangani", k.lokasi(stem, *jalur))


def _orang(k: KonteksReviu) -> Iterator[tuple[str, Pejabat, tuple[str | int, ...]]]:
    ins = k.data.instansi
    if ins.camat is not None:
        yield "camat", ins.camat, ("camat",)
    for i, p in enumerate(ins.pejabat):
        yield f"pejabat '{p.id}'", p, ("pejabat", i)


@pemeriksa
def periksa_nip(k: KonteksReviu) -> Iterator[Temuan]:
    """NIPs are unique, and their dates fit the law and the pangkat written beside them."""
    atur = k.pengaturan
    acuan = k.tanggal_acuan
    pemilik: dict[str, tuple[str, tuple[str | int, ...]]] = {}
    for siapa, p, jalur in _orang(k):
        nip = p.nip
        if nip is None:
            continue
        lokasi_nip = k.lokasi("instansi", *jalur, "nip")
        if nip.angka in pemilik:
            lain, jalur_lain = pemilik[nip.angka]
            di = k.lokasi("instansi", *jalur_lain, "nip")
            yield NIP_GANDA(f"NIP {nip.format} sudah dipakai {lain} (baris {di.baris}); setiap orang mempunyai NIP "
                            "sendiri — periksa NIP ini", lokasi_nip)
            continue
        pemilik[nip.angka] = (siapa, jalur)
        umur_tmt = umur(nip.tanggal_lahir, nip.tmt)
        if umur_tmt < atur.umur_minimal_tmt:
            yield UMUR_TMT(f"menurut NIP, {siapa} lahir {fmt.tanggal(nip.tanggal_lahir)} dan TMT CPNS "
                           f"{fmt.bulan_tahun(nip.tmt)}: berumur {umur_tmt} tahun saat diangkat, padahal CPNS paling "
                           f"muda {atur.umur_minimal_tmt} tahun — periksa NIP-nya", lokasi_nip)
        if acuan is None:
            continue
        if p.pangkat is not None and nip.jenis == "PNS":
            minimal = atur.masa_kerja_minimal(p.pangkat.golongan)
            masa = umur(nip.tmt, acuan)
            if masa < minimal:
                yield MASA_KERJA(
                    f"pangkat {p.pangkat} butuh masa kerja paling sedikit {minimal} tahun sejak TMT CPNS (jalur "
                    f"tercepat: masuk {atur.golongan_awal_tertinggi}, naik tiap {atur.tahun_per_tingkat} tahun), "
                    f"tetapi menurut NIP TMT CPNS {siapa} {fmt.bulan_tahun(nip.tmt)}, baru {masa} tahun pada "
                    f"{fmt.tanggal(acuan)} — periksa NIP atau pangkatnya", k.lokasi("instansi", *jalur, "pangkat"))
        usia = umur(nip.tanggal_lahir, acuan)
        if usia >= atur.batas_usia_pensiun:
            yield PENSIUN(f"menurut NIP, {siapa} lahir {fmt.tanggal(nip.tanggal_lahir)}: pada {fmt.tanggal(acuan)} "
                          f"berumur {usia} tahun, sudah mencapai batas usia pensiun pejabat administrasi "
                          f"({atur.batas_usia_pensiun} tahun) — periksa NIP atau pejabatnya", lokasi_nip)
