"""How a declared value is compared with a computed one, shared by every rule family.

A declared number matches when the computed value, rounded (half-up) to the decimals the user
wrote (at most 2), is the same number: "97,5" matches 97,47 % rounded to one decimal. Names and
labels compare without case, repeated spaces or final punctuation.
"""

from __future__ import annotations

from decimal import Decimal

from doctools.kinerja import bulatkan
from doctools.model.rujukan import normal_nama

__all__ = ["desimal_tertulis", "normal_nama", "sama_nilai", "sama_pada_ketelitian"]


def desimal_tertulis(nilai: Decimal) -> int:
    """How many decimals the user wrote (0–2): the precision a declared value is compared at."""
    return min(max(-nilai.as_tuple().exponent, 0), 2)  # type: ignore[operator]


def sama_pada_ketelitian(tertulis: Decimal, hitung: Decimal) -> bool:
    """True when both, rounded to the decimals of ``tertulis`` (at most 2), are the same number."""
    desimal = desimal_tertulis(tertulis)
    return bulatkan(hitung, desimal) == bulatkan(tertulis, desimal)


def sama_nilai(a: Decimal | str | None, b: Decimal | str | None) -> bool:
    """Two targets are the same number (82.5 = 82.50) or the same label (case ignored)."""
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b
    if isinstance(a, str) and isinstance(b, str):
        return normal_nama(a) == normal_nama(b)
    return a is None and b is None
