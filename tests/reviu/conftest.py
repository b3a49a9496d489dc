"""Copies of the example data to break one rule in, and helpers to run the reviu over them.

``salinan`` copies only the data files whose shape is settled (instansi, kinerja, the two
decrees, the PK), so a rule's test depends on nothing else; ``salinan_lkj`` copies the whole
example, LKj included, for the rules that compare with the LKj.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from doctools.errors import Lokasi
from doctools.hukum import Temuan
from doctools.reviu import periksa_folder
from tests.conftest import CONTOH, SalinanData

BERKAS_STABIL = ("instansi.yaml", "kinerja.yaml", "keputusan-iku.yaml", "keputusan-iki.yaml",
                 "perjanjian-kinerja.yaml")


def salin(tujuan: Path, berkas: tuple[str, ...] | None = None) -> SalinanData:
    """Copy the example (or only ``berkas`` of it) to ``tujuan``."""
    if berkas is None:
        shutil.copytree(CONTOH, tujuan)
    else:
        tujuan.mkdir(parents=True)
        for nama in berkas:
            shutil.copy2(CONTOH / nama, tujuan / nama)
    return SalinanData(tujuan)


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin(tmp_path / "data" / CONTOH.name, BERKAS_STABIL)


@pytest.fixture
def salinan_lkj(tmp_path: Path) -> SalinanData:
    return salin(tmp_path / "data" / CONTOH.name)


def temuan(salinan: SalinanData) -> list[Temuan]:
    """The galat and peringatan of the reviu of ``salinan`` (its info lines need no fixing: see ``info``)."""
    return [t for t in periksa_folder(salinan.folder).temuan if t.tingkat != "info"]


def info(salinan: SalinanData) -> list[Temuan]:
    """The info lines of the reviu of ``salinan``."""
    return [t for t in periksa_folder(salinan.folder).temuan if t.tingkat == "info"]


def satu(salinan: SalinanData) -> Temuan:
    """The only finding of the reviu of ``salinan`` (fails, listing them, when there are more)."""
    daftar = temuan(salinan)
    assert len(daftar) == 1, "\n".join(f"{t.aturan}: {t}" for t in daftar)
    return daftar[0]


def di(salinan: SalinanData, berkas: str, potongan: str, kolom: str | None) -> Lokasi:
    """The location of the only line of ``berkas`` containing ``potongan``, with field ``kolom``."""
    return Lokasi(str(salinan.path(berkas)), salinan.baris(berkas, potongan), kolom)


def baris_ke(salinan: SalinanData, berkas: str, potongan: str, ke: int) -> int:
    """1-based number of the ``ke``-th line (1-based) of ``berkas`` containing ``potongan``."""
    nomor = [i for i, b in enumerate(salinan.baca(berkas).splitlines(), start=1) if potongan in b]
    return nomor[ke - 1]


def baris_setelah(salinan: SalinanData, berkas: str, potongan: str, isi: str) -> int:
    """The first line containing ``isi`` after the only line containing ``potongan``."""
    awal = salinan.baris(berkas, potongan)
    baris = salinan.baca(berkas).splitlines()
    return next(i for i in range(awal + 1, len(baris) + 1) if isi in baris[i - 1])


def cocok(t: Temuan, aturan: str, tingkat: str, lokasi: Lokasi, *bagian: str) -> None:
    """Assert the rule, level, location and that the message contains every ``bagian``."""
    assert (t.aturan, t.tingkat) == (aturan, tingkat), f"{t.aturan}: {t}"
    assert t.lokasi == lokasi, f"{t.lokasi} != {lokasi}"
    for b in bagian:
        assert b in t.pesan, f"{b!r} not in {t.pesan!r}"
