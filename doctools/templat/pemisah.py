"""Where a page or a section must begin: a kind's Lampiran on a new page, its sections and landscape pages.

Read on a prepared template (tag paragraphs' breaks already moved to where they survive), the
way the rendered document will be: docxtpl removes every paragraph holding a ``{%p`` tag.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from lxml import etree

from doctools.templat.cari import BAGIAN
from doctools.templat.masalah import Masalah, cuplik
from doctools.templat.paragraf import paragraf_tag, teks_paragraf
from doctools.templat.skema import KetentuanTemplat

_W_P, _W_TBL = qn("w:p"), qn("w:tbl")


def _gaya_pbb(doc: DocumentObject) -> dict[str, bool]:
    """Style id → whether paragraphs of that style begin a new page (through their basedOn chain)."""
    gaya = {st.get(qn("w:styleId")): st for st in doc.styles.element.findall(qn("w:style"))}
    hasil: dict[str, bool] = {}

    def cari(sid: str, jejak: tuple[str, ...] = ()) -> bool:
        if sid in hasil:
            return hasil[sid]
        st = gaya.get(sid)
        if st is None or sid in jejak:
            return False
        pbb = st.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
        if pbb is not None:
            nilai = pbb.get(qn("w:val"), "true") not in ("0", "false", "off")
        else:
            dasar = st.find(qn("w:basedOn"))
            nilai = cari(dasar.get(qn("w:val")), (*jejak, sid)) if dasar is not None else False
        hasil[sid] = nilai
        return nilai

    for sid in gaya:
        cari(sid)
    return hasil


def _pbb(p: etree._Element, gaya: dict[str, bool]) -> bool:
    """The paragraph has "page break before", directly or through its style."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        return False
    pbb = ppr.find(qn("w:pageBreakBefore"))
    if pbb is not None:
        return pbb.get(qn("w:val"), "true") not in ("0", "false", "off")
    gaya_p = ppr.find(qn("w:pStyle"))
    return gaya_p is not None and gaya.get(gaya_p.get(qn("w:val"), ""), False)


def _pemisah(p: etree._Element) -> bool:
    return any(br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br")))


def _halaman_baru(el: etree._Element, gaya: dict[str, bool]) -> bool:
    """The body-level element ``el`` begins a new page once docxtpl has removed the tag paragraphs."""
    awal = el if el.tag == _W_P else next(iter(el.iter(_W_P)), None)
    if awal is not None and (_pbb(awal, gaya) or _pemisah(awal)):
        return True
    sebelum = el.getprevious()
    while sebelum is not None:
        if sebelum.tag == _W_TBL:
            return False
        if sebelum.tag == _W_P and not paragraf_tag(sebelum):
            sect = sebelum.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
            if sect is not None:
                jenis = sect.find(qn("w:type"))
                return jenis is None or jenis.get(qn("w:val")) != "continuous"
            if _pemisah(sebelum):
                return True
            if teks_paragraf(sebelum).strip():
                return False
            if _pbb(sebelum, gaya):
                return True
        sebelum = sebelum.getprevious()
    return True  # the very beginning of the document


def _bagian_dokumen(body: etree._Element) -> list[tuple[etree._Element, list[etree._Element]]]:
    """Sections: each ``w:sectPr`` with the body elements it ends (tag paragraphs' sections are gone)."""
    hasil: list[tuple[etree._Element, list[etree._Element]]] = []
    isi: list[etree._Element] = []
    for el in body:
        if el.tag == qn("w:sectPr"):
            hasil.append((el, isi))
            isi = []
            continue
        isi.append(el)
        sect = el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") if el.tag == _W_P else None
        if sect is not None and not paragraf_tag(el):
            hasil.append((sect, isi))
            isi = []
    return hasil


def _mendatar(sect: etree._Element) -> bool:
    pg = sect.find(qn("w:pgSz"))
    if pg is None:
        return False
    if pg.get(qn("w:orient")) == "landscape":
        return True
    lebar, tinggi = pg.get(qn("w:w")), pg.get(qn("w:h"))
    return bool(lebar and tinggi and int(lebar) > int(tinggi))


def _anchor(body: etree._Element, penanda: str,
            sisipan_: list[tuple[str, Path, list[etree._Element]]]) -> etree._Element | None:
    """The first paragraph of a part (by name), or the first one printing a variable (by path)."""
    if penanda in BAGIAN:
        for nama, _, elemen in sisipan_:
            if nama == penanda and elemen:
                return elemen[0]
        return None
    pola = re.compile(r"\{[{%][^}%]*\b" + re.escape(penanda) + r"\b")
    for p in body.iter(_W_P):
        if pola.search(teks_paragraf(p)):
            atas = p
            while (induk := atas.getparent()) is not None and induk.tag != qn("w:body"):
                atas = induk
            return atas
    return None


def periksa_halaman(doc: DocumentObject, k: KetentuanTemplat, sisipan_: list[tuple[str, Path, list]],
                     path: Path, masalah: list[Masalah]) -> None:
    body = doc.element.body
    gaya = _gaya_pbb(doc)
    for penanda in k.halaman_baru:
        p = _anchor(body, penanda, sisipan_)
        if p is None:
            continue  # a missing part or variable is reported on its own
        if not _halaman_baru(p, gaya):
            apa = f"bagian \"{penanda}\"" if penanda in BAGIAN else f"paragraf dengan {{{{ {penanda} }}}}"
            masalah.append(Masalah(
                "templat.halaman", "peringatan", path,
                f"{apa} tidak dimulai di halaman baru: tidak ada pemisah halaman sebelum “{cuplik(teks_paragraf(p))}”. "
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
                if not _mendatar(sect):
                    masalah.append(Masalah(
                        "templat.halaman", "peringatan", path,
                        f"{{{{p {penanda} }}}} tidak berada di bagian (section) berhalaman mendatar (landscape); "
                        "tabelnya akan terlalu sempit"))
                break
