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
from pathlib import Path
from typing import Any

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja import (
    MODEL_2004,
    MODEL_2017,
    MODEL_SKM,
    HasilSKM,
    JawabanSurvei,
    ModelSKM,
    baca_jawaban,
    bulatkan,
    hitung_skm,
    minimal_responden,
    mutu,
    skm_dari_nilai,
)
from doctools.model.lembar_lkj import baca_survei_lkj
from doctools.model.rujukan import cari_rujukan
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import desimal_tertulis, sama_pada_ketelitian
from doctools.reviu.temuan import ATURAN, Temuan, aturan, dari_galat

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

MODEL = {MODEL_2017.kode: MODEL_2017, MODEL_2004.kode: MODEL_2004}
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


def baca_jawaban_reviu(path: Path, model: ModelSKM | None = None) -> tuple[HasilSKM | None, list[Temuan]]:
    """Read and score raw answers; a bad cell or an unanswered unsur becomes a ``skm.jawaban`` finding."""
    try:
        jawaban: JawabanSurvei = baca_jawaban(path, model)
        return hitung_skm(jawaban), []
    except DataError as exc:
        return None, [JAWABAN(exc.pesan, exc.lokasi)]


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


def survei_lkj(k: KonteksReviu) -> tuple[HasilSKM | None, list[Temuan]]:
    """The LKj's survey result (computed once per reviu) and the findings reading its answers."""
    if "skm" not in k.simpan:
        k.simpan["skm"] = _hitung_survei(k)
    return k.simpan["skm"]


def _hitung_survei(k: KonteksReviu) -> tuple[HasilSKM | None, list[Temuan]]:
    skm = getattr(k.lkj, "skm", None)
    if skm is None:
        return None, []
    model = MODEL.get(getattr(skm, "model", None) or "")
    berkas = getattr(skm, "berkas", None)
    if berkas is not None:
        if not (k.data.folder / berkas).is_file():
            return None, []  # a missing file: the LKj's own error
        try:
            bacaan = baca_survei_lkj(k.data, skm, model)
            temuan = [ATURAN[t.aturan](t.pesan, t.lokasi) if t.aturan in ATURAN else JAWABAN(t.pesan, t.lokasi)
                      for t in bacaan.temuan]
            if bacaan.jawaban is None:
                return None, temuan
            return hitung_skm(bacaan.jawaban), temuan
        except DataError as exc:
            return None, [JAWABAN(t.pesan, t.lokasi) for t in dari_galat(exc)]
    try:
        return skm_dari_nilai(getattr(skm, "nilai", None) or {}, getattr(skm, "jumlah_responden", None), model,
                              getattr(skm, "skala", "nrr")), []
    except DataError:
        return None, []  # reported by the LKj (dokumen.susun)


def realisasi_survei(k: KonteksReviu, s_i: int, i_i: int, tahun: int) -> Decimal | str | None:
    """The realisasi the LKj takes from its survey for sasaran ``s_i`` indicator ``i_i``, if any.

    The IKM rounded to 2 decimals, or its mutu when the indicator's target is a label.
    """
    lkj, kinerja = k.lkj, k.data.kinerja
    skm = getattr(lkj, "skm", None)
    if lkj is None or skm is None or kinerja is None or getattr(skm, "sasaran", None) is None or tahun != lkj.tahun:
        return None
    sasaran = cari_rujukan(skm.sasaran, [(s.id, s.uraian) for s in kinerja.sasaran])
    if sasaran != s_i:
        return None
    indikator = kinerja.sasaran[s_i].indikator
    if cari_rujukan(getattr(skm, "indikator", 1), [(i.id, i.nama) for i in indikator]) != i_i:
        return None
    hasil, _ = survei_lkj(k)
    if hasil is None:
        return None
    return hasil.mutu if isinstance(indikator[i_i].target.get(tahun), str) else bulatkan(hasil.ikm)


@pemeriksa
def periksa_skm_lkj(k: KonteksReviu) -> Iterator[Temuan]:
    """The LKj's survey: answers, respondents, and any declared IKM/mutu (``skm.tertulis``)."""
    skm = getattr(k.lkj, "skm", None)
    if skm is None:
        return
    hasil, temuan = survei_lkj(k)
    yield from temuan
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
