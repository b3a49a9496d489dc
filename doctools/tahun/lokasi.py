"""Where a value of a data set was written: the location every computed figure carries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doctools.errors import Lokasi

if TYPE_CHECKING:
    from doctools.model import DataKecamatan


def lokasi_di(data: DataKecamatan, stem: str, *jalur: str | int) -> Lokasi:
    """``jalur`` of data file ``stem`` (or its nearest written parent); the file alone when it was not read."""
    peta = data.peta.get(stem)
    return peta.lokasi(tuple(jalur)) if peta else Lokasi(data.berkas(stem))
