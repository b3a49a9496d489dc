"""Settings for the private LibreOffice profile that prints the PDFs: equations in the text's font.

LibreOffice draws an imported Word equation with its formula defaults (Liberation Serif, 12 pt),
whatever font and size the equation's runs carry, so inside a 9 pt table it prints too large and
in another typeface. Its formula defaults live in the user profile; :func:`atur_profil` writes them
(base size and text font, taken from the equations of the documents to convert) into the profile
of a conversion before LibreOffice starts. A profile kept from an earlier conversion
(:mod:`doctools.profil_lo`) holds LibreOffice's own ``registrymodifications.xcu``: its settings
stay, only the formula settings are replaced, so an earlier batch's font never carries over.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from doctools.oxml import math

OOR = "http://openoffice.org/2001/registry"
RUMUS = "/org.openoffice.Office.Math/"
"""The configuration of LibreOffice Math: every item under it in the profile is doctools'."""

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


class ProfilRusak(ValueError):
    """A profile's ``registrymodifications.xcu`` cannot be read (a LibreOffice stopped while writing it)."""


def atur_profil(profil: Path, paths: Iterable[Path]) -> None:
    """Make the profile draw equations in the font and size their runs ask for.

    A profile LibreOffice made earlier keeps its own settings, the formula settings of an earlier
    batch removed; nothing is written to a new profile when no document has an equation. Raises
    :class:`ProfilRusak` when the profile's settings file is not LibreOffice's XML.
    """
    huruf = huruf_rumus(paths)
    xcu = Path(profil) / "user" / "registrymodifications.xcu"
    if not xcu.exists():
        if huruf is None:
            return
        akar = etree.fromstring(XCU.format(ukuran=1, huruf="").encode("utf-8"))
        del akar[:]
    else:
        try:
            akar = etree.parse(str(xcu), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        except (etree.XMLSyntaxError, OSError, ValueError) as exc:
            raise ProfilRusak(f"{xcu}: {exc}") from exc
        if akar.tag != f"{{{OOR}}}items":
            raise ProfilRusak(f"{xcu}: bukan berkas pengaturan LibreOffice")
    lama = [item for item in akar if str(item.get(f"{{{OOR}}}path", "")).startswith(RUMUS)]
    for item in lama:
        akar.remove(item)
    if huruf is not None:
        nama, ukuran = huruf
        for item in etree.fromstring(XCU.format(ukuran=ukuran, huruf=escape(nama)).encode("utf-8")):
            item.tail = "\n"
            akar.append(item)
    elif not lama:
        return  # nothing to change: the file stays as LibreOffice wrote it
    xcu.parent.mkdir(parents=True, exist_ok=True)
    sementara = xcu.with_name(xcu.name + ".doctools")
    sementara.write_bytes(etree.tostring(akar, xml_declaration=True, encoding="UTF-8"))
    os.replace(sementara, xcu)  # never half a file, should the run be stopped here
