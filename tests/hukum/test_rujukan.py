"""The catalog's cross-references: a missing key, amendments out of order, a circle, each at its line."""

from __future__ import annotations

from pathlib import Path

from tests.hukum.test_katalog import _UU, _muat


def test_perubahan_menggantung(tmp_path: Path) -> None:
    e = _muat(tmp_path, _UU + "    perubahan:\n      - uu-9-2015\n")
    assert str(e) == (
        f"{tmp_path / 'rusak.yaml'}:8, kolom 'peraturan.uu-23-2014.perubahan[0]': 'uu-9-2015' pada kolom "
        "'perubahan' tidak ada dalam katalog"
    )


def test_dicabut_oleh_menggantung_dengan_saran(tmp_path: Path) -> None:
    e = _muat(
        tmp_path,
        _UU
        + "  uu-32-2004:\n    jenis: uu\n    nomor: '32'\n    tahun: 2004\n    tentang: Pemerintahan Daerah\n"
        + "    dicabut_oleh: uu-23-2041\n    berlaku: false\n",
    )
    assert str(e).endswith(
        "rusak.yaml:12, kolom 'peraturan.uu-32-2004.dicabut_oleh': 'uu-23-2041' pada kolom 'dicabut_oleh' "
        "tidak ada dalam katalog; mungkin maksud Anda 'uu-23-2014'"
    )


def test_rujukan_melingkar(tmp_path: Path) -> None:
    e = _muat(
        tmp_path,
        """\
        peraturan:
          pp-1-2020:
            jenis: pp
            nomor: "1"
            tahun: 2020
            tentang: A
            perubahan: [pp-2-2020]
          pp-2-2020:
            jenis: pp
            nomor: "2"
            tahun: 2020
            tentang: B
            perubahan: [pp-1-2020]
        """,
    )
    assert str(e).endswith(
        "rusak.yaml:13, kolom 'peraturan.pp-2-2020.perubahan[0]': rujukan melingkar lewat "
        "'perubahan'/'dicabut_oleh': pp-1-2020 → pp-2-2020 → pp-1-2020"
    )


def test_urutan_perubahan_terbalik(tmp_path: Path) -> None:
    e = _muat(
        tmp_path,
        """\
        peraturan:
          uu-1-2010:
            jenis: uu
            nomor: "1"
            tahun: 2010
            tentang: A
            perubahan: [uu-5-2015, uu-2-2012]
          uu-2-2012:
            jenis: uu
            nomor: "2"
            tahun: 2012
            tentang: B
          uu-5-2015:
            jenis: uu
            nomor: "5"
            tahun: 2015
            tentang: C
        """,
    )
    assert str(e).endswith(
        "rusak.yaml:7, kolom 'peraturan.uu-1-2010.perubahan[1]': urutan 'perubahan' harus dari yang terlama "
        "ke yang terbaru: 'uu-2-2012' lebih tua daripada 'uu-5-2015'"
    )


def test_mengubah_tidak_cocok(tmp_path: Path) -> None:
    e = _muat(
        tmp_path,
        _UU
        + "  uu-9-2015:\n    jenis: uu\n    nomor: '9'\n    tahun: 2015\n    tentang: X\n    mengubah: uu-23-2014\n",
    )
    assert str(e).endswith(
        "rusak.yaml:12, kolom 'peraturan.uu-9-2015.mengubah[0]': 'uu-9-2015' mengubah 'uu-23-2014', tetapi "
        "tidak tercantum dalam kolom 'perubahan' milik 'uu-23-2014'"
    )
