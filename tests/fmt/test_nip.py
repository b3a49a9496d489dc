"""Tests for doctools.fmt.nip."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from doctools.fmt.nip import NIP, format_nip, parse_nip


@pytest.mark.parametrize(
    ("teks", "format_", "lahir", "tmt", "jk", "urut"),
    [
        ("196706241988031002", "19670624 198803 1 002", date(1967, 6, 24), date(1988, 3, 1), "L", "002"),
        ("19671229 199303 1 008", "19671229 199303 1 008", date(1967, 12, 29), date(1993, 3, 1), "L", "008"),
        ("19630426 199303 1 004", "19630426 199303 1 004", date(1963, 4, 26), date(1993, 3, 1), "L", "004"),
        ("198501152010122003", "19850115 201012 2 003", date(1985, 1, 15), date(2010, 12, 1), "P", "003"),
    ],
)
def test_nip_pns(teks: str, format_: str, lahir: date, tmt: date, jk: str, urut: str) -> None:
    nip = parse_nip(teks)
    assert nip.jenis == "PNS"
    assert nip.angka == format_.replace(" ", "")
    assert nip.format == format_
    assert str(nip) == format_
    assert nip.tanggal_lahir == lahir
    assert nip.tmt == tmt
    assert nip.jenis_kelamin == jk
    assert nip.urut == urut
    assert nip.frekuensi is None
    assert format_nip(teks) == format_


def test_nip_pppk() -> None:
    nip = parse_nip("200012312024211001")
    assert nip.jenis == "PPPK"
    assert nip.tanggal_lahir == date(2000, 12, 31)
    assert nip.tmt == date(2024, 1, 1)
    assert nip.frekuensi == 1
    assert nip.jenis_kelamin == "L"
    assert nip.urut == "001"
    assert nip.format == "20001231 2024 2 1 1 001"
    assert parse_nip(nip.format) == nip


def test_nip_pppk_perempuan_frekuensi_lain() -> None:
    nip = parse_nip("199205172023232145")
    assert (nip.jenis, nip.frekuensi, nip.jenis_kelamin, nip.urut) == ("PPPK", 3, "P", "145")


@pytest.mark.parametrize(
    "teks",
    [
        "19671229 199303 1 008",
        "196712291993031008",
        "NIP. 19671229 199303 1 008",
        "NIP 196712291993031008",
        "nip: 19671229 199303 1 008",
        "NIP.19671229.199303.1.008",
        "19671229.199303.1.008",
        "  19671229  199303  1  008  ",
        "19671229\u00a0199303\u00a01\u00a0008",
        "19671229-199303-1-008",
        196712291993031008,
    ],
)
def test_nip_ditulis_beragam(teks: str | int) -> None:
    assert parse_nip(teks).angka == "196712291993031008"


def test_nip_objek_dilewatkan() -> None:
    nip = parse_nip("196712291993031008")
    assert parse_nip(nip) is nip
    assert format_nip(nip) == "19671229 199303 1 008"


def test_nip_beku_dan_bisa_di_hash() -> None:
    nip = parse_nip("196712291993031008")
    with pytest.raises(dataclasses.FrozenInstanceError):
        nip.angka = "x"  # type: ignore[misc]
    assert {nip, parse_nip("19671229 199303 1 008")} == {nip}
    assert isinstance(nip, NIP)


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("19671229199303100", r"^NIP harus 18 angka, yang tertulis 17 angka$"),
        ("1967122919930310081", r"yang tertulis 19 angka"),
        ("", r"yang tertulis 0 angka"),
        ("NIP.", r"yang tertulis 0 angka"),
        ("1967122919930310A8", r"hanya boleh berisi angka.*'A'"),
        ("19671229 199303 1 OO8", r"hanya boleh berisi angka.*'O'"),
        ("１９６７１２２９１９９３０３１００８", r"hanya boleh berisi angka"),  # full-width digits
        ("196713321993031008", r"^tanggal lahir pada NIP \(19671332\) bukan tanggal yang ada$"),
        ("196702301993031008", r"tanggal lahir pada NIP \(19670230\)"),
        ("000000001993031008", r"tanggal lahir pada NIP \(00000000\)"),
        ("196712291993131008", r"bulan TMT pada NIP \(199313\) harus 01 sampai 12"),
        ("196712291993001008", r"bulan TMT pada NIP \(199300\) harus 01 sampai 12"),
        ("196712291993301008", r"bulan TMT pada NIP \(199330\) harus 01 sampai 12"),
        ("200012312024201001", r"frekuensi 1 sampai 9"),
        ("196712291993033008", r"^digit jenis kelamin NIP harus 1 atau 2, yang tertulis 3$"),
        ("196712291993030008", r"jenis kelamin.*tertulis 0"),
        ("200012312024213001", r"jenis kelamin.*tertulis 3"),
        ("199001011980011001", r"TMT pada NIP \(198001\) lebih awal dari tanggal lahir \(19900101\)"),
        ("199005011990041001", r"lebih awal dari tanggal lahir"),
        ("200012311999211001", r"tahun TMT pada NIP \(1999\) lebih awal dari tahun lahir \(2000\)"),
        ("200012310000211001", r"tahun TMT"),
        ("199001010000011001", r"lebih awal dari tanggal lahir"),
    ],
)
def test_nip_salah(teks: str, pesan: str) -> None:
    with pytest.raises(ValueError, match=pesan):
        parse_nip(teks)


def test_tmt_bulan_lahir_sendiri_diterima() -> None:
    # Only "before birth" is an error; the 18-year rule is a reviu warning, not a parse failure.
    assert parse_nip("199005151990051001").tmt == date(1990, 5, 1)


@pytest.mark.parametrize("salah", [None, 1.5, True, ["1"]])
def test_nip_jenis_salah(salah: object) -> None:
    with pytest.raises(TypeError):
        parse_nip(salah)  # type: ignore[arg-type]
