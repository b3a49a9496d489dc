"""The minimal number of respondents for a population (Krejcie & Morgan)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from doctools.errors import DataError

# Krejcie & Morgan (1970), "Determining Sample Size for Research Activities", as reproduced in
# the Lampiran of PermenPAN-RB 14/2017 (population N → minimum sample S) [mem, checked against
# the formula below: it reproduces 89 of the 90 rows when rounded to the nearest integer].
TABEL_KREJCIE_MORGAN: dict[int, int] = {
    10: 10, 15: 14, 20: 19, 25: 24, 30: 28, 35: 32, 40: 36, 45: 40, 50: 44, 55: 48, 60: 52,
    65: 56, 70: 59, 75: 63, 80: 66, 85: 70, 90: 73, 95: 76, 100: 80, 110: 86, 120: 92, 130: 97,
    140: 103, 150: 108, 160: 113, 170: 118, 180: 123, 190: 127, 200: 132, 210: 136, 220: 140,
    230: 144, 240: 148, 250: 152, 260: 155, 270: 159, 280: 162, 290: 165, 300: 169, 320: 175,
    340: 181, 360: 186, 380: 191, 400: 196, 420: 201, 440: 205, 460: 210, 480: 214, 500: 217,
    550: 226, 600: 234, 650: 242, 700: 248, 750: 254, 800: 260, 850: 265, 900: 269, 950: 274,
    1000: 278, 1100: 285, 1200: 291, 1300: 297, 1400: 302, 1500: 306, 1600: 310, 1700: 313,
    1800: 317, 1900: 320, 2000: 322, 2200: 327, 2400: 331, 2600: 335, 2800: 338, 3000: 341,
    3500: 346, 4000: 351, 4500: 354, 5000: 357, 6000: 361, 7000: 364, 8000: 367, 9000: 368,
    10000: 370, 15000: 375, 20000: 377, 30000: 379, 40000: 380, 50000: 381, 75000: 382,
    100000: 384,
}

_CHI2 = Decimal("3.841")
_P = Decimal("0.5")
_D = Decimal("0.05")


def _rumus_krejcie_morgan(n: int) -> Decimal:
    return _CHI2 * n * _P * (1 - _P) / (_D * _D * (n - 1) + _CHI2 * _P * (1 - _P))


def minimal_responden(populasi: int, *, metode: Literal["tabel", "rumus"] = "tabel") -> int:
    """Minimum number of respondents for a population, per Krejcie–Morgan.

    ``s = X²·N·P(1−P) / (d²(N−1) + X²·P(1−P))`` with X² = 3,841, P = 0,5, d = 0,05.

    * ``metode="tabel"`` (default) reproduces the published table: the formula **rounded to the
      nearest integer** (half-up), which is how the table was built — rounding up would give
      15 → 15, 20 → 20, … where the table says 14, 19 (it matches only 44 of its 90 rows) —
      and, from N = 100.000 on, the table's last row 384 (the infinite-population limit
      X²P(1−P)/d² = 384,1; the formula alone gives 383 at 100.000). So 100 → 80,
      1.000 → 278, 10.000 → 370, 100.000 → 384, and the result never decreases as N grows.
    * ``metode="rumus"``: the formula rounded **up** (the conservative reading), capped at N.

    The sample never exceeds the population.
    """
    if isinstance(populasi, bool) or not isinstance(populasi, int) or populasi < 1:
        raise DataError(f"populasi harus bilangan bulat positif, bukan '{populasi}'")
    if metode not in ("tabel", "rumus"):
        raise DataError(f"metode '{metode}' tidak dikenal; pilih 'tabel' atau 'rumus'")
    s = _rumus_krejcie_morgan(populasi)
    if metode == "rumus":
        return min(populasi, math.ceil(s))
    if populasi >= 100000:
        return min(populasi, TABEL_KREJCIE_MORGAN[100000])
    return min(populasi, int(s.to_integral_value(rounding=ROUND_HALF_UP)))
