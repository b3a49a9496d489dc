"""SKM: the IKM and its mutu as declared, the answers, and the number of respondents.

The regulations draw the mutu intervals differently (an IKM of 85 is A under KepMenPAN 25/2004
and B under PermenPAN-RB 14/2017), so a mutu finding names the scale whose intervals were applied
— the regulation in force in the report year, unless the kecamatan chose another — and the other
one when the declared mutu is what that one would say, the usual reason for the mistake. A scale
chosen that is not the one in force is itself a warning. The functions work on
:mod:`doctools.kinerja.skm` results and plain declared values, so they serve any data file that
carries a survey; :func:`periksa_skm_lkj` applies them to the LKj's ``skm``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja import (
    HasilSKM,
    ModelSKM,
    NilaiUnsur,
    SkalaMutu,
    bulatkan,
    minimal_responden,
    mutu,
    skala_skm_bawaan,
)
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import desimal_tertulis, sama_pada_ketelitian
from doctools.reviu.temuan import Temuan, aturan
from doctools.tahun.survei import SEBARAN, SEBARAN_RESPONDEN, UNSUR

IKM = aturan("skm.ikm", "galat", "IKM (dan jumlah NRR tertimbang) yang tertulis sama dengan hasil hitung survei")
MUTU = aturan("skm.mutu", "galat", "mutu dan kinerja pelayanan yang tertulis (IKM dan setiap unsur) sesuai interval "
                                   "skala mutu SKM yang berlaku")
NILAI_UNSUR = aturan("skm.nilai-unsur", "galat", "nilai setiap unsur yang tertulis (NRR atau nilai konversi) sama "
                                                 "dengan hasil hitung jawaban atau sebarannya")
SKALA_LAMA = aturan("skm.skala-lama", "peringatan", "interval mutu SKM yang dipilih adalah interval peraturan yang "
                                                    "berlaku pada tahun laporan")
NAMA_UNSUR = aturan(UNSUR, "galat", "setiap nama unsur (setara, kolom, nilai) menyebut unsur kuesioner, dan setiap "
                                    "unsur kuesioner ditulis sekali")
SEBARAN_SAH = aturan(SEBARAN, "galat", "sebaran jawaban setiap unsur dapat dihitung: persentasenya berjumlah 100 "
                                       "(dalam batas pembulatan), jumlah jawabannya tidak melebihi responden")
SEBARAN_COCOK = aturan(SEBARAN_RESPONDEN, "peringatan", "sebaran jawaban setiap unsur cocok dengan jumlah responden "
                                                        "(persentase menjadi bilangan bulat orang)")
JAWABAN = aturan("skm.jawaban", "galat", "setiap jawaban responden bernilai 1 sampai 4 dan setiap unsur dijawab")
JAWABAN_KOSONG = aturan("skm.jawaban-kosong", "peringatan",
                        "setiap responden menjawab setiap unsur (jawaban kosong tidak dihitung pada NRR unsurnya)")
RESPONDEN_GANDA = aturan("skm.responden-ganda", "peringatan",
                         "setiap responden mengisi survei sekali (kolom penanda responden, atau baris yang sama persis)")
RESPONDEN_TIDAK_DISEBUT = aturan("skm.responden-tidak-disebut", "peringatan", "jumlah responden survei disebut")
RESPONDEN_KURANG = aturan("skm.responden-kurang", "peringatan",
                          "jumlah responden tidak kurang dari sampel minimal untuk populasi yang dilayani "
                          "(Krejcie–Morgan)")


def sebutan_model(model: ModelSKM) -> str:
    """The questionnaire, short: its name."""
    return model.nama


def _nilai(ikm: Decimal) -> str:
    return fmt.angka(bulatkan(ikm), 2)


def _interval(skala: SkalaMutu, huruf: str) -> str:
    i = skala.rentang(huruf)
    return f"{_nilai(i.batas_bawah)}–{_nilai(i.batas_atas)}"


def periksa_ikm(ikm: Decimal, tertulis: Decimal, lokasi: Lokasi | None, apa: str = "IKM",
                hasil: HasilSKM | None = None) -> Temuan | None:
    """A declared IKM (or another declared figure, ``apa``) against the computed one, at the decimals written.

    With the survey's ``hasil``, a declared IKM that is what a bobot rounded to 0,11 (or 0,111) gives
    says so: the regulation prints 1/9 as "0,11", and a report computed with it is off by about 1 %.
    """
    if sama_pada_ketelitian(tertulis, ikm):
        return None
    desimal = max(2, desimal_tertulis(tertulis))
    pesan = (f"{apa} tertulis {fmt.angka(tertulis, desimal_tertulis(tertulis))}, hasil hitung survei "
             f"{fmt.angka(bulatkan(ikm, desimal), desimal)}")
    for digit in (2, 3) if hasil is not None else ():
        assert hasil is not None
        bobot = bulatkan(Decimal(1) / hasil.model.jumlah_unsur, digit)
        dibulatkan = sum((u.nrr for u in hasil.unsur), Decimal(0)) * bobot * hasil.skala.faktor_konversi
        if sama_pada_ketelitian(tertulis, dibulatkan):
            pesan += (f"; angka tertulis itu hasil hitung dengan bobot {fmt.angka(bobot, digit)} yang dibulatkan, "
                      f"padahal bobotnya tepat 1/{hasil.model.jumlah_unsur}")
            break
    return IKM(pesan, lokasi)


def periksa_mutu(ikm: Decimal, skala: SkalaMutu, lokasi: Lokasi | None, *, mutu_tertulis: str | None = None,
                 kinerja_tertulis: str | None = None, apa: str = "IKM") -> Temuan | None:
    """A declared mutu (A–D) or kinerja label ("Baik") against the interval of ``ikm`` on ``skala``."""
    try:
        huruf, kinerja = mutu(ikm, skala)
    except DataError as exc:
        return MUTU(f"mutu tidak dapat diperiksa: {exc.pesan}", lokasi)
    salah = []
    if mutu_tertulis is not None and mutu_tertulis.strip().upper() != huruf:
        salah.append(("mutu", mutu_tertulis.strip()))
    if kinerja_tertulis is not None and " ".join(kinerja_tertulis.split()).casefold() != kinerja.casefold():
        salah.append(("kinerja pelayanan", kinerja_tertulis.strip()))
    if not salah:
        return None
    tertulis = ", ".join(f"{apa_salah} '{nilai}'" for apa_salah, nilai in salah)
    pesan = (f"{tertulis} tertulis, tetapi {apa} {_nilai(ikm)} menurut interval {skala.nama} bermutu "
             f"{huruf} ({kinerja}; {_interval(skala, huruf)})")
    for lain in skala_skm_bawaan().values():
        if lain.kode == skala.kode:
            continue
        try:
            huruf_lain, kinerja_lain = mutu(ikm, lain)
        except DataError:
            continue
        sama_huruf = mutu_tertulis is not None and mutu_tertulis.strip().upper() == huruf_lain != huruf
        sama_kinerja = (kinerja_tertulis is not None and kinerja_lain != kinerja
                        and " ".join(kinerja_tertulis.split()).casefold() == kinerja_lain.casefold())
        if sama_huruf or sama_kinerja:
            apa_lain = f"'{huruf_lain}' adalah mutu" if sama_huruf else f"'{kinerja_lain}' adalah kinerja"
            pesan += f"; {apa_lain} nilai itu menurut interval {lain.nama}, yang tidak dipakai di sini"
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


def periksa_tertulis(hasil: HasilSKM, tertulis: Any, lokasi: Callable[[str], Lokasi | None]) -> Iterator[Temuan]:
    """Declared ``ikm``, ``nrr_tertimbang``, ``mutu`` and ``kinerja`` (a mapping or a model) against a survey result.

    ``lokasi(kunci)`` says where the declared ``kunci`` was written.
    """
    ikm = _tertulis(tertulis, "ikm")
    if isinstance(ikm, (int, Decimal)) and not isinstance(ikm, bool):
        temuan = periksa_ikm(hasil.ikm, Decimal(ikm), lokasi("ikm"), hasil=hasil)
        if temuan is not None:
            yield temuan
    nrr = _tertulis(tertulis, "nrr_tertimbang")
    if isinstance(nrr, (int, Decimal)) and not isinstance(nrr, bool):
        temuan = periksa_ikm(hasil.nrr_tertimbang, Decimal(nrr), lokasi("nrr_tertimbang"), "jumlah NRR tertimbang")
        if temuan is not None:
            yield temuan
    huruf, kinerja = _tertulis(tertulis, "mutu"), _tertulis(tertulis, "kinerja")
    if huruf is not None or kinerja is not None:
        temuan = periksa_mutu(hasil.ikm, hasil.skala, lokasi("mutu" if huruf is not None else "kinerja"),
                              mutu_tertulis=huruf, kinerja_tertulis=kinerja)
        if temuan is not None:
            yield temuan


def periksa_tertulis_unsur(unsur: NilaiUnsur, skala: SkalaMutu, tertulis: Any,
                           lokasi: Callable[[str], Lokasi | None]) -> Iterator[Temuan]:
    """One unsur's declared ``nrr``, ``nilai`` (nilai konversi), ``mutu`` and ``kinerja`` against its computed score."""
    for kunci, hitung, apa in (("nrr", unsur.nrr, "NRR"), ("nilai", unsur.nilai_konversi, "nilai konversi")):
        nilai = _tertulis(tertulis, kunci)
        if isinstance(nilai, (int, Decimal)) and not isinstance(nilai, bool) and not sama_pada_ketelitian(
                Decimal(nilai), hitung):
            desimal = 3 if kunci == "nrr" else 2
            yield NILAI_UNSUR(f"{apa} unsur '{unsur.nama}' tertulis {fmt.angka(Decimal(nilai), desimal_tertulis(Decimal(nilai)))}, "
                              f"hasil hitung {fmt.angka(bulatkan(hitung, desimal), desimal)}", lokasi(kunci))
    huruf, kinerja = _tertulis(tertulis, "mutu"), _tertulis(tertulis, "kinerja")
    if huruf is not None or kinerja is not None:
        temuan = periksa_mutu(unsur.nilai_konversi, skala, lokasi("mutu" if huruf is not None else "kinerja"),
                              mutu_tertulis=huruf, kinerja_tertulis=kinerja, apa=f"nilai unsur '{unsur.nama}'")
        if temuan is not None:
            yield temuan


