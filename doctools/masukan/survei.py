"""SKM answers from a form export (Google Forms, Microsoft Forms) as a sheet of labels or codes.

**Columns.** With a mapping (``kolom`` in lkj.yaml: column letter or header text → unsur name),
exactly the mapped columns are answers; a header text must match exactly (case and spaces
aside) and a near miss is an error that suggests the header meant. Without a mapping, headers
named after the unsur are matched as :mod:`doctools.kinerja.skm` describes. Every unsur of the
model needs one column.

**Answers.** A cell holds a code 1–4 or a label of a 4-point label set, lowest first. Forms use
one set per question ("Tidak sesuai … Sangat sesuai" for persyaratan, "Buruk/Cukup/Baik/Sangat
Baik" for sarana, …), and the same word can mean different values in two sets ("Tidak Puas" is
1 in "Tidak Puas/Kurang Puas/Puas/Sangat Puas" and 2 in "Sangat Tidak Puas/Tidak Puas/…"), so
each column is read with the one set that covers most of its answers: the sets of lkj.yaml's
``label`` first, then :data:`SKALA_LABEL`. Labels are compared without case, extra spaces or an
option letter ("a. Sesuai").

**Findings** (a :class:`~doctools.hukum.Temuan` with the reviu rule id, located at the cell):

* ``skm.jawaban`` (galat): a label no set of the column knows, a code outside 1–4, a formula
  saved without its value;
* ``skm.jawaban-kosong`` (peringatan): an empty answer — the respondent is left out of that
  unsur's NRR, as PermenPAN-RB 14/2017 divides by those who answered;
* ``skm.responden-ganda`` (peringatan): the same respondent (the ``responden`` column, else an
  e-mail, NIK or telephone column) twice, or a row identical to an earlier one in every cell.

A row whose answer cells are all empty is not a respondent (an empty row in the middle, a note
under the table) and is skipped. A timestamp column (``waktu``, else a header such as "Timestamp",
"Cap waktu", "Start time") gives the survey's first and last day.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from doctools.errors import DataError, Lokasi
from doctools.hukum import Temuan
from doctools.kinerja.skm import JawabanSurvei, ModelSKM
from doctools.kinerja.skm.nama import cocokkan_kolom, daftar_nama, deteksi_model, indeks_nama, normal_nama, termirip
from doctools.masukan.lembar import Judul, Lembar, baca_lembar, huruf_kolom, isi, normal, pesan_rumus, teks_sel

JAWABAN = "skm.jawaban"
JAWABAN_KOSONG = "skm.jawaban-kosong"
RESPONDEN_GANDA = "skm.responden-ganda"

SKALA_LABEL: tuple[tuple[str, ...], ...] = (
    ("Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"),
    ("Tidak Sesuai", "Kurang Sesuai", "Sesuai", "Sangat Sesuai"),
    ("Tidak Mudah", "Kurang Mudah", "Mudah", "Sangat Mudah"),
    ("Tidak Cepat", "Kurang Cepat", "Cepat", "Sangat Cepat"),
    ("Sangat Mahal", "Cukup Mahal", "Murah", "Gratis"),
    ("Tidak Kompeten", "Kurang Kompeten", "Kompeten", "Sangat Kompeten"),
    ("Tidak Sopan dan Ramah", "Kurang Sopan dan Ramah", "Sopan dan Ramah", "Sangat Sopan dan Ramah"),
    ("Tidak Ada", "Ada tetapi Tidak Berfungsi", "Berfungsi Kurang Maksimal", "Dikelola dengan Baik"),
    ("Buruk", "Cukup", "Baik", "Sangat Baik"),
    ("Tidak Puas", "Kurang Puas", "Puas", "Sangat Puas"),
    ("Sangat Tidak Puas", "Tidak Puas", "Puas", "Sangat Puas"),
)
"""The 4-point label sets in use, lowest first: the PermenPAN-RB 14/2017 questionnaire's per unsur,
and the general ones forms are built with."""

_JUDUL_WAKTU = frozenset({
    "timestamp", "cap waktu", "stempel waktu", "start time", "completion time", "waktu mulai", "waktu selesai",
    "waktu penyelesaian", "tanggal", "tanggal survei", "tanggal pengisian", "waktu pengisian", "tgl",
})
_JUDUL_RESPONDEN = frozenset({
    "email", "e-mail", "email address", "alamat email", "alamat e-mail", "nik", "no hp", "nomor hp", "no. hp",
    "nomor telepon", "no telepon", "no. telepon", "telepon", "nomor whatsapp", "no wa",
})
_AWALAN_PILIHAN = re.compile(r"^\(?[a-d1-4][.)]\s+")
_TANGGAL_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_TANGGAL_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


_BELUM: Any = object()
_KOSONG: Any = object()


def normal_label(teks: str) -> str:
    """A label for comparison: case, spaces and an option letter or number ("a.", "4)") ignored."""
    return _AWALAN_PILIHAN.sub("", normal(teks))


@dataclass(frozen=True)
class PetaSurvei:
    """How to read a survey sheet (lkj.yaml ``skm``); every field may be left out."""

    lembar: str | None = None
    baris_judul: tuple[int, int] | None = None
    kolom: Mapping[str, str] | None = None
    """Column letter or header text → unsur name."""
    label: Sequence[Sequence[str]] = ()
    """Extra label sets, lowest first, tried before :data:`SKALA_LABEL`."""
    responden: str | None = None
    waktu: str | None = None


@dataclass(frozen=True)
class BacaanSurvei:
    """What a survey sheet gave: the answers (None when a galat was found), findings, period."""

    jawaban: JawabanSurvei | None
    temuan: tuple[Temuan, ...]
    periode: tuple[dt.date, dt.date] | None

    @property
    def galat(self) -> tuple[Temuan, ...]:
        return tuple(t for t in self.temuan if t.tingkat == "galat")


LokasiKunci = Callable[..., Lokasi | None]
"""Where a key of the mapping was written in lkj.yaml: ``lokasi_yaml("kolom", kunci)``."""


def _tanpa_lokasi(*_: object) -> Lokasi | None:
    return None


@dataclass
class _Skala:
    """The label set chosen for one column: normalised label → value."""

    nilai: dict[str, int]
    tampil: tuple[str, ...]

    def pilihan(self) -> str:
        label = ", ".join(f"'{t}' ({i})" for i, t in enumerate(self.tampil, start=1))
        return f"{label}, atau angka 1–{len(self.tampil)}"


def _kode(nilai: Any, model: ModelSKM) -> int | None:
    """A code 1–4 in a cell, or None when the cell is not a whole number in range."""
    if isinstance(nilai, bool):
        return None
    if isinstance(nilai, int):
        n = nilai
    elif isinstance(nilai, float) and nilai.is_integer():
        n = int(nilai)
    elif isinstance(nilai, str) and re.fullmatch(r"[0-9]{1,9}", nilai.strip()):  # no int() of 4,300 digits or '²'
        n = int(nilai.strip())
    else:
        return None
    return n if model.nilai_min <= n <= model.nilai_max else None


def _pesan_salah(nilai: Any, unsur: str, skala: _Skala, model: ModelSKM) -> str:
    teks = teks_sel(nilai)
    kutip = teks if len(teks) <= 40 else teks[:30] + "…"  # a cell may hold anything, of any length
    if isinstance(nilai, (int, float)) or teks.lstrip("+-").replace(".", "", 1).replace(",", "", 1).isdigit():
        return (f"jawaban '{kutip}' tidak sah untuk unsur '{unsur}'; isi dengan bilangan bulat {model.nilai_min} "
                f"sampai {model.nilai_max} atau labelnya ({', '.join(skala.tampil)}), atau kosongkan bila tidak "
                "dijawab (hapus pula baris rekapitulasi seperti Jumlah atau NRR)")
    mirip = difflib.get_close_matches(normal_label(teks), list(skala.nilai), n=1, cutoff=0.75)
    saran = f"maksudnya '{skala.tampil[skala.nilai[mirip[0]] - 1]}'? " if mirip else ""
    return f"jawaban '{kutip}' tidak dikenal untuk unsur '{unsur}'; {saran}pilihan: {skala.pilihan()}"


def _pilih_skala(nilai: list[Any], himpunan: Sequence[Sequence[str]]) -> _Skala:
    """The label set covering most of a column's label answers (ties: the first)."""
    mentah = Counter(v for v in nilai if isinstance(v, str))
    hitung: dict[str, int] = {}
    for v, n in mentah.items():
        if not v.strip().isdigit():
            kunci = normal_label(v)
            hitung[kunci] = hitung.get(kunci, 0) + n
    terbaik, skor_terbaik = himpunan[0], -1
    for calon in himpunan:
        normal_calon = {normal_label(t) for t in calon}
        skor = sum(n for k, n in hitung.items() if k in normal_calon)
        if skor > skor_terbaik:
            terbaik, skor_terbaik = calon, skor
    ejaan = {normal_label(v): " ".join(v.split()) for v in mentah}  # labels as this form spells them
    return _Skala({normal_label(t): i for i, t in enumerate(terbaik, start=1)},
                  tuple(ejaan.get(normal_label(t), t) for t in terbaik))


