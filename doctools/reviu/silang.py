"""Cross-document agreement: the IKU, the PK of every level and the LKj say the same thing.

The Camat's PK takes its indicators and targets from kinerja.yaml, so they agree by construction;
what can still differ is what is typed twice: an IKU indicator left out of the PK, a lower
official's indicator that repeats an IKU indicator with another target or unit, and — once the
data set has an LKj — the pagu of the PK's programs and kegiatan against the report's. (The LKj
already refuses a PK of another year.)

:func:`~doctools.reviu.nilai.normal_nama` and :func:`~doctools.reviu.nilai.sama_nilai` are the
comparison used; a later pair of sources (the Renstra's target for the year against the RKT's)
compares with them too.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import normal_nama, sama_nilai
from doctools.reviu.temuan import Temuan, aturan

if TYPE_CHECKING:
    from doctools.errors import Lokasi

IKU_TANPA_PK = aturan("silang.iku-tanpa-pk", "peringatan",
                      "setiap indikator kinerja utama yang bertarget pada tahun PK dimuat dalam PK Camat")
TARGET_PK_IKU = aturan("silang.target-pk-iku", "galat",
                       "indikator PK pejabat yang sama dengan indikator IKU mempunyai target tahun itu yang sama")
SATUAN_PK_IKU = aturan("silang.satuan-pk-iku", "galat",
                       "indikator PK pejabat yang sama dengan indikator IKU mempunyai satuan yang sama")
ANGGARAN_PK_LKJ = aturan("silang.anggaran-pk-lkj", "galat",
                         "pagu program/kegiatan dalam PK sama dengan pagunya dalam Laporan Kinerja")
PROGRAM_PK_LKJ = aturan("silang.program-pk-lkj", "peringatan",
                        "program PK Camat dan program Laporan Kinerja tahun yang sama saling ada")

_SATUAN_SAMA = {"%": "persen", "persen": "persen", "prosen": "persen"}


def _satuan(teks: str | None) -> str | None:
    if teks is None:
        return None
    n = normal_nama(teks)
    return _SATUAN_SAMA.get(n, n)


def _di(lokasi: Lokasi) -> str:
    """``kinerja.yaml:59`` — a short pointer inside a message."""
    return f"{lokasi.berkas}:{lokasi.baris}" if lokasi.baris else str(lokasi.berkas)


def _teks(nilai: Decimal | str | None) -> str:
    """A target as the documents print it: ``82,5`` keeps its typed precision, a label is quoted."""
    if isinstance(nilai, Decimal):
        return fmt.angka(nilai, max(-nilai.as_tuple().exponent, 0))  # type: ignore[operator]
    return "tidak ada" if nilai is None else f"'{nilai}'"


@pemeriksa
def periksa_iku_dalam_pk(k: KonteksReviu) -> Iterator[Temuan]:
    """Every IKU indicator with a target in the PK year is in the Camat's PK."""
    pk, kinerja, daftar = k.data.perjanjian_kinerja, k.data.kinerja, k.perjanjian
    if pk is None or kinerja is None or not daftar:
        return
    camat = daftar[0]
    ada = {(normal_nama(s.uraian), normal_nama(i.nama)) for s in camat.sasaran for i in s.indikator}
    for s_i, s in enumerate(kinerja.sasaran):
        for ind in s.indikator:
            target = ind.target_perjanjian(pk.tahun)
            if not ind.iku or target is None or (normal_nama(s.uraian), normal_nama(ind.nama)) in ada:
                continue
            sebut = f"id '{s.id}'" if s.id else f"nomor {s_i + 1}"
            yield IKU_TANPA_PK(
                f"indikator kinerja utama '{ind.nama}' (sasaran {sebut}, target {pk.tahun}: "
                f"{_teks(target)}) tidak dimuat dalam Perjanjian Kinerja Camat tahun {pk.tahun}; "
                "tambahkan sasaran/indikatornya pada camat.sasaran, atau tulis 'iku: false' pada indikator itu "
                "di kinerja.yaml bila bukan IKU",
                k.lokasi("perjanjian-kinerja", "camat", "sasaran"))


