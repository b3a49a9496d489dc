"""Table column widths that fit what the columns hold.

A template fixes each column's width, but what a column holds is only known once the data is in:
a narrow column would split "penyelenggaraan" mid-word, a rupiah amount mid-number, a signatory's
name across two lines. Each column's minimum is computed from its content: the longest word of
its cells, or, in a cell marked ``w:noWrap`` (signature blocks), each whole line. Columns already
wide enough keep the template's width; a column below its minimum takes the difference from the
columns with room to spare, the table growing up to the text width of its section (or cell) when
the others cannot give enough. When even that is too narrow for the lines that must not wrap,
their font is made one point smaller, as a last resort.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml import OxmlElement
from lxml import etree

from doctools.tata_letak import rumus
from doctools.tata_letak.gaya import Gaya, m, w
from doctools.tata_letak.ukur import baris_utuh, kata_terpanjang


@dataclass(frozen=True)
class _Sel:
    tc: etree._Element
    kolom: int
    rentang: int


def _int(el: etree._Element | None, attr: str = "w", bawaan: int = 0) -> int:
    if el is None:
        return bawaan
    try:
        return int(float(el.get(w(attr), bawaan)))
    except ValueError:
        return bawaan


def grid(tbl: etree._Element) -> list[etree._Element]:
    return tbl.findall(f"{w('tblGrid')}/{w('gridCol')}")


def _sel(tbl: etree._Element) -> list[_Sel]:
    hasil = []
    for tr in tbl.findall(w("tr")):
        kolom = _int(tr.find(f"{w('trPr')}/{w('gridBefore')}"), "val")
        for tc in tr.findall(w("tc")):
            rentang = max(_int(tc.find(f"{w('tcPr')}/{w('gridSpan')}"), "val", 1), 1)
            hasil.append(_Sel(tc, kolom, rentang))
            kolom += rentang
    return hasil


def perbaiki_grid(tbl: etree._Element) -> None:
    """Give the table as many grid columns as its own rows use, with its cells' widths.

    docxtpl counts the cells of nested tables as the outer table's and adds grid columns for
    them (a one-column table holding a two-column signature gets two); the surplus is removed.
    """
    kolom = grid(tbl)
    baris = [[(tc, max(_int(tc.find(f"{w('tcPr')}/{w('gridSpan')}"), "val", 1), 1)) for tc in tr.findall(w("tc"))]
             for tr in tbl.findall(w("tr"))]
    n = max((sum(r for _, r in b) for b in baris), default=len(kolom))
    if not n or len(kolom) <= n:
        return
    for g in kolom[n:]:
        g.getparent().remove(g)
    for b in baris:
        if len(b) == n and all(r == 1 for _, r in b) and all(lebar_sel(tc) for tc, _ in b):
            for g, (tc, _) in zip(kolom, b):
                g.set(w("w"), str(lebar_sel(tc)))
            break


def tanpa_putus(tc: etree._Element) -> bool:
    """Whether the cell's lines must never wrap (``w:noWrap``: names, NIP, pangkat, place and date)."""
    nw = tc.find(f"{w('tcPr')}/{w('noWrap')}")
    return nw is not None and nw.get(w("val"), "true") not in ("0", "false", "off")


def lebar_sel(tc: etree._Element) -> int | None:
    tcw = tc.find(f"{w('tcPr')}/{w('tcW')}")
    if tcw is not None and tcw.get(w("type"), "dxa") == "dxa" and tcw.get(w("w")):
        return _int(tcw)
    return None


def _kebutuhan(tc: etree._Element, tbl: etree._Element, gaya: Gaya, kecilkan: float) -> int:
    """Twips the cell needs, margins included (0 for an empty cell)."""
    utuh = tanpa_putus(tc)
    butuh = 0
    for child in tc:
        if child.tag == w("p"):
            x = baris_utuh(child, gaya, kecilkan_pt=kecilkan) if utuh else kata_terpanjang(child, gaya)
            kiri, awal = gaya.indentasi(child)
            for omath in child.iter(m("oMath")):
                x = max(x, rumus.kebutuhan(omath, gaya.huruf_paragraf(child)) + max(kiri, kiri + awal, 0))
            butuh = max(butuh, x)
        elif child.tag == w("tbl"):
            butuh = max(butuh, sum(_int(g) for g in grid(child)))
    if not butuh:
        return 0
    kiri, kanan = gaya.margin_sel(tbl, tc)
    return butuh + kiri + kanan


def _minimum(sel: list[_Sel], n: int, tbl: etree._Element, gaya: Gaya, kecilkan: float,
             sekarang: list[int]) -> list[int]:
    butuh = [_kebutuhan(s.tc, tbl, gaya, kecilkan) if s.kolom < n else 0 for s in sel]
    minimum = [0] * n
    for s, b in zip(sel, butuh):
        if s.rentang == 1 and s.kolom < n:
            minimum[s.kolom] = max(minimum[s.kolom], b)
    for s, b in zip(sel, butuh):
        if s.rentang > 1 and s.kolom < n:
            kolom = list(range(s.kolom, min(s.kolom + s.rentang, n)))
            kurang = b - sum(minimum[k] for k in kolom)
            if kurang > 0:
                terlebar = max(kolom, key=lambda k: sekarang[k])
                minimum[terlebar] += kurang
    return minimum


