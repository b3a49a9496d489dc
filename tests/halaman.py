"""Pages of the examples' documents as small images, and how much two such images differ.

The visual regression test (``tests/test_tampilan.py``) renders the documents of both examples the
way ``doctools build --pdf`` does (LibreOffice, :func:`doctools.pdf.ke_pdf`), turns every page into a
50 dpi image in four shades of grey, and compares it with the reference committed in
``tests/gambar_acuan/<example>/<document>/``. The references are refreshed on purpose, after a
layout change has been looked at:

    python scripts/perbarui_gambar_acuan.py

Two pages "look the same" when, after a slight blur that forgives anti-aliasing, no more than
:data:`TOLERANSI` of their pixels differ clearly: a word moving to the next line, a column
changing width or a page break moving is far above it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

from doctools.build import bangun_folder
from doctools.pdf import ke_pdf

ROOT = Path(__file__).resolve().parent.parent
CONTOH = ROOT / "data" / "mumbulsari"
CONTOH_KOTA = ROOT / "data" / "junrejo"
CONTOH_ACUAN = {"mumbulsari": CONTOH, "junrejo": CONTOH_KOTA}
"""The examples whose pages are pinned: name → data folder; references in ``ACUAN/<name>/``."""
ACUAN = Path(__file__).resolve().parent / "gambar_acuan"
DPI = 50
TINGKAT = 4  # shades of grey kept: 2 bits per pixel keep the references small
TOLERANSI = 0.002
"""Share of a page's pixels that may differ clearly before the page counts as changed."""
AMBANG = 80  # a difference of grey (0–255) after blurring that counts as clear


def bangun_pdf(keluar: Path, folder: Path = CONTOH) -> dict[str, Path]:
    """Build ``folder``'s documents into ``keluar`` and convert them to PDF (one LibreOffice run)."""
    docx = [h.path for h in bangun_folder(folder, keluar / "docx")]
    pdf = ke_pdf(docx, keluar / "pdf")
    return {p.stem: p for p in pdf}


def _kuantisasi(gambar: Image.Image) -> Image.Image:
    langkah = 255 / (TINGKAT - 1)
    return gambar.convert("L").point(lambda v: round(round(v / langkah) * langkah))


def halaman(pdf: Path, folder: Path) -> list[Path]:
    """The PDF's pages as quantised greyscale PNGs ``<folder>/<n>.png`` (n from 1), in order."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(folder / "h")],
                   check=True, capture_output=True, timeout=120)
    hasil = []
    mentah = sorted(folder.glob("h-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    for n, path in enumerate(mentah, start=1):
        tujuan = folder / f"{n}.png"
        _kuantisasi(Image.open(path)).convert("P", palette=Image.Palette.ADAPTIVE, colors=TINGKAT).save(
            tujuan, optimize=True, bits=2)
        path.unlink()
        hasil.append(tujuan)
    return hasil


def beda(a: Path, b: Path) -> float:
    """Share of pixels that differ clearly between two page images (1.0 when the sizes differ)."""
    ga, gb = Image.open(a).convert("L"), Image.open(b).convert("L")
    if ga.size != gb.size:
        return 1.0
    halus = ImageFilter.BoxBlur(1)
    selisih = ImageChops.difference(ga.filter(halus), gb.filter(halus))
    histogram = selisih.histogram()
    return sum(histogram[AMBANG:]) / (ga.size[0] * ga.size[1])


def gambar_beda(a: Path, b: Path, tujuan: Path) -> None:
    """An image for review: the reference in grey, what changed in black."""
    ga, gb = Image.open(a).convert("L"), Image.open(b).convert("L")
    if ga.size != gb.size:
        gb = gb.resize(ga.size)
    selisih = ImageChops.difference(ga, gb).point(lambda v: 0 if v >= AMBANG else 255)
    Image.merge("RGB", (ga, selisih, selisih)).save(tujuan)


def perbarui(keluar: Path) -> list[Path]:
    """Render the examples again and make their pages the new references; return the files written."""
    pdf = {contoh: bangun_pdf(keluar / contoh, folder) for contoh, folder in CONTOH_ACUAN.items()}
    if ACUAN.exists():
        shutil.rmtree(ACUAN)
    ditulis = []
    for contoh, dokumen in pdf.items():
        for nama, path in sorted(dokumen.items()):
            ditulis += halaman(path, ACUAN / contoh / nama)
    return ditulis
