"""A finding about a template file, before the reviu gives it its rule: rule id, level, file, message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Tingkat = Literal["galat", "peringatan"]


@dataclass(frozen=True)
class Masalah:
    """One finding about a template file: its rule (``templat.variabel``), level, file and message."""

    aturan: str
    tingkat: Tingkat
    berkas: Path
    pesan: str


def cuplik(teks: str, n: int = 60) -> str:
    """A paragraph's text shortened for a message, on one line."""
    teks = " ".join(teks.split())
    return teks if len(teks) <= n else teks[:n - 1] + "…"
