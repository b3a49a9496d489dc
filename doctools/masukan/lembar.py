"""One sheet of a spreadsheet as rows of values, each value findable by its cell address.

An ``.xlsx`` is opened with openpyxl in read-only mode with ``data_only=True``: a formula cell
gives its cached value (what Excel or LibreOffice computed when the file was last saved). A
formula saved without a cached value (files written by some tools) reads as empty; the readers
ask :meth:`Lembar.rumus` about the cells they need, and such a cell becomes a finding that names
it, instead of a silent blank. A ``.csv`` (UTF-8 with or without BOM, ``,``/``;``/tab) is read
as text. Nothing is ever written back: the workbook is opened for reading only and closed at once.

**Header.** The header is one row, or a block of rows when titles are merged (a group title over
several question columns, a title merged down over two rows). openpyxl's read-only mode does not
report merged ranges, so a merge is recognised by its shape: the value sits in the first cell of
the range and the other cells are empty. In a header block, an empty cell of an upper row takes
the title on its left as long as the lowest header row has a title below it (the group title
spreads over its columns), and each column's header is its titles top-down joined with a space;
its *own* title is the lowest one. Without ``baris_judul`` the header is the first non-empty row,
extended by the next row for an .xlsx when that row is all text and fills the gaps of the first
(the two-row shape of a merged header).

**Locations** are :class:`LokasiSel`: ``skm-2025.xlsx, lembar 'Form Responses 1', sel D17``; their
``kolom`` (the JSON field) is the spreadsheet reference ``'Form Responses 1'!D17``.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from doctools.errors import DataError, Lokasi, sebab_os

_HURUF = re.compile(r"^[A-Z]{1,3}$")
AKHIRAN_XLSX = (".xlsx", ".xlsm")
AKHIRAN_CSV = (".csv",)

BATAS_BITA = 20_000_000
"""Largest spreadsheet file, in bytes (a form export of 10,000 respondents is 0.7 MB)."""
BATAS_ISI_XLSX = 100_000_000
"""Most bytes an .xlsx may hold once unpacked (10,000 respondents: 5.6 MB); checked before openpyxl
opens it, so a small file that unpacks to gigabytes (a zip bomb) is refused unread."""
BATAS_BARIS = 100_000
"""Most rows of a sheet (a year's survey of a kecamatan has hundreds)."""
BATAS_KOLOM = 1_000
"""Most columns holding values (a form export has a few dozen)."""


# --- locations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LokasiSel(Lokasi):
    """A cell (or a row) of a sheet; ``baris`` is the row number, ``kolom`` the sheet reference."""

    lembar: str | None = None
    sel: str | None = None

    def __str__(self) -> str:
        bagian = [self.berkas] if self.berkas else []
        if self.lembar:
            bagian.append(f"lembar '{self.lembar}'")
        if self.sel:
            bagian.append(f"sel {self.sel}")
        elif self.baris is not None:
            bagian.append(f"baris {self.baris}")
        return ", ".join(bagian)


def lokasi_sel(berkas: str, lembar: str | None, baris: int | None, kolom: int | None = None) -> LokasiSel:
    """The location of a cell (``kolom`` 0-based) or, without a column, of a whole row."""
    sel = f"{huruf_kolom(kolom)}{baris}" if kolom is not None and baris is not None else None
    acuan = sel or (str(baris) if baris is not None else None)
    if acuan and lembar:
        acuan = f"'{lembar}'!{acuan}"
    return LokasiSel(berkas, baris, acuan, lembar, sel)


def huruf_kolom(indeks: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``."""
    huruf = ""
    n = indeks + 1
    while n:
        n, sisa = divmod(n - 1, 26)
        huruf = chr(65 + sisa) + huruf
    return huruf


def indeks_kolom(huruf: str) -> int:
    """``A`` → 0, ``AA`` → 26."""
    n = 0
    for c in huruf:
        n = n * 26 + ord(c) - 64
    return n - 1


def adalah_huruf_kolom(teks: str) -> bool:
    """A column letter as users write it: 1–3 capital letters (``D``, ``AB``)."""
    return bool(_HURUF.fullmatch(teks.strip()))


# --- files -----------------------------------------------------------------------------------


def periksa_nama_berkas(nama: str, akhiran: Sequence[str]) -> str:
    """A file named in the data: relative, inside the data folder, with an accepted extension.

    Raises ValueError (a model validator's message) otherwise.
    """
    for jalur in (PurePosixPath(nama), PureWindowsPath(nama)):
        if jalur.is_absolute() or jalur.drive or ".." in jalur.parts:
            raise ValueError(f"berkas '{nama}' harus berada di dalam folder data; salin berkasnya ke folder data "
                             "lalu tulis namanya saja, mis. 'skm-2025.xlsx'")
    if not nama.lower().endswith(tuple(akhiran)):
        if nama.lower().endswith(".xls"):
            raise ValueError(f"berkas '{nama}' berformat .xls lama; simpan ulang dari Excel sebagai .xlsx")
        raise ValueError(f"berkas '{nama}' harus berakhiran {' atau '.join(akhiran)}")
    return nama


def berkas_data(folder: Path, nama: str, lokasi: Lokasi | None, apa: str) -> Path:
    """The path of a file named in the data: a regular file inside ``folder`` (links followed).

    Each way it can fail has its own galat: outside the folder, a loop or a dangling symbolic
    link, a folder, a pipe or a device, or nothing of that name.
    """
    path = folder / nama
    try:
        nyata = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a loop of symbolic links (Python before 3.13)
        raise DataError(f"berkas {apa} '{nama}' adalah tautan simbolis yang berputar; ganti dengan berkas aslinya",
                        lokasi) from None
    if not nyata.is_relative_to(folder.resolve()):
        raise DataError(f"berkas {apa} '{nama}' harus berada di dalam folder data {folder}", lokasi)
    if nyata.is_dir():
        raise DataError(f"berkas {apa} '{nama}' berupa folder, bukan berkas; tulis nama berkas .xlsx atau .csv",
                        lokasi)
    if not nyata.exists():
        if path.is_symlink():
            raise DataError(f"berkas {apa} '{nama}' adalah tautan simbolis ke berkas yang tidak ada; perbaiki atau "
                            "ganti dengan berkas aslinya", lokasi)
        raise DataError(f"berkas {apa} '{nama}' tidak ditemukan di {folder}; periksa nama dan letaknya", lokasi)
    if not nyata.is_file():
        raise DataError(f"berkas {apa} '{nama}' bukan berkas biasa (mis. pipa atau perangkat); simpan datanya sebagai "
                        "berkas .xlsx atau .csv", lokasi)
    return path


# --- text helpers ----------------------------------------------------------------------------


def normal(teks: object) -> str:
    """Header text for comparison: NFKC, case and runs of white space ignored."""
    return " ".join(unicodedata.normalize("NFKC", str(teks)).casefold().split())


def isi(nilai: object) -> bool:
    """A cell that holds something (not None, not blank text)."""
    return nilai is not None and not (isinstance(nilai, str) and not nilai.strip())


def teks_sel(nilai: object) -> str:
    """A cell's value as one line of text for messages and headers."""
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    if isinstance(nilai, dt.datetime):
        return nilai.isoformat(sep=" ", timespec="seconds")
    return " ".join(str(nilai).split())


# --- the sheet -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Judul:
    """The header of a sheet: its rows and, per column, the joined titles and the lowest one."""

    pertama: int
    terakhir: int
    lengkap: tuple[str, ...]
    sendiri: tuple[str, ...]

    def teks(self, kolom: int) -> str:
        return self.lengkap[kolom] if kolom < len(self.lengkap) else ""


@dataclass
class Lembar:
    """The values of one sheet; ``baris[r - 1]`` is spreadsheet row ``r`` (rows may be short)."""

    path: Path
    berkas: str
    nama: str | None
    baris: list[tuple[Any, ...]]
    _rumus: dict[tuple[int, int], str] | None = field(default=None, repr=False)

    @property
    def xlsx(self) -> bool:
        return self.nama is not None

    def nilai(self, baris: int, kolom: int) -> Any:
        """The value at spreadsheet row ``baris`` (1-based), column ``kolom`` (0-based)."""
        if baris < 1 or baris > len(self.baris):
            return None
        r = self.baris[baris - 1]
        return r[kolom] if kolom < len(r) else None

    def lokasi(self, baris: int | None, kolom: int | None = None) -> LokasiSel:
        return lokasi_sel(self.berkas, self.nama, baris, kolom)

    @property
    def lebar(self) -> int:
        return max((len(r) for r in self.baris), default=0)

    def rumus(self, sel: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """The formulas saved without a cached value among ``sel`` ((row, column) pairs).

        Only empty cells can be such formulas; the workbook is read a second time, formulas
        instead of values, up to the last row asked about. A CSV has no formulas.
        """
        dicari = {(b, k) for b, k in sel if self.nilai(b, k) is None}
        if not dicari or not self.xlsx:
            return {}
        akhir = max(b for b, _ in dicari)
        hasil: dict[tuple[int, int], str] = {}
        _, semua = _baris_xlsx(self.path, self.berkas, self.nama, rumus=True, sampai=akhir)
        for nomor, r in enumerate(semua, start=1):
            for b, k in dicari:
                if b == nomor and k < len(r) and r[k] is not None:
                    nilai = r[k]
                    hasil[(b, k)] = nilai if isinstance(nilai, str) else str(getattr(nilai, "text", nilai))
        return hasil

    def baris_terisi(self, mulai: int = 1) -> Iterable[tuple[int, tuple[Any, ...]]]:
        """(row number, values) of every row from ``mulai`` holding at least one value."""
        for nomor in range(mulai, len(self.baris) + 1):
            r = self.baris[nomor - 1]
            if any(isi(v) for v in r):
                yield nomor, r

    def judul(self, baris_judul: tuple[int, int] | None = None) -> Judul:
        """The header (see the module docstring); ``baris_judul`` is (first, last) row."""
        if baris_judul is None:
            terisi = iter(self.baris_terisi())
            pertama = next(terisi, None)
            if pertama is None:
                raise DataError("lembar ini kosong", self.lokasi(None))
            awal = akhir = pertama[0]
            kedua = next(terisi, None)
            if self.xlsx and kedua is not None and kedua[0] == awal + 1 and _lanjutan_judul(pertama[1], kedua[1]):
                akhir = kedua[0]
        else:
            awal, akhir = baris_judul
            if awal > len(self.baris) or not any(isi(self.nilai(b, k)) for b in range(awal, akhir + 1)
                                                 for k in range(self.lebar)):
                raise DataError(f"baris judul {awal if awal == akhir else f'{awal}–{akhir}'} kosong; tulis nomor "
                                "baris tempat judul kolom berada", self.lokasi(awal))
        blok = [[teks_sel(self.nilai(b, k)) for k in range(self.lebar)] for b in range(awal, akhir + 1)]
        bawah = blok[-1]
        for r in blok[:-1]:  # a group title spreads right over the columns titled below it
            kiri = ""
            for k in range(len(r)):
                if r[k]:
                    kiri = r[k]
                elif bawah[k] and kiri:
                    r[k] = kiri
                else:
                    kiri = ""
        lengkap, sendiri = [], []
        for k in range(self.lebar):
            bagian = [r[k] for r in blok if r[k]]
            lengkap.append(" ".join(dict.fromkeys(bagian)))
            sendiri.append(bagian[-1] if bagian else "")
        return Judul(awal, akhir, tuple(lengkap), tuple(sendiri))

    def cari_kolom(self, kunci: str, judul: Judul, apa: str, lokasi: Lokasi | None) -> int:
        """The column of a mapping key: a column letter (``D``) or a header text, matched exactly.

        A text close to a header but not equal is an error that suggests it ("maksudnya …?").
        """
        kunci = str(kunci).strip()
        if adalah_huruf_kolom(kunci):
            return indeks_kolom(kunci)
        dicari = normal(kunci)
        for k in range(len(judul.lengkap)):
            if dicari in (normal(judul.lengkap[k]), normal(judul.sendiri[k])) and dicari:
                return k
        pilihan: dict[str, int] = {}
        for k in range(len(judul.lengkap)):
            for teks in (judul.sendiri[k], judul.lengkap[k]):
                if teks:
                    pilihan.setdefault(normal(teks), k)
        mirip = difflib.get_close_matches(dicari, list(pilihan), n=1, cutoff=0.6)
        baris = judul.pertama if judul.pertama == judul.terakhir else f"{judul.pertama}–{judul.terakhir}"
        tempat = f"{self.berkas}" + (f", lembar '{self.nama}'" if self.nama else "") + f", baris {baris}"
        if mirip:
            k = pilihan[mirip[0]]
            saran = f"; maksudnya '{judul.sendiri[k] or judul.lengkap[k]}' (kolom {huruf_kolom(k)})?"
        else:
            saran = "; tulis judulnya persis seperti di lembar itu, atau huruf kolomnya (mis. D)"
        raise DataError(f"kolom {apa} berjudul '{kunci}' tidak ada di {tempat}{saran}", lokasi)


def _lanjutan_judul(atas: Sequence[Any], bawah: Sequence[Any]) -> bool:
    """The second row of a merged two-row header: all text, filling gaps the first row left."""
    if not all(isinstance(v, str) for v in bawah if isi(v)):
        return False
    n = max(len(atas), len(bawah))
    a = [isi(atas[k]) if k < len(atas) else False for k in range(n)]
    b = [isi(bawah[k]) if k < len(bawah) else False for k in range(n)]
    return any(b[k] and not a[k] for k in range(n)) and any(a[k] and not b[k] for k in range(n))


def _mb(bita: int) -> str:
    return f"{bita / 1_000_000:.1f}".replace(".", ",") + " MB"


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _periksa_ukuran(path: Path, berkas: str) -> None:
    """A file larger than :data:`BATAS_BITA` is refused before it is read."""
    try:
        ukuran = path.stat().st_size
    except OSError as exc:
        raise DataError(f"berkas tidak dapat dibaca: {sebab_os(exc)}", Lokasi(berkas)) from None
    if ukuran > BATAS_BITA:
        raise DataError(f"berkas terlalu besar ({_mb(ukuran)}; paling besar {_mb(BATAS_BITA)}); simpan ulang hanya "
                        "lembar dan baris yang diperlukan", Lokasi(berkas))


def _periksa_isi_xlsx(path: Path, berkas: str) -> None:
    """The unpacked size of an .xlsx, from its zip directory (zipfile holds each part to its stated size)."""
    try:
        with zipfile.ZipFile(path) as arsip:
            isi = sum(info.file_size for info in arsip.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DataError("berkas XLSX tidak dapat dibaca; buka di Excel atau LibreOffice lalu simpan ulang "
                        "sebagai .xlsx", Lokasi(berkas)) from None
    if isi > BATAS_ISI_XLSX:
        raise DataError(f"isi berkas XLSX terlalu besar setelah dibuka ({_mb(isi)}; paling besar {_mb(BATAS_ISI_XLSX)}); "
                        "simpan ulang hanya lembar dan baris yang diperlukan", Lokasi(berkas))


def _baris_terbatas(baris: Iterable[Sequence[Any]], berkas: str, lembar: str | None) -> list[tuple[Any, ...]]:
    """The rows of a sheet, at most :data:`BATAS_BARIS` of them with values in :data:`BATAS_KOLOM` columns.

    Empty cells past the last column allowed are dropped (a format applied to a whole row); a
    value there, or any row past the last one allowed, is a galat naming the sheet.
    """
    hasil: list[tuple[Any, ...]] = []
    for nomor, r in enumerate(baris, start=1):
        if nomor > BATAS_BARIS:
            raise DataError(f"lembar ini mempunyai lebih dari {_ribuan(BATAS_BARIS)} baris (paling banyak "
                            f"{_ribuan(BATAS_BARIS)}); hapus baris di bawah data, juga baris kosong yang diberi format",
                            lokasi_sel(berkas, lembar, nomor))
        if len(r) > BATAS_KOLOM:
            lebih = next((k for k in range(BATAS_KOLOM, len(r)) if isi(r[k])), None)
            if lebih is not None:
                raise DataError(f"ada nilai di kolom {huruf_kolom(lebih)}, di luar {_ribuan(BATAS_KOLOM)} kolom pertama "
                                f"yang dibaca (paling banyak {_ribuan(BATAS_KOLOM)} kolom); hapus kolom yang tidak "
                                "diperlukan", lokasi_sel(berkas, lembar, nomor, lebih))
            r = r[:BATAS_KOLOM]
        hasil.append(tuple(r))
    return hasil


def _buka_xlsx(path: Path, berkas: str, rumus: bool) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    _periksa_isi_xlsx(path, berkas)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(path, read_only=True, data_only=not rumus)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise DataError("berkas XLSX tidak dapat dibaca; buka di Excel atau LibreOffice lalu simpan ulang "
                        "sebagai .xlsx", Lokasi(berkas)) from None


def _pilih_lembar(buku: Any, berkas: str, nama: str | None) -> Any:
    nama_ada = list(buku.sheetnames)
    if nama is None:
        return buku[nama_ada[0]]
    if nama in nama_ada:
        return buku[nama]
    sama = [n for n in nama_ada if normal(n) == normal(nama)]
    if len(sama) == 1:
        return buku[sama[0]]
    mirip = difflib.get_close_matches(nama, nama_ada, n=1, cutoff=0.6)
    saran = f"maksudnya '{mirip[0]}'? " if mirip else ""
    raise DataError(f"lembar '{nama}' tidak ada; {saran}lembar yang ada: {', '.join(repr(n) for n in nama_ada)}",
                    Lokasi(berkas))


def _baris_xlsx(path: Path, berkas: str, lembar: str | None, *, rumus: bool = False,
                sampai: int | None = None) -> tuple[str, list[tuple[Any, ...]]]:
    buku = _buka_xlsx(path, berkas, rumus)
    baris: Any = None
    try:
        ws = _pilih_lembar(buku, berkas, lembar)
        ws.reset_dimensions()  # some writers record a wrong sheet size; read what is there
        # one row past the limit is asked for: openpyxl fills a gap only up to max_row, so a lone row far
        # down (r="999999999") costs no more than the limit
        akhir = min(sampai, BATAS_BARIS + 1) if sampai is not None else BATAS_BARIS + 1
        baris = ws.iter_rows(min_row=1, max_row=akhir, values_only=True)
        return ws.title, _baris_terbatas(baris, berkas, ws.title)
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt sheet part surfaces as many exception types
        raise DataError(f"lembar tidak dapat dibaca ({type(exc).__name__}); buka di Excel atau LibreOffice lalu "
                        "simpan ulang sebagai .xlsx", Lokasi(berkas)) from None
    finally:
        if baris is not None:
            baris.close()  # a sheet refused half-way: its part is closed before the archive
        buku.close()


_GALAT_CSV = (
    ("field larger than field limit", f"ada sel yang lebih panjang dari {_ribuan(csv.field_size_limit())} karakter; "
                                      "periksa tanda kutip yang tidak ditutup"),
    ("NUL", "berkas berisi karakter NUL; ini bukan berkas CSV teks, simpan ulang sebagai 'CSV UTF-8'"),
    ("unexpected end of data", "tanda kutip di akhir berkas tidak ditutup"),
)


def _baris_csv(path: Path, berkas: str) -> list[tuple[Any, ...]]:
    _periksa_ukuran(path, berkas)
    try:
        teks = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError("berkas CSV bukan teks UTF-8; simpan ulang sebagai 'CSV UTF-8'", Lokasi(berkas)) from None
    except OSError as exc:
        raise DataError(f"berkas tidak dapat dibaca: {sebab_os(exc)}", Lokasi(berkas)) from None
    pertama = next((b for b in teks.splitlines() if b.strip()), "")
    pemisah, terbanyak = ",", 0
    for calon in (",", ";", "\t"):
        jumlah = len(next(csv.reader([pertama], delimiter=calon), []))
        if jumlah > terbanyak:
            pemisah, terbanyak = calon, jumlah
    pembaca = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah)
    try:
        return _baris_terbatas((tuple(v if v.strip() else None for v in r) for r in pembaca), berkas, None)
    except csv.Error as exc:  # csv's message is English: said again in Bahasa Indonesia, at its line
        pesan = next((p for kunci, p in _GALAT_CSV if kunci in str(exc)), "susunan CSV tidak sah; periksa tanda kutip")
        raise DataError(f"berkas CSV tidak dapat dibaca: {pesan}", lokasi_sel(berkas, None, pembaca.line_num)) from None


def baca_lembar(path: Path, berkas: str | None = None, lembar: str | None = None) -> Lembar:
    """Read one sheet (``lembar``, default the first) of an .xlsx, or a .csv, into memory.

    ``berkas`` is the file's name in messages (default: the path).
    """
    path = Path(path)
    berkas = berkas or str(path)
    akhiran = path.suffix.lower()
    if akhiran in AKHIRAN_XLSX:
        _periksa_ukuran(path, berkas)
        nama, baris = _baris_xlsx(path, berkas, lembar)
        return Lembar(path, berkas, nama, baris)
    if akhiran in AKHIRAN_CSV or akhiran == ".txt":
        if lembar is not None:
            raise DataError(f"berkas CSV tidak mempunyai lembar; hapus 'lembar: {lembar}'", Lokasi(berkas))
        return Lembar(path, berkas, None, _baris_csv(path, berkas))
    if akhiran == ".xls":
        raise DataError("format .xls lama tidak didukung; simpan ulang sebagai .xlsx atau .csv", Lokasi(berkas))
    raise DataError("berkas harus berupa .xlsx atau .csv", Lokasi(berkas))


def pesan_rumus(rumus: str) -> str:
    """The message for a formula saved without its value."""
    return (f"sel ini berisi rumus '{rumus}' tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice lalu "
            "simpan ulang agar nilainya dihitung, atau ketik nilainya")


__all__ = [
    "AKHIRAN_CSV", "AKHIRAN_XLSX", "Judul", "Lembar", "LokasiSel", "adalah_huruf_kolom", "baca_lembar",
    "berkas_data", "huruf_kolom", "indeks_kolom", "isi", "lokasi_sel", "normal", "periksa_nama_berkas",
    "pesan_rumus", "teks_sel",
]
