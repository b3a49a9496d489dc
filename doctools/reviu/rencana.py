"""The Rencana Aksi, the Pohon Kinerja and the RKT against the PK, the Renstra and the LKj.

Rencana Aksi: the quarters lead to the year's target (the cumulative TW IV target is the PK's, and
a cumulative quarter is never above it), realisasi is reported quarter by quarter, and every PK
indicator of a level with a plan has one. Pohon Kinerja: every lower pejabat's sasaran supports
an upper sasaran that exists, every program and kegiatan of the PK is in the tree, and a pejabat's
kegiatan sit under the sasaran his own sasaran support. Across documents: an indicator typed both
in the tree (``renstra.program`` of kinerja.yaml, printed by the RKT and the Pohon Kinerja) and in a
pejabat's PK has one target for the year. Each finding names both places.

The RKT and the Pohon Kinerja take their targets from kinerja.yaml and their anggaran from the
PK, as the PK and the LKj do; what is typed twice is what is checked here (the PK's anggaran
against the LKj's budget is :mod:`doctools.reviu.silang`'s ``silang.anggaran-pk-lkj``).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja.triwulan import TRIWULAN, kumulatif, periksa_target, sama, triwulan_terlewat
from doctools.model.perjanjian import ATASAN_CAMAT
from doctools.model.rujukan import cari_rujukan
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import normal_nama
from doctools.reviu.temuan import Temuan, aturan
from doctools.tahun.hitung import SASARAN_PEJABAT as SASARAN_PEJABAT_ID

if TYPE_CHECKING:
    from doctools.kinerja.pohon import Simpul
    from doctools.model.rangkai_aksi import IndikatorAksi

TARGET_AKHIR = aturan("aksi.target-akhir", "galat",
                      "target kumulatif triwulan IV Rencana Aksi sama dengan target tahunan indikatornya (PK)")
TARGET_MELEBIHI = aturan("aksi.target-melebihi", "galat",
                         "target triwulan indikator kumulatif tidak melebihi target tahunannya")
REALISASI_URUT = aturan("aksi.realisasi-urut", "galat",
                        "realisasi diisi triwulan demi triwulan: tidak ada triwulan bertarget yang dilewati")
TANPA_RENCANA = aturan("aksi.tanpa-rencana", "peringatan",
                       "setiap indikator PK Camat atau pejabat yang mempunyai Rencana Aksi diberi target per triwulan")
PEMANTAUAN = aturan("aksi.pemantauan", "galat",
                    "laporan pemantauan triwulan N (--triwulan) mempunyai Rencana Aksi dan realisasi setiap triwulan "
                    "bertarget sampai triwulan N")
REALISASI_TAHUN = aturan("aksi.realisasi-tahun", "peringatan",
                         "realisasi kumulatif triwulan IV Rencana Aksi sama dengan realisasi tahunan di kinerja.yaml")
SASARAN_PEJABAT = aturan(SASARAN_PEJABAT_ID, "galat", "setiap sasaran pejabat mendukung sasaran atasan yang ada")
"""Reported by the year, which meets it resolving the PK (:data:`doctools.tahun.hitung.SASARAN_PEJABAT`)."""
PROGRAM_PK = aturan("pohon.program-pk", "galat",
                    "setiap program Perjanjian Kinerja ada dalam pohon kinerja (renstra.program di kinerja.yaml)")
KEGIATAN_PK = aturan("pohon.kegiatan-pk", "peringatan",
                     "setiap kegiatan Perjanjian Kinerja pejabat ada dalam pohon kinerja")
KEGIATAN_SASARAN = aturan("pohon.kegiatan-sasaran", "peringatan",
                          "kegiatan pejabat berada di bawah sasaran yang didukung sasaran pejabat itu")
TARGET_POHON_PK = aturan("silang.target-pohon-pk", "galat",
                         "indikator PK pejabat yang sama dengan indikator program/kegiatan pohon kinerja mempunyai "
                         "target tahun itu yang sama")


def _di(lokasi: Lokasi) -> str:
    """``kinerja.yaml:59`` — a short pointer inside a message."""
    return f"{lokasi.berkas}:{lokasi.baris}" if lokasi.baris else str(lokasi.berkas)


def _teks(nilai: Decimal | str | None) -> str:
    if isinstance(nilai, Decimal):
        return fmt.angka(nilai, max(-nilai.as_tuple().exponent, 0))  # type: ignore[operator]
    return "tidak ada" if nilai is None else f"'{nilai}'"


def _sumber(asal: str) -> str:
    return "Perjanjian Kinerja pejabat" if asal == "perjanjian-kinerja" else "kinerja.yaml (target PK Camat)"


# --- Rencana Aksi -----------------------------------------------------------------------------


def _periksa_indikator(k: KonteksReviu, ind: IndikatorAksi) -> Iterator[Temuan]:
    stem, jalur_tahun = ind.asal_target
    di_tahun = _di(k.lokasi(stem, *jalur_tahun))
    di_target = k.lokasi("rencana-aksi", *ind.jalur, "target")
    try:
        masalah = periksa_target(ind.target, ind.jenis, ind.target_tahun, lokasi=di_target)
    except DataError as exc:  # a label in a per-quarter target: refused by the document too
        yield TARGET_AKHIR(exc.pesan, di_target)
        return
    for m in masalah:
        if m.jenis == "akhir":
            cara = ("target triwulan IV" if ind.jenis == "kumulatif"
                    else "jumlah target keempat triwulan (jenis per-triwulan)")
            yield TARGET_AKHIR(
                f"indikator '{ind.nama}': {cara} dalam Rencana Aksi {_teks(m.nilai)}, tetapi target tahunannya di "
                f"{_sumber(stem)} ({di_tahun}) {_teks(ind.target_tahun)}; samakan keduanya", di_target)
        else:
            yield TARGET_MELEBIHI(
                f"indikator '{ind.nama}': target kumulatif triwulan {fmt.romawi(m.triwulan)} {_teks(m.nilai)} "
                f"melebihi target tahunannya {_teks(ind.target_tahun)} ({di_tahun}); target kumulatif sejak Januari "
                "tidak dapat melampaui target setahun (atau tulis 'jenis: per-triwulan' bila ini target triwulan "
                "itu saja)", di_target)
    for tw, kosong in triwulan_terlewat(ind.realisasi, ind.target):
        yield REALISASI_URUT(
            f"indikator '{ind.nama}': realisasi triwulan {fmt.romawi(tw)} sudah diisi, tetapi realisasi triwulan "
            f"{fmt.romawi(kosong)} (yang bertarget) belum; isi realisasi berurutan dari triwulan I",
            k.lokasi("rencana-aksi", *ind.jalur, "realisasi"))


@pemeriksa
def periksa_rencana_aksi(k: KonteksReviu) -> Iterator[Temuan]:
    """Every plan's quarters against its year, the order of realisasi, and PK indicators without a plan."""
    if k.tahun.aksi is None:
        return
    for rp in k.tahun.aksi.rencana:
        for ind in rp.indikator:
            yield from _periksa_indikator(k, ind)
        if rp.tanpa_rencana:
            if rp.kunci == ATASAN_CAMAT:
                lokasi = k.lokasi("rencana-aksi", "camat")
            else:
                n = next(i for i, p in enumerate(k.data.rencana_aksi.pejabat) if p.pejabat == rp.kunci)  # type: ignore[union-attr]
                lokasi = k.lokasi("rencana-aksi", "pejabat", n, "indikator")
            nama = "; ".join(f"'{i}'" for _, i in rp.tanpa_rencana)
            yield TANPA_RENCANA(f"Rencana Aksi {rp.pihak.jabatan} belum memuat indikator Perjanjian Kinerja: {nama}; "
                                "tambahkan target per triwulannya", lokasi)


