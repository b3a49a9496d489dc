"""Layers point one way: cli → batch/build → documents and reviu → the computed year → model → kinerja/hukum.

A module may import from its own layer and the layers below it, never from one above: the reviu
does not compose documents, the year neither formats nor reviews, the computations know nothing
of the data files' model. Imports inside functions count too, and no import goes in a circle.
WordprocessingML (markup written as text, tags named through python-docx or lxml) is known only
in ``doctools/oxml/``.
"""

from __future__ import annotations

import ast
import graphlib
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

LAPISAN = [
    {"cli", "__main__", "konsol"},
    {"batch", "build", "manifes"},
    {"documents", "reviu", "render", "templat", "tulis", "pdf", "toc", "profil_lo", "tata_letak"},
    {"tahun"},
    {"model", "masukan", "folder"},
    {"kinerja", "hukum"},
    {"fmt", "load", "errors", "terjemah", "sumber", "sinyal", "singgahan", "oxml", "grafik"},
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



def _graf_impor() -> dict[str, set[str]]:
    """Module → the doctools modules it imports (``from doctools.x import y`` names y when y is a module)."""
    folder = ROOT / "doctools"
    modul = {}
    for p in folder.rglob("*.py"):
        bagian = list(p.relative_to(ROOT).with_suffix("").parts)
        modul[".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)] = p

    def terdekat(nama: str) -> str:
        while nama not in modul and "." in nama:
            nama = nama.rsplit(".", 1)[0]
        return nama if nama in modul else ""

    graf: dict[str, set[str]] = {}
    for nama, p in modul.items():
        tujuan = set()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "doctools":
                tujuan |= {f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modul else terdekat(node.module)
                           for a in node.names}
            elif isinstance(node, ast.Import):
                tujuan |= {terdekat(a.name) for a in node.names if a.name.split(".")[0] == "doctools"}
        graf[nama] = tujuan - {"", nama}
    return graf


def test_tanpa_impor_melingkar() -> None:
    """No module imports one that (through others) imports it back, package modules included."""
    graf = _graf_impor()
    assert {"doctools.hukum.katalog", "doctools.oxml.jinja", "doctools.tahun"} <= set(graf)
    try:
        tuple(graphlib.TopologicalSorter(graf).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"impor melingkar: {' → '.join(exc.args[1])}")

# ---- WordprocessingML only in doctools/oxml ------------------------------------------------------------

_MARKAH = re.compile(r"</?(?:w|wp|a|m|c|r|pic|v|o|mc|wps|w14|w15):[A-Za-z]")
"""An OOXML element written as text (``<w:p>``, ``</w:t>``, ``<m:oMath``)."""
_URI_OOXML = "schemas.openxmlformats.org"
_NAMA_XML = {"qn", "parse_xml", "OxmlElement", "nsmap", "xpath", "XPath"}
"""python-docx's and lxml's ways of naming or building elements by their tags."""
_BOLEH_DARI_NS = {"Xml"}
"""What a module outside the package may take from ``doctools.oxml.ns``: the type of a fragment, no tag names."""


def pelanggaran_oxml(sumber: str) -> list[str]:
    """Where ``sumber`` (a module outside doctools/oxml) knows WordprocessingML by name, one line each."""
    hasil = []
    for node in ast.walk(ast.parse(sumber)):
        baris = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _MARKAH.search(node.value) or _URI_OOXML in node.value:
                hasil.append(f"baris {baris}: markah atau namespace OOXML dalam teks")
        elif isinstance(node, ast.Name) and node.id in _NAMA_XML or \
                isinstance(node, ast.Attribute) and node.attr in _NAMA_XML:
            hasil.append(f"baris {baris}: {getattr(node, 'id', None) or getattr(node, 'attr', '')}")
        elif isinstance(node, ast.Import):
            hasil += [f"baris {baris}: import {a.name}" for a in node.names if a.name.split(".")[1:2] == ["oxml"]
                      and a.name.split(".")[0] in ("docx", "pptx")]
        elif isinstance(node, ast.ImportFrom) and node.module:
            induk = node.module.split(".")
            if induk[0] in ("docx", "pptx") and induk[1:2] == ["oxml"]:
                hasil.append(f"baris {baris}: from {node.module}")
            elif node.module == "doctools.oxml.ns":
                hasil += [f"baris {baris}: {a.name} dari doctools.oxml.ns" for a in node.names
                          if a.name not in _BOLEH_DARI_NS]
            elif node.module == "doctools.oxml" and any(a.name == "ns" for a in node.names):
                hasil.append(f"baris {baris}: doctools.oxml.ns")
    return hasil


def _di_luar_oxml() -> list[Path]:
    folder = ROOT / "doctools"
    return [p for p in sorted(folder.rglob("*.py")) if p.relative_to(folder).parts[0] != "oxml"]


@pytest.mark.parametrize("path", _di_luar_oxml(), ids=lambda p: str(p).rsplit("doctools/", 1)[-1])
def test_wordprocessingml_hanya_di_oxml(path: Path) -> None:
    """``grep "<w:"`` finds WordprocessingML only in doctools/oxml; tags are not named elsewhere either."""
    assert pelanggaran_oxml(path.read_text(encoding="utf-8")) == [], path.name


@pytest.mark.parametrize("sumber", [
    "x = '</w:t></w:r><w:r>'",
    "NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'",
    "from docx.oxml.ns import qn",
    "import docx.oxml.parser",
    "from pptx.oxml import parse_xml",
    "el = OxmlElement('w:p')",
    "el.xpath('.//w:t')",
    "from doctools.oxml.ns import w",
    "from doctools.oxml import ns, table",
])
def test_pemeriksaan_oxml_menangkap(sumber: str) -> None:
    assert pelanggaran_oxml(sumber) != []


def test_pemeriksaan_oxml_membiarkan_yang_bukan_markah() -> None:
    assert pelanggaran_oxml("from doctools.oxml.ns import Xml\nfrom doctools import oxml\n"
                            "oxml.text.is_paragraph(el)\nx = 'a < w: b'\n") == []
