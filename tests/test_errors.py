"""Errors a user can act on: where a value was written, one line per problem, the exit code of each kind."""

from __future__ import annotations

import errno

import pytest

from doctools.errors import (
    ConversionError,
    DataError,
    KumpulanGalat,
    Lokasi,
    RenderError,
    TemplateError,
    sebab_os,
)


def test_lokasi_berkas_baris_kolom() -> None:
    assert str(Lokasi("kinerja.yaml", 12, "sasaran[0].indikator[1]")) == "kinerja.yaml:12, kolom 'sasaran[0].indikator[1]'"
    assert str(Lokasi("kinerja.yaml")) == "kinerja.yaml"
    assert str(Lokasi(kolom="uu-23-2014")) == "kolom 'uu-23-2014'"
    assert str(Lokasi()) == ""


def test_pesan_dengan_dan_tanpa_lokasi() -> None:
    e = DataError("target harus angka", Lokasi("kinerja.yaml", 7, "target.2025"))
    assert str(e) == "kinerja.yaml:7, kolom 'target.2025': target harus angka" and e.pesan == "target harus angka"
    assert str(DataError("tanpa tempat", Lokasi())) == "tanpa tempat"


def test_kumpulan_galat_sebaris_sebaris() -> None:
    k = KumpulanGalat([DataError("a", Lokasi("x.yaml", 1)), DataError("b", Lokasi("y.yaml", 2))])
    assert str(k).splitlines() == ["x.yaml:1: a", "y.yaml:2: b"] and k.exit_code == 2


def test_kode_keluar_per_jenis() -> None:
    assert [c("x").exit_code for c in (DataError, TemplateError, RenderError, ConversionError)] == [2, 3, 4, 5]


@pytest.mark.parametrize(("kode", "sebab"), [
    (errno.ENOENT, "tidak ditemukan"), (errno.EACCES, "tidak ada izin untuk membukanya"),
    (errno.ENOSPC, "disk penuh"), (9999, "kesalahan sistem berkas (kode 9999)"), (None, "kesalahan sistem berkas"),
])
def test_sebab_os_dalam_bahasa_indonesia(kode: int | None, sebab: str) -> None:
    exc = OSError(kode, "English") if kode is not None else OSError("tanpa kode")
    assert sebab_os(exc) == sebab
