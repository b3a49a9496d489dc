"""The survey's chart: the nilai konversi per unsur as bars, the IKM as a line — a native Word chart."""

from __future__ import annotations

from doctools.grafik import Grafik, Seri
from doctools.kinerja.skm.mutu import angka_id
from doctools.kinerja.skm.skor import HasilSKM

JUDUL_GRAFIK = "Nilai Unsur Pelayanan dan Indeks Kepuasan Masyarakat"
LEBAR_LABEL_MM = 8.0
"""About the width of "100,00" in the labels' 8 pt bold: a narrower bar gets its value upright."""


def grafik_skm(hasil: HasilSKM, lebar_mm: float = 150.0, tinggi_mm: float | None = None) -> Grafik:
    """The survey as a native chart: the nilai konversi of each unsur as bars, the IKM as a dashed line.

    The categories are the unsur codes U1… (in the questionnaire's order, any number of unsur; the
    table beside it names them, as a questionnaire's own names are too long for an axis) and the
    values the unrounded nilai konversi (NRR × 25). Each bar carries its value in white at its foot,
    where the IKM line (never below 25) cannot cross it — written upright when the bars are too
    narrow for it (about eleven unsur or more at 150 mm); the legend above the axes names the bars
    and the line ("IKM xx,xx (mutu B, Baik)"). No title: the document's caption names the figure.
    Only data: nothing is drawn until the document is rendered.
    """
    n = len(hasil.unsur)
    lebar_batang = lebar_mm * 0.9 / n / 1.6  # the plot area, shared by n bars with gaps of 60 %
    ikm = f"IKM {angka_id(hasil.ikm)} (mutu {hasil.mutu}, {hasil.kinerja})"
    return Grafik(
        judul=JUDUL_GRAFIK,
        kategori=tuple(u.kode for u in hasil.unsur),
        seri=(
            Seri(f"Nilai unsur (NRR × {hasil.skala.faktor_konversi})", tuple(u.nilai_konversi for u in hasil.unsur),
                 "batang", "1F5FA8", label=True, letak_label="dasar", label_tegak=lebar_batang < LEBAR_LABEL_MM),
            Seri(ikm, (hasil.ikm,) * n, "garis", "C62828"),
        ),
        lebar_mm=lebar_mm,
        tinggi_mm=tinggi_mm if tinggi_mm is not None else 85.0,
        sumbu_min=0,
        sumbu_maks=100,
        sumbu_langkah=25,
        judul_tampil=False,
        legenda="atas",
    )
