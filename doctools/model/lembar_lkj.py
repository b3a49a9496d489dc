"""The LKj's spreadsheets read into the data set: the budget from the realisation export, the SKM
from the form export (the readers themselves are in :mod:`doctools.masukan`).

The budget is read when the data is loaded (:func:`lengkapi_anggaran`), so every part of the
toolkit — the LKj's tables, the PK cross-checks, the reviu — sees ``lkj.anggaran.program`` as if
it had been typed, and each program, kegiatan and sub kegiatan keeps its spreadsheet row as its
location. The survey is read where it is scored (:func:`baca_survei_lkj`), because its cell
problems are findings of the reviu (some only warnings), not load errors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from doctools.errors import DataError, Lokasi
from doctools.kinerja.skm import ModelSKM
from doctools.load import PetaLokasi
from doctools.masukan.lembar import berkas_data
from doctools.masukan.realisasi import PetaRealisasi, baca_realisasi
from doctools.masukan.survei import BacaanSurvei, PetaSurvei, baca_survei
from doctools.model.lkj import SKM, LaporanKinerja, Program


class DataSet(Protocol):
    """What reading the survey needs of a loaded data set (a :class:`~doctools.model.DataKecamatan`)."""

    @property
    def folder(self) -> Path: ...

    @property
    def peta(self) -> dict[str, PetaLokasi]: ...


def nama_tampil(path: Path) -> str:
    """A file's name in messages: relative to the working folder when inside it (as the YAML's)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _lokasi_yaml(peta: PetaLokasi | None, *awalan: str) -> Callable[..., Lokasi | None]:
    def lokasi(*jalur: str | int) -> Lokasi | None:
        return peta.lokasi((*awalan, *jalur)) if peta is not None else None
    return lokasi


def lengkapi_anggaran(folder: Path, lkj: LaporanKinerja, peta: PetaLokasi) -> LaporanKinerja:
    """``lkj`` with ``anggaran.program`` read from ``anggaran.berkas`` (unchanged without one).

    The rows of the export are recorded in ``peta`` under the program paths, so a later finding
    about ``anggaran.program[2].kegiatan[1]`` points at its row of the spreadsheet.
    """
    a = lkj.anggaran
    if a.berkas is None or a.kolom is None:
        return lkj
    lokasi = _lokasi_yaml(peta, "anggaran")
    path = berkas_data(folder, a.berkas, lokasi("berkas"), "realisasi anggaran")
    nama = nama_tampil(path)
    kolom = {k: v for k, v in a.kolom.model_dump().items() if v is not None}
    r = baca_realisasi(path, nama, PetaRealisasi(kolom=kolom, lembar=a.lembar, baris_judul=a.baris_judul,
                                                 sasaran=a.sasaran, rincian=a.rincian), lokasi_yaml=lokasi)
    program: list[Program] = []
    for p_i, p in enumerate(r.program):
        try:
            program.append(Program.model_validate(p))
        except ValidationError as exc:
            pesan = "; ".join(str(e.get("msg", "")).removeprefix("Value error, ") for e in exc.errors())
            raise DataError(f"program '{p['nama']}' tidak dapat dimuat: {pesan}",
                            r.lembar.lokasi(r.baris[("program", p_i)])) from None
    for jalur, baris in r.baris.items():
        peta.catat(("anggaran", *jalur), nama, baris)
    for jalur, kunci in r.kunci_sasaran.items():
        try:
            peta.catat(("anggaran", *jalur), *peta.posisi(("anggaran", "sasaran", kunci)))
        except KeyError:
            pass
    return lkj.model_copy(update={"anggaran": a.model_copy(update={"program": program})})


def peta_survei(skm: SKM) -> PetaSurvei:
    """How lkj.yaml's ``skm`` says its answer sheet is read."""
    return PetaSurvei(lembar=skm.lembar, baris_judul=skm.baris_judul, kolom=skm.kolom, label=skm.label,
                      responden=skm.responden, waktu=skm.waktu)


def baca_survei_lkj(data: DataSet, skm: SKM, model: ModelSKM | None) -> BacaanSurvei:
    """Read the LKj's answer sheet; a wrong mapping or a missing file is a DataError at its line."""
    assert skm.berkas is not None
    peta: Any = data.peta.get("lkj")
    lokasi = _lokasi_yaml(peta, "skm")
    path = berkas_data(data.folder, skm.berkas, lokasi("berkas"), "jawaban survei")
    return baca_survei(path, nama_tampil(path), peta_survei(skm), model, lokasi_yaml=lokasi)


__all__ = ["baca_survei_lkj", "lengkapi_anggaran", "nama_tampil", "peta_survei"]