def _kolom_peta(lembar: Lembar, judul: Judul, peta: PetaSurvei, model: ModelSKM | None,
                lokasi_yaml: LokasiKunci) -> tuple[ModelSKM, list[int]]:
    """The model and the column of each of its unsur, from the mapping or from the headers."""
    if not peta.kolom:
        if model is None:
            model = deteksi_model(list(judul.sendiri), False)
        hasil = cocokkan_kolom(list(judul.sendiri), model, False, lembar.berkas, judul.terakhir, ketat=False)
        return model, list(hasil.kolom)
    nama_unsur = [str(v) for v in peta.kolom.values()]
    if model is None:
        model = deteksi_model(nama_unsur, False)
    indeks = indeks_nama(model)
    tampil = {n: model.unsur[i].nama for n, i in indeks.items()}
    kolom: dict[int, int] = {}
    kunci_unsur: dict[int, str] = {}
    for kunci, unsur in peta.kolom.items():
        lokasi = lokasi_yaml("kolom", kunci)
        i = indeks.get(normal_nama(unsur))
        if i is None:
            mirip = termirip(unsur, tampil, n=1, cutoff=0.5)
            saran = f"maksudnya '{mirip[0]}'? " if mirip else ""
            raise DataError(f"unsur '{unsur}' tidak dikenal pada model {model.nama}; {saran}unsur yang dikenal: "
                            f"{daftar_nama(u.nama for u in model.unsur)}", lokasi)
        if i in kolom:
            raise DataError(f"unsur '{model.unsur[i].nama}' dipetakan dua kali, dari '{kunci_unsur[i]}' dan "
                            f"'{kunci}'; setiap unsur satu kolom", lokasi)
        k = lembar.cari_kolom(str(kunci), judul, "jawaban survei", lokasi)
        if k >= lembar.lebar:
            raise DataError(f"kolom {huruf_kolom(k)} kosong di {lembar.berkas}"
                            + (f", lembar '{lembar.nama}'" if lembar.nama else "")
                            + f"; lembar itu hanya sampai kolom {huruf_kolom(max(lembar.lebar - 1, 0))}", lokasi)
        kolom[i], kunci_unsur[i] = k, str(kunci)
    hilang = [u.nama for i, u in enumerate(model.unsur) if i not in kolom]
    if hilang:
        raise DataError(f"unsur {daftar_nama(hilang)} belum dipetakan ke kolom; setiap unsur model {model.nama} "
                        "membutuhkan satu kolom (tulis 'huruf kolom: nama unsur' di bawah kolom:)",
                        lokasi_yaml("kolom"))
    return model, [kolom[i] for i in range(len(model.unsur))]


