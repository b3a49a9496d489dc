"""The package as pyproject.toml ships it: every package listed, every file it reads at run time inside.

A wheel holds only what pyproject.toml names; a package or a data file left out works in the
checkout and fails after ``pip install``. (CI also builds the wheel, installs it outside the
repository and runs init, check and build --pdf with it.)
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from doctools import sumber
from doctools.documents import JENIS_DOKUMEN
from tests.conftest import ROOT

SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder_paket(paket: str) -> Path:
    peta = SETUPTOOLS.get("package-dir", {})
    return ROOT / peta[paket] if paket in peta else ROOT.joinpath(*paket.split("."))


def test_setiap_paket_terdaftar() -> None:
    di_folder = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "doctools").rglob("__init__.py")}
    terdaftar = set(SETUPTOOLS["packages"])
    assert di_folder - terdaftar == set(), "paket belum terdaftar di pyproject.toml"
    for paket in terdaftar:
        assert (_folder_paket(paket) / "__init__.py").is_file(), paket


def test_sumber_dipetakan_dari_tempatnya_di_repositori() -> None:
    assert SETUPTOOLS["package-dir"] == {"doctools.templates_docx": "templates_docx", "doctools.katalog": "data/katalog"}
    assert sumber.folder_templat() == ROOT / "templates_docx"
    assert sumber.berkas_katalog("peraturan.yaml") == ROOT / "data" / "katalog" / "peraturan.yaml"


def test_setiap_berkas_data_ikut_dalam_wheel() -> None:
    """Each non-Python file of a package matches one of its package-data patterns."""
    pola = SETUPTOOLS["package-data"]
    tertinggal = []
    for paket in SETUPTOOLS["packages"]:
        for path in _folder_paket(paket).iterdir():
            if path.is_file() and path.suffix not in (".py", ".pyc") \
                    and not any(fnmatch.fnmatch(path.name, p) for p in pola.get(paket, ())):
                tertinggal.append(f"{paket}: {path.name}")
    assert tertinggal == []


def test_templat_setiap_jenis_dokumen_dikirim() -> None:
    nama = {p.name for p in sumber.folder_templat().glob("*.docx")}
    assert {f"{jenis}.docx" for jenis in JENIS_DOKUMEN} <= nama


def test_bagian_bersama_dikirim() -> None:
    """Every shared part is in templates_docx/bagian/ and matched by a package-data pattern."""
    from doctools.templat import BAGIAN

    bagian = sumber.folder_templat() / "bagian"
    assert sorted(p.stem for p in bagian.glob("*.docx")) == sorted(BAGIAN)
    pola = SETUPTOOLS["package-data"]["doctools.templates_docx"]
    for path in bagian.iterdir():
        assert any(fnmatch.fnmatch(f"bagian/{path.name}", p) for p in pola), path.name


def test_bertipe_dan_lapisan_murni_diperiksa_ketat() -> None:
    """``py.typed`` ships, so a type checker reads the package's hints; mypy is strict for the pure layers."""
    assert (ROOT / "doctools" / "py.typed").is_file() and "py.typed" in SETUPTOOLS["package-data"]["doctools"]
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    [ketat] = [o for o in mypy["overrides"] if o.get("disallow_untyped_defs")]
    assert {"doctools.fmt.*", "doctools.kinerja.*", "doctools.hukum.*", "doctools.model.*",
            "doctools.tahun.*"} <= set(ketat["module"])
