"""Numbers written in data files: the one reader every numeric field of the data uses.

A data file is typed by a person, in Indonesian or in YAML's English notation, so a number is
read with the rules a careful clerk would apply: ``1.250`` is refused as ambiguous, ``85 %`` is
85, and every number lies below :data:`BATAS_ANGKA`. The messages spell the number in words
(:mod:`doctools.fmt.terbilang`), which is why this sits above the formatters.
"""

from __future__ import annotations

import re
from decimal import Decimal

from doctools.fmt.angka import POLA_RAGU, TitikRagu, angka, ke_decimal, parse_angka
from doctools.fmt.terbilang import terbilang

BATAS_ANGKA = Decimal(10) ** 15
"""Every number in a data file lies below this (1.000 triliun).

It is far above any kecamatan's budget or count, keeps every sum spellable in words
(:func:`~doctools.fmt.terbilang.terbilang` stops at 10^21) and keeps Decimal arithmetic, with
its 28 significant digits, exact.
"""
_BATAS_BULAT = int(BATAS_ANGKA)
DESIMAL_MAKS = 6
"""Most digits after the decimal separator a number in a data file may have."""

_TAMPAK_ANGKA = re.compile(
    r"^(?:rp\.?|idr)?\s*[-+\u2212]?\s*(?:rp\.?|idr)?\s*[0-9][0-9.,\s\u00a0\u202f\u2009]*(?:[.,]?-+|%)?$", re.IGNORECASE)


def cek_titik_ragu(teks: str, asli: str | None = None) -> None:
    """Refuse ``1.250``: a lone '.' followed by exactly three digits.

    YAML (and any English-minded reader) takes it for one and a quarter; an Indonesian writes it
    for one thousand two hundred and fifty. ``1402600.000`` is refused too (thousands typed with
    one dot too few); ``0.125`` is not, since no number is written with a leading zero group. The
    message shows both ways to write it unambiguously.
    """
    cocok = POLA_RAGU.match(teks.strip())
    if cocok is None:
        return
    tanda = "-" if teks.strip().startswith("-") else ""
    bulat, pecahan = cocok.groups()
    bulat = tanda + bulat
    desimal = pecahan.rstrip("0")
    koma = f"{bulat},{desimal}" if desimal else bulat
    raise ValueError(
        f"angka '{asli if asli is not None else teks}' meragukan: titik yang diikuti tepat tiga angka bisa berarti "
        f"ribuan ({bulat}{pecahan}) atau desimal ({koma}); tulis {bulat}{pecahan} bila maksudnya "
        f"{terbilang(int(bulat + pecahan))}, atau "
        + (f"\"{koma}\" (dengan koma, dalam tanda kutip)" if desimal else koma)
        + f" bila maksudnya {terbilang(Decimal(koma.replace(',', '.')))}")


def angka_polos(teks: str) -> bool:
    """Only ASCII digits, without a leading zero, fewer than 16 of them: a whole number every reader reads alike."""
    return len(teks) < 16 and teks.isascii() and teks.isdigit() and (teks[0] != "0" or teks == "0")


def tampak_angka(teks: str) -> bool:
    """Whether a text is a number as Indonesians write it (``85 %``, ``1.250.000``, ``Rp 5.000,-``)."""
    return bool(_TAMPAK_ANGKA.match(teks.strip()))


def tampil(nilai: object) -> str:
    """A value as the user wrote it in YAML (``true``, ``1.250``, ``[80, 90]``), for messages."""
    if isinstance(nilai, bool):
        return "true" if nilai else "false"
    if nilai is None:
        return "kosong"
    if isinstance(nilai, list):
        return "[" + ", ".join(tampil(n) for n in nilai) + "]"
    if isinstance(nilai, dict):
        return "{" + ", ".join(f"{tampil(k)}: {tampil(v)}" for k, v in nilai.items()) + "}"
    return str(nilai)


def baca_angka(nilai: object, *, desimal_maks: int = DESIMAL_MAKS) -> Decimal:
    """A number as written in a data file; the one reader every numeric field of the data uses.

    Accepted: an int, a Decimal or a float (what the YAML loader gives for ``85`` or ``85.5``) and
    text in the Indonesian forms :func:`parse_angka` reads (``"85,5"``, ``85 %``, ``1.250.000``).
    Refused with a ValueError whose message (in Bahasa Indonesia) says what to write instead:
    true/false, lists and other values; the ambiguous ``1.250`` (see :func:`cek_titik_ragu`);
    a number of :data:`BATAS_ANGKA` or more; more than ``desimal_maks`` decimals. The loader
    keeps a decimal's digits as written (``Decimal("1.250")``), so the check sees the source text.
    """
    if type(nilai) is int and -_BATAS_BULAT < nilai < _BATAS_BULAT:  # most numbers of a data file: nothing to check
        return Decimal(nilai)
    if type(nilai) is str and angka_polos(nilai):  # a year written as a key: "2025"
        return Decimal(nilai)
    if nilai is None:
        raise ValueError("wajib diisi tetapi kosong")
    if isinstance(nilai, bool) or not isinstance(nilai, (int, Decimal, float, str)):
        raise ValueError(f"harus berupa angka (misalnya 85 atau 85.5), yang tertulis '{tampil(nilai)}'")
    if isinstance(nilai, str):
        if not tampak_angka(nilai):
            raise ValueError(f"harus berupa angka (misalnya 85 atau 85.5), yang tertulis '{nilai}'")
        try:
            hasil = parse_angka(nilai, tolak_ragu=True)
        except TitikRagu as exc:
            cek_titik_ragu(exc.teks, exc.asli)
            raise
    else:
        if isinstance(nilai, Decimal):
            cek_titik_ragu(str(nilai))
        try:
            hasil = ke_decimal(nilai)
        except ValueError:
            raise ValueError(f"harus berupa angka terhingga, yang tertulis '{nilai}'") from None
    if hasil.copy_abs() >= BATAS_ANGKA:
        raise ValueError(f"angka {tampil(nilai)[:40]}{'…' if len(tampil(nilai)) > 40 else ''} terlalu besar; "
                         f"angka terbesar yang diterima {angka(BATAS_ANGKA - 1)}")
    if not hasil.is_zero() and hasil.normalize().as_tuple().exponent < -desimal_maks:  # type: ignore[operator]
        raise ValueError(f"angka {tampil(nilai)[:40]} mempunyai lebih dari {desimal_maks} angka di belakang "
                         "pemisah desimal; bulatkan")
    return hasil
