"""A kabupaten folder: inherited settings with their origin, batch builds, starter data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from doctools.batch import bangun_kabupaten
from doctools.cli import main
from doctools.errors import DataError
from doctools.init import buat_awal
from doctools.model import muat_data
from doctools.tahun import pilih_kebijakan

CONTOH = Path(__file__).resolve().parents[1] / "data" / "mumbulsari"

KABUPATEN_YAML = """\
pemerintah:
  jenis: kabupaten
  nama: Jember
  kepala_daerah:
    nama: BUPATI BERSAMA
pengaturan:
  kertas: A4
  gaya_pangkat: singkat
  kondisi_sarana: [Baik, Sedang, Rusak Ringan, Rusak Berat]
"""


def _kecamatan(tujuan: Path, nama: str) -> Path:
    """A copy of the example without the fields the kabupaten shares."""
    shutil.copytree(CONTOH, tujuan)
    teks = (tujuan / "instansi.yaml").read_text(encoding="utf-8")
    awal, sisa = teks.split("pemerintah:", 1)
    sisa = sisa[sisa.index("\nkecamatan:"):]
    teks = awal + sisa.lstrip("\n")
    teks = teks[:teks.index("\npengaturan:")] + "\n"
    teks = teks.replace("  nama: Mumbulsari", f"  nama: {nama}", 1)
    (tujuan / "instansi.yaml").write_text(teks, encoding="utf-8")
    return tujuan


@pytest.fixture()
def kabupaten(tmp_path: Path) -> Path:
    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text(KABUPATEN_YAML, encoding="utf-8")
    _kecamatan(folder / "mumbulsari", "Mumbulsari")
    _kecamatan(folder / "tempurejo", "Tempurejo")
    return folder


def test_kecamatan_inherits_and_may_override(kabupaten: Path) -> None:
    data = muat_data(kabupaten / "mumbulsari")
    assert data.instansi.pemerintah.kepala_daerah.nama == "BUPATI BERSAMA"
    assert data.instansi.pengaturan.kertas == "A4"
    assert data.instansi.pengaturan.gaya_pangkat == "singkat"
    assert data.instansi.pengaturan.huruf.nama == "Bookman Old Style"  # the toolkit's default
    # a kecamatan overrides one setting; the rest still comes from the kabupaten
    path = kabupaten / "tempurejo" / "instansi.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "pengaturan:\n  kertas: F4\n", encoding="utf-8")
    data = muat_data(kabupaten / "tempurejo")
    assert data.instansi.pengaturan.kertas == "F4"
    assert data.instansi.pengaturan.gaya_pangkat == "singkat"


def test_wrong_inherited_value_names_kabupaten_yaml(kabupaten: Path) -> None:
    path = kabupaten / "kabupaten.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kertas: A4", "kertas: F5"), encoding="utf-8")
    with pytest.raises(DataError) as info:
        muat_data(kabupaten / "mumbulsari")
    pesan = str(info.value)
    assert "kabupaten.yaml:7" in pesan and "pengaturan.kertas" in pesan and "'F5'" in pesan


def test_unknown_field_in_kabupaten_yaml(kabupaten: Path) -> None:
    path = kabupaten / "kabupaten.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "pengatruan: {}\n", encoding="utf-8")
    baris = len(KABUPATEN_YAML.splitlines()) + 1
    with pytest.raises(DataError, match=rf"kabupaten.yaml:{baris}.*maksudnya 'pengaturan'"):
        muat_data(kabupaten / "mumbulsari")


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_builds_every_kecamatan(kabupaten: Path, tmp_path: Path, jobs: int) -> None:
    ringkasan = bangun_kabupaten(kabupaten, tmp_path / "out", jobs=jobs)
    assert [h.folder.name for h in ringkasan.hasil] == ["mumbulsari", "tempurejo"]
    assert not ringkasan.gagal
    keputusan = tmp_path / "out" / "jember" / "tempurejo" / "keputusan-iku-2025.docx"
    assert keputusan.is_file()
    teks = [p.text for p in Document(str(keputusan)).paragraphs]
    assert teks[:2] == ["PEMERINTAH KABUPATEN JEMBER", "KECAMATAN TEMPUREJO"]  # the kop, without a logo
    assert "KEPUTUSAN CAMAT TEMPUREJO" in teks
    assert any("Pembina Tk. I" in c.text for t in Document(str(keputusan)).tables for r in t.rows for c in r.cells)
    section = Document(str(keputusan)).sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5  # A4 inherited


def test_one_bad_kecamatan_does_not_stop_the_others(kabupaten: Path, tmp_path: Path) -> None:
    path = kabupaten / "tempurejo" / "keputusan-iku.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("tanggal: 2025-01-06", "tanggal: 2025-02-30"),
                    encoding="utf-8")
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", "2"])
    assert hasil.exit_code == 2
    assert "galat: tempurejo: " in hasil.output and "keputusan-iku.yaml:" in hasil.output
    assert "1 dari 2 kecamatan selesai" in hasil.output
    assert (tmp_path / "out" / "jember" / "mumbulsari" / "keputusan-iku-2025.docx").is_file()
    assert not (tmp_path / "out" / "jember" / "tempurejo").exists()


def test_check_a_kabupaten(kabupaten: Path) -> None:
    hasil = CliRunner().invoke(main, ["check", str(kabupaten)])
    assert hasil.exit_code == 0, hasil.output
    assert "mumbulsari: 0 galat" in hasil.output and "tempurejo: 0 galat" in hasil.output


def test_init_kecamatan_builds_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "sukamaju"
    hasil = CliRunner().invoke(main, ["init", str(folder), "--kabupaten", "Jember"])
    assert hasil.exit_code == 0, hasil.output
    data = muat_data(folder)
    assert data.instansi.kecamatan.nama == "Sukamaju"
    assert data.instansi.pemerintah.sebutan == "Kabupaten Jember"
    build = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert build.exit_code == 0, build.output
    tahun = data.perjanjian_kinerja.tahun
    assert sorted(p.name for p in (tmp_path / "out" / "sukamaju").iterdir()) == [
        f"keputusan-iki-{tahun}.docx", f"keputusan-iku-{tahun}.docx", f"laporan-kinerja-{tahun}.docx",
        f"perjanjian-kinerja-{tahun}-camat.docx", f"perjanjian-kinerja-{tahun}-sekretaris.docx",
        f"pohon-kinerja-{tahun}.docx", f"rencana-aksi-{tahun}.docx", f"rencana-kinerja-tahunan-{tahun}.docx"]
    assert "8 dokumen selesai." in build.output
    teks = (folder / "instansi.yaml").read_text(encoding="utf-8")
    assert "# " in teks  # the starter is commented


def test_init_kabupaten_layout_builds(tmp_path: Path) -> None:
    folder = tmp_path / "batu"
    buat_awal(folder, kecamatan="Junrejo", kabupaten="Batu", kota=True, dengan_kabupaten=True, tahun=2026)
    assert (folder / "kabupaten.yaml").is_file()
    data = muat_data(folder / "junrejo")
    assert data.instansi.pemerintah.jabatan_kepala == "Walikota Batu"
    ringkasan = bangun_kabupaten(folder, tmp_path / "out", jobs=1)
    assert not ringkasan.gagal and ringkasan.jumlah_berkas == 8


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "ada.txt").write_text("x", encoding="utf-8")
    hasil = CliRunner().invoke(main, ["init", str(tmp_path)])
    assert hasil.exit_code == 2
    assert "tidak kosong" in hasil.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada.txt"]


def test_predikat_scale_inherited_by_the_lkj(kabupaten: Path) -> None:
    path = kabupaten / "kabupaten.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  skala_predikat: lan-bantur\n  rumus_negatif: rasio\n",
                    encoding="utf-8")
    data = muat_data(kabupaten / "mumbulsari")
    assert data.lkj is not None and data.lkj.pengukuran.skala_predikat is None  # the LKj names none itself
    kebijakan = pilih_kebijakan(data)
    assert kebijakan.skala is not None and kebijakan.skala.kode == "lan-bantur"
    assert kebijakan.rumus_negatif == "rasio"
    assert kebijakan.lokasi_rumus is not None and kebijakan.lokasi_rumus.berkas.endswith("kabupaten.yaml")


def test_kabupaten_regulations_citable_by_every_kecamatan(kabupaten: Path) -> None:
    (kabupaten / "peraturan.yaml").write_text(
        "peraturan:\n"
        "  perbup-jember-77-2024:\n"
        "    jenis: perbup\n"
        "    daerah: Kabupaten Jember\n"
        "    nomor: '77'\n"
        "    tahun: 2024\n"
        "    tentang: Rencana Strategis Kecamatan\n", encoding="utf-8")
    for kec in ("mumbulsari", "tempurejo"):
        data = muat_data(kabupaten / kec)
        assert data.katalog.ambil("perbup-jember-77-2024").tentang == "Rencana Strategis Kecamatan"
