"""A command imports the heavy libraries only for the folders that need them.

openpyxl (realisation and SKM sheets), python-pptx (the native SKM chart) and Pillow (the logo,
the organisation chart, the Pohon Kinerja's diagrams) cost a tenth of a second or more of every
start; a folder with only the IKU decree's files, ``doctools --help`` and ``doctools check`` of
such a folder load none of them. Checked in a fresh interpreter, by the modules it holds after
the command (not by time).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import salin_iku

BERAT = ("openpyxl", "pptx", "PIL")

_PROBE = """
import json, sys
from doctools.cli import main
try:
    main(sys.argv[2:], prog_name="doctools")
except SystemExit as exc:
    kode = exc.code
else:
    kode = 0
dimuat = sorted(m for m in {berat!r} if m in sys.modules)
model = sorted(m for m in sys.modules if m.startswith("doctools.model."))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump({{"kode": kode, "dimuat": dimuat, "model": model}}, f)
"""


def _jalankan(tmp_path: Path, *args: str) -> dict[str, object]:
    hasil = tmp_path / "impor.json"
    proses = subprocess.run([sys.executable, "-c", _PROBE.format(berat=BERAT), str(hasil), *args],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert hasil.exists(), proses.stderr
    return json.loads(hasil.read_text(encoding="utf-8"))


@pytest.fixture
def folder_iku(tmp_path: Path) -> Path:
    """The example with only instansi.yaml, kinerja.yaml and keputusan-iku.yaml (its .xlsx files stay, unused)."""
    return salin_iku(tmp_path / "data" / "mumbulsari").folder


def test_bantuan_tanpa_pustaka_berat(tmp_path: Path) -> None:
    hasil = _jalankan(tmp_path, "--help")
    assert hasil["kode"] == 0
    assert hasil["dimuat"] == []
    assert hasil["model"] == []


def test_check_iku_tanpa_pustaka_berat(tmp_path: Path, folder_iku: Path) -> None:
    hasil = _jalankan(tmp_path, "check", str(folder_iku))
    assert hasil["kode"] == 0
    assert hasil["dimuat"] == []
    assert "doctools.model.lkj" not in hasil["model"]  # the LKj's model, the largest, is not built
    assert "doctools.model.keputusan" in hasil["model"]


def test_build_iku_tanpa_pustaka_berat(tmp_path: Path, folder_iku: Path) -> None:
    keluar = tmp_path / "keluar"
    hasil = _jalankan(tmp_path, "build", str(folder_iku), "-o", str(keluar))
    assert hasil["kode"] == 0
    assert [p.name for p in keluar.rglob("*.docx")] == ["keputusan-iku-2025.docx"]
    assert hasil["dimuat"] == []
    assert "doctools.model.lkj" not in hasil["model"]


def test_check_contoh_memuat_openpyxl(tmp_path: Path, contoh: Path) -> None:
    """The probe sees what a command imports: the whole example reads its sheets with openpyxl."""
    hasil = _jalankan(tmp_path, "check", str(contoh))
    assert "openpyxl" in hasil["dimuat"]
    assert {"doctools.model.lembar_lkj", "doctools.model.lkj"} <= set(hasil["model"])


def test_nama_model_dimuat_saat_dipakai() -> None:
    """Every public name of doctools.model resolves to its submodule's object; an unknown one is an AttributeError."""
    import importlib

    import doctools.model as model

    for nama in model.__all__:
        nilai = getattr(model, nama)
        assert nilai is getattr(importlib.import_module(nilai.__module__), nama)
    with pytest.raises(AttributeError, match="tidak_ada"):
        model.tidak_ada  # noqa: B018


def test_daftar_nama_model_sepakat() -> None:
    """The lazy table, ``__all__`` and the type checker's imports name the same things (kept by hand)."""
    import ast
    import inspect

    import doctools.model as model

    pohon = ast.parse(inspect.getsource(model))
    blok = next(n for n in pohon.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    untuk_pemeriksa = {(imp.module, a.name) for imp in blok.body if isinstance(imp, ast.ImportFrom) for a in imp.names}
    assert untuk_pemeriksa == {(f"doctools.model.{m}", n) for m, daftar in model._MODUL.items() for n in daftar}
    assert set(model.__all__) == set(model._ASAL) | {"KumpulanGalat"}
