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
_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", *_PPR_AFTER_PBDR)
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


def set_no_wrap(tc: BaseOxmlElement, on: bool = True) -> None:
    """Mark a cell whose lines must never wrap (names, NIP): the layout pass sizes its column to them."""
    tcPr = tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:noWrap")):
        tcPr.remove(old)
    if on:
        tcPr.insert_element_before(OxmlElement("w:noWrap"), *_TCPR_ORDER[_TCPR_ORDER.index("w:noWrap") + 1:])


def set_cell_margins(tblPr: BaseOxmlElement, left: int, right: int) -> None:
    """Left and right cell margins of a whole table, in twips."""
    mar = OxmlElement("w:tblCellMar")
    for side, value in (("left", left), ("right", right)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(value))
        edge.set(qn("w:type"), "dxa")
        mar.append(edge)
    _replace(tblPr, "w:tblCellMar", mar, ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"))


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


def reorder_paragraph_properties(root: BaseOxmlElement) -> None:
    """Put ``w:pPr`` children back in schema order (LibreOffice writes ``w:sectPr`` before ``w:pStyle``)."""
    rank = {qn(tag): i for i, tag in enumerate(_PPR_ORDER)}
    for pPr in root.iter(qn("w:pPr")):
        kids = list(pPr)
        ordered = sorted(kids, key=lambda el: rank.get(el.tag, len(rank)))
        if ordered != kids:
            for kid in kids:
                pPr.remove(kid)
            pPr.extend(ordered)


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


def _section_text_width(sectPr: BaseOxmlElement) -> int | None:
    """Width between the margins of a section, in twips (None when the section doesn't say)."""
    pgSz, pgMar = sectPr.find(qn("w:pgSz")), sectPr.find(qn("w:pgMar"))
    if pgSz is None or pgMar is None or pgSz.get(qn("w:w")) is None:
        return None
    return int(pgSz.get(qn("w:w"))) - int(pgMar.get(qn("w:left"), "0")) - int(pgMar.get(qn("w:right"), "0"))


def _scale_twips(el: BaseOxmlElement, attr: str, factor: float) -> None:
    nilai = el.get(qn(attr))
    if nilai is not None and nilai.lstrip("-").isdigit():
        el.set(qn(attr), str(int(int(nilai) * factor)))


def fit_tables_to_sections(body: BaseOxmlElement) -> None:
    """Shrink top-level tables wider than their section's text width (e.g. F4 layouts on A4).

    Column proportions are kept: the grid, every cell width in twips and the table width are
    scaled by the same factor. Tables that already fit are left exactly as they are.
    """
    groups: list[tuple[list[BaseOxmlElement], BaseOxmlElement | None]] = []
    current: list[BaseOxmlElement] = []
    for child in body.iterchildren():
        if child.tag == qn("w:tbl"):
            current.append(child)
        elif child.tag == qn("w:p"):
            sect = child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
            if sect is not None:
                groups.append((current, sect))
                current = []
        elif child.tag == qn("w:sectPr"):
            groups.append((current, child))
            current = []
    for tables, sectPr in groups:
        avail = _section_text_width(sectPr) if sectPr is not None else None
        if avail is None:
            continue
        for tbl in tables:
            grid = tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
            total = sum(int(g.get(qn("w:w"), "0")) for g in grid)
            if total <= avail or total == 0:
                continue
            factor = avail / total
            for g in grid:
                _scale_twips(g, "w:w", factor)
            for tcW in tbl.iterfind(f"{qn('w:tr')}/{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:tcW')}"):
                if tcW.get(qn("w:type")) in (None, "dxa"):
                    _scale_twips(tcW, "w:w", factor)
            tblW = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}")
            if tblW is not None and tblW.get(qn("w:type")) == "dxa":
                _scale_twips(tblW, "w:w", factor)
