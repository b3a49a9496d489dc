"""The user's own cache folder for doctools, kept between runs (never the shared temporary folder).

``~/.cache/doctools`` on Linux, ``~/Library/Caches/doctools`` on macOS,
``%LOCALAPPDATA%\\doctools\\Cache`` on Windows (platformdirs). Each user of it has a folder of its
own: the compiled Jinja (``jinja``), the LibreOffice profiles of the PDF conversion
(``libreoffice``). ``DOCTOOLS_TANPA_SINGGAHAN=1`` turns all of them off: nothing is kept.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

VARIABEL_TANPA = "DOCTOOLS_TANPA_SINGGAHAN"


def aktif() -> bool:
    """Whether doctools may keep things between runs (read at call time: tests switch it)."""
    return not os.environ.get(VARIABEL_TANPA)


def folder(nama: str) -> Path:
    """``nama``'s folder in the user's cache folder for doctools (not created here)."""
    return Path(platformdirs.user_cache_dir("doctools", appauthor=False)) / nama