@pemeriksa
def periksa_indikator_pejabat(k: KonteksReviu) -> Iterator[Temuan]:
    """A lower official's indicator named like an IKU indicator has its target and unit."""
    pk, kinerja = k.data.perjanjian_kinerja, k.data.kinerja
    if pk is None or kinerja is None:
        return
    iku: dict[str, tuple[int, int]] = {}
    for s_i, s in enumerate(kinerja.sasaran):
        for i_i, ind_iku in enumerate(s.indikator):
            iku.setdefault(normal_nama(ind_iku.nama), (s_i, i_i))
    for p_i, p in enumerate(pk.pejabat):
        for s_j, sasaran_pk in enumerate(p.sasaran):
            for i_j, ind in enumerate(sasaran_pk.indikator):
                cocok = iku.get(normal_nama(ind.nama))
                if cocok is None:
                    continue
                acuan = kinerja.sasaran[cocok[0]].indikator[cocok[1]]
                jalur = ("pejabat", p_i, "sasaran", s_j, "indikator", i_j)
                jalur_iku = ("sasaran", cocok[0], "indikator", cocok[1])
                target = acuan.target_perjanjian(pk.tahun)
                if target is not None and not sama_nilai(ind.target, target):
                    di = _di(k.lokasi("kinerja", *jalur_iku, acuan.kolom_target(pk.tahun), str(pk.tahun)))
                    yield TARGET_PK_IKU(
                        f"target indikator '{ind.nama}' tertulis {_teks(ind.target)}, tetapi indikator yang sama "
                        f"di kinerja.yaml ({di}) bertarget {_teks(target)} untuk tahun {pk.tahun}; "
                        "samakan keduanya", k.lokasi("perjanjian-kinerja", *jalur, "target"))
                if ind.satuan and acuan.satuan and _satuan(ind.satuan) != _satuan(acuan.satuan):
                    di = _di(k.lokasi("kinerja", *jalur_iku, "satuan"))
                    yield SATUAN_PK_IKU(
                        f"satuan indikator '{ind.nama}' tertulis '{ind.satuan}', tetapi indikator yang sama di "
                        f"kinerja.yaml ({di}) bersatuan '{acuan.satuan}'; samakan keduanya",
                        k.lokasi("perjanjian-kinerja", *jalur, "satuan"))


# --- with the LKj -------------------------------------------------------------------------


@pemeriksa
def periksa_pk_lkj(k: KonteksReviu) -> Iterator[Temuan]:
    """The PK's programs and kegiatan have the pagu the LKj of the same year reports."""
    pk, lkj = k.data.perjanjian_kinerja, k.lkj
    if pk is None or lkj is None:
        return
    if lkj.tahun != pk.tahun:
        return  # the LKj itself refuses a PK of another year (dokumen.susun)
    program_lkj = list(getattr(getattr(lkj, "anggaran", None), "program", None) or [])
    lkj_program = {normal_nama(p.nama): (i, p) for i, p in enumerate(program_lkj)}
    lkj_kegiatan = {normal_nama(g.nama): (i, j, g) for i, p in enumerate(program_lkj)
                    for j, g in enumerate(getattr(p, "kegiatan", []))}
    dipakai: set[str] = set()
    for m_i, m in enumerate(pk.camat.program):
        cocok = lkj_program.get(normal_nama(m.nama))
        jalur: tuple[str | int, ...] = ("camat", "program", m_i)
        if cocok is None:
            yield PROGRAM_PK_LKJ(f"program '{m.nama}' ada dalam Perjanjian Kinerja Camat tetapi tidak ada dalam "
                                 f"anggaran Laporan Kinerja tahun {lkj.tahun} (lkj.yaml)",
                                 k.lokasi("perjanjian-kinerja", *jalur, "nama"))
            continue
        dipakai.add(normal_nama(m.nama))
        yield from _banding_pagu(k, m.nama, m.anggaran, jalur, ("program", cocok[0]), "program")
        for g_i, g in enumerate(m.kegiatan):  # the kegiatan lines some kabupaten print under a program
            cocok_g = lkj_kegiatan.get(normal_nama(g.nama))
            if cocok_g is not None:
                yield from _banding_pagu(k, g.nama, g.anggaran, (*jalur, "kegiatan", g_i),
                                         ("program", cocok_g[0], "kegiatan", cocok_g[1]), "kegiatan")
    for nama, (i, p) in lkj_program.items():
        if nama not in dipakai and pk.camat.program:
            yield PROGRAM_PK_LKJ(f"program '{p.nama}' ada dalam anggaran Laporan Kinerja tetapi tidak ada dalam "
                                 f"Perjanjian Kinerja Camat tahun {pk.tahun}",
                                 k.lokasi("lkj", "anggaran", "program", i, "nama"))
    for p_i, pp in enumerate(pk.pejabat):
        for kolom in ("program", "kegiatan"):
            for m_i, m in enumerate(getattr(pp, kolom)):
                cocok_k = lkj_kegiatan.get(normal_nama(m.nama)) if kolom == "kegiatan" else None
                cocok_p = lkj_program.get(normal_nama(m.nama)) if kolom == "program" else None
                jalur = ("pejabat", p_i, kolom, m_i)
                if cocok_k is not None:
                    yield from _banding_pagu(k, m.nama, m.anggaran, jalur,
                                             ("program", cocok_k[0], "kegiatan", cocok_k[1]), "kegiatan")
                elif cocok_p is not None:
                    yield from _banding_pagu(k, m.nama, m.anggaran, jalur, ("program", cocok_p[0]), "program")


