"""Mengingat in a decree comes from the catalog: errors stop the build, warnings are reported.

The year cites the Mengingat once (:attr:`doctools.tahun.KeputusanTahun.mengingat`); the decree
prints its items, the reviu's findings gate the build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from doctools.build import bangun_folder
from doctools.documents import Dokumen, susun_semua
from doctools.errors import DataError
from doctools.hukum import Temuan
from tests.conftest import tahun_dari

CONTOH = Path(__file__).resolve().parents[2] / "data" / "mumbulsari"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    tujuan = tmp_path / "mumbulsari"
    shutil.copytree(CONTOH, tujuan)
    return tujuan


def _ganti(path: Path, lama: str, baru: str) -> None:
    teks = path.read_text(encoding="utf-8")
    assert lama in teks
    path.write_text(teks.replace(lama, baru, 1), encoding="utf-8")


def _iku(folder: Path) -> Dokumen:
    return next(d for d in susun_semua(tahun_dari(folder)) if d.jenis == "keputusan-iku")


def _temuan(folder: Path) -> tuple[Temuan, ...]:
    kt = tahun_dari(folder).keputusan_iku
    assert kt is not None
    return kt.mengingat.temuan


def test_unknown_key_is_an_error_with_suggestion(folder: Path, tmp_path: Path) -> None:
    _ganti(folder / "keputusan-iku.yaml", "  - pp-8-2006", "  - pp-8-2007")
    with pytest.raises(DataError) as info:
        bangun_folder(folder, tmp_path / "keluar")
    assert not (tmp_path / "keluar").exists()
    pesan = str(info.value)
    assert "keputusan-iku.yaml:" in pesan and "mengingat[2]" in pesan
    assert "'pp-8-2007' tidak ada dalam katalog" in pesan and "'pp-8-2006'" in pesan


def test_duplicate_citation_is_an_error(folder: Path, tmp_path: Path) -> None:
    _ganti(folder / "keputusan-iku.yaml", "  - pp-8-2006", "  - pp-8-2006\n  - {jenis: pp, nomor: 8, tahun: 2006}")
    with pytest.raises(DataError, match=r"mengingat\[3\].*sudah dikutip pada butir 2"):
        bangun_folder(folder, tmp_path / "keluar")


def test_revoked_regulation_is_a_warning_naming_its_replacement(folder: Path) -> None:
    _ganti(folder / "keputusan-iku.yaml", "  - pp-8-2006", "  - pp-8-2006\n  - permendagri-13-2006")
    pesan = [t.pesan for t in _temuan(folder)]
    assert any("Nomor 13 Tahun 2006" in p and "Nomor 77 Tahun 2020" in p for p in pesan)


def test_hand_order_breaking_hierarchy_warns(folder: Path) -> None:
    _ganti(folder / "keputusan-iku.yaml", "diktum:", "urutkan_mengingat: false\ndiktum:")
    _ganti(folder / "keputusan-iku.yaml", "  - uu-23-2014\n  - pp-8-2006", "  - pp-8-2006\n  - uu-23-2014")
    dok = _iku(folder)
    butir = [b["teks"] for b in dok.konteks["mengingat"]]
    assert butir[0].startswith("Peraturan Pemerintah Nomor 8 Tahun 2006")  # the user's order is kept
    assert any(t.tingkat == "peringatan" and "hierarki" in t.pesan for t in _temuan(folder))


def test_local_regulation_from_user_catalog(folder: Path) -> None:
    (folder / "peraturan.yaml").write_text(
        "peraturan:\n"
        "  perbup-jember-99-2024:\n"
        "    jenis: perbup\n"
        "    daerah: Kabupaten Jember\n"
        "    nomor: '99'\n"
        "    tahun: 2024\n"
        "    tentang: Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Kecamatan\n"
        "    lembaran: {jenis: BD, tahun: 2024, nomor: '99'}\n",
        encoding="utf-8")
    _ganti(folder / "keputusan-iku.yaml", "  - uu-23-2014", "  - perbup-jember-99-2024\n  - uu-23-2014")
    dok = _iku(folder)
    butir = [b["teks"] for b in dok.konteks["mengingat"]]
    assert butir[-1].startswith("Peraturan Bupati Jember Nomor 99 Tahun 2024 tentang Kedudukan")  # ordered last
    assert "Berita Daerah Kabupaten Jember Tahun 2024 Nomor 99" in butir[-1]
