"""Ordinals, list letters, roman numerals and legal-list punctuation (UU 12/2011 Lampiran II)."""

from __future__ import annotations

import re
from typing import Literal

from doctools.fmt.terbilang import terbilang


def _cek_positif(n: int, nama: str) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"{nama} membutuhkan bilangan bulat, yang diberikan {n!r}")
    if n < 1:
        raise ValueError(f"{nama} membutuhkan bilangan 1 atau lebih, yang diberikan {n}")


def ordinal(n: int) -> str:
    """Word ordinal in lower case: "kesatu", "kedua belas", "keseratus satu".

    "ke" + the cardinal in words; 1 is "kesatu" (the form a keputusan uses), not "pertama".
    """
    _cek_positif(n, "ordinal")
    return "ke" + terbilang(n)


def diktum(n: int) -> str:
    """Diktum label of a keputusan: KESATU, KEDUA, …, KESEBELAS, KEDUA BELAS, KEDUA PULUH SATU."""
    _cek_positif(n, "diktum")
    return ordinal(n).upper()


def ordinal_angka(n: int) -> str:
    """Numeric ordinal: "ke-2"."""
    _cek_positif(n, "ordinal_angka")
    return f"ke-{n}"


def huruf(n: int, lanjut: Literal["ganda", "kolom"] = "ganda") -> str:
    """List letter for item ``n``: 1 → "a", 26 → "z".

    Lampiran II is silent after z, so the policy is a parameter: "ganda" doubles the letter
    (aa, bb, …, zz, aaa), "kolom" counts like spreadsheet columns (aa, ab, …, az, ba).
    """
    _cek_positif(n, "huruf")
    if lanjut == "ganda":
        ulang, sisa = divmod(n - 1, 26)
        return chr(ord("a") + sisa) * (ulang + 1)
    if lanjut == "kolom":
        hasil = ""
        while n:
            n, sisa = divmod(n - 1, 26)
            hasil = chr(ord("a") + sisa) + hasil
        return hasil
    raise ValueError(f"cara melanjutkan huruf '{lanjut}' tidak dikenal; pilih 'ganda' atau 'kolom'")


_ROMAWI = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def romawi(n: int, kecil: bool = False) -> str:
    """Roman numeral 1..3999 (BAB IV, page ii): 4 → "IV", 1994 → "MCMXCIV"."""
    _cek_positif(n, "romawi")
    if n > 3999:
        raise ValueError(f"angka Romawi hanya bisa 1 sampai 3999, yang diberikan {n}")
    hasil = []
    for nilai, simbol in _ROMAWI:
        jumlah, n = divmod(n, nilai)
        hasil.append(simbol * jumlah)
    teks = "".join(hasil)
    return teks.lower() if kecil else teks


# Trailing punctuation or a trailing conjunction the user typed: "…;", "…; dan", "…, atau", "….".
_EKOR = re.compile(r"(?:[\s;,.:]+|(?<=[\s;,.:])(?:dan|atau))$", re.IGNORECASE)


def _bersihkan(butir: str) -> str:
    """Strip trailing punctuation and conjunctions until none is left."""
    teks = butir.strip()
    while True:
        baru = _EKOR.sub("", teks)
        if baru == teks:
            return teks
        teks = baru


def rincian(
    butir: list[str],
    penghubung: Literal["dan", "atau"] | None = "dan",
    akhir: str = ".",
) -> list[str]:
    """Punctuate a legal list the UU 12/2011 Lampiran II way.

    Whatever the user typed at the end of an item (";", "; dan", ", atau", ".") is replaced:
    every item ends with ";", the second-to-last with "; dan" ("; atau" for alternatives; just
    ";" when ``penghubung`` is None), the last with ``akhir`` (";" for Menimbang/Mengingat).
    A trailing period of an abbreviation ("M.Si.") goes too, as it would before ";" anyway.
    """
    if penghubung not in ("dan", "atau", None):
        raise ValueError(f"penghubung rincian harus 'dan', 'atau', atau None, yang diberikan '{penghubung}'")
    bersih = []
    for i, b in enumerate(butir, start=1):
        teks = _bersihkan(b)
        if not teks:
            raise ValueError(f"butir rincian ke-{i} kosong; isi butir itu atau hapus dari daftar")
        bersih.append(teks)
    hasil = []
    for i, teks in enumerate(bersih):
        if i == len(bersih) - 1:
            hasil.append(teks + akhir)
        elif i == len(bersih) - 2 and penghubung:
            hasil.append(f"{teks}; {penghubung}")
        else:
            hasil.append(teks + ";")
    return hasil
