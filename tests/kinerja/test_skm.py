import csv
from decimal import Decimal as D
from fractions import Fraction
from pathlib import Path
from typing import ClassVar

import pytest

from doctools.errors import DataError
from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import (
    MODEL_2004,
    MODEL_2017,
    TABEL_KREJCIE_MORGAN,
    baca_jawaban,
    grafik_skm,
    hitung_skm,
    jawaban_dari_tabel,
    minimal_responden,
    model_dengan_unsur,
    mutu,
    skm_dari_nilai,
)

# Headers as a questionnaire might write them: aliases, other case and punctuation, and
# Sarana before Pengaduan (the common U8/U9 swap). Plus two respondent columns.
JUDUL = [
    "No", "Jenis Kelamin", "Persyaratan", "Sistem, Mekanisme & Prosedur", "Waktu Penyelesaian",
    "Biaya / Tarif", "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana",
    "perilaku pelaksana", "Sarana dan Prasarana", "Penanganan Pengaduan, Saran dan Masukan",
]
# Answers per respondent in the order U1..U7, U9 (sarana), U8 (pengaduan); "" = not answered.
JAWABAN = [
    ["1", "L", "4", "3", "3", "4", "3", "3", "4", "3", "2"],
    ["2", "P", "3", "3", "2", "4", "3", "4", "4", "3", "3"],
    ["3", "P", "4", "4", "3", "4", "4", "3", "3", "", "2"],
    ["4", "L", "3", "2", "3", "4", "3", "3", "4", "4", "3"],
]


def tulis_csv(path: Path, judul, baris, pemisah=",", bom=False):
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=pemisah)
        w.writerow(judul)
        w.writerows(baris)
    return path


def q(x: D) -> D:
    return bulatkan(x, 10)


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


UNSUR_2004 = [u.nama for u in MODEL_2004.unsur]


class TestModel2004:
    def test_detected_from_14_unsur(self, tmp_path):
        judul = ["Responden"] + UNSUR_2004
        baris = [["A"] + ["3"] * 14, ["B"] + ["2"] * 7 + ["4"] * 7]
        jawaban = baca_jawaban(tulis_csv(tmp_path / "lama.csv", judul, baris))
        assert jawaban.model is MODEL_2004
        hasil = hitung_skm(jawaban)
        assert MODEL_2004.bobot == Fraction(1, 14)
        # NRR: seven unsur 2,5 and seven 3,5 → mean 3 → IKM 75,00 → B on the 2004 intervals
        # (it would be C "Kurang Baik" on the 2017 ones).
        assert hasil.ikm == D(75)
        assert (hasil.mutu, hasil.kinerja) == ("B", "Baik")
        assert hasil.unsur[0].nilai_konversi == D("62.5") and hasil.unsur[0].mutu == "C"
        assert hasil.model.dasar_hukum.startswith("Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/25/M.PAN/2/2004")

    @pytest.mark.parametrize(
        "ikm, huruf",
        [(D(25), "D"), (D("43.75"), "D"), (D("43.754"), "D"), (D("43.755"), "C"), (D("43.76"), "C"),
         (D("62.50"), "C"), (D("62.51"), "B"), (D("70.89"), "B"), (D("81.25"), "B"), (D("81.26"), "A"),
         (D(100), "A")],
    )
    def test_intervals(self, ikm, huruf):
        assert mutu(ikm, MODEL_2004)[0] == huruf

    def test_mumbulsari_seed_scores(self):
        # The seed's 14 local unsur with their scores (NRR × 25); it prints the mean as 70,89 "baik"
        # and 52,5 / 55 as "Kurang baik".
        nama = ["Persyaratan", "Kemudahan Prosedur", "Kecepatan Pelayanan", "Biaya lain (pungutan)",
                "Kesesuaian antara hasil pelayanan dengan ketentuan yang ada", "Kemampuan memberikan pelayanan",
                "Kesopanan petugas", "Kesesuaian pelaksanaan pelayanan dengan standart pelayanan",
                "Penanganan pengaduan dan saran", "Kejelasan alur pembagian petugas pelayanan",
                "Waktu pelaksanaan pelayanan", "Kenyamanan", "Kecepatan dan ketepatan waktu", "Keamanan"]
        skor = ["75", "70", "70", "75", "75", "72.5", "77.5", "65", "52.5", "55", "70", "70", "67.5", "97.5"]
        model = model_dengan_unsur(MODEL_2004, nama)
        hasil = skm_dari_nilai({n: D(s) for n, s in zip(nama, skor)}, 10, model, skala="konversi")
        assert q(hasil.ikm) == D("70.8928571429")  # 992,5 / 14
        assert bulatkan(hasil.ikm) == D("70.89")
        assert (hasil.mutu, hasil.kinerja) == ("B", "Baik")
        per = {u.nama: (u.mutu, u.kinerja) for u in hasil.unsur}
        assert per["Penanganan pengaduan dan saran"] == ("C", "Kurang Baik")
        assert per["Kejelasan alur pembagian petugas pelayanan"] == ("C", "Kurang Baik")
        assert per["Kesesuaian pelaksanaan pelayanan dengan standart pelayanan"] == ("B", "Baik")
        assert per["Keamanan"] == ("A", "Sangat Baik")
        assert hasil.model.dasar_hukum == MODEL_2004.dasar_hukum


