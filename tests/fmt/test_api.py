"""The package's public surface: names other modules rely on, and no project imports."""

from __future__ import annotations

import ast
from pathlib import Path

from doctools import fmt

DIHARAPKAN = {
    "GAYA_RUPIAH", "GayaRupiah", "rupiah", "angka", "persen", "parse_angka",
    "terbilang", "terbilang_rupiah", "kapital", "bilangan_kata",
    "NAMA_BULAN", "NAMA_HARI", "tanggal", "bulan_tahun", "hari", "hari_tanggal", "parse_tanggal",
    "diktum", "ordinal", "ordinal_angka", "huruf", "romawi", "rincian",
    "NIP", "parse_nip", "format_nip",
    "Pangkat", "cari_pangkat", "golongan_dari_pangkat", "pangkat_dari_golongan", "DAFTAR_PANGKAT",
}


def test_nama_publik_ada() -> None:
    assert DIHARAPKAN <= set(fmt.__all__)
    for nama in fmt.__all__:
        assert hasattr(fmt, nama), nama
    assert len(fmt.__all__) == len(set(fmt.__all__))


def test_tidak_mengimpor_bagian_lain_proyek() -> None:
    folder = Path(fmt.__file__).parent
    for berkas in folder.glob("*.py"):
        pohon = ast.parse(berkas.read_text(encoding="utf-8"))
        for simpul in ast.walk(pohon):
            if isinstance(simpul, ast.ImportFrom) and simpul.module and simpul.module.startswith("doctools"):
                assert simpul.module.startswith("doctools.fmt"), (berkas.name, simpul.module)
            if isinstance(simpul, ast.Import):
                for alias in simpul.names:
                    assert not alias.name.startswith("doctools") or alias.name.startswith("doctools.fmt")
