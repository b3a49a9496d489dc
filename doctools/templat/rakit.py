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

import copy
import functools
import io
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from doctools import oxml
from doctools.errors import TemplateError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ASAL = "{urn:doctools:templat}asal"
"""An attribute set (only when checking, never when rendering) on each paragraph: its file and place."""

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_TAG_ATAU_VM = re.compile(r"\{%\s*vm\s*%\}.*|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
"""A tag; ``{% vm %}`` with the rest of its paragraph (docxtpl merges only what shares its text node)."""
SISIP = re.compile(r"^\{%-?p?\s*include\s+[\"'“”‘’]([^\"'“”‘’]*)[\"'“”‘’]\s*-?%\}$")
_TAG_PARAGRAF = re.compile(r"(?:\{%|\{\{|\{#)p ")
"""Tags that make docxtpl replace their whole paragraph."""

_W_P, _W_T, _W_TBL, _W_TC, _W_TR = qn("w:p"), qn("w:t"), qn("w:tbl"), qn("w:tc"), qn("w:tr")
_W_BR, _W_PPR, _W_SECTPR = qn("w:br"), qn("w:pPr"), qn("w:sectPr")
_W_STYLE_ID, _W_VAL = qn("w:styleId"), qn("w:val")
_W_PSTYLE, _W_RSTYLE, _W_TBLSTYLE = qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle")
_DIBUANG = tuple(qn(t) for t in ("w:proofErr", "w:bookmarkStart", "w:bookmarkEnd", "w:commentRangeStart",
                                 "w:commentRangeEnd", "w:permStart", "w:permEnd"))


# ---- paragraph text ------------------------------------------------------------------------------


def teks_milik(p: etree._Element) -> list[etree._Element]:
    """The ``w:t`` of a paragraph itself (not of a text box's paragraphs inside it), in order."""
    if p.find(f".//{_W_P}") is None:  # no text box inside: every w:t is the paragraph's own
        return list(p.iter(_W_T))
    return [t for t in p.iter(_W_T) if next(t.iterancestors(_W_P), None) is p]


def teks_paragraf(p: etree._Element) -> str:
    """The paragraph's text (a text box inside it included: a template has none worth reading apart)."""
    return "".join(p.itertext(_W_T))


def paragraf_tag(p: etree._Element) -> bool:
    """A paragraph docxtpl replaces whole: it holds a ``{%p``, ``{#p`` or ``{{p`` tag."""
    teks = teks_paragraf(p)
    return "p " in teks and bool(_TAG_PARAGRAF.search(teks))


_TERPOTONG = etree.XPath(".//w:p[count(.//w:t) > 1][.//w:t[contains(., '{') or contains(., '}') "
                         "or contains(., '%') or contains(., '#')]]", namespaces={"w": W_NS})
"""Paragraphs where a tag may be split: several text nodes, one with a tag mark (found in C, not Python)."""
_BERPEMISAH = etree.XPath(".//w:p[.//w:br[@w:type='page'] or w:pPr/w:sectPr or w:pPr/w:pageBreakBefore]",
                          namespaces={"w": W_NS})
_BERSISIPAN = etree.XPath(".//w:p[.//w:t[contains(., 'include')]]", namespaces={"w": W_NS})


def rapikan_tag(root: etree._Element) -> None:
    """Put every tag split over several runs back into the first of them (see the module docstring)."""
    for p in _TERPOTONG(root):
        daftar = teks_milik(p)
        if len(daftar) < 2:
            continue
        isi = [t.text or "" for t in daftar]
        gabung = "".join(isi)
        pemilik = [k for k, s in enumerate(isi) for _ in s]  # the w:t of every character
        awal_t = [0, *itertools.accumulate(len(s) for s in isi)]  # where each w:t starts
        for m in reversed(list(_TAG_ATAU_VM.finditer(gabung))):
            i, j = pemilik[m.start()], pemilik[m.end() - 1]
            if i == j:
                continue
            daftar[i].text = isi[i][:m.start() - awal_t[i]] + m.group(0)
            daftar[i].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            for k in range(i + 1, j):
                daftar[k].text = ""
            daftar[j].text = isi[j][m.end() - awal_t[j]:]
            isi[i] = daftar[i].text


# ---- page and section breaks ---------------------------------------------------------------------


def _pemisah_halaman(p: etree._Element) -> list[etree._Element]:
    return [br for br in p.iter(_W_BR) if br.get(qn("w:type")) == "page"
            and next(br.iterancestors(_W_P), None) is p]


def _berikut_yang_tetap(p: etree._Element) -> etree._Element | None:
    """The next paragraph after ``p`` in its container that docxtpl keeps (into a table's first cell)."""
    el = p.getnext()
    while el is not None:
        if el.tag == _W_P and not paragraf_tag(el):
            return el
        if el.tag == _W_TBL:
            return next(iter(el.iter(_W_P)), None)
        el = el.getnext()
    return None


def selamatkan_pemisah(root: etree._Element) -> None:
    """Breaks held by paragraphs docxtpl removes are moved where they survive (module docstring).

    A page break inside a tag paragraph, or its own "page break before" (a ``{%p`` or ``{#p``
    paragraph only: a ``{{p`` paragraph is replaced by the paragraphs it prints), goes onto the
    next paragraph that stays; a section break into a new empty paragraph right after it.
    """
    for p in [p for p in _BERPEMISAH(root) if paragraf_tag(p)]:
        ppr = p.find(_W_PPR)
        sect = ppr.find(_W_SECTPR) if ppr is not None else None
        if sect is not None:
            baru = parse_xml(f'<w:p xmlns:w="{W_NS}"><w:pPr/></w:p>')
            ppr.remove(sect)
            baru.find(_W_PPR).append(sect)
            p.addnext(baru)
        pemisah = _pemisah_halaman(p)
        sebelum = ppr is not None and bool(ppr.pageBreakBefore_val) and not teks_paragraf(p).lstrip().startswith("{{")
        if not pemisah and not sebelum:
            continue
        for br in pemisah:
            br.getparent().remove(br)
        if sebelum:
            ppr._remove_pageBreakBefore()
        tujuan = _berikut_yang_tetap(p)
        if tujuan is not None:
            tujuan.get_or_add_pPr().pageBreakBefore_val = True


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


def _tandai(root: etree._Element, nama: str) -> None:
    """Mark every paragraph with its file and place (for the messages of ``check``)."""
    for p, letak in lokasi_paragraf(root):
        p.set(ASAL, f"{nama}|{letak}")


def lokasi_paragraf(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Every paragraph of a body with where a person finds it: "paragraf 3", "tabel 2, baris 1, kolom 2"."""
    n_p = n_t = 0
    for el in root:
        if el.tag == _W_P:
            n_p += 1
            for p in el.iter(_W_P):
                yield p, f"paragraf {n_p}"
        elif el.tag == _W_TBL:
            n_t += 1
            yield from _lokasi_tabel(el, f"tabel {n_t}")


def _lokasi_tabel(tbl: etree._Element, nama: str) -> Iterator[tuple[etree._Element, str]]:
    for r, tr in enumerate(tbl.findall(_W_TR), start=1):
        for c, tc in enumerate(tr.findall(_W_TC), start=1):
            sel = f"{nama}, baris {r}, kolom {c}"
            for el in tc:
                if el.tag == _W_P:
                    for p in el.iter(_W_P):
                        yield p, sel
                elif el.tag == _W_TBL:
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
        _tandai(body, str(path))
    isi = [el for el in body if el.tag in (_W_P, _W_TBL)]
    if len(isi) >= 2 and isi[-1].tag == _W_P and isi[-2].tag == _W_TBL and _kosong(isi[-1]):
        isi.pop()  # Word and LibreOffice always end a document with a paragraph after a table
    for el in isi:
        for buang in [x for x in el.iter(*_DIBUANG)]:
            buang.getparent().remove(buang)
        for ref in [r for r in el.iter(qn("w:commentReference"))]:
            run = ref.getparent()
            run.getparent().remove(run)
    pemisah_bagian = any(el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None for el in isi if el.tag == _W_P)
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
    sisip = tuple(n for el in isi for p in el.iter(_W_P) if (n := sisipan(p)) is not None)
    return Bagian(path, tuple(isi), gaya, tuple(dict.fromkeys(dipakai)), abstrak,
                  nomor, relasi, ada_header, sisip, pemisah_bagian)


def baca_bagian(path: Path, *, tandai: bool = False) -> Bagian:
    """A part file, parsed once per process while it is unchanged on disk."""
    if not path.is_file():
        raise TemplateError(f"templat bagian tidak ditemukan: {path}")
    st = path.stat()
    return _baca_bagian(path, st.st_mtime_ns, st.st_size, tandai)


# ---- merging what a part needs into the document -------------------------------------------------


_NS = {"w": W_NS}
_GAYA_ID = etree.XPath("w:style[@w:styleId=$i]", namespaces=_NS)
_GAYA_NAMA = etree.XPath("w:style[@w:type=$t][translate(w:name/@w:val, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                         "'abcdefghijklmnopqrstuvwxyz')=$n]", namespaces=_NS)
_GAYA_BAWAAN = etree.XPath("w:style[@w:type=$t][@w:default='1' or @w:default='true']/@w:styleId", namespaces=_NS)


class _Penggabung:
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
                peta[sid] = ada.get(_W_STYLE_ID)
                return
            el = parse_xml(g.xml)
            if ada is not None:
                peta[sid] = ada.get(_W_STYLE_ID)
                el.set(_W_STYLE_ID, peta[sid])
                ada.addprevious(el)
                self.styles.remove(ada)
            else:
                tujuan, k = sid, 1
                while self.ada_gaya(tujuan):
                    k += 1
                    tujuan = f"{sid}{k}"
                peta[sid] = tujuan
                el.set(_W_STYLE_ID, tujuan)
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
                target = peta.get(acuan.get(_W_VAL))
                if target is None and tag != qn("w:basedOn") and self.ada_gaya(acuan.get(_W_VAL)):
                    target = acuan.get(_W_VAL)
                if target is None:
                    el.remove(acuan)
                else:
                    acuan.set(_W_VAL, target)
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
            num.set(qn("w:val"), self._nomor(bagian, num.get(qn("w:val"))))

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
            for s in el.iter(_W_PSTYLE, _W_RSTYLE, _W_TBLSTYLE):
                sid = s.get(_W_VAL)
                if sid in peta:
                    s.set(_W_VAL, peta[sid])
                elif not self.ada_gaya(sid):
                    s.getparent().remove(s)
            if bagian.nomor:
                self._ganti_nomor(el, bagian)
            if bagian.relasi:
                for node in el.iter():
                    for nama, nilai in list(node.attrib.items()):
                        if nama.startswith(f"{{{R_NS}}}"):
                            node.set(nama, self.relasi(bagian, nilai))
            hasil.append(el)
        return hasil


GAYA_TANPA_PUTUS = "tanpa putus"
"""The character style (by name, any case) marking text that must never wrap: its cell becomes no-wrap."""
_GAYA_KARAKTER = etree.XPath(".//w:rStyle[@w:val=$s]", namespaces=_NS)
_TANPA_PUTUS = etree.XPath("w:style[@w:type='character'][translate(w:name/@w:val, 'TANPUS', 'tanpus')=$n]/@w:styleId",
                           namespaces=_NS)


def tandai_tanpa_putus(doc: DocumentObject) -> None:
    """A table cell holding text in the character style *Tanpa Putus* is marked no-wrap (``w:noWrap``).

    The layout pass sizes no-wrap cells to their whole lines (a signature's name, NIP, place and
    date). Word sets no-wrap in Table Properties; LibreOffice has no such option and drops it when
    it saves a .docx, but it keeps character styles, so the style is the mark that survives both.
    """
    for sid in {str(i) for i in _TANPA_PUTUS(doc.styles.element, n=GAYA_TANPA_PUTUS)}:
        for rs in _GAYA_KARAKTER(doc.element.body, s=sid):
            tc = next(rs.iterancestors(_W_TC), None)  # the innermost cell: a nested table's, not its host's
            if tc is not None:
                oxml.table.set_no_wrap(tc)


@dataclass
class Rakitan:
    """What preparing a template did: the parts inserted (name, file, first element, elements)."""

    sisipan: list[tuple[str, Path, list[etree._Element]]] = field(default_factory=list)


def _akhiri_sel(el: etree._Element) -> None:
    """A table cell must end with a paragraph (a part ending with a table left it without one)."""
    if el.tag == _W_TC and len(el) and el[-1].tag == _W_TBL:
        el.append(parse_xml(f'<w:p xmlns:w="{W_NS}"/>'))


def siapkan(doc: DocumentObject, cari_bagian: Callable[[str], Path] | None, *, nama: str = "",
            tandai: bool = False) -> Rakitan:
    """Mend tags, keep breaks and insert the shared parts into a template's body (module docstring).

    ``cari_bagian`` finds the file of a part by its name; None leaves include paragraphs as they are
    (a template without parts). With ``tandai``, every paragraph is marked with its file and place.
    """
    body = doc.element.body
    oxml.text.reorder_paragraph_properties(body)
    rapikan_tag(body)
    selamatkan_pemisah(body)
    if tandai:
        _tandai(body, nama)
    rakitan = Rakitan()
    if cari_bagian is None:
        tandai_tanpa_putus(doc)
        return rakitan
    penggabung = _Penggabung(doc)
    for p in [p for p in _BERSISIPAN(body) if sisipan(p) is not None]:
        nama_bagian = sisipan(p)
        assert nama_bagian is not None
        try:
            path = cari_bagian(nama_bagian)
        except TemplateError as exc:
            if tandai or not nama:
                raise
            raise TemplateError(f"templat {nama}: {exc.pesan}") from None
        bagian = baca_bagian(path, tandai=tandai)
        if bagian.sisipan:
            raise TemplateError(f"templat bagian {path.name} menyisipkan bagian lain (\"{bagian.sisipan[0]}\"); "
                                "sebuah bagian tidak boleh menyisipkan bagian")
        if bagian.pemisah_bagian:
            raise TemplateError(f"templat bagian {path.name} memuat pemisah bagian (section break); hapus pemisah "
                                "itu, halaman dan bagian diatur di templat dokumennya")
        elemen = penggabung.salin(bagian)
        induk = p.getparent()
        for el in elemen:
            p.addprevious(el)
        induk.remove(p)
        _akhiri_sel(induk)
        rakitan.sisipan.append((nama_bagian, path, elemen))
    tandai_tanpa_putus(doc)
    return rakitan
