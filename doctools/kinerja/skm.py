"""Survei Kepuasan Masyarakat (SKM): from raw answers or aggregated scores to the IKM and mutu.

Two models are data (:class:`ModelSKM`), each carrying the regulation it comes from so a report
can say which one was applied:

* :data:`MODEL_2017` — PermenPAN-RB 14/2017: 9 unsur, bobot 1/9, nilai konversi ×25, mutu
  A/B/C/D on the IKM rounded to 2 decimals (25,00–64,99 D Tidak Baik; 65,00–76,60 C Kurang Baik;
  76,61–88,30 B Baik; 88,31–100,00 A Sangat Baik).
* :data:`MODEL_2004` — KepMenPAN 25/2004 (revoked): 14 unsur, bobot 1/14, mutu D 25,00–43,75 /
  C 43,76–62,50 / B 62,51–81,25 / A 81,26–100,00. The unsur names are recalled from the
  regulation and not verified against its text (see each unsur's ``pasti``).

**Arithmetic.** Everything is computed with exact fractions (the bobot is exactly ``1/n``, not the
regulation's printed "0,11"), and converted to :class:`~decimal.Decimal` (28 significant digits)
only in the result, so a survey where everyone answered 4 gives an IKM of exactly 100. Nothing is
rounded except to pick a mutu, which reads the value rounded to 2 decimals half-up (the printed
value), as the regulation's table is written in 2-decimal values.

    NRR unsur            = Σ nilai / number of respondents who answered that unsur
    NRR tertimbang unsur = NRR × bobot
    IKM                  = Σ NRR tertimbang × 25   (= mean of the NRR × 25)
    nilai konversi unsur = NRR × 25

**Unsur are matched by name, never by position** (questionnaires differ: many swap U8 and U9).
Names are compared after normalisation — case, punctuation and spaces ignored, "&" read as
"dan", "/" as a space, the word "dan" dropped, and a leading number or code ("1.", "U1 -")
dropped — and common aliases are accepted ("Prosedur", "Biaya", "Tarif", "Pengaduan",
"Sarana", ...). Positional codes alone ("U1" … "U9") are accepted only with
``kode_posisi=True``.

**Columns of a raw answer file** (:func:`baca_jawaban`): the first non-empty row is the header.
A column is an unsur column when its header matches an unsur of the model by name or alias (or
is a positional code, when allowed). Every other column is ignored and listed in
:attr:`JawabanSurvei.kolom_diabaikan` — *except* a header that looks like an unsur but is not
one (a near miss of an unsur name, or a positional code while codes are not allowed): that is an
error naming the closest unsur, since a misspelt unsur silently ignored would change the IKM.
Known respondent columns (No, Nama, Responden, Jenis Kelamin, Umur, Pendidikan, Pekerjaan,
Saran, ...) are always ignored. Each unsur of the model must have exactly one column.

**Rows**: one per respondent; each unsur cell holds an integer 1–4, or is blank when the
respondent did not answer it (NRR divides by those who answered). A row whose unsur cells are all
blank is not a respondent and is skipped. Anything else is an error naming the file, the row as
a spreadsheet counts it (header = row 1 when it is the first line) and the column header.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
import textwrap
import unicodedata
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Literal

from doctools.errors import DataError, Lokasi, RenderError
from doctools.kinerja.capaian import Angka, bulatkan, ke_decimal

# --- models ------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnsurSKM:
    """One unsur (service element) of a model: position code, canonical name, aliases."""

    kode: str
    nama: str
    alias: tuple[str, ...] = ()
    pasti: bool = True
    """False when the name is recalled from the regulation rather than verified."""


@dataclass(frozen=True)
class IntervalMutu:
    """A mutu band on the 25–100 scale, both ends inclusive, read on 2-decimal values."""

    batas_bawah: Decimal
    batas_atas: Decimal
    mutu: str
    kinerja: str


@dataclass(frozen=True)
class ModelSKM:
    """An SKM model: its unsur, mutu intervals and the regulation it comes from."""

    kode: str
    nama: str
    dasar_hukum: str
    unsur: tuple[UnsurSKM, ...]
    interval_mutu: tuple[IntervalMutu, ...]
    """Ascending; they must tile 25,00–100,00 in steps of 0,01."""
    faktor_konversi: int = 25
    nilai_min: int = 1
    nilai_max: int = 4
    catatan: str | None = None

    @property
    def bobot(self) -> Fraction:
        """Exactly ``1 / number of unsur``."""
        return Fraction(1, len(self.unsur))

    @property
    def jumlah_unsur(self) -> int:
        return len(self.unsur)


def _interval(bawah: str, atas: str, mutu: str, kinerja: str) -> IntervalMutu:
    return IntervalMutu(Decimal(bawah), Decimal(atas), mutu, kinerja)


MODEL_2017 = ModelSKM(
    kode="permenpanrb-14-2017",
    nama="SKM PermenPAN-RB 14/2017 (9 unsur)",
    dasar_hukum=(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun "
        "2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan "
        "Publik"
    ),
    unsur=(
        UnsurSKM("U1", "Persyaratan", ("Persyaratan Pelayanan", "Syarat", "Syarat Pelayanan")),
        UnsurSKM(
            "U2",
            "Sistem, Mekanisme, dan Prosedur",
            ("Prosedur", "Prosedur Pelayanan", "Sistem Mekanisme", "Mekanisme dan Prosedur",
             "Sistem dan Prosedur", "Sistem, Mekanisme, dan Prosedur Pelayanan"),
        ),
        UnsurSKM(
            "U3",
            "Waktu Penyelesaian",
            ("Waktu", "Waktu Pelayanan", "Waktu Penyelesaian Pelayanan", "Jangka Waktu",
             "Jangka Waktu Pelayanan", "Jangka Waktu Penyelesaian"),
        ),
        UnsurSKM("U4", "Biaya/Tarif", ("Biaya", "Tarif", "Biaya Pelayanan", "Tarif Pelayanan")),
        UnsurSKM(
            "U5",
            "Produk Spesifikasi Jenis Pelayanan",
            ("Produk", "Produk Pelayanan", "Produk Layanan", "Spesifikasi Jenis Pelayanan",
             "Produk Spesifikasi Pelayanan", "Produk, Spesifikasi, dan Jenis Pelayanan"),
        ),
        UnsurSKM(
            "U6",
            "Kompetensi Pelaksana",
            ("Kompetensi", "Kompetensi Petugas", "Kompetensi Pelaksana Pelayanan"),
        ),
        UnsurSKM(
            "U7",
            "Perilaku Pelaksana",
            ("Perilaku", "Perilaku Petugas", "Perilaku Pelaksana Pelayanan"),
        ),
        UnsurSKM(
            "U8",
            "Penanganan Pengaduan, Saran dan Masukan",
            ("Pengaduan", "Penanganan Pengaduan", "Pengaduan, Saran dan Masukan",
             "Penanganan Pengaduan dan Saran", "Penanganan Pengaduan Pengguna Layanan"),
        ),
        UnsurSKM(
            "U9",
            "Sarana dan Prasarana",
            ("Sarana", "Prasarana", "Sarana Prasarana Pelayanan", "Sarana dan Prasarana Pelayanan"),
        ),
    ),
    interval_mutu=(
        _interval("25.00", "64.99", "D", "Tidak Baik"),
        _interval("65.00", "76.60", "C", "Kurang Baik"),
        _interval("76.61", "88.30", "B", "Baik"),
        _interval("88.31", "100.00", "A", "Sangat Baik"),
    ),
    catatan=(
        "Urutan unsur mengikuti ruang lingkup dalam peraturan; banyak kuesioner menukar urutan "
        "U8 dan U9, sehingga unsur dicocokkan menurut nama."
    ),
)

MODEL_2004 = ModelSKM(
    kode="kepmenpan-25-2004",
    nama="IKM KepMenPAN 25/2004 (14 unsur)",
    dasar_hukum=(
        "Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/25/M.PAN/2/2004 tentang "
        "Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat Unit Pelayanan Instansi Pemerintah"
    ),
    # Names as recalled from the regulation; not verified against its text (pasti=False).
    unsur=(
        UnsurSKM("U1", "Prosedur pelayanan", ("Prosedur", "Kemudahan prosedur",
                                              "Kemudahan prosedur pelayanan"), pasti=False),
        UnsurSKM("U2", "Persyaratan pelayanan", ("Persyaratan",), pasti=False),
        UnsurSKM("U3", "Kejelasan petugas pelayanan", ("Kejelasan petugas",), pasti=False),
        UnsurSKM("U4", "Kedisiplinan petugas pelayanan", ("Kedisiplinan petugas", "Kedisiplinan"),
                 pasti=False),
        UnsurSKM("U5", "Tanggung jawab petugas pelayanan", ("Tanggung jawab petugas", "Tanggung jawab"),
                 pasti=False),
        UnsurSKM("U6", "Kemampuan petugas pelayanan", ("Kemampuan petugas", "Kemampuan"), pasti=False),
        UnsurSKM("U7", "Kecepatan pelayanan", ("Kecepatan",), pasti=False),
        UnsurSKM("U8", "Keadilan mendapatkan pelayanan", ("Keadilan", "Keadilan pelayanan"), pasti=False),
        UnsurSKM("U9", "Kesopanan dan keramahan petugas", ("Kesopanan", "Kesopanan petugas",
                                                           "Keramahan petugas"), pasti=False),
        UnsurSKM("U10", "Kewajaran biaya pelayanan", ("Kewajaran biaya",), pasti=False),
        UnsurSKM("U11", "Kepastian biaya pelayanan", ("Kepastian biaya",), pasti=False),
        UnsurSKM("U12", "Kepastian jadwal pelayanan", ("Kepastian jadwal",), pasti=False),
        UnsurSKM("U13", "Kenyamanan lingkungan", ("Kenyamanan",), pasti=False),
        UnsurSKM("U14", "Keamanan pelayanan", ("Keamanan",), pasti=False),
    ),
    interval_mutu=(
        _interval("25.00", "43.75", "D", "Tidak Baik"),
        _interval("43.76", "62.50", "C", "Kurang Baik"),
        _interval("62.51", "81.25", "B", "Baik"),
        _interval("81.26", "100.00", "A", "Sangat Baik"),
    ),
    catatan=(
        "Model lama, sudah dicabut (digantikan PermenPAN-RB 16/2014, kemudian 14/2017); nama "
        "unsur dan interval berdasarkan ingatan atas lampiran keputusan, belum diverifikasi."
    ),
)

MODEL_SKM: tuple[ModelSKM, ...] = (MODEL_2017, MODEL_2004)
"""Models tried, in this order, when the model is detected from the unsur present."""


def model_dengan_unsur(
    dasar: ModelSKM, nama_unsur: Sequence[str], *, kode: str | None = None, nama: str | None = None
) -> ModelSKM:
    """A copy of ``dasar`` (its regulation, conversion and mutu intervals) with other unsur.

    For a questionnaire whose own unsur names match neither model, e.g. the 14 local unsur of
    the Mumbulsari LKj scored on the 2004 intervals. The bobot becomes ``1/len(nama_unsur)``.
    """
    if not nama_unsur:
        raise DataError("daftar unsur model SKM kosong")
    unsur = tuple(UnsurSKM(f"U{i}", str(n).strip()) for i, n in enumerate(nama_unsur, start=1))
    normal = [_normal(u.nama) for u in unsur]
    for i, n in enumerate(normal):
        if not n:
            raise DataError(f"nama unsur ke-{i + 1} kosong")
        if n in normal[:i]:
            raise DataError(f"unsur '{unsur[i].nama}' tertulis dua kali")
    return ModelSKM(
        kode=kode or f"{dasar.kode}-kustom",
        nama=nama or f"{dasar.nama}, unsur kustom",
        dasar_hukum=dasar.dasar_hukum,
        unsur=unsur,
        interval_mutu=dasar.interval_mutu,
        faktor_konversi=dasar.faktor_konversi,
        nilai_min=dasar.nilai_min,
        nilai_max=dasar.nilai_max,
        catatan=dasar.catatan,
    )


# --- mutu ----------------------------------------------------------------------------------


def _angka_id(nilai: Decimal, digit: int = 2) -> str:
    return f"{bulatkan(nilai, digit):.{digit}f}".replace(".", ",")


def mutu(ikm: Angka, model: ModelSKM = MODEL_2017) -> tuple[str, str]:
    """``(mutu, kinerja)`` of an IKM or a nilai konversi, e.g. ``("B", "Baik")``.

    Read on the value rounded to 2 decimals half-up, so 76,605 counts as 76,61 (B on the 2017
    model). A value outside 25,00–100,00 is an error.
    """
    nilai = bulatkan(ke_decimal(ikm, "nilai IKM"))
    bawah, atas = model.interval_mutu[0].batas_bawah, model.interval_mutu[-1].batas_atas
    if nilai < bawah or nilai > atas:
        raise DataError(
            f"nilai IKM {_angka_id(nilai)} di luar rentang {_angka_id(bawah)}–{_angka_id(atas)}; "
            "periksa apakah nilai masih berupa NRR (1–4) dan belum dikali 25"
        )
    pilihan = model.interval_mutu[0]
    for interval in model.interval_mutu:
        if nilai >= interval.batas_bawah:
            pilihan = interval
    return pilihan.mutu, pilihan.kinerja


# --- name matching -------------------------------------------------------------------------

_KODE_POSISI = re.compile(r"^u(\d+)$")
_AWALAN_NOMOR = re.compile(r"^(?:u?\d+)\s+(?=\S)")

# Respondent columns commonly found next to the answers; always ignored (normalised forms).
_KOLOM_BUKAN_UNSUR = frozenset(
    {
        "no", "nomor", "no urut", "nomor urut", "id", "nama", "responden", "nama responden",
        "no responden", "nomor responden", "jenis kelamin", "kelamin", "jk", "l p", "umur", "usia",
        "pendidikan", "pendidikan terakhir", "pekerjaan", "tanggal", "tgl", "tanggal survei",
        "waktu survei", "waktu pengisian", "cap waktu", "timestamp", "jenis layanan", "layanan",
        "jenis pelayanan", "saran", "saran masukan", "kritik saran", "kritik", "komentar",
        "keterangan", "alamat", "desa", "kelurahan", "desa kelurahan", "no hp", "hp", "telepon",
        "email", "nik", "kecamatan", "kabupaten", "kota", "kabupaten kota", "unit", "unit layanan",
        "unit pelayanan", "petugas", "nama petugas", "lokasi", "status", "jam", "bulan", "tahun",
        "periode", "jumlah", "total", "rata rata",
    }
)


def _normal(teks: object) -> str:
    """Normalise a header or unsur name for matching (see the module docstring)."""
    t = unicodedata.normalize("NFKC", str(teks)).casefold()
    t = t.replace("&", " dan ").replace("/", " ")
    t = re.sub(r"[^\w\s]|_", " ", t)
    kata = [k for k in t.split() if k != "dan"]
    return _AWALAN_NOMOR.sub("", " ".join(kata))


def _indeks_nama(model: ModelSKM) -> dict[str, int]:
    indeks: dict[str, int] = {}
    for i, u in enumerate(model.unsur):
        for nama in (u.nama, *u.alias):
            indeks.setdefault(_normal(nama), i)
    return indeks


def _termirip(teks: str, pilihan: Mapping[str, str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Display names of the closest ``pilihan`` (normalised → display) to ``teks``."""
    hasil: list[str] = []
    for cocok in difflib.get_close_matches(_normal(teks), list(pilihan), n=n * 3, cutoff=cutoff):
        nama = pilihan[cocok]
        if nama not in hasil:
            hasil.append(nama)
    return hasil[:n]


