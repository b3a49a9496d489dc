"""How data files refer to a sasaran or an indicator written elsewhere.

A reference is what the user writes: the item's ``id``, its exact name (case ignored) or its
1-based number. The PK, the LKj and the reviu all resolve references with :func:`cari_rujukan`.
"""

from __future__ import annotations

from doctools.model.base import Teks

Rujukan = int | Teks
"""A sasaran or indicator of kinerja.yaml: its ``id``, its exact name, or its 1-based number."""


def cari_rujukan(rujukan: int | str, daftar: list[tuple[str | None, str]]) -> int | None:
    """Index in ``daftar`` of ``(id, name)`` pairs that ``rujukan`` names, or None.

    A number counts from 1; an id wins over a name, so an id may look like another item's name.
    """
    if isinstance(rujukan, int):
        return rujukan - 1 if 1 <= rujukan <= len(daftar) else None
    for i, (ident, _) in enumerate(daftar):
        if rujukan == ident:
            return i
    for i, (_, nama) in enumerate(daftar):
        if str(rujukan).casefold() == nama.casefold():
            return i
    return None


def normal_nama(teks: str) -> str:
    """A name compared across documents: case, repeated spaces and final punctuation ignored."""
    return " ".join(teks.casefold().split()).rstrip(" .;:")


def kunci_kondisi(label: str) -> str:
    """``rusak_ringan``, ``Rusak Ringan`` and ``rusak  ringan`` name one condition."""
    return " ".join(label.replace("_", " ").casefold().split())
