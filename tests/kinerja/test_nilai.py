"""Targets and realisasi as reports write them: a number, a mutu letter, or both ("B (80 %)")."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.errors import DataError
from doctools.kinerja.nilai import NilaiTakSejenis, UraianNilai, capaian_nilai, sama_nilai, urai_nilai

PETA = {"A": D(4), "B": D(3), "C": D(2), "D": D(1)}


@pytest.mark.parametrize(("tertulis", "label", "angka"), [
    # the forms of the LKj Mumbulsari 2020 and the SAKIP Bumiaji 2019
    ("B (80 %)", "B", D(80)),
    ("B (70,89 %)", "B", D("70.89")),
    ("B (100%)", "B", D(100)),
    ("85 (B)", "B", D(85)),
    ("B 100", "B", D(100)),
    ("B 91,51 %", "B", D("91.51")),
    ("B", "B", None),
    ("Sangat Baik (90)", "Sangat Baik", D(90)),
    ("BB (70.5)", "BB", D("70.5")),
    ("WTP", "WTP", None),
    ("9 Desa Mandiri", "9 Desa Mandiri", None),   # a count with words is a label, not a number
])
def test_urai_nilai(tertulis: str, label: str | None, angka: D | None) -> None:
    assert urai_nilai(tertulis) == UraianNilai(label, angka)


def test_angka_tetap_angka() -> None:
    assert urai_nilai(D("82.5")) == UraianNilai(None, D("82.5"))


def test_sama_nilai() -> None:
    assert sama_nilai("B (80)", "b (80 %)")
    assert sama_nilai("B (70,89 %)", "B (70.89)")
    assert not sama_nilai("B (80)", "B")
    assert not sama_nilai("B (80)", "B (81)")
    assert sama_nilai(D(80), D("80.0"))
    assert not sama_nilai(D(80), "B (80)")


def test_capaian_dari_angka_bila_keduanya_berangka() -> None:
    # the seed's SKM row: target B (80 %), realisasi B (70,89 %)
    assert capaian_nilai("B (80 %)", "B (70,89 %)", "positif", "selisih", PETA) == D("70.89") * 100 / 80
    assert capaian_nilai("B (80)", D("82.83"), "positif", "selisih", PETA) == D("82.83") * 100 / 80


def test_capaian_dari_label_bila_salah_satu_tanpa_angka() -> None:
    assert capaian_nilai("B (80)", "B", "positif", "selisih", PETA) == D(100)
    assert capaian_nilai("B", "A", "positif", "selisih", PETA) == D(400) / 3


def test_capaian_tidak_sejenis() -> None:
    with pytest.raises(NilaiTakSejenis):
        capaian_nilai("B", D(82), "positif", "selisih", PETA)


def test_label_tak_dikenal() -> None:
    with pytest.raises(DataError, match="label target 'BB' tidak dikenal"):
        capaian_nilai("BB", "B", "positif", "selisih", PETA)
