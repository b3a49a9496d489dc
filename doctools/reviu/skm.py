"""SKM: the IKM and its mutu as declared, the answers, and the number of respondents.

The 2004 and 2017 models draw the mutu intervals differently (an IKM of 85 is A under KepMenPAN
25/2004 and B under PermenPAN-RB 14/2017), so a mutu finding names the regulation whose intervals
were applied — and the other one when the declared mutu is what that one would say, the usual
reason for the mistake. The functions work on :mod:`doctools.kinerja.skm` results and plain
declared values, so they serve any data file that carries a survey; :func:`periksa_skm_lkj`
applies them to the LKj's ``skm``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja import (
    MODEL_2004,
    MODEL_2017,
    MODEL_SKM,
    HasilSKM,
    ModelSKM,
    bulatkan,
    minimal_responden,
    mutu,
)
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import desimal_tertulis, sama_pada_ketelitian
from doctools.reviu.temuan import Temuan, aturan

IKM = aturan("skm.ikm", "galat", "IKM yang tertulis sama dengan hasil hitung survei")
MUTU = aturan("skm.mutu", "galat", "mutu dan kinerja pelayanan yang tertulis sesuai interval IKM model SKM yang dipakai")
JAWABAN = aturan("skm.jawaban", "galat", "setiap jawaban responden bernilai 1 sampai 4 dan setiap unsur dijawab")
JAWABAN_KOSONG = aturan("skm.jawaban-kosong", "peringatan",
                        "setiap responden menjawab setiap unsur (jawaban kosong tidak dihitung pada NRR unsurnya)")
RESPONDEN_GANDA = aturan("skm.responden-ganda", "peringatan",
                         "setiap responden mengisi survei sekali (kolom penanda responden, atau baris yang sama persis)")
RESPONDEN_TIDAK_DISEBUT = aturan("skm.responden-tidak-disebut", "peringatan", "jumlah responden survei disebut")
RESPONDEN_KURANG = aturan("skm.responden-kurang", "peringatan",
                          "jumlah responden tidak kurang dari sampel minimal untuk populasi yang dilayani "
                          "(Krejcie–Morgan)")

_SEBUTAN = {MODEL_2017.kode: "PermenPAN-RB 14/2017", MODEL_2004.kode: "KepMenPAN 25/2004"}


def sebutan_model(model: ModelSKM) -> str:
    """The regulation a model's mutu intervals come from, short: "PermenPAN-RB 14/2017"."""
    return _SEBUTAN.get(model.kode.removesuffix("-kustom"), model.nama)


def _nilai(ikm: Decimal) -> str:
    return fmt.angka(bulatkan(ikm), 2)


def _interval(model: ModelSKM, huruf: str) -> str:
    i = next(i for i in model.interval_mutu if i.mutu == huruf)
    return f"{_nilai(i.batas_bawah)}–{_nilai(i.batas_atas)}"


def periksa_ikm(ikm: Decimal, tertulis: Decimal, lokasi: Lokasi | None) -> Temuan | None:
    """A declared IKM against the computed one, at the decimals the user wrote."""
    if sama_pada_ketelitian(tertulis, ikm):
        return None
    return IKM(f"IKM tertulis {fmt.angka(tertulis, desimal_tertulis(tertulis))}, hasil hitung survei {_nilai(ikm)}",
               lokasi)


