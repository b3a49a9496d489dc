"""Turn pydantic's validation errors into one-line Indonesian messages with file:line.

Pydantic knows the field path of each error; :class:`~doctools.load.PetaLokasi` knows where that
path was written. Together they give ``kinerja.yaml:42, kolom 'sasaran[2].indikator[1].target'``.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from doctools.errors import DataError
from doctools.load import Jalur, PetaLokasi

M = TypeVar("M", bound=BaseModel)
_KOLOM_ASING = re.compile(r"^kolom '([^']+)' tidak dikenal")


class GalatDiKolom(ValueError):
    """Errors a model-level rule finds in fields below the model: (path from the model, message).

    Pydantic reports a model validator's error at the model itself; :func:`validasi` reports each
    of these at its own field, so the message names the line the user has to edit.
    """

    def __init__(self, galat: list[tuple[Jalur, str]]) -> None:
        super().__init__(galat[0][1])
        self.galat = galat


class KumpulanGalat(DataError):
    """Several data errors found at once; each is printed on its own line."""

    def __init__(self, galat: list[DataError]) -> None:
        self.galat = galat
        super().__init__("\n".join(str(g) for g in galat))

    def __str__(self) -> str:
        return "\n".join(str(g) for g in self.galat)


def _pesan(err: dict[str, Any]) -> str:
    jenis = err["type"]
    ctx = err.get("ctx") or {}
    masukan = err.get("input")
    if jenis == "missing":
        return "wajib diisi tetapi tidak ada"
    if masukan is None and jenis not in ("value_error", "assertion_error"):
        return "wajib diisi tetapi kosong"
    if jenis in ("value_error", "assertion_error"):
        pesan = str(ctx.get("error") or err["msg"])
        return pesan.removeprefix("Value error, ")
    if jenis == "extra_forbidden":
        return "kolom tidak dikenal"
    if jenis in ("string_type", "string_sub_type"):
        return f"harus berupa teks, yang tertulis {masukan!r}"
    if jenis in ("int_type", "int_parsing", "int_from_float"):
        return f"harus berupa bilangan bulat, yang tertulis {masukan!r}"
    if jenis in ("decimal_parsing", "decimal_type", "float_parsing", "float_type"):
        return f"harus berupa angka (misalnya 85 atau 85.5), yang tertulis {masukan!r}"
    if jenis in ("bool_type", "bool_parsing"):
        return f"harus true atau false, yang tertulis {masukan!r}"
    if jenis in ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"):
        return f"harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2024-01-15), yang tertulis {masukan!r}"
    if jenis == "list_type":
        return "harus berupa daftar (setiap butir diawali '- ')"
    if jenis in ("dict_type", "model_type", "model_attributes_type"):
        return "harus berupa kumpulan kolom (nama: nilai)"
    if jenis == "too_short":
        return "tidak boleh kosong; isi paling sedikit satu butir" if ctx.get("min_length") == 1 else \
            f"terlalu sedikit butir (paling sedikit {ctx.get('min_length')})"
    if jenis == "literal_error":
        pilihan = str(ctx.get("expected")).replace("' or '", "' atau '")  # pydantic joins in English
        return f"harus salah satu dari {pilihan}, yang tertulis {masukan!r}"
    if jenis == "greater_than_equal":
        return f"harus paling kecil {ctx.get('ge')}, yang tertulis {masukan!r}"
    if jenis == "less_than_equal":
        return f"harus paling besar {ctx.get('le')}, yang tertulis {masukan!r}"
    if jenis == "greater_than":
        return f"harus lebih besar dari {ctx.get('gt')}, yang tertulis {masukan!r}"
    return str(err["msg"])


def _jalur_data(loc: tuple[Any, ...]) -> Jalur:
    """Drop the names pydantic adds for union members and validators from an error path."""
    jalur: list[str | int] = []
    for bagian in loc:
        if isinstance(bagian, str) and ("[" in bagian or bagian in {"Pecahan", "str", "function-after", "function-before"}
                                        or bagian.startswith("function-")):
            continue
        jalur.append(bagian)
    return tuple(jalur)


def validasi(model: type[M], data: Any, peta: PetaLokasi) -> M:
    """Validate ``data`` as ``model``; every error becomes a located :class:`DataError`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        galat: list[DataError] = []
        sudah: set[tuple[Jalur, str]] = set()
        for err in exc.errors(include_url=False):
            jalur = _jalur_data(tuple(err["loc"]))
            sebab = (err.get("ctx") or {}).get("error")
            if isinstance(sebab, GalatDiKolom):
                for sub, pesan in sebab.galat:
                    if (jalur + sub, pesan) not in sudah:
                        sudah.add((jalur + sub, pesan))
                        galat.append(DataError(pesan, peta.lokasi(jalur + sub)))
                continue
            pesan = _pesan(err)  # type: ignore[arg-type]
            asing = _KOLOM_ASING.match(pesan)
            if asing:  # point at the misspelt key itself, not at its parent
                jalur = jalur + (asing.group(1),)
                pesan = "kolom tidak dikenal" + pesan[asing.end():]
            if (jalur, pesan) in sudah:
                continue
            sudah.add((jalur, pesan))
            galat.append(DataError(pesan, peta.lokasi(jalur)))
        raise KumpulanGalat(galat) from None
