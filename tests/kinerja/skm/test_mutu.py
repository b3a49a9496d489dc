"""doctools.kinerja.skm.mutu: the mutu of an IKM on the 2017 intervals, and an IKM out of range."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.errors import DataError
from doctools.kinerja.skm import (
    MODEL_2017,
    mutu,
)


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
