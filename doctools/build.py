"""Build one kecamatan, the only way: load → compute the year → reviu → compose → render → write.

The reviu is the gate: a galat stops the build before anything is composed. Then nothing is
written unless every document rendered, and every document is replaced or none
(:mod:`doctools.tulis`): a bad value in the last document, a full disk or a document open in Word
must not leave the first ones half-updated next to stale siblings. The command line (one
kecamatan or a kabupaten folder, :mod:`doctools.batch`) and the tests all build through
:func:`susun_folder` and :meth:`Susunan.tulis`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from doctools import sumber
from doctools.documents import KETENTUAN_TEMPLAT, Dokumen, susun_semua
from doctools.errors import DataError
from doctools.model import KumpulanGalat
from doctools.render import render_bytes
from doctools.reviu import Laporan, PengaturanReviu, periksa_folder
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


class DitolakReviu(KumpulanGalat):
    """The reviu found a galat: nothing was composed or written. One line per galat, as ``doctools check``."""

    def __init__(self, laporan: Laporan) -> None:
        galat = [DataError(t.pesan, t.lokasi) for t in laporan.temuan if t.tingkat == "galat"]
        super().__init__(galat)
        if len(galat) == 1:
            self.pesan, self.lokasi = galat[0].pesan, galat[0].lokasi
        self.laporan = laporan


@dataclass(frozen=True)
class Susunan:
    """A kecamatan reviewed and, when the reviu passed, its documents composed (not yet written)."""

    laporan: Laporan
    dokumen: tuple[Dokumen, ...] = ()
    """Empty when the reviu found a galat."""

    @property
    def lulus(self) -> bool:
        return self.laporan.lulus()

    def tulis(self, keluar: Path, templates: Path | None = None) -> list[Hasil]:
        """Render every document in memory, then write them all into ``keluar`` or none.

        Raises the data's load error, or :class:`DitolakReviu`, when the reviu did not pass.
        """
        if self.laporan.galat_muat is not None:
            raise self.laporan.galat_muat
        if not self.lulus:
            raise DitolakReviu(self.laporan)
        return tulis_dokumen(self.dokumen, keluar, templates)


def periksa(folder: Path, pengaturan: PengaturanReviu | None = None) -> Laporan:
    """The reviu of a kecamatan folder as ``doctools check`` and the build run it: its own templates read too."""
    return periksa_folder(folder, pengaturan, KETENTUAN_TEMPLAT)


def susun_folder(folder: Path, pengaturan: PengaturanReviu | None = None) -> Susunan:
    """Load a kecamatan folder, compute its year, review it and, when no galat was found, compose its documents."""
    laporan = periksa(folder, pengaturan)
    if laporan.tahun is None or not laporan.lulus():
        return Susunan(laporan)
    triwulan = pengaturan.triwulan if pengaturan is not None else None
    return Susunan(laporan, tuple(susun_semua(laporan.tahun, triwulan)))


def render_dokumen(dok: Dokumen, templates: Path | None = None) -> bytes:
    """Render one document with its template: the kecamatan's, the kabupaten's or the built-in one.

    ``templates`` replaces the built-in folder (its ``bagian/`` holds the shared parts).
    """
    templates = TEMPLATES_DIR if templates is None else templates  # looked up at call time
    cari = CariTemplat(dok.folder_templat, templates)
    return render_bytes(cari.dokumen(dok.templat), dok.konteks, halaman=dok.halaman,
                        metadata=dok.metadata, gaya_rupiah=dok.gaya_rupiah, bagian=cari.bagian)


def tulis_dokumen(dokumen: Sequence[Dokumen], keluar: Path, templates: Path | None = None) -> list[Hasil]:
    """Render composed documents in memory, then write them all or none (:mod:`doctools.tulis`)."""
    hasil_render = [(dok, render_dokumen(dok, templates)) for dok in dokumen]
    tulis_semua([(keluar / dok.nama_berkas, isi) for dok, isi in hasil_render])
    return [Hasil(dok, keluar / dok.nama_berkas, hashlib.sha256(isi).hexdigest()) for dok, isi in hasil_render]


def bangun_folder(folder: Path, keluar: Path, templates: Path | None = None,
                  pengaturan: PengaturanReviu | None = None) -> list[Hasil]:
    """Build a kecamatan folder into ``keluar/<folder name>/``; a galat of the reviu raises (nothing is written)."""
    return susun_folder(folder, pengaturan).tulis(keluar / folder.resolve().name, templates)
