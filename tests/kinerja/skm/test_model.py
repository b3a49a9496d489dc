"""doctools.kinerja.skm.model: the 2004 model (14 unsur), detected, scored and its intervals."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest

from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import (
    MODEL_2004,
    hitung_skm,
    model_dengan_unsur,
    mutu,
    skm_dari_nilai,
)
from tests.kinerja.skm import UNSUR_2004, baca, q


class TestModel2004:
    def test_detected_from_14_unsur(self, tmp_path):
        judul = ["Responden"] + UNSUR_2004
        baris = [["A"] + ["3"] * 14, ["B"] + ["2"] * 7 + ["4"] * 7]
        jawaban = baca(tmp_path / "lama.csv", judul, baris)
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
