"""Equations (Office Math, OMML): a fraction written for a template, and the parts the layout pass reads and rewrites.

Every math run is normal text (``m:nor`` alone: the schema allows either ``m:nor`` or ``m:sty``,
never both, and LibreOffice reads ``m:nor`` as text). Font, size and line breaks are set after
rendering, from the cell the equation sits in (:mod:`doctools.tata_letak.rumus`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from lxml import etree

from doctools.oxml.ns import XML_SPACE, Xml, m, w

_OMATH = m("oMath")
_PEMEGANG = frozenset((w("p"), w("tc")))


def _run_xml(text: str) -> str:
    return f'<m:r><m:rPr><m:nor/></m:rPr><m:t xml:space="preserve">{escape(text)}</m:t></m:r>'


def fraction_xml(numerator: str, denominator: str, tail: str = "") -> Xml:
    """An editable equation ``numerator / denominator`` followed by ``tail`` (e.g. " × 100%").

    Printed where a template prints a run (``{{r … }}``). It declares no namespaces: the document
    (or, for a template that lacks it, the rendered part) declares ``m:`` once; declared on every
    equation, they make docxtpl's replacement of the body grow with the square of its size.
    """
    after = _run_xml(tail) if tail else ""
    return Xml(f"<m:oMath><m:f>"
               f"<m:num>{_run_xml(numerator)}</m:num>"
               f"<m:den>{_run_xml(denominator)}</m:den></m:f>{after}</m:oMath>")


# ---- reading --------------------------------------------------------------------------------------


def equations(el: etree._Element) -> Iterator[etree._Element]:
    """The ``m:oMath`` elements inside ``el``."""
    return el.iter(m("oMath"))


def holders_of_equations(tbl: etree._Element, equations: Iterable[etree._Element] | None = None) -> set[etree._Element]:
    """The paragraphs and cells inside the table that hold an equation (``equations``: the table's, found already).

    Found from the few equations up, instead of asking each of thousands of paragraphs.
    """
    hasil: set[etree._Element] = set()
    for omath in tbl.iter(_OMATH) if equations is None else equations:
        for atas in omath.iterancestors():
            if atas is tbl:
                break
            if atas.tag in _PEMEGANG:
                hasil.add(atas)
    return hasil


def has_equation(el: etree._Element) -> bool:
    return el.find(f".//{m('oMath')}") is not None


def fraction_parts(omath: etree._Element) -> list[etree._Element]:
    """The numerators and denominators of the equation's fractions, in order."""
    return [part for f in omath.findall(m("f")) for part in (f.find(m("num")), f.find(m("den"))) if part is not None]


def part_text(part: etree._Element) -> str:
    """The text of a numerator or denominator, its lines (if already broken) joined by spaces."""
    return " ".join(" ".join((t.text or "") for t in e.iter(m("t"))).strip()
                    for e in (part.findall(f"{m('eqArr')}/{m('e')}") or [part])).strip()


def tail_text(omath: etree._Element) -> str:
    """The text of the runs after the fraction (the multiplier), as printed."""
    teks = []
    for child in omath:
        if child.tag == m("r"):
            teks.append("".join(t.text or "" for t in child.iter(m("t"))))
    return "".join(teks)


def first_font(root: etree._Element) -> tuple[str, int] | None:
    """(font, size in half-points) given to the first math run that has both, or None."""
    for rpr in root.iter(w("rPr")):
        parent = rpr.getparent()
        if parent is None or parent.tag != m("r"):
            continue
        fonts, sz = rpr.find(w("rFonts")), rpr.find(w("sz"))
        if fonts is not None and fonts.get(w("ascii")) and sz is not None:
            return fonts.get(w("ascii"), ""), int(sz.get(w("val"), "0"))
    return None


def line_count(p: etree._Element) -> int:
    """Lines the paragraph's fractions add: one per numerator and denominator line."""
    return sum(max(len(part.findall(f"{m('eqArr')}/{m('e')}")), 1)
               for omath in p.iter(m("oMath")) for part in omath.iter(m("num"), m("den")))


# ---- rewriting ------------------------------------------------------------------------------------


def _font_properties(r: etree._Element, font: str, size_pt: float) -> None:
    """Give a math run a font and size (``w:rPr`` after ``m:rPr``)."""
    for old in r.findall(w("rPr")):
        r.remove(old)
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(w(attr), font)
    rpr.append(fonts)
    for tag in ("sz", "szCs"):
        el = OxmlElement(f"w:{tag}")
        el.set(w("val"), str(round(size_pt * 2)))
        rpr.append(el)
    mrpr = r.find(m("rPr"))
    if mrpr is not None:
        mrpr.addnext(rpr)
    else:
        r.insert(0, rpr)


def set_font(omath: etree._Element, font: str, size_pt: float) -> None:
    """Print every run of the equation in ``font`` at ``size_pt``."""
    for r in omath.iter(m("r")):
        _font_properties(r, font, size_pt)


def _run(text: str, font: str, size_pt: float) -> etree._Element:
    r = OxmlElement("m:r")
    rpr = OxmlElement("m:rPr")
    rpr.append(OxmlElement("m:nor"))
    r.append(rpr)
    _font_properties(r, font, size_pt)
    t = OxmlElement("m:t")
    t.set(XML_SPACE, "preserve")
    t.text = text
    r.append(t)
    return r


def set_lines(part: etree._Element, lines: Sequence[str], font: str, size_pt: float) -> None:
    """Replace a numerator's or denominator's content by ``lines``: one run, or an equation array."""
    for child in list(part):
        part.remove(child)
    if len(lines) == 1:
        part.append(_run(lines[0], font, size_pt))
        return
    arr = OxmlElement("m:eqArr")
    for line in lines:
        e = OxmlElement("m:e")
        e.append(_run(line, font, size_pt))
        arr.append(e)
    part.append(arr)
