"""doctools.oxml.table: row and cell properties in schema order, tables built as markup, widths read and set."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm
from docx.table import Table

from doctools.oxml import table
from tests.oxml import anak, el

# ---- rows and cells -------------------------------------------------------------------------------


def test_sel_tanpa_putus_urut_skema() -> None:
    tc = el('<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/><w:vAlign w:val="top"/></w:tcPr><w:p/></w:tc>')
    assert not table.is_no_wrap(tc)
    table.set_no_wrap(tc)
    table.set_no_wrap(tc)
    assert anak(tc.find(qn("w:tcPr"))) == ["tcW", "noWrap", "vAlign"]
    assert table.is_no_wrap(tc)
    table.set_no_wrap(tc, on=False)
    assert not table.is_no_wrap(tc)


def test_tata_letak_tetap_dari_python_docx() -> None:
    """A fixed layout is python-docx's ``Table.autofit = False``: placed in schema order, once."""
    tbl = el('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid/></w:tbl>')
    t = Table(tbl, None)  # type: ignore[arg-type]
    t.autofit = False
    t.autofit = False
    tblpr = tbl.find(qn("w:tblPr"))
    assert anak(tblpr) == ["tblW", "tblLayout", "tblLook"]
    assert tblpr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_urutan_properti_sel() -> None:
    root = el('<w:tbl><w:tr><w:tc><w:tcPr><w:vAlign w:val="center"/><w:tcW w:w="510" w:type="dxa"/>'
              '<w:vMerge w:val="restart"/><w:shd w:fill="auto"/><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc>'
              '<w:tc><w:tcPr><w:tcW w:w="1" w:type="dxa"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
    table.reorder_cell_properties(root)
    tcprs = root.findall(f".//{qn('w:tcPr')}")
    assert anak(tcprs[0]) == ["tcW", "gridSpan", "vMerge", "shd", "vAlign"]
    assert anak(tcprs[1]) == ["tcW"]
    assert tcprs[0].find(qn("w:vMerge")).get(qn("w:val")) == "restart"


# ---- markup for templates -------------------------------------------------------------------------


def _parse(xml: str):
    """Markup as docxtpl inserts it, inside an element declaring the namespaces."""
    return parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")[0]


def test_tabel_sebagai_markup() -> None:
    kepala = table.row_xml([table.cell_xml("No", "Kepala Matriks", 300, merge="restart", v_align="center"),
                            table.cell_xml("Target & pagu", "Kepala Matriks", 700, span=2, v_align="center")],
                           repeat_header=True)
    isi = table.row_xml([table.cell_xml("tersembunyi", "Isi Matriks", 300, merge="continue"),
                         table.cell_xml("1", "Isi Matriks", 350), table.cell_xml("", "Isi Matriks", 350)])
    tbl = _parse(table.table_xml([300, 350, 350], [kepala, isi], style="Table Grid"))
    assert anak(tbl) == ["tblPr", "tblGrid", "tr", "tr"]
    assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}").get(qn("w:val")) == "TableGrid"
    assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w")) == "1000"
    assert table.grid_widths(tbl) == [300, 350, 350]
    b1, b2 = table.rows(tbl)
    assert anak(b1.find(qn("w:trPr"))) == ["cantSplit", "tblHeader"]
    assert anak(b2.find(qn("w:trPr"))) == ["cantSplit"]
    assert [(s.column, s.span) for s in table.cells_on_grid(tbl)] == [(0, 1), (1, 2), (0, 1), (1, 1), (2, 1)]
    teks = ["".join(t.text for t in tc.iter(qn("w:t"))) for tc in list(tbl.iter(qn("w:tc")))]
    assert teks == ["No", "Target & pagu", "", "1", ""]  # a continued merge prints nothing
    assert [table.cell_width(tc) for tc in list(tbl.iter(qn("w:tc")))] == [300, 700, 300, 350, 350]
    assert [anak(tc.find(qn("w:tcPr"))) for tc in table.cells(b1)] == [["tcW", "vMerge", "vAlign"],
                                                                       ["tcW", "gridSpan", "vAlign"]]


# ---- widths of a rendered table -------------------------------------------------------------------


