"""Tests for doctools.fmt.angka: rupiah styles, angka, persen, parse_angka."""

from __future__ import annotations

from decimal import Decimal

import pytest

from doctools.fmt.angka import (
    GAYA_RUPIAH,
    GayaRupiah,
    TitikRagu,
    angka,
    ke_decimal,
    parse_angka,
    persen,
    rupiah,
)

NILAI = 1250544365


@pytest.mark.parametrize(
    ("gaya", "diharapkan"),
    [
        ("baku", "Rp 1.250.544.365,00"),
        ("puebi", "Rp1.250.544.365,00"),
        ("titik", "Rp. 1.250.544.365,00"),
        ("titik-strip", "Rp. 1.250.544.365,-"),
        ("polos", "1.250.544.365"),
        ("tanpa-sen", "Rp 1.250.544.365"),
    ],
)
def test_rupiah_setiap_gaya(gaya: str, diharapkan: str) -> None:
    assert rupiah(NILAI, gaya) == diharapkan


def test_rupiah_gaya_bawaan_adalah_baku() -> None:
    assert rupiah(NILAI) == "Rp 1.250.544.365,00"


def test_rupiah_contoh_dari_seed() -> None:
    assert rupiah(210_000_000, "titik") == "Rp. 210.000.000,00"
    assert rupiah(40_990_000, "titik-strip") == "Rp. 40.990.000,-"
    assert rupiah(636_541_800, "tanpa-sen") == "Rp 636.541.800"


def test_semua_preset_terdaftar() -> None:
    assert set(GAYA_RUPIAH) == {"baku", "puebi", "titik", "titik-strip", "polos", "tanpa-sen"}
    assert GAYA_RUPIAH["baku"] == GayaRupiah()


@pytest.mark.parametrize(
    ("gaya", "diharapkan"),
    [
        ("baku", "-Rp 2.500,00"),
        ("puebi", "-Rp2.500,00"),
        ("titik", "-Rp. 2.500,00"),
        ("titik-strip", "-Rp. 2.500,-"),
        ("polos", "-2.500"),
        ("tanpa-sen", "-Rp 2.500"),
    ],
)
def test_rupiah_negatif(gaya: str, diharapkan: str) -> None:
    assert rupiah(-2500, gaya) == diharapkan


@pytest.mark.parametrize(
    ("nilai", "gaya", "diharapkan"),
    [
        (0, "baku", "Rp 0,00"),
        (0, "polos", "0"),
        (Decimal("0.005"), "baku", "Rp 0,01"),
        (0.005, "baku", "Rp 0,01"),
        (Decimal("0.004"), "baku", "Rp 0,00"),
        (Decimal("-0.004"), "baku", "Rp 0,00"),  # no "-Rp 0,00"
        (Decimal("1674830966.585"), "baku", "Rp 1.674.830.966,59"),  # half-up, not half-even
        (Decimal("0.125"), "baku", "Rp 0,13"),
        (Decimal("1.5"), "tanpa-sen", "Rp 2"),
        (Decimal("2.5"), "polos", "3"),  # half-up to whole rupiah, not banker's rounding
        (Decimal("2.49"), "titik-strip", "Rp. 2,-"),
        (Decimal("-2.5"), "polos", "-3"),
        (1250000.5, "baku", "Rp 1.250.000,50"),
        (999, "baku", "Rp 999,00"),
        (1000, "baku", "Rp 1.000,00"),
        (Decimal("1E+3"), "polos", "1.000"),
    ],
)
def test_rupiah_pembulatan(nilai: object, gaya: str, diharapkan: str) -> None:
    assert rupiah(nilai, gaya) == diharapkan  # type: ignore[arg-type]


def test_rupiah_gaya_sendiri() -> None:
    gaya = GayaRupiah(simbol="IDR", spasi=True, desimal="tanpa")
    assert rupiah(1500, gaya) == "IDR 1.500"


def test_rupiah_gaya_tidak_dikenal_menyebut_pilihan() -> None:
    with pytest.raises(ValueError, match="tidak dikenal.*baku.*puebi.*titik-strip.*polos.*tanpa-sen"):
        rupiah(1, "rupiah")


def test_gaya_rupiah_beku() -> None:
    with pytest.raises(AttributeError):
        GAYA_RUPIAH["baku"].simbol = "X"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("nilai", "desimal", "diharapkan"),
    [
        (1250544365, 0, "1.250.544.365"),
        (Decimal("70.885"), 2, "70,89"),
        (Decimal("70.884"), 2, "70,88"),
        (0, 0, "0"),
        (0, 2, "0,00"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (-1234567, 0, "-1.234.567"),
        (Decimal("0.5"), 0, "1"),
        (Decimal("-0.5"), 0, "-1"),
        (Decimal("-0.4"), 0, "0"),
        (1.005, 2, "1,01"),  # float read via str(): 1.005, not 1.00499999...
        (0.1 + 0.2, 2, "0,30"),
        (Decimal("1234567.891"), 3, "1.234.567,891"),
        (12, 1, "12,0"),
    ],
)
def test_angka(nilai: object, desimal: int, diharapkan: str) -> None:
    assert angka(nilai, desimal) == diharapkan  # type: ignore[arg-type]


