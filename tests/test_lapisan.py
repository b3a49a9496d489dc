"""Layers point one way: cli → batch/build → documents and reviu → the computed year → model → kinerja/hukum.

A module may import from its own layer and the layers below it, never from one above: the reviu
does not compose documents, the year neither formats nor reviews, the computations know nothing
of the data files' model. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

LAPISAN = [
    {"cli", "__main__"},
    {"batch", "build", "manifes"},
    {"documents", "reviu", "render", "templat", "tulis", "pdf", "toc", "tata_letak"},
    {"tahun"},
    {"model", "masukan", "folder"},
    {"kinerja", "hukum"},
    {"fmt", "load", "errors", "terjemah", "sumber", "sinyal", "oxml", "grafik"},
]
"""Top first. Within a layer, documents and reviu do not import each other (checked below)."""

SALING_ASING = [("reviu", "documents"), ("documents", "reviu")]


def _lapis(nama: str) -> str:
    bagian = nama.split(".")
    return bagian[1] if len(bagian) > 1 else ""


def _impor(path: Path) -> set[str]:
    """The doctools packages or top modules ``path`` imports (``from doctools import fmt`` names fmt)."""
    hasil = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "doctools":
            if node.module == "doctools":
                hasil |= {a.name for a in node.names}
            else:
                hasil.add(_lapis(node.module))
        elif isinstance(node, ast.Import):
            hasil |= {_lapis(a.name) for a in node.names if a.name.split(".")[0] == "doctools"}
    return hasil - {""}


def _modul() -> list[tuple[str, Path]]:
    folder = ROOT / "doctools"
    return [(p.relative_to(folder).parts[0].removesuffix(".py"), p) for p in sorted(folder.rglob("*.py"))]


def _tingkat(lapis: str) -> int | None:
    return next((i for i, kumpulan in enumerate(LAPISAN) if lapis in kumpulan), None)


@pytest.mark.parametrize(("lapis", "path"), _modul(), ids=lambda x: str(x).rsplit("doctools/", 1)[-1])
def test_tidak_mengimpor_ke_atas(lapis: str, path: Path) -> None:
    sendiri = _tingkat(lapis)
    if sendiri is None:  # a module outside the layers (the package itself, init)
        return
    ke_atas = sorted(x for x in _impor(path) if (t := _tingkat(x)) is not None and t < sendiri)
    assert ke_atas == [], f"{path.name} ({lapis}) mengimpor lapisan di atasnya: {', '.join(ke_atas)}"
    for a, b in SALING_ASING:
        assert lapis != a or b not in _impor(path), f"{path.name} ({a}) mengimpor {b}"


def test_setiap_paket_berlapis() -> None:
    paket = {p.parent.name for p in (ROOT / "doctools").glob("*/__init__.py")} - {"starter"}
    assert {x for x in paket if _tingkat(x) is None} == set()
