"""The survey's chart: the nilai konversi per unsur as bars, the IKM as a line."""

from __future__ import annotations

import io
import math
import textwrap
from pathlib import Path

from doctools.errors import Lokasi, RenderError
from doctools.kinerja.skm.mutu import angka_id
from doctools.kinerja.skm.skor import HasilSKM


def grafik_skm(hasil: HasilSKM, path: Path) -> Path:
    """Write the chart of :func:`png_grafik_skm` to ``path``."""
    path = Path(path)
    isi = png_grafik_skm(hasil)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(isi)
    except OSError as exc:
        raise RenderError(f"grafik SKM tidak dapat ditulis: {exc.strerror or exc}", Lokasi(str(path))) from None
    return path


def png_grafik_skm(hasil: HasilSKM) -> bytes:
    """A PNG bar chart of the nilai konversi per unsur with the IKM as a red line, drawn in memory.

    Bars are labelled U1…Un with a key of the unsur names under the chart; each bar carries its
    value inside its top; the IKM line runs behind the bars, so it never crosses a value; a legend
    above the axes names the bars and the line ("Rata-rata (IKM) xx,xx: mutu B (Baik)"). No title:
    the document's caption names the figure. Same input → identical bytes (no timestamp or
    software tag, fixed size 8 × 6 in at 150 dpi, bundled DejaVu font).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    n = len(hasil.unsur)
    kode = [u.kode for u in hasil.unsur]
    nilai = [float(u.nilai_konversi) for u in hasil.unsur]
    ikm = float(hasil.ikm)

    fig = Figure(figsize=(8, 6), dpi=150)
    FigureCanvasAgg(fig)
    baris_kunci = math.ceil(n / 2)
    bawah = 0.12 + 0.028 * baris_kunci
    fig.subplots_adjust(left=0.09, right=0.97, top=0.92, bottom=bawah)
    ax = fig.add_subplot(1, 1, 1)
    posisi = list(range(n))
    batang = ax.bar(posisi, nilai, color="#1f5fa8", width=0.65, zorder=2, label="Nilai unsur")
    ax.axhline(ikm, color="#c62828", linestyle="--", linewidth=1.4, zorder=1,
               label=f"Rata-rata (IKM) {angka_id(hasil.ikm)}: mutu {hasil.mutu} ({hasil.kinerja})")
    for b, u in zip(batang, hasil.unsur):
        ax.text(b.get_x() + b.get_width() / 2, b.get_height() - 1.5, angka_id(u.nilai_konversi),
                ha="center", va="top", fontsize=7, family="DejaVu Sans", zorder=4, color="white",
                fontweight="bold")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False,
              prop={"size": 8, "family": "DejaVu Sans"})
    ax.set_xticks(posisi)
    ax.set_xticklabels(kode, fontsize=8, family="DejaVu Sans")
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_ylim(0, 110)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.tick_params(axis="y", labelsize=8)
    ax.set_ylabel("Nilai konversi (NRR × 25)", fontsize=8, family="DejaVu Sans")
    ax.grid(axis="y", color="#dddddd", linewidth=0.6, zorder=0)
    for sisi in ("top", "right"):
        ax.spines[sisi].set_visible(False)

    # Key of unsur names, two columns, under the axes.
    for k, u in enumerate(hasil.unsur):
        kolom, baris = divmod(k, baris_kunci)
        teks = textwrap.shorten(f"{u.kode}  {u.nama}", width=58, placeholder="…")
        fig.text(0.06 + 0.47 * kolom, bawah - 0.07 - 0.028 * baris, teks, fontsize=7,
                 ha="left", va="top", family="DejaVu Sans")

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
    return buf.getvalue()
