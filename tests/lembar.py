"""Helpers for tests that read spreadsheets: the example's generator, rows by kode, fixture writers.

A spreadsheet cannot be edited by text replacement like the YAML, and openpyxl drops the cached
values of formulas when it saves; so a test that needs the example's realisation export with other
amounts writes it again with ``scripts/lembar_contoh.py`` and changed figures.
"""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType

import openpyxl

ROOT = Path(__file__).resolve().parent.parent


def modul_contoh() -> ModuleType:
    """``scripts/lembar_contoh.py``, loaded fresh (its tables may be changed by the caller)."""
    spec = importlib.util.spec_from_file_location("lembar_contoh", ROOT / "scripts" / "lembar_contoh.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)  # type: ignore[union-attr]
    return modul


def tulis_realisasi(folder: Path, **kegiatan: tuple[int, int]) -> Path:
    """Write the example's realisation export into ``folder`` with some kegiatan's (pagu, realisasi)
    changed; keys are kode with '_' for '.' (``k7_01_04_2_02=(40000000, 41000000)``)."""
    modul = modul_contoh()
    program = copy.deepcopy(modul.PROGRAM)
    ubah = {k.removeprefix("k").replace("_", "."): v for k, v in kegiatan.items()}
    for _, _, daftar in program:
        for i, k in enumerate(daftar):
            if k[0] in ubah:
                daftar[i] = (*k[:3], *ubah.pop(k[0]))
    assert not ubah, f"kode tidak ada di contoh: {sorted(ubah)}"
    modul.PROGRAM = program
    path = folder / "realisasi-2025.xlsx"
    modul.tulis_realisasi(path)
    return path


def baris_kode(path: Path, kode: str, lembar: str = "Realisasi Belanja") -> int:
    """The row of the sheet whose column A holds ``kode``."""
    buku = openpyxl.load_workbook(path, read_only=True)
    try:
        for nomor, r in enumerate(buku[lembar].iter_rows(values_only=True), start=1):
            if r and r[0] == kode:
                return nomor
    finally:
        buku.close()
    raise AssertionError(f"{kode} tidak ada di {path}")
