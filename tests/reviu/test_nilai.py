"""How a declared value is compared with a computed one: at the decimals written, names without case."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.reviu.nilai import desimal_tertulis, sama_nilai, sama_pada_ketelitian


@pytest.mark.parametrize(("tertulis", "desimal"), [(D("97"), 0), (D("97.5"), 1), (D("97.50"), 2), (D("97.125"), 2)])
def test_desimal_yang_ditulis(tertulis: D, desimal: int) -> None:
    assert desimal_tertulis(tertulis) == desimal


@pytest.mark.parametrize(("tertulis", "hitung", "sama"), [
    (D("97.5"), D("97.47"), True),      # 97,47 rounds to 97,5 at one decimal
    (D("97.5"), D("97.44"), False),
    (D("97"), D("96.5"), True),         # half up
    (D("97"), D("96.49"), False),
    (D("97.47"), D("97.465"), True),
    (D("97.47"), D("97.474999"), True),
    (D("97.47"), D("97.4749"), True),
    (D("97.48"), D("97.474"), False),
])
def test_sama_pada_ketelitian_yang_ditulis(tertulis: D, hitung: D, sama: bool) -> None:
    assert sama_pada_ketelitian(tertulis, hitung) is sama


def test_sama_nilai_angka_atau_label() -> None:
    assert sama_nilai(D("82.5"), D("82.50")) and not sama_nilai(D(82), D("82.5"))
    assert sama_nilai("Baik ", "baik.") and not sama_nilai("B", D(1))
    assert sama_nilai(None, None) and not sama_nilai(None, "B")
