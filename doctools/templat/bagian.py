"""Shared parts (``{%p include "kop" %}``): a part's Word file read once, and what it brings into a document.

A part's styles come with its content (its definition wins for the styles its content uses), and so
do its pictures, hyperlinks and list numbering (:class:`Penggabung`).
"""

from __future__ import annotations

import copy
import functools
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from doctools import oxml
from doctools.errors import TemplateError
from doctools.templat.paragraf import (
    ASAL,
    DIBUANG,
    R_NS,
    SISIP,
    W_NS,
    W_P,
    W_PSTYLE,
    W_RSTYLE,
    W_STYLE_ID,
    W_TBL,
    W_TBLSTYLE,
    W_TC,
    W_TR,
    W_VAL,
    rapikan_tag,
    selamatkan_pemisah,
    teks_paragraf,
)

# ---- the shared parts ----------------------------------------------------------------------------


def sisipan(p: etree._Element) -> str | None:
    """The part name of an include paragraph (``{%p include "kop" %}``), else None."""
    teks = teks_paragraf(p)
    if "include" not in teks:
        return None
    teks = teks.strip()
    m = SISIP.match(teks)
    return m.group(1).strip() if m else None


@dataclass(frozen=True)
class _Gaya:
    id: str
    nama: str
    jenis: str
    bawaan: bool
    xml: bytes
    dasar: str | None


@dataclass(frozen=True)
class Bagian:
    """A shared part, read once: its body elements and what they need from their package."""

    path: Path
    elemen: tuple[etree._Element, ...]
    """The body elements, parsed once; each insertion takes a deep copy."""
    gaya: dict[str, _Gaya]
    gaya_dipakai: tuple[str, ...]
    abstrak: dict[str, bytes]
    nomor: dict[str, tuple[str, bytes]]
    relasi: dict[str, tuple[str, bool, str | bytes]]
    """rId → (type, external, URL or the target's bytes)."""
    ada_header: bool
    sisipan: tuple[str, ...]
    pemisah_bagian: bool


def _kosong(p: etree._Element) -> bool:
    return not teks_paragraf(p).strip() and p.find(f".//{qn('w:drawing')}") is None \
        and p.find(f".//{qn('w:pict')}") is None


def tandai_asal(root: etree._Element, nama: str) -> None:
    """Mark every paragraph with its file and place (for the messages of ``check``)."""
    for p, letak in lokasi_paragraf(root):
        p.set(ASAL, f"{nama}|{letak}")