def periksa_skala(k: KonteksReviu) -> Iterator[Temuan]:
    """A chosen mutu scale other than the regulation's in force in the report year."""
    kebijakan, lkj = k.tahun.kebijakan, k.lkj
    dipakai, berlaku = kebijakan.skala_skm, kebijakan.skala_skm_berlaku
    if lkj is None or dipakai is None or kebijakan.lokasi_skala_skm is None or berlaku is None:
        return
    if dipakai.kode != berlaku.kode:
        yield SKALA_LAMA(f"mutu SKM dinilai dengan interval {dipakai.nama}, padahal pada tahun {lkj.tahun} yang berlaku "
                         f"{berlaku.nama}; LKj mencetak mutu menurut pilihan ini dan menyebut mutu menurut "
                         f"{berlaku.nama}. Hapus pilihan ini bila tidak disengaja", kebijakan.lokasi_skala_skm)


@pemeriksa
def periksa_skm_lkj(k: KonteksReviu) -> Iterator[Temuan]:
    """The LKj's survey: respondents, any declared IKM/mutu (``skm.tertulis``, ``skm.unsur[i].tertulis``), the scale.

    Problems reading its answers are the year's, reported once with their ``skm.*`` rule id.
    """
    skm = getattr(k.lkj, "skm", None)
    survei = k.tahun.survei
    if skm is None or survei is None:
        return
    yield from periksa_skala(k)
    hasil = survei.hasil
    berkas = getattr(skm, "berkas", None)
    if hasil is None and survei.unsur_sebagian and k.tahun.kebijakan.skala_skm is not None:
        skala = k.tahun.kebijakan.skala_skm
        for i, (u, nilai) in enumerate(zip(skm.unsur, survei.unsur_sebagian)):
            if u.tertulis is not None and nilai is not None:
                yield from periksa_tertulis_unsur(nilai, skala, u.tertulis, _di_unsur(k, i))
    if berkas is not None and hasil is None:
        return
    jumlah = hasil.jumlah_responden if berkas is not None and hasil is not None else \
        getattr(skm, "jumlah_responden", None)
    kolom = "berkas" if berkas is not None else "jumlah_responden"
    yield from periksa_responden(jumlah, getattr(skm, "populasi", None), k.lokasi("lkj", "skm", kolom))
    if hasil is None:
        return
    yield from periksa_tertulis(hasil, getattr(skm, "tertulis", None),
                                lambda kunci: k.lokasi("lkj", "skm", "tertulis", kunci))
    for i, (u, nilai) in enumerate(zip(skm.unsur, hasil.unsur)):
        if u.tertulis is not None:
            yield from periksa_tertulis_unsur(nilai, hasil.skala, u.tertulis, _di_unsur(k, i))


def _di_unsur(k: KonteksReviu, i: int) -> Callable[[str], Lokasi | None]:
    """Where a declared value of the ``i``-th own unsur was written."""
    def lokasi(kunci: str) -> Lokasi | None:
        return k.lokasi("lkj", "skm", "unsur", i, "tertulis", kunci)
    return lokasi
