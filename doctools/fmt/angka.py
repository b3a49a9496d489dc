"""Indonesian number, rupiah and percent formatting, and a forgiving number parser.

Indonesian writes '.' between thousands and ',' before decimals. Every rounding here is
ROUND_HALF_UP on :class:`~decimal.Decimal` (Babel and ``round()`` round half-even, which puts a
different sen in a document than the one a calculator shows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

Nilai = int | Decimal | float
"""A number the formatters accept; a float is read through ``str()`` so 0.1 stays 0.1."""


def ke_decimal(nilai: Nilai) -> Decimal:
    """Turn an int, Decimal or float into a finite Decimal without binary-float artefacts.

    The one conversion of computed numbers; text is read by :func:`parse_angka`, and a number
    written in a data file by :func:`doctools.fmt.baca.baca_angka` (which adds the rules a data
    file needs).
    """
    if isinstance(nilai, bool) or not isinstance(nilai, (int, Decimal, float)):
        raise TypeError(f"nilai harus berupa angka (int, Decimal, atau float), yang diberikan {type(nilai).__name__}")
    hasil = Decimal(str(nilai)) if isinstance(nilai, float) else Decimal(nilai)
    if not hasil.is_finite():
        raise ValueError(f"nilai harus berupa angka yang terhingga, yang diberikan {nilai}")
    return hasil


def _bulatkan(nilai: Decimal, desimal: int) -> Decimal:
    """Round half-up to ``desimal`` places; -0 becomes 0 so a tiny negative never prints '-0'."""
    hasil = nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)
    return hasil.copy_abs() if hasil.is_zero() else hasil


def _ribuan(bulat: int) -> str:
    """Group a non-negative integer's digits with '.' every three places."""
    return f"{bulat:,}".replace(",", ".")


def _susun(nilai: Decimal, desimal: int) -> tuple[bool, str]:
    """Return (negative, digits with '.' thousands and ',' decimals) of an already rounded value."""
    teks = format(nilai.copy_abs(), "f")
    bulat, _, pecahan = teks.partition(".")
    badan = _ribuan(int(bulat))
    if desimal > 0:
        badan += "," + pecahan.ljust(desimal, "0")[:desimal]
    return nilai < 0, badan


def _cek_desimal(desimal: int) -> None:
    if isinstance(desimal, bool) or not isinstance(desimal, int) or desimal < 0:
        raise ValueError(f"jumlah angka desimal harus bilangan bulat 0 atau lebih, yang diberikan {desimal!r}")


def angka(nilai: Nilai, desimal: int = 0) -> str:
    """Format a number the Indonesian way: ``1.250.544.365``, ``70,89`` (half-up)."""
    _cek_desimal(desimal)
    negatif, badan = _susun(_bulatkan(ke_decimal(nilai), desimal), desimal)
    return ("-" if negatif else "") + badan


def persen(nilai: Nilai, desimal: int = 2) -> str:
    """Format a value that already is a percentage: 85 → ``85,00%`` (no space before '%')."""
    return angka(nilai, desimal) + "%"


@dataclass(frozen=True)
class GayaRupiah:
    """How a kabupaten writes money; the seeds show several styles, so it is a setting.

    ``desimal``: "sen" writes ``,00``; "strip" rounds to whole rupiah and writes ``,-``;
    "tanpa" rounds to whole rupiah and writes nothing after it.
    """

    simbol: str = "Rp"
    spasi: bool = True
    titik_simbol: bool = False
    desimal: Literal["sen", "strip", "tanpa"] = "sen"


GAYA_RUPIAH: dict[str, GayaRupiah] = {
    "baku": GayaRupiah(),                                             # Rp 1.250.544.365,00
    "puebi": GayaRupiah(spasi=False),                                 # Rp1.250.544.365,00
    "titik": GayaRupiah(titik_simbol=True),                           # Rp. 210.000.000,00
    "titik-strip": GayaRupiah(titik_simbol=True, desimal="strip"),    # Rp. 40.990.000,-
    "polos": GayaRupiah(simbol="", spasi=False, desimal="tanpa"),     # 1.250.544.365
    "tanpa-sen": GayaRupiah(desimal="tanpa"),                         # Rp 636.541.800
}


def _gaya(gaya: str | GayaRupiah) -> GayaRupiah:
    if isinstance(gaya, GayaRupiah):
        return gaya
    try:
        return GAYA_RUPIAH[gaya]
    except (KeyError, TypeError):
        raise ValueError(
            f"gaya rupiah '{gaya}' tidak dikenal; pilih salah satu dari: {', '.join(GAYA_RUPIAH)}"
        ) from None


def rupiah(nilai: Nilai, gaya: str | GayaRupiah = "baku") -> str:
    """Format money: ``Rp 1.250.544.365,00`` by default; negatives as ``-Rp 2.500,00``."""
    g = _gaya(gaya)
    if g.desimal not in ("sen", "strip", "tanpa"):
        raise ValueError(f"desimal gaya rupiah harus 'sen', 'strip', atau 'tanpa', yang diberikan '{g.desimal}'")
    tempat = 2 if g.desimal == "sen" else 0
    negatif, badan = _susun(_bulatkan(ke_decimal(nilai), tempat), tempat)
    if g.desimal == "strip":
        badan += ",-"
    awalan = ""
    if g.simbol:
        awalan = g.simbol + ("." if g.titik_simbol else "") + (" " if g.spasi else "")
    return ("-" if negatif else "") + awalan + badan


# --- parsing --------------------------------------------------------------------------------

