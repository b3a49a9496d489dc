"""doctools.kinerja.skm.skor: the IKM from raw answers and from aggregated scores (NRR or nilai konversi)."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction
from typing import ClassVar

import pytest

from doctools.errors import DataError
from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import (
    MODEL_2017,
    hitung_skm,
    skm_dari_nilai,
)
from tests.kinerja.skm import JAWABAN, JUDUL, SKALA_2017, baca, q


def test_hand_computation_from_raw_answers(tmp_path):
    jawaban = baca(tmp_path / "survei.csv", JUDUL, JAWABAN)
    assert jawaban.model is MODEL_2017
    assert jawaban.kolom_diabaikan == ("No", "Jenis Kelamin")
    assert jawaban.baris == (2, 3, 4, 5)
    hasil = hitung_skm(jawaban, SKALA_2017)
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



def test_unsur_nobody_answered(tmp_path):
    baris = [r[:9] + [""] + r[10:] for r in JAWABAN]
    with pytest.raises(DataError, match="tidak ada responden yang menjawab unsur 'Sarana dan Prasarana'"):
        hitung_skm(baca(tmp_path / "s.csv", JUDUL, baris), SKALA_2017)


def test_perfect_survey_is_exactly_100(tmp_path):
    hasil = hitung_skm(baca(tmp_path / "s.csv", [u.nama for u in MODEL_2017.unsur], [["4"] * 9] * 7), SKALA_2017)
    assert hasil.ikm == D(100)
    assert hasil.nrr_tertimbang == D(4)
    assert format(bulatkan(hasil.ikm), "f") == "100.00"
    assert (hasil.mutu, hasil.kinerja) == ("A", "Sangat Baik")
    assert MODEL_2017.bobot == Fraction(1, 9)


class TestAggregated:
    NRR: ClassVar[dict[str, str]] = {"Persyaratan": "3", "Prosedur": "3", "Waktu Penyelesaian": "3", "Biaya": "4", "Produk": "3",
           "Kompetensi Pelaksana": "3", "Perilaku Pelaksana": "3", "Pengaduan": "3", "Sarana dan Prasarana": "3"}

    def test_nrr(self):
        hasil = skm_dari_nilai({k: D(v) for k, v in self.NRR.items()}, 120, skala_mutu=SKALA_2017)
        # Σ NRR = 28 → IKM = 28 / 9 × 25 = 77,777…
        assert hasil.model is MODEL_2017 and hasil.skala is SKALA_2017
        assert q(hasil.ikm) == D("77.7777777778")
        assert (hasil.mutu, hasil.jumlah_responden) == ("B", 120)
        assert hasil.unsur[0].jumlah_nilai is None and hasil.unsur[0].sebaran is None
        assert hasil.unsur[3].nilai_konversi == D(100)

    def test_konversi_gives_the_same(self):
        a = skm_dari_nilai({k: D(v) for k, v in self.NRR.items()}, None, skala_mutu=SKALA_2017)
        b = skm_dari_nilai({k: D(v) * 25 for k, v in self.NRR.items()}, None, skala="konversi",
                           skala_mutu=SKALA_2017)
        assert a.ikm == b.ikm and [u.nrr for u in a.unsur] == [u.nrr for u in b.unsur]

    def test_unknown_key(self):
        nilai = {**{k: D(v) for k, v in self.NRR.items() if k != "Persyaratan"}, "Persyaratn": D(3)}
        with pytest.raises(DataError, match="unsur 'Persyaratn' tidak dikenal.*'Persyaratan'"):
            skm_dari_nilai(nilai, None, MODEL_2017, skala_mutu=SKALA_2017)

    def test_missing_unsur(self):
        nilai = {k: D(v) for k, v in self.NRR.items() if k != "Biaya"}
        with pytest.raises(DataError, match="unsur 'Biaya/Tarif' tidak ditemukan"):
            skm_dari_nilai(nilai, None, skala_mutu=SKALA_2017)

    def test_out_of_scale(self):
        with pytest.raises(DataError, match="di luar rentang 1–4"):
            skm_dari_nilai({k: D(80) for k in self.NRR}, None, skala_mutu=SKALA_2017)

    def test_bad_respondent_count(self):
        with pytest.raises(DataError, match="jumlah responden"):
            skm_dari_nilai({k: D(3) for k in self.NRR}, 0, skala_mutu=SKALA_2017)