def _kolom_pilihan(lembar: Lembar, judul: Judul, kunci: str | None, dikenal: frozenset[str],
                   lokasi: Lokasi | None) -> int | None:
    if kunci is not None:
        return lembar.cari_kolom(kunci, judul, "survei", lokasi)
    for k, teks in enumerate(judul.sendiri):
        if normal(teks) in dikenal:
            return k
    return None


def _tanggal(nilai: Any, urutan_dmy: bool) -> dt.date | None:
    if isinstance(nilai, dt.datetime):
        return nilai.date()
    if isinstance(nilai, dt.date):
        return nilai
    if not isinstance(nilai, str):
        return None
    teks = nilai.strip()
    try:
        m = _TANGGAL_ISO.match(teks)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _TANGGAL_DMY.match(teks)
        if m:
            a, b = int(m[1]), int(m[2])
            return dt.date(int(m[3]), b, a) if urutan_dmy else dt.date(int(m[3]), a, b)
    except ValueError:
        return None
    return None


def _periode(nilai: list[Any]) -> tuple[dt.date, dt.date] | None:
    """First and last day of the answers; day/month order of text dates read from the column."""
    dmy = [m for v in nilai if isinstance(v, str) and (m := _TANGGAL_DMY.match(v.strip()))]
    urutan_dmy = True
    if dmy:
        hari_dulu = any(int(m[1]) > 12 for m in dmy)
        bulan_dulu = any(int(m[2]) > 12 for m in dmy)
        if hari_dulu == bulan_dulu:  # both or neither: the order cannot be told
            dmy_saja = [v for v in nilai if not (isinstance(v, str) and _TANGGAL_DMY.match(v.strip()))]
            nilai = dmy_saja
        urutan_dmy = not bulan_dulu
    tanggal = [t for v in nilai if (t := _tanggal(v, urutan_dmy)) is not None]
    return (min(tanggal), max(tanggal)) if tanggal else None


