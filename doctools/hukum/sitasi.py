"""Citation text of a regulation, following UU 12/2011 Lampiran II (Dasar Hukum).

* :func:`sebutan` — the kind in full, with its issuer: "Peraturan Menteri Dalam Negeri".
* :func:`nama_singkat` — kind, number and year: "Undang-Undang Nomor 23 Tahun 2014".
* :func:`penempatan` — the gazette text inside the parentheses, or None when unknown.
* :func:`sitasi_tunggal` — the full citation of one regulation, without its amendments.
* :func:`sitasi` — the full Mengingat citation, with "sebagaimana telah (beberapa kali) diubah
  (terakhir) dengan …" built from the catalog. No trailing ";": the caller adds list punctuation.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from doctools.hukum.jenis import JENIS, nama_daerah_pendek
from doctools.hukum.model import Peraturan

if TYPE_CHECKING:
    from doctools.hukum.katalog import Katalog

__all__ = [
    "UUD_1945",
    "berlaku_pada",
    "nama_singkat",
    "penempatan",
    "perubahan_berlaku",
    "sebutan",
    "sitasi",
    "sitasi_tunggal",
]

UUD_1945 = "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"

#: A number that is cited with "Tahun <y>" after it: plain digits, optionally one letter ("23",
#: "05", "7A"). Numbers that carry their own year ("PER/09/M.PAN/5/2007") are cited as written.
_NOMOR_POLOS = re.compile(r"^\d+[A-Za-z]?$")


def sebutan(p: Peraturan) -> str:
    """The kind of ``p`` spelled in full with its issuer, as it opens a citation.

    An explicit ``sebutan`` field wins (e.g. "Peraturan Walikota Batu" as written in 2016).
    """
    if p.sebutan:
        return p.sebutan
    pola = JENIS[p.jenis].nama
    daerah = p.daerah or ""
    return pola.format(lembaga=p.lembaga or "", daerah=daerah, nama_daerah=nama_daerah_pendek(daerah))


def nama_singkat(p: Peraturan) -> str:
    """Kind, number and year without the title: "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020"."""
    if p.jenis == "uud":
        return UUD_1945
    nomor = p.nomor or ""
    if _NOMOR_POLOS.match(nomor):
        return f"{sebutan(p)} Nomor {nomor} Tahun {p.tahun}"
    return f"{sebutan(p)} Nomor {nomor}"


def penempatan(p: Peraturan) -> str | None:
    """The placement text that goes in parentheses, or None when no placement is recorded."""
    if p.lembaran is None:
        return None
    lb = p.lembaran
    daerah = p.daerah or ""
    nama = {
        "LN": "Lembaran Negara Republik Indonesia",
        "BN": "Berita Negara Republik Indonesia",
        "LD": f"Lembaran Daerah {daerah}",
        "BD": f"Berita Daerah {daerah}",
    }[lb.jenis]
    bagian = [f"{nama} Tahun {lb.tahun} Nomor {lb.nomor}"]
    if p.tambahan is not None:
        tnama = {
            "TLN": "Tambahan Lembaran Negara Republik Indonesia",
            "TLD": f"Tambahan Lembaran Daerah {daerah}",
        }[p.tambahan.jenis]
        bagian.append(f"{tnama} Nomor {p.tambahan.nomor}")
    return ", ".join(bagian)


def sitasi_tunggal(p: Peraturan, *, pasal: str | None = None) -> str:
    """Full citation of ``p`` alone: kind, number, year, "tentang" title and placement.

    ``pasal`` ("Pasal 18 ayat (6)") is put in front; Lampiran II cites a pasal only for the UUD.
    """
    if p.jenis == "uud":
        teks = UUD_1945
    else:
        teks = f"{nama_singkat(p)} tentang {p.tentang}"
        tempat = penempatan(p)
        if tempat:
            teks = f"{teks} ({tempat})"
    if pasal:
        teks = f"{pasal.strip()} {teks}"
    return teks


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
