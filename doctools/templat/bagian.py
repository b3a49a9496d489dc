"""Shared parts (``{%p include "kop" %}``): a part's Word file read once, and what it brings into a document.

A part's styles come with its content (its definition wins for the styles its content uses), and so
do its pictures, hyperlinks and list numbering (:class:`Penggabung`).
"""

from __future__ import annotations

import copy
import functools
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from doctools import oxml
from doctools.errors import TemplateError
from doctools.templat.masalah import sebab_rusak

if TYPE_CHECKING:
    from doctools.oxml.definitions import StyleDefinition

ASAL = "{urn:doctools:templat}asal"
"""An attribute set (only when checking, never when rendering) on each paragraph: its file and place."""
SISIP = re.compile(r"^\{%-?p?\s*include\s+[\"'“”‘’]([^\"'“”‘’]*)[\"'“”‘’]\s*-?%\}$")
"""A paragraph that inserts a shared part: ``{%p include "kop" %}`` (any quotes Word's autocorrect makes)."""

# ---- the shared parts ----------------------------------------------------------------------------


def sisipan(p: etree._Element) -> str | None:
    """The part name of an include paragraph (``{%p include "kop" %}``), else None."""
    teks = oxml.jinja.paragraph_text(p)
    if "include" not in teks:
        return None
    teks = teks.strip()
    m = SISIP.match(teks)
    return m.group(1).strip() if m else None


@dataclass(frozen=True)
class Bagian:
    """A shared part, read once: its body elements and what they need from their package."""

    path: Path
    elemen: tuple[etree._Element, ...]
    """The body elements, parsed once; each insertion takes a deep copy."""
    gaya: dict[str, StyleDefinition]
    gaya_dipakai: tuple[str, ...]
    abstrak: dict[str, bytes]
    nomor: dict[str, tuple[str, bytes]]
    relasi: dict[str, tuple[str, bool, str | bytes]]
    """rId → (type, external, URL or the target's bytes)."""
    ada_header: bool
    sisipan: tuple[str, ...]
    pemisah_bagian: bool


def _kosong(p: etree._Element) -> bool:
    return not oxml.jinja.paragraph_text(p).strip() and not oxml.text.has_picture(p)


def tandai_asal(root: etree._Element, nama: str) -> None:
    """Mark every paragraph with its file and place (for the messages of ``check``)."""
    for p, letak in lokasi_paragraf(root):
        p.set(ASAL, f"{nama}|{letak}")


