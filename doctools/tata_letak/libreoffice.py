"""Settings for the private LibreOffice profile that prints the PDFs: equations in the text's font.

LibreOffice draws an imported Word equation with its formula defaults (Liberation Serif, 12 pt),
whatever font and size the equation's runs carry, so inside a 9 pt table it prints too large and
in another typeface. Its formula defaults live in the user profile; :func:`atur_profil` writes them
(base size and text font, taken from the equations of the documents to convert) into the
throw-away profile of a conversion before LibreOffice starts.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from doctools.oxml import math

XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Math/StandardFormat"><prop oor:name="BaseSize" oor:op="fuse"><value>{ukuran}</value></prop></item>
<item oor:path="/org.openoffice.Office.Math/FontFormatList"><node oor:name="doctools" oor:op="replace"><prop oor:name="Name" oor:op="fuse"><value>{huruf}</value></prop><prop oor:name="CharSet" oor:op="fuse"><value>0</value></prop><prop oor:name="Family" oor:op="fuse"><value>1</value></prop><prop oor:name="Pitch" oor:op="fuse"><value>2</value></prop><prop oor:name="Weight" oor:op="fuse"><value>5</value></prop><prop oor:name="Italic" oor:op="fuse"><value>0</value></prop></node></item>
<item oor:path="/org.openoffice.Office.Math/StandardFormat"><prop oor:name="TextFont" oor:op="fuse"><value>doctools</value></prop></item>
</oor:items>
"""


def huruf_rumus(paths: Iterable[Path]) -> tuple[str, int] | None:
    """(font, size in whole points) of the first equation run of the documents, or None."""
    for path in paths:
        try:
            with zipfile.ZipFile(path) as z:
                data = z.read("word/document.xml")
        except (OSError, KeyError, zipfile.BadZipFile):
            continue
        if b"oMath" not in data:
            continue
        huruf = math.first_font(etree.fromstring(data))
        if huruf is not None:
            nama, setengah_pt = huruf
            return nama, max(round(setengah_pt / 2), 1)
    return None


def atur_profil(profil: Path, paths: Iterable[Path]) -> None:
    """Make the profile draw equations in the font and size their runs ask for (nothing when none)."""
    huruf = huruf_rumus(paths)
    if huruf is None:
        return
    nama, ukuran = huruf
    folder = Path(profil) / "user"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "registrymodifications.xcu").write_text(XCU.format(ukuran=ukuran, huruf=escape(nama)),
                                                      encoding="utf-8")
