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

from typing import TYPE_CHECKING

from lxml import etree

from doctools.oxml import math, table, text
from doctools.tata_letak import rumus
from doctools.tata_letak.ukur import baris_utuh, kata_terpanjang

if TYPE_CHECKING:
    from doctools.oxml.styles import Gaya
    from doctools.oxml.table import GridCell


def _kebutuhan(tc: etree._Element, tbl: etree._Element, gaya: Gaya, kecilkan: float, utuh: bool,
               margin_sendiri: bool, berumus: set[etree._Element]) -> int:
    """Twips the cell needs, margins included (0 for an empty cell).

    ``utuh``: the cell must not wrap; ``margin_sendiri``: it has margins of its own;
    ``berumus``: the paragraphs holding an equation (all asked once per table, see :func:`_minimum`).
    """
    butuh = 0
    for child in tc:
        if text.is_paragraph(child):
            x = baris_utuh(child, gaya, kecilkan_pt=kecilkan) if utuh else kata_terpanjang(child, gaya)
            if child in berumus:
                kiri, awal = gaya.indentasi(child)
                for omath in math.equations(child):
                    x = max(x, rumus.kebutuhan(omath, gaya.huruf_paragraf(child)) + max(kiri, kiri + awal, 0))
            if x > butuh:
                butuh = x
        elif table.is_table(child):
            butuh = max(butuh, sum(table.grid_widths(child)))
    if not butuh:
        return 0
    kiri, kanan = gaya.margin_sel(tbl, tc if margin_sendiri else None)
    return butuh + kiri + kanan


def _minimum(sel: list[GridCell], n: int, tbl: etree._Element, gaya: Gaya, kecilkan: float,
             sekarang: list[int], survei: table.Survei, berumus: set[etree._Element]) -> list[int]:
    utuh, margin = survei.tanpa_bungkus, survei.bermargin
    teks = table.own_cells_as_text(tbl, len(sel))
    if teks is None:
        butuh = [_kebutuhan(s.tc, tbl, gaya, kecilkan, s.tc in utuh, s.tc in margin, berumus) if s.column < n else 0
                 for s in sel]
    else:  # a long table repeats its cells: each different cell is measured once
        diukur: dict[str, int] = {}
        butuh = []
        for s, kunci in zip(sel, teks):
            if s.column >= n:
                butuh.append(0)
                continue
            b = diukur.get(kunci)
            if b is None:
                b = diukur[kunci] = _kebutuhan(s.tc, tbl, gaya, kecilkan, s.tc in utuh, s.tc in margin, berumus)
            butuh.append(b)
    minimum = [0] * n
    for s, b in zip(sel, butuh):
        if s.span == 1 and s.column < n:
            minimum[s.column] = max(minimum[s.column], b)
    for s, b in zip(sel, butuh):
        if s.span > 1 and s.column < n:
            kolom = list(range(s.column, min(s.column + s.span, n)))
            kurang = b - sum(minimum[k] for k in kolom)
            if kurang > 0:
                terlebar = max(kolom, key=lambda k: sekarang[k])
                minimum[terlebar] += kurang
    return minimum


def _seragam(minimum: list[int], sekarang: list[int]) -> list[int]:
    """Columns of one width (a column loop's) need what the widest content among them needs: they stay
    equal, when the table has the room."""
    terbesar: dict[int, int] = {}
    for mn, lb in zip(minimum, sekarang):
        terbesar[lb] = max(terbesar.get(lb, 0), mn)
    return [terbesar[lb] for lb in sekarang]


def _kolom_rumus(sel: list[GridCell], n: int, berumus: set[etree._Element]) -> set[int]:
    """Columns holding an equation: an equation is only broken as narrow as its column."""
    return {s.column for s in sel if s.span == 1 and s.column < n and s.tc in berumus}