def baca_survei(path: Path, berkas: str | None = None, peta: PetaSurvei | None = None,
                model: ModelSKM | None = None, *, lokasi_yaml: LokasiKunci = _tanpa_lokasi) -> BacaanSurvei:
    """Read a survey export (see the module docstring).

    A wrong mapping or an unreadable file is a DataError; problems of single cells are findings.
    """
    peta = peta or PetaSurvei()
    lembar = baca_lembar(path, berkas, peta.lembar)
    judul = lembar.judul(peta.baris_judul)
    model, kolom = _kolom_peta(lembar, judul, peta, model, lokasi_yaml)
    k_waktu = _kolom_pilihan(lembar, judul, peta.waktu, _JUDUL_WAKTU, lokasi_yaml("waktu"))
    k_responden = _kolom_pilihan(lembar, judul, peta.responden, _JUDUL_RESPONDEN, lokasi_yaml("responden"))
    himpunan = [tuple(s) for s in peta.label] + list(SKALA_LABEL)

    lebar = max([*kolom, k_waktu or 0, k_responden or 0]) + 1
    data: list[tuple[int, tuple[Any, ...]]] = []
    for no, r in lembar.baris_terisi(judul.terakhir + 1):
        if len(r) < lebar:
            r = r + (None,) * (lebar - len(r))
        if any(isi(r[k]) for k in kolom):
            data.append((no, r))
    temuan: list[Temuan] = []
    if not data:
        raise DataError("tidak ada satu pun jawaban responden di bawah baris judul; setiap baris di bawah judul "
                        "berisi jawaban satu responden", lembar.lokasi(judul.terakhir))

    nilai: list[list[int | None]] = [[None] * len(kolom) for _ in data]
    kosong: list[tuple[int, int, int]] = []  # (data index, unsur index, column)
    salah = False
    for i_u, k in enumerate(kolom):
        isi_kolom = [r[k] for _, r in data]
        skala = _pilih_skala(isi_kolom, himpunan)
        cache: dict[Any, int | None] = {}  # an answer text or code is classified once per column
        for i_r, v in enumerate(isi_kolom):
            kunci = v if isinstance(v, (str, int, float)) else repr(v)
            n = cache.get(kunci, _BELUM)
            if n is _BELUM:
                if not isi(v):
                    n = _KOSONG
                else:
                    n = _kode(v, model)
                    if n is None and isinstance(v, str):
                        n = skala.nilai.get(normal_label(v))
                cache[kunci] = n
            if n is _KOSONG:
                kosong.append((i_r, i_u, k))
                continue
            if n is None:
                salah = True
                temuan.append(Temuan("galat", _pesan_salah(v, model.unsur[i_u].nama, skala, model),
                                     lembar.lokasi(data[i_r][0], k), JAWABAN))
            nilai[i_r][i_u] = n
    if kosong:
        rumus = lembar.rumus((data[i_r][0], k) for i_r, _, k in kosong)
        for i_r, i_u, k in kosong:
            no = data[i_r][0]
            if (no, k) in rumus:
                salah = True
                temuan.append(Temuan("galat", pesan_rumus(rumus[(no, k)]), lembar.lokasi(no, k), JAWABAN))
            else:
                temuan.append(Temuan("peringatan", f"jawaban unsur '{model.unsur[i_u].nama}' kosong; responden ini "
                                                   "tidak dihitung pada NRR unsur itu", lembar.lokasi(no, k),
                                     JAWABAN_KOSONG))
    temuan += _ganda(lembar, data, k_responden)
    periode = _periode([r[k_waktu] for _, r in data]) if k_waktu is not None else None
    if salah:
        return BacaanSurvei(None, tuple(temuan), periode)
    diabaikan = [j for j in range(len(judul.sendiri)) if j not in kolom]
    jawaban = JawabanSurvei(
        model=model,
        nilai=tuple(tuple(b) for b in nilai),
        kolom_unsur=tuple(judul.sendiri[k] or huruf_kolom(k) for k in kolom),
        kolom_diabaikan=tuple(judul.sendiri[j] or f"(kolom {huruf_kolom(j)} tanpa judul)" for j in diabaikan),
        baris=tuple(no for no, _ in data),
        berkas=lembar.berkas,
    )
    return BacaanSurvei(jawaban, tuple(temuan), periode)