def _daftar(nama: Iterable[str]) -> str:
    return ", ".join(f"'{n}'" for n in nama)


@dataclass(frozen=True)
class _Pemetaan:
    kolom: tuple[int, ...]  # column index of each unsur, in model order
    diabaikan: tuple[int, ...]


def _cocokkan(
    judul: Sequence[str],
    model: ModelSKM,
    kode_posisi: bool,
    berkas: str | None,
    baris_judul: int | None,
    ketat: bool,
) -> _Pemetaan:
    """Map headers (or keys) to the unsur of ``model``; ``ketat`` makes every header an unsur."""
    indeks = _indeks_nama(model)
    tampil = {n: model.unsur[i].nama for n, i in indeks.items()}
    kolom: dict[int, int] = {}
    diabaikan: list[int] = []

    def lokasi(j: int | None = None) -> Lokasi:
        return Lokasi(berkas, baris_judul, judul[j] if j is not None else None)

    for j, mentah in enumerate(judul):
        n = _normal(mentah)
        posisi = _KODE_POSISI.match(n)
        i: int | None = None
        if n in indeks:
            i = indeks[n]
        elif posisi:
            if not kode_posisi:
                raise DataError(
                    f"'{mentah}' adalah kode posisi unsur; tulis nama unsurnya (mis. "
                    f"'{model.unsur[0].nama}'), karena urutan unsur berbeda antar kuesioner, atau "
                    "izinkan kode posisi secara eksplisit",
                    lokasi(j),
                )
            nomor = int(posisi.group(1))
            if not 1 <= nomor <= len(model.unsur):
                raise DataError(
                    f"kode '{mentah}' di luar U1–U{len(model.unsur)} untuk model {model.nama}",
                    lokasi(j),
                )
            i = nomor - 1
        elif not n or (n in _KOLOM_BUKAN_UNSUR and not ketat):
            diabaikan.append(j)
            continue
        else:
            mirip = _termirip(n, tampil, cutoff=0.8 if not ketat else 0.5)
            if ketat or mirip:
                saran = f"; yang paling mirip: {_daftar(mirip)}" if mirip else ""
                raise DataError(
                    f"unsur '{mentah}' tidak dikenal pada model {model.nama}{saran}; unsur yang "
                    f"dikenal: {_daftar(u.nama for u in model.unsur)}",
                    lokasi(j),
                )
            diabaikan.append(j)
            continue
        if i in kolom:
            raise DataError(
                f"unsur '{model.unsur[i].nama}' muncul di dua kolom, '{judul[kolom[i]]}' dan "
                f"'{mentah}'; hapus salah satunya",
                lokasi(j),
            )
        kolom[i] = j

    hilang = [i for i in range(len(model.unsur)) if i not in kolom]
    if hilang and not kolom and berkas:
        # not a survey at all: its first line may be anything, so it is not quoted
        raise DataError(
            f"berkas ini tidak tampak seperti jawaban survei: tidak ada satu pun kolom yang bernama unsur SKM "
            f"(model {model.nama}); baris judulnya harus berisi nama unsur, misalnya '{model.unsur[0].nama}'",
            Lokasi(berkas, baris_judul))
    if hilang:
        sisa = {_normal(judul[j]): judul[j] for j in diabaikan if _normal(judul[j])}
        bagian = []
        for i in hilang:
            mirip = _termirip(model.unsur[i].nama, sisa, n=1, cutoff=0.5)
            bagian.append(f"'{model.unsur[i].nama}'" + (f" (kolom yang paling mirip: '{mirip[0]}')" if mirip else ""))
        lain = [judul[j] for j in diabaikan if judul[j]]
        raise DataError(
            f"unsur {', '.join(bagian)} tidak ditemukan untuk model {model.nama}; setiap unsur "
            "harus mempunyai satu kolom bernama unsur tersebut"
            + (f" (kolom yang diabaikan: {_daftar(lain)})" if lain else ""),
            Lokasi(berkas, baris_judul) if berkas else None,
        )
    return _Pemetaan(tuple(kolom[i] for i in range(len(model.unsur))), tuple(diabaikan))


