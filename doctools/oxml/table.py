"""Tables: whole tables built for templates, merged and no-wrap cells, widths read and fitted.

python-docx sets column widths and autofit (``Table.autofit = False`` is a fixed layout); it has no
API for repeating header rows, rows that must not split, vertical merges or no-wrap cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from lxml import etree

from doctools.oxml.ns import M_NS, W_NS, Xml, child, on, reorder_children, twips, w
from doctools.oxml.section import blocks_by_section, text_width
from doctools.oxml.styles import style_id

_TCPR_ORDER = ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders",
               "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
               "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")

_TR, _TC, _TCPR, _TRPR, _TCW, _T, _TBL = w("tr"), w("tc"), w("tcPr"), w("trPr"), w("tcW"), w("t"), w("tbl")
_GRIDSPAN, _GRIDBEFORE, _NOWRAP, _W, _TYPE = w("gridSpan"), w("gridBefore"), w("noWrap"), w("w"), w("type")
_TBLGRID, _GRIDCOL, _VAL, _TCMAR = w("tblGrid"), w("gridCol"), w("val"), w("tcMar")
_OMATH = f"{{{M_NS}}}oMath"

Merge = Literal["restart", "continue"]
"""A cell's part in a vertical merge: the first cell, or one continuing the cell above."""


# ---- markup for templates -------------------------------------------------------------------------


