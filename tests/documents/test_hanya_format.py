"""No document module computes a figure: the computed year (doctools/tahun) does, the documents format it.

Two rules, read from the source of ``doctools/documents/``:

* a document imports no function that computes from ``doctools.kinerja``, ``doctools.tahun`` or
  ``doctools.hukum`` (classes and constants are types and names; the drawings of a chart or a tree
  are listed below with why they may be called);
* no arithmetic (``+ - * / // % **``, a sign, ``abs``, ``sum``, ``round``, ``min``, ``max``) is done on
  a figure: an attribute that a class of the year, the data model or the computations types as a
  number (``pagu``, ``capaian``, ``selisih``, ``tahun`` …), or a local name bound to one. Layout
  arithmetic (widths in cm, a picture's height) works on other names and is left alone.
"""

from __future__ import annotations

import ast
import decimal
import functools
import importlib
import inspect
import pkgutil
import sys
import types
import typing
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOKUMEN = ROOT / "doctools" / "documents"
PAKET_HITUNG = ("doctools.kinerja", "doctools.tahun", "doctools.hukum")
BOLEH_DIPANGGIL = {
    "grafik_skm": "draws the SKM chart's data (a Grafik) from the year's survey result",
    "png_pohon": "draws the pohon kinerja as a picture",
    "tata_letak": "lays the pohon kinerja's boxes out to size its picture",
}
GEOMETRI = {"Kotak", "TataLetak"}
"""Classes of kinerja.pohon holding the tree picture's geometry in points, not figures."""
_OPERATOR = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
_FUNGSI = {"abs", "sum", "round", "min", "max"}


def _modul(paket: str) -> list[types.ModuleType]:
    induk = importlib.import_module(paket)
    return [induk, *(importlib.import_module(m.name) for m in pkgutil.walk_packages(induk.__path__, f"{paket}."))]


def _angka(jenis: object) -> bool:
    """A number type (Decimal, int, float; also optional, annotated, or a number-or-text value)."""
    if typing.get_origin(jenis) is typing.Annotated:
        return _angka(typing.get_args(jenis)[0])
    if typing.get_origin(jenis) in (typing.Union, types.UnionType):
        pilihan = [x for x in typing.get_args(jenis) if x is not type(None)]
        return any(_angka(x) for x in pilihan) and all(_angka(x) or x is str for x in pilihan)
    return isinstance(jenis, type) and issubclass(jenis, (decimal.Decimal, int, float)) and jenis is not bool


@functools.cache
def nama_angka() -> frozenset[str]:
    """Attribute names typed as a number by a class (field or property) of the year, the model or the computations."""
    kelas_semua = [kelas for paket in ("doctools.tahun", "doctools.model", "doctools.kinerja") for modul in _modul(paket)
                   for _, kelas in inspect.getmembers(modul, inspect.isclass)
                   if kelas.__module__ == modul.__name__ and kelas.__name__ not in GEOMETRI]
    # A module imports some model classes only for type checking (so that a command loads only the
    # models it uses); their names are resolved from the packages' own modules, the module's first.
    semua = {nama: nilai for paket in ("doctools.hukum", "doctools.kinerja", "doctools.model", "doctools.tahun")
             for modul in _modul(paket) for nama, nilai in vars(modul).items() if not nama.startswith("__")}
    hasil = set()
    for kelas in kelas_semua:
        lokal = {**semua, **vars(sys.modules[kelas.__module__])}
        hasil |= {k for k, v in typing.get_type_hints(kelas, localns=lokal, include_extras=True).items() if _angka(v)}
        for k, v in vars(kelas).items():
            f = v.fget if isinstance(v, property) else v.func if isinstance(v, functools.cached_property) else None
            if f is not None and _angka(typing.get_type_hints(f, localns=lokal).get("return")):
                hasil.add(k)
    return frozenset(hasil)


