"""Resolve references from lkj.yaml (and the Renstra of kinerja.yaml) to the sasaran and indicators.

A reference is what the user writes: an ``id``, the exact name (case ignored) or a 1-based
number. An unknown reference is a DataError at the place it was written, listing the choices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from doctools.errors import DataError
from doctools.model.rujukan import cari_rujukan
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, Kinerja
    from doctools.model.kinerja import Sasaran

STEM = "lkj"


def _pilihan(daftar: list[tuple[str | None, str]]) -> str:
    return ", ".join(f"'{ident}'" if ident else str(n) for n, (ident, _) in enumerate(daftar, start=1))


def sasaran(data: DataKecamatan, rujukan: int | str, *jalur: str | int, stem: str = STEM) -> int:
    """Index of the sasaran of kinerja.yaml that ``rujukan`` (written at ``jalur`` of ``stem``) names."""
    kinerja: Kinerja = data.kinerja  # type: ignore[assignment]
    daftar = [(s.id, s.uraian) for s in kinerja.sasaran]
    indeks = cari_rujukan(rujukan, daftar)
    if indeks is None:
        raise DataError(f"sasaran '{rujukan}' tidak ada di kinerja.yaml; yang ada: {_pilihan(daftar)}",
                        lokasi_di(data, stem, *jalur))
    return indeks


def indikator(data: DataKecamatan, s: Sasaran, rujukan: int | str, *jalur: str | int) -> int:
    """Index of the indicator of sasaran ``s`` that ``rujukan`` names."""
    daftar = [(i.id, i.nama) for i in s.indikator]
    indeks = cari_rujukan(rujukan, daftar)
    if indeks is None:
        raise DataError(f"indikator '{rujukan}' tidak ada pada sasaran '{s.uraian}'; yang ada: {_pilihan(daftar)}",
                        lokasi_di(data, STEM, *jalur))
    return indeks
