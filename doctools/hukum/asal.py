"""Where a catalog value was written, and a pydantic error of an entry told at that line.

A catalog entry's fields are validated by :class:`~doctools.hukum.model.Peraturan`; its errors
name a field path inside the entry, which :class:`Asal` turns into the file, line and dotted field
(``peraturan.uu-23-2014.perubahan[0]``) a user finds it by.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from doctools import terjemah
from doctools.errors import DataError, Lokasi
from doctools.hukum.model import GalatKolom, Peraturan
from doctools.load import Jalur, PetaLokasi


def teks_jalur(jalur: Jalur) -> str:
    """A field path as the catalog's messages write it: ``peraturan.uu-23-2014.perubahan[0]``."""
    teks = ""
    for bagian in jalur:
        teks = f"{teks}[{bagian}]" if isinstance(bagian, int) else (f"{teks}.{bagian}" if teks else str(bagian))
    return teks


_BAGIAN_JALUR = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def jalur_dari_teks(teks: str) -> Jalur:
    """The inverse of :func:`teks_jalur`: ``perubahan[0]`` → ``("perubahan", 0)``."""
    return tuple(int(indeks) if indeks else nama for nama, indeks in _BAGIAN_JALUR.findall(teks))


@dataclass(frozen=True)
class Asal:
    """Origin of one entry: the file, the field path of the entry and the positions of its file."""

    berkas: str | None
    awalan: Jalur
    peta: PetaLokasi = field(default_factory=PetaLokasi)

    def lokasi(self, kolom: Jalur = ()) -> Lokasi:
        jalur = self.awalan + kolom
        return Lokasi(self.berkas, _baris(self.peta, jalur), teks_jalur(jalur))


def _baris(peta: PetaLokasi, jalur: Jalur) -> int | None:
    """Line of ``jalur``, or of its nearest ancestor that has one (the file's start is not a field)."""
    for panjang in range(len(jalur), 0, -1):
        try:
            return peta.posisi(jalur[:panjang])[1]
        except KeyError:
            continue
    return None



def galat_validasi(e: ValidationError, asal: Asal) -> list[DataError]:
    """Every error of ``e``, each a one-line DataError at its field's line."""
    return [_satu_galat(err, asal) for err in e.errors()]


def _satu_galat(err: Any, asal: Asal) -> DataError:
    jalur: Jalur = tuple(err["loc"])
    asli = (err.get("ctx") or {}).get("error")
    if isinstance(asli, GalatKolom):
        pesan = asli.pesan
        if not jalur:
            jalur = jalur_dari_teks(asli.kolom)
        elif asli.kolom == "":
            pesan = f"kolom '{teks_jalur(jalur)}': {pesan}"
    else:
        pesan = terjemah.pesan(err)
        if err["type"] == "extra_forbidden":
            daun = str(jalur[-1]) if jalur else ""
            mirip = difflib.get_close_matches(daun, list(Peraturan.model_fields), n=1)
            if mirip:
                pesan += f"; maksudnya '{mirip[0]}'?"
    return DataError(pesan, asal.lokasi(jalur))