def _ambil(baru: list[int], minimum: list[int], kolom: list[int], lebih: int, seragam: bool = False) -> int:
    """Take up to ``lebih`` twips from ``kolom``, in proportion to their room; return what is still owed.

    With ``seragam`` (a column loop's table), columns of one width give the same amount, the room of
    the tightest of them, so they stay equal.
    """
    ruang = {i: baru[i] - minimum[i] for i in kolom if baru[i] > minimum[i]}
    kelompok: dict[int, list[int]] = {}
    for i in ruang:
        kelompok.setdefault(baru[i] if seragam else -1 - i, []).append(i)
    for anggota in kelompok.values():
        terkecil = min(ruang[i] for i in anggota)
        for i in anggota:
            ruang[i] = terkecil
    total = sum(ruang.values())
    ambil = min(lebih, total)
    if ambil <= 0:
        return lebih
    bagian = {i: ambil * r // total for i, r in ruang.items()}
    sisa = ambil - sum(bagian.values())
    for anggota in sorted(kelompok.values(), key=lambda a: (-ruang[a[0]], a[0])):
        if sisa < len(anggota):
            continue
        if all(bagian[i] < ruang[i] for i in anggota):
            for i in anggota:
                bagian[i] += 1
            sisa -= len(anggota)
    for i, b in bagian.items():
        baru[i] -= b
    return lebih - ambil + sisa


def _bagi(sekarang: list[int], minimum: list[int], tersedia: int, simpan: frozenset[int] | set[int] = frozenset(),
          seragam: bool = False) -> list[int]:
    """New widths: every column at least its minimum, the deficit taken from the columns with room.

    Columns in ``simpan`` (equations) give their room last.
    """
    baru = [max(s, mn) for s, mn in zip(sekarang, minimum)]
    batas = min(tersedia, max(sum(sekarang), sum(minimum)))  # the table grows only when it must
    lebih = sum(baru) - batas
    biasa = [i for i in range(len(baru)) if i not in simpan]
    lebih = _ambil(baru, minimum, biasa, lebih, seragam)
    _ambil(baru, minimum, sorted(simpan), lebih, seragam)
    return baru


def _kecilkan_huruf(sel: list[GridCell], gaya: Gaya) -> None:
    """Make the text of every no-wrap cell one point smaller (explicit run sizes)."""
    for s in sel:
        if not table.is_no_wrap(s.tc):
            continue
        for p in text.all_paragraphs(s.tc):
            for r in text.runs(p):
                huruf = gaya.huruf_run(p, text.run_properties(r))
                text.set_run_size(r, round((huruf.ukuran - 1) * 2))


def sesuaikan(tbl: etree._Element, tersedia: int | None, gaya: Gaya, *, seragam: bool = False,
              survei: table.Survei | None = None) -> None:
    """Fit the columns of one table to their content, within ``tersedia`` twips (None: the table's width).

    ``seragam``: the table's columns of one width are a column loop's and stay equal when there is room;
    ``survei``: the table's :func:`~doctools.oxml.table.survey`, when the caller has it.
    """
    survei = table.survey(tbl) if survei is None else survei
    table.repair_grid(tbl, survei)
    sekarang = table.grid_widths(tbl)
    if not sekarang or not all(sekarang):
        return
    sel = table.cells_on_grid(tbl, survei)
    n = len(sekarang)
    tersedia = max(tersedia or 0, sum(sekarang))
    berumus = math.holders_of_equations(tbl, survei.rumus)
    minimum = _minimum(sel, n, tbl, gaya, 0, sekarang, survei, berumus)
    if all(s >= mn for s, mn in zip(sekarang, minimum)):
        return
    sama = _seragam(minimum, sekarang) if seragam else minimum
    if sum(sama) <= tersedia:
        minimum = sama
    rumus = _kolom_rumus(sel, n, berumus)
    lunak = [max(mn, sekarang[i]) if i in rumus else mn for i, mn in enumerate(minimum)]
    if sum(lunak) <= tersedia:
        # an equation keeps the room its column was designed with, the table growing if it must
        minimum = lunak
    if sum(minimum) > tersedia and survei.tanpa_bungkus:
        _kecilkan_huruf(sel, gaya)
        minimum = _minimum(sel, n, tbl, gaya, 0, sekarang, survei, berumus)
    if sum(minimum) > tersedia:
        # nothing more to give: share the width in proportion to what each column needs
        total = sum(minimum)
        minimum = [mn * tersedia // total for mn in minimum]
    table.set_column_widths(tbl, _bagi(sekarang, minimum, tersedia, rumus, seragam), sel)