def _angka_ekspr(e: ast.expr, terikat: set[str]) -> bool:
    """The expression itself is a figure: a figure attribute, a name bound to one, or arithmetic on them."""
    if isinstance(e, ast.Attribute):
        return e.attr in nama_angka()
    if isinstance(e, ast.Name):
        return e.id in terikat
    if isinstance(e, ast.Subscript):
        return _angka_ekspr(e.value, terikat)
    if isinstance(e, ast.BinOp):
        return _angka_ekspr(e.left, terikat) or _angka_ekspr(e.right, terikat)
    if isinstance(e, ast.UnaryOp):
        return _angka_ekspr(e.operand, terikat)
    return False


def hitungan(sumber: str) -> list[str]:
    """Each arithmetic on a figure in ``sumber``, as its line and text."""
    pohon = ast.parse(sumber)
    hasil = []
    for lingkup in [pohon, *(n for n in ast.walk(pohon) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]:
        terikat = {t.id for n in ast.walk(lingkup) if isinstance(n, ast.Assign) and _angka_ekspr(n.value, set())
                   for t in n.targets if isinstance(t, ast.Name)}
        for n in ast.walk(lingkup):
            if isinstance(n, ast.BinOp) and isinstance(n.op, _OPERATOR):
                operand = [n.left, n.right]
            elif isinstance(n, ast.AugAssign) and isinstance(n.op, _OPERATOR):
                operand = [n.target, n.value]
            elif isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
                operand = [n.operand]
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in _FUNGSI:
                operand = list(n.args)
            else:
                continue
            if any(_angka_ekspr(o, terikat) for o in operand):
                hasil.append(f"baris {n.lineno}: {ast.get_source_segment(sumber, n)}")
    return sorted(set(hasil))


def _berkas() -> list[Path]:
    return sorted(DOKUMEN.rglob("*.py"))


def _id(path: Path) -> str:
    return str(path.relative_to(DOKUMEN))


@pytest.mark.parametrize("path", _berkas(), ids=_id)
def test_dokumen_tidak_menghitung_angka(path: Path) -> None:
    assert hitungan(path.read_text(encoding="utf-8")) == [], path.name


@pytest.mark.parametrize("path", _berkas(), ids=_id)
def test_dokumen_tidak_memanggil_perhitungan(path: Path) -> None:
    dipanggil = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PAKET_HITUNG):
            modul = importlib.import_module(node.module)
            dipanggil += [f"{node.module}.{a.name}" for a in node.names
                          if inspect.isroutine(getattr(modul, a.name, None)) and a.name not in BOLEH_DIPANGGIL]
        elif isinstance(node, ast.Import):  # a whole package: any of its functions could be called
            dipanggil += [a.name for a in node.names if a.name.startswith(PAKET_HITUNG)]
    assert dipanggil == [], path.name


def test_nama_angka_dari_tahun_model_dan_perhitungan() -> None:
    nama = nama_angka()
    assert {"pagu", "capaian", "selisih", "serapan", "ikm", "tahun", "periode_akhir", "jumlah_tercapai"} <= nama
    assert not {"tinggi", "lebar", "x", "uraian", "nama", "indikator"} & nama


@pytest.mark.parametrize("sumber", [
    "def f(b):\n    return abs(b.selisih)",
    "def f(p):\n    t = p.jumlah_tercapai\n    return len(p.indikator) - t",
    "def f(a, tw):\n    return a.tahun + tw // 4",
    "def f(r):\n    return r.pagu / Decimal(1_000_000)",
    "def f(x):\n    return -x.capaian",
    "def f(s):\n    return sum(i.capaian for i in s) + s[0].pagu",
])
def test_pemeriksaan_menangkap_hitungan(sumber: str) -> None:
    assert hitungan(sumber) != []


def test_pemeriksaan_membiarkan_tata_letak_dan_format() -> None:
    sumber = ("def f(letak, h, nilai):\n    lebar = (letak.tinggi + 8) * 0.35 - h.margin_cm[2]\n"
              "    return fmt.angka(nilai.capaian, 2) + ' %', lebar, [1] + [2], f'{nilai.pagu}' + 'x'\n")
    assert hitungan(sumber) == []
