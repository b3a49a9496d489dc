"""Tests for doctools.fmt.tanggal."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from doctools.fmt.tanggal import (
    NAMA_BULAN,
    NAMA_HARI,
    RUANG_HARI,
    RUANG_TANGGAL,
    TanggalTulis,
    bulan_tahun,
    hari,
    hari_tanggal,
    parse_tanggal,
    parse_tanggal_tulis,
    tanggal,
    tanggal_tulis,
)


def test_tabel() -> None:
    assert NAMA_BULAN[0] == "Januari" and NAMA_BULAN[11] == "Desember" and len(NAMA_BULAN) == 12
    assert NAMA_BULAN[1] == "Februari" and NAMA_BULAN[4] == "Mei" and NAMA_BULAN[7] == "Agustus"
    assert NAMA_HARI == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def test_nama_hari_sesuai_weekday() -> None:
    senin = date(2024, 1, 1)  # a Monday
    for i in range(7):
        assert hari(senin + timedelta(days=i)) == NAMA_HARI[i]


@pytest.mark.parametrize(
    ("d", "teks"),
    [
        (date(2023, 4, 4), "4 April 2023"),
        (date(2024, 8, 17), "17 Agustus 2024"),
        (date(2021, 1, 1), "1 Januari 2021"),
        (date(2020, 12, 31), "31 Desember 2020"),
        (date(2024, 2, 29), "29 Februari 2024"),
        (date(2023, 5, 9), "9 Mei 2023"),
    ],
)
def test_tanggal(d: date, teks: str) -> None:
    assert tanggal(d) == teks


def test_bentuk_lain() -> None:
    d = date(2023, 4, 4)
    assert hari(d) == "Selasa"
    assert hari_tanggal(d) == "Selasa, 4 April 2023"
    assert bulan_tahun(date(2021, 1, 15)) == "Januari 2021"
    assert hari_tanggal(date(2024, 8, 17)) == "Sabtu, 17 Agustus 2024"
    assert hari(date(2024, 8, 18)) == "Minggu"


def test_datetime_juga_bisa() -> None:
    assert tanggal(datetime(2023, 4, 4, 10, 30)) == "4 April 2023"


@pytest.mark.parametrize(
    "teks",
    [
        "2023-04-04",
        "2023-4-4",
        "4 April 2023",
        "04 April 2023",
        "4 april 2023",
        "4 APRIL 2023",
        "  4   April   2023 ",
        "4 Apr 2023",
        "4 Apr. 2023",
        "04-04-2023",
        "4-4-2023",
        "4/4/2023",
        "04/04/2023",
        "4.4.2023",
        "Selasa, 4 April 2023",
        "selasa 4 april 2023",
    ],
)
def test_parse_tanggal(teks: str) -> None:
    assert parse_tanggal(teks) == date(2023, 4, 4)


@pytest.mark.parametrize(
    ("teks", "d"),
    [
        ("17 Agt 2024", date(2024, 8, 17)),
        ("17 Agustus 2024", date(2024, 8, 17)),
        ("30 Nopember 2020", date(2020, 11, 30)),
        ("1 Pebruari 2021", date(2021, 2, 1)),
        ("29 Februari 2024", date(2024, 2, 29)),
        ("31-12-2020", date(2020, 12, 31)),
        ("1 Des 2022", date(2022, 12, 1)),
        ("Jum'at, 5 Januari 2024", date(2024, 1, 5)),
        ("Jumat, 5 Januari 2024", date(2024, 1, 5)),
    ],
)
def test_parse_tanggal_ejaan_lain(teks: str, d: date) -> None:
    assert parse_tanggal(teks) == d


def test_parse_tanggal_bolak_balik() -> None:
    d = date(2019, 1, 1)
    while d.year < 2021:
        assert parse_tanggal(tanggal(d)) == d
        assert parse_tanggal(hari_tanggal(d)) == d
        assert parse_tanggal(d.isoformat()) == d
        d += timedelta(days=1)


def test_parse_tanggal_objek_date() -> None:
    assert parse_tanggal(date(2023, 4, 4)) == date(2023, 4, 4)
    assert parse_tanggal(datetime(2023, 4, 4, 8)) == date(2023, 4, 4)


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("31 Februari 2023", r"31 Februari 2023 tidak ada.*hanya sampai tanggal 28"),
        ("29 Februari 2023", r"tidak ada.*28"),
        ("30 Februari 2024", r"tidak ada.*29"),
        ("2023-02-30", r"30 Februari 2023 tidak ada"),
        ("31-04-2023", r"31 April 2023 tidak ada.*30"),
        ("0 April 2023", r"tidak ada"),
        ("2023-13-01", r"bulan harus 1 sampai 12"),
        ("04-13-2023", r"bulan harus 1 sampai 12"),  # m-d-y is not accepted: day first
        ("4 Aprl 2023", r"nama bulan 'Aprl'.*tidak dikenal"),
        ("Rabu, 4 April 2023", r"jatuh pada hari Selasa"),
        ("Senen, 4 April 2023", r"nama hari 'Senen'"),
        ("kemarin", r"tidak bisa dibaca"),
        ("", r"tidak bisa dibaca"),
        ("2023/04/04/01", r"tidak bisa dibaca"),
        ("4 April 23", r"tidak bisa dibaca"),
        ("April 2023", r"tidak bisa dibaca"),
    ],
)
def test_parse_tanggal_salah(teks: str, pesan: str) -> None:
    with pytest.raises(ValueError, match=pesan):
        parse_tanggal(teks)


def test_parse_tanggal_bukan_teks() -> None:
    with pytest.raises(TypeError):
        parse_tanggal(20230404)  # type: ignore[arg-type]


# ---- signing dates whose day (or the whole date) is written by hand ------------------------------


@pytest.mark.parametrize(("teks", "tahun", "bulan", "hari_ke"), [
    ("2017-01", 2017, 1, None),
    ("2025-11", 2025, 11, None),
    ("Januari 2017", 2017, 1, None),
    ("Nopember 2024", 2024, 11, None),
    ("6 Januari 2025", 2025, 1, 6),
    ("2025-01-06", 2025, 1, 6),
    (date(2025, 1, 6), 2025, 1, 6),
])
def test_tanggal_tulis_dibaca(teks: str | date, tahun: int, bulan: int, hari_ke: int | None) -> None:
    assert parse_tanggal_tulis(teks) == TanggalTulis(tahun, bulan, hari_ke)


def test_tanggal_tulis_dicetak_dengan_ruang_untuk_tangan() -> None:
    assert tanggal_tulis(TanggalTulis(2025, 1, 6)) == "6 Januari 2025"
    assert tanggal_tulis(TanggalTulis(2017, 1)) == "\u00a0" * 8 + "Januari 2017"
    assert tanggal_tulis(None) == "\u00a0" * 28
    assert RUANG_HARI.strip() == "" and len(RUANG_TANGGAL) > len(RUANG_HARI)


def test_tanggal_tulis_batas_bulan() -> None:
    februari = TanggalTulis(2024, 2)
    assert (februari.awal, februari.akhir) == (date(2024, 2, 1), date(2024, 2, 29))
    assert februari.lengkap is None and TanggalTulis(2024, 2, 3).lengkap == date(2024, 2, 3)
    assert (februari.isoformat(), str(februari)) == ("2024-02", "Februari 2024")
    assert str(TanggalTulis(2025, 1, 6)) == "6 Januari 2025"


@pytest.mark.parametrize(("teks", "pesan"), [
    ("2017-13", "bulan harus 1 sampai 12, yang tertulis 13"),
    ("Janari 2017", "nama bulan 'Janari' pada tanggal 'Janari 2017' tidak dikenal"),
    ("06-01-2025", "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2025-01-06), atau TTTT-BB bila harinya "
                   "ditulis tangan (2025-01); yang tertulis '06-01-2025'"),
    ("2025-02-30", "tanggal 30 Februari 2025 tidak ada"),
])
def test_tanggal_tulis_salah(teks: str, pesan: str) -> None:
    with pytest.raises(ValueError, match=re.escape(pesan)):
        parse_tanggal_tulis(teks)