def _deteksi_model(judul: Sequence[str], kode_posisi: bool) -> ModelSKM:
    """The model whose unsur are all present by name; else the one with most matches.

    With positional codes only, the number of codes decides (9 → 2017, 14 → 2004).
    """
    normal = [_normal(j) for j in judul]
    lengkap: list[ModelSKM] = []
    cocok: dict[str, int] = {}
    for model in MODEL_SKM:
        indeks = _indeks_nama(model)
        ditemukan = {indeks[n] for n in normal if n in indeks}
        if kode_posisi:
            for n in normal:
                m = _KODE_POSISI.match(n)
                if m and 1 <= int(m.group(1)) <= len(model.unsur):
                    ditemukan.add(int(m.group(1)) - 1)
            kode = {int(m.group(1)) for n in normal if (m := _KODE_POSISI.match(n))}
            if kode and max(kode) > len(model.unsur):
                continue
        cocok[model.kode] = len(ditemukan)
        if len(ditemukan) == len(model.unsur):
            lengkap.append(model)
    if lengkap:
        return lengkap[0]
    if not cocok:
        return MODEL_SKM[0]
    terbaik = max(MODEL_SKM, key=lambda m: cocok.get(m.kode, -1))
    return terbaik


# --- raw answers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class JawabanSurvei:
    """Raw answers, one tuple per respondent, values in ``model.unsur`` order (None = blank)."""

    model: ModelSKM
    nilai: tuple[tuple[int | None, ...], ...]
    kolom_unsur: tuple[str, ...]
    """The header used for each unsur, in model order."""
    kolom_diabaikan: tuple[str, ...]
    baris: tuple[int, ...]
    """Row number (as a spreadsheet counts it) of each respondent."""
    berkas: str | None = None

    @property
    def jumlah_responden(self) -> int:
        return len(self.nilai)