def _banding_pagu(k: KonteksReviu, nama: str, anggaran: Decimal, jalur: tuple[str | int, ...],
                  jalur_lkj: tuple[str | int, ...], apa: str) -> Iterator[Temuan]:
    pagu = k.tahun.pagu_lkj.get(jalur_lkj)
    if pagu is None or pagu == anggaran:
        return
    di = _di(k.lokasi("lkj", "anggaran", *jalur_lkj))
    yield ANGGARAN_PK_LKJ(
        f"anggaran {apa} '{nama}' dalam Perjanjian Kinerja {k.rupiah(anggaran)}, tetapi pagunya dalam Laporan "
        f"Kinerja ({di}) {k.rupiah(pagu)}; samakan keduanya (bila pagu berubah dalam APBD Perubahan, perbarui "
        "juga Perjanjian Kinerjanya)", k.lokasi("perjanjian-kinerja", *jalur, "anggaran"))



# --- with the Renstra ---------------------------------------------------------------------

PAGU_RENSTRA_PK = aturan("silang.pagu-renstra-pk", "peringatan",
                         "anggaran program PK Camat sama dengan pagu indikatif Renstra untuk tahun itu")


@pemeriksa
def periksa_renstra_pk(k: KonteksReviu) -> Iterator[Temuan]:
    """A PK program's anggaran against the Renstra's indicative pagu for the PK year.

    A warning, not an error: the DPA may legitimately differ from the indicative figure, but a
    reviewer asks why, and a typo in either place shows here.
    """
    pk, kinerja = k.data.perjanjian_kinerja, k.data.kinerja
    if pk is None or kinerja is None or not kinerja.renstra.program:
        return
    renstra = {normal_nama(p.nama): (i, p) for i, p in enumerate(kinerja.renstra.program)}
    for m_i, m in enumerate(pk.camat.program):
        cocok = renstra.get(normal_nama(m.nama))
        if cocok is None or pk.tahun not in cocok[1].pagu:
            continue
        pagu = cocok[1].pagu[pk.tahun]
        if pagu == m.anggaran:
            continue
        di = _di(k.lokasi("kinerja", "renstra", "program", cocok[0], "pagu", pk.tahun))
        yield PAGU_RENSTRA_PK(
            f"anggaran program '{m.nama}' dalam Perjanjian Kinerja {k.rupiah(m.anggaran)}, sedangkan pagu "
            f"indikatifnya untuk tahun {pk.tahun} dalam Renstra ({di}) {k.rupiah(pagu)}; periksa apakah salah "
            "ketik, atau jelaskan perubahannya", k.lokasi("perjanjian-kinerja", "camat", "program", m_i, "anggaran"))


# --- the PK's target against the Renstra's ------------------------------------------------

TARGET_PK_RENSTRA = aturan("silang.target-pk-renstra", "info",
                           "target Perjanjian Kinerja yang berbeda dari target Renstra tahun itu (PK revisi) "
                           "disebut; Renstra mencetak targetnya, PK dan capaian LKj memakai target PK")


@pemeriksa
def periksa_target_pk_renstra(k: KonteksReviu) -> Iterator[Temuan]:
    """Every revised PK target (``target_pk``): which documents print which figure. Information only."""
    kinerja = k.data.kinerja
    if kinerja is None:
        return
    for s_i, s in enumerate(kinerja.sasaran):
        for i_i, ind in enumerate(s.indikator):
            for tahun, target in sorted(ind.target_pk.items()):
                jalur = ("sasaran", s_i, "indikator", i_i)
                renstra = ind.target.get(tahun)
                di = _di(k.lokasi("kinerja", *jalur, "target", str(tahun)))
                if renstra is None:
                    banding = f"Renstra tidak memuat target tahun {tahun}"
                elif sama_nilai(renstra, target):
                    banding = f"sama dengan target Renstra tahun itu ({di}), sehingga target_pk dapat dihapus"
                else:
                    banding = f"target Renstra tahun itu {_teks(renstra)} ({di})"
                yield TARGET_PK_RENSTRA(
                    f"target Perjanjian Kinerja tahun {tahun} indikator '{ind.nama}' {_teks(target)}, {banding}: "
                    f"Perjanjian Kinerja, Rencana Aksi dan capaian Laporan Kinerja memakai {_teks(target)}, matriks "
                    "Renstra mencetak target Renstra", k.lokasi("kinerja", *jalur, "target_pk", str(tahun)))
