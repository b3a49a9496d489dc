"""Regenerate ``doctools/tata_letak/metrik-huruf.json``: how wide each character prints.

    python scripts/buat_metrik_huruf.py

The layout pass (``doctools.tata_letak``) sizes table columns, signature blocks and equation lines
from the width of the text they hold. Reading the fonts installed on the machine at build time
would make the same data give different documents on different machines, so the advance widths
are measured once, here, and shipped as data. The fonts measured are the free, metric-compatible
versions LibreOffice prints with on a Debian machine (packages fonts-urw-base35, fonts-liberation2,
fonts-crosextra-carlito, fonts-crosextra-caladea); each is listed with the Word font names it
stands for.
"""

from __future__ import annotations

import json
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
KELUAR = ROOT / "doctools" / "tata_letak" / "metrik-huruf.json"

FONTS = {
    # key: (regular file, bold file, Word family names this key measures)
    "bookman": ("/usr/share/fonts/opentype/urw-base35/URWBookman-Light.otf",
                "/usr/share/fonts/opentype/urw-base35/URWBookman-Demi.otf",
                ["Bookman Old Style", "Bookman", "ITC Bookman", "URW Bookman", "URW Bookman L"]),
    "serif": ("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
              ["Times New Roman", "Times", "Liberation Serif", "Tinos"]),
    "sans": ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
             "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
             ["Arial", "Helvetica", "Liberation Sans", "Arimo"]),
    "calibri": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
                ["Calibri", "Carlito"]),
    "cambria": ("/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Caladea-Bold.ttf",
                ["Cambria", "Caladea"]),
}

KARAKTER = [*range(0x20, 0x7F), *range(0xA0, 0x100),
            0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2212, 0x2264, 0x2265]


def lebar(path: str) -> dict[str, int]:
    """Advance width of every listed character, in thousandths of an em."""
    font = TTFont(path)
    cmap, hmtx = font.getBestCmap(), font["hmtx"].metrics
    upm = font["head"].unitsPerEm
    return {str(cp): round(hmtx[cmap[cp]][0] * 1000 / upm) for cp in KARAKTER if cp in cmap}


def main() -> None:
    data = {"huruf": {}, "nama": {}}
    for kunci, (biasa, tebal, nama) in FONTS.items():
        data["huruf"][kunci] = {"biasa": lebar(biasa), "tebal": lebar(tebal)}
        for n in nama:
            data["nama"][n.casefold()] = kunci
    KELUAR.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"{KELUAR} ditulis")


if __name__ == "__main__":
    main()