def lokasi_paragraf(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Every paragraph of a body with where a person finds it: "paragraf 3", "tabel 2, baris 1, kolom 2"."""
    n_p = n_t = 0
    for el in root:
        if oxml.text.is_paragraph(el):
            n_p += 1
            for p in oxml.text.all_paragraphs(el):
                yield p, f"paragraf {n_p}"
        elif oxml.table.is_table(el):
            n_t += 1
            yield from _lokasi_tabel(el, f"tabel {n_t}")


def _lokasi_tabel(tbl: etree._Element, nama: str) -> Iterator[tuple[etree._Element, str]]:
    for r, tr in enumerate(oxml.table.rows(tbl), start=1):
        for c, tc in enumerate(oxml.table.cells(tr), start=1):
            sel = f"{nama}, baris {r}, kolom {c}"
            for el in tc:
                if oxml.text.is_paragraph(el):
                    for p in oxml.text.all_paragraphs(el):
                        yield p, sel
                elif oxml.table.is_table(el):
                    yield from _lokasi_tabel(el, f"{sel}, tabel di dalamnya")


def _buka(path: Path) -> DocumentObject:
    if not path.is_file():
        raise TemplateError(f"templat bagian tidak ditemukan: {path}")
    try:
        return docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:  # python-docx raises several types (with English messages) for a broken package
        raise TemplateError(f"templat bagian {path.name} {sebab_rusak(path, exc)}") from None


@functools.lru_cache(maxsize=64)
def _baca_bagian(path: Path, _diubah: int, _ukuran: int, tandai: bool) -> Bagian:
    doc = _buka(path)
    body = doc.element.body
    oxml.text.reorder_paragraph_properties(body)
    oxml.jinja.mend_split_tags(body)
    oxml.jinja.rescue_breaks(body)
    if tandai:
        tandai_asal(body, str(path))
    isi = [el for el in body if oxml.text.is_paragraph(el) or oxml.table.is_table(el)]
    if len(isi) >= 2 and oxml.text.is_paragraph(isi[-1]) and oxml.table.is_table(isi[-2]) and _kosong(isi[-1]):
        isi.pop()  # Word and LibreOffice always end a document with a paragraph after a table
    for el in isi:
        oxml.text.remove_annotations(el)
    pemisah_bagian = any(oxml.section.section_break(el) is not None for el in isi if oxml.text.is_paragraph(el))
    dipakai = [sid for el in isi for sid in oxml.definitions.used_style_ids(el)]
    gaya = oxml.definitions.style_definitions(doc.styles.element)
    abstrak: dict[str, bytes] = {}
    nomor: dict[str, tuple[str, bytes]] = {}
    part = doc.part
    numbering = next((r.target_part.element for r in part.rels.values() if r.reltype == RT.NUMBERING), None)
    if numbering is not None:
        abstrak, nomor = oxml.definitions.numbering_definitions(numbering)
    relasi: dict[str, tuple[str, bool, str | bytes]] = {}
    for rid, rel in part.rels.items():
        if rel.is_external:
            relasi[rid] = (rel.reltype, True, rel.target_ref)
        elif rel.reltype == RT.IMAGE:
            relasi[rid] = (rel.reltype, False, rel.target_part.blob)
        else:
            relasi[rid] = (rel.reltype, False, b"")
    ada_header = any(oxml.text.has_text_or_drawing(rel.target_part.element) for rel in part.rels.values()
                     if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external)
    sisip = tuple(n for el in isi for p in oxml.text.all_paragraphs(el) if (n := sisipan(p)) is not None)
    return Bagian(path, tuple(isi), gaya, tuple(dict.fromkeys(dipakai)), abstrak,
                  nomor, relasi, ada_header, sisip, pemisah_bagian)


def baca_bagian(path: Path, *, tandai: bool = False) -> Bagian:
    """A part file, parsed once per process while it is unchanged on disk."""
    if not path.is_file():
        raise TemplateError(f"templat bagian tidak ditemukan: {path}")
    st = path.stat()
    return _baca_bagian(path, st.st_mtime_ns, st.st_size, tandai)


# ---- merging what a part needs into the document -------------------------------------------------


class Penggabung:
    """Copies a part's styles, numbering and relationships into one document, once per part.

    Styles are looked up as needed (:mod:`doctools.oxml.definitions`) rather than indexed: a document
    has a few hundred styles and a part uses a handful.
    """

    def __init__(self, doc: DocumentObject) -> None:
        self.doc = doc
        self.styles = doc.styles.element
        self._peta_gaya: dict[Path, dict[str, str]] = {}
        self._peta_nomor: dict[Path, dict[str, str]] = {}
        self._peta_relasi: dict[Path, dict[str, str]] = {}

    def ada_gaya(self, sid: str) -> bool:
        return oxml.definitions.has_style(self.styles, sid)

    def gaya(self, bagian: Bagian) -> dict[str, str]:
        """Part style id → document style id; the part's definitions of the styles it uses win."""
        if bagian.path in self._peta_gaya:
            return self._peta_gaya[bagian.path]
        peta: dict[str, str] = {}
        baru: list[etree._Element] = []

        def petakan(sid: str, utama: bool) -> None:
            if sid in peta or sid not in bagian.gaya:
                return
            g = bagian.gaya[sid]
            if g.default:
                bawaan = oxml.definitions.default_style_id(self.styles, g.type)
                if bawaan is not None:
                    peta[sid] = bawaan
                    return
            sama = oxml.definitions.styles_named(self.styles, g.type, g.name)
            ada = sama[0] if sama else None
            if ada is not None and not utama:
                peta[sid] = oxml.definitions.style_id_of(ada)
                return
            if ada is not None:
                peta[sid] = oxml.definitions.style_id_of(ada)
            else:
                tujuan, k = sid, 1
                while self.ada_gaya(tujuan):
                    k += 1
                    tujuan = f"{sid}{k}"
                peta[sid] = tujuan
            baru.append(oxml.definitions.add_style(self.styles, g, peta[sid], ada))
            if g.based_on:
                petakan(g.based_on, False)

        for sid in bagian.gaya_dipakai:
            petakan(sid, True)
        for el in baru:
            oxml.definitions.relink_style(el, peta, self.ada_gaya)
            self._ganti_nomor(el, bagian)
        self._peta_gaya[bagian.path] = peta
        return peta

    # numbering
    def _nomor(self, bagian: Bagian, num_id: str) -> str:
        peta = self._peta_nomor.setdefault(bagian.path, {})
        if num_id in peta or num_id == "0" or num_id not in bagian.nomor:
            return peta.get(num_id, num_id)
        abstrak_id, num_xml = bagian.nomor[num_id]
        num_baru = oxml.definitions.add_numbering(self.doc.part.numbering_part.element,
                                                  bagian.abstrak.get(abstrak_id), num_xml)
        peta[num_id] = num_baru
        return num_baru

    def _ganti_nomor(self, el: etree._Element, bagian: Bagian) -> None:
        oxml.definitions.renumber(el, lambda num_id: self._nomor(bagian, num_id))

    # relationships
    def relasi(self, bagian: Bagian, rid: str) -> str:
        peta = self._peta_relasi.setdefault(bagian.path, {})
        if rid in peta:
            return peta[rid]
        if rid not in bagian.relasi:
            raise TemplateError(f"templat bagian {bagian.path.name} rusak: relasi {rid} tidak ada")
        jenis, luar, sasaran = bagian.relasi[rid]
        part = self.doc.part
        if luar:
            baru = part.relate_to(str(sasaran), jenis, is_external=True)
        elif jenis == RT.IMAGE:
            baru, _ = part.get_or_add_image(io.BytesIO(sasaran))  # type: ignore[arg-type]
        else:
            raise TemplateError(
                f"templat bagian {bagian.path.name} memuat objek yang belum dapat disisipkan "
                f"({jenis.rsplit('/', 1)[-1]}); pakai teks, tabel atau gambar biasa")
        peta[rid] = baru
        return baru

    def salin(self, bagian: Bagian) -> list[etree._Element]:
        """Fresh copies of the part's body elements, pointing at this document's styles and parts."""
        peta = self.gaya(bagian)
        hasil = []
        for asli in bagian.elemen:
            el = copy.deepcopy(asli)
            oxml.definitions.restyle(el, peta, self.ada_gaya)
            if bagian.nomor:
                self._ganti_nomor(el, bagian)
            if bagian.relasi:
                oxml.package.retarget_relationships(el, lambda rid: self.relasi(bagian, rid))
            hasil.append(el)
        return hasil
