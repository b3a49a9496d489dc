"""The one translator of pydantic errors: every kind of error gets a message in Bahasa Indonesia."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from pydantic import BaseModel, Field, ValidationError
from pydantic_core._pydantic_core import list_all_errors

from doctools import terjemah

_INGGRIS = re.compile(r"\b(Input|should|valid|Value error|must|field|required|Object|instance|greater|less)\b")


@pytest.mark.parametrize("jenis", [e["type"] for e in list_all_errors()])
def test_setiap_jenis_galat_pydantic_berbahasa_indonesia(jenis: str) -> None:
    contoh = next(e for e in list_all_errors() if e["type"] == jenis)
    for masukan in ("abc", 5, None):
        pesan = terjemah.pesan({"type": jenis, "loc": ("x",), "msg": contoh["example_message_python"],
                                "input": masukan, "ctx": contoh.get("example_context") or {}})
        assert pesan and not _INGGRIS.search(pesan), (jenis, pesan)


class _Contoh(BaseModel):
    tahun: int = Field(ge=2000, le=2100)
    jenis: str
    ukuran: Decimal = Field(default=Decimal(12), ge=8)


@pytest.mark.parametrize(("data", "pesan"), [
    ({"tahun": 1999, "jenis": "a"}, "harus paling kecil 2000, yang tertulis 1999"),
    ({"tahun": 2200, "jenis": "a"}, "harus paling besar 2100, yang tertulis 2200"),
    ({"tahun": "dua ribu", "jenis": "a"}, "harus berupa bilangan bulat, yang tertulis 'dua ribu'"),
    ({"tahun": 2025, "jenis": ["a"]}, "harus berupa teks, yang tertulis [a]"),
    ({"tahun": 2025}, "wajib diisi tetapi tidak ada"),
    ({"tahun": 2025, "jenis": None}, "wajib diisi tetapi kosong"),
    ({"tahun": 2025, "jenis": "a", "ukuran": Decimal("7.5")}, "harus paling kecil 8, yang tertulis 7.5"),
])
def test_pesan_dari_model(data: dict[str, object], pesan: str) -> None:
    with pytest.raises(ValidationError) as info:
        _Contoh.model_validate(data)
    assert [terjemah.pesan(e) for e in info.value.errors()] == [pesan]  # type: ignore[arg-type]


def test_jalur_tanpa_nama_anggota_union() -> None:
    assert terjemah.jalur(("sasaran", 0, "target", 2025, "function-before[_angka(), decimal]")) == \
        ("sasaran", 0, "target", 2025)
    assert terjemah.jalur(("sasaran", "int")) == ("sasaran",)
