"""Reviu rules and their findings.

Every rule has a short stable id (``angka.jumlah-pk``), one level and a one-line description in
Bahasa Indonesia. The id travels with each finding (:attr:`Temuan.aturan`) into the JSON output
and the tests, so a rule can be renamed in prose but never silently changed in meaning.

A finding is the project's one :class:`~doctools.hukum.Temuan` (level, message, location), with
the rule id filled in; a rule creates it by calling its :class:`Aturan`::

    JUMLAH_PK = aturan("angka.jumlah-pk", "galat", "jumlah anggaran PK yang tertulis sama dengan hasil hitung")
    yield JUMLAH_PK("jumlah tertulis …, hasil hitung …", lokasi)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from doctools.errors import DataError, KumpulanGalat, Lokasi
from doctools.hukum.temuan import Temuan, Tingkat

__all__ = ["ATURAN", "Aturan", "Temuan", "Tingkat", "aturan", "dari_galat", "urutkan"]


@dataclass(frozen=True)
class Aturan:
    """One reviu rule: its id, the level of its findings and what it checks (Indonesian)."""

    id: str
    tingkat: Tingkat
    uraian: str

    def __call__(self, pesan: str, lokasi: Lokasi | None = None) -> Temuan:
        """A finding of this rule."""
        return Temuan(self.tingkat, pesan, lokasi, self.id)


ATURAN: dict[str, Aturan] = {}
"""Every rule id → its rule, in registration order (rule modules register at import)."""


def aturan(id_aturan: str, tingkat: Tingkat, uraian: str) -> Aturan:
    """Register a rule; an id may be registered once only, so ids stay unique and stable."""
    if id_aturan in ATURAN:
        raise ValueError(f"rule id {id_aturan!r} registered twice")
    if tingkat not in ("galat", "peringatan", "info"):
        raise ValueError(f"rule {id_aturan!r}: level must be 'galat', 'peringatan' or 'info'")
    hasil = Aturan(id_aturan, tingkat, uraian)
    ATURAN[id_aturan] = hasil
    return hasil


MUAT = aturan("data.muat", "galat",
              "data dapat dibaca dan sah: YAML, jenis nilai, kolom wajib, NIP, angka tidak negatif")
SUSUN = aturan("dokumen.susun", "galat",
               "setiap dokumen dapat disusun: rujukan antarberkas (sasaran, pejabat, peraturan) ditemukan, "
               "angkanya dapat dihitung")
CATATAN_DOKUMEN = aturan("dokumen.catatan", "peringatan",
                         "catatan tentang angka dokumen yang tidak mempunyai aturan reviu sendiri (mis. realisasi "
                         "hasil penjumlahan yang melebihi pagunya)")
INFO_DOKUMEN = aturan("dokumen.info", "info",
                      "keterangan tentang data yang tidak mempunyai aturan reviu sendiri; tidak perlu diperbaiki")


def dari_galat(galat: DataError, sebagai: Aturan = MUAT) -> list[Temuan]:
    """The findings of a raised data error (one per line of a :class:`KumpulanGalat`)."""
    daftar = galat.galat if isinstance(galat, KumpulanGalat) else [galat]
    return [sebagai(g.pesan, g.lokasi) for g in daftar]


def _kunci_urut(t: Temuan) -> tuple[str, int, str]:
    lok = t.lokasi or Lokasi()
    return (lok.berkas or "", lok.baris or 0, lok.kolom or "")


def urutkan(temuan: Iterable[Temuan]) -> list[Temuan]:
    """Findings ordered by file and line (stable: findings at one place keep the order they were found in).

    Each finding is produced once, by the stage that owns it (the year for what it could not
    compute, a rule for what it checks), so nothing needs merging here.
    """
    return sorted(temuan, key=_kunci_urut)
