"""The Mengingat citation of a regulation with its amendments, following UU 12/2011 Lampiran II.

* :func:`sitasi` — the full Mengingat citation, with "sebagaimana telah (beberapa kali) diubah
  (terakhir) dengan …" built from the catalog. No trailing ";": the caller adds list punctuation.
* :func:`perubahan_berlaku`, :func:`berlaku_pada` — which amendments count on a date.

One regulation's own name and citation are in :mod:`doctools.hukum.nama`.
"""

from __future__ import annotations

from datetime import date

from doctools.hukum.katalog import Katalog
from doctools.hukum.model import Peraturan
from doctools.hukum.nama import sitasi_tunggal

__all__ = ["berlaku_pada", "perubahan_berlaku", "sitasi"]


def berlaku_pada(p: Peraturan, per_tanggal: date | None) -> bool:
    """Whether ``p`` already existed on ``per_tanggal`` (always True when no date is given).

    Uses the promulgation date when known, else the year (a regulation of the same year counts).
    """
    if per_tanggal is None:
        return True
    if p.tanggal is not None:
        return p.tanggal <= per_tanggal
    return p.tahun <= per_tanggal.year


def perubahan_berlaku(p: Peraturan, katalog: Katalog, per_tanggal: date | None = None) -> list[Peraturan]:
    """The amendments of ``p`` that are in the catalog (and exist on ``per_tanggal``), oldest first."""
    hasil = []
    for k in p.perubahan:
        if k in katalog:
            q = katalog.ambil(k)
            if berlaku_pada(q, per_tanggal):
                hasil.append(q)
    return hasil


def sitasi(
    p: Peraturan,
    katalog: Katalog,
    *,
    pasal: str | None = None,
    per_tanggal: date | None = None,
) -> str:
    """The full Mengingat citation of ``p``, amendments included, without a trailing ";".

    One amendment gives "… sebagaimana telah diubah dengan <amendment>"; two or more give
    "… sebagaimana telah beberapa kali diubah terakhir dengan <last amendment>", the amendment
    cited in full (title and placement). Only amendments present in ``katalog`` count; with
    ``per_tanggal`` (the date of the citing decree) later amendments are left out, so an old
    decree can be rendered as it was.
    """
    teks = sitasi_tunggal(p, pasal=pasal)
    ubah = perubahan_berlaku(p, katalog, per_tanggal)
    if len(ubah) == 1:
        teks += f" sebagaimana telah diubah dengan {sitasi_tunggal(ubah[0])}"
    elif len(ubah) >= 2:
        teks += f" sebagaimana telah beberapa kali diubah terakhir dengan {sitasi_tunggal(ubah[-1])}"
    return teks