def lokasi_paragraf(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Every paragraph of a body with where a person finds it: "paragraf 3", "tabel 2, baris 1, kolom 2"."""
    n_p = n_t = 0
    for el in root:
        if el.tag == W_P:
            n_p += 1
            for p in el.iter(W_P):
                yield p, f"paragraf {n_p}"
        elif el.tag == W_TBL:
            n_t += 1
            yield from _lokasi_tabel(el, f"tabel {n_t}")


def _lokasi_tabel(tbl: etree._Element, nama: str) -> Iterator[tuple[etree._Element, str]]:
    for r, tr in enumerate(tbl.findall(W_TR), start=1):
        for c, tc in enumerate(tr.findall(W_TC), start=1):
            sel = f"{nama}, baris {r}, kolom {c}"
            for el in tc:
                if el.tag == W_P:
                    for p in el.iter(W_P):
                        yield p, sel
                elif el.tag == W_TBL:
                    yield from _lokasi_tabel(el, f"{sel}, tabel di dalamnya")


def _buka(path: Path) -> DocumentObject:
    if not path.is_file():
        raise TemplateError(f"templat bagian tidak ditemukan: {path}")
    try:
        return docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise TemplateError(f"templat bagian {path} rusak atau bukan berkas Word (.docx): {exc}") from None


@functools.lru_cache(maxsize=64)
def _baca_bagian(path: Path, _diubah: int, _ukuran: int, tandai: bool) -> Bagian:
    doc = _buka(path)
    body = doc.element.body
    oxml.text.reorder_paragraph_properties(body)
    rapikan_tag(body)
    selamatkan_pemisah(body)
    if tandai:
        tandai_asal(body, str(path))
    isi = [el for el in body if el.tag in (W_P, W_TBL)]
    if len(isi) >= 2 and isi[-1].tag == W_P and isi[-2].tag == W_TBL and _kosong(isi[-1]):
        isi.pop()  # Word and LibreOffice always end a document with a paragraph after a table
    for el in isi:
        for buang in [x for x in el.iter(*DIBUANG)]:
            buang.getparent().remove(buang)
        for ref in [r for r in el.iter(qn("w:commentReference"))]:
            run = ref.getparent()
            run.getparent().remove(run)
    pemisah_bagian = any(el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None for el in isi if el.tag == W_P)
    dipakai = []
    for el in isi:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            dipakai += [s.get(qn("w:val")) for s in el.iter(qn(tag))]
    gaya = {}
    for st in doc.styles.element.findall(qn("w:style")):
        nama_el = st.find(qn("w:name"))
        dasar = st.find(qn("w:basedOn"))
        sid = st.get(qn("w:styleId"))
        gaya[sid] = _Gaya(sid, nama_el.get(qn("w:val")) if nama_el is not None else sid, st.get(qn("w:type")),
                          st.get(qn("w:default")) in ("1", "true"), etree.tostring(st),
                          dasar.get(qn("w:val")) if dasar is not None else None)
    abstrak: dict[str, bytes] = {}
    nomor: dict[str, tuple[str, bytes]] = {}
    part = doc.part
    numbering = next((r.target_part.element for r in part.rels.values() if r.reltype == RT.NUMBERING), None)
    if numbering is not None:
        for a in numbering.findall(qn("w:abstractNum")):
            abstrak[a.get(qn("w:abstractNumId"))] = etree.tostring(a)
        for num in numbering.findall(qn("w:num")):
            acuan = num.find(qn("w:abstractNumId"))
            nomor[num.get(qn("w:numId"))] = (acuan.get(qn("w:val")) if acuan is not None else "", etree.tostring(num))
    relasi: dict[str, tuple[str, bool, str | bytes]] = {}
    for rid, rel in part.rels.items():
        if rel.is_external:
            relasi[rid] = (rel.reltype, True, rel.target_ref)
        elif rel.reltype == RT.IMAGE:
            relasi[rid] = (rel.reltype, False, rel.target_part.blob)
        else:
            relasi[rid] = (rel.reltype, False, b"")
    ada_header = False
    for rel in part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            if "".join(rel.target_part.element.itertext()).strip() or \
                    rel.target_part.element.find(f".//{qn('w:drawing')}") is not None:
                ada_header = True
    sisip = tuple(n for el in isi for p in el.iter(W_P) if (n := sisipan(p)) is not None)
    return Bagian(path, tuple(isi), gaya, tuple(dict.fromkeys(dipakai)), abstrak,
                  nomor, relasi, ada_header, sisip, pemisah_bagian)


def baca_bagian(path: Path, *, tandai: bool = False) -> Bagian:
    """A part file, parsed once per process while it is unchanged on disk."""
    if not path.is_file():
        raise TemplateError(f"templat bagian tidak ditemukan: {path}")
    st = path.stat()
    return _baca_bagian(path, st.st_mtime_ns, st.st_size, tandai)


# ---- merging what a part needs into the document -------------------------------------------------


NS = {"w": W_NS}
_GAYA_ID = etree.XPath("w:style[@w:styleId=$i]", namespaces=NS)
_GAYA_NAMA = etree.XPath("w:style[@w:type=$t][translate(w:name/@w:val, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                         "'abcdefghijklmnopqrstuvwxyz')=$n]", namespaces=NS)
_GAYA_BAWAAN = etree.XPath("w:style[@w:type=$t][@w:default='1' or @w:default='true']/@w:styleId", namespaces=NS)


class Penggabung:
    """Copies a part's styles, numbering and relationships into one document, once per part.

    Styles are looked up with XPath as needed rather than indexed: a document has a few hundred
    styles and a part uses a handful.
    """

    def __init__(self, doc: DocumentObject) -> None:
        self.doc = doc
        self.styles = doc.styles.element
        self._peta_gaya: dict[Path, dict[str, str]] = {}
        self._peta_nomor: dict[Path, dict[str, str]] = {}
        self._peta_relasi: dict[Path, dict[str, str]] = {}

    def ada_gaya(self, sid: str) -> bool:
        return bool(_GAYA_ID(self.styles, i=sid))

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
            if g.bawaan:
                bawaan = _GAYA_BAWAAN(self.styles, t=g.jenis)
                if bawaan:
                    peta[sid] = str(bawaan[0])
                    return
            sama = _GAYA_NAMA(self.styles, t=g.jenis, n=g.nama.lower())
            ada = sama[0] if sama else None
            if ada is not None and not utama:
                peta[sid] = ada.get(W_STYLE_ID)
                return
            el = parse_xml(g.xml)
            if ada is not None:
                peta[sid] = ada.get(W_STYLE_ID)
                el.set(W_STYLE_ID, peta[sid])
                ada.addprevious(el)
                self.styles.remove(ada)
            else:
                tujuan, k = sid, 1
                while self.ada_gaya(tujuan):
                    k += 1
                    tujuan = f"{sid}{k}"
                peta[sid] = tujuan
                el.set(W_STYLE_ID, tujuan)
                self.styles.append(el)
            baru.append(el)
            if g.dasar:
                petakan(g.dasar, False)

        for sid in bagian.gaya_dipakai:
            petakan(sid, True)
        for el in baru:
            for tag in (qn("w:basedOn"), qn("w:next"), qn("w:link")):
                acuan = el.find(tag)
                if acuan is None:
                    continue
                target = peta.get(acuan.get(W_VAL, ""))
                if target is None and tag != qn("w:basedOn") and self.ada_gaya(acuan.get(W_VAL, "")):
                    target = acuan.get(W_VAL)
                if target is None:
                    el.remove(acuan)
                else:
                    acuan.set(W_VAL, target)
            self._ganti_nomor(el, bagian)
        self._peta_gaya[bagian.path] = peta
        return peta

    # numbering
    def _nomor(self, bagian: Bagian, num_id: str) -> str:
        peta = self._peta_nomor.setdefault(bagian.path, {})
        if num_id in peta or num_id == "0" or num_id not in bagian.nomor:
            return peta.get(num_id, num_id)
        numbering = self.doc.part.numbering_part.element
        abstrak_id, num_xml = bagian.nomor[num_id]
        id_abstrak = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        id_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        abstrak_baru = str(max(id_abstrak, default=-1) + 1)
        num_baru = str(max(id_num, default=0) + 1)
        if abstrak_id in bagian.abstrak:
            a = parse_xml(bagian.abstrak[abstrak_id])
            a.set(qn("w:abstractNumId"), abstrak_baru)
            for nsid in a.findall(qn("w:nsid")):
                a.remove(nsid)
            pertama_num = numbering.find(qn("w:num"))
            if pertama_num is not None:
                pertama_num.addprevious(a)
            else:
                numbering.append(a)
        num = parse_xml(num_xml)
        num.set(qn("w:numId"), num_baru)
        acuan = num.find(qn("w:abstractNumId"))
        if acuan is not None:
            acuan.set(qn("w:val"), abstrak_baru)
        numbering.append(num)
        peta[num_id] = num_baru
        return num_baru

    def _ganti_nomor(self, el: etree._Element, bagian: Bagian) -> None:
        for num in el.iter(qn("w:numId")):
            num.set(qn("w:val"), self._nomor(bagian, num.get(qn("w:val"), "")))

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
            for s in el.iter(W_PSTYLE, W_RSTYLE, W_TBLSTYLE):
                sid = s.get(W_VAL, "")
                if sid in peta:
                    s.set(W_VAL, peta[sid])
                elif not self.ada_gaya(sid) and (induk := s.getparent()) is not None:
                    induk.remove(s)
            if bagian.nomor:
                self._ganti_nomor(el, bagian)
            if bagian.relasi:
                for node in el.iter():
                    for nama, nilai in list(node.attrib.items()):
                        if nama.startswith(f"{{{R_NS}}}"):
                            node.set(nama, self.relasi(bagian, nilai))
            hasil.append(el)
        return hasil