def _kolom_rumus(sel: list[_Sel], n: int) -> set[int]:
    """Columns holding an equation: an equation is only broken as narrow as its column."""
    return {s.kolom for s in sel if s.rentang == 1 and s.kolom < n and s.tc.find(f".//{m('oMath')}") is not None}


def _ambil(baru: list[int], minimum: list[int], kolom: list[int], lebih: int) -> int:
    """Take up to ``lebih`` twips from ``kolom``, in proportion to their room; return what is still owed."""
    ruang = {i: baru[i] - minimum[i] for i in kolom if baru[i] > minimum[i]}
    total = sum(ruang.values())
    ambil = min(lebih, total)
    if ambil <= 0:
        return lebih
    bagian = {i: ambil * r // total for i, r in ruang.items()}
    sisa = ambil - sum(bagian.values())
    for i in sorted(ruang, key=lambda i: (-ruang[i], i)):
        if sisa == 0:
            break
        if bagian[i] < ruang[i]:
            bagian[i] += 1
            sisa -= 1
    for i, b in bagian.items():
        baru[i] -= b
    return lebih - ambil


def _bagi(sekarang: list[int], minimum: list[int], tersedia: int, simpan: set[int] = frozenset()) -> list[int]:
    """New widths: every column at least its minimum, the deficit taken from the columns with room.

    Columns in ``simpan`` (equations) give their room last.
    """
    baru = [max(s, mn) for s, mn in zip(sekarang, minimum)]
    batas = min(tersedia, max(sum(sekarang), sum(minimum)))  # the table grows only when it must
    lebih = sum(baru) - batas
    biasa = [i for i in range(len(baru)) if i not in simpan]
    lebih = _ambil(baru, minimum, biasa, lebih)
    _ambil(baru, minimum, sorted(simpan), lebih)
    return baru


def _kecilkan_huruf(sel: list[_Sel], tbl: etree._Element, gaya: Gaya) -> None:
    """Make the text of every no-wrap cell one point smaller (explicit run sizes)."""
    for s in sel:
        if not tanpa_putus(s.tc):
            continue
        for p in s.tc.iter(w("p")):
            for r in p.iter(w("r")):
                rpr = r.find(w("rPr"))
                huruf = gaya.huruf_run(p, rpr)
                if rpr is None:
                    rpr = OxmlElement("w:rPr")
                    r.insert(0, rpr)
                _atur_ukuran(rpr, round((huruf.ukuran - 1) * 2))


_RPR_SETELAH_SZ = ("w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
                   "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _atur_ukuran(rpr: etree._Element, setengah_pt: int) -> None:
    for tag in ("sz", "szCs"):
        for old in rpr.findall(w(tag)):
            rpr.remove(old)
    sz, szcs = OxmlElement("w:sz"), OxmlElement("w:szCs")
    sz.set(w("val"), str(setengah_pt))
    szcs.set(w("val"), str(setengah_pt))
    rpr.insert_element_before(sz, *_RPR_SETELAH_SZ)
    rpr.insert_element_before(szcs, *_RPR_SETELAH_SZ[1:])


def _tulis(tbl: etree._Element, sel: list[_Sel], baru: list[int]) -> None:
    for g, lebar in zip(grid(tbl), baru):
        g.set(w("w"), str(lebar))
    for s in sel:
        tcw = s.tc.find(f"{w('tcPr')}/{w('tcW')}")
        if tcw is not None:
            tcw.set(w("w"), str(sum(baru[s.kolom:s.kolom + s.rentang])))
            tcw.set(w("type"), "dxa")
    tblw = tbl.find(f"{w('tblPr')}/{w('tblW')}")
    if tblw is not None and tblw.get(w("type")) == "dxa":
        tblw.set(w("w"), str(sum(baru)))


def sesuaikan(tbl: etree._Element, tersedia: int | None, gaya: Gaya) -> None:
    """Fit the columns of one table to their content, within ``tersedia`` twips (None: the table's width)."""
    perbaiki_grid(tbl)
    kolom = grid(tbl)
    sekarang = [_int(g) for g in kolom]
    if not sekarang or not all(sekarang):
        return
    sel = _sel(tbl)
    n = len(sekarang)
    tersedia = max(tersedia or 0, sum(sekarang))
    minimum = _minimum(sel, n, tbl, gaya, 0, sekarang)
    if all(s >= mn for s, mn in zip(sekarang, minimum)):
        return
    rumus = _kolom_rumus(sel, n)
    lunak = [max(mn, sekarang[i]) if i in rumus else mn for i, mn in enumerate(minimum)]
    if sum(lunak) <= tersedia:
        # an equation keeps the room its column was designed with, the table growing if it must
        minimum = lunak
    if sum(minimum) > tersedia and any(tanpa_putus(s.tc) for s in sel):
        _kecilkan_huruf(sel, tbl, gaya)
        minimum = _minimum(sel, n, tbl, gaya, 0, sekarang)
    if sum(minimum) > tersedia:
        # nothing more to give: share the width in proportion to what each column needs
        total = sum(minimum)
        minimum = [mn * tersedia // total for mn in minimum]
    _tulis(tbl, sel, _bagi(sekarang, minimum, tersedia, rumus))
