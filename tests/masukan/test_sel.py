"""Single cells of a budget export: amounts as finance systems print them, kode rekening, the row of column numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from doctools.masukan.sel import GalatSel, baca_kode, baca_uang, baris_nomor_kolom


def test_uang_dalam_bentuk_ekspor() -> None:
    assert baca_uang(1402600000) == Decimal(1402600000)
    assert baca_uang(86455000.00000001) == Decimal(86455000)
    assert baca_uang("1.402.600.000") == Decimal(1402600000)
    assert baca_uang("1.402.600.000,50") == Decimal("1402600000.50")
    assert baca_uang("Rp 1.250.000,-") == Decimal(1250000)
    assert baca_uang("(1.250.000)") == Decimal(-1250000)
    assert baca_uang("-1.250.000") == Decimal(-1250000)
    assert baca_uang("-") == 0 and baca_uang(None) is None and baca_uang("  ") is None


@pytest.mark.parametrize(("nilai", "pesan"), [
    (True, "bukan jumlah uang"),
    (dt.date(2025, 1, 2), "bukan jumlah uang"),
    (float("inf"), "bukan jumlah uang yang dapat dibaca"),
    ("satu juta", r"bukan angka yang bisa dibaca; tulis seperti 1\.250\.000 atau 1\.250\.000,50; angka negatif ditulis dalam kurung"),
])
def test_uang_yang_tidak_terbaca(nilai: object, pesan: str) -> None:
    with pytest.raises(GalatSel, match=pesan):
        baca_uang(nilai)


def test_kode_rekening_dari_angka_excel() -> None:
    assert baca_kode(7.01) == "7.01" and baca_kode(7.0) == "7" and baca_kode(7) == "7"
    assert baca_kode(" 7.01.01.2.01 .") == "7.01.01.2.01" and baca_kode("  ") is None and baca_kode(None) is None


def test_baris_nomor_kolom() -> None:
    assert baris_nomor_kolom((1, 2, 3, None, "4"))
    assert baris_nomor_kolom(("0", "1", "2"))
    assert not baris_nomor_kolom((1, 3, 4)) and not baris_nomor_kolom((2, 3, 4)) and not baris_nomor_kolom((1,))
    assert not baris_nomor_kolom(("Kode", "Uraian", "Pagu"))
