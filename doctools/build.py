"""Build every document of a data set: validate, render all in memory, then write all.

Nothing is written unless every document rendered, and then every document is replaced or none
(:mod:`doctools.tulis`): a bad value in the last document, a full disk or a document open in Word
must not leave the first ones half-updated next to stale siblings.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from doctools import sumber
from doctools.documents import Dokumen, susun_semua
from doctools.model import DataKecamatan, muat_data
from doctools.render import render_bytes
from doctools.templat import CariTemplat
from doctools.tulis import tulis_semua

TEMPLATES_DIR = sumber.folder_templat()


@dataclass(frozen=True)
class Hasil:
    """One written document."""

    dokumen: Dokumen
    path: Path
    sidik: str = ""
    """SHA-256 of the bytes written (what a later batch checks before skipping the kecamatan)."""


def render_dokumen(dok: Dokumen, templates: Path | None = None) -> bytes:
    """Render one document with its template: the kecamatan's, the kabupaten's or the built-in one.

    ``templates`` replaces the built-in folder (its ``bagian/`` holds the shared parts).
    """
    templates = TEMPLATES_DIR if templates is None else templates  # looked up at call time
    cari = CariTemplat(dok.folder_templat, templates)
    return render_bytes(cari.dokumen(dok.templat), dok.konteks, halaman=dok.halaman,
                        metadata=dok.metadata, gaya_rupiah=dok.gaya_rupiah, bagian=cari.bagian)


def bangun(data: DataKecamatan, keluar: Path, templates: Path | None = None) -> list[Hasil]:
    """Render every document of ``data`` into ``keluar``, all or nothing."""
    return tulis_dokumen(susun_semua(data), keluar, templates)


def tulis_dokumen(dokumen: Sequence[Dokumen], keluar: Path, templates: Path | None = None) -> list[Hasil]:
    """Render already composed documents in memory, then write them all or none (:mod:`doctools.tulis`)."""
    hasil_render = [(dok, render_dokumen(dok, templates)) for dok in dokumen]
    tulis_semua([(keluar / dok.nama_berkas, isi) for dok, isi in hasil_render])
    return [Hasil(dok, keluar / dok.nama_berkas, hashlib.sha256(isi).hexdigest()) for dok, isi in hasil_render]


def bangun_folder(folder: Path, keluar: Path, templates: Path | None = None) -> list[Hasil]:
    """Load a kecamatan folder and build it into ``keluar/<folder name>/``."""
    data = muat_data(folder)
    return bangun(data, keluar / folder.resolve().name, templates)
