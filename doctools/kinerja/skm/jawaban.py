"""Raw answers: one row per respondent, an integer 1–4 per unsur, read from a table, a CSV or an XLSX file.

The first non-empty row is the header; see :mod:`doctools.kinerja.skm` for which columns count
and how rows are read.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from doctools.errors import DataError, Lokasi
from doctools.kinerja.skm.model import ModelSKM
from doctools.kinerja.skm.nama import cocokkan_kolom, deteksi_model


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
        model = deteksi_model(teks_judul, kode_posisi)
    peta = cocokkan_kolom(teks_judul, model, kode_posisi, berkas, baris_judul, ketat=False)
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