def test_angka_desimal_negatif_ditolak() -> None:
    with pytest.raises(ValueError, match="desimal"):
        angka(1, -1)


@pytest.mark.parametrize(
    ("nilai", "desimal", "diharapkan"),
    [
        (85, 2, "85,00%"),
        (Decimal("98.745"), 2, "98,75%"),
        (Decimal("98.744"), 2, "98,74%"),
        (100, 0, "100%"),
        (Decimal("85.5"), 1, "85,5%"),
        (1234.5, 2, "1.234,50%"),
        (-5, 2, "-5,00%"),
        (0, 2, "0,00%"),
    ],
)
def test_persen(nilai: object, desimal: int, diharapkan: str) -> None:
    assert persen(nilai, desimal) == diharapkan  # type: ignore[arg-type]


def test_persen_bawaan_dua_desimal() -> None:
    assert persen(85) == "85,00%"


@pytest.mark.parametrize("salah", [True, "12", None, [1]])
def test_jenis_nilai_salah(salah: object) -> None:
    with pytest.raises(TypeError):
        angka(salah)  # type: ignore[arg-type]


@pytest.mark.parametrize("salah", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_nilai_tak_hingga_ditolak(salah: object) -> None:
    with pytest.raises(ValueError, match="terhingga"):
        rupiah(salah)  # type: ignore[arg-type]


def test_ke_decimal_float_tanpa_artefak() -> None:
    assert ke_decimal(0.1) == Decimal("0.1")
    assert ke_decimal(7) == Decimal(7)


@pytest.mark.parametrize(
    ("teks", "diharapkan"),
    [
        ("1.250.000", Decimal(1250000)),
        ("1.250.000,50", Decimal("1250000.50")),
        ("Rp 1.250.000,-", Decimal(1250000)),
        ("Rp. 1.250.544.365,-", Decimal(1250544365)),
        ("Rp1.250.544.365,00", Decimal(1250544365)),
        ("rp 636.541.800", Decimal(636541800)),
        ("IDR 5.000", Decimal(5000)),
        ("1250000", Decimal(1250000)),
        ("85,5", Decimal("85.5")),
        ("85,5%", Decimal("85.5")),
        ("98,75 %", Decimal("98.75")),
        ("1.250", Decimal(1250)),  # a lone '.' + three digits groups thousands
        ("1,250", Decimal("1.25")),  # a lone ',' is always the decimal comma
        ("85.5", Decimal("85.5")),  # a lone '.' that cannot group thousands is a decimal point
        ("0.05", Decimal("0.05")),
        ("0.050", Decimal("0.05")),
        ("1234.5678", Decimal("1234.5678")),
        ("1,250,000", Decimal(1250000)),
        ("1,250,000.50", Decimal("1250000.50")),
        ("  1 250 000  ", Decimal(1250000)),
        ("1\u00a0250\u00a0000", Decimal(1250000)),
        ("-2.500", Decimal(-2500)),
        ("-Rp 2.500,00", Decimal(-2500)),
        ("Rp -2.500", Decimal(-2500)),
        ("\u22122.500", Decimal(-2500)),
        ("+7", Decimal(7)),
        ("0", Decimal(0)),
        ("-0", Decimal(0)),
        ("1.250.000.-", Decimal(1250000)),
        ("007", Decimal(7)),
    ],
)
def test_parse_angka(teks: str, diharapkan: Decimal) -> None:
    hasil = parse_angka(teks)
    assert hasil == diharapkan
    assert isinstance(hasil, Decimal)


def test_parse_angka_menjaga_skala() -> None:
    assert str(parse_angka("1.250.000,50")) == "1250000.50"
    assert not parse_angka("-0").is_signed()


@pytest.mark.parametrize(
    "teks",
    ["", "   ", "abc", "Rp", "12a", "1.25.000", "1.2345.000", "1,2,3", ".5", "5.", "1..2",
     "1.250,000.5", "1,5,0.5", "--5", "1 2/3", "Rp 1.000 rupiah", "%", "1e5"],
)
def test_parse_angka_sampah_ditolak(teks: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_angka(teks)
    assert "angka" in str(info.value)
    assert "\n" not in str(info.value)


def test_parse_angka_pesan_ribuan() -> None:
    with pytest.raises(ValueError, match="kelompok tiga angka"):
        parse_angka("1.25.000")


def test_parse_angka_bukan_teks() -> None:
    with pytest.raises(TypeError):
        parse_angka(1250)  # type: ignore[arg-type]


@pytest.mark.parametrize("n", [0, 1, 999, 1000, 1234567, 1250544365, 10**15])
def test_angka_dan_parse_bolak_balik(n: int) -> None:
    assert parse_angka(angka(n)) == n
    assert parse_angka(rupiah(n)) == n
    assert parse_angka(rupiah(n, "titik-strip")) == n
    assert parse_angka(rupiah(-n, "puebi")) == -n


def test_parse_angka_tolak_ragu_hanya_bila_diminta() -> None:
    assert parse_angka("1.250") == 1250  # the formatter's own output reads back
    with pytest.raises(TitikRagu, match=r"meragukan: .* ribuan \(1250\) atau desimal \(1,25\)"):
        parse_angka("1.250", tolak_ragu=True)
    assert parse_angka("1.250.000", tolak_ragu=True) == 1250000
