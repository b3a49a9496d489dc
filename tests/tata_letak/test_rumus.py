"""doctools.tata_letak.rumus: equations broken at word boundaries to their cell."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from doctools import tata_letak
from doctools.documents.objek import Rumus
from doctools.oxml.styles import Gaya
from doctools.tata_letak import rumus
from tests.conftest import NS
from tests.tata_letak import dokumen, tabel


def test_rumus_dipecah_di_batas_kata() -> None:
    doc = dokumen(9)
    t = tabel(doc, [4.0], [""])
    p = t.rows[0].cells[0].paragraphs[0]._p
    r = Rumus(pembilang="Jumlah kegiatan pemberdayaan yang difasilitasi", penyebut="Jumlah kegiatan",
              pengali="100%")
    # the equation declares no namespaces (the document root does); parsed alone, it is given them
    p.append(parse_xml(r.__html__().replace("<m:oMath>", f"<m:oMath {nsdecls('m', 'w')}>", 1)))
    tata_letak.rapikan(doc)
    omath = p.find(".//m:oMath", NS)
    baris = [" ".join(t.text for t in e.iter(f"{{{NS['m']}}}t")) for e in omath.findall("m:f/m:num/m:eqArr/m:e", NS)]
    assert len(baris) > 1
    assert " ".join(baris) == "Jumlah kegiatan pemberdayaan yang difasilitasi"  # no word split
    gaya = Gaya(doc.styles.element)
    huruf = gaya.huruf_paragraf(p)
    tersedia = Cm(4).twips - 2 * 108 - rumus.lebar("× 100%", huruf) - rumus.JARAK
    assert all(rumus.lebar(b, huruf) <= tersedia for b in baris if " " in b)
    for run in omath.iter(f"{{{NS['m']}}}r"):
        assert [c.tag.split("}")[1] for c in run.find("m:rPr", NS)] == ["nor"]
        assert run.find("w:rPr/w:sz", NS).get(qn("w:val")) == "18"
