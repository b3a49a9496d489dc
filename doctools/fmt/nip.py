"""NIP (Nomor Induk Pegawai) of a PNS or PPPK: parse, validate, display.

PNS (Perka BKN 22/2007): ``yyyymmdd`` birth + ``yyyymm`` TMT CPNS + gender (1 L, 2 P) + 3-digit
sequence, displayed "19671229 199303 1 008".

PPPK: ``yyyymmdd`` birth + ``yyyy`` TMT year + "2" (PPPK code) + frequency 1–9 + gender + 3-digit
sequence. The two never collide: a PNS TMT month starts with 0 or 1, while the PPPK code puts a 2
in the same place. There is no official display grouping for PPPK, so each field is its own
group: "20001231 2024 2 1 1 001".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

_AWALAN = re.compile(r"^nip\s*[.:]?\s*", re.IGNORECASE)
_PEMISAH = re.compile(r"[\s.\-\u00a0]+")


@dataclass(frozen=True)
class NIP:
    """A validated NIP; ``angka`` keeps the 18 bare digits, ``format`` gives the display form."""

    angka: str
    tanggal_lahir: date
    tmt: date
    """First day of the TMT month (PNS) or 1 January of the TMT year (PPPK)."""
    jenis_kelamin: Literal["L", "P"]
    urut: str
    jenis: Literal["PNS", "PPPK"]

    @property
    def format(self) -> str:
        """Display form: "19671229 199303 1 008" (PNS) or "20001231 2024 2 1 1 001" (PPPK)."""
        a = self.angka
        if self.jenis == "PPPK":
            return f"{a[:8]} {a[8:12]} {a[12]} {a[13]} {a[14]} {a[15:]}"
        return f"{a[:8]} {a[8:14]} {a[14]} {a[15:]}"

    @property
    def frekuensi(self) -> int | None:
        """PPPK frequency digit (1–9); None for a PNS."""
        return int(self.angka[13]) if self.jenis == "PPPK" else None

    def __str__(self) -> str:
        return self.format


def _tanggal_lahir(a: str) -> date:
    try:
        return date(int(a[:4]), int(a[4:6]), int(a[6:8]))
    except ValueError:
        raise ValueError(f"tanggal lahir pada NIP ({a[:8]}) bukan tanggal yang ada") from None


def parse_nip(teks: str | int | NIP) -> NIP:
    """Read a NIP written with spaces, dots or a "NIP." prefix and check every field.

    Checked: 18 digits; the birth date exists; the TMT month is 01–12 (PNS) and not before the
    birth month (year for PPPK); the PPPK frequency digit is 1–9; the gender digit is 1 or 2.
    """
    if isinstance(teks, NIP):
        return teks
    if isinstance(teks, bool) or not isinstance(teks, (str, int)):
        raise TypeError(f"NIP harus berupa teks atau bilangan, yang diberikan {type(teks).__name__}")
    asli = str(teks)
    a = _PEMISAH.sub("", _AWALAN.sub("", asli.strip()))
    if a and not (a.isascii() and a.isdigit()):
        salah = sorted({c for c in a if not (c.isascii() and c.isdigit())})
        raise ValueError(
            f"NIP hanya boleh berisi angka, yang tertulis '{asli}' memuat {' '.join(repr(c) for c in salah)}"
        )
    if len(a) != 18:
        raise ValueError(f"NIP harus 18 angka, yang tertulis {len(a)} angka")
    lahir = _tanggal_lahir(a)
    if a[12] == "2":
        jenis: Literal["PNS", "PPPK"] = "PPPK"
        if a[13] == "0":
            raise ValueError(
                f"bulan TMT pada NIP ({a[8:14]}) harus 01 sampai 12; untuk NIP PPPK, "
                "kode 2 harus diikuti angka frekuensi 1 sampai 9, yang tertulis 0"
            )
        if int(a[8:12]) < lahir.year:
            raise ValueError(f"tahun TMT pada NIP ({a[8:12]}) lebih awal dari tahun lahir ({a[:4]})")
        tmt = date(int(a[8:12]), 1, 1)
    else:
        jenis = "PNS"
        bulan = int(a[12:14])
        if not 1 <= bulan <= 12:
            raise ValueError(f"bulan TMT pada NIP ({a[8:14]}) harus 01 sampai 12, yang tertulis {a[12:14]}")
        if (int(a[8:12]), bulan) < (lahir.year, lahir.month):
            raise ValueError(f"TMT pada NIP ({a[8:14]}) lebih awal dari tanggal lahir ({a[:8]})")
        tmt = date(int(a[8:12]), bulan, 1)
    if a[14] not in "12":
        raise ValueError(f"digit jenis kelamin NIP harus 1 atau 2, yang tertulis {a[14]}")
    return NIP(
        angka=a,
        tanggal_lahir=lahir,
        tmt=tmt,
        jenis_kelamin="L" if a[14] == "1" else "P",
        urut=a[15:],
        jenis=jenis,
    )


def format_nip(teks: str | int | NIP) -> str:
    """Validate and display a NIP: "196706241988031002" → "19670624 198803 1 002"."""
    return parse_nip(teks).format
