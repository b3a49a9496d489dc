"""Spreadsheets are untrusted input: bounded reading, and a precise galat for a file that is not one.

An .xlsx is a zip of XML parts: a small file may unpack to gigabytes, or name a row a billion rows
down. Each limit is a galat naming the file (and the sheet, row or cell) before openpyxl is asked
to do the work; each way the named file can be missing has its own message.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from doctools.errors import DataError
from doctools.masukan import lembar
from doctools.masukan.lembar import BATAS_BARIS, BATAS_BITA, BATAS_ISI_XLSX, baca_lembar, berkas_data
from tests.conftest import CONTOH


def _xlsx(path: Path, *sel: tuple[str, object]) -> Path:
    buku = openpyxl.Workbook()
    ws = buku.active
    ws.title = "Data"
    ws["A1"], ws["B1"] = "Nama", "Nilai"
    ws["A2"], ws["B2"] = "satu", 1
    for acuan, nilai in sel:
        ws[acuan] = nilai
    buku.save(path)
    return path


def _galat(path: Path, **kw: object) -> str:
    with pytest.raises(DataError) as info:
        baca_lembar(path, path.name, **kw)  # type: ignore[arg-type]
    return str(info.value)


# ---- size ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("nama", ["besar.xlsx", "besar.csv"])
def test_berkas_terlalu_besar_ditolak_tanpa_dibaca(tmp_path: Path, nama: str) -> None:
    path = tmp_path / nama
    with path.open("wb") as f:  # sparse: nothing is written, the size is what counts
        f.truncate(BATAS_BITA + 1)
    assert _galat(path) == f"{nama}: berkas terlalu besar (20,0 MB; paling besar 20,0 MB); simpan ulang hanya " \
                           "lembar dan baris yang diperlukan"


def test_bom_zip_ditolak_sebelum_dibuka(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 101 MB of zeros packed into about 100 kB: the unpacked size is read from the zip's directory
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(CONTOH / "skm-2025.xlsx") as asli, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in asli.namelist():
            z.writestr(n, asli.read(n))
        z.writestr("xl/media/bom.bin", bytes(BATAS_ISI_XLSX + 1_000_000))
    assert path.stat().st_size < 1_000_000

    def dilarang(*_: object, **__: object) -> None:
        raise AssertionError("openpyxl tidak boleh membuka bom zip")

    monkeypatch.setattr(openpyxl, "load_workbook", dilarang)
    assert _galat(path) == ("bom.xlsx: isi berkas XLSX terlalu besar setelah dibuka (101,1 MB; paling besar "
                            "100,0 MB); simpan ulang hanya lembar dan baris yang diperlukan")


# ---- rows and columns ------------------------------------------------------------------------------


def test_terlalu_banyak_baris_ditolak(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "panjang.xlsx", (f"A{BATAS_BARIS + 1}", "x"))
    assert _galat(path) == (f"panjang.xlsx, lembar 'Data', baris {BATAS_BARIS + 1}: lembar ini mempunyai lebih dari "
                            "100.000 baris (paling banyak 100.000); hapus baris di bawah data, juga baris kosong yang "
                            "diberi format")


def test_baris_satu_miliar_tidak_dijalani(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a row numbered r="999999999" made openpyxl yield every empty row before it
    path = _xlsx(tmp_path / "jauh.xlsx", ("A3", "jauh"))
    with zipfile.ZipFile(path) as z:
        bagian = {n: z.read(n) for n in z.namelist()}
    sheet = bagian["xl/worksheets/sheet1.xml"].decode()
    assert '<row r="3"' in sheet and 'r="A3"' in sheet
    bagian["xl/worksheets/sheet1.xml"] = sheet.replace('<row r="3"', '<row r="999999999"').replace(
        'r="A3"', 'r="A999999999"').encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, isi in bagian.items():
            z.writestr(n, isi)
    monkeypatch.setattr(lembar, "BATAS_BARIS", 50)
    terbaca: list[int] = []
    asli = lembar._baris_terbatas

    def hitung(baris, berkas, nama):  # type: ignore[no-untyped-def]
        def lewat():  # type: ignore[no-untyped-def]
            for r in baris:
                terbaca.append(1)
                yield r
        return asli(lewat(), berkas, nama)

    monkeypatch.setattr(lembar, "_baris_terbatas", hitung)
    assert "lembar ini mempunyai lebih dari 50 baris" in _galat(path)
    assert len(terbaca) == 51


def test_nilai_di_luar_kolom_yang_dibaca_ditolak(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "lebar.xlsx", ("ALM2", "jauh di kanan"))  # column 1001
    assert _galat(path) == ("lebar.xlsx, lembar 'Data', sel ALM2: ada nilai di kolom ALM, di luar 1.000 kolom pertama "
                            "yang dibaca (paling banyak 1.000 kolom); hapus kolom yang tidak diperlukan")


def test_sel_kosong_berformat_di_kanan_diabaikan(tmp_path: Path) -> None:
    # a format applied to a whole row leaves empty cells far right: they are no reason to refuse the file
    buku = openpyxl.Workbook()
    ws = buku.active
    ws["A1"], ws["B1"] = "Nama", "Nilai"
    ws["XFD1"].font = openpyxl.styles.Font(bold=True)
    buku.save(tmp_path / "format.xlsx")
    hasil = baca_lembar(tmp_path / "format.xlsx")
    assert hasil.baris == [("Nama", "Nilai", *([None] * 998))]


def test_csv_terlalu_banyak_baris_ditolak(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lembar, "BATAS_BARIS", 10)
    path = tmp_path / "panjang.csv"
    path.write_text("a,b\n" + "1,2\n" * 10, encoding="utf-8")
    assert _galat(path).startswith("panjang.csv, baris 11: lembar ini mempunyai lebih dari 10 baris")


def test_csv_rusak_dalam_bahasa_indonesia(tmp_path: Path) -> None:
    # csv's own message ("field larger than field limit (131072)") was printed in English
    path = tmp_path / "kutip.csv"
    path.write_bytes(b'a,b\n1,"' + b"x" * 200_000 + b"\n")
    assert _galat(path) == ("kutip.csv, baris 2: berkas CSV tidak dapat dibaca: ada sel yang lebih panjang dari "
                            "131.072 karakter; periksa tanda kutip yang tidak ditutup")


# ---- the file the data names ------------------------------------------------------------------------


def _berkas_data(folder: Path, nama: str) -> str:
    with pytest.raises(DataError) as info:
        berkas_data(folder, nama, None, "jawaban survei")
    return str(info.value)


def test_berkas_data_berupa_folder(tmp_path: Path) -> None:
    (tmp_path / "skm.xlsx").mkdir()
    assert _berkas_data(tmp_path, "skm.xlsx") == \
        "berkas jawaban survei 'skm.xlsx' berupa folder, bukan berkas; tulis nama berkas .xlsx atau .csv"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipa bernama (POSIX)")
def test_berkas_data_berupa_pipa(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "skm.csv")
    assert _berkas_data(tmp_path, "skm.csv") == ("berkas jawaban survei 'skm.csv' bukan berkas biasa (mis. pipa atau "
                                                 "perangkat); simpan datanya sebagai berkas .xlsx atau .csv")


def test_berkas_data_tautan_putus(tmp_path: Path) -> None:
    (tmp_path / "skm.xlsx").symlink_to(tmp_path / "hilang.xlsx")
    assert _berkas_data(tmp_path, "skm.xlsx") == ("berkas jawaban survei 'skm.xlsx' adalah tautan simbolis ke berkas "
                                                  "yang tidak ada; perbaiki atau ganti dengan berkas aslinya")


def test_berkas_data_tautan_berputar(tmp_path: Path) -> None:
    # a loop of links made Path.resolve raise RuntimeError: a traceback
    (tmp_path / "a.xlsx").symlink_to(tmp_path / "b.xlsx")
    (tmp_path / "b.xlsx").symlink_to(tmp_path / "a.xlsx")
    assert _berkas_data(tmp_path, "a.xlsx") == \
        "berkas jawaban survei 'a.xlsx' adalah tautan simbolis yang berputar; ganti dengan berkas aslinya"


def test_berkas_data_tidak_ada(tmp_path: Path) -> None:
    assert _berkas_data(tmp_path, "skm.xlsx") == \
        f"berkas jawaban survei 'skm.xlsx' tidak ditemukan di {tmp_path}; periksa nama dan letaknya"
