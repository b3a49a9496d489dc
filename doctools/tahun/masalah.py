"""A problem met while computing the year, as a finding without a rule id (the reviu gives it one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doctools.hukum import Temuan
from doctools.model import KumpulanGalat

if TYPE_CHECKING:
    from doctools.errors import DataError


def galat_ke_temuan(exc: DataError, aturan: str | None = None) -> list[Temuan]:
    """One finding per error of ``exc`` (a :class:`KumpulanGalat` holds several)."""
    daftar = exc.galat if isinstance(exc, KumpulanGalat) else [exc]
    return [Temuan("galat", g.pesan, g.lokasi, aturan) for g in daftar]
