"""The one build path: load → compute the year → reviu → compose → render → write, gated by the reviu."""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.build import DitolakReviu, Susunan, bangun_folder, susun_folder
from doctools.errors import DataError
from tests.conftest import CONTOH, SalinanData
from tests.reviu.conftest import BERKAS_STABIL, salin


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin(tmp_path / "data" / CONTOH.name, BERKAS_STABIL)


def test_contoh_disusun_lalu_ditulis(tmp_path: Path) -> None:
    susunan = susun_folder(CONTOH)
    assert susunan.lulus and (susunan.laporan.galat, susunan.laporan.peringatan) == (0, 0)
    assert [d.jenis for d in susunan.dokumen] == list(susunan.laporan.dokumen)  # what check says build writes
    hasil = susunan.tulis(tmp_path)
    assert [h.path.name for h in hasil] == [d.nama_berkas for d in susunan.dokumen]
    assert all(h.path.is_file() and h.path.parent == tmp_path for h in hasil)


def test_galat_reviu_menghentikan_sebelum_disusun(salinan: SalinanData, tmp_path: Path) -> None:
    # a galat only a reviu rule finds (no document refuses two people with one NIP) stops the build too
    salinan.ganti("instansi.yaml", 'nip: "19800119 200312 1 005"', 'nip: "19780321 200501 1 009"')
    susunan = susun_folder(salinan.folder)
    assert not susunan.lulus and susunan.dokumen == ()
    with pytest.raises(DitolakReviu) as info:
        susunan.tulis(tmp_path / "keluar")
    [galat] = info.value.galat
    assert "sudah dipakai pejabat 'kasi-pemerintahan'" in galat.pesan and info.value.lokasi == galat.lokasi
    assert info.value.laporan is susunan.laporan
    assert not (tmp_path / "keluar").exists()


def test_data_yang_tidak_dapat_dimuat(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    susunan = susun_folder(salinan.folder)
    assert susunan.laporan.tahun is None and susunan.laporan.galat_muat is not None
    with pytest.raises(DataError) as info:
        bangun_folder(salinan.folder, tmp_path)
    assert str(info.value) == str(susunan.laporan.galat_muat)
    assert "periode_awal" in str(info.value)
    assert not (tmp_path / CONTOH.name).exists()


def test_peringatan_tidak_menghentikan(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "tanggal: 2025-01-06", "tanggal: 2025-03-06")  # signed late
    susunan = susun_folder(salinan.folder)
    assert susunan.lulus and susunan.laporan.peringatan >= 1
    assert isinstance(susunan, Susunan) and len(bangun_folder(salinan.folder, tmp_path)) == len(susunan.dokumen)