def _isi_sel(nilai: object) -> str | None:
    if nilai is None:
        return None
    if isinstance(nilai, str):
        return nilai.strip() or None
    return str(nilai)


def _nilai_jawaban(sel: object, model: ModelSKM, lokasi: Lokasi) -> int | None:
    if sel is None or (isinstance(sel, str) and not sel.strip()):
        return None
    nilai: int | None = None
    if isinstance(sel, int) and not isinstance(sel, bool):
        nilai = sel
    elif isinstance(sel, float) and sel.is_integer() or isinstance(sel, Decimal) and sel.is_finite() and sel == sel.to_integral_value():
        nilai = int(sel)
    elif isinstance(sel, str) and re.fullmatch(r"[+]?\d{1,9}", sel.strip()):  # longer is no answer (int() limit)
        nilai = int(sel.strip())
    if nilai is None or not model.nilai_min <= nilai <= model.nilai_max:
        teks = sel.strip() if isinstance(sel, str) else sel
        teks = f"{str(teks)[:20]}…" if len(str(teks)) > 30 else teks
        raise DataError(
            f"jawaban '{teks}' tidak sah; isi dengan bilangan bulat {model.nilai_min} sampai "
            f"{model.nilai_max}, atau kosongkan bila tidak dijawab (hapus pula baris rekapitulasi "
            "seperti Jumlah atau NRR dari berkas jawaban)",
            lokasi,
        )
    return nilai


