"""Pydantic's validation errors in Bahasa Indonesia: the one translator of the project.

Pydantic writes its messages in English ("Input should be a valid integer"). The models of the
data sets (:mod:`doctools.model`) and of the regulation catalog (:mod:`doctools.hukum`) both
turn each error into a one-line Indonesian message with :func:`pesan`; where the value was written
is added by the caller, which knows the file. A type of error this module does not know still
gets an Indonesian message, never pydantic's English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from doctools import fmt

Jalur = tuple[str | int, ...]

_JENIS_LAIN = {"Pecahan", "str", "int"}
"""Names pydantic puts in an error's path for the member of a union (besides ``function-…[…]``)."""


def tertulis(nilai: object) -> str:
    """How a value the user wrote is quoted in a message: text in quotes, others as YAML shows them."""
    teks = nilai if isinstance(nilai, str) else fmt.tampil(nilai)
    if len(teks) > 60:
        teks = teks[:40] + "…"
    return f"'{teks}'" if isinstance(nilai, str) else teks


def _batas(nilai: object) -> str:
    """A bound as the user would write it in the data: ``2000`` (a year is never grouped), ``0.5``."""
    return fmt.tampil(nilai)


def _pilihan(expected: object) -> str:
    return str(expected).replace("' or '", "' atau '")  # pydantic joins the last two in English


_TIPE: Mapping[str, str] = {
    "string_type": "harus berupa teks",
    "string_sub_type": "harus berupa teks",
    "string_unicode": "harus berupa teks",
    "int_type": "harus berupa bilangan bulat",
    "int_parsing": "harus berupa bilangan bulat",
    "int_from_float": "harus berupa bilangan bulat",
    "int_parsing_size": "angka terlalu besar",
    "decimal_type": "harus berupa angka (misalnya 85 atau 85.5)",
    "decimal_parsing": "harus berupa angka (misalnya 85 atau 85.5)",
    "float_type": "harus berupa angka (misalnya 85 atau 85.5)",
    "float_parsing": "harus berupa angka (misalnya 85 atau 85.5)",
    "finite_number": "harus berupa angka terhingga",
    "bool_type": "harus true atau false",
    "bool_parsing": "harus true atau false",
    "date_type": "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2024-01-15)",
    "date_parsing": "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2024-01-15)",
    "date_from_datetime_parsing": "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2024-01-15)",
    "date_from_datetime_inexact": "harus berupa tanggal tanpa jam, dengan bentuk TTTT-BB-HH",
    "datetime_type": "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2024-01-15)",
    "datetime_parsing": "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2024-01-15)",
}
"""Errors about the kind of value: the message, then what was written."""

_BENTUK: Mapping[str, str] = {
    "list_type": "harus berupa daftar (setiap butir diawali '- ')",
    "tuple_type": "harus berupa daftar (setiap butir diawali '- ')",
    "set_type": "harus berupa daftar (setiap butir diawali '- ')",
    "frozen_set_type": "harus berupa daftar (setiap butir diawali '- ')",
    "iterable_type": "harus berupa daftar (setiap butir diawali '- ')",
    "dict_type": "harus berupa kumpulan kolom (nama: nilai)",
    "mapping_type": "harus berupa kumpulan kolom (nama: nilai)",
    "model_type": "harus berupa kumpulan kolom (nama: nilai)",
    "model_attributes_type": "harus berupa kumpulan kolom (nama: nilai)",
    "dataclass_type": "harus berupa kumpulan kolom (nama: nilai)",
    "extra_forbidden": "kolom tidak dikenal",
    "missing": "wajib diisi tetapi tidak ada",
    "none_required": "harus dikosongkan",
    "recursion_loop": "data merujuk dirinya sendiri",
    "set_item_not_hashable": "butir daftar ini tidak boleh berupa daftar atau kumpulan kolom",
    "invalid_key": "nama kolom harus berupa teks",
}
"""Errors about the shape of the data: the message alone."""


def pesan(err: Mapping[str, Any]) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a message in Bahasa Indonesia."""
    jenis = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    masukan = err.get("input")
    if jenis in ("value_error", "assertion_error"):
        asli = str(ctx.get("error") or err.get("msg", ""))
        return asli.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if masukan is None and jenis not in ("missing", "extra_forbidden", "none_required"):
        return "wajib diisi tetapi kosong"
    if jenis in _BENTUK:
        return _BENTUK[jenis]
    if jenis in _TIPE:
        return f"{_TIPE[jenis]}, yang tertulis {tertulis(masukan)}"
    if jenis == "too_short":
        if ctx.get("min_length") == 1:
            return "tidak boleh kosong; isi paling sedikit satu butir"
        return f"terlalu sedikit butir (paling sedikit {ctx.get('min_length')})"
    if jenis == "too_long":
        return f"terlalu banyak butir (paling banyak {ctx.get('max_length')})"
    if jenis == "string_too_short":
        return "tidak boleh kosong" if ctx.get("min_length") == 1 else \
            f"terlalu pendek (paling sedikit {ctx.get('min_length')} karakter)"
    if jenis == "string_too_long":
        return f"terlalu panjang (paling banyak {ctx.get('max_length')} karakter, yang tertulis {len(str(masukan))})"
    if jenis == "string_pattern_mismatch":
        return f"bentuknya tidak sah, yang tertulis {tertulis(masukan)}"
    if jenis in ("literal_error", "enum"):
        return f"harus salah satu dari {_pilihan(ctx.get('expected'))}, yang tertulis {tertulis(masukan)}"
    if jenis == "greater_than_equal":
        return f"harus paling kecil {_batas(ctx.get('ge'))}, yang tertulis {tertulis(masukan)}"
    if jenis == "less_than_equal":
        return f"harus paling besar {_batas(ctx.get('le'))}, yang tertulis {tertulis(masukan)}"
    if jenis == "greater_than":
        return f"harus lebih besar dari {_batas(ctx.get('gt'))}, yang tertulis {tertulis(masukan)}"
    if jenis == "less_than":
        return f"harus lebih kecil dari {_batas(ctx.get('lt'))}, yang tertulis {tertulis(masukan)}"
    if jenis == "multiple_of":
        return f"harus kelipatan {_batas(ctx.get('multiple_of'))}, yang tertulis {tertulis(masukan)}"
    if jenis in ("decimal_max_digits", "decimal_whole_digits"):
        return f"angka terlalu panjang, yang tertulis {tertulis(masukan)}"
    if jenis == "decimal_max_places":
        return f"paling banyak {ctx.get('decimal_places')} angka di belakang koma, yang tertulis {tertulis(masukan)}"
    if jenis in ("union_tag_invalid", "union_tag_not_found"):
        return f"jenisnya tidak dikenal, yang tertulis {tertulis(masukan)}"
    return f"nilai ini tidak sah, yang tertulis {tertulis(masukan)}"


def jalur(loc: tuple[Any, ...]) -> Jalur:
    """An error's field path without the names pydantic adds for union members and validators."""
    hasil: list[str | int] = []
    for bagian in loc:
        if isinstance(bagian, str) and ("[" in bagian or bagian in _JENIS_LAIN or bagian.startswith("function-")):
            continue
        hasil.append(bagian)
    return tuple(hasil)