def test_grid_berlebih_dibuang_dan_lebar_ditulis() -> None:
    tbl = _parse('<w:tbl><w:tblPr><w:tblW w:w="900" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="300"/>'
                 '<w:gridCol w:w="300"/><w:gridCol w:w="300"/></w:tblGrid>'
                 '<w:tr><w:tc><w:tcPr><w:tcW w:w="400" w:type="dxa"/></w:tcPr><w:p/></w:tc>'
                 '<w:tc><w:tcPr><w:tcW w:w="500" w:type="dxa"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
    table.repair_grid(tbl)
    assert table.grid_widths(tbl) == [400, 500]
    table.set_column_widths(tbl, [350, 650])
    assert table.grid_widths(tbl) == [350, 650]
    assert [table.cell_width(tc) for tc in list(tbl.iter(qn("w:tc")))] == [350, 650]
    assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w")) == "1000"


def test_sel_setelah_gridbefore() -> None:
    tbl = _parse('<w:tbl><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="2"/><w:gridCol w:w="3"/></w:tblGrid>'
                 '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
                 '<w:p/></w:tc></w:tr></w:tbl>')
    [sel] = table.cells_on_grid(tbl)
    assert (sel.column, sel.span) == (1, 2)
    assert table.table_of(sel.tc) is tbl
    assert table.enclosing_cell(sel.tc[-1]) is sel.tc
    assert table.cell_width(sel.tc) is None


def _grid(tbl) -> list[int]:
    return [int(g.get(qn("w:w"))) for g in tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]


def _table(doc, widths_cm):
    t = doc.add_table(rows=2, cols=len(widths_cm))
    for col, lebar in zip(t.columns, widths_cm):
        col.width = Cm(lebar)
    for row in t.rows:
        for cell, lebar in zip(row.cells, widths_cm):
            cell.width = Cm(lebar)
    return t


def test_tabel_lebar_diperkecil_sebanding_dan_yang_muat_tidak_diubah() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)  # 16 cm of text width
    lebar = _table(doc, [4.0, 12.5])  # 16.5 cm
    sempit = _table(doc, [4.0, 8.0])
    sebelum = _grid(sempit._tbl)
    table.fit_tables_to_sections(doc.element.body)
    avail = int(Cm(16).twips)
    grid = _grid(lebar._tbl)
    assert sum(grid) <= avail and sum(grid) >= avail - len(grid)
    assert abs(grid[0] / grid[1] - 4.0 / 12.5) < 0.01
    cells = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in lebar._tbl.tr_lst[0].tc_lst]
    assert cells == grid
    assert _grid(sempit._tbl) == sebelum
    table.fit_tables_to_sections(doc.element.body)  # idempotent once it fits
    assert _grid(lebar._tbl) == grid


def test_bagian_lanskap_memberi_lebarnya_sendiri() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Cm(2)
    portrait = _table(doc, [20.0])
    doc.add_section(WD_SECTION.NEW_PAGE)
    land = doc.sections[-1]
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Mm(297), Mm(210)
    lanskap = _table(doc, [20.0])
    table.fit_tables_to_sections(doc.element.body)
    assert sum(_grid(portrait._tbl)) <= int(Cm(17).twips)
    assert _grid(lanskap._tbl) == [int(Cm(20).twips)]  # 25.7 cm available: fits as it is


def test_sel_tanpa_putus_dan_gaya_karakter() -> None:
    tbl = el('<w:tbl><w:tr><w:tc><w:tcPr><w:noWrap w:val="0"/></w:tcPr><w:p/></w:tc>'
             '<w:tc><w:p><w:r><w:rPr><w:rStyle w:val="TanpaPutus"/></w:rPr></w:r></w:p>'
             '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:rStyle w:val="TanpaPutus"/></w:rPr></w:r></w:p></w:tc></w:tr></w:tbl>'
             "</w:tc></w:tr></w:tbl>")
    assert not table.has_no_wrap_cell(tbl)  # noWrap switched off is not no-wrap
    luar, dalam = list(tbl.iter(qn("w:tc")))[1:]
    assert table.cells_with_run_style(tbl, "TanpaPutus") == [luar, dalam]  # each run's innermost cell
    table.set_no_wrap(dalam)
    assert table.has_no_wrap_cell(tbl)
    assert table.enclosing_row(dalam[0]) is dalam.getparent()
    table.end_cell_with_paragraph(luar)
    assert anak(luar) == ["p", "tbl", "p"]
    table.end_cell_with_paragraph(luar)
    assert anak(luar) == ["p", "tbl", "p"]