@pemeriksa
def periksa_pemantauan(k: KonteksReviu) -> Iterator[Temuan]:
    """``--triwulan N``: a Rencana Aksi to report on, with the realisasi of every quarter up to N that has a target."""
    triwulan = k.pengaturan.triwulan
    if triwulan is None:
        return
    if k.data.rencana_aksi is None:
        yield PEMANTAUAN(f"--triwulan {triwulan}: folder ini tidak mempunyai rencana-aksi.yaml; laporan pemantauan "
                         "disusun dari realisasi per triwulan Rencana Aksi", Lokasi(str(k.data.folder)))
        return
    if k.tahun.aksi is None:
        return  # a plan that does not resolve is reported by the year
    for rp in k.tahun.aksi.rencana:
        for ind in rp.indikator:
            kurang = [tw for tw in TRIWULAN[:triwulan] if tw in ind.target and tw not in ind.realisasi]
            if kurang:
                yield PEMANTAUAN(
                    f"laporan pemantauan triwulan {fmt.romawi(triwulan)}: indikator '{ind.nama}' belum mempunyai "
                    f"realisasi triwulan {', '.join(fmt.romawi(tw) for tw in kurang)}; isi realisasinya, atau susun "
                    "laporan triwulan sebelumnya", k.lokasi("rencana-aksi", *ind.jalur, "realisasi"))


