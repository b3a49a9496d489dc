"""doctools.tata_letak.metrik: printed widths from the shipped font metrics."""

from __future__ import annotations

from doctools.oxml.styles import Huruf
from doctools.tata_letak.metrik import lebar_pt, lebar_twip
from tests.tata_letak import BOOKMAN


def test_lebar_teks() -> None:
    h = Huruf(BOOKMAN, 12)
    assert lebar_pt("penyelenggaraan", h) > lebar_pt("penyelenggara", h) > 0
    assert lebar_pt("CAMAT", Huruf(BOOKMAN, 12, True)) > lebar_pt("CAMAT", h)
    assert lebar_pt("CAMAT", Huruf(BOOKMAN, 11)) < lebar_pt("CAMAT", h)
    assert lebar_pt("a\u00a0b", h) == lebar_pt("a b", h)
    assert lebar_pt("Pos\u2011el", h) == lebar_pt("Pos-el", h)
    # an unknown font is measured as Bookman (wide), never as nothing
    assert lebar_pt("Nama", Huruf("Huruf Tak Dikenal", 12)) == lebar_pt("Nama", h)
    assert lebar_pt("Nama", Huruf("Arial", 12)) < lebar_pt("Nama", h)
    assert lebar_twip("x", h) == -int(-lebar_pt("x", h) * 20 // 1)
