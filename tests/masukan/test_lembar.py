"""One sheet read with cell locations: column letters, file names in the data, headers, text of a cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from doctools.errors import DataError
from doctools.masukan.lembar import (
    adalah_huruf_kolom,
    baca_lembar,
    berkas_data,
    huruf_kolom,
    indeks_kolom,
    lokasi_sel,
    periksa_nama_berkas,
    teks_sel,
)


@pytest.mark.parametrize(("indeks", "huruf"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
def test_huruf_kolom_dan_kembali(indeks: int, huruf: str) -> None:
    assert huruf_kolom(indeks) == huruf and indeks_kolom(huruf) == indeks and adalah_huruf_kolom(huruf)


def test_bukan_huruf_kolom() -> None:
    assert not adalah_huruf_kolom("Pagu") and not adalah_huruf_kolom("ABCD") and not adalah_huruf_kolom("a1")


def test_lokasi_sel_dan_baris() -> None:
    sel = lokasi_sel("skm.xlsx", "Form Responses 1", 17, 3)
    assert str(sel) == "skm.xlsx, lembar 'Form Responses 1', sel D17"
    assert (sel.baris, sel.kolom) == (17, "'Form Responses 1'!D17")
    baris = lokasi_sel("realisasi.csv", None, 4)
    assert str(baris) == "realisasi.csv, baris 4" and baris.kolom == "4"


@pytest.mark.parametrize(("nama", "pesan"), [
    ("/srv/skm.xlsx", "harus berada di dalam folder data"),
    ("C:\\data\\skm.xlsx", "harus berada di dalam folder data"),
    ("../skm.xlsx", "harus berada di dalam folder data"),
    ("skm.xls", "berformat .xls lama; simpan ulang dari Excel sebagai .xlsx"),
    ("skm.ods", "harus berakhiran .xlsx atau .csv"),
])
def test_nama_berkas_dalam_data(nama: str, pesan: str) -> None:
    with pytest.raises(ValueError, match=pesan):
        periksa_nama_berkas(nama, (".xlsx", ".csv"))
    assert periksa_nama_berkas("survei/skm-2025.XLSX", (".xlsx", ".csv")) == "survei/skm-2025.XLSX"


def test_berkas_data_harus_ada_di_folder(tmp_path: Path) -> None:
    (tmp_path / "skm.csv").write_text("a\n", encoding="utf-8")
    assert berkas_data(tmp_path, "skm.csv", None, "jawaban survei") == tmp_path / "skm.csv"
    with pytest.raises(DataError, match="berkas jawaban survei 'lain.csv' tidak ditemukan"):
        berkas_data(tmp_path, "lain.csv", None, "jawaban survei")


def test_teks_sel() -> None:
    assert teks_sel(None) == "" and teks_sel(12.0) == "12" and teks_sel(12.5) == "12.5"
    assert teks_sel(dt.datetime(2025, 1, 2, 8, 30)) == "2025-01-02 08:30:00"
    assert teks_sel("  Biaya \n / Tarif ") == "Biaya / Tarif"


def test_judul_dua_baris_xlsx_dan_letak_sel(tmp_path: Path) -> None:
    path = tmp_path / "realisasi.xlsx"
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet("APBD")
    ws.write_row(0, 0, ["Laporan Realisasi"])
    ws.write_row(2, 0, ["Kode", "Uraian", "Anggaran", None])
    ws.write_row(3, 0, [None, None, "Pagu", "Realisasi"])
    ws.write_row(4, 0, ["7.01.01", "Program A", 1000, 900])
    buku.close()
    lembar = baca_lembar(path, "realisasi.xlsx", "APBD")
    judul = lembar.judul((3, 4))
    assert judul.sendiri[:4] == ("Kode", "Uraian", "Pagu", "Realisasi")
    assert lembar.nilai(5, 2) == 1000 and str(lembar.lokasi(5, 2)) == "realisasi.xlsx, lembar 'APBD', sel C5"
    with pytest.raises(DataError, match="baris judul 2 kosong"):
        lembar.judul((2, 2))
    with pytest.raises(DataError, match="tidak mempunyai lembar"):
        baca_lembar(tmp_path / "a.csv", lembar="APBD")
