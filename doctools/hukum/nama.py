"""How one regulation is named, following UU 12/2011 Lampiran II (Dasar Hukum).

* :func:`sebutan` — the kind in full, with its issuer: "Peraturan Menteri Dalam Negeri".
* :func:`nama_singkat` — kind, number and year: "Undang-Undang Nomor 23 Tahun 2014".
* :func:`penempatan` — the gazette text inside the parentheses, or None when unknown.
* :func:`sitasi_tunggal` — the full citation of one regulation, without its amendments.

These need only the regulation itself; a citation with its amendments needs the catalog
(:mod:`doctools.hukum.sitasi`).
"""

from __future__ import annotations

import re

from doctools.hukum.jenis import JENIS, nama_daerah_pendek
from doctools.hukum.model import Peraturan

__all__ = ["UUD_1945", "nama_singkat", "penempatan", "sebutan", "sitasi_tunggal"]

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
