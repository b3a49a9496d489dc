"""``doctools init``: names written so they read back exactly, every document kind started, builds at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from doctools.build import bangun_folder
from doctools.cli import main
from doctools.documents import JENIS_DOKUMEN
from doctools.init import BERKAS_KECAMATAN, _isi, buat_awal
from doctools.model import muat_data
from tests.conftest import buka, semua_paragraf

NAMA_SULIT = [
    "Sumber: Baru", "Kali # Putih", 'Tanjung "Rejo"', "Ujung'Pandang", "Back\\slash", "- Dash", "yes", "123",
    "{Kurung}", "[Siku] & *Bintang* !", "Ngoro | > %", "  Spasi di tepi  ", "Sumber Wringin: Barat #2 \"A\" \\ b",
]


@pytest.mark.parametrize("nama", NAMA_SULIT)
def test_nama_dibaca_kembali_persis(tmp_path: Path, nama: str) -> None:
    folder = tmp_path / "kec"
    buat_awal(folder, kecamatan=nama, kabupaten=f"Kab {nama}", tahun=2026)
    data = muat_data(folder)
    assert data.instansi.kecamatan.nama == nama.strip()
    assert data.instansi.pemerintah.nama == f"Kab {nama}".strip()
    assert data.keputusan_iku is not None
    assert f"Kecamatan {nama.strip()} perlu ditetapkan" in str(data.keputusan_iku.menimbang[0])


def test_nama_dengan_titik_dua_dan_pagar_sampai_ke_dokumen(tmp_path: Path) -> None:
    folder = tmp_path / "sumber-baru"
    hasil = CliRunner().invoke(main, ["init", str(folder), "--kecamatan", "Sumber: Baru #2",
                                      "--kabupaten", "Jember # Kota: Lama"])
    assert hasil.exit_code == 0, hasil.output
    build = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert build.exit_code == 0, build.output
    teks = semua_paragraf(buka(tmp_path / "out" / "sumber-baru" / next(
        p.name for p in (tmp_path / "out" / "sumber-baru").glob("keputusan-iku-*.docx"))))
    assert "KECAMATAN SUMBER: BARU #2" in teks
    assert "PEMERINTAH KABUPATEN JEMBER # KOTA: LAMA" in teks


@pytest.mark.parametrize(("opsi", "nama"), [("--kecamatan", "Suka\nmaju"), ("--kabupaten", "Jem\x00ber"),
                                            ("--kecamatan", "Suka\u2028maju"), ("--kabupaten", "   ")])
def test_nama_tidak_layak_ditolak(tmp_path: Path, opsi: str, nama: str) -> None:
    folder = tmp_path / "baru"
    hasil = CliRunner().invoke(main, ["init", str(folder), opsi, nama])
    assert hasil.exit_code == 2, hasil.output
    assert f"kolom '{opsi}'" in hasil.stderr and "Traceback" not in hasil.output
    assert not folder.exists()


def test_setiap_jenis_dokumen_dimulai(tmp_path: Path) -> None:
    folder = tmp_path / "sukamaju"
    buat_awal(folder, kecamatan="Sukamaju", kabupaten="Jember", tahun=2026)
    assert sorted(p.name for p in folder.iterdir()) == sorted(BERKAS_KECAMATAN)
    build = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert build.exit_code == 0, build.output
    ditulis = sorted(p.name for p in (tmp_path / "out" / "sukamaju").iterdir())
    assert ditulis == sorted(["keputusan-iku-2026.docx", "keputusan-iki-2026.docx", "laporan-kinerja-2026.docx",
                              "perjanjian-kinerja-2026-camat.docx", "perjanjian-kinerja-2026-sekretaris.docx",
                              "rencana-kinerja-tahunan-2026.docx", "rencana-aksi-2026.docx",
                              "pohon-kinerja-2026.docx"])
    assert {h.dokumen.jenis for h in bangun_folder(folder, tmp_path / "lagi")} == set(JENIS_DOKUMEN)
    lkj = semua_paragraf(buka(tmp_path / "out" / "sukamaju" / "laporan-kinerja-2026.docx"))
    assert "KECAMATAN SUKAMAJU" in lkj


def test_penanda_teks_di_luar_kutip_adalah_kesalahan_berkas_awal() -> None:
    nilai = {"__KECAMATAN__": "Sumber: Baru", "__TAHUN__": 2026}
    assert _isi('nama: "__KECAMATAN__"\n', nilai) == 'nama: "Sumber: Baru"\n'
    assert _isi("# Kecamatan __KECAMATAN__ tahun __TAHUN__\n", nilai) == "# Kecamatan Sumber: Baru tahun 2026\n"
    assert _isi("tahun: __TAHUN__  # bukan '__KECAMATAN__'\n", nilai) == "tahun: 2026  # bukan 'Sumber: Baru'\n"
    with pytest.raises(ValueError, match="__KECAMATAN__ must sit in a double-quoted value or a comment"):
        _isi("nama: __KECAMATAN__\n", nilai)
    with pytest.raises(ValueError):
        _isi('teks: "a" __KECAMATAN__ "b"\n', nilai)
