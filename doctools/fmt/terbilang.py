"""Numbers in Indonesian words ("terbilang"), written here because num2words gets them wrong.

num2words 0.5.14 says "satu juta satu ribu" for 1.001.000 and spells ``Decimal('12.50')`` as
"dua belas koma lima nol". The rule (KBBI/EYD): "se-" joins "sepuluh", "sebelas", "seratus"
and "seribu" — the last only when the thousands group is exactly 1 — but never "juta" and above:
"satu juta", "satu miliar".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from doctools.fmt.angka import Nilai, angka, ke_decimal, parse_angka

_DIGIT = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SKALA = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun")
BATAS_TERBILANG = 10 ** (3 * len(_SKALA))
"""First integer too large to spell (10^21: the largest named group is "kuintiliun", 10^18)."""


def _ratusan(n: int) -> str:
    """Spell 1..999."""
    ratus, sisa = divmod(n, 100)
    kata: list[str] = []
    if ratus:
        kata.append("seratus" if ratus == 1 else f"{_DIGIT[ratus]} ratus")
    if sisa == 10:
        kata.append("sepuluh")
    elif sisa == 11:
        kata.append("sebelas")
    elif 12 <= sisa <= 19:
        kata.append(f"{_DIGIT[sisa - 10]} belas")
    elif sisa >= 20:
        puluh, satuan = divmod(sisa, 10)
        kata.append(f"{_DIGIT[puluh]} puluh" + (f" {_DIGIT[satuan]}" if satuan else ""))
    elif sisa:
        kata.append(_DIGIT[sisa])
    return " ".join(kata)


def _bulat(n: int) -> str:
    """Spell a non-negative integer below :data:`BATAS_TERBILANG`."""
    if n == 0:
        return "nol"
    kata: list[str] = []
    for tingkat in range(len(_SKALA) - 1, -1, -1):
        kelompok = (n // 10 ** (3 * tingkat)) % 1000
        if not kelompok:
            continue
        if tingkat == 1 and kelompok == 1:
            kata.append("seribu")
        else:
            kata.append(_ratusan(kelompok) + (f" {_SKALA[tingkat]}" if tingkat else ""))
    return " ".join(kata)


def _ke_decimal(nilai: Nilai | str) -> Decimal:
    if isinstance(nilai, str):
        return parse_angka(nilai)
    return ke_decimal(nilai)


def _cek_batas(bulat: int, nilai: object) -> None:
    if bulat >= BATAS_TERBILANG:
        raise ValueError(
            f"terbilang hanya bisa sampai 999 kuintiliun (di bawah 10^21), yang diberikan {nilai}"
        )


def terbilang(nilai: Nilai | str) -> str:
    """Spell a number in lower-case Indonesian words.

    Decimals are read digit by digit after "koma", with trailing zeros dropped because they carry
    no meaning in words: ``Decimal('12.50')`` → "dua belas koma lima". Negatives get "minus"
    (the formal word; num2words says "min"). A str is read with :func:`parse_angka`.
    """
    d = _ke_decimal(nilai)
    teks = format(d.copy_abs(), "f")
    bulat, _, pecahan = teks.partition(".")
    pecahan = pecahan.rstrip("0")
    _cek_batas(int(bulat), nilai)
    kata = _bulat(int(bulat))
    if pecahan:
        kata += " koma " + " ".join(_DIGIT[int(c)] for c in pecahan)
    return ("minus " + kata) if d < 0 and (int(bulat) or pecahan) else kata


def terbilang_rupiah(nilai: Nilai | str) -> str:
    """Spell a rupiah amount, rounded half-up to sen.

    "satu juta seribu rupiah"; with sen "… rupiah lima puluh delapan sen"; an amount under one
    rupiah is just its sen ("lima puluh sen"), 0 is "nol rupiah".
    """
    d = _ke_decimal(nilai).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if d.is_zero():
        return "nol rupiah"
    jumlah = d.copy_abs()
    bulat = int(jumlah)
    sen = int((jumlah - bulat) * 100)
    _cek_batas(bulat, nilai)
    bagian: list[str] = []
    if bulat:
        bagian.append(f"{_bulat(bulat)} rupiah")
    if sen:
        bagian.append(f"{_bulat(sen)} sen")
    return ("minus " if d < 0 else "") + " ".join(bagian)


def kapital(teks: str, gaya: Literal["awal", "kata", "besar"] = "awal") -> str:
    """Capitalise words for use inside the parentheses after a figure.

    "awal": first letter only ("Satu juta seribu rupiah"); "kata": every word
    ("Satu Juta Seribu Rupiah"); "besar": all capitals ("SATU JUTA SERIBU RUPIAH").
    """
    if gaya == "awal":
        return teks[:1].upper() + teks[1:]
    if gaya == "kata":
        return " ".join(k[:1].upper() + k[1:] for k in teks.split(" "))
    if gaya == "besar":
        return teks.upper()
    raise ValueError(f"gaya huruf kapital '{gaya}' tidak dikenal; pilih 'awal', 'kata', atau 'besar'")


def bilangan_kata(n: int, satuan: str | None = None) -> str:
    """Counted form used in decrees: ``2 (dua)``, ``2 (dua) indikator``, ``1.250 (seribu …)``."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"bilangan_kata membutuhkan bilangan bulat, yang diberikan {n!r}")
    hasil = f"{angka(n)} ({terbilang(n)})"
    return f"{hasil} {satuan}" if satuan else hasil
