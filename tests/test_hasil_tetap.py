"""The documents a user gets, byte for byte: the two examples' and a new kecamatan's (``doctools init``).

Every part of every .docx (``word/document.xml``, the styles, the images, …) is compared by its
SHA-256 with ``hasil_tetap.json``. A change to the code that is meant to leave the documents as
they are (a refactoring) must pass this test unchanged; a change that is meant to change a
document updates the file on purpose, with the reason in its commit::

    python -m tests.test_hasil_tetap      # rewrites tests/hasil_tetap.json from the current code
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from doctools.build import bangun_folder
from doctools.init import buat_awal
from tests.conftest import CONTOH, CONTOH_KOTA

BERKAS_HASH = Path(__file__).with_name("hasil_tetap.json")
TAHUN_AWAL = 2025
"""The year the new kecamatan is started for (``doctools init`` takes the current year)."""


def _bagian(docx: Path) -> dict[str, str]:
    with zipfile.ZipFile(docx) as zf:
        return {nama: hashlib.sha256(zf.read(nama)).hexdigest() for nama in sorted(zf.namelist())}


def _folder_data(akar: Path) -> dict[str, Path]:
    """The data sets whose documents are fixed: the two examples and a starter written for 2025."""
    awal = akar / "data" / "sukamaju"
    buat_awal(awal, kecamatan="Sukamaju", kabupaten="Jember", tahun=TAHUN_AWAL)
    return {"mumbulsari": CONTOH, "junrejo": CONTOH_KOTA, "sukamaju": awal}


def hash_dokumen(akar: Path) -> dict[str, dict[str, dict[str, str]]]:
    """Data set → document file name → part name → SHA-256, built with the current code under ``akar``."""
    hasil: dict[str, dict[str, dict[str, str]]] = {}
    for nama, folder in _folder_data(akar).items():
        berkas = bangun_folder(folder, akar / "keluar")
        hasil[nama] = {h.path.name: _bagian(h.path) for h in sorted(berkas, key=lambda h: h.path.name)}
    return hasil


@pytest.fixture(scope="module")
def sekarang(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, str]]]:
    return hash_dokumen(tmp_path_factory.mktemp("hasil-tetap"))


def test_dokumen_yang_sama(sekarang: dict[str, dict[str, dict[str, str]]]) -> None:
    tersimpan = json.loads(BERKAS_HASH.read_text(encoding="utf-8"))
    assert sorted(sekarang) == sorted(tersimpan)
    for data, dokumen in tersimpan.items():
        assert sorted(sekarang[data]) == sorted(dokumen), data
        for berkas, bagian in dokumen.items():
            berubah = sorted(n for n in bagian.keys() | sekarang[data][berkas].keys()
                             if bagian.get(n) != sekarang[data][berkas].get(n))
            assert berubah == [], f"{data}/{berkas}: bagian yang berubah: {', '.join(berubah)}"


if __name__ == "__main__":  # pragma: no cover - regenerates the stored hashes
    with tempfile.TemporaryDirectory() as kerja:
        BERKAS_HASH.write_text(json.dumps(hash_dokumen(Path(kerja)), indent=1, sort_keys=True) + "\n",
                               encoding="utf-8")
    sys.stdout.write(f"ditulis: {BERKAS_HASH}\n")