def _tabel_loop(grid: list[int], sel: list[int]) -> str:
    kolom = "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
    baris = "".join(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{s}"/></w:tcPr><w:p/></w:tc>' for s in sel)
    return f"<w:tbl><w:tblGrid>{kolom}</w:tblGrid><w:tr>{baris}</w:tr></w:tbl>"


def test_jumlah_kolom_grid_per_tabel_dari_teks() -> None:
    """In document order, a nested table after its host; an empty grid counts none."""
    dalam = _tabel_loop([100, 200], [100, 200])
    teks = (f'<w:body {nsdecls("w")}>' + _tabel_loop([500], [500]).replace("<w:p/></w:tc>", dalam + "<w:p/></w:tc>")
            + "<w:tbl><w:tblGrid/></w:tbl></w:body>")
    assert table.grid_column_counts(teks) == [1, 2, 0]


def test_grid_tabel_kolom_berulang_mengikuti_selnya() -> None:
    """docxtpl appended a fourth column of the average width at the end and rescaled the rest; the
    cells, the loop's two repeated at 1000, give the grid back its order, the total kept."""
    body = parse_xml(f'<w:body {nsdecls("w")}>' + _tabel_loop([300, 900, 900, 900], [500, 1000, 1000, 1500])
                     + _tabel_loop([100, 200], [150, 150]) + "</w:body>")
    [tbl, tetap] = body.findall(qn("w:tbl"))
    assert table.regrid_changed_tables(body, [3, 2]) == [tbl]
    assert table.grid_widths(tbl) == [375, 750, 750, 1125]
    assert table.grid_widths(tetap) == [100, 200]  # its column count unchanged: left alone


# ---- docxtpl's grid repair, only where it changes a grid ------------------------------------------


def _sel(isi: str = "", span: str | None = None, tcpr_kedua: bool = False) -> str:
    rentang = f'<w:gridSpan w:val="{span}"/>' if span is not None else ""
    kedua = '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' if tcpr_kedua else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/>{rentang}</w:tcPr>{kedua}<w:p/>{isi}</w:tc>'


def _tabel(kolom: int, *baris: str) -> str:
    grid = "".join(f'<w:gridCol w:w="{1000 + 10 * i}"/>' for i in range(kolom))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>" + "".join(f"<w:tr>{b}</w:tr>" for b in baris) + "</w:tbl>"


_TABEL = {
    "pas": (_tabel(3, _sel() * 3, _sel() * 3), True),
    "rentang mengisi grid": (_tabel(3, _sel(span="2") + _sel(), _sel() * 2), True),
    "baris kedua mengisi grid": (_tabel(3, _sel(span="3"), _sel()), True),
    "sel lebih banyak dari grid": (_tabel(2, _sel() * 2, _sel() * 3), False),
    "tidak ada baris yang penuh": (_tabel(4, _sel() * 3, _sel() * 2), False),
    "tabel bersarang lebih lebar": (_tabel(1, _sel(_tabel(2, _sel() * 2))), False),
    "tabel bersarang pas": (_tabel(2, _sel() + _sel(_tabel(1, _sel()))), True),
    "rentang bukan angka": (_tabel(2, _sel(span="2.0"), _sel() * 2), False),
    "rentang kosong": (_tabel(2, _sel(span=""), _sel() * 2), False),
    "dua tcPr": (_tabel(2, _sel(tcpr_kedua=True) + _sel()), False),
    "tanpa grid": ("<w:tbl><w:tblPr/><w:tr>" + _sel() + "</w:tr></w:tbl>", False),
}


def _docxtpl_fix(xml: str):
    from docxtpl import DocxTemplate

    return DocxTemplate.fix_tables(None, xml)  # type: ignore[arg-type]  # uses no state of its own


def _bagian(isi: str) -> str:
    return f"<w:body {nsdecls('w')}>{isi}<w:p/></w:body>"


def test_grid_yang_dibiarkan_docxtpl() -> None:
    """True exactly where docxtpl's own pass leaves the table's grid as it was (False also where
    it might read a span differently: its own pass decides there)."""
    from lxml import etree

    for nama, (xml, tetap) in _TABEL.items():
        bagian = _bagian(xml)
        tbl = parse_xml(bagian).find(qn("w:tbl"))
        assert table.grid_kept_by_docxtpl(tbl) is tetap, nama
        if tetap:
            assert etree.tostring(_docxtpl_fix(bagian)) == etree.tostring(parse_xml(bagian)), nama


def test_perbaikan_grid_per_tabel_sama_dengan_seluruh_bagian() -> None:
    """Every table of a part, repaired or not: the result is docxtpl's pass over the whole part,
    byte for byte; its pass is given only the tables it changes."""
    from lxml import etree

    bagian = _bagian("".join(xml for nama, (xml, _) in _TABEL.items()
                             if nama not in ("rentang bukan angka", "rentang kosong", "tanpa grid")))
    diberikan: list[str] = []

    def fix(xml: str):
        diberikan.append(xml)
        return _docxtpl_fix(xml)

    hasil = table.fix_grids_where_needed(bagian, fix)
    assert etree.tostring(hasil) == etree.tostring(_docxtpl_fix(bagian))
    assert len(diberikan) == 4  # more cells, no full row, a wider nested table, two tcPr
    assert all(xml.startswith("<w:tbl ") for xml in diberikan)


def test_perbaikan_grid_bagian_dengan_awalan_lain() -> None:
    """A part whose ``w`` prefix names another namespace goes whole to docxtpl's pass."""
    bagian = '<x:body xmlns:x="urn:lain" xmlns:w="urn:bukan-word"><w:tbl/></x:body>'
    diberikan: list[str] = []
    table.fix_grids_where_needed(bagian, lambda xml: diberikan.append(xml) or parse_xml(xml))
    assert diberikan == [bagian]


# ---- a long table read in few queries ------------------------------------------------------------


def _sel_teks(teks: str, lebar: int = 100, tebal: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if tebal else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{lebar}" w:type="dxa"/></w:tcPr>'
            f"<w:p><w:r>{rpr}<w:t>{teks}</w:t></w:r></w:p></w:tc>")


def test_teks_sel_sendiri_sama_bila_selnya_sama() -> None:
    baris = [_sel_teks("a") + _sel_teks("b"), _sel_teks("a") + _sel_teks("b", tebal=True),
             _sel_teks("a", lebar=200) + _sel_teks("b")]
    tbl = _parse(_tabel(2, *baris).replace("<w:tr>", '<w:tr><w:trPr><w:cantSplit/></w:trPr>'))
    teks = table.own_cells_as_text(tbl, 6)
    assert teks is not None and len(teks) == 6
    assert teks[1] == teks[5]  # the same cell, each right after another cell
    assert teks[1] != teks[3]  # bold
    assert teks[2] != teks[4] and teks[2].replace('w:w="100"', 'w:w="200"') == teks[4]  # width
    assert teks[0] != teks[2]  # the first carries the table's start, the others a row's
    assert [t.count("<w:tc>") for t in teks] == [1] * 6
    assert [t.endswith("</w:t></w:r></w:p>") for t in teks] == [True] * 6


def test_teks_sel_sendiri_tidak_dipisah() -> None:
    """None where splitting at ``</w:tc>`` could mistake one cell for another."""
    bersarang = _tabel(1, _sel(_tabel(1, _sel())))
    kosong = _tabel(2, _sel() + "<w:tc/>")
    komentar = _tabel(1, _sel("<!-- </w:tc> -->"))
    for xml, jumlah in ((bersarang, 1), (kosong, 2), (komentar, 1)):
        assert table.own_cells_as_text(_parse(xml), jumlah) is None
    sdt = _tabel(2, _sel() + "<w:sdt><w:sdtContent><w:tc><w:p/></w:tc></w:sdtContent></w:sdt>")
    tbl = _parse(sdt)
    assert len(table.cells_on_grid(tbl)) == 1
    assert table.own_cells_as_text(tbl, 1) is None  # a cell in a content control is no own cell


def test_lebar_kolom_ditulis_juga_bila_ada_sel_tanpa_lebar() -> None:
    """Every cell's first w:tcW follows the grid, whether all cells have one (one query) or not."""
    for tanpa in (False, True):
        sel = _sel_teks("a") + ("<w:tc><w:p/></w:tc>" if tanpa else _sel_teks("b"))
        tbl = _parse(_tabel(2, sel, _sel_teks("c", lebar=7) + _sel_teks("d", lebar=9)))
        table.set_column_widths(tbl, [300, 500])
        lebar = [table.cell_width(tc) for tc in tbl.iter(qn("w:tc"))]
        assert lebar == ([300, None, 300, 500] if tanpa else [300, 500, 300, 500]), tanpa


def test_sel_di_grid_dengan_gridbefore_di_sebagian_baris() -> None:
    tbl = _parse('<w:tbl><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="2"/><w:gridCol w:w="3"/></w:tblGrid>'
                 "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
                 '<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc><w:p/></w:tc></w:tr>'
                 '<w:tr><w:trPr><w:cantSplit/><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl>')
    assert [(s.column, s.span) for s in table.cells_on_grid(tbl)] == [(0, 1), (1, 1), (2, 1), (2, 1), (1, 1)]


def test_survei_sama_dengan_kueri_satu_per_satu() -> None:
    """One walk gives what the separate queries give: spans, skipped columns (the first w:trPr's
    first w:gridBefore only), no-wrap and own-margin cells (own cells only), equations (nested too)."""
    from doctools.oxml import math
    from doctools.oxml.ns import M_NS

    dalam = _tabel(1, '<w:tc><w:tcPr><w:noWrap/><w:tcMar><w:left w:w="5" w:type="dxa"/></w:tcMar></w:tcPr>'
                      f'<w:p><m:oMath xmlns:m="{M_NS}"><m:r><m:t>x</m:t></m:r></m:oMath></w:p></w:tc>')
    xml = ('<w:tbl><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="2"/><w:gridCol w:w="3"/></w:tblGrid>'
           '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridBefore w:val="2"/></w:trPr>'
           '<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:noWrap/></w:tcPr><w:p/></w:tc></w:tr>'
           '<w:tr><w:trPr/><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:noWrap w:val="0"/></w:tcPr>'
           '<w:p/></w:tc><w:tc><w:tcPr><w:tcMar><w:left w:w="0" w:type="dxa"/></w:tcMar></w:tcPr><w:p/>'
           + dalam + "</w:tc></w:tr></w:tbl>")
    tbl = _parse(xml)
    s = table.survey(tbl)
    assert s.rentang == table._rentang(tbl) and list(s.rentang.values()) == [2]
    assert s.sebelum == {tr: 1 for tr in tbl.findall(qn("w:tr"))[:1]}
    assert s.tanpa_bungkus == table.no_wrap_cells(tbl) and len(s.tanpa_bungkus) == 1
    assert s.bermargin == table.cells_with_margins(tbl) and len(s.bermargin) == 1
    assert s.rumus == list(tbl.iter(f"{{{M_NS}}}oMath")) and len(s.rumus) == 1
    assert math.holders_of_equations(tbl, s.rumus) == math.holders_of_equations(tbl) != set()
    assert [(c.column, c.span) for c in table.cells_on_grid(tbl, s)] == \
        [(c.column, c.span) for c in table.cells_on_grid(tbl)] == [(1, 2), (0, 1), (1, 1)]


def test_survei_sel_tanpa_bungkus_di_mana_pun() -> None:
    """A no-wrap cell anywhere inside (a nested table's too) is what has_no_wrap_cell finds."""
    mati = '<w:tc><w:tcPr><w:noWrap w:val="0"/></w:tcPr><w:p/></w:tc>'
    hidup = "<w:tc><w:tcPr><w:noWrap/></w:tcPr><w:p/></w:tc>"
    kasus = {"di sel sendiri": (_tabel(1, hidup), True), "hanya dimatikan": (_tabel(1, mati), False),
             "di tabel bersarang": (_tabel(1, _sel(_tabel(1, hidup))), True), "tidak ada": (_tabel(1, _sel()), False)}
    for nama, (xml, ada) in kasus.items():
        tbl = _parse(xml)
        s = table.survey(tbl)
        assert s.ada_tanpa_bungkus is table.has_no_wrap_cell(tbl) is ada, nama
        assert bool(s.tanpa_bungkus) is (nama == "di sel sendiri"), nama
