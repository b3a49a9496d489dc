"""Where a page or a section must begin: a kind's Lampiran on a new page, its sections and landscape pages.

Read on a prepared template (tag paragraphs' breaks already moved to where they survive), the
way the rendered document will be: docxtpl removes every paragraph holding a ``{%p`` tag.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document as DocumentObject
from lxml import etree

from doctools import oxml
from doctools.oxml.jinja import is_tag_paragraph, paragraph_text
from doctools.templat.cari import BAGIAN
from doctools.templat.masalah import Masalah, cuplik

if TYPE_CHECKING:
    from doctools.templat.skema import KetentuanTemplat


def _halaman_baru(el: etree._Element, gaya: dict[str, bool]) -> bool:
    """The body-level element ``el`` begins a new page once docxtpl has removed the tag paragraphs."""
    awal = el if oxml.text.is_paragraph(el) else next(oxml.text.all_paragraphs(el), None)
    if awal is not None and (oxml.text.page_break_before(awal, gaya) or oxml.text.has_page_break(awal)):
        return True
    sebelum = el.getprevious()
    while sebelum is not None:
        if oxml.table.is_table(sebelum):
            return False
        if oxml.text.is_paragraph(sebelum) and not is_tag_paragraph(sebelum):
            sect = oxml.section.section_break(sebelum)
            if sect is not None:
                return oxml.section.breaks_page(sect)
            if oxml.text.has_page_break(sebelum):
                return True
            if paragraph_text(sebelum).strip():
                return False
            if oxml.text.page_break_before(sebelum, gaya):
                return True
        sebelum = sebelum.getprevious()
    return True  # the very beginning of the document


def _bagian_dokumen(body: etree._Element) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Sections: each ``w:sectPr`` with the body elements it ends (tag paragraphs' sections are gone)."""
    hasil: list[tuple[etree._Element, list[etree._Element]]] = []
    isi: list[etree._Element] = []
    for el in body:
        if oxml.section.is_section_properties(el):
            hasil.append((el, isi))
            isi = []
            continue
        isi.append(el)
        sect = oxml.section.section_break(el) if oxml.text.is_paragraph(el) else None
        if sect is not None and not is_tag_paragraph(el):
            hasil.append((sect, isi))
            isi = []
    return hasil


def _anchor(body: etree._Element, penanda: str,
            sisipan_: list[tuple[str, Path, list[etree._Element]]]) -> etree._Element | None:
    """The first paragraph of a part (by name), or the first one printing a variable (by path)."""
    if penanda in BAGIAN:
        for nama, _, elemen in sisipan_:
            if nama == penanda and elemen:
                return elemen[0]
        return None
    pola = re.compile(r"\{[{%][^}%]*\b" + re.escape(penanda) + r"\b")
    for p in oxml.text.all_paragraphs(body):
        if pola.search(paragraph_text(p)):
            return oxml.section.top_level_block(p)
    return None


def periksa_halaman(doc: DocumentObject, k: KetentuanTemplat, sisipan_: list[tuple[str, Path, list]],
                     path: Path, masalah: list[Masalah]) -> None:
    body = doc.element.body
    gaya = oxml.styles.page_break_styles(doc.styles.element)
    for penanda in k.halaman_baru:
        p = _anchor(body, penanda, sisipan_)
        if p is None:
            continue  # a missing part or variable is reported on its own
        if not _halaman_baru(p, gaya):
            apa = f"bagian \"{penanda}\"" if penanda in BAGIAN else f"paragraf dengan {{{{ {penanda} }}}}"
            masalah.append(Masalah(
                "templat.halaman", "peringatan", path,
                f"{apa} tidak dimulai di halaman baru: tidak ada pemisah halaman sebelum “{cuplik(paragraph_text(p))}”. "
                "Di Word: klik paragraf itu, Paragraph → Line and Page Breaks → centang Page break before "
                "(atau beri gayanya pemisah halaman)"))
    bagian = _bagian_dokumen(body)
    if len(bagian) < k.jumlah_bagian:
        masalah.append(Masalah(
            "templat.halaman", "peringatan", path,
            f"templat mempunyai {len(bagian)} bagian (section), seharusnya {k.jumlah_bagian} (nomor halaman dan "
            "halaman mendatar bergantung padanya); jangan menghapus pemisah bagian (Section Break), dan jangan "
            "meletakkannya di paragraf tag"))
    for penanda in k.mendatar:
        p = _anchor(body, penanda, sisipan_)
        if p is None:
            continue
        for sect, isi in bagian:
            if any(el is p for el in isi):
                if not oxml.section.is_landscape(sect):
                    masalah.append(Masalah(
                        "templat.halaman", "peringatan", path,
                        f"{{{{p {penanda} }}}} tidak berada di bagian (section) berhalaman mendatar (landscape); "
                        "tabelnya akan terlalu sempit"))
                break
