"""Single cells of a budget export: an amount, a kode rekening, the row of column numbers under a header.

Amounts come as numbers or as text the way finance systems print them (``1.402.600.000,00``,
``(1.250.000)`` for a negative, ``-`` for zero); text is read by :func:`doctools.fmt.parse_angka`.
A cell that cannot be read raises :class:`GalatSel` with the reason; the caller names the cell.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from doctools import fmt
from doctools.masukan.lembar import isi, teks_sel

_SEN = Decimal("0.01")


class GalatSel(Exception):
    """One cell's problem while reading a value: the reason, in Bahasa Indonesia (the caller adds the cell)."""


def baca_uang(nilai: Any) -> Decimal | None:
    """An amount cell as a Decimal (None when empty); raises GalatSel with the reason otherwise."""
    if nilai is None:
        return None
    if isinstance(nilai, bool) or isinstance(nilai, (dt.date, dt.time, dt.timedelta)):
        raise GalatSel(f"'{teks_sel(nilai)}' bukan jumlah uang")
    if isinstance(nilai, (int, Decimal)):
        return Decimal(nilai)
    if isinstance(nilai, float):
        if not math.isfinite(nilai) or abs(nilai) >= fmt.BATAS_ANGKA:  # quantize would fail on these
            raise GalatSel(f"'{nilai:.6g}' bukan jumlah uang yang dapat dibaca; angka terbesar yang diterima "
                         f"{fmt.angka(fmt.BATAS_ANGKA - 1)}")
        return Decimal(repr(nilai)).quantize(_SEN, rounding=ROUND_HALF_UP).normalize() + 0
    teks = " ".join(str(nilai).split())
    if not teks:
        return None
    if teks in ("-", "–", "—"):
        return Decimal(0)
    negatif = teks.startswith("(") and teks.endswith(")")
    try:
        hasil = fmt.parse_angka(teks[1:-1] if negatif else teks)
    except ValueError as exc:
        raise GalatSel(f"{exc}; angka negatif ditulis dalam kurung, mis. (1.250.000)") from None
    return -hasil if negatif else hasil


def baca_kode(nilai: Any) -> str | None:
    """A kode rekening cell as text; a number Excel made of ``7.01`` (7.01) or ``7`` is given back."""
    if nilai is None:
        return None
    if isinstance(nilai, bool):
        return str(nilai)
    if isinstance(nilai, int):
        return str(nilai)
    if isinstance(nilai, float):
        return str(int(nilai)) if nilai.is_integer() else f"{nilai:.2f}"
    teks = "".join(str(nilai).split()).strip(".")
    return teks or None


def baris_nomor_kolom(r: tuple[Any, ...]) -> bool:
    """The row of column numbers some reports print under the header: 1, 2, 3, …"""
    angka = [v for v in r if isi(v)]
    if len(angka) < 2:
        return False
    try:
        n = [int(v) if not isinstance(v, str) else int(v.strip()) for v in angka]
    except (TypeError, ValueError):
        return False
    return n == list(range(n[0], n[0] + len(n))) and n[0] in (0, 1)
