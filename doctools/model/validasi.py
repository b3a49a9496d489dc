"""Turn pydantic's validation errors into one-line Indonesian messages with file:line.

Pydantic knows the field path of each error; :class:`~doctools.load.PetaLokasi` knows where that
path was written. Together they give ``kinerja.yaml:42, kolom 'sasaran[2].indikator[1].target'``.
The words come from :mod:`doctools.terjemah`, the project's one translator of pydantic errors.

Every problem of a file is reported in one run: a misspelt key stops pydantic from validating the
rest of its mapping, so the data is validated again without the unknown keys found so far, until
no new one appears.
"""

from __future__ import annotations

import copy
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from doctools import terjemah
from doctools.errors import DataError, KumpulanGalat
from doctools.load import Jalur, PetaLokasi

__all__ = ["GalatDiKolom", "KumpulanGalat", "validasi"]

M = TypeVar("M", bound=BaseModel)
_KOLOM_ASING = re.compile(r"^kolom '([^']+)' tidak dikenal")
_SARAN = re.compile(r"maksudnya '([^']+)'\?")
_PUTARAN_MAKS = 20


class GalatDiKolom(ValueError):
    """Errors a model-level rule finds in fields below the model: (path from the model, message).

    Pydantic reports a model validator's error at the model itself; :func:`validasi` reports each
    of these at its own field, so the message names the line the user has to edit.
    """

    def __init__(self, galat: list[tuple[Jalur, str]]) -> None:
        super().__init__(galat[0][1])
        self.galat = galat


def _galat(exc: ValidationError) -> list[tuple[Jalur, str, bool]]:
    """(path, message, is an unknown key) of every error, the unknown key's path ending in the key."""
    hasil = []
    for err in exc.errors(include_url=False):
        jalur = terjemah.jalur(tuple(err["loc"]))
        sebab = (err.get("ctx") or {}).get("error")
        if isinstance(sebab, GalatDiKolom):  # a model rule's errors, each at its own field
            hasil += [(jalur + sub, pesan, False) for sub, pesan in sebab.galat]
            continue
        pesan = terjemah.pesan(err)
        asing = _KOLOM_ASING.match(pesan)
        if asing:  # point at the misspelt key itself, not at its parent
            jalur = jalur + (asing.group(1),)
            pesan = "kolom tidak dikenal" + pesan[asing.end():]
        hasil.append((jalur, pesan, bool(asing)))
    return hasil


def _tanpa(data: Any, jalur: Jalur) -> None:
    """Remove the key at ``jalur`` from nested dicts and lists (in place)."""
    induk = data
    for bagian in jalur[:-1]:
        try:
            induk = induk[bagian]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(induk, dict):
        induk.pop(jalur[-1], None)


def validasi(model: type[M], data: Any, peta: PetaLokasi) -> M:
    """Validate ``data`` as ``model``; every error becomes a located :class:`DataError`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        semua = _galat(exc)
    asing = [j for j, _, a in semua if a]
    sisa = data
    for _ in range(_PUTARAN_MAKS):  # the rest of each mapping that held an unknown key
        if not asing:
            break
        sisa = copy.deepcopy(sisa) if sisa is data else sisa
        for j in asing:
            _tanpa(sisa, j)
        try:
            model.model_validate(sisa)
            break
        except ValidationError as exc:
            baru = [g for g in _galat(exc) if g not in semua]
            semua += baru
            asing = [j for j, _, a in baru if a]
    # "sasara:" suggested as "sasaran": that sasaran is then missing only because of the typo
    disarankan = {j[:-1] + (s.group(1),) for j, p, a in semua if a and (s := _SARAN.search(p))}
    galat: list[DataError] = []
    sudah: set[tuple[Jalur, str]] = set()
    for jalur, pesan, _ in semua:
        if (jalur, pesan) in sudah or (jalur in disarankan and pesan == "wajib diisi tetapi tidak ada"):
            continue
        sudah.add((jalur, pesan))
        galat.append(DataError(pesan, peta.lokasi(jalur)))
    raise KumpulanGalat(galat) from None
