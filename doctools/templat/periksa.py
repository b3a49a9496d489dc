"""Read a template the way docxtpl will, and say in Bahasa Indonesia what would go wrong.

The template is prepared as for rendering (split tags mended, breaks kept, shared parts inserted),
with every paragraph marked with its file and place; then its text is read as one Jinja template,
one line per paragraph, so that an error's line number names the paragraph or table cell:

* **syntax**: a tag not closed in its paragraph (an Enter typed inside it), a misspelt or
  unclosed block (``{%p for %}`` without ``{%p endfor %}``), an unknown filter;
* **variables**: every name and ``a.b.c`` path against the declared context of the kind
  (:mod:`doctools.templat.skema`), loop and ``with`` variables included; an unknown one is named
  with the nearest known one ("maksudnya kop.instansi?");
* **what a kind needs**: the shared parts it must insert, a Lampiran that begins a new page, its
  sections and landscape pages;
* **what would be lost**: text beside a ``{%p`` tag (docxtpl replaces the whole paragraph);
* **what is ignored**: the template's own paper, margins and body font while the settings decide
  (``pengaturan.tata_letak: pengaturan``), a header or footer in a shared part.

Reading the tags is :mod:`.tag`, the breaks and sections :mod:`.pemisah`; findings are plain
:class:`Masalah` values, which :mod:`doctools.reviu.templat` makes reviu findings.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from doctools.errors import TemplateError
from doctools.oxml.text import all_paragraphs
from doctools.templat.bagian import ASAL, baca_bagian, sisipan
from doctools.templat.cari import BAGIAN, CariTemplat
from doctools.templat.masalah import Masalah, sebab_rusak
from doctools.templat.pemisah import periksa_halaman
from doctools.templat.rakit import Rakitan, siapkan
from doctools.templat.skema import KetentuanTemplat, Kumpulan
from doctools.templat.tag import PembacaTag

__all__ = ["Halaman", "Masalah", "buka_templat", "periksa_templat"]

@dataclass(frozen=True)
class Halaman:
    """What the settings give a page when they decide (``tata_letak: pengaturan``), for comparison."""

    lebar_mm: float
    tinggi_mm: float
    margin_cm: tuple[float, float, float, float]
    huruf: str | None
    ukuran: float | None


def buka_templat(path: Path) -> DocumentObject:
    """A template file as a python-docx document, or a :class:`TemplateError` saying what is wrong."""
    if not path.is_file():
        raise TemplateError(f"templat tidak ditemukan: {path}")
    try:
        return docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as exc:  # python-docx raises several types (with English messages) for a broken package
        raise TemplateError(f"{path.name} {sebab_rusak(path, exc)}") from None


def periksa_templat(nama: str, cari: CariTemplat, ketentuan: KetentuanTemplat | Kumpulan, *,
                    halaman: Halaman | None = None) -> list[Masalah]:
    """Every problem of the template ``nama`` (a kind's ``<jenis>.docx``, or a part's name) as ``cari`` finds it.

    ``ketentuan`` is the kind's declaration (or, for a shared part on its own, its variables).
    ``halaman``, when the settings decide the page set-up, is compared with the template's own.
    """
    path = cari.dokumen(nama) if nama.endswith(".docx") else cari.bagian(nama)
    try:
        doc = buka_templat(path)
    except TemplateError as exc:
        return [Masalah("templat.berkas", "galat", path, exc.pesan)]
    berkas = {str(path): path}
    pembaca = PembacaTag(ketentuan, berkas)
    masalah = pembaca.masalah
    ada = [n for p in all_paragraphs(doc.element.body) if (n := sisipan(p)) is not None]
    for n in ketentuan.bagian if isinstance(ketentuan, KetentuanTemplat) else ():
        if n not in ada:
            masalah.append(Masalah("templat.bagian", "galat", path,
                                   f"bagian \"{n}\" ({BAGIAN[n]}) tidak disisipkan; tulis paragraf "
                                   f"{{%p include \"{n}\" %}} di tempatnya"))
    doc, rakitan = _rakit(doc, path, ada, cari, berkas, masalah)
    for _, bagian_path, _ in rakitan.sisipan:
        if baca_bagian(bagian_path).ada_header:
            pembaca.lapor("templat.header-bagian", "peringatan", str(bagian_path),
                          "header atau footer templat bagian tidak dipakai; tulis isinya di badan dokumen")
    pembaca.baca(doc.element.body, str(path))
    for rel in doc.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            root = rel.target_part.element
            jenis = "header" if rel.reltype == RT.HEADER else "footer"
            for p in all_paragraphs(root):
                p.set(ASAL, f"{path}|{jenis}")
            pembaca.baca(root, str(path))
    if isinstance(ketentuan, KetentuanTemplat):
        periksa_halaman(doc, ketentuan, rakitan.sisipan, path, masalah)
    if halaman is not None:
        _periksa_pengaturan(doc, halaman, path, masalah)
    return masalah


def _rakit(doc: DocumentObject, path: Path, sisip: list[str], cari: CariTemplat, berkas: dict[str, Path],
           masalah: list[Masalah]) -> tuple[DocumentObject, Rakitan]:
    """The template prepared as for rendering; without its parts when one cannot be inserted (reported)."""

    def cari_bagian(n: str) -> Path:
        p = cari.bagian(n)
        berkas[str(p)] = p
        return p

    utuh = True
    for n in dict.fromkeys(sisip):
        try:
            baca_bagian(cari_bagian(n))
        except TemplateError as exc:
            utuh = False
            if n in BAGIAN:  # the part's file is broken: reported at that file
                masalah.append(Masalah("templat.berkas", "galat", cari.bagian(n), exc.pesan))
            else:
                masalah.append(Masalah("templat.bagian", "galat", path, exc.pesan))
    if utuh:
        try:
            return doc, siapkan(doc, cari_bagian, nama=str(path), tandai=True)
        except TemplateError as exc:  # a part that includes another, or holds a section break
            masalah.append(Masalah("templat.bagian", "galat", path, exc.pesan))
    doc = buka_templat(path)
    rakitan = siapkan(doc, None, nama=str(path), tandai=True)
    for p in [p for p in all_paragraphs(doc.element.body) if sisipan(p) is not None]:
        p.getparent().remove(p)  # type: ignore[union-attr]  # a paragraph found under the body
    return doc, rakitan


def _periksa_pengaturan(doc: DocumentObject, h: Halaman, path: Path, masalah: list[Masalah]) -> None:
    """The template's own page set-up or body font differs from the settings that will replace it."""
    sect = doc.sections[0]
    beda = []
    if sect.page_width is not None and sect.page_height is not None:
        lebar, tinggi = sorted((sect.page_width.mm, sect.page_height.mm))
        if abs(lebar - min(h.lebar_mm, h.tinggi_mm)) > 1 or abs(tinggi - max(h.lebar_mm, h.tinggi_mm)) > 1:
            beda.append(f"kertas {lebar:.0f} × {tinggi:.0f} mm")
    margin = (sect.top_margin, sect.bottom_margin, sect.left_margin, sect.right_margin)
    cm = [m.cm for m in margin if m is not None]
    if len(cm) == len(margin) and any(abs(m - c) > 0.05 for m, c in zip(cm, h.margin_cm)):
        beda.append("margin " + "/".join(f"{m:.1f}" for m in cm) + " cm")
    normal = doc.styles["Normal"].font
    if h.huruf and normal.name and normal.name != h.huruf:
        beda.append(f"huruf {normal.name}")
    if h.ukuran and normal.size is not None and abs(normal.size.pt - h.ukuran) > 0.01:
        beda.append(f"ukuran huruf {normal.size.pt:g} pt")
    if beda:
        masalah.append(Masalah(
            "templat.pengaturan", "peringatan", path,
            f"templat ini memakai {', '.join(beda)}, tetapi yang berlaku adalah pengaturan (kertas, margin dan "
            "huruf dari instansi.yaml/kabupaten.yaml); tulis 'tata_letak: templat' di bawah pengaturan: bila "
            "ukuran halaman, margin dan huruf templat yang harus dipakai"))
