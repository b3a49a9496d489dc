"""doctools.oxml.math: a fraction as markup, its parts read, and rewritten in lines and fonts."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from doctools.oxml import math
from tests.oxml import anak


def _p(xml: str):
    return parse_xml(f"<w:p {nsdecls('w', 'm')}>{xml}</w:p>")


def test_pecahan_sebagai_markup() -> None:
    p = _p(math.fraction_xml("Jumlah A & B", "Jumlah C", " × 100%"))
    [omath] = list(math.equations(p))
    assert math.has_equation(p)
    assert anak(omath) == ["f", "r"]
    pembilang, penyebut = math.fraction_parts(omath)
    assert (math.part_text(pembilang), math.part_text(penyebut)) == ("Jumlah A & B", "Jumlah C")
    assert math.tail_text(omath) == " × 100%"
    assert anak(pembilang[0][0]) == ["nor"]  # normal text: m:nor alone
    assert math.line_count(p) == 2


def test_pecahan_tanpa_pengali() -> None:
    [omath] = list(math.equations(_p(math.fraction_xml("a", "b"))))
    assert anak(omath) == ["f"]
    assert math.tail_text(omath) == ""


def test_baris_dan_huruf_ditulis_ulang() -> None:
    p = _p(math.fraction_xml("satu dua tiga", "empat", " × 100%"))
    [omath] = list(math.equations(p))
    math.set_font(omath, "Bookman Old Style", 9)
    pembilang, penyebut = math.fraction_parts(omath)
    math.set_lines(pembilang, ["satu dua", "tiga"], "Bookman Old Style", 9)
    math.set_lines(penyebut, ["empat"], "Bookman Old Style", 9)
    assert anak(pembilang) == ["eqArr"] and anak(pembilang[0]) == ["e", "e"]
    assert math.part_text(pembilang) == "satu dua tiga"
    assert math.line_count(p) == 3
    for r in omath.iter(qn("m:r")):
        assert anak(r) == ["rPr", "rPr", "t"]  # m:rPr, then the font in w:rPr
        rpr = r.find(qn("w:rPr"))
        assert rpr.find(qn("w:rFonts")).get(qn("w:ascii")) == "Bookman Old Style"
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "18"