_AWALAN_UANG = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_AKHIRAN_STRIP = re.compile(r"[.,]?-+$")
POLA_RAGU = re.compile(r"^[+-]?([1-9][0-9]*)\.([0-9]{3})$")
"""A lone '.' followed by exactly three digits: thousands or decimals? (``1.250``)"""


class TitikRagu(ValueError):
    """``1.250`` refused by :func:`parse_angka` with ``tolak_ragu``: the '.' may be thousands or decimals.

    :func:`doctools.fmt.baca.baca_angka` replaces it with a message that spells both readings.
    """

    def __init__(self, teks: str, asli: str) -> None:
        bulat, _, pecahan = teks.partition(".")
        koma = f"{bulat},{pecahan.rstrip('0')}" if pecahan.rstrip("0") else bulat
        super().__init__(f"angka '{asli}' meragukan: titik yang diikuti tepat tiga angka bisa berarti ribuan "
                         f"({bulat}{pecahan}) atau desimal ({koma})")
        self.teks = teks
        self.asli = asli


_SPASI = re.compile(r"[\s\u00a0\u202f\u2009]+")
_BENTUK = re.compile(r"^[0-9.,]+$")


def _cek_ribuan(bagian: str, pemisah: str, teks: str) -> str:
    """Remove thousands separators after checking they split the digits into groups of three."""
    kelompok = bagian.split(pemisah)
    if not (1 <= len(kelompok[0]) <= 3) or any(len(k) != 3 for k in kelompok[1:]):
        raise ValueError(
            f"angka '{teks}' tidak bisa dibaca: pemisah ribuan '{pemisah}' harus memisahkan "
            "kelompok tiga angka, misalnya 1.250.000"
        )
    return "".join(kelompok)


def parse_angka(teks: str, *, tolak_ragu: bool = False) -> Decimal:
    """Read a number as a tired user types it, Indonesian style first.

    Accepted: ``1.250.000``, ``1.250.000,50``, ``Rp 1.250.000,-``, ``Rp1250000``, ``1250000``,
    ``85,5``, ``85,5%``, ``-2.500``; spaces inside are ignored.

    Separator rules (documented because a lone separator is ambiguous):

    - both '.' and ',' present: the one that comes last is the decimal separator and the other
      groups thousands (so the English ``1,250,000.50`` is read too);
    - a separator that occurs more than once groups thousands (``1.250.000``, ``1,250,000``);
    - a single ',' is always the decimal comma: ``85,5`` = 85.5 and ``1,250`` = 1.25;
    - a single '.' followed by exactly three digits groups thousands, since Indonesian writes
      thousands with '.': ``1.250`` = 1250; otherwise it can only be a decimal point:
      ``85.5`` = 85.5, ``0.05`` = 0.05 (and ``0.050`` = 0.05: a group never starts with 0).

    Thousands groups must be three digits, so ``1.25.000`` is refused instead of guessed.
    A trailing '%' is dropped; the number is returned as written (``85,5%`` → 85.5).

    With ``tolak_ragu`` the lone '.' followed by exactly three digits (``1.250``) is refused
    instead of read as thousands: in a data file it may just as well be a decimal point.
    """
    if not isinstance(teks, str):
        raise TypeError(f"parse_angka membutuhkan teks, yang diberikan {type(teks).__name__}")
    asli = teks
    s = _SPASI.sub("", teks.strip()).replace("\u2212", "-")
    negatif = False
    if s.startswith(("-", "+")):
        negatif, s = s[0] == "-", s[1:]
    tanpa_awalan = _AWALAN_UANG.sub("", s)
    uang = tanpa_awalan != s  # "Rp 5.000": money is never written with a decimal point
    s = tanpa_awalan
    if not negatif and s.startswith(("-", "+")):  # "Rp -2.500"
        negatif, s = s[0] == "-", s[1:]
    tanpa_strip = _AKHIRAN_STRIP.sub("", s)
    uang = uang or tanpa_strip != s
    s = tanpa_strip
    s = s.removesuffix("%")
    if not s or not _BENTUK.match(s) or not any(c.isdigit() for c in s) or s[0] in ".," or s[-1] in ".,":
        raise ValueError(
            f"'{asli}' bukan angka yang bisa dibaca; tulis seperti 1.250.000 atau 1.250.000,50"
        )
    titik, koma = s.count("."), s.count(",")
    if titik and koma:
        desimal = "," if s.rfind(",") > s.rfind(".") else "."
        ribuan = "." if desimal == "," else ","
        bulat, _, pecahan = s.rpartition(desimal)
        if ribuan in pecahan or desimal in bulat:
            raise ValueError(
                f"angka '{asli}' tidak bisa dibaca: pemisah desimal '{desimal}' hanya boleh muncul sekali, di akhir"
            )
        bersih = _cek_ribuan(bulat, ribuan, asli) + "." + pecahan
    elif koma > 1:
        bersih = _cek_ribuan(s, ",", asli)
    elif koma == 1:
        bersih = s.replace(",", ".")
    elif titik > 1:
        bersih = _cek_ribuan(s, ".", asli)
    elif titik == 1:
        bulat, _, pecahan = s.partition(".")
        if tolak_ragu and not uang and POLA_RAGU.match(s):
            raise TitikRagu(s, asli)
        tiga_angka = len(pecahan) == 3 and 1 <= len(bulat) <= 3 and bulat[0] != "0"
        bersih = bulat + pecahan if tiga_angka else s
    else:
        bersih = s
    try:
        hasil = Decimal(bersih)
    except InvalidOperation:  # pragma: no cover - the checks above leave only digits and one '.'
        raise ValueError(f"'{asli}' bukan angka yang bisa dibaca; tulis seperti 1.250.000,50") from None
    return -hasil if negatif and not hasil.is_zero() else hasil
