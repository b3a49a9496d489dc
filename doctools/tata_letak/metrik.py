"""How wide a text prints, from advance widths shipped with the package (``metrik-huruf.json``).

The widths are those of the free, metric-compatible fonts LibreOffice prints with (URW Bookman for
Bookman Old Style, Liberation for Times New Roman and Arial, Carlito and Caladea for Calibri and
Cambria), measured by ``scripts/buat_metrik_huruf.py``. They never depend on the fonts of the
machine, so a build gives the same document everywhere. A font not in the table is measured as
Bookman, one of the widest, and every width carries a small margin: a layout computed from these
numbers errs on the side of a column a little too wide, never too narrow.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from doctools.oxml.styles import Huruf

BERKAS = Path(__file__).with_name("metrik-huruf.json")
CADANGAN = "bookman"
MARGIN = 1.04
"""Safety factor on every width: Word's own fonts are not exactly the metric clones measured."""

TWIP_PER_PT = 20
SAMA_LEBAR = {0x2011: ord("-"), 0x00A0: ord(" "), 0x2060: None}
"""Characters printed as another (a no-break hyphen as a hyphen), or as nothing (a word joiner)."""


@functools.cache
def _data() -> dict:
    return json.loads(BERKAS.read_text(encoding="utf-8"))


@functools.cache
def _tabel(nama: str, tebal: bool) -> tuple[dict[int, int], int]:
    data = _data()
    kunci = data["nama"].get(nama.casefold(), CADANGAN)
    lebar = data["huruf"][kunci]["tebal" if tebal else "biasa"]
    tabel = {int(cp): w for cp, w in lebar.items()}
    for cp, sama in SAMA_LEBAR.items():
        tabel.setdefault(cp, 0 if sama is None else tabel.get(sama, 0))
    return tabel, tabel.get(ord("n"), 500)


def lebar_pt(teks: str, huruf: Huruf) -> float:
    """The printed width of ``teks`` in points (a tab or line break counts as nothing)."""
    tabel, biasa = _tabel(huruf.nama, huruf.tebal)
    ribuan = sum(tabel.get(ord(c), biasa) for c in teks if c not in "\t\n\r")
    return ribuan * huruf.ukuran / 1000 * MARGIN


@functools.lru_cache(maxsize=1 << 16)
def lebar_twip(teks: str, huruf: Huruf) -> int:
    """The printed width of ``teks`` in twips (1/20 pt), rounded up.

    Kept per word and font: the words of a long table repeat, and each is measured once.
    """
    return -int(-lebar_pt(teks, huruf) * TWIP_PER_PT // 1)