@pemeriksa
def periksa_realisasi_tahun(k: KonteksReviu) -> Iterator[Temuan]:
    """The Camat's cumulative TW IV realisasi is the year's realisasi of kinerja.yaml (the LKj's)."""
    aksi, kinerja, ra = k.tahun.aksi, k.data.kinerja, k.data.rencana_aksi
    if aksi is None or not aksi.rencana or kinerja is None or ra is None or aksi.rencana[0].kunci != ATASAN_CAMAT:
        return
    daftar = aksi.rencana
    for ind in daftar[0].indikator:
        if 4 not in ind.realisasi:
            continue
        _, (_, s_i, _, i_i, *_) = ind.asal_target
        acuan = kinerja.sasaran[int(s_i)].indikator[int(i_i)]
        tahunan = acuan.realisasi.get(ra.tahun)
        try:
            tw4 = kumulatif(ind.realisasi, ind.jenis, apa="realisasi").get(4)
        except DataError:
            continue  # reported with the targets' kind
        if tahunan is None or sama(tw4, tahunan):
            continue
        di = _di(k.lokasi("kinerja", "sasaran", int(s_i), "indikator", int(i_i), "realisasi", ra.tahun))
        yield REALISASI_TAHUN(
            f"indikator '{ind.nama}': realisasi kumulatif triwulan IV dalam Rencana Aksi {_teks(tw4)}, tetapi "
            f"realisasi tahun {ra.tahun} di kinerja.yaml ({di}) {_teks(tahunan)}; Laporan Kinerja memakai yang kedua",
            k.lokasi("rencana-aksi", *ind.jalur, "realisasi"))


# --- Pohon Kinerja ----------------------------------------------------------------------------


def _pohon(k: KonteksReviu) -> tuple[Simpul, ...] | None:
    """The tree the Pohon Kinerja (else the RKT) prints; None when neither is in the data."""
    if k.tahun.pohon is not None:
        return k.tahun.pohon
    return k.tahun.rkt.pohon if k.tahun.rkt is not None else None


def _program_pohon(k: KonteksReviu) -> tuple[set[str], dict[str, set[str]]]:
    """Names of the tree's programs, and of its kegiatan → the sasaran (uraian) they sit under."""
    program: set[str] = set()
    kegiatan: dict[str, set[str]] = {}
    for akar in _pohon(k) or ():
        for sasaran in akar.anak:
            for prog in sasaran.anak:
                program.add(normal_nama(prog.uraian))
                for keg in prog.anak:
                    kegiatan.setdefault(normal_nama(keg.uraian), set()).add(sasaran.uraian)
    return program, kegiatan


@pemeriksa
def periksa_pk_dalam_pohon(k: KonteksReviu) -> Iterator[Temuan]:
    """Every program and kegiatan of the PK is in the pohon kinerja."""
    pk = k.data.perjanjian_kinerja
    if _pohon(k) is None or pk is None:
        return
    program, kegiatan = _program_pohon(k)
    tersedia = "; ".join(f"'{p.nama}'" for p in k.data.kinerja.renstra.program) or "belum ada"  # type: ignore[union-attr]
    daftar: list[tuple[Any, tuple[str | int, ...]]] = [(m, ("camat", "program", i)) for i, m in enumerate(pk.camat.program)]
    daftar += [(m, ("pejabat", p_i, "program", i)) for p_i, p in enumerate(pk.pejabat) for i, m in enumerate(p.program)]
    for m, jalur in daftar:
        if normal_nama(m.nama) not in program:
            yield PROGRAM_PK(f"program '{m.nama}' ada dalam Perjanjian Kinerja tetapi tidak ada dalam pohon kinerja; "
                             f"tambahkan ke renstra.program di kinerja.yaml (program yang ada: {tersedia})",
                             k.lokasi("perjanjian-kinerja", *jalur, "nama"))
    if not kegiatan:
        return  # the tree stops at programs: nothing to compare kegiatan with
    for p_i, p in enumerate(pk.pejabat):
        for g_i, g in enumerate(p.kegiatan):
            if normal_nama(g.nama) not in kegiatan:
                yield KEGIATAN_PK(f"kegiatan '{g.nama}' ada dalam Perjanjian Kinerja '{p.pejabat}' tetapi tidak ada "
                                  "dalam pohon kinerja; tambahkan ke kegiatan programnya di renstra.program "
                                  "(kinerja.yaml)", k.lokasi("perjanjian-kinerja", "pejabat", p_i, "kegiatan", g_i, "nama"))