def jawaban_dari_tabel(
    judul: Sequence[object],
    baris: Iterable[Sequence[object]],
    model: ModelSKM | None = None,
    *,
    kode_posisi: bool = False,
    berkas: str | None = None,
    baris_judul: int = 1,
    nomor_baris: Sequence[int] | None = None,
) -> JawabanSurvei:
    """Raw answers from a header row and data rows (what :func:`baca_jawaban` reads).

    Rows are numbered from ``baris_judul + 1`` unless ``nomor_baris`` gives each row's number.
    The model is detected from the headers when ``model`` is None.
    """
    teks_judul = [str(j).strip() if j is not None else "" for j in judul]
    if model is None:
        model = _deteksi_model(teks_judul, kode_posisi)
    peta = _cocokkan(teks_judul, model, kode_posisi, berkas, baris_judul, ketat=False)
    semua: list[tuple[int | None, ...]] = []
    nomor: list[int] = []
    for k, sel_baris in enumerate(baris):
        no = nomor_baris[k] if nomor_baris is not None else baris_judul + 1 + k
        nilai_baris: list[int | None] = []
        for j in peta.kolom:
            sel = sel_baris[j] if j < len(sel_baris) else None
            nilai_baris.append(_nilai_jawaban(sel, model, Lokasi(berkas, no, teks_judul[j])))
        if all(v is None for v in nilai_baris):
            continue
        semua.append(tuple(nilai_baris))
        nomor.append(no)
    if not semua:
        raise DataError(
            "tidak ada satu pun jawaban responden; setiap baris di bawah judul kolom berisi "
            "jawaban satu responden",
            Lokasi(berkas) if berkas else None,
        )
    return JawabanSurvei(
        model=model,
        nilai=tuple(semua),
        kolom_unsur=tuple(teks_judul[j] for j in peta.kolom),
        kolom_diabaikan=tuple(teks_judul[j] or f"(kolom ke-{j + 1} tanpa judul)" for j in peta.diabaikan),
        baris=tuple(nomor),
        berkas=berkas,
    )


