"""The order of a Mengingat list: by the hierarchy of regulations, then by date, year and number."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from doctools.hukum.model import Peraturan

__all__ = ["Berurut", "angka_nomor", "bandingkan_urutan", "urutkan_peraturan"]


class Berurut(Protocol):
    """What orders a citation: a catalog :class:`Peraturan` or a :class:`SitasiTeks` read from free text."""

    @property
    def peringkat(self) -> int: ...
    @property
    def tanggal(self) -> date | None: ...
    @property
    def tahun(self) -> int: ...
    @property
    def nomor(self) -> str | None: ...


def angka_nomor(p: Berurut) -> int:
    m = re.search(r"\d+", p.nomor or "")
    return int(m.group()) if m else 0


def bandingkan_urutan(a: Berurut, b: Berurut) -> int:
    """-1, 0 or 1: whether ``a`` is cited before ``b``.

    By hierarchy rank; within a rank by promulgation date when both dates are known, else by
    year, then by the numeric part of the number, then by the number as written.
    """
    if a.peringkat != b.peringkat:
        return -1 if a.peringkat < b.peringkat else 1
    if a.tanggal is not None and b.tanggal is not None and a.tanggal != b.tanggal:
        return -1 if a.tanggal < b.tanggal else 1
    ka = (a.tahun, angka_nomor(a), a.nomor or "")
    kb = (b.tahun, angka_nomor(b), b.nomor or "")
    return (ka > kb) - (ka < kb)


def urutkan_peraturan(daftar: Sequence[Peraturan]) -> list[Peraturan]:
    """``daftar`` in Mengingat order (see :func:`bandingkan_urutan`); stable."""
    return sorted(daftar, key=functools.cmp_to_key(bandingkan_urutan))
