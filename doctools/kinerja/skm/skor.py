"""Scoring: NRR per unsur, the IKM and its mutu, with exact fractions until the result."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import Angka, ke_decimal
from doctools.kinerja.skm.jawaban import JawabanSurvei
from doctools.kinerja.skm.model import ModelSKM
from doctools.kinerja.skm.mutu import mutu
from doctools.kinerja.skm.nama import cocokkan_kolom, deteksi_model
from doctools.kinerja.skm.skala import SkalaMutu


@dataclass(frozen=True)
class NilaiUnsur:
    """The score of one unsur. Counts are None when built from aggregated scores."""

    kode: str
    nama: str
    jumlah_nilai: int | None
    jumlah_menjawab: int | None
    nrr: Decimal
    nrr_tertimbang: Decimal
    nilai_konversi: Decimal
    mutu: str
    kinerja: str
    sebaran: tuple[int, ...] | None = None
    """How many answered 1, 2, 3, 4 (index 0 = nilai 1)."""
    persen: tuple[Decimal, ...] | None = None
    """The share of the answers 1, 2, 3, 4 in percent: as given, or computed from :attr:`sebaran`."""


@dataclass(frozen=True)
class HasilSKM:
    """The whole survey: per-unsur scores, the IKM and its mutu, the questionnaire and the mutu scale applied."""

    model: ModelSKM
    skala: SkalaMutu
    unsur: tuple[NilaiUnsur, ...]
    jumlah_responden: int | None
    nrr_tertimbang: Decimal
    """Σ NRR tertimbang (1–4)."""
    ikm: Decimal
    """Σ NRR tertimbang × 25 (25–100), unrounded."""
    mutu: str
    kinerja: str


def _dec(f: Fraction) -> Decimal:
    return Decimal(f.numerator) / Decimal(f.denominator)


def _persen_dari(sebaran: tuple[int, ...] | None) -> tuple[Decimal, ...] | None:
    if sebaran is None or not sum(sebaran):
        return None
    return tuple(Decimal(100 * c) / Decimal(sum(sebaran)) for c in sebaran)


def nilai_unsur(
    model: ModelSKM,
    skala: SkalaMutu,
    i: int,
    nrr: Fraction,
    *,
    jumlah: int | None = None,
    menjawab: int | None = None,
    sebaran: tuple[int, ...] | None = None,
    persen: tuple[Decimal, ...] | None = None,
) -> NilaiUnsur:
    """The score of the ``i``-th unsur of ``model`` from its NRR, the mutu on ``skala``."""
    nilai_konversi = _dec(nrr * skala.faktor_konversi)
    huruf, kinerja = mutu(nilai_konversi, skala)
    u = model.unsur[i]
    return NilaiUnsur(kode=u.kode, nama=u.nama, jumlah_nilai=jumlah, jumlah_menjawab=menjawab, nrr=_dec(nrr),
                      nrr_tertimbang=_dec(nrr * model.bobot), nilai_konversi=nilai_konversi, mutu=huruf,
                      kinerja=kinerja, sebaran=sebaran, persen=persen if persen is not None else _persen_dari(sebaran))


def _hasil(
    model: ModelSKM,
    skala: SkalaMutu,
    nrr: Sequence[Fraction],
    jumlah_responden: int | None,
    jumlah: Sequence[int | None],
    menjawab: Sequence[int | None],
    sebaran: Sequence[tuple[int, ...] | None],
    persen: Sequence[tuple[Decimal, ...] | None] | None = None,
) -> HasilSKM:
    konversi = skala.faktor_konversi
    unsur = tuple(nilai_unsur(model, skala, i, nrr[i], jumlah=jumlah[i], menjawab=menjawab[i], sebaran=sebaran[i],
                              persen=persen[i] if persen is not None else None) for i in range(len(model.unsur)))
    total = sum((n * model.bobot for n in nrr), Fraction(0))
    ikm = _dec(total * konversi)
    huruf, kinerja = mutu(ikm, skala)
    return HasilSKM(
        model=model,
        skala=skala,
        unsur=unsur,
        jumlah_responden=jumlah_responden,
        nrr_tertimbang=_dec(total),
        ikm=ikm,
        mutu=huruf,
        kinerja=kinerja,
    )


def hitung_skm(jawaban: JawabanSurvei, skala: SkalaMutu) -> HasilSKM:
    """NRR per unsur, NRR tertimbang, nilai konversi, IKM and mutu (on ``skala``) from raw answers."""
    model = jawaban.model
    nrr: list[Fraction] = []
    jumlah: list[int | None] = []
    menjawab: list[int | None] = []
    sebaran: list[tuple[int, ...] | None] = []
    for i, u in enumerate(model.unsur):
        nilai = [r[i] for r in jawaban.nilai if r[i] is not None]
        if not nilai:
            raise DataError(
                f"tidak ada responden yang menjawab unsur '{u.nama}'; NRR unsur itu tidak dapat dihitung",
                Lokasi(jawaban.berkas, None, jawaban.kolom_unsur[i]) if jawaban.berkas else None,
            )
        jumlah_nilai = sum(v for v in nilai if v is not None)
        jumlah.append(jumlah_nilai)
        menjawab.append(len(nilai))
        nrr.append(Fraction(jumlah_nilai, len(nilai)))
        sebaran.append(tuple(nilai.count(v) for v in range(model.nilai_min, model.nilai_max + 1)))
    return _hasil(model, skala, nrr, jawaban.jumlah_responden, jumlah, menjawab, sebaran)


def skm_dari_nrr(
    model: ModelSKM,
    nrr: Sequence[Fraction],
    jumlah_responden: int | None,
    skala: SkalaMutu,
    *,
    sebaran: Sequence[tuple[int, ...] | None] | None = None,
    persen: Sequence[tuple[Decimal, ...] | None] | None = None,
) -> HasilSKM:
    """The IKM from the NRR of each unsur of ``model`` (in its order), e.g. computed from distributions.

    ``sebaran`` (counts of the answers 1–4) and ``persen`` (their shares) are carried to the result
    for the unsur that have them.
    """
    if len(nrr) != len(model.unsur):
        raise ValueError(f"{len(nrr)} NRR for {len(model.unsur)} unsur")
    for u, n in zip(model.unsur, nrr):
        if not model.nilai_min <= n <= model.nilai_max:
            raise DataError(f"NRR unsur '{u.nama}' {_dec(n)} di luar rentang {model.nilai_min}–{model.nilai_max}")
    banyak = sebaran if sebaran is not None else [None] * len(nrr)
    menjawab = [sum(s) if s is not None else None for s in banyak]
    return _hasil(model, skala, nrr, jumlah_responden, [None] * len(nrr), menjawab, banyak, persen)


def skm_dari_nilai(
    unsur_nilai: Mapping[str, Angka],
    jumlah_responden: int | None,
    model: ModelSKM | None = None,
    skala: Literal["nrr", "konversi"] = "nrr",
    *,
    skala_mutu: SkalaMutu,
    kode_posisi: bool = False,
) -> HasilSKM:
    """The IKM from already-aggregated scores per unsur (keys matched by name like headers).

    ``skala="nrr"``: values are NRR (1–4); ``skala="konversi"``: values are NRR × 25 (25–100, with
    the factor of ``skala_mutu``), whose intervals give the mutu.
    Every unsur of the model must be given; an unknown key is an error naming the closest unsur.
    """
    if skala not in ("nrr", "konversi"):
        raise DataError(f"skala nilai SKM '{skala}' tidak dikenal; pilih 'nrr' (1–4) atau 'konversi' (25–100)")
    if jumlah_responden is not None and (
        isinstance(jumlah_responden, bool) or not isinstance(jumlah_responden, int) or jumlah_responden < 1
    ):
        raise DataError(f"jumlah responden harus bilangan bulat positif, bukan '{jumlah_responden}'")
    if not unsur_nilai:
        raise DataError("nilai unsur SKM kosong; isi nilai untuk setiap unsur")
    kunci = [str(k).strip() for k in unsur_nilai]
    if model is None:
        model = deteksi_model(kunci, kode_posisi)
    peta = cocokkan_kolom(kunci, model, kode_posisi, None, None, ketat=True)
    nilai = list(unsur_nilai.values())
    nrr: list[Fraction] = []
    for i in range(len(model.unsur)):
        j = peta.kolom[i]
        v = ke_decimal(nilai[j], f"nilai unsur '{kunci[j]}'", Lokasi(kolom=kunci[j]))
        bawah, atas = model.nilai_min, model.nilai_max
        if skala == "konversi":
            bawah, atas = bawah * skala_mutu.faktor_konversi, atas * skala_mutu.faktor_konversi
        if not bawah <= v <= atas:
            raise DataError(
                f"nilai unsur '{kunci[j]}' {v} di luar rentang {bawah}–{atas} untuk skala '{skala}'",
                Lokasi(kolom=kunci[j]),
            )
        f = Fraction(v)
        nrr.append(f / skala_mutu.faktor_konversi if skala == "konversi" else f)
    kosong = [None] * len(model.unsur)
    return _hasil(model, skala_mutu, nrr, jumlah_responden, kosong, kosong, kosong)
