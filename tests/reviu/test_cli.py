"""``doctools check`` and ``doctools build`` with the reviu: output, JSON schema, exit status."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from doctools.cli import main
from tests.conftest import CONTOH, SalinanData
from tests.reviu.conftest import BERKAS_STABIL, salin

PK = "perjanjian-kinerja.yaml"
GALAT_JUMLAH = ("  tempat: Jember\n", "  tempat: Jember\n  tertulis: {jumlah: 2300000000}\n")
PERINGATAN_TANGGAL = ("  tempat: Jember\n", "  tempat: Jember\n  tanggal: 2025-03-15\n")


def jalankan(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_check_teks_dikelompokkan_per_berkas(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  tempat: Jember\n", "  tempat: Jember\n  tanggal: 2025-03-15\n"
                  "  tertulis: {jumlah: 2300000000}\n")
    salinan.ganti("keputusan-iku.yaml", "  - Bupati Jember", "  - Bupati Malang")
    hasil = jalankan("check", str(salinan.folder))
    assert hasil.exit_code == 2, hasil.output
    baris = hasil.stdout.splitlines()
    # the example cites three entries of the shipped catalog not yet checked against their source: info lines
    iki, iku = salinan.path("keputusan-iki.yaml"), salinan.path("keputusan-iku.yaml")
    assert baris[0] == f"{iki} (0 galat, 0 peringatan, 1 info)"
    assert baris[1].startswith(f"  info: {iki}:") and baris[1].endswith("[bentuk.mengingat-belum-terverifikasi]")
    assert baris[2] == f"{iku} (0 galat, 1 peringatan, 2 info)"
    assert [b.split(":")[0] for b in baris[3:6]] == ["  info", "  info", "  peringatan"]  # by line
    assert baris[5].startswith(f"  peringatan: {iku}:")
    assert baris[5].endswith("[orang.nama-kabupaten-lain]")
    # the example's revised PK target: an info line
    assert baris[6] == f"{salinan.path('kinerja.yaml')} (0 galat, 0 peringatan, 1 info)"
    assert baris[7].endswith("[silang.target-pk-renstra]")
    assert baris[8] == f"{salinan.path(PK)} (1 galat, 1 peringatan)"
    assert baris[9].startswith(f"  peringatan: {salinan.path(PK)}:{salinan.baris(PK, 'tanggal: 2025-03-15')}, "
                               "kolom 'camat.tanggal': Perjanjian Kinerja tahun 2025 ditandatangani")
    assert baris[10].startswith(f"  galat: {salinan.path(PK)}:{salinan.baris(PK, 'tertulis:')}, "
                                "kolom 'camat.tertulis.jumlah': jumlah anggaran")
    assert baris[10].endswith("[angka.jumlah-pk]")
    assert baris[-2] == "tidak ada dokumen yang dapat disusun sebelum 1 galat di atas diperbaiki."
    assert "dapat disusun:" not in hasil.stdout
    assert baris[-1] == "1 galat, 2 peringatan, 4 info."
    assert hasil.stderr == ""


def test_check_json(salinan: SalinanData) -> None:
    salinan.ganti(PK, *GALAT_JUMLAH)
    hasil = jalankan("check", str(salinan.folder), "--format", "json")
    assert hasil.exit_code == 2
    data = json.loads(hasil.stdout)
    assert set(data) == {"skema", "temuan", "ringkasan"} and data["skema"] == 1
    [t] = [t for t in data["temuan"] if t["tingkat"] != "info"]
    assert set(t) == {"tingkat", "aturan", "berkas", "baris", "kolom", "pesan", "kecamatan"}
    assert (t["tingkat"], t["aturan"], t["berkas"], t["baris"], t["kolom"], t["kecamatan"]) == (
        "galat", "angka.jumlah-pk", str(salinan.path(PK)), salinan.baris(PK, "tertulis:"), "camat.tertulis.jumlah",
        "mumbulsari")
    assert isinstance(t["pesan"], str) and "Rp 2.310.037.500,00" in t["pesan"]
    r = data["ringkasan"]
    assert (r["galat"], r["peringatan"], r["info"], r["ketat"], r["lulus"]) == (1, 0, 4, False, False)
    [k] = r["kecamatan"]
    assert k == {"kecamatan": "mumbulsari", "folder": str(salinan.folder), "galat": 1, "peringatan": 0, "info": 4,
                 "dokumen": []}  # a galat stops the build: nothing would be written


def test_check_json_contoh_bersih(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    hasil = jalankan("check", str(CONTOH), "--format", "json")
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.stdout)
    assert {t["tingkat"] for t in data["temuan"]} == {"info"} and data["ringkasan"]["lulus"] is True
    assert (data["ringkasan"]["galat"], data["ringkasan"]["peringatan"]) == (0, 0)
    assert list(tmp_path.iterdir()) == []
    assert jalankan("check", str(CONTOH), "--strict").exit_code == 0  # info never fails a check


def test_check_json_galat_muat(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    data = json.loads(jalankan("check", str(salinan.folder), "--format", "json").stdout)
    [t] = data["temuan"]
    assert (t["aturan"], t["kolom"]) == ("data.muat", "periode_awal")
    assert data["ringkasan"]["kecamatan"][0]["dokumen"] == []


@pytest.mark.parametrize(("ketat", "kode"), [(False, 0), (True, 2)])
def test_strict_hanya_peringatan(salinan: SalinanData, ketat: bool, kode: int) -> None:
    salinan.ganti(PK, *PERINGATAN_TANGGAL)
    hasil = jalankan("check", str(salinan.folder), *(["--strict"] if ketat else []))
    assert hasil.exit_code == kode, hasil.output
    assert hasil.stdout.splitlines()[-1 - ketat] == "0 galat, 1 peringatan, 4 info."
    data = json.loads(jalankan("check", str(salinan.folder), "--format", "json",
                               *(["--strict"] if ketat else [])).stdout)
    assert data["ringkasan"]["ketat"] is ketat and data["ringkasan"]["lulus"] is not ketat


def test_strict_tanpa_temuan_lulus(salinan: SalinanData) -> None:
    assert jalankan("check", str(salinan.folder), "--strict").exit_code == 0


def test_batas_pk(salinan: SalinanData) -> None:
    salinan.ganti(PK, *PERINGATAN_TANGGAL)
    hasil = jalankan("check", str(salinan.folder), "--strict", "--batas-pk", "90")
    assert hasil.exit_code == 0, hasil.output


def test_build_berhenti_pada_galat_reviu(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, *GALAT_JUMLAH)
    salinan.ganti("keputusan-iku.yaml", "  - Bupati Jember", "  - Bupati Malang")
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 2
    assert not keluar.exists()
    assert "ditulis:" not in hasil.output
    baris = hasil.stderr.splitlines()
    assert baris[0].startswith(f"peringatan: {salinan.path('keputusan-iku.yaml')}:")
    assert baris[1].startswith(f"galat: {salinan.path(PK)}:{salinan.baris(PK, 'tertulis:')}, "
                               "kolom 'camat.tertulis.jumlah': jumlah anggaran")
    assert baris[1].endswith("[angka.jumlah-pk]")
    assert baris[2].startswith("galat: reviu menemukan 1 galat; tidak ada dokumen yang ditulis")


def test_build_dengan_peringatan_tetap_menyusun(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, *PERINGATAN_TANGGAL)
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    [peringatan] = hasil.stderr.splitlines()
    assert peringatan.startswith(f"peringatan: {salinan.path(PK)}:") and \
        peringatan.endswith("[orang.tanggal-pk-terlambat]")
    assert hasil.stdout.splitlines()[-1] == "7 dokumen selesai."
    assert (keluar / "mumbulsari" / "perjanjian-kinerja-2025-camat.docx").is_file()


# --- a kabupaten folder ------------------------------------------------------------------


@pytest.fixture
def kabupaten(tmp_path: Path) -> Path:
    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    salin(folder / "mumbulsari", BERKAS_STABIL)
    tempurejo = salin(folder / "tempurejo", BERKAS_STABIL)
    tempurejo.ganti("instansi.yaml", "  nama: Mumbulsari", "  nama: Tempurejo")
    return folder


def test_check_kabupaten(kabupaten: Path) -> None:
    hasil = jalankan("check", str(kabupaten))
    assert hasil.exit_code == 0, hasil.output
    baris = hasil.stdout.splitlines()
    assert "mumbulsari: 0 galat, 0 peringatan, 4 info." in baris
    # tempurejo's files still say "Kecamatan Mumbulsari", a sibling's name: warnings, per file
    assert any(b.startswith(f"tempurejo: {kabupaten / 'tempurejo' / 'keputusan-iku.yaml'} (0 galat, ") for b in baris)
    assert any(b.startswith("  peringatan: ") and "\"Kecamatan Mumbulsari\" (kecamatan lain di Kabupaten Jember)"
               in b for b in baris)
    assert baris[-1].startswith("2 kecamatan diperiksa: 0 galat, ")
    data = json.loads(jalankan("check", str(kabupaten), "--format", "json").stdout)
    assert {t["kecamatan"] for t in data["temuan"] if t["tingkat"] != "info"} == {"tempurejo"}
    assert [k["kecamatan"] for k in data["ringkasan"]["kecamatan"]] == ["mumbulsari", "tempurejo"]
    assert jalankan("check", str(kabupaten), "--strict").exit_code == 2


def test_build_kabupaten_melewati_kecamatan_bergalat(kabupaten: Path, tmp_path: Path) -> None:
    SalinanData(kabupaten / "tempurejo").ganti(PK, *GALAT_JUMLAH)
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(kabupaten), "-o", str(keluar), "-j", "1")
    assert hasil.exit_code == 2
    assert "galat: tempurejo: " in hasil.stderr and "[angka.jumlah-pk]" in hasil.stderr
    assert "peringatan: tempurejo: " in hasil.stderr
    assert "1 dari 2 kecamatan selesai" in hasil.output
    assert (keluar / "jember" / "mumbulsari" / "perjanjian-kinerja-2025-camat.docx").is_file()
    assert not (keluar / "jember" / "tempurejo").exists()
    shutil.rmtree(keluar)
