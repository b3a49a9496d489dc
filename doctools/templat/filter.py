"""The formatting filters a template may use (``{{ pagu|rupiah }}``): the only logic templates see.

Rendering (:mod:`doctools.render`) and checking a template (:mod:`.tag`) use the same list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doctools import fmt


def filters(gaya_rupiah: str = "baku") -> dict[str, Callable[..., Any]]:
    """The formatting filters a template may use; the only logic templates see."""
    return {
        "rupiah": lambda v, gaya=gaya_rupiah: fmt.rupiah(v, gaya),
        "angka": fmt.angka,
        "persen": fmt.persen,
        "terbilang": fmt.terbilang,
        "terbilang_rupiah": fmt.terbilang_rupiah,
        "kapital": fmt.kapital,
        "tanggal": fmt.tanggal,
        "bulan_tahun": fmt.bulan_tahun,
        "hari": fmt.hari,
        "diktum": fmt.diktum,
        "huruf": fmt.huruf,
        "romawi": fmt.romawi,
        "nip": fmt.format_nip,
    }
