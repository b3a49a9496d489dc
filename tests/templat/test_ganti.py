"""A kabupaten's or kecamatan's own templates: copied with ``doctools templat salin``, found first, per file."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result

from doctools.batch import bangun_kabupaten
from doctools.build import bangun_folder
from doctools.cli import main
from doctools.templat import CariTemplat, folder_templat
from tests.conftest import CONTOH, TEMPLATES, buka, semua_paragraf
from tests.test_kabupaten import KABUPATEN_YAML, _kecamatan

BARIS_BARU = "Jalan Pahlawan Nomor 1, Jember — baris kop kabupaten"


def jalankan(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _tambah_baris_kop(path: Path, teks: str) -> None:
    """A new kop line, added with python-docx the way a clerk types it: before the rule under the kop."""
    doc = docx.Document(str(path))
    [garis] = [p for p in doc.paragraphs if p.style.name == "Garis Kop"]
    garis.insert_paragraph_before(teks, style="Kop Alamat")
    doc.save(str(path))


@pytest.fixture()
def kabupaten(tmp_path: Path) -> Path:
    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text(KABUPATEN_YAML, encoding="utf-8")
    _kecamatan(folder / "mumbulsari", "Mumbulsari")
    _kecamatan(folder / "tempurejo", "Tempurejo")
    return folder


def test_kop_kabupaten_di_setiap_dokumen_setiap_kecamatannya(kabupaten: Path, tmp_path: Path) -> None:
    hasil = jalankan("templat", "salin", str(kabupaten), "--jenis", "kop")
    assert hasil.exit_code == 0, hasil.output
    assert f"disalin: {kabupaten / 'templat' / 'kop.docx'}" in hasil.output
    _tambah_baris_kop(kabupaten / "templat" / "kop.docx", BARIS_BARU)
    assert jalankan("check", str(kabupaten)).exit_code == 0

    ringkasan = bangun_kabupaten(kabupaten, tmp_path / "keluar", jobs=1)
    assert not ringkasan.gagal
    dokumen = [p for h in ringkasan.hasil for p in h.berkas]
    assert {p.parent.name for p in dokumen} == {"mumbulsari", "tempurejo"}
    dengan_kop = [p for p in dokumen if not p.name.startswith("laporan-kinerja")]  # the LKj has a cover, no kop
    assert len(dengan_kop) == 2 * 10  # IKU, IKI, five PK, RKT, Rencana Aksi, Pohon Kinerja
    for path in dengan_kop:
        teks = semua_paragraf(buka(path))
        assert BARIS_BARU in teks, path
        kecamatan = path.parent.name.upper()
        assert teks.index(f"KECAMATAN {kecamatan}") < teks.index(BARIS_BARU), path  # in the kop, below the name

    # a kecamatan outside the kabupaten keeps the built-in kop
    sendiri = tmp_path / "mumbulsari"
    shutil.copytree(CONTOH, sendiri)
    for h in bangun_folder(sendiri, tmp_path / "sendiri"):
        assert BARIS_BARU not in semua_paragraf(buka(h.path))


def test_templat_kecamatan_mendahului_kabupaten(kabupaten: Path, tmp_path: Path) -> None:
    for folder, teks in ((kabupaten, "baris kop kabupaten"), (kabupaten / "tempurejo", "baris kop Tempurejo")):
        assert jalankan("templat", "salin", str(folder), "--jenis", "kop").exit_code == 0
        _tambah_baris_kop(folder / "templat" / "kop.docx", teks)
    assert folder_templat(kabupaten / "tempurejo") == (kabupaten / "tempurejo" / "templat", kabupaten / "templat")
    for nama, harap, bukan in (("mumbulsari", "baris kop kabupaten", "baris kop Tempurejo"),
                               ("tempurejo", "baris kop Tempurejo", "baris kop kabupaten")):
        hasil = [h for h in bangun_folder(kabupaten / nama, tmp_path / "keluar")
                 if h.dokumen.jenis == "keputusan-iku"]
        teks = semua_paragraf(buka(hasil[0].path))
        assert harap in teks and bukan not in teks, nama


def test_cari_per_berkas(tmp_path: Path) -> None:
    kec, kab = tmp_path / "kec", tmp_path / "kab"
    kec.mkdir()
    kab.mkdir()
    (kab / "kop.docx").write_bytes(b"x")
    (kab / "keputusan-iku.docx").write_bytes(b"x")
    (kec / "keputusan-iku.docx").write_bytes(b"x")
    cari = CariTemplat((kec, kab))
    assert cari.dokumen("keputusan-iku.docx") == kec / "keputusan-iku.docx"
    assert cari.dokumen("perjanjian-kinerja.docx") == TEMPLATES / "perjanjian-kinerja.docx"
    assert cari.bagian("kop") == kab / "kop.docx"
    assert cari.bagian("tanda-tangan") == TEMPLATES / "bagian" / "tanda-tangan.docx"


# ---- doctools templat salin ----------------------------------------------------------------------


def test_salin_semua_lalu_menolak_menimpa(tmp_path: Path) -> None:
    folder = tmp_path / "kec"
    folder.mkdir()
    hasil = jalankan("templat", "salin", str(folder))
    assert hasil.exit_code == 0, hasil.output
    nama = sorted(p.name for p in (folder / "templat").iterdir())
    assert nama == sorted([p.name for p in TEMPLATES.glob("*.docx")] + [p.name for p in (TEMPLATES / "bagian").glob("*.docx")])
    assert (folder / "templat" / "kop.docx").read_bytes() == (TEMPLATES / "bagian" / "kop.docx").read_bytes()
    _tambah_baris_kop(folder / "templat" / "kop.docx", "diubah")
    diubah = (folder / "templat" / "kop.docx").read_bytes()
    ulang = jalankan("templat", "salin", str(folder), "--jenis", "kop,keputusan-iku")
    assert ulang.exit_code == 2
    assert "sudah ada: kop.docx, keputusan-iku.docx; tidak ada yang disalin" in ulang.output
    assert (folder / "templat" / "kop.docx").read_bytes() == diubah
    timpa = jalankan("templat", "salin", str(folder), "--jenis", "kop", "--timpa")
    assert timpa.exit_code == 0
    assert (folder / "templat" / "kop.docx").read_bytes() == (TEMPLATES / "bagian" / "kop.docx").read_bytes()


def test_salin_jenis_tak_dikenal_dan_folder_tidak_ada(tmp_path: Path) -> None:
    hasil = jalankan("templat", "salin", str(tmp_path), "--jenis", "kopp")
    assert hasil.exit_code == 2
    assert "galat: jenis templat 'kopp' tidak dikenal; maksudnya kop?" in hasil.output
    assert not (tmp_path / "templat").exists()
    hasil = jalankan("templat", "salin", str(tmp_path / "tidak-ada"))
    assert hasil.exit_code == 2
    assert f"galat: {tmp_path / 'tidak-ada'}: folder tidak ditemukan" in hasil.output
