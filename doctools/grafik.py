"""Native Word charts: the data of a chart, and the workbook that carries its numbers.

A chart in a context is a :class:`Grafik` (plain data, cheap to build: composing a document or
reviewing it never draws anything). When the document is rendered, the renderer adds to the
package a chart part (:mod:`doctools.oxml.chart`) and the workbook holding the same numbers
(:func:`xlsx_grafik`), so that in Word the user can restyle the chart or correct its data
("Edit Data"). Both are deterministic: the same chart gives the same bytes (fixed axis ids, fixed
workbook dates and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

TANGGAL_TETAP = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
"""The workbook's creation date: fixed, so the same chart gives the same bytes."""


@dataclass(frozen=True)
class Seri:
    """One data series: a name (the legend entry and the workbook's column heading) and its values."""

    nama: str
    nilai: tuple[Decimal | float, ...]
    bentuk: Literal["batang", "garis"] = "batang"
    warna: str = "1F5FA8"
    """RGB hex of the bars or the line."""
    label: bool = False
    """Print each value on its bar or point."""
    letak_label: Literal["luar", "dasar"] = "luar"
    """Above the bar, or in white at its foot (where a line across the chart cannot cross it)."""
    label_tegak: bool = False
    """Write the values upright (turned a quarter left): bars too narrow for a value written across them."""


@dataclass(frozen=True)
class Grafik:
    """A category chart: bars (and lines) over the same categories, ready to be placed in a document."""

    judul: str
    kategori: tuple[str, ...]
    seri: tuple[Seri, ...]
    lebar_mm: float
    tinggi_mm: float
    format_angka: str = "[$-421]0.00"
    sumbu_min: float | None = None
    sumbu_maks: float | None = None
    sumbu_langkah: float | None = None
    ukuran_huruf: float = 9
    bahasa: str = "id-ID"
    judul_tampil: bool = True
    """Print ``judul`` above the chart (it is the drawing's description either way)."""
    legenda: Literal["atas", "bawah"] = "bawah"

    def __post_init__(self) -> None:
        if not self.seri or not self.kategori:
            raise ValueError("a chart needs categories and at least one series")
        for s in self.seri:
            if len(s.nilai) != len(self.kategori):
                raise ValueError(f"series {s.nama!r} has {len(s.nilai)} values for {len(self.kategori)} categories")
        if self.seri[0].bentuk != "batang":
            raise ValueError("the first series must be bars")


# --- the workbook ------------------------------------------------------------------------------


def xlsx_grafik(grafik: Grafik) -> bytes:
    """The embedded workbook: categories in column A, one column per series, names in row 1.

    That is the layout python-pptx's chart XML refers to (``Sheet1!$A$2:$A$n``, ``Sheet1!$B$1``…).
    """
    from xlsxwriter import Workbook  # type: ignore[import-untyped]

    buf = io.BytesIO()
    buku = Workbook(buf, {"in_memory": True})
    buku.set_properties({"created": TANGGAL_TETAP})
    lembar = buku.add_worksheet("Sheet1")
    angka = buku.add_format({"num_format": grafik.format_angka})
    lembar.write_column(1, 0, grafik.kategori)
    lembar.set_column(0, 0, max(12, min(60, max(len(k) for k in grafik.kategori))))
    for kolom, s in enumerate(grafik.seri, start=1):
        lembar.write(0, kolom, s.nama)
        lembar.write_column(1, kolom, [float(v) for v in s.nilai], angka)
        lembar.set_column(kolom, kolom, max(12, len(s.nama) + 2))
    buku.close()
    return buf.getvalue()
