"""doctools.kinerja.skm.jawaban: raw answers from a table, a CSV or an XLSX file, and the galat of a bad cell."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest

from doctools.errors import DataError
from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import (
    MODEL_2017,
    baca_jawaban,
    hitung_skm,
    jawaban_dari_tabel,
)
from tests.kinerja.skm import JAWABAN, JUDUL, q, tulis_csv


class TestRawCsv:
    def test_hand_computation(self, tmp_path):
        jawaban = baca_jawaban(tulis_csv(tmp_path / "survei.csv", JUDUL, JAWABAN))
        assert jawaban.model is MODEL_2017
        assert jawaban.kolom_diabaikan == ("No", "Jenis Kelamin")
        assert jawaban.baris == (2, 3, 4, 5)
        hasil = hitung_skm(jawaban)
        assert hasil.jumlah_responden == 4
        per = {u.nama: u for u in hasil.unsur}
        assert [u.nama for u in hasil.unsur][7:] == ["Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana"]

        # By hand: sums 14, 12, 11, 16, 13, 13, 15, 10 (of 4) and 10 (of 3, one blank).
        u1 = per["Persyaratan"]
        assert (u1.jumlah_nilai, u1.jumlah_menjawab, u1.nrr) == (14, 4, D("3.5"))
        assert u1.nilai_konversi == D("87.5") and (u1.mutu, u1.kinerja) == ("B", "Baik")
        assert q(u1.nrr_tertimbang) == D("0.3888888889")
        u3 = per["Waktu Penyelesaian"]
        assert (u3.nrr, u3.nilai_konversi, u3.mutu) == (D("2.75"), D("68.75"), "C")
        u4 = per["Biaya/Tarif"]
        assert (u4.nrr, u4.nilai_konversi, u4.mutu, u4.sebaran) == (D(4), D(100), "A", (0, 0, 0, 4))
        u8 = per["Penanganan Pengaduan, Saran dan Masukan"]
        assert (u8.jumlah_nilai, u8.nrr, u8.nilai_konversi, u8.mutu, u8.kinerja) == (
            10, D("2.5"), D("62.5"), "D", "Tidak Baik")
        assert u8.sebaran == (0, 2, 2, 0)
        u9 = per["Sarana dan Prasarana"]
        assert (u9.jumlah_nilai, u9.jumlah_menjawab) == (10, 3)  # the blank is not counted
        assert q(u9.nrr) == D("3.3333333333")
        assert q(u9.nilai_konversi) == D("83.3333333333")
        assert q(u9.nrr_tertimbang) == D("0.3703703704")  # 10/27
        assert u9.mutu == "B"

        # Σ NRR = 29 1/3; Σ tertimbang = 88/27 = 3,259259…; IKM = 2200/27 = 81,481481…
        assert q(hasil.nrr_tertimbang) == D("3.2592592593")
        assert q(hasil.ikm) == D("81.4814814815")
        assert bulatkan(hasil.ikm) == D("81.48")
        assert (hasil.mutu, hasil.kinerja) == ("B", "Baik")
        assert hasil.model.dasar_hukum.startswith("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017")

    def test_column_order_does_not_matter(self, tmp_path):
        a = hitung_skm(baca_jawaban(tulis_csv(tmp_path / "a.csv", JUDUL, JAWABAN)))
        urutan = [10, 2, 9, 0, 8, 3, 7, 1, 6, 4, 5]
        b = hitung_skm(baca_jawaban(tulis_csv(
            tmp_path / "b.csv", [JUDUL[i] for i in urutan], [[r[i] for i in urutan] for r in JAWABAN])))
        assert a == b

    def test_semicolon_and_bom(self, tmp_path):
        a = hitung_skm(baca_jawaban(tulis_csv(tmp_path / "a.csv", JUDUL, JAWABAN)))
        path = tmp_path / "b.csv"
        # Written by hand, unquoted, as Excel (Indonesian locale) saves it: commas inside names.
        teks = ";".join(JUDUL) + "\r\n" + "\r\n".join(";".join(r) for r in JAWABAN) + "\r\n;;;\r\n"
        path.write_bytes(b"\xef\xbb\xbf" + teks.encode("utf-8"))
        b = hitung_skm(baca_jawaban(path))
        assert a == b

    def test_value_5_names_row_and_column(self, tmp_path):
        baris = [r[:] for r in JAWABAN]
        baris[1][4] = "5"  # respondent 2 = spreadsheet row 3, column "Waktu Penyelesaian"
        path = tulis_csv(tmp_path / "survei.csv", JUDUL, baris)
        with pytest.raises(DataError) as info:
            baca_jawaban(path)
        assert str(info.value).startswith(f"{path}:3, kolom 'Waktu Penyelesaian': jawaban '5' tidak sah")
        assert info.value.lokasi.baris == 3

    @pytest.mark.parametrize("isi", ["3,5", "x", "0", "-1", "2.5"])
    def test_other_bad_values(self, tmp_path, isi):
        baris = [r[:] for r in JAWABAN]
        baris[3][2] = isi
        with pytest.raises(DataError, match=f":5, kolom 'Persyaratan': jawaban '{isi}' tidak sah"):
            baca_jawaban(tulis_csv(tmp_path / "s.csv", JUDUL, baris, pemisah=";"))

    def test_positional_codes_need_permission(self, tmp_path):
        judul = ["No"] + [f"U{i}" for i in range(1, 10)]
        baris = [["1", "4", "4", "4", "4", "4", "4", "4", "4", "4"]]
        path = tulis_csv(tmp_path / "kode.csv", judul, baris)
        with pytest.raises(DataError, match="kolom 'U1': 'U1' adalah kode posisi unsur"):
            baca_jawaban(path)
        jawaban = baca_jawaban(path, kode_posisi=True)
        assert jawaban.model is MODEL_2017
        assert jawaban.kolom_unsur[0] == "U1"

    def test_misspelt_unsur_is_an_error_not_ignored(self, tmp_path):
        judul = ["Persyaratn" if j == "Persyaratan" else j for j in JUDUL]
        with pytest.raises(DataError) as info:
            baca_jawaban(tulis_csv(tmp_path / "s.csv", judul, JAWABAN))
        assert "unsur 'Persyaratn' tidak dikenal" in str(info.value)
        assert "yang paling mirip: 'Persyaratan'" in str(info.value)

    def test_missing_unsur_reports_closest(self, tmp_path):
        judul = ["Ongkos" if j == "Biaya / Tarif" else j for j in JUDUL]
        with pytest.raises(DataError, match="unsur 'Biaya/Tarif' tidak ditemukan"):
            baca_jawaban(tulis_csv(tmp_path / "s.csv", judul, JAWABAN))

    def test_duplicate_unsur_column(self, tmp_path):
        judul = JUDUL + ["Prosedur"]
        baris = [r + ["3"] for r in JAWABAN]
        with pytest.raises(DataError, match="muncul di dua kolom, 'Sistem, Mekanisme & Prosedur' dan 'Prosedur'"):
            baca_jawaban(tulis_csv(tmp_path / "s.csv", judul, baris))

    def test_aliases(self):
        judul = ["1. Persyaratan", "PROSEDUR", "Waktu", "Biaya", "Produk", "Kompetensi",
                 "Perilaku", "Pengaduan", "Sarana"]
        jawaban = jawaban_dari_tabel(judul, [["4"] * 9])
        assert jawaban.model is MODEL_2017
        assert jawaban.kolom_unsur == tuple(judul)

    def test_empty_rows_are_not_respondents(self):
        jawaban = jawaban_dari_tabel(JUDUL, [JAWABAN[0], ["5", "L"] + [""] * 9, JAWABAN[1]])
        assert jawaban.jumlah_responden == 2
        assert jawaban.baris == (2, 4)

    def test_unsur_nobody_answered(self):
        baris = [r[:9] + [""] + r[10:] for r in JAWABAN]
        with pytest.raises(DataError, match="tidak ada responden yang menjawab unsur 'Sarana dan Prasarana'"):
            hitung_skm(jawaban_dari_tabel(JUDUL, baris))

    def test_unsupported_files(self, tmp_path):
        with pytest.raises(DataError, match="tidak ditemukan"):
            baca_jawaban(tmp_path / "tidak-ada.csv")
        (tmp_path / "lama.xls").write_bytes(b"x")
        with pytest.raises(DataError, match=".xls lama tidak didukung"):
            baca_jawaban(tmp_path / "lama.xls")
        (tmp_path / "latin.csv").write_bytes("Persyaratan;Kenyamanan\xe9\n".encode("latin-1"))
        with pytest.raises(DataError, match="bukan teks UTF-8"):
            baca_jawaban(tmp_path / "latin.csv")


def test_perfect_survey_is_exactly_100():
    hasil = hitung_skm(jawaban_dari_tabel([u.nama for u in MODEL_2017.unsur], [["4"] * 9] * 7))
    assert hasil.ikm == D(100)
    assert hasil.nrr_tertimbang == D(4)
    assert format(bulatkan(hasil.ikm), "f") == "100.00"
    assert (hasil.mutu, hasil.kinerja) == ("A", "Sangat Baik")
    assert MODEL_2017.bobot == Fraction(1, 9)


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    buku = openpyxl.Workbook()
    lembar = buku.active
    lembar.append(["REKAP SKM KECAMATAN"])  # a title row, then an empty row
    lembar.append([])
    lembar.append(JUDUL)
    for r in JAWABAN:
        lembar.append([int(v) if v.isdigit() else (None if v == "" else v) for v in r])
    lembar.append([None] * len(JUDUL))
    path = tmp_path / "survei.xlsx"
    buku.save(path)
    # The title row is the first non-empty row, so it would be taken as the header: remove it.
    lembar.delete_rows(1)
    buku.save(path)
    jawaban = baca_jawaban(path)
    assert jawaban.baris == (3, 4, 5, 6)
    csv_path = tulis_csv(tmp_path / "s.csv", JUDUL, JAWABAN)
    assert hitung_skm(jawaban) == hitung_skm(baca_jawaban(csv_path))


def test_xlsx_bad_value_names_row(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    buku = openpyxl.Workbook()
    lembar = buku.active
    lembar.append(JUDUL)
    lembar.append([1, "L", 4, 3, 3, 4, 3, 3, 4, 3, 2])
    lembar.append([2, "P", 3, 3, 2.5, 4, 3, 4, 4, 3, 3])
    path = tmp_path / "survei.xlsx"
    buku.save(path)
    with pytest.raises(DataError, match=r"survei\.xlsx:3, kolom 'Waktu Penyelesaian': jawaban '2\.5' tidak sah"):
        baca_jawaban(path)