def cell_xml(text: str, style: str, width: int, *, span: int = 1,
             merge: Merge | None = None, v_align: str = "top") -> Xml:
    """One cell of one paragraph in the style named ``style``; ``width`` in twips.

    ``merge`` starts or continues a vertical merge; a continuing cell prints no text.
    """
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if merge:
        pr += '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>"
    pr += f'<w:vAlign w:val="{v_align}"/>'
    isi = "" if merge == "continue" else escape(text)
    run = f'<w:r><w:t xml:space="preserve">{isi}</w:t></w:r>' if isi else ""
    return Xml(f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr><w:pStyle w:val="{style_id(style)}"/></w:pPr>{run}</w:p></w:tc>')


def row_xml(cells: Sequence[Xml], *, repeat_header: bool = False) -> Xml:
    """A row that never splits across pages; a header row repeats on every page the table runs onto."""
    tr_pr = "<w:cantSplit/>" + ("<w:tblHeader/>" if repeat_header else "")
    return Xml(f"<w:tr><w:trPr>{tr_pr}</w:trPr>{''.join(cells)}</w:tr>")


def table_xml(widths: Sequence[int], rows: Sequence[Xml], *, style: str, cell_margin: int = 57) -> Xml:
    """A centred fixed-layout table in the table style named ``style``: grid ``widths`` in twips,
    left and right cell margins of ``cell_margin`` twips."""
    grid = "".join(f'<w:gridCol w:w="{lebar}"/>' for lebar in widths)
    pr = (f'<w:tblPr><w:tblStyle w:val="{style_id(style)}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
          '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
          f'<w:tblCellMar><w:left w:w="{cell_margin}" w:type="dxa"/><w:right w:w="{cell_margin}" w:type="dxa"/></w:tblCellMar>'
          '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
          'w:noHBand="0" w:noVBand="1"/></w:tblPr>')
    return Xml(f"<w:tbl>{pr}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


# ---- cell properties ----------------------------------------------------------------------------


def set_no_wrap(tc: etree._Element, on: bool = True) -> None:
    """Mark a cell whose lines must never wrap (names, NIP): the layout pass sizes its column to them."""
    tcPr = tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    for old in tcPr.findall(w("noWrap")):
        tcPr.remove(old)
    if on:
        tcPr.insert_element_before(OxmlElement("w:noWrap"), *_TCPR_ORDER[_TCPR_ORDER.index("w:noWrap") + 1:])


def reorder_cell_properties(root: etree._Element) -> None:
    """Put ``w:tcPr`` children back in schema order (docxtpl's ``vm`` appends ``w:vMerge`` last)."""
    reorder_children(root, "tcPr", _TCPR_ORDER)


# ---- cells merged by a marker ----------------------------------------------------------------------

TANDA_GABUNG = "\ue000gabung\ue000"
"""The whole text of a table cell that continues the cell above it (see :func:`merge_marked_cells`).

A context gives this value to a cell of a template's row loop when a tree is printed with merged
cells (a sasaran spanning its programs, a program its kegiatan): docxtpl's ``{% vm %}`` merges
only across the innermost loop, and a tree has several levels. It holds private-use characters,
which no data text carries.
"""


def _set_vmerge(tc: etree._Element, restart: bool) -> None:
    tcPr = tc.find(w("tcPr"))
    if tcPr is None:
        tcPr = OxmlElement("w:tcPr")
        tc.insert(0, tcPr)
    lama = tcPr.find(w("vMerge"))
    if lama is not None:
        if restart or lama.get(w("val")) not in (None, "continue"):
            return  # already the start (or a continuation) of a merge: leave it
        tcPr.remove(lama)
    vmerge = OxmlElement("w:vMerge")
    if restart:
        vmerge.set(w("val"), "restart")
    tcPr.append(vmerge)  # put in schema order by reorder_cell_properties


def _ada_tanda(el: etree._Element) -> bool:
    """Whether any text inside ``el`` holds the marker's first character (a marker split over runs still has it)."""
    return any(t.text and TANDA_GABUNG[0] in t.text for t in el.iter(_T))


def merge_marked_cells(root: etree._Element) -> int:
    """Merge every cell whose whole text is :data:`TANDA_GABUNG` into the cell above it; return how many.

    The marked cell becomes a ``w:vMerge`` continuation with an empty paragraph (its paragraph
    properties kept); the cell above, in the same grid column of the previous row, starts the
    merge unless it already continues one. A marked cell with nothing above it is left empty.
    """
    jumlah = 0
    if not _ada_tanda(root):  # most documents merge nothing: one query instead of a look at every cell
        return 0
    for tbl in root.iter(w("tbl")):
        if not _ada_tanda(tbl):
            continue
        atas: dict[int, etree._Element] = {}
        for tr in tbl.findall(w("tr")):
            baris: dict[int, etree._Element] = {}
            kolom = 0
            for tc in tr.findall(w("tc")):
                baris[kolom] = tc
                kolom += span(tc)
            for kolom, tc in baris.items():
                if "".join(t.text or "" for t in tc.iter(w("t"))) != TANDA_GABUNG:
                    continue
                if kolom in atas:
                    _set_vmerge(atas[kolom], restart=True)
                    _set_vmerge(tc, restart=False)
                    jumlah += 1
                for p in tc.findall(w("p")):
                    for anak in list(p):
                        if anak.tag != w("pPr"):
                            p.remove(anak)
            atas = baris
    return jumlah


# ---- reading a rendered table ---------------------------------------------------------------------


def is_table(el: etree._Element) -> bool:
    return el.tag == w("tbl")


def tables(el: etree._Element) -> list[etree._Element]:
    """Every table inside ``el`` (nested ones too), in document order."""
    return list(el.iter(w("tbl")))


def rows(tbl: etree._Element) -> list[etree._Element]:
    return tbl.findall(w("tr"))


def cells(tr: etree._Element) -> list[etree._Element]:
    return tr.findall(w("tc"))


def enclosing_cell(el: etree._Element) -> etree._Element | None:
    return next((a for a in el.iterancestors() if a.tag == w("tc")), None)


def enclosing_row(el: etree._Element) -> etree._Element | None:
    return next((a for a in el.iterancestors() if a.tag == w("tr")), None)


def end_cell_with_paragraph(el: etree._Element) -> None:
    """A table cell must end with a paragraph: one is added to a cell ``el`` that ends with a table."""
    if el.tag == w("tc") and len(el) and el[-1].tag == w("tbl"):
        el.append(OxmlElement("w:p"))


def table_of(tc: etree._Element) -> etree._Element:
    """The table a cell belongs to."""
    tbl = tc.getparent().getparent()  # type: ignore[union-attr]
    assert tbl is not None
    return tbl


def grid_widths(tbl: etree._Element) -> list[int]:
    """The table's grid column widths in twips (0 where a column says nothing usable)."""
    return [twips(g, "w") or 0 for g in tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")]


def span(tc: etree._Element) -> int:
    """Grid columns the cell spans."""
    return max(twips(child(child(tc, _TCPR), _GRIDSPAN), "val") or 1, 1)


_X_RENTANG = etree.XPath("w:tr/w:tc/w:tcPr/w:gridSpan", namespaces={"w": W_NS})


def _rentang(tbl: etree._Element) -> dict[etree._Element, int]:
    """The table's own cells that span more than one column (asked once per table, not per cell)."""
    hasil: dict[etree._Element, int] = {}
    for gs in _X_RENTANG(tbl):
        tc = gs.getparent().getparent()
        if tc not in hasil:  # the first w:gridSpan, as span() reads it
            hasil[tc] = max(twips(gs, "val") or 1, 1)
    return hasil


class GridCell(NamedTuple):
    """A cell with the first grid column it starts at and the number of columns it spans.

    A tuple: a long table has tens of thousands, made on every layout pass.
    """

    tc: etree._Element
    column: int
    span: int


_X_SEBELUM = etree.XPath("w:tr/w:trPr[1]/w:gridBefore[1]", namespaces={"w": W_NS})


@dataclass(slots=True)
class Survei:
    """What is rare in a table, found in one walk (lxml's, in C) instead of one query each.

    A long table is asked about its spanning cells, rows that skip columns, no-wrap cells, cells
    with margins of their own and equations; each question was a walk over all its nodes.
    """

    rentang: dict[etree._Element, int] = field(default_factory=dict)
    """Own cells spanning more than one column (:func:`_rentang`)."""
    sebelum: dict[etree._Element, int] = field(default_factory=dict)
    """Own rows that skip leading columns: their first ``w:trPr``'s first ``w:gridBefore``."""
    tanpa_bungkus: set[etree._Element] = field(default_factory=set)
    """Own cells whose lines must not wrap (:func:`no_wrap_cells`)."""
    bermargin: set[etree._Element] = field(default_factory=set)
    """Own cells with margins of their own (:func:`cells_with_margins`)."""
    rumus: list[etree._Element] = field(default_factory=list)
    """The equations (``m:oMath``) inside the table, nested tables' too."""
    ada_tanpa_bungkus: bool = False
    """A no-wrap cell anywhere inside, a nested table's too (:func:`has_no_wrap_cell`)."""


def survey(tbl: etree._Element) -> Survei:
    """The table's :class:`Survei`: the same answers as the queries it replaces."""
    hasil = Survei()
    for el in tbl.iter(_GRIDSPAN, _GRIDBEFORE, _NOWRAP, _TCMAR, _OMATH):
        tag = el.tag
        if tag == _OMATH:
            hasil.rumus.append(el)
            continue
        induk = el.getparent()
        atas = induk.getparent() if induk is not None else None
        if induk is None or atas is None:
            continue
        if tag == _NOWRAP and not hasil.ada_tanpa_bungkus and induk.tag == _TCPR and is_no_wrap(atas):
            hasil.ada_tanpa_bungkus = True
        baris = atas.getparent()
        if tag == _GRIDBEFORE:  # w:tr/w:trPr[1]/w:gridBefore[1]: atas is the row
            if baris is tbl and induk.tag == _TRPR and atas.tag == _TR and child(atas, _TRPR) is induk \
                    and child(induk, _GRIDBEFORE) is el:
                hasil.sebelum[atas] = twips(el, "val") or 0
            continue
        # w:tr/w:tc/w:tcPr/…: atas is the cell
        if baris is None or baris.getparent() is not tbl or baris.tag != _TR or atas.tag != _TC \
                or induk.tag != _TCPR:
            continue
        if tag == _GRIDSPAN:
            if atas not in hasil.rentang:  # the first w:gridSpan, as span() reads it
                hasil.rentang[atas] = max(twips(el, "val") or 1, 1)
        elif tag == _NOWRAP:
            if is_no_wrap(atas):
                hasil.tanpa_bungkus.add(atas)
        else:
            hasil.bermargin.add(atas)
    return hasil


def cells_on_grid(tbl: etree._Element, survei: Survei | None = None) -> list[GridCell]:
    """The table's own cells, row by row, placed on its grid (skipped leading columns counted).

    The rows that skip columns and the cells that span several are found in one query each, not
    asked row by row and cell by cell.
    """
    hasil = []
    if survei is None:
        lebar = _rentang(tbl)
        sebelum = {gb.getparent().getparent(): twips(gb, "val") or 0 for gb in _X_SEBELUM(tbl)}
    else:
        lebar, sebelum = survei.rentang, survei.sebelum
    for tr in tbl.iterchildren(_TR):
        kolom = sebelum.get(tr, 0) if sebelum else 0
        for tc in tr.iterchildren(_TC):
            rentang = lebar.get(tc, 1)
            hasil.append(GridCell(tc, kolom, rentang))
            kolom += rentang
    return hasil


_TAK_TERPISAH = re.compile(r"<w:tbl[\s/>]|<w:tc(?:\s[^>]*)?/>|<!--|<\?|<!\[CDATA\[")
"""What keeps a table's text from splitting into its cells at each ``</w:tc>``: a table inside
(its cells are not the table's own), an empty cell written ``<w:tc/>``, a comment, a processing
instruction or a CDATA section (text that may hold a tag's name)."""


def own_cells_as_text(tbl: etree._Element, jumlah: int) -> list[str] | None:
    """A text per own cell of the table, in order, from one serialization: equal texts, equal cells.

    Each text ends with its cell's XML (``<w:tc …>`` to just before ``</w:tc>``) and may begin with
    what stands between it and the cell before (the row's start and its ``w:trPr``): a key that tells
    apart any two cells that differ, for a long table whose cells repeat. ``jumlah`` is the number
    of own cells (:func:`cells_on_grid`); None when the text cannot be split (a table inside, a
    ``w:`` prefix not the table's, or more cells than ``jumlah``: cells in a content control).
    """
    teks = etree.tostring(tbl, encoding="unicode")
    if not teks.startswith("<w:tbl") or _TAK_TERPISAH.search(teks, 6) is not None:
        return None
    bagian = teks.split("</w:tc>")
    if len(bagian) != jumlah + 1:
        return None
    bagian.pop()
    return bagian


def is_no_wrap(tc: etree._Element) -> bool:
    """Whether the cell's lines must never wrap (``w:noWrap``)."""
    return bool(on(child(child(tc, _TCPR), _NOWRAP)))


_X_TANPA_BUNGKUS = etree.XPath("w:tr/w:tc[w:tcPr/w:noWrap]", namespaces={"w": W_NS})
_X_MARGIN_SEL = etree.XPath("w:tr/w:tc[w:tcPr/w:tcMar]", namespaces={"w": W_NS})


def no_wrap_cells(tbl: etree._Element) -> set[etree._Element]:
    """The table's own cells whose lines must never wrap (:func:`is_no_wrap`), found in one query."""
    return {tc for tc in _X_TANPA_BUNGKUS(tbl) if is_no_wrap(tc)}


def cells_with_margins(tbl: etree._Element) -> set[etree._Element]:
    """The table's own cells with margins of their own (``w:tcMar``), found in one query."""
    return set(_X_MARGIN_SEL(tbl))


def has_no_wrap_cell(tbl: etree._Element) -> bool:
    """A cell inside the table is no-wrap (a signature block's table).

    Found through the ``w:noWrap`` elements themselves (lxml walks the tree in C), not cell by
    cell: a 5,000-row table is asked this twice.
    """
    for nw in tbl.iter(_NOWRAP):
        tcpr = nw.getparent()
        tc = tcpr.getparent() if tcpr is not None and tcpr.tag == _TCPR else None
        if tc is not None and is_no_wrap(tc):
            return True
    return False


_RUN_BERGAYA = etree.XPath(".//w:rStyle[@w:val=$s]", namespaces={"w": W_NS})


def cells_with_run_style(root: etree._Element, sid: str) -> list[etree._Element]:
    """The innermost cell (a nested table's, not its host's) of each run in the character style ``sid``."""
    hasil = []
    for rs in _RUN_BERGAYA(root, s=sid):
        tc = enclosing_cell(rs)
        if tc is not None:
            hasil.append(tc)
    return hasil


def cell_width(tc: etree._Element) -> int | None:
    """The cell's width in twips, when it is given in twips."""
    tcw = child(child(tc, _TCPR), _TCW)
    if tcw is not None and tcw.get(w("type"), "dxa") == "dxa" and tcw.get(w("w")):
        return twips(tcw, "w") or 0
    return None


_X_BARIS_PENUH = etree.XPath("boolean(w:tr[count(w:tc) >= $n])", namespaces={"w": W_NS})


def repair_grid(tbl: etree._Element, survei: Survei | None = None) -> None:
    """Give the table as many grid columns as its own rows use, with its cells' widths.

    docxtpl counts the cells of nested tables as the outer table's and adds grid columns for
    them (a one-column table holding a two-column signature gets two); the surplus is removed.
    """
    kolom = tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")
    if _X_BARIS_PENUH(tbl, n=len(kolom)):  # a row fills every grid column (each cell spans one or more)
        return
    lebar = _rentang(tbl) if survei is None else survei.rentang
    baris = [[(tc, lebar.get(tc, 1)) for tc in tr.iterchildren(_TC)] for tr in tbl.iterchildren(_TR)]
    n = max((sum(r for _, r in b) for b in baris), default=len(kolom))
    if not n or len(kolom) <= n:
        return
    for g in kolom[n:]:
        g.getparent().remove(g)  # type: ignore[union-attr]
    for b in baris:
        if len(b) == n and all(r == 1 for _, r in b) and all(cell_width(tc) for tc, _ in b):
            for g, (tc, _) in zip(kolom, b):
                g.set(w("w"), str(cell_width(tc)))
            break


def parse_rendered_part(xml: str) -> etree._Element:
    """A rendered part's XML parsed as docxtpl's ``fix_tables`` parses it (a recovering parser)."""
    return etree.fromstring(xml, parser=etree.XMLParser(recover=True))


def grid_kept_by_docxtpl(tbl: etree._Element) -> bool:
    """Whether docxtpl's ``fix_tables`` leaves this table's grid as it is.

    docxtpl adds grid columns when a row (its own or a nested table's: it looks at every row
    inside) has more cells than the grid, and removes some when no row fills the whole grid
    (a cell counting its ``w:gridSpan``); it looks up every cell's properties in Python to
    know. Here one walk in C gives the rows and the spans: a row with no more children than
    the grid has columns needs no count, and one row filling the grid settles the second
    question. A span docxtpl could read otherwise (not in digits, a second ``w:gridSpan`` or
    ``w:tcPr``) answers False, and docxtpl's own pass decides.
    """
    grid = child(tbl, _TBLGRID)
    if grid is None:
        return False
    n = len(grid.findall(_GRIDCOL))
    rentang: dict[etree._Element, int] = {}
    baris = []
    for el in tbl.iter(_TR, _GRIDSPAN):
        if el.tag == _TR:
            if len(el) > n and len(el.findall(_TC)) > n:
                return False
            baris.append(el)
            continue
        nilai, tcpr = el.get(_VAL) or "", el.getparent()
        tc = tcpr.getparent() if tcpr is not None else None
        if tc is None or not nilai.isdigit() or not nilai.isascii() or child(tcpr, _GRIDSPAN) is not el \
                or child(tc, _TCPR) is not tcpr:
            return False
        rentang[tc] = int(nilai)
    return any(sum(rentang.get(tc, 1) for tc in tr.iterchildren(_TC)) >= n for tr in baris)


def serialized(tbl: etree._Element) -> str:
    """One table (or any element) as XML text (its namespaces declared on it), e.g. for docxtpl's table pass."""
    return etree.tostring(tbl, encoding="unicode")


def replace_tables(root: etree._Element, pick: Callable[[etree._Element], bool],
                   make: Callable[[etree._Element], etree._Element]) -> None:
    """Each table under ``root`` for which ``pick`` holds is replaced by ``make(table)``, in document
    order; the tables inside a replaced one are the new table's business (not asked again)."""
    diganti: set[etree._Element] = set()
    for tbl in tables(root):
        if any(a in diganti for a in tbl.iterancestors(_TBL)) or not pick(tbl):
            continue
        tbl.getparent().replace(tbl, make(tbl))  # type: ignore[union-attr]
        diganti.add(tbl)


def fix_grids_where_needed(xml: str, fix: Callable[[str], etree._Element],
                           tree: etree._Element | None = None) -> etree._Element:
    """A rendered part parsed (or ``tree``, ``xml`` parsed already), with docxtpl's table pass (``fix``,
    its ``fix_tables``) run on each table whose grid it changes, alone (with the tables inside it);
    the others are left as parsed.

    Each table's repair depends on that table alone (its grid, the rows inside it), so a table
    repaired on its own comes out as in the whole part.
    """
    if tree is None:
        tree = parse_rendered_part(xml)
    if tree.nsmap.get("w") != W_NS:  # not the namespace docxtpl reads the grid in: its own pass decides
        return fix(xml)
    replace_tables(tree, lambda t: not grid_kept_by_docxtpl(t), lambda t: fix(serialized(t)))
    return tree


_GRID = re.compile(r"<w:tblGrid\b[^>]*?(?:/>|>(.*?)</w:tblGrid>)", re.S)


def grid_column_counts(xml: str) -> list[int]:
    """The number of grid columns of every table of a part's XML, in document order.

    Read from the text, before it is parsed: the order is that of ``tree.iter(w:tbl)`` (a table's
    grid comes before its rows, so before the grids of the tables nested in them).
    """
    return [(m.group(1) or "").count("<w:gridCol") for m in _GRID.finditer(xml)]


def grid_from_cells(tbl: etree._Element) -> None:
    """Give the grid the proportions of the table's own cells, keeping the grid's total width.

    When a column loop (docxtpl's ``{%tc for %}``) repeats a cell, docxtpl adds grid columns of
    the average width at the end of the grid (or removes the last ones) and rescales the rest, so
    the grid no longer says which column is which; every repeated cell still carries its template
    width. The first row of single-span cells, all with widths in twips, gives the proportions.
    """
    kolom = tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")
    total = sum(twips(g, "w") or 0 for g in kolom)
    for tr in tbl.findall(w("tr")):
        sel = tr.findall(w("tc"))
        lebar = [cell_width(tc) or 0 for tc in sel]
        if len(sel) != len(kolom) or any(span(tc) != 1 for tc in sel) or not all(lebar):
            continue
        jumlah = sum(lebar)
        for g, lb in zip(kolom, lebar):
            g.set(w("w"), str(lb * total // jumlah if total else lb))
        return


def regrid_changed_tables(root: etree._Element, counts: Sequence[int]) -> list[etree._Element]:
    """:func:`grid_from_cells` for every table whose grid no longer has ``counts``' number of columns;
    those tables are returned."""
    hasil = []
    for tbl, n in zip(root.iter(w("tbl")), counts):
        if len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")) != n:
            grid_from_cells(tbl)
            hasil.append(tbl)
    return hasil


_X_LEBAR_SEL = etree.XPath("w:tr/w:tc/w:tcPr[1]/w:tcW[1]", namespaces={"w": W_NS})


def set_column_widths(tbl: etree._Element, widths: Sequence[int], sel: Sequence[GridCell] | None = None) -> None:
    """New grid column widths in twips; cell widths and a table width in twips follow them.

    ``sel`` is the table's :func:`cells_on_grid`, when the caller has it already.
    """
    for g, lebar in zip(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}"), widths):
        g.set(w("w"), str(lebar))
    teks: dict[tuple[int, int], str] = {}  # (column, span) → its width, as text
    sel = cells_on_grid(tbl) if sel is None else sel
    # every own cell's first w:tcPr's first w:tcW, in one query: a cell gives at most one, so as
    # many as there are cells means one each, in the cells' order (the rule); else cell by cell
    lebar_sel = _X_LEBAR_SEL(tbl)
    if len(lebar_sel) != len(sel):
        lebar_sel = [child(child(s.tc, _TCPR), _TCW) for s in sel]
    for s, tcw in zip(sel, lebar_sel):
        if tcw is not None:
            kunci = (s.column, s.span)
            if kunci not in teks:
                teks[kunci] = str(sum(widths[s.column:s.column + s.span]))
            tcw.set(_W, teks[kunci])
            if tcw.get(_TYPE) != "dxa":  # mostly so already: a look costs less than a write
                tcw.set(_TYPE, "dxa")
    tblw = tbl.find(f"{w('tblPr')}/{w('tblW')}")
    if tblw is not None and tblw.get(w("type")) == "dxa":
        tblw.set(w("w"), str(sum(widths)))


def _scale_twips(el: etree._Element, attr: str, factor: float) -> None:
    nilai = el.get(w(attr))
    if nilai is not None and nilai.lstrip("-").isdigit():
        el.set(w(attr), str(int(int(nilai) * factor)))


def fit_tables_to_sections(body: etree._Element) -> None:
    """Shrink top-level tables wider than their section's text width (e.g. F4 layouts on A4).

    Column proportions are kept: the grid, every cell width in twips and the table width are
    scaled by the same factor. Tables that already fit are left exactly as they are.
    """
    for blocks, sectPr in blocks_by_section(body):
        avail = text_width(sectPr)
        if avail is None:
            continue
        for tbl in blocks:
            if tbl.tag != w("tbl"):
                continue
            grid = tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")
            total = sum(int(g.get(w("w"), "0")) for g in grid)
            if total <= avail or total == 0:
                continue
            factor = avail / total
            for g in grid:
                _scale_twips(g, "w", factor)
            for tcW in tbl.iterfind(f"{w('tr')}/{w('tc')}/{w('tcPr')}/{w('tcW')}"):
                if tcW.get(w("type")) in (None, "dxa"):
                    _scale_twips(tcW, "w", factor)
            tblW = tbl.find(f"{w('tblPr')}/{w('tblW')}")
            if tblW is not None and tblW.get(w("type")) == "dxa":
                _scale_twips(tblW, "w", factor)
