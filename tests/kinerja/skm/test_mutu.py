"""doctools.kinerja.skm.mutu: the mutu of an IKM on a scale's intervals, and an IKM out of range."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.errors import DataError
from doctools.kinerja.skm import mutu
from tests.kinerja.skm import SKALA_2004, SKALA_2017


@pytest.mark.parametrize(
    "ikm, hasil",
    [(D(25), ("D", "Tidak Baik")), (D("64.99"), ("D", "Tidak Baik")), (D("64.994"), ("D", "Tidak Baik")),
     (D("64.995"), ("C", "Kurang Baik")), (D(65), ("C", "Kurang Baik")), (D("76.60"), ("C", "Kurang Baik")),
     (D("76.604"), ("C", "Kurang Baik")), (D("76.605"), ("B", "Baik")), (D("76.61"), ("B", "Baik")),
     (D("88.30"), ("B", "Baik")), (D("88.31"), ("A", "Sangat Baik")), (D(100), ("A", "Sangat Baik"))],
)
def test_mutu_2017(ikm, hasil):
    assert mutu(ikm, SKALA_2017) == hasil


@pytest.mark.parametrize(
    "ikm, huruf",
    [(D(25), "D"), (D("43.75"), "D"), (D("43.754"), "D"), (D("43.755"), "C"), (D("43.76"), "C"),
     (D("62.50"), "C"), (D("62.51"), "B"), (D("70.89"), "B"), (D("81.25"), "B"), (D("81.26"), "A"),
     (D(100), "A")],
)
def test_mutu_2004(ikm, huruf):
    assert mutu(ikm, SKALA_2004)[0] == huruf


@pytest.mark.parametrize("ikm", [D("24.99"), D("100.01"), D("3.5")])
def test_mutu_out_of_range(ikm):
    with pytest.raises(DataError, match="di luar rentang 25,00–100,00"):
        mutu(ikm, SKALA_2017)
