"""All raw WordprocessingML knowledge the toolkit needs, in one place.

python-docx has no API for fields, page-number formats, repeating header rows, rows that must
not split, paragraph borders or "update fields on open". These helpers add them in schema order
(never with a bare ``append`` where the schema is a sequence), and replace an existing element
instead of adding a second one, so calling a helper twice is harmless.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

_SECTPR_AFTER_PGNUMTYPE = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                           "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                           "w:printerSettings", "w:sectPrChange")
_SECTPR_AFTER_TITLEPG = ("w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                         "w:printerSettings", "w:sectPrChange")
_SETTINGS_AFTER_UPDATEFIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat",
                                "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
                                "w:themeFontLang", "w:clrSchemeMapping",
                                "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
                                "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
                                "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
                                "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")
_PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                   "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                   "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_TCPR_ORDER = ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders",
               "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
               "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                        "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _replace(parent: BaseOxmlElement, tag: str, new: BaseOxmlElement, successors: Iterable[str]) -> None:
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    parent.insert_element_before(new, *successors)


def set_page_number_format(sectPr: BaseOxmlElement, fmt: str = "decimal", start: int | None = None) -> None:
    """Set ``w:pgNumType`` (fmt: decimal, lowerRoman, upperRoman; start restarts the count)."""
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:fmt"), fmt)
    if start is not None:
        pg.set(qn("w:start"), str(start))
    _replace(sectPr, "w:pgNumType", pg, _SECTPR_AFTER_PGNUMTYPE)


def set_title_page(sectPr: BaseOxmlElement, on: bool = True) -> None:
    """Give the section's first page its own (usually empty) header and footer."""
    for old in sectPr.findall(qn("w:titlePg")):
        sectPr.remove(old)
    if on:
        sectPr.insert_element_before(OxmlElement("w:titlePg"), *_SECTPR_AFTER_TITLEPG)


def set_update_fields_on_open(settings: BaseOxmlElement) -> None:
    """Ask Word to refresh fields (the TOC, page references) when the document is opened."""
    uf = OxmlElement("w:updateFields")
    uf.set(qn("w:val"), "true")
    _replace(settings, "w:updateFields", uf, _SETTINGS_AFTER_UPDATEFIELDS)


def set_repeat_header(tr: BaseOxmlElement, on: bool = True) -> None:
    """Repeat this row at the top of every page the table runs onto (must be a leading row)."""
    trPr = tr.get_or_add_trPr()
    for old in trPr.findall(qn("w:tblHeader")):
        trPr.remove(old)
    if on:
        trPr.append(OxmlElement("w:tblHeader"))  # CT_TrPr is a choice: order is free


def set_cant_split(tr: BaseOxmlElement, on: bool = True) -> None:
    """Keep the row on one page."""
    trPr = tr.get_or_add_trPr()
    for old in trPr.findall(qn("w:cantSplit")):
        trPr.remove(old)
    if on:
        trPr.append(OxmlElement("w:cantSplit"))


def set_paragraph_border(pPr: BaseOxmlElement, side: str = "bottom", val: str = "thickThinSmallGap",
                         size: int = 24, space: int = 1, color: str = "000000") -> None:
    """A paragraph border, e.g. the thick-thin double rule under a kop surat (size in 1/8 pt)."""
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(pBdr, *_PPR_AFTER_PBDR)
    for old in pBdr.findall(qn(f"w:{side}")):
        pBdr.remove(old)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), val)
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), str(space))
    edge.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between", "bar"]
    later = [qn(f"w:{s}") for s in order[order.index(side) + 1:]]
    for child in pBdr:
        if child.tag in later:
            child.addprevious(edge)
            break
    else:
        pBdr.append(edge)


def set_table_borders(tblPr: BaseOxmlElement, val: str = "nil") -> None:
    """Set all six table borders at once (``nil`` for a layout table without lines)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), val)
        if val != "nil":
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
        borders.append(edge)
    _replace(tblPr, "w:tblBorders", borders, _TBLPR_AFTER_BORDERS)


def set_fixed_layout(tblPr: BaseOxmlElement) -> None:
    """Use the declared column widths instead of autofitting to content."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _replace(tblPr, "w:tblLayout", layout, ("w:tblCellMar", "w:tblLook", "w:tblCaption",
                                             "w:tblDescription", "w:tblPrChange"))


def reorder_cell_properties(root: BaseOxmlElement) -> None:
    """Put ``w:tcPr`` children back in schema order (docxtpl's ``vm`` appends ``w:vMerge`` last)."""
    rank = {qn(tag): i for i, tag in enumerate(_TCPR_ORDER)}
    for tcPr in root.iter(qn("w:tcPr")):
        kids = list(tcPr)
        ordered = sorted(kids, key=lambda el: rank.get(el.tag, len(rank)))
        if ordered != kids:
            for kid in kids:
                tcPr.remove(kid)
            tcPr.extend(ordered)


def add_field(p: BaseOxmlElement, instr: str, cached: str = "") -> None:
    """Append a complex field (``PAGE``, ``TOC \\o "1-3" \\h \\z \\u``) with a cached result."""

    def run(child: BaseOxmlElement) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run(text)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run(sep)
    cached_t = OxmlElement("w:t")
    cached_t.set(qn("xml:space"), "preserve")
    cached_t.text = cached
    run(cached_t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run(end)
