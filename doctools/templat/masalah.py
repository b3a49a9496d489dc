"""A finding about a template file, before the reviu gives it its rule: rule id, level, file, message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from doctools.errors import sebab_os

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


def sebab_rusak(path: Path, exc: BaseException) -> str:
    """Why a template file cannot be opened, in Bahasa Indonesia, with what to do.

    python-docx and zipfile explain in English ("File is not a zip file"); the user needs only
    to know the file is no Word document, or what the operating system refused.
    """
    if isinstance(exc, OSError):
        return f"tidak dapat dibaca: {sebab_os(exc)}"
    try:
        kosong = path.stat().st_size == 0
    except OSError:
        kosong = False
    if kosong:
        return "kosong (0 bita), bukan dokumen Word; salin lagi templatnya atau simpan ulang dari Word"
    return "rusak atau bukan berkas Word (.docx); simpan ulang dari Word sebagai Dokumen Word (*.docx)"
