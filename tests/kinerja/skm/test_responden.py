"""doctools.kinerja.skm.responden: the minimal number of respondents (Krejcie & Morgan)."""

from __future__ import annotations

import pytest

from doctools.errors import DataError
from doctools.kinerja.skm import (
    TABEL_KREJCIE_MORGAN,
    minimal_responden,
)


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