def _baca_csv(path: Path, berkas: str) -> list[tuple[int, list[object]]]:
    try:
        teks = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError("berkas CSV bukan teks UTF-8; simpan ulang sebagai 'CSV UTF-8'", Lokasi(berkas)) from None
    pertama = next((b for b in teks.splitlines() if b.strip()), "")
    pemisah = ","
    terbanyak = 0
    for calon in (",", ";", "\t"):
        jumlah = len(next(csv.reader([pertama], delimiter=calon), []))
        if jumlah > terbanyak:
            pemisah, terbanyak = calon, jumlah
    try:
        return [
            (i, list(r)) for i, r in enumerate(csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah), start=1)
        ]
    except csv.Error:
        raise DataError("berkas CSV tidak dapat dibaca: isinya rusak atau bukan tabel CSV; simpan ulang dari "
                        "Excel sebagai 'CSV UTF-8'", Lokasi(berkas)) from None


def _baca_xlsx(path: Path, berkas: str) -> list[tuple[int, list[object]]]:
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            buku = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise DataError("berkas XLSX tidak dapat dibaca; simpan ulang dari Excel sebagai .xlsx", Lokasi(berkas)) from None
    try:
        lembar = buku.worksheets[0]
        return [(i, list(r)) for i, r in enumerate(lembar.iter_rows(min_row=1, values_only=True), start=1)]
    finally:
        buku.close()


def baca_jawaban(path: Path, model: ModelSKM | None = None, *, kode_posisi: bool = False) -> JawabanSurvei:
    """Read raw answers from a CSV (``,``/``;``/tab, UTF-8 with or without BOM) or XLSX file.

    XLSX: the first sheet. The first non-empty row is the header; see the module docstring for
    which columns are unsur and which rows count. The model is detected from the unsur present
    unless given.
    """
    path = Path(path)
    berkas = str(path)
    if not path.is_file():
        raise DataError("berkas jawaban survei tidak ditemukan", Lokasi(berkas))
    akhiran = path.suffix.lower()
    if akhiran in (".csv", ".txt"):
        semua = _baca_csv(path, berkas)
    elif akhiran in (".xlsx", ".xlsm"):
        semua = _baca_xlsx(path, berkas)
    elif akhiran == ".xls":
        raise DataError("format .xls lama tidak didukung; simpan ulang sebagai .xlsx atau .csv", Lokasi(berkas))
    else:
        raise DataError("berkas jawaban survei harus berupa .csv atau .xlsx", Lokasi(berkas))
    terisi = [(i, r) for i, r in semua if any(_isi_sel(s) is not None for s in r)]
    if not terisi:
        raise DataError("berkas jawaban survei kosong", Lokasi(berkas))
    (baris_judul, judul), data = terisi[0], terisi[1:]
    return jawaban_dari_tabel(
        judul,
        [r for _, r in data],
        model,
        kode_posisi=kode_posisi,
        berkas=berkas,
        baris_judul=baris_judul,
        nomor_baris=[i for i, _ in data],
    )


# --- results -------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class HasilSKM:
    """The whole survey: per-unsur scores, the IKM and its mutu, and the model applied."""

    model: ModelSKM
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


def _hasil(
    model: ModelSKM,
    nrr: Sequence[Fraction],
    jumlah_responden: int | None,
    jumlah: Sequence[int | None],
    menjawab: Sequence[int | None],
    sebaran: Sequence[tuple[int, ...] | None],
) -> HasilSKM:
    konversi = model.faktor_konversi
    unsur: list[NilaiUnsur] = []
    total = Fraction(0)
    for i, u in enumerate(model.unsur):
        tertimbang = nrr[i] * model.bobot
        total += tertimbang
        nilai_konversi = _dec(nrr[i] * konversi)
        huruf, kinerja = mutu(nilai_konversi, model)
        unsur.append(
            NilaiUnsur(
                kode=u.kode,
                nama=u.nama,
                jumlah_nilai=jumlah[i],
                jumlah_menjawab=menjawab[i],
                nrr=_dec(nrr[i]),
                nrr_tertimbang=_dec(tertimbang),
                nilai_konversi=nilai_konversi,
                mutu=huruf,
                kinerja=kinerja,
                sebaran=sebaran[i],
            )
        )
    ikm = _dec(total * konversi)
    huruf, kinerja = mutu(ikm, model)
    return HasilSKM(
        model=model,
        unsur=tuple(unsur),
        jumlah_responden=jumlah_responden,
        nrr_tertimbang=_dec(total),
        ikm=ikm,
        mutu=huruf,
        kinerja=kinerja,
    )


