"""doctools.kinerja.skm.model and .skala: the 2004 questionnaire (14 unsur), a questionnaire of its own, the scales."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest

from doctools.errors import DataError
from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import (
    MODEL_2004,
    hitung_skm,
    model_dengan_unsur,
    skala_skm_bawaan,
    skala_skm_berlaku,
    skm_dari_nilai,
)
from doctools.kinerja.skm.skala import skala_skm_dari_data
from tests.kinerja.skm import SKALA_2004, SKALA_2017, UNSUR_2004, baca, q


class TestModel2004:
    def test_detected_from_14_unsur_and_scored_on_the_scale_given(self, tmp_path):
        judul = ["Responden"] + UNSUR_2004
        baris = [["A"] + ["3"] * 14, ["B"] + ["2"] * 7 + ["4"] * 7]
        jawaban = baca(tmp_path / "lama.csv", judul, baris)
        assert jawaban.model is MODEL_2004
        assert MODEL_2004.bobot == Fraction(1, 14)
        # NRR: seven unsur 2,5 and seven 3,5 → mean 3 → IKM 75,00: B on the 2004 intervals, C "Kurang Baik" on
        # the 2017 ones. The questionnaire does not decide: the scale does.
        lama, baru = hitung_skm(jawaban, SKALA_2004), hitung_skm(jawaban, SKALA_2017)
        assert lama.ikm == baru.ikm == D(75)
        assert (lama.mutu, lama.kinerja, baru.mutu, baru.kinerja) == ("B", "Baik", "C", "Kurang Baik")
        assert lama.unsur[0].nilai_konversi == D("62.5") and lama.unsur[0].mutu == "C"
        assert MODEL_2004.dasar_hukum.startswith("Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/25/M.PAN/2/2004")

    def test_mumbulsari_seed_scores(self):
        # The seed's 14 local unsur with their scores (NRR × 25); it prints the mean as 70,89 "baik"
        # and 52,5 / 55 as "Kurang baik" — the 2004 intervals, in a 2020 report.
        nama = ["Persyaratan", "Kemudahan Prosedur", "Kecepatan Pelayanan", "Biaya lain (pungutan)",
                "Kesesuaian antara hasil pelayanan dengan ketentuan yang ada", "Kemampuan memberikan pelayanan",
                "Kesopanan petugas", "Kesesuaian pelaksanaan pelayanan dengan standart pelayanan",
                "Penanganan pengaduan dan saran", "Kejelasan alur pembagian petugas pelayanan",
                "Waktu pelaksanaan pelayanan", "Kenyamanan", "Kecepatan dan ketepatan waktu", "Keamanan"]
        skor = ["75", "70", "70", "75", "75", "72.5", "77.5", "65", "52.5", "55", "70", "70", "67.5", "97.5"]
        model = model_dengan_unsur(nama)
        nilai = {n: D(s) for n, s in zip(nama, skor)}
        hasil = skm_dari_nilai(nilai, 10, model, skala="konversi", skala_mutu=SKALA_2004)
        assert q(hasil.ikm) == D("70.8928571429")  # 992,5 / 14
        assert bulatkan(hasil.ikm) == D("70.89")
        assert (hasil.mutu, hasil.kinerja) == ("B", "Baik")
        per = {u.nama: (u.mutu, u.kinerja) for u in hasil.unsur}
        assert per["Penanganan pengaduan dan saran"] == ("C", "Kurang Baik")
        assert per["Kesesuaian pelaksanaan pelayanan dengan standart pelayanan"] == ("B", "Baik")
        assert per["Keamanan"] == ("A", "Sangat Baik")
        # the scale in force in 2020 says otherwise
        hasil = skm_dari_nilai(nilai, 10, model, skala="konversi", skala_mutu=SKALA_2017)
        assert (hasil.mutu, hasil.kinerja) == ("C", "Kurang Baik")
        per = {u.nama: (u.mutu, u.kinerja) for u in hasil.unsur}
        assert per["Penanganan pengaduan dan saran"] == ("D", "Tidak Baik")
        assert per["Kesesuaian pelaksanaan pelayanan dengan standart pelayanan"] == ("C", "Kurang Baik")


class TestSkala:
    def test_catalog_and_regulation_in_force(self):
        assert set(skala_skm_bawaan()) == {"permenpanrb-14-2017", "kepmenpan-25-2004"}
        assert skala_skm_berlaku(2017) is SKALA_2017 and skala_skm_berlaku(2025) is SKALA_2017
        assert skala_skm_berlaku(2010) is SKALA_2004
        assert skala_skm_berlaku(2015) is None  # PermenPAN-RB 16/2014: not in the catalog
        assert SKALA_2017.dasar_hukum.startswith("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
                                                 "Birokrasi Nomor 14 Tahun 2017")
        assert [(i.mutu, i.batas_bawah, i.batas_atas) for i in SKALA_2017.interval] == [
            ("D", D("25.00"), D("64.99")), ("C", D("65.00"), D("76.60")), ("B", D("76.61"), D("88.30")),
            ("A", D("88.31"), D("100.00"))]

    def test_own_scale(self):
        skala = skala_skm_dari_data({"nama": "Skala Kabupaten", "dasar_hukum": "Perbup Contoh 1/2020", "mutu": [
            {"mutu": "b", "kinerja": "Baik", "dari": 60, "sampai": 100},
            {"mutu": "C", "kinerja": "Kurang  Baik", "dari": 25, "sampai": 59.99}]})
        assert [(i.mutu, i.kinerja) for i in skala.interval] == [("C", "Kurang Baik"), ("B", "Baik")]
        assert not skala.berlaku_pada(2025)

    @pytest.mark.parametrize("mutu, pesan", [
        ([{"mutu": "B", "kinerja": "Baik", "dari": 25, "sampai": 70},
          {"mutu": "A", "kinerja": "Sangat Baik", "dari": 70, "sampai": 100}], "bertumpang tindih"),
        ([{"mutu": "B", "kinerja": "Baik", "dari": 25, "sampai": 70},
          {"mutu": "A", "kinerja": "Sangat Baik", "dari": 71, "sampai": 100}], "tidak menyambung"),
        ([{"mutu": "A", "kinerja": "Sangat Baik", "dari": 25, "sampai": 99}], "harus mencakup 25,00–100,00"),
        ([{"mutu": "A", "kinerja": "Baik", "dari": 25, "sampai": 70},
          {"mutu": "A", "kinerja": "Sangat Baik", "dari": 70.01, "sampai": 100}], "huruf mutu tertulis dua kali"),
        ([{"mutu": "A", "kinerja": "Baik", "dari": 25}], "kolom sampai belum diisi"),
    ])
    def test_own_scale_refused(self, mutu, pesan):
        with pytest.raises(DataError, match=pesan):
            skala_skm_dari_data({"nama": "x", "dasar_hukum": "y", "mutu": mutu})
