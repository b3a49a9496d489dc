"""Prepare a Word template for docxtpl: mend split tags, keep page breaks, insert the shared parts.

These things happen to a template's XML (in memory) before docxtpl renders it:

1. **Split tags are mended.** Word and LibreOffice split text into runs on every edit, spell
   check or language change; a tag typed as ``{{ kop.instansi }}`` may end up in five runs with
   proofing marks between. Every tag found in a paragraph's text is put back into the first of
   its runs (which keeps its formatting), so docxtpl always sees it whole. A ``{% vm %}`` takes
   the rest of its paragraph with it: docxtpl prints only the text sharing its run once per group.
2. **Page and section breaks survive docxtpl.** docxtpl removes a paragraph that holds a
   ``{%p … %}`` tag. LibreOffice, saving a .docx, writes a paragraph's "page break before" as a
   page break at the end of the paragraph *before* it; when that one is a tag paragraph, the break
   would vanish (a Lampiran no longer starts on a new page). A page break found in a tag
   paragraph is moved onto the next paragraph that stays; a section break into an empty
   paragraph of its own.
3. **Shared parts are inserted.** A paragraph holding only ``{%p include "kop" %}`` is replaced by
   the body of the part's Word file (``templat/kop.docx`` or the built-in one). The part's styles
   come with it (its definition wins for the styles its content uses), and so do its pictures,
   hyperlinks and list numbering. A part may not include another part. The empty paragraph Word
   always puts after a final table is not inserted.
4. **Paragraph properties in schema order.** LibreOffice writes a section break before a
   paragraph's style; Word's schema wants the style first.
5. **No-wrap cells are marked.** A cell holding text in the character style *Tanpa Putus* gets
   ``w:noWrap`` (LibreOffice drops that cell property but keeps the style).

Everything is done on the lxml tree python-docx parsed, so the result is one template that
docxtpl renders in a single pass, with one context: a part sees the variables of the document
(``{%p with ttd = lampiran.ttd %}`` around an include gives it another ``ttd``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocumentObject
from lxml import etree

from doctools import oxml
from doctools.errors import TemplateError
from doctools.templat.bagian import Penggabung, baca_bagian, sisipan, tandai_asal

GAYA_TANPA_PUTUS = "tanpa putus"
"""The character style (by name, any case) marking text that must never wrap: its cell becomes no-wrap."""


def tandai_tanpa_putus(doc: DocumentObject) -> None:
    """A table cell holding text in the character style *Tanpa Putus* is marked no-wrap (``w:noWrap``).

    The layout pass sizes no-wrap cells to their whole lines (a signature's name, NIP, place and
    date). Word sets no-wrap in Table Properties; LibreOffice has no such option and drops it when
    it saves a .docx, but it keeps character styles, so the style is the mark that survives both.
    """
    gaya = oxml.definitions.styles_named(doc.styles.element, "character", GAYA_TANPA_PUTUS)
    for sid in {sid for g in gaya if (sid := oxml.definitions.style_id_of(g))}:
        for tc in oxml.table.cells_with_run_style(doc.element.body, sid):
            oxml.table.set_no_wrap(tc)


@dataclass
class Rakitan:
    """What preparing a template did: the parts inserted (name, file, first element, elements)."""

    sisipan: list[tuple[str, Path, list[etree._Element]]] = field(default_factory=list)


def siapkan(doc: DocumentObject, cari_bagian: Callable[[str], Path] | None, *, nama: str = "",
            tandai: bool = False) -> Rakitan:
    """Mend tags, keep breaks and insert the shared parts into a template's body (module docstring).

    ``cari_bagian`` finds the file of a part by its name; None leaves include paragraphs as they are
    (a template without parts). With ``tandai``, every paragraph is marked with its file and place.
    """
    body = doc.element.body
    oxml.text.reorder_paragraph_properties(body)
    oxml.jinja.mend_split_tags(body)
    oxml.jinja.rescue_breaks(body)
    if tandai:
        tandai_asal(body, nama)
    rakitan = Rakitan()
    if cari_bagian is None:
        tandai_tanpa_putus(doc)
        return rakitan
    penggabung = Penggabung(doc)
    for p in [p for p in oxml.jinja.paragraphs_containing(body, "include") if sisipan(p) is not None]:
        nama_bagian = sisipan(p)
        assert nama_bagian is not None
        try:
            path = cari_bagian(nama_bagian)
        except TemplateError as exc:
            if tandai or not nama:
                raise
            raise TemplateError(f"templat {nama}: {exc.pesan}") from None
        try:
            bagian = baca_bagian(path, tandai=tandai)
        except TemplateError as exc:
            if tandai:  # the reviu reports it at the part's file
                raise
            raise TemplateError(f"{path}: {exc.pesan}") from None
        if bagian.sisipan:
            raise TemplateError(f"templat bagian {path.name} menyisipkan bagian lain (\"{bagian.sisipan[0]}\"); "
                                "sebuah bagian tidak boleh menyisipkan bagian")
        if bagian.pemisah_bagian:
            raise TemplateError(f"templat bagian {path.name} memuat pemisah bagian (section break); hapus pemisah "
                                "itu, halaman dan bagian diatur di templat dokumennya")
        elemen = penggabung.salin(bagian)
        induk = p.getparent()
        assert induk is not None  # a paragraph found under the body
        for el in elemen:
            p.addprevious(el)
        induk.remove(p)
        oxml.table.end_cell_with_paragraph(induk)
        rakitan.sisipan.append((nama_bagian, path, elemen))
    tandai_tanpa_putus(doc)
    return rakitan
