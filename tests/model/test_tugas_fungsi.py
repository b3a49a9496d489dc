"""Tugas and fungsi of the Camat: required only where a document prints them (Keputusan IKU, LKj)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from doctools.cli import main
from tests.conftest import CONTOH, SalinanData


@pytest.fixture
def lengkap(tmp_path: Path) -> SalinanData:
    """A copy of the whole example (every document kind)."""
    shutil.copytree(CONTOH, tmp_path / "data" / CONTOH.name)
    return SalinanData(tmp_path / "data" / CONTOH.name)


def _tanpa_tugas_fungsi(salinan: SalinanData) -> None:
    """Drop the tugas and fungsi lists (and their comment lines) from instansi.yaml."""
    teks = salinan.baca("instansi.yaml")
    baru = re.sub(r"^  (tugas|fungsi):\n(?:(?:    - |      ).*\n)+", "", teks, flags=re.MULTILINE)
    assert "tugas:" not in baru and "fungsi:" not in baru
    salinan.tulis("instansi.yaml", baru)


def test_folder_tanpa_keputusan_iku_dan_lkj_tidak_meminta_tugas(lengkap: SalinanData, tmp_path: Path) -> None:
    # a folder that builds only the PK and the plans must not invent the Perbup's list
    _tanpa_tugas_fungsi(lengkap)
    lengkap.hapus("keputusan-iku.yaml")
    lengkap.hapus("lkj.yaml")
    hasil = CliRunner().invoke(main, ["build", str(lengkap.folder), "-o", str(tmp_path / "keluar")])
    assert hasil.exit_code == 0, hasil.output
    ditulis = sorted(p.name for p in (tmp_path / "keluar").rglob("*.docx"))
    assert any(n.startswith("perjanjian-kinerja") for n in ditulis)
    assert not any(n.startswith(("keputusan-iku", "laporan-kinerja")) for n in ditulis)
    pk = next((tmp_path / "keluar").rglob("perjanjian-kinerja*.docx"))
    assert "PERJANJIAN KINERJA" in "\n".join(p.text for p in docx.Document(str(pk)).paragraphs)


@pytest.mark.parametrize(("tetap", "dicetak"), [
    ("keputusan-iku.yaml", "Lampiran Keputusan IKU"),
    ("lkj.yaml", "BAB I Laporan Kinerja"),
])
def test_tugas_diminta_oleh_dokumen_yang_mencetaknya(lengkap: SalinanData, tmp_path: Path,
                                                     tetap: str, dicetak: str) -> None:
    _tanpa_tugas_fungsi(lengkap)
    for berkas in ("keputusan-iku.yaml", "lkj.yaml"):
        if berkas != tetap:
            lengkap.hapus(berkas)
    baris = lengkap.baris("instansi.yaml", "kecamatan:")
    for perintah in (["check", str(lengkap.folder)],
                     ["build", str(lengkap.folder), "-o", str(tmp_path / "keluar")]):
        hasil = CliRunner().invoke(main, perintah)
        assert hasil.exit_code != 0, hasil.output
        for kolom in ("tugas", "fungsi"):
            assert (f"instansi.yaml:{baris}, kolom 'kecamatan.{kolom}': {kolom} Camat wajib diisi karena dicetak di "
                    f"{dicetak}: salin dari Peraturan") in hasil.output
    assert not (tmp_path / "keluar").exists()


def test_daftar_tugas_kosong_tetap_ditolak(lengkap: SalinanData) -> None:
    teks = lengkap.baca("instansi.yaml")
    lengkap.tulis("instansi.yaml", re.sub(r"\n  tugas:\n(    - .*\n)+", "\n  tugas: []\n", teks))
    hasil = CliRunner().invoke(main, ["check", str(lengkap.folder)])
    assert hasil.exit_code != 0
    assert "kolom 'kecamatan.tugas'" in hasil.output