def hitung_skm(jawaban: JawabanSurvei) -> HasilSKM:
    """NRR per unsur, NRR tertimbang, nilai konversi, IKM and mutu from raw answers."""
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
    return _hasil(model, nrr, jawaban.jumlah_responden, jumlah, menjawab, sebaran)


def skm_dari_nilai(
    unsur_nilai: Mapping[str, Angka],
    jumlah_responden: int | None,
    model: ModelSKM | None = None,
    skala: Literal["nrr", "konversi"] = "nrr",
    *,
    kode_posisi: bool = False,
) -> HasilSKM:
    """The IKM from already-aggregated scores per unsur (keys matched by name like headers).

    ``skala="nrr"``: values are NRR (1–4); ``skala="konversi"``: values are NRR × 25 (25–100).
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
        model = _deteksi_model(kunci, kode_posisi)
    peta = _cocokkan(kunci, model, kode_posisi, None, None, ketat=True)
    nilai = list(unsur_nilai.values())
    nrr: list[Fraction] = []
    for i in range(len(model.unsur)):
        j = peta.kolom[i]
        v = ke_decimal(nilai[j], f"nilai unsur '{kunci[j]}'", Lokasi(kolom=kunci[j]))
        bawah, atas = model.nilai_min, model.nilai_max
        if skala == "konversi":
            bawah, atas = bawah * model.faktor_konversi, atas * model.faktor_konversi
        if not bawah <= v <= atas:
            raise DataError(
                f"nilai unsur '{kunci[j]}' {v} di luar rentang {bawah}–{atas} untuk skala '{skala}'",
                Lokasi(kolom=kunci[j]),
            )
        f = Fraction(v)
        nrr.append(f / model.faktor_konversi if skala == "konversi" else f)
    kosong = [None] * len(model.unsur)
    return _hasil(model, nrr, jumlah_responden, kosong, kosong, kosong)


# --- sample size ---------------------------------------------------------------------------

# Krejcie & Morgan (1970), "Determining Sample Size for Research Activities", as reproduced in
# the Lampiran of PermenPAN-RB 14/2017 (population N → minimum sample S) [mem, checked against
# the formula below: it reproduces 89 of the 90 rows when rounded to the nearest integer].
TABEL_KREJCIE_MORGAN: dict[int, int] = {
    10: 10, 15: 14, 20: 19, 25: 24, 30: 28, 35: 32, 40: 36, 45: 40, 50: 44, 55: 48, 60: 52,
    65: 56, 70: 59, 75: 63, 80: 66, 85: 70, 90: 73, 95: 76, 100: 80, 110: 86, 120: 92, 130: 97,
    140: 103, 150: 108, 160: 113, 170: 118, 180: 123, 190: 127, 200: 132, 210: 136, 220: 140,
    230: 144, 240: 148, 250: 152, 260: 155, 270: 159, 280: 162, 290: 165, 300: 169, 320: 175,
    340: 181, 360: 186, 380: 191, 400: 196, 420: 201, 440: 205, 460: 210, 480: 214, 500: 217,
    550: 226, 600: 234, 650: 242, 700: 248, 750: 254, 800: 260, 850: 265, 900: 269, 950: 274,
    1000: 278, 1100: 285, 1200: 291, 1300: 297, 1400: 302, 1500: 306, 1600: 310, 1700: 313,
    1800: 317, 1900: 320, 2000: 322, 2200: 327, 2400: 331, 2600: 335, 2800: 338, 3000: 341,
    3500: 346, 4000: 351, 4500: 354, 5000: 357, 6000: 361, 7000: 364, 8000: 367, 9000: 368,
    10000: 370, 15000: 375, 20000: 377, 30000: 379, 40000: 380, 50000: 381, 75000: 382,
    100000: 384,
}

_CHI2 = Decimal("3.841")
_P = Decimal("0.5")
_D = Decimal("0.05")


def _rumus_krejcie_morgan(n: int) -> Decimal:
    return _CHI2 * n * _P * (1 - _P) / (_D * _D * (n - 1) + _CHI2 * _P * (1 - _P))


def minimal_responden(populasi: int, *, metode: Literal["tabel", "rumus"] = "tabel") -> int:
    """Minimum number of respondents for a population, per Krejcie–Morgan.

    ``s = X²·N·P(1−P) / (d²(N−1) + X²·P(1−P))`` with X² = 3,841, P = 0,5, d = 0,05.

    * ``metode="tabel"`` (default) reproduces the published table: the formula **rounded to the
      nearest integer** (half-up), which is how the table was built — rounding up would give
      15 → 15, 20 → 20, … where the table says 14, 19 (it matches only 44 of its 90 rows) —
      and, from N = 100.000 on, the table's last row 384 (the infinite-population limit
      X²P(1−P)/d² = 384,1; the formula alone gives 383 at 100.000). So 100 → 80,
      1.000 → 278, 10.000 → 370, 100.000 → 384, and the result never decreases as N grows.
    * ``metode="rumus"``: the formula rounded **up** (the conservative reading), capped at N.

    The sample never exceeds the population.
    """
    if isinstance(populasi, bool) or not isinstance(populasi, int) or populasi < 1:
        raise DataError(f"populasi harus bilangan bulat positif, bukan '{populasi}'")
    if metode not in ("tabel", "rumus"):
        raise DataError(f"metode '{metode}' tidak dikenal; pilih 'tabel' atau 'rumus'")
    s = _rumus_krejcie_morgan(populasi)
    if metode == "rumus":
        return min(populasi, math.ceil(s))
    if populasi >= 100000:
        return min(populasi, TABEL_KREJCIE_MORGAN[100000])
    return min(populasi, int(s.to_integral_value(rounding=ROUND_HALF_UP)))


# --- chart ---------------------------------------------------------------------------------


def grafik_skm(hasil: HasilSKM, path: Path) -> Path:
    """Write the chart of :func:`png_grafik_skm` to ``path``."""
    path = Path(path)
    isi = png_grafik_skm(hasil)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(isi)
    except OSError as exc:
        raise RenderError(f"grafik SKM tidak dapat ditulis: {exc.strerror or exc}", Lokasi(str(path))) from None
    return path


def png_grafik_skm(hasil: HasilSKM) -> bytes:
    """A PNG bar chart of the nilai konversi per unsur with the IKM as a red line, drawn in memory.

    Bars are labelled U1…Un with a key of the unsur names under the chart; each bar carries its
    value inside its top; the IKM line runs behind the bars, so it never crosses a value; a legend
    above the axes names the bars and the line ("Rata-rata (IKM) xx,xx: mutu B (Baik)"). No title:
    the document's caption names the figure. Same input → identical bytes (no timestamp or
    software tag, fixed size 8 × 6 in at 150 dpi, bundled DejaVu font).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    n = len(hasil.unsur)
    kode = [u.kode for u in hasil.unsur]
    nilai = [float(u.nilai_konversi) for u in hasil.unsur]
    ikm = float(hasil.ikm)

    fig = Figure(figsize=(8, 6), dpi=150)
    FigureCanvasAgg(fig)
    baris_kunci = math.ceil(n / 2)
    bawah = 0.12 + 0.028 * baris_kunci
    fig.subplots_adjust(left=0.09, right=0.97, top=0.92, bottom=bawah)
    ax = fig.add_subplot(1, 1, 1)
    posisi = list(range(n))
    batang = ax.bar(posisi, nilai, color="#1f5fa8", width=0.65, zorder=2, label="Nilai unsur")
    ax.axhline(ikm, color="#c62828", linestyle="--", linewidth=1.4, zorder=1,
               label=f"Rata-rata (IKM) {_angka_id(hasil.ikm)}: mutu {hasil.mutu} ({hasil.kinerja})")
    for b, u in zip(batang, hasil.unsur):
        ax.text(b.get_x() + b.get_width() / 2, b.get_height() - 1.5, _angka_id(u.nilai_konversi),
                ha="center", va="top", fontsize=7, family="DejaVu Sans", zorder=4, color="white",
                fontweight="bold")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False,
              prop={"size": 8, "family": "DejaVu Sans"})
    ax.set_xticks(posisi)
    ax.set_xticklabels(kode, fontsize=8, family="DejaVu Sans")
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_ylim(0, 110)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.tick_params(axis="y", labelsize=8)
    ax.set_ylabel("Nilai konversi (NRR × 25)", fontsize=8, family="DejaVu Sans")
    ax.grid(axis="y", color="#dddddd", linewidth=0.6, zorder=0)
    for sisi in ("top", "right"):
        ax.spines[sisi].set_visible(False)

    # Key of unsur names, two columns, under the axes.
    for k, u in enumerate(hasil.unsur):
        kolom, baris = divmod(k, baris_kunci)
        teks = textwrap.shorten(f"{u.kode}  {u.nama}", width=58, placeholder="…")
        fig.text(0.06 + 0.47 * kolom, bawah - 0.07 - 0.028 * baris, teks, fontsize=7,
                 ha="left", va="top", family="DejaVu Sans")

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
    return buf.getvalue()


__all__ = [
    "MODEL_2004",
    "MODEL_2017",
    "MODEL_SKM",
    "TABEL_KREJCIE_MORGAN",
    "HasilSKM",
    "IntervalMutu",
    "JawabanSurvei",
    "ModelSKM",
    "NilaiUnsur",
    "UnsurSKM",
    "baca_jawaban",
    "grafik_skm",
    "hitung_skm",
    "png_grafik_skm",
    "jawaban_dari_tabel",
    "minimal_responden",
    "model_dengan_unsur",
    "mutu",
    "skm_dari_nilai",
]
