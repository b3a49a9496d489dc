"""Check a .docx against the ISO/IEC 29500 transitional schemas, the way Word's strict reader sees it.

Word refuses (or "repairs") a document whose parts break the schema even where LibreOffice reads
it happily, so every kind of generated document is validated in the tests. The schemas are in
``tests/ooxml_xsd/`` (ECMA-376 transitional: WordprocessingML with the DrawingML and math parts it
imports, DrawingML charts, and the extended document properties).

Before validating, markup in namespaces a part declares ``mc:Ignorable`` is removed and each
``mc:AlternateContent`` is replaced by its Fallback, as Word does.

    python -m tests.ooxml_schema build/mumbulsari/*.docx
"""

from __future__ import annotations

import functools
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

XSD = Path(__file__).resolve().parent / "ooxml_xsd"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
BAGIAN_WORD = re.compile(
    r"word/(document|styles|numbering|settings|header\d*|footer\d*|footnotes|endnotes|fontTable|comments)\.xml$")
BAGIAN_APP = "docProps/app.xml"
BAGIAN_GRAFIK = re.compile(r"word/charts/chart\d+\.xml$")


@functools.cache
def _skema(nama: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / nama)))


def _buang_abaikan(root: etree._Element) -> etree._Element:
    """Drop what a consumer may ignore (``mc:Ignorable``) and resolve ``mc:AlternateContent``."""
    abaikan = root.get(f"{{{MC}}}Ignorable")
    if abaikan:
        ruang = {root.nsmap.get(p) for p in abaikan.split()} - {None}
        for el in list(root.iter()):
            if not isinstance(el.tag, str):
                continue
            if etree.QName(el).namespace in ruang and el.getparent() is not None:
                el.getparent().remove(el)
                continue
            for nama in list(el.attrib):
                if nama.startswith("{") and etree.QName(nama).namespace in ruang:
                    del el.attrib[nama]
        del root.attrib[f"{{{MC}}}Ignorable"]
    for alt in list(root.iter(f"{{{MC}}}AlternateContent")):
        induk, cadangan = alt.getparent(), alt.find(f"{{{MC}}}Fallback")
        i = induk.index(alt)
        induk.remove(alt)
        for k, anak in enumerate(list(cadangan) if cadangan is not None else []):
            induk.insert(i + k, anak)
    return root


def galat(path: Path) -> list[str]:
    """Every schema error of the file, as ``part: line N: message`` (namespaces left out)."""
    hasil = []
    with zipfile.ZipFile(path) as z:
        for nama in z.namelist():
            if BAGIAN_WORD.match(nama):
                skema = _skema("wml.xsd")
            elif nama == BAGIAN_APP:
                skema = _skema("shared-documentPropertiesExtended.xsd")
            elif BAGIAN_GRAFIK.match(nama):
                skema = _skema("dml-chart.xsd")
            else:
                continue
            root = _buang_abaikan(etree.fromstring(z.read(nama)))
            skema.validate(etree.ElementTree(root))
            hasil += [f"{nama}: line {e.line}: {re.sub(r'{[^}]*}', '', e.message)}" for e in skema.error_log]
    return hasil


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__)
        return 2
    jumlah = 0
    for path in paths:
        for g in galat(Path(path)):
            print(f"{path}:{g}")
            jumlah += 1
    print(f"{len(paths)} berkas: {jumlah} galat skema")
    return 1 if jumlah else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
