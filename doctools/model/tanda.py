"""Marks in data text that the toolkit reserves: template tags and diktum references.

* ``{{ … }}``, ``{% … %}``, ``{# … #}`` are the Word templates' tags. Data is never evaluated as a
  template (it is inserted as text, escaped), but a tag left in a finished document means a broken
  template, so the renderer refuses one. Data that contains such a mark is refused here, at its file
  and line, before anything is rendered; otherwise the template would be blamed for it.
* ``{diktum.<id>}`` is replaced by a diktum ordinal (KESATU, KEDUA, …) only inside a decree (see
  :mod:`doctools.model.keputusan`). Every other data file describes documents without diktum, so
  the mark there would be printed as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from doctools.errors import DataError
from doctools.load import Jalur, PetaLokasi

TANDA_TEMPLAT = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
"""A template tag's opening or closing mark."""

RUJUKAN_DIKTUM = re.compile(r"\{diktum\.([A-Za-z0-9_-]+)\}")
"""A well-written reference to a diktum by its id."""

RUJUKAN_LONGGAR = re.compile(r"\{\s*diktum\b[^{}]*\}", re.IGNORECASE)
"""Anything that looks like a diktum reference, well written or not."""

BERKAS_DIKTUM = frozenset({"keputusan-iku", "keputusan-iki"})
"""Data files of decrees: the only ones whose text may refer to a diktum."""


def semua_teks(data: Any, jalur: Jalur = ()) -> Iterator[tuple[Jalur, str]]:
    """Every string inside loaded or dumped data, with its field path (keys are not included), in order.

    Walked with a stack of its own: a generator per level would pass every string up through
    each level of nesting.
    """
    tumpukan: list[tuple[Jalur, Any]] = [(jalur, data)]
    while tumpukan:
        jalur, data = tumpukan.pop()
        if isinstance(data, str):
            yield jalur, data
        elif isinstance(data, dict):
            tumpukan.extend((jalur + (str(kunci),), nilai) for kunci, nilai in reversed(data.items()))
        elif isinstance(data, (list, tuple)):
            tumpukan.extend((jalur + (i,), data[i]) for i in range(len(data) - 1, -1, -1))


def pesan_tanda_templat(teks: str) -> str | None:
    """The message for text holding a template mark, or None."""
    m = TANDA_TEMPLAT.search(teks)
    if m is None:
        return None
    tanda = m.group(0)
    return (f"teks ini memuat '{tanda}', tanda tag templat Word yang tidak boleh ada dalam data (teks tidak "
            f"pernah dijalankan sebagai templat); hapus tanda itu atau beri spasi di antaranya ('{tanda[0]} {tanda[1]}')")


def periksa_tanda(stem: str, data: Any, peta: PetaLokasi) -> list[DataError]:
    """Reserved marks in the raw data of file ``stem``, each a galat at the line it was written."""
    galat: list[DataError] = []
    for jalur, teks in semua_teks(data):
        pesan = pesan_tanda_templat(teks)
        if pesan:
            galat.append(DataError(pesan, peta.lokasi(jalur)))
        if stem not in BERKAS_DIKTUM:
            for m in RUJUKAN_LONGGAR.finditer(teks):
                galat.append(DataError(
                    f"'{m.group(0)}' tidak dapat dipakai di sini: hanya teks keputusan (diktum dan rinciannya, dan "
                    "Lampiran Keputusan IKI) yang dapat merujuk diktum; di berkas ini rujukan itu akan tercetak apa "
                    "adanya — tulis teksnya langsung",
                    peta.lokasi(jalur)))
    return galat