def periksa_mutu(ikm: Decimal, model: ModelSKM, lokasi: Lokasi | None, *, mutu_tertulis: str | None = None,
                 kinerja_tertulis: str | None = None) -> Temuan | None:
    """A declared mutu (A–D) or kinerja label ("Baik") against the interval of ``ikm`` in ``model``."""
    try:
        huruf, kinerja = mutu(ikm, model)
    except DataError as exc:
        return MUTU(f"mutu tidak dapat diperiksa: {exc.pesan}", lokasi)
    salah = []
    if mutu_tertulis is not None and mutu_tertulis.strip().upper() != huruf:
        salah.append(("mutu", mutu_tertulis.strip()))
    if kinerja_tertulis is not None and " ".join(kinerja_tertulis.split()).casefold() != kinerja.casefold():
        salah.append(("kinerja pelayanan", kinerja_tertulis.strip()))
    if not salah:
        return None
    tertulis = ", ".join(f"{apa} '{nilai}'" for apa, nilai in salah)
    pesan = (f"{tertulis} tertulis, tetapi IKM {_nilai(ikm)} menurut interval {sebutan_model(model)} bermutu "
             f"{huruf} ({kinerja}; {_interval(model, huruf)})")
    for lain in MODEL_SKM:
        if lain.kode == model.kode.removesuffix("-kustom"):
            continue
        try:
            huruf_lain, _ = mutu(ikm, lain)
        except DataError:
            continue
        if mutu_tertulis is not None and mutu_tertulis.strip().upper() == huruf_lain and huruf_lain != huruf:
            pesan += (f"; '{huruf_lain}' adalah mutu nilai itu menurut interval {sebutan_model(lain)}, yang "
                      "tidak dipakai di sini")
    return MUTU(pesan, lokasi)


def periksa_responden(jumlah: int | None, populasi: int | None, lokasi: Lokasi | None) -> list[Temuan]:
    """The respondent count is stated and reaches the Krejcie–Morgan minimum for the population."""
    if jumlah is None:
        return [RESPONDEN_TIDAK_DISEBUT("jumlah responden survei kepuasan masyarakat tidak disebut; isi "
                                        "jumlah_responden (atau lampirkan berkas jawaban)", lokasi)]
    if populasi is None:
        return []
    minimal = minimal_responden(populasi)
    if jumlah >= minimal:
        return []
    return [RESPONDEN_KURANG(f"survei dengan {fmt.angka(jumlah)} responden, padahal untuk populasi "
                             f"{fmt.angka(populasi)} orang sampel minimalnya {fmt.angka(minimal)} responden "
                             "(tabel Krejcie–Morgan, PermenPAN-RB 14/2017)", lokasi)]


def _tertulis(sumber: Any, kunci: str) -> Any:
    if sumber is None:
        return None
    if isinstance(sumber, Mapping):
        return sumber.get(kunci)
    return getattr(sumber, kunci, None)


def periksa_tertulis(hasil: HasilSKM, tertulis: Any, lokasi: Any) -> Iterator[Temuan]:
    """Declared ``ikm``, ``mutu`` and ``kinerja`` (a mapping or a model) against a survey result.

    ``lokasi(kunci)`` says where the declared ``kunci`` was written.
    """
    ikm = _tertulis(tertulis, "ikm")
    if isinstance(ikm, (int, Decimal)) and not isinstance(ikm, bool):
        temuan = periksa_ikm(hasil.ikm, Decimal(ikm), lokasi("ikm"))
        if temuan is not None:
            yield temuan
    huruf, kinerja = _tertulis(tertulis, "mutu"), _tertulis(tertulis, "kinerja")
    if huruf is not None or kinerja is not None:
        temuan = periksa_mutu(hasil.ikm, hasil.model, lokasi("mutu" if huruf is not None else "kinerja"),
                              mutu_tertulis=huruf, kinerja_tertulis=kinerja)
        if temuan is not None:
            yield temuan


@pemeriksa
def periksa_skm_lkj(k: KonteksReviu) -> Iterator[Temuan]:
    """The LKj's survey: respondents, and any declared IKM/mutu (``skm.tertulis``).

    Problems reading its answers are the year's, reported once with their ``skm.*`` rule id.
    """
    skm = getattr(k.lkj, "skm", None)
    survei = k.tahun.survei
    if skm is None or survei is None:
        return
    hasil = survei.hasil
    berkas = getattr(skm, "berkas", None)
    if berkas is not None and hasil is None:
        return
    jumlah = hasil.jumlah_responden if berkas is not None and hasil is not None else \
        getattr(skm, "jumlah_responden", None)
    kolom = "berkas" if berkas is not None else "jumlah_responden"
    yield from periksa_responden(jumlah, getattr(skm, "populasi", None), k.lokasi("lkj", "skm", kolom))
    if hasil is not None:
        yield from periksa_tertulis(hasil, getattr(skm, "tertulis", None),
                                    lambda kunci: k.lokasi("lkj", "skm", "tertulis", kunci))
