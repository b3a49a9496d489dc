"""doctools.folder: which folder is a kabupaten, and which of its sub-folders are kecamatan."""

from __future__ import annotations

from pathlib import Path

from doctools.folder import adalah_kabupaten, daftar_kecamatan


def _kecamatan(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "instansi.yaml").write_text("kecamatan: {}\n", encoding="utf-8")


def test_kabupaten_dikenali_dari_kabupaten_yaml(tmp_path: Path) -> None:
    assert not adalah_kabupaten(tmp_path)
    (tmp_path / "kabupaten.yaml").write_text("pengaturan: {}\n", encoding="utf-8")
    assert adalah_kabupaten(tmp_path)


def test_folder_bernama_kabupaten_yaml_tetap_dikenali(tmp_path: Path) -> None:
    """A folder of that name is not skipped: each kecamatan then reports it at its load."""
    (tmp_path / "kabupaten.yaml").mkdir()
    assert adalah_kabupaten(tmp_path)


def test_daftar_kecamatan_urut_nama_tanpa_folder_lain(tmp_path: Path) -> None:
    _kecamatan(tmp_path / "tempurejo")
    _kecamatan(tmp_path / "mumbulsari")
    (tmp_path / "arsip").mkdir()
    (tmp_path / "catatan").mkdir()
    (tmp_path / "catatan" / "instansi.yaml").mkdir()  # a folder, not the file
    (tmp_path / "instansi.yaml").write_text("", encoding="utf-8")
    assert [p.name for p in daftar_kecamatan(tmp_path)] == ["mumbulsari", "tempurejo"]
