"""Where the files doctools ships are: Word templates, catalogs, reviu settings, starter data.

Every file the program reads at run time is package data, found through :mod:`importlib.resources`,
so an installed wheel works from any folder exactly as a checkout does. In the repository the
templates and the catalogs keep their place at the top level (``templates_docx/``,
``data/katalog/``); ``pyproject.toml`` maps those folders into the package as
``doctools.templates_docx`` and ``doctools.katalog`` (each has an ``__init__.py`` so that an editable
install finds it too).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

PAKET_TEMPLAT = "doctools.templates_docx"
PAKET_KATALOG = "doctools.katalog"
PAKET_REVIU = "doctools.reviu"
PAKET_AWAL = "doctools.starter"


@functools.cache
def folder(paket: str) -> Path:
    """The folder of a resource package on disk (pip always installs packages as plain folders)."""
    akar = resources.files(paket)
    if not isinstance(akar, Path):  # a zip import; doctools' files are read by path (docxtpl, YAML locations)
        raise RuntimeError(f"{paket} is not installed as a folder ({akar!r}); install doctools with pip")
    return akar


def folder_templat() -> Path:
    """The Word templates (``templates_docx/`` in the repository)."""
    return folder(PAKET_TEMPLAT)


def berkas_katalog(nama: str) -> Path:
    """A shipped catalog (``data/katalog/<nama>`` in the repository): regulations, predikat scales."""
    return folder(PAKET_KATALOG) / nama


def berkas_reviu(nama: str) -> Path:
    """A reviu settings file (``doctools/reviu/<nama>``)."""
    return folder(PAKET_REVIU) / nama


def teks_awal(nama: str) -> str:
    """A starter file that ``doctools init`` writes from (``doctools/starter/<nama>``)."""
    return (folder(PAKET_AWAL) / nama).read_text(encoding="utf-8")