@pytest.mark.parametrize(
    "ikm, hasil",
    [(D(25), ("D", "Tidak Baik")), (D("64.99"), ("D", "Tidak Baik")), (D("64.994"), ("D", "Tidak Baik")),
     (D("64.995"), ("C", "Kurang Baik")), (D(65), ("C", "Kurang Baik")), (D("76.60"), ("C", "Kurang Baik")),
     (D("76.604"), ("C", "Kurang Baik")), (D("76.605"), ("B", "Baik")), (D("76.61"), ("B", "Baik")),
     (D("88.30"), ("B", "Baik")), (D("88.31"), ("A", "Sangat Baik")), (D(100), ("A", "Sangat Baik"))],
)
def test_mutu_2017(ikm, hasil):
    assert mutu(ikm, MODEL_2017) == hasil


@pytest.mark.parametrize("ikm", [D("24.99"), D("100.01"), D("3.5")])
def test_mutu_out_of_range(ikm):
    with pytest.raises(DataError, match="di luar rentang 25,00–100,00"):
        mutu(ikm, MODEL_2017)


class TestAggregated:
    NRR: ClassVar[dict[str, str]] = {"Persyaratan": "3", "Prosedur": "3", "Waktu Penyelesaian": "3", "Biaya": "4", "Produk": "3",
           "Kompetensi Pelaksana": "3", "Perilaku Pelaksana": "3", "Pengaduan": "3", "Sarana dan Prasarana": "3"}

    def test_nrr(self):
        hasil = skm_dari_nilai({k: D(v) for k, v in self.NRR.items()}, 120)
        # Σ NRR = 28 → IKM = 28 / 9 × 25 = 77,777…
        assert hasil.model is MODEL_2017
        assert q(hasil.ikm) == D("77.7777777778")
        assert (hasil.mutu, hasil.jumlah_responden) == ("B", 120)
        assert hasil.unsur[0].jumlah_nilai is None and hasil.unsur[0].sebaran is None
        assert hasil.unsur[3].nilai_konversi == D(100)

    def test_konversi_gives_the_same(self):
        a = skm_dari_nilai({k: D(v) for k, v in self.NRR.items()}, None)
        b = skm_dari_nilai({k: D(v) * 25 for k, v in self.NRR.items()}, None, skala="konversi")
        assert a.ikm == b.ikm and [u.nrr for u in a.unsur] == [u.nrr for u in b.unsur]

    def test_unknown_key(self):
        nilai = {**{k: D(v) for k, v in self.NRR.items() if k != "Persyaratan"}, "Persyaratn": D(3)}
        with pytest.raises(DataError, match="unsur 'Persyaratn' tidak dikenal.*'Persyaratan'"):
            skm_dari_nilai(nilai, None, MODEL_2017)

    def test_missing_unsur(self):
        nilai = {k: D(v) for k, v in self.NRR.items() if k != "Biaya"}
        with pytest.raises(DataError, match="unsur 'Biaya/Tarif' tidak ditemukan"):
            skm_dari_nilai(nilai, None)

    def test_out_of_scale(self):
        with pytest.raises(DataError, match="di luar rentang 1–4"):
            skm_dari_nilai({k: D(80) for k in self.NRR}, None)

    def test_bad_respondent_count(self):
        with pytest.raises(DataError, match="jumlah responden"):
            skm_dari_nilai({k: D(3) for k in self.NRR}, 0)


class TestMinimalResponden:
    @pytest.mark.parametrize("populasi, sampel", [(100, 80), (1000, 278), (10000, 370), (100000, 384),
                                                  (1000000, 384), (15, 14), (20, 19), (5, 5), (1, 1)])
    def test_table_values(self, populasi, sampel):
        assert minimal_responden(populasi) == sampel

    def test_reproduces_the_whole_table(self):
        assert {n: minimal_responden(n) for n in TABEL_KREJCIE_MORGAN} == TABEL_KREJCIE_MORGAN

    def test_never_decreases(self):
        nilai = [minimal_responden(n) for n in [*range(1, 3001), *range(3000, 200001, 997)]]
        assert nilai == sorted(nilai)
        assert all(s <= n for n, s in zip(range(1, 3001), nilai))

    def test_rumus_rounds_up(self):
        assert minimal_responden(15, metode="rumus") == 15
        assert minimal_responden(100000, metode="rumus") == 383
        assert minimal_responden(100, metode="rumus") == 80

    def test_bad_population(self):
        with pytest.raises(DataError, match="populasi harus bilangan bulat positif"):
            minimal_responden(0)


def test_grafik_is_png_and_deterministic(tmp_path):
    hasil = hitung_skm(jawaban_dari_tabel(JUDUL, JAWABAN))
    a = grafik_skm(hasil, tmp_path / "a.png")
    b = grafik_skm(hasil, tmp_path / "sub" / "b.png")
    assert a == tmp_path / "a.png"
    data = a.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10000
    assert data == b.read_bytes()
    assert b"Software" not in data


def test_grafik_14_unsur(tmp_path):
    hasil = skm_dari_nilai({n: D(3) for n in UNSUR_2004}, None)
    assert hasil.model is MODEL_2004
    assert grafik_skm(hasil, tmp_path / "g.png").stat().st_size > 10000


def test_models_have_no_alias_collisions():
    from doctools.kinerja.skm import _normal

    for model in (MODEL_2017, MODEL_2004):
        seen: dict[str, str] = {}
        for u in model.unsur:
            for nama in {_normal(n) for n in (u.nama, *u.alias)}:
                assert nama not in seen, (nama, u.nama, seen.get(nama))
                seen[nama] = u.nama
        assert len(model.unsur) in (9, 14)
        assert sum(model.bobot for _ in model.unsur) == 1