def _ganda(lembar: Lembar, data: list[tuple[int, tuple[Any, ...]]], k_responden: int | None) -> list[Temuan]:
    """Respondents met twice: by the respondent column, else by a row equal in every cell."""
    temuan: list[Temuan] = []
    dilihat: dict[str, int] = {}
    baris_sama: dict[tuple[Any, ...], int] = {}
    for no, r in data:
        if k_responden is not None and k_responden < len(r) and isi(r[k_responden]):
            kunci = normal(teks_sel(r[k_responden]))
            if kunci in dilihat:
                temuan.append(Temuan(
                    "peringatan", f"responden '{teks_sel(r[k_responden])}' sudah mengisi pada baris {dilihat[kunci]} "
                                  f"(sel {huruf_kolom(k_responden)}{dilihat[kunci]}); bila ini pengisian ganda, hapus "
                                  "salah satu barisnya", lembar.lokasi(no, k_responden), RESPONDEN_GANDA))
                continue
            dilihat[kunci] = no
        isi_baris = tuple(r)
        while isi_baris and not isi(isi_baris[-1]):
            isi_baris = isi_baris[:-1]
        if isi_baris in baris_sama:
            temuan.append(Temuan(
                "peringatan", f"baris ini sama persis dengan baris {baris_sama[isi_baris]} (semua sel); bila ini "
                              "pengisian ganda, hapus salah satunya", lembar.lokasi(no), RESPONDEN_GANDA))
        else:
            baris_sama[isi_baris] = no
    return temuan


__all__ = ["JAWABAN", "JAWABAN_KOSONG", "RESPONDEN_GANDA", "SKALA_LABEL", "BacaanSurvei", "PetaSurvei",
           "baca_survei", "normal_label"]
