"""A province folder: provinsi.yaml over kabupaten folders, built and checked in one run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from doctools.cli import main
from tests.test_kabupaten import KABUPATEN_YAML, _kecamatan


@pytest.fixture()
def provinsi(tmp_path: Path) -> Path:
    folder = tmp_path / "jatim"
    folder.mkdir()
    (folder / "provinsi.yaml").write_text("nama: Jawa Timur\n", encoding="utf-8")
    for kab, kecamatan in (("jember", ("mumbulsari", "tempurejo")), ("lumajang", ("tempeh",))):
        (folder / kab).mkdir()
        teks = KABUPATEN_YAML.replace("nama: Jember", f"nama: {kab.title()}")
        (folder / kab / "kabupaten.yaml").write_text(teks, encoding="utf-8")
        for kec in kecamatan:
            _kecamatan(folder / kab / kec, kec.title())
    (folder / "catatan").mkdir()  # not a kabupaten: ignored
    return folder


def _jalankan(*args: str):
    return CliRunner().invoke(main, list(args))


def test_build_every_kabupaten_of_the_province(provinsi: Path, tmp_path: Path) -> None:
    hasil = _jalankan("build", str(provinsi), "-o", str(tmp_path / "out"), "-j", "2")
    assert hasil.exit_code == 0, hasil.output
    assert "3 dari 3 kecamatan selesai, 33 dokumen ditulis" in hasil.output
    assert "lumajang/tempeh: 11 dokumen" in hasil.output and "jember/mumbulsari: 11 dokumen" in hasil.output
    iku = tmp_path / "out" / "jatim" / "lumajang" / "tempeh" / "keputusan-iku-2025.docx"
    teks = [p.text for p in Document(str(iku)).paragraphs]
    assert "KEPUTUSAN CAMAT TEMPEH" in teks
    assert any("KABUPATEN LUMAJANG" in p for p in teks)  # each kabupaten's own settings
    assert sorted(p.name for p in (tmp_path / "out" / "jatim").iterdir()) == ["jember", "lumajang"]
    # a manifest per kabupaten: the second run skips everything
    hasil = _jalankan("build", str(provinsi), "-o", str(tmp_path / "out"), "-j", "2")
    assert "3 dari 3 kecamatan selesai (3 tidak berubah, dilewati), 0 dokumen ditulis" in hasil.output
    assert "lumajang/tempeh: tidak berubah, dilewati" in hasil.output


def test_one_bad_kecamatan_in_a_province(provinsi: Path, tmp_path: Path) -> None:
    path = provinsi / "lumajang" / "tempeh" / "kinerja.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nsasaran: [\n", encoding="utf-8")
    hasil = _jalankan("build", str(provinsi), "-o", str(tmp_path / "out"), "-j", "1")
    assert hasil.exit_code == 2, hasil.output
    assert "galat: lumajang/tempeh: " in hasil.output
    assert "1 kecamatan gagal disusun: lumajang/tempeh" in hasil.output
    assert (tmp_path / "out" / "jatim" / "jember" / "tempurejo" / "keputusan-iku-2025.docx").is_file()
    assert not (tmp_path / "out" / "jatim" / "lumajang" / "tempeh").exists()


def test_check_every_kecamatan_of_the_province(provinsi: Path, tmp_path: Path) -> None:
    hasil = _jalankan("check", str(provinsi))
    assert hasil.exit_code == 0, hasil.output
    assert "3 kecamatan diperiksa: 0 galat" in hasil.output
    assert "lumajang/tempeh: " in hasil.output
    hasil = _jalankan("check", str(provinsi), "--format", "json")
    folder = sorted(Path(k["folder"]).name for k in json.loads(hasil.output)["ringkasan"]["kecamatan"])
    assert folder == ["mumbulsari", "tempeh", "tempurejo"]


@pytest.mark.parametrize(("isi", "pesan"), [
    ("nama: Jawa Timur\npengaturan: {}\n", r"provinsi.yaml:2.*kolom tidak dikenal.*kabupaten.yaml"),
    ("- Jawa Timur\n", r"provinsi.yaml:1.*kumpulan kolom"),
    ("nma: Jawa Timur\n", r"provinsi.yaml:1.*maksudnya 'nama'"),
])
def test_provinsi_yaml_is_checked(provinsi: Path, tmp_path: Path, isi: str, pesan: str) -> None:
    (provinsi / "provinsi.yaml").write_text(isi, encoding="utf-8")
    for perintah in (["build", str(provinsi), "-o", str(tmp_path / "out")], ["check", str(provinsi)]):
        hasil = _jalankan(*perintah)
        assert hasil.exit_code == 2
        assert re.search(pesan, hasil.output), hasil.output
    assert not (tmp_path / "out").exists()


def test_a_province_without_kabupaten(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "provinsi.yaml").write_text("", encoding="utf-8")
    hasil = _jalankan("build", str(tmp_path / "kosong"), "-o", str(tmp_path / "out"))
    assert hasil.exit_code == 2 and "tidak berisi subfolder kabupaten" in hasil.output
