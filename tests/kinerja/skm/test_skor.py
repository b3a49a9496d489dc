"""doctools.kinerja.skm.skor: the IKM from aggregated scores (NRR or nilai konversi)."""

from __future__ import annotations

from decimal import Decimal as D
from typing import ClassVar

import pytest

from doctools.errors import DataError
from doctools.kinerja.skm import (
    MODEL_2017,
    skm_dari_nilai,
)
from tests.kinerja.skm import q


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
