"""A document ready to render: which template, with which context, into which file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doctools.render import Halaman, Metadata


@dataclass(frozen=True)
class Dokumen:
    """One output file of a build."""

    jenis: str
    nama_berkas: str
    templat: str
    konteks: dict[str, Any]
    metadata: Metadata
    halaman: Halaman = field(default_factory=Halaman)
    gaya_rupiah: str = "baku"
    folder_templat: tuple[Path, ...] = ()
    """The kecamatan's and kabupaten's own template folders, searched before the built-in templates."""
