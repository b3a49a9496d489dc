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

__all__ = ["ATURAN", "Aturan", "Temuan", "Tingkat", "aturan", "dari_galat", "rapikan"]


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
               "setiap dokumen dapat disusun: rujukan antarberkas (sasaran, pejabat, peraturan) ditemukan")
CATATAN_DOKUMEN = aturan("dokumen.catatan", "peringatan",
                         "catatan yang muncul saat menyusun dokumen (tanpa aturan reviu sendiri)")
INFO_DOKUMEN = aturan("dokumen.info", "info",
                      "keterangan yang muncul saat menyusun dokumen (tanpa aturan reviu sendiri); tidak perlu diperbaiki")


def dari_galat(galat: DataError, sebagai: Aturan = MUAT) -> list[Temuan]:
    """The findings of a raised data error (one per line of a :class:`KumpulanGalat`)."""
    daftar = galat.galat if isinstance(galat, KumpulanGalat) else [galat]
    return [sebagai(g.pesan, g.lokasi) for g in daftar]


def _kunci_urut(t: Temuan) -> tuple[str, int, str]:
    lok = t.lokasi or Lokasi()
    return (lok.berkas or "", lok.baris or 0, lok.kolom or "")


_UMUM = frozenset({MUAT.id, SUSUN.id, CATATAN_DOKUMEN.id, INFO_DOKUMEN.id})


def _pokok(t: Temuan) -> tuple[str, str, str]:
    """File, field and first three words: what a finding is about."""
    lok = t.lokasi or Lokasi()
    return lok.berkas or "", lok.kolom or "", " ".join(t.pesan.split()[:3])


def _sama_pokok(umum: Temuan, khusus: Temuan) -> bool:
    """A document's warning says what a rule says, about the same object (or a field of it)."""
    b1, k1, awal1 = _pokok(umum)
    b2, k2, awal2 = _pokok(khusus)
    return b1 == b2 and awal1 == awal2 and (k2 == k1 or k2.startswith(f"{k1}."))


def rapikan(temuan: Iterable[Temuan]) -> list[Temuan]:
    """Findings without duplicates, ordered by file and line.

    The same problem may reach the reviu twice: a document's own error or warning and the rule
    that re-checks it. The finding with a specific rule id wins over the generic one when both
    have the same message and place, and over a document warning that opens with the same words
    about the same object (the rule's finding is the more precise of the two).
    """
    pilihan: dict[tuple[str, str], Temuan] = {}
    for t in temuan:
        kunci = (str(t.lokasi or ""), t.pesan)
        lama = pilihan.get(kunci)
        if lama is None or (lama.aturan in _UMUM and t.aturan not in _UMUM):
            pilihan[kunci] = t
    khusus = [t for t in pilihan.values() if t.aturan not in _UMUM]
    hasil = [t for t in pilihan.values()
             if t.aturan != CATATAN_DOKUMEN.id or not any(_sama_pokok(t, k) for k in khusus)]
    return sorted(hasil, key=_kunci_urut)
