"""Layout decisions that need the rendered content: column widths, equation lines, title breaks.

A template fixes the layout before the data is known; :func:`rapikan` finishes it on the rendered
document, measuring text with shipped font metrics (:mod:`doctools.tata_letak.metrik`) so the same
data always gives the same document:

* table columns are widened to their longest word, or to whole lines in cells marked
  ``w:noWrap`` (signatures), taking the room from columns that have it (:mod:`.kolom`);
* equations get the font and size of their paragraph and are broken at word boundaries to the
  width of their cell (:mod:`.rumus`);
* a centred title never ends with one word alone on its last line;
* a signature table keeps the table it signs (a short one whole, a long one its last row) with
  it (:mod:`.tanda_tangan`);
* a no-break hyphen in the text becomes Word's own (``w:noBreakHyphen``), and "Rp" is joined to
  its amount with a no-break space, so an amount is one unbreakable word (its column is sized to
  hold it whole).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from docx.document import Document as DocumentObject
from lxml import etree

from doctools.oxml import math, section, table, text
from doctools.oxml.styles import Gaya
from doctools.tata_letak import kolom, rumus, tanda_tangan
from doctools.tata_letak.ukur import jumlah_baris_akhir

__all__ = ["rapikan"]


class _Wadah:
    """The width each block has: its section's text width, or its table cell's."""

    def __init__(self, body: etree._Element, gaya: Gaya) -> None:
        self._gaya = gaya
        self._bagian: dict[etree._Element, int | None] = {}
        for blok, sectpr in section.blocks_by_section(body):
            lebar = section.text_width(sectpr)
            for el in blok:
                self._bagian[el] = lebar

    def lebar(self, el: etree._Element) -> int | None:
        """Twips of text width around ``el`` (a paragraph or a table)."""
        tc = table.enclosing_cell(el)
        if tc is None:
            return self._bagian.get(section.top_level_block(el))
        lebar = table.cell_width(tc)
        if lebar is None:
            return None
        kiri, kanan = self._gaya.margin_sel(table.table_of(tc), tc)
        return lebar - kiri - kanan


def _judul_tanpa_kata_sendiri(p: etree._Element, gaya: Gaya, tersedia: int) -> None:
    """Keep the last two words of a wrapping centred paragraph together (a no-break space)."""
    baris, akhir = jumlah_baris_akhir(p, gaya, tersedia)
    if baris < 2 or akhir != 1:
        return
    for t in reversed(list(text.text_elements(p))):
        teks = (t.text or "").rstrip()
        i = teks.rfind(" ")
        if i >= 0:
            t.text = teks[:i] + "\u00a0" + (t.text or "")[i + 1:]
            return


_RUPIAH = re.compile(r"(?<![\w.])(Rp\.?) (?=-?\d)")


def _rupiah_utuh(teks: Iterable[etree._Element]) -> None:
    """An amount is never split from its symbol: "Rp 1.873.450.000,00" gets a no-break space
    (``teks``: the ``w:t`` elements that may hold one)."""
    for t in teks:
        if "Rp" in (t.text or ""):
            t.text = _RUPIAH.sub("\\1\u00a0", t.text or "")


def rapikan(doc: DocumentObject, seragam: Collection[etree._Element] = ()) -> None:
    """Finish the layout of a rendered document (see the module docstring).

    The tables in ``seragam`` have repeated columns (a column loop's): columns of one width stay equal.
    """
    gaya = Gaya(doc.styles.element)
    body = doc.element.body
    khusus = text.text_elements_containing_any(body, ("\u2011", "Rp"))  # one walk for both questions
    _rupiah_utuh([*khusus, *text.use_no_break_hyphens(body, khusus)])
    wadah = _Wadah(body, gaya)
    survei = {tbl: table.survey(tbl) for tbl in table.tables(body)}  # what no later step changes
    for tbl, s in survei.items():
        kolom.sesuaikan(tbl, wadah.lebar(tbl), gaya, seragam=tbl in seragam, survei=s)
    for omath in list(math.equations(body)):
        p = text.enclosing_paragraph(omath)
        lebar = wadah.lebar(p) if p is not None else None
        if p is None or lebar is None:
            continue
        kiri, awal = gaya.indentasi(p)
        rumus.susun(omath, p, gaya, lebar - max(kiri, kiri + awal, 0))
    tanda_tangan.tahan_bersama(body, gaya, section.text_height(section.last_section(body)),
                               lambda t: survei[t].ada_tanpa_bungkus if t in survei else table.has_no_wrap_cell(t))
    for p in text.paragraphs(body):
        tengah = gaya.rata(p) == "center"
        lebar = wadah.lebar(p)
        if tengah and lebar:
            _judul_tanpa_kata_sendiri(p, gaya, lebar)
