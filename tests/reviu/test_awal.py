"""Rule family ``awal``: the stand-ins ``doctools init`` writes are warnings until replaced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from doctools import sumber
from doctools.cli import main
from doctools.init import buat_awal
from doctools.reviu import ATURAN, periksa_folder
from doctools.reviu.awal import NIP_CONTOH
from tests.conftest import CONTOH

ISIAN = {  # field → the stand-in the starter writes
    "pemerintah.nama": "Contoh",
    "pemerintah.kepala_daerah.nama": "NAMA KEPALA DAERAH",
    "kecamatan.kode_wilayah": "00.00.00",
    "kecamatan.alamat": "Jl. Contoh No. 1",
    "kecamatan.telepon": "(0000) 000000",
    "kecamatan.kode_pos": "00000",
    "camat.nama": "NAMA CAMAT, S.STP.",
    "camat.nip": "19800101 200501 1 001",
    "pejabat[1].nama": "NAMA SEKRETARIS, S.E.",
    "pejabat[1].nip": "19820202 200604 2 002",
}
PENGGANTI = {  # what a user writes instead (a real-looking kecamatan of Kabupaten Jember)
    '  nama: "Contoh"': '  nama: "Jember"',
    "NAMA KEPALA DAERAH": "Ir. H. SUHARTONO WIBISONO, M.M.",
    '"00.00.00"': '"35.09.14"',
    "Jl. Contoh No. 1": "Jl. KH. Agus Salim No. 02",
    "(0000) 000000": "(0331) 123456",
    '"00000"': '"68174"',
    "NAMA CAMAT, S.STP.": "Drs. BAMBANG SETIAWAN, M.Si.",
    "19800101 200501 1 001": "19700512 199503 1 004",
    "NAMA SEKRETARIS, S.E.": "SITI AMINAH, S.E.",
    "19820202 200604 2 002": "19780918 200212 2 003",
}


def _awal(folder: Path) -> dict[str, str]:
    return {t.lokasi.kolom: t.pesan for t in periksa_folder(folder).temuan if t.aturan == "awal.isian-contoh"}


def test_aturan_terdaftar() -> None:
    assert ATURAN["awal.isian-contoh"].tingkat == "peringatan"


def test_setiap_isian_contoh_diberi_peringatan(tmp_path: Path) -> None:
    folder = tmp_path / "sukamaju"
    buat_awal(folder, kecamatan="Sukamaju", kabupaten="Contoh", tahun=2026)
    temuan = _awal(folder)
    assert set(temuan) == set(ISIAN)
    for kolom, nilai in ISIAN.items():
        assert temuan[kolom].startswith(f"'{nilai}' adalah isian contoh dari doctools init; ganti dengan ")


def test_setelah_diganti_tidak_ada_peringatan(tmp_path: Path) -> None:
    folder = tmp_path / "sukamaju"
    buat_awal(folder, kecamatan="Sukamaju", kabupaten="Contoh", tahun=2026)
    path = folder / "instansi.yaml"
    teks = path.read_text(encoding="utf-8")
    for lama, baru in PENGGANTI.items():
        assert teks.count(lama) == 1, lama
        teks = teks.replace(lama, baru)
    path.write_text(teks, encoding="utf-8")
    laporan = periksa_folder(folder)
    assert _awal(folder) == {}
    assert laporan.galat == 0 and laporan.peringatan == 0, [str(t) for t in laporan.temuan]


def test_peringatan_di_kabupaten_yaml_pada_barisnya(tmp_path: Path) -> None:
    buat_awal(tmp_path / "contoh", kecamatan="Sukamaju", kabupaten="Contoh", dengan_kabupaten=True, tahun=2026)
    temuan = [t for t in periksa_folder(tmp_path / "contoh" / "sukamaju").temuan if t.aturan == "awal.isian-contoh"]
    kabupaten = [t for t in temuan if t.lokasi.berkas.endswith("kabupaten.yaml")]
    assert {t.lokasi.kolom for t in kabupaten} == {"pemerintah.nama", "pemerintah.kepala_daerah.nama"}
    baris = (tmp_path / "contoh" / "kabupaten.yaml").read_text(encoding="utf-8").splitlines()
    assert all("NAMA KEPALA DAERAH" in baris[t.lokasi.baris - 1] or '"Contoh"' in baris[t.lokasi.baris - 1]
               for t in kabupaten)


def test_check_dan_build_mencetak_peringatan(tmp_path: Path) -> None:
    folder = tmp_path / "sukamaju"
    buat_awal(folder, kecamatan="Sukamaju", kabupaten="Jember", tahun=2026)
    check = CliRunner().invoke(main, ["check", str(folder)])
    assert check.exit_code == 0
    assert check.stdout.count("[awal.isian-contoh]") == len(ISIAN) - 1  # the kabupaten is named
    assert CliRunner().invoke(main, ["check", str(folder), "--strict"]).exit_code == 2
    build = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert build.exit_code == 0, build.output
    assert build.stderr.count("[awal.isian-contoh]") == len(ISIAN) - 1
    assert "'NAMA CAMAT, S.STP.' adalah isian contoh" in build.stderr


def test_contoh_sungguhan_bukan_isian() -> None:
    assert _awal(CONTOH) == {}


def test_nip_contoh_sama_dengan_awal() -> None:
    """The rule knows every NIP the starter writes."""
    nip = re.findall(r'nip: "([\d ]+)"', sumber.teks_awal("instansi.yaml"))
    assert nip and {n.replace(" ", "") for n in nip} == NIP_CONTOH


@pytest.mark.parametrize("kolom", ["kecamatan.kode_wilayah", "kecamatan.kode_pos"])
def test_kode_bukan_nol_tidak_diberi_peringatan(tmp_path: Path, kolom: str) -> None:
    folder = tmp_path / "sukamaju"
    buat_awal(folder, kecamatan="Sukamaju", kabupaten="Jember", tahun=2026)
    path = folder / "instansi.yaml"
    lama = ISIAN[kolom]
    path.write_text(path.read_text(encoding="utf-8").replace(f'"{lama}"', f'"{lama[:-1]}1"'), encoding="utf-8")
    assert kolom not in _awal(folder)
