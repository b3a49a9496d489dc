"""A finding about the user's data: an error, a warning, or information."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from doctools.errors import Lokasi

__all__ = ["Temuan", "Tingkat"]

Tingkat = Literal["galat", "peringatan", "info"]


@dataclass(frozen=True)
class Temuan:
    """One finding: ``tingkat`` is "galat" (must be fixed), "peringatan" (should be looked at) or
    "info" (worth knowing, nothing to fix: a citation printed from an unverified catalog entry).

    ``pesan`` is a single line in Bahasa Indonesia; ``lokasi`` names the file, line and field the
    finding is about, when known.
    """

    tingkat: Tingkat
    pesan: str
    lokasi: Lokasi | None = None
    aturan: str | None = None
    """The id of the reviu rule that found it (``angka.jumlah-pk``, …); None outside the reviu."""

    def __str__(self) -> str:
        if self.lokasi and str(self.lokasi):
            return f"{self.lokasi}: {self.pesan}"
        return self.pesan
