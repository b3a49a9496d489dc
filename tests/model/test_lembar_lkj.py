"""doctools.model.lembar_lkj: the LKj's spreadsheets read into the data set, rows named as locations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from doctools.model import muat_data
from doctools.model.lembar_lkj import baca_survei_lkj, lengkapi_anggaran, nama_tampil, peta_survei
from tests.conftest import CONTOH


@pytest.fixture(scope="module")
def data():  # the example's data set, loaded once (read only)
    return muat_data(CONTOH)


def test_anggaran_dari_ekspor_dengan_baris_sebagai_lokasi(data) -> None:
    program = data.lkj.anggaran.program
    assert program and all(k.pagu >= 0 and k.realisasi >= 0 for p in program for k in p.kegiatan)
    lokasi = data.peta["lkj"].lokasi(("anggaran", "program", 0))
    assert lokasi.berkas is not None and lokasi.berkas.endswith("realisasi-2025.xlsx")
    assert lokasi.baris is not None and lokasi.baris > 6  # below the header row of the sheet


def test_tanpa_berkas_anggaran_tidak_berubah(data) -> None:
    lkj = data.lkj.model_copy(update={"anggaran": data.lkj.anggaran.model_copy(update={"berkas": None})})
    assert lengkapi_anggaran(data.folder, lkj, data.peta["lkj"]) is lkj


def test_survei_dibaca_seperti_dipetakan_lkj_yaml(data) -> None:
    skm = data.lkj.skm
    peta = peta_survei(skm)
    assert peta.lembar == "Form Responses 1" and peta.kolom == skm.kolom
    bacaan = baca_survei_lkj(data, skm, None)
    assert bacaan.jawaban.jumlah_responden > 0


def test_nama_tampil_relatif_bila_di_dalam_folder_kerja(tmp_path: Path) -> None:
    berkas = tmp_path / "sub" / "a.xlsx"
    lama = Path.cwd()
    os.chdir(tmp_path)
    try:
        assert nama_tampil(berkas) == str(Path("sub") / "a.xlsx")
    finally:
        os.chdir(lama)
    assert nama_tampil(berkas) == str(berkas)
