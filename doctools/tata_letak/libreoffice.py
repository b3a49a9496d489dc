"""Settings for the private LibreOffice profile that prints the PDFs: equations in the text's font,
and no graphics self-test at every start.

LibreOffice draws an imported Word equation with its formula defaults (Liberation Serif, 12 pt),
whatever font and size the equation's runs carry, so inside a 9 pt table it prints too large and
in another typeface. Its formula defaults live in the user profile; :func:`atur_profil` writes them
(base size and text font, taken from the equations of the documents to convert) into the profile
of a conversion before LibreOffice starts. A profile kept from an earlier conversion
(:mod:`doctools.profil_lo`) holds LibreOffice's own ``registrymodifications.xcu``: its settings
stay, only the formula settings are replaced, so an earlier batch's font never carries over.

LibreOffice (7.2 and later) runs its graphics self-test (``GraphicsRenderTests``: about a hundred
drawings on 64 MB surfaces, written to ``user/GraphicsRenderTests.log``) on every start whose
version is newer than the last one recorded in the profile (``ooSetupLastVersion``); only its
window records it, so a headless LibreOffice tests itself at every start: 0.6 of the 0.9 s of CPU
a one-document conversion took with LibreOffice 7.4. :func:`atur_profil` records the version
(read by :func:`versi_libreoffice` from the installation's own configuration), and the test is
skipped, as it is for a user who has opened LibreOffice's window once.
"""

from __future__ import annotations

import functools
import os
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from doctools.oxml import math

OOR = "http://openoffice.org/2001/registry"
RUMUS = "/org.openoffice.Office.Math/"
"""The configuration of LibreOffice Math: every item under it in the profile is doctools'."""
PRODUK = "/org.openoffice.Setup/Product"
VERSI_TERAKHIR = "ooSetupLastVersion"

XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Math/StandardFormat"><prop oor:name="BaseSize" oor:op="fuse"><value>{ukuran}</value></prop></item>
<item oor:path="/org.openoffice.Office.Math/FontFormatList"><node oor:name="doctools" oor:op="replace"><prop oor:name="Name" oor:op="fuse"><value>{huruf}</value></prop><prop oor:name="CharSet" oor:op="fuse"><value>0</value></prop><prop oor:name="Family" oor:op="fuse"><value>1</value></prop><prop oor:name="Pitch" oor:op="fuse"><value>2</value></prop><prop oor:name="Weight" oor:op="fuse"><value>5</value></prop><prop oor:name="Italic" oor:op="fuse"><value>0</value></prop></node></item>
<item oor:path="/org.openoffice.Office.Math/StandardFormat"><prop oor:name="TextFont" oor:op="fuse"><value>doctools</value></prop></item>
</oor:items>
"""
XCU_VERSI = """<oor:items xmlns:oor="http://openoffice.org/2001/registry">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>{versi}</value></prop></item>
</oor:items>"""

_VERSI_XCD = re.compile(rb'oor:name="ooSetupVersion">\s*<value>(\d+\.\d+)</value>')


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


@functools.lru_cache(maxsize=8)
def versi_libreoffice(soffice: str) -> str | None:
    """LibreOffice's version as its configuration names it ("7.4"), or None when it cannot be read.

    Read from ``main.xcd`` of the installation ``soffice`` belongs to (links followed):
    ``share/registry`` beside ``program`` (Linux, Windows), ``Contents/Resources/registry``
    (macOS). Reading it takes milliseconds; asking ``soffice --version`` would start LibreOffice.
    """
    program = Path(soffice).resolve().parent
    for xcd in (program.parent / "share" / "registry" / "main.xcd",
                program.parent / "Resources" / "registry" / "main.xcd"):
        try:
            data = xcd.read_bytes()
        except OSError:
            continue
        cocok = _VERSI_XCD.search(data)
        if cocok:
            return cocok.group(1).decode("ascii")
    return None


class ProfilRusak(ValueError):
    """A profile's ``registrymodifications.xcu`` cannot be read (a LibreOffice stopped while writing it)."""


def _milik_doctools(item: etree._Element, versi: str | None) -> bool:
    """Whether a settings item is one doctools writes: the formula settings, the version once it is known."""
    path = str(item.get(f"{{{OOR}}}path", ""))
    if path.startswith(RUMUS):
        return True
    return versi is not None and path == PRODUK and any(
        p.get(f"{{{OOR}}}name") == VERSI_TERAKHIR for p in item.iterchildren(f"{{{OOR}}}prop", "prop"))


def atur_profil(profil: Path, paths: Iterable[Path], versi: str | None = None) -> None:
    """Make the profile draw equations in the font and size their runs ask for, and record ``versi``
    (:func:`versi_libreoffice`) as the last LibreOffice version that ran in it.

    A profile LibreOffice made earlier keeps its own settings, the formula settings of an earlier
    batch removed; nothing is written to a new profile when there is nothing to record. Raises
    :class:`ProfilRusak` when the profile's settings file is not LibreOffice's XML.
    """
    huruf = huruf_rumus(paths)
    baru: list[etree._Element] = []
    if huruf is not None:
        nama, ukuran = huruf
        baru += etree.fromstring(XCU.format(ukuran=ukuran, huruf=escape(nama)).encode("utf-8"))
    if versi is not None:
        baru += etree.fromstring(XCU_VERSI.format(versi=escape(versi)).encode("utf-8"))
    xcu = Path(profil) / "user" / "registrymodifications.xcu"
    if not xcu.exists():
        if not baru:
            return
        akar = etree.Element(f"{{{OOR}}}items", nsmap={"oor": OOR, "xs": "http://www.w3.org/2001/XMLSchema"})
    else:
        try:
            akar = etree.parse(str(xcu), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        except (etree.XMLSyntaxError, OSError, ValueError) as exc:
            raise ProfilRusak(f"{xcu}: {exc}") from exc
        if akar.tag != f"{{{OOR}}}items":
            raise ProfilRusak(f"{xcu}: bukan berkas pengaturan LibreOffice")
    lama = [item for item in akar if _milik_doctools(item, versi)]
    for item in lama:
        akar.remove(item)
    if not baru and not lama:
        return  # nothing to change: the file stays as LibreOffice wrote it
    for item in baru:
        item.tail = "\n"
        akar.append(item)
    xcu.parent.mkdir(parents=True, exist_ok=True)
    sementara = xcu.with_name(xcu.name + ".doctools")
    sementara.write_bytes(etree.tostring(akar, xml_declaration=True, encoding="UTF-8"))
    os.replace(sementara, xcu)  # never half a file, should the run be stopped here