@pemeriksa
def periksa_kegiatan_sasaran(k: KonteksReviu) -> Iterator[Temuan]:
    """A pejabat's kegiatan sit in the tree under a sasaran that one of his sasaran supports."""
    pk, kinerja = k.data.perjanjian_kinerja, k.data.kinerja
    if _pohon(k) is None or pk is None or kinerja is None:
        return
    _, kegiatan = _program_pohon(k)
    daftar = [(s.id, s.uraian) for s in kinerja.sasaran]
    for p_i, p in enumerate(pk.pejabat):
        if p.atasan != ATASAN_CAMAT:
            continue  # his sasaran support another pejabat's, not the tree's
        didukung = set()
        for s in p.sasaran:
            if isinstance(s.mendukung, int):
                s_i = s.mendukung - 1 if 1 <= s.mendukung <= len(daftar) else None
            else:
                s_i = cari_rujukan(s.mendukung, daftar)
            if s_i is not None:
                didukung.add(kinerja.sasaran[s_i].uraian)
        for g_i, g in enumerate(p.kegiatan):
            di_bawah = kegiatan.get(normal_nama(g.nama))
            if not di_bawah or di_bawah & didukung:
                continue
            yield KEGIATAN_SASARAN(
                f"kegiatan '{g.nama}' berada di bawah sasaran {', '.join(repr(s) for s in sorted(di_bawah))} dalam "
                f"pohon kinerja, tetapi tidak satu pun sasaran '{p.pejabat}' mendukung sasaran itu; periksa "
                "'mendukung' sasarannya atau sasaran kegiatan di renstra.program",
                k.lokasi("perjanjian-kinerja", "pejabat", p_i, "kegiatan", g_i, "nama"))


# --- across documents -------------------------------------------------------------------------


def _indikator_pohon(k: KonteksReviu) -> dict[str, tuple[Decimal | str | None, tuple[str | int, ...]]]:
    """Every indicator of the tree's programs, kegiatan and sub-kegiatan: name → (target of the PK year, path)."""
    kinerja, pk = k.data.kinerja, k.data.perjanjian_kinerja
    hasil: dict[str, tuple[Decimal | str | None, tuple[str | int, ...]]] = {}
    if kinerja is None or pk is None:
        return hasil
    for p_i, prog in enumerate(kinerja.renstra.program):
        jalur_p: tuple[str | int, ...] = ("renstra", "program", p_i)
        cabang = [(jalur_p, prog.indikator)]
        for g_i, keg in enumerate(prog.kegiatan):
            jalur_g = (*jalur_p, "kegiatan", g_i)
            cabang.append((jalur_g, keg.indikator))
            cabang += [((*jalur_g, "sub_kegiatan", s_i), sk.indikator) for s_i, sk in enumerate(keg.sub_kegiatan)]
        for jalur, daftar in cabang:
            for i_i, ind in enumerate(daftar):
                hasil.setdefault(normal_nama(ind.nama), (ind.target.get(pk.tahun), (*jalur, "indikator", i_i)))
    return hasil


@pemeriksa
def periksa_target_pohon_pk(k: KonteksReviu) -> Iterator[Temuan]:
    """An indicator typed both in the tree and in a pejabat's PK has one target for the year."""
    pk = k.data.perjanjian_kinerja
    pohon = _indikator_pohon(k)
    if pk is None or not pohon:
        return
    for p_i, p in enumerate(pk.pejabat):
        for s_i, s in enumerate(p.sasaran):
            for i_i, ind in enumerate(s.indikator):
                cocok = pohon.get(normal_nama(ind.nama))
                if cocok is None or cocok[0] is None or sama(ind.target, cocok[0]):
                    continue
                di = _di(k.lokasi("kinerja", *cocok[1], "target", pk.tahun))
                yield TARGET_POHON_PK(
                    f"target indikator '{ind.nama}' dalam Perjanjian Kinerja '{p.pejabat}' {_teks(ind.target)}, tetapi "
                    f"indikator yang sama di pohon kinerja ({di}), yang dicetak Rencana Kinerja Tahunan, bertarget "
                    f"{_teks(cocok[0])} untuk tahun {pk.tahun}; samakan keduanya",
                    k.lokasi("perjanjian-kinerja", "pejabat", p_i, "sasaran", s_i, "indikator", i_i, "target"))
