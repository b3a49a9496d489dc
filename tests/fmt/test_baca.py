"""doctools.fmt.baca: numbers written in data files, and the messages that refuse one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from doctools.fmt.baca import baca_angka, tampak_angka, tampil


@pytest.mark.parametrize(("nilai", "diharapkan"), [
    (85, Decimal(85)),
    (Decimal("85.5"), Decimal("85.5")),
    (Decimal("0.125"), Decimal("0.125")),       # a thousands group never starts with 0
    (Decimal("1234.5678"), Decimal("1234.5678")),
    ("85 %", Decimal(85)),
    ("85%", Decimal(85)),
    ("85,5", Decimal("85.5")),
    ("1.250.000", Decimal(1250000)),
    ("Rp 5.000", Decimal(5000)),                 # money is never written with a decimal point
    ("5.000,-", Decimal(5000)),
    (999_999_999_999_999, Decimal(999_999_999_999_999)),
])
def test_baca_angka(nilai: object, diharapkan: Decimal) -> None:
    assert baca_angka(nilai) == diharapkan


@pytest.mark.parametrize(("nilai", "pesan"), [
    (Decimal("1.250"), "angka '1.250' meragukan: titik yang diikuti tepat tiga angka bisa berarti ribuan (1250) atau "
                       "desimal (1,25); tulis 1250 bila maksudnya seribu dua ratus lima puluh, atau \"1,25\" (dengan "
                       "koma, dalam tanda kutip) bila maksudnya satu koma dua lima"),
    ("12.500", "tulis 12500 bila maksudnya dua belas ribu lima ratus, atau \"12,5\""),
    (Decimal("5.000"), "tulis 5000 bila maksudnya lima ribu, atau 5 bila maksudnya lima"),
    (Decimal("-1.500"), "ribuan (-1500) atau desimal (-1,5)"),
    (Decimal("1402600.000"), "ribuan (1402600000) atau desimal (1402600)"),  # one dot too few, or a decimal?
    (10**15, "angka 1000000000000000 terlalu besar; angka terbesar yang diterima 999.999.999.999.999"),
    ("9" * 5000, "terlalu besar; angka terbesar yang diterima 999.999.999.999.999"),
    (Decimal("1.1234567"), "lebih dari 6 angka di belakang pemisah desimal"),
    (True, "harus berupa angka (misalnya 85 atau 85.5), yang tertulis 'true'"),
    ([Decimal("80.5"), 90], "yang tertulis '[80.5, 90]'"),
    ("Baik", "yang tertulis 'Baik'"),
    (None, "wajib diisi tetapi kosong"),
    (float("nan"), "harus berupa angka terhingga"),
])
def test_baca_angka_menolak(nilai: object, pesan: str) -> None:
    with pytest.raises(ValueError) as info:
        baca_angka(nilai)
    assert pesan in str(info.value)




@pytest.mark.parametrize(("teks", "angka"), [("85 %", True), ("Rp 5.000,-", True), ("1.250.000,50", True),
                                             ("-2.500", True), ("Baik", False), ("85 orang", False), ("", False)])
def test_tampak_angka(teks: str, angka: bool) -> None:
    assert tampak_angka(teks) is angka


def test_tampil_seperti_ditulis_di_yaml() -> None:
    assert tampil(True) == "true"
    assert tampil(None) == "kosong"
    assert tampil([Decimal("80.5"), {"a": False}]) == "[80.5, {a: false}]"
