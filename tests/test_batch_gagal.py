"""A kabupaten batch: every kecamatan's failure, whatever its kind, is reported for it; the others are
built; the summary always prints.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import doctools.build
from doctools.cli import main
from doctools.errors import ConversionError
from tests.test_kabupaten import KABUPATEN_YAML, _kecamatan

ASLI = doctools.build.susun_folder
fork_saja = pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                               reason="workers see the test's replacement only when forked")


@pytest.fixture()
def kabupaten(tmp_path: Path) -> Path:
    """A kabupaten folder with two kecamatan, mumbulsari (built first) and tempurejo."""
    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text(KABUPATEN_YAML, encoding="utf-8")
    _kecamatan(folder / "mumbulsari", "Mumbulsari")
    _kecamatan(folder / "tempurejo", "Tempurejo")
    return folder


def _rusak(monkeypatch: pytest.MonkeyPatch, nama: str, akibat: object) -> None:
    """Make the build of kecamatan ``nama`` fail with ``akibat`` (an exception, or a callable run instead)."""
    def susun(folder: Path, pengaturan: object = None) -> object:
        if folder.name == nama:
            if isinstance(akibat, BaseException):
                raise akibat
            akibat()  # type: ignore[operator]
        return ASLI(folder, pengaturan)  # type: ignore[arg-type]

    monkeypatch.setattr(doctools.build, "susun_folder", susun)


def _dibangun(keluar: Path, nama: str) -> bool:
    return (keluar / "jember" / nama / "keputusan-iku-2025.docx").is_file()


@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=fork_saja)])
def test_galat_tak_terduga_di_kecamatan_pertama(kabupaten: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                jobs: str) -> None:
    _rusak(monkeypatch, "mumbulsari", RuntimeError("kacau"))
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", jobs],
                               catch_exceptions=False)
    assert hasil.exit_code == 1
    assert "Traceback" not in hasil.output
    assert (f"galat: mumbulsari: kesalahan tak terduga (RuntimeError); tidak ada dokumen kecamatan ini yang "
            f"ditulis. Rinciannya: doctools --debug build {kabupaten / 'mumbulsari'}") in hasil.stderr
    assert "1 dari 2 kecamatan selesai" in hasil.stdout
    assert "galat: 1 kecamatan gagal disusun: mumbulsari" in hasil.stderr
    assert _dibangun(tmp_path / "out", "tempurejo")
    assert not (tmp_path / "out" / "jember" / "mumbulsari").exists()


@pytest.mark.parametrize(("akibat", "jenis"), [
    (UnicodeDecodeError("utf-8", b"root:x:0:0:RAHASIA", 0, 1, "invalid"), "UnicodeDecodeError"),
    (KeyError("RAHASIA-dari-berkas"), "KeyError"),
    (OSError(5, "RAHASIA strerror", "/srv/RAHASIA"), "OSError: kesalahan baca/tulis disk"),
])
def test_galat_tak_terduga_tidak_mengutip_isi_berkas(kabupaten: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      akibat: BaseException, jenis: str) -> None:
    # the message quoted up to 120 characters of the error's own text, which may be a line of a file
    _rusak(monkeypatch, "mumbulsari", akibat)
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", "1"],
                               catch_exceptions=False)
    assert hasil.exit_code == 1
    assert f"galat: mumbulsari: kesalahan tak terduga ({jenis}); tidak ada dokumen" in hasil.stderr
    assert "RAHASIA" not in hasil.output


def test_debug_mencetak_jejak_kesalahan_tak_terduga(kabupaten: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _rusak(monkeypatch, "tempurejo", RuntimeError("kacau"))
    hasil = CliRunner().invoke(main, ["--debug", "build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", "1"])
    assert hasil.exit_code == 1 and hasil.exception is not None  # --debug lets the batch's error through
    assert "Traceback (most recent call last)" in hasil.stderr and "RuntimeError: kacau" in hasil.stderr
    assert _dibangun(tmp_path / "out", "mumbulsari")


@fork_saja
def test_proses_penyusun_mati(kabupaten: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _rusak(monkeypatch, "mumbulsari", lambda: os._exit(9))
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", "2"],
                               catch_exceptions=False)
    assert hasil.exit_code == 1
    assert "galat: mumbulsari: proses yang menyusun kecamatan ini berhenti tiba-tiba" in hasil.stderr
    assert "1 dari 2 kecamatan selesai" in hasil.stdout
    assert _dibangun(tmp_path / "out", "tempurejo")
    assert not (tmp_path / "out" / "jember" / "mumbulsari").exists()


def test_galat_tulis_satu_kecamatan(kabupaten: Path, tmp_path: Path) -> None:
    keluar = tmp_path / "out"
    (keluar / "jember").mkdir(parents=True)
    (keluar / "jember" / "mumbulsari").write_text("berkas, bukan folder")
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(keluar), "-j", "1"])
    assert hasil.exit_code == 4  # the write failed: the status of a writing problem
    assert "galat: mumbulsari: tidak dapat menulis" in hasil.stderr
    assert "1 dari 2 kecamatan selesai" in hasil.stdout
    assert _dibangun(keluar, "tempurejo")


def test_ringkasan_tetap_dicetak_bila_pdf_gagal(kabupaten: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import doctools.pdf

    def gagal(berkas: list[Path], **_: object) -> None:
        raise ConversionError("LibreOffice (soffice) tidak ditemukan")

    monkeypatch.setattr(doctools.pdf, "ke_pdf_di_samping", gagal)
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", "1", "--pdf"])
    assert hasil.exit_code == 5
    assert "2 dari 2 kecamatan selesai" in hasil.stdout and "(dan PDF-nya)" not in hasil.stdout
    assert hasil.stderr.splitlines()[-1] == "galat: LibreOffice (soffice) tidak ditemukan"
    assert _dibangun(tmp_path / "out", "mumbulsari") and _dibangun(tmp_path / "out", "tempurejo")


def test_dibatalkan_ringkasan_tetap_dicetak(kabupaten: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _rusak(monkeypatch, "tempurejo", KeyboardInterrupt())
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", "1"])
    assert hasil.exit_code == 130
    assert "1 dari 2 kecamatan selesai" in hasil.stdout
    assert "dibatalkan: 1 kecamatan belum disusun." in hasil.stderr
    assert _dibangun(tmp_path / "out", "mumbulsari")
    assert not (tmp_path / "out" / "jember" / "tempurejo").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_tidak_ada_sisa_di_folder_sementara_sistem(kabupaten: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   jobs: str) -> None:
    """Workers once drew the SKM chart into the system temp folder and never removed it: nothing is left."""
    import tempfile

    from docx import Document

    sementara = tmp_path / "tmp-sistem"
    sementara.mkdir()
    monkeypatch.setenv("TMPDIR", str(sementara))
    monkeypatch.setattr(tempfile, "tempdir", str(sementara))
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / "out"), "-j", jobs])
    assert hasil.exit_code == 0, hasil.output
    lkj = sorted((tmp_path / "out" / "jember").glob("*/laporan-kinerja-*.docx"))
    assert len(lkj) == 2
    for path in lkj:  # the chart and its workbook are in each LKj
        grafik = [r for r in Document(str(path)).part.rels.values() if r.reltype.endswith("/chart")]
        assert len(grafik) == 1 and b"<c:barChart>" in grafik[0].target_part.blob
        assert [r.target_part.blob[:2] for r in grafik[0].target_part.rels.values()] == [b"PK"]
    assert list(sementara.iterdir()) == []
