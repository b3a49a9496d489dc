"""A document ready to render: which template, with which context, into which file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doctools.hukum import Temuan
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
    temuan: tuple[Temuan, ...] = ()
    """Warnings found while composing the document; they do not stop the build."""
    folder_templat: tuple[Path, ...] = ()
    """The kecamatan's and kabupaten's own template folders, searched before the built-in templates."""
