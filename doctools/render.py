"""Render a Word template with a context, safely, and write the result atomically.

Safety rules (see the project's docx notes): docxtpl always runs with ``autoescape=True`` (a bare
``&`` in data would otherwise silently delete paragraphs) and ``StrictUndefined`` (a tag with no
data is an error, not a blank). After rendering no Jinja tag may remain in any part. The output
is deterministic: fixed zip timestamps and core properties, so the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import jinja2
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.phys_pkg import PhysPkgWriter
from docx.opc.pkgwriter import PackageWriter
from docx.shared import Cm, Mm, Pt
from docxtpl import DocxTemplate, InlineImage
from lxml import etree

from doctools import __version__, singgahan, tata_letak
from doctools.errors import DataError, RenderError, TemplateError
from doctools.grafik import Grafik, xlsx_grafik
from doctools.model.tanda import TANDA_TEMPLAT, pesan_tanda_templat
from doctools.oxml import chart, jinja, package, settings, styles, table
from doctools.oxml.text import all_paragraphs
from doctools.templat import CariTemplat, siapkan
from doctools.templat.filter import filters
from doctools.templat.masalah import sebab_rusak

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
KERTAS_MM = {"F4": (215, 330), "A4": (210, 297)}


class _SumberBagian(jinja2.BaseLoader):
    """Template parts' Jinja sources by name (the SHA-256 of the source), so that Jinja's loader
    path, and with it its bytecode cache, compiles each source once per machine."""

    def __init__(self) -> None:
        self.sumber: dict[str, str] = {}

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, None, Callable[[], bool]]:
        return self.sumber[template], None, lambda: True

    def kompilasi(self, env: jinja2.Environment, sumber: str) -> jinja2.Template:
        """``env.from_string(sumber)``, its compiled code kept between runs when a cache folder is at hand."""
        nama = hashlib.sha256(sumber.encode("utf-8")).hexdigest()
        self.sumber[nama] = sumber
        try:
            return env.get_template(nama)
        finally:
            del self.sumber[nama]


_SUMBER_BAGIAN = _SumberBagian()


def folder_singgahan() -> Path:
    """The compiled Jinja's folder in the user's cache folder for doctools (:mod:`doctools.singgahan`)."""
    return singgahan.folder("jinja")


def _singgahan_kode() -> jinja2.BytecodeCache | None:
    """Jinja's own cache of compiled templates, in the user's cache folder.

    Compiling a template part's Jinja is a seventh of building a kecamatan; like Python's
    ``__pycache__``, the compiled code is kept and checked against its source (Jinja's checksum and
    version). A folder that cannot be made means nothing is kept.
    """
    if not singgahan.aktif():
        return None
    try:
        folder = folder_singgahan()
        folder.mkdir(parents=True, exist_ok=True)
        return jinja2.FileSystemBytecodeCache(str(folder), pattern="__doctools_%s.cache")
    except (OSError, RuntimeError):
        return None


@functools.lru_cache(maxsize=None)
def jinja_env(gaya_rupiah: str = "baku") -> jinja2.Environment:
    """A strict, autoescaping environment with the Indonesian formatting filters (one per style)."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, loader=_SUMBER_BAGIAN,
                             bytecode_cache=_singgahan_kode(), cache_size=0)
    env.filters.update(filters(gaya_rupiah))
    return env


@dataclass(frozen=True)
class Gambar:
    """An image in a context; the renderer turns it into a docxtpl InlineImage of its template.

    The image is the file at ``path``, or ``isi`` (bytes drawn in memory), or what ``lukis`` draws
    when the document is rendered (so a document composed only to be checked never draws it).
    """

    path: Path | None
    lebar_mm: float
    isi: bytes | None = None
    lukis: Callable[[], bytes] | None = None


class _GrafikTempel:
    """A :class:`~doctools.grafik.Grafik` as docxtpl places it: the chart part is added when the tag is rendered."""

    def __init__(self, tpl: DocxTemplate, grafik: Grafik) -> None:
        self.tpl, self.grafik = tpl, grafik

    def __html__(self) -> str:
        part = self.tpl.current_rendering_part
        rid = chart.add_chart(part, self.grafik, xlsx_grafik(self.grafik))
        return jinja.own_run_xml(chart.inline_chart_xml(rid, self.grafik, part.next_id))

    __str__ = __html__


def _place_images(value: Any, tpl: DocxTemplate) -> Any:
    if isinstance(value, Gambar):
        isi = value.isi if value.isi is not None else value.lukis() if value.lukis is not None else None
        sumber = io.BytesIO(isi) if isi is not None else str(value.path)
        return InlineImage(tpl, sumber, width=Mm(value.lebar_mm))
    if isinstance(value, Grafik):
        return _GrafikTempel(tpl, value)
    if isinstance(value, dict):
        return {k: _place_images(v, tpl) for k, v in value.items()}
    if isinstance(value, list):
        return [_place_images(v, tpl) for v in value]
    return value


@dataclass(frozen=True)
class Halaman:
    """Page set-up applied to every section of a rendered document.

    With ``dari_templat`` (``pengaturan.tata_letak: templat``) the template's own paper, margins
    and Normal style are kept, and only tables wider than their page are fitted.
    """

    kertas: str = "F4"
    margin_cm: tuple[float, float, float, float] = (2.0, 2.5, 3.0, 2.0)  # atas, bawah, kiri, kanan
    huruf: str | None = "Bookman Old Style"
    ukuran_huruf: float | None = 12
    dari_templat: bool = False


def apply_page_setup(doc: DocumentObject, halaman: Halaman) -> None:
    """Set paper, margins and the Normal font; landscape sections keep their orientation."""
    if halaman.dari_templat:
        table.fit_tables_to_sections(doc.element.body)
        return
    lebar, tinggi = KERTAS_MM[halaman.kertas]
    atas, bawah, kiri, kanan = halaman.margin_cm
    for section in doc.sections:
        if section.orientation == WD_ORIENT.LANDSCAPE:
            section.page_width, section.page_height = Mm(tinggi), Mm(lebar)
        else:
            section.page_width, section.page_height = Mm(lebar), Mm(tinggi)
        section.top_margin, section.bottom_margin = Cm(atas), Cm(bawah)
        section.left_margin, section.right_margin = Cm(kiri), Cm(kanan)
    if halaman.huruf:
        normal = doc.styles["Normal"]
        normal.font.name = halaman.huruf
        styles.set_style_fonts(normal.element, halaman.huruf)
    if halaman.ukuran_huruf:
        doc.styles["Normal"].font.size = Pt(halaman.ukuran_huruf)
    table.fit_tables_to_sections(doc.element.body)


TINGKAT_KOMPRESI = 3
"""zlib level of a package's XML parts: less than half the time of the default 6, for about a
quarter more bytes (the parts of a decree: 49 KB instead of 38; measured on the example)."""
SUDAH_TERMAMPAT = (".png", ".jpeg", ".jpg", ".gif", ".xlsx")
"""Parts already compressed by their own format: stored as they are, deflating them again gains nothing."""


class _FixedTimeZipWriter:
    """python-docx's physical package writer, with fixed timestamps and a check of each XML part.

    Writing the zip once, directly, is both deterministic and cheaper than saving and re-zipping.
    """

    def __init__(self, buf: io.BytesIO, template: str | None) -> None:
        self._zipf = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
        self._template = template

    def write(self, pack_uri: Any, blob: bytes) -> None:
        name = pack_uri.membername
        if self._template is not None and name.startswith("word/") and name.endswith(".xml"):
            _check_no_tags(name, blob, self._template)
        info = zipfile.ZipInfo(name, ZIP_EPOCH)
        info.external_attr = 0o600 << 16
        if name.lower().endswith(SUDAH_TERMAMPAT):
            self._zipf.writestr(info, blob, zipfile.ZIP_STORED)
        else:
            self._zipf.writestr(info, blob, zipfile.ZIP_DEFLATED, TINGKAT_KOMPRESI)

    def close(self) -> None:
        self._zipf.close()



_PENANDA = re.compile(rb"\{[{%#]|[}%#]\}")
"""Any of ``{{ }} {% %} {# #}``, found in one pass over a part."""


def _check_no_tags(name: str, blob: bytes, template: str) -> None:
    """No template tag is left in a paragraph (a tag never spans paragraphs; text of two may meet)."""
    if (b"{" not in blob and b"}" not in blob) or not _PENANDA.search(blob):  # one byte is found fastest
        return
    for paragraph in all_paragraphs(etree.fromstring(blob)):
        text = "".join(paragraph.itertext())
        found = TANDA_TEMPLAT.search(text)
        if found:
            start = max(found.start() - 30, 0)
            raise RenderError(
                f"templat {template}: tag Jinja tersisa di {name} setelah render "
                f"(dekat '…{text[start:found.end() + 30]}…'); periksa penulisan tag di templat")


def _tanda_di_data(value: Any) -> str | None:
    """The first context text holding a template mark (data is checked at its line when loaded)."""
    if isinstance(value, str):
        return value if TANDA_TEMPLAT.search(value) else None
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        for item in value:
            found = _tanda_di_data(item)
            if found is not None:
                return found
    return None


APLIKASI = f"doctools {__version__}"
APP_XML = package.app_properties_xml(APLIKASI)


def _bersihkan_paket(doc: DocumentObject) -> None:
    """What every written package says about itself: made by doctools, no stale statistics.

    python-docx's default template names "Microsoft Macintosh Word" with page and word counts of
    an empty document, carries a blank thumbnail, and zooms without the ``w:percent`` the schema
    requires. The application is named (with the version), the thumbnail dropped, the zoom made
    valid; Word recounts pages and words itself.
    """
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = APP_XML
    settings.complete_zoom(doc.settings.element)


def package_bytes(doc: DocumentObject, modified: dt.datetime, *, template: str | None = None) -> bytes:
    """The .docx bytes of ``doc``: fixed zip timestamps and core dates, so equal input gives equal bytes.

    With ``template`` set, every ``word/*.xml`` part is checked for Jinja tags left after rendering.
    """
    props = doc.core_properties
    props.created = props.modified = modified
    props.revision = 1
    _bersihkan_paket(doc)
    package = doc.part.package
    for part in package.parts:
        part.before_marshal()
    buf = io.BytesIO()
    writer = _FixedTimeZipWriter(buf, template)
    try:
        PackageWriter._write_content_types_stream(writer, package.parts)
        PackageWriter._write_pkg_rels(writer, package.rels)
        PackageWriter._write_parts(cast(PhysPkgWriter, writer), package.parts)  # the same two methods
    finally:
        writer.close()
    return buf.getvalue()


BATAS_PROPERTI = 255
"""Longest core property (title, author) a .docx may carry; python-docx refuses longer ones."""


def ringkas(teks: str, batas: int = BATAS_PROPERTI) -> str:
    """``teks`` cut at a word to at most ``batas`` characters, ending in '…' when cut."""
    if len(teks) <= batas:
        return teks
    teks = " ".join(teks.split())
    potong = teks[:batas - 1]
    spasi = potong.rfind(" ")
    return (potong[:spasi] if spasi > batas // 2 else potong).rstrip(" ,;:") + "…"


@dataclass(frozen=True)
class Metadata:
    """Core properties written into every output (fixed, so outputs are reproducible).

    Only the file's properties are shortened to Word's limit (a long ``tentang`` makes a long
    title); the title printed in the document stays whole.
    """

    judul: str
    penulis: str
    tanggal: dt.date

    def __post_init__(self) -> None:
        object.__setattr__(self, "judul", ringkas(self.judul))
        object.__setattr__(self, "penulis", ringkas(self.penulis))


@functools.lru_cache(maxsize=64)
def _template_bytes(path: Path, mtime_ns: int) -> bytes:
    return path.read_bytes()


_SIAP: dict[str, str] = {}
"""A template part's XML → docxtpl's cleaned-up form of it (its regexes run once per part and process)."""
_TERKOMPILASI: dict[tuple[jinja2.Environment, str], jinja2.Template] = {}
"""(environment, cleaned-up XML) → its compiled Jinja template."""
BATAS_SINGGAHAN = 128


def _simpan_terbatas(simpanan: dict[Any, Any], kunci: Any, nilai: Any) -> Any:
    if len(simpanan) >= BATAS_SINGGAHAN:  # a long run with many override templates stays bounded
        simpanan.clear()
    simpanan[kunci] = nilai
    return nilai


class _TemplatSinggah(DocxTemplate):
    """docxtpl whose preparation of each template part is done once per process.

    docxtpl cleans every part's XML with a series of regexes and compiles the result as a Jinja
    template on every render, which costs more than rendering itself. Both depend only on the
    part's XML (and the environment), so they are kept by that XML: a template changed on disk, or
    another kabupaten's template, has other XML and is prepared afresh. The rendering itself, and
    everything after it, is docxtpl's own.
    """

    def patch_xml(self, src_xml: str) -> str:
        siap = _SIAP.get(src_xml)
        if siap is None:
            siap = _simpan_terbatas(_SIAP, src_xml, super().patch_xml(jinja.with_math_namespace(src_xml)))
        return siap

    def render_xml_part(self, src_xml: str, part: Any, context: Any, jinja_env: Any = None) -> str:
        if jinja_env is None:  # not the way doctools renders; docxtpl's own path
            return super().render_xml_part(src_xml, part, context, jinja_env)
        kunci = (jinja_env, src_xml)
        template = _TERKOMPILASI.get(kunci)
        if template is None:
            template = _simpan_terbatas(_TERKOMPILASI, kunci,
                                        _SUMBER_BAGIAN.kompilasi(jinja_env, jinja.paragraphs_on_lines(src_xml)))
        self.current_rendering_part = part
        dst_xml = template.render(context)
        dst_xml = jinja.paragraphs_joined(dst_xml)
        dst_xml = dst_xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        if not jinja.needs_listing(dst_xml):  # docxtpl's listing pass would change nothing
            return dst_xml
        return jinja.listing_where_needed(dst_xml, self.resolve_listing)

    tabel_kolom_berulang: list[etree._Element] = []
    """The body's tables whose column count a column loop changed (their repeated columns are kept equal)."""

    def fix_tables(self, xml: str) -> Any:
        """docxtpl's table repair; a table whose column count a column loop changed gets a grid
        in the proportions of its cells (docxtpl appends the new columns at the grid's end).

        docxtpl walks every row of every table in Python to find the few grids it changes; its
        pass runs here only on a table whose grid needs it
        (:func:`~doctools.oxml.table.grid_kept_by_docxtpl`). The body is parsed inside its
        document element (:func:`~doctools.oxml.package.body_in_document`, see :meth:`map_tree`).
        """
        sebelum = table.grid_column_counts(xml)
        tree = table.fix_grids_where_needed(xml, super().fix_tables, package.body_in_document(self.docx.element, xml))
        self.tabel_kolom_berulang = table.regrid_changed_tables(tree, sebelum)
        return tree

    def fix_docpr_ids(self, tree: Any) -> None:
        """docxtpl's numbering of the drawings, on a body that may have python-docx's element classes."""
        for elt in package.drawing_properties(tree):
            self.docx_ids_index += 1
            elt.attrib["id"] = str(self.docx_ids_index)

    def map_tree(self, tree: Any) -> None:
        """The rendered body into the document: parsed in its document already (:meth:`fix_tables`),
        that document element becomes the document's own; otherwise docxtpl moves the body in."""
        if not package.adopt_document(self.docx, tree):
            super().map_tree(tree)

    def render_properties(self, context: Any, jinja_env: Any = None) -> None:
        """docxtpl's rendering of the core properties, with each property's template compiled once."""
        if jinja_env is None:
            super().render_properties(context, jinja_env)
            return
        props = self.docx.core_properties
        for nama in ("author", "comments", "identifier", "language", "subject", "title"):
            awal = getattr(props, nama)
            kunci = (jinja_env, awal)
            template = _TERKOMPILASI.get(kunci)
            if template is None:
                template = _simpan_terbatas(_TERKOMPILASI, kunci, jinja_env.from_string(awal))
            setattr(props, nama, template.render(context))


def load_template(path: Path) -> DocxTemplate:
    """Open a template, with a clear message when it is missing or not a Word file.

    The file is read once per process (and again only when it changes on disk); each render
    gets its own fresh document parsed from those bytes, and its parts' preparation is reused
    (:class:`_TemplatSinggah`).
    """
    if not path.exists():
        raise TemplateError(f"templat tidak ditemukan: {path}")
    try:
        tpl = _TemplatSinggah(io.BytesIO(_template_bytes(path, path.stat().st_mtime_ns)))
        tpl.init_docx()
    except Exception as exc:  # python-docx raises several types (with English messages) for a broken package
        raise TemplateError(f"templat {path} {sebab_rusak(path, exc)}") from None
    return tpl


_TERSIAP: dict[tuple[Path, int], list[tuple[tuple[tuple[str, Path, int], ...], bytes]]] = {}
"""(template, its mtime) → the shared parts it took (name, file, mtime) and the prepared template's bytes."""


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _templat_siap(template: Path, bagian: Callable[[str], Path]) -> DocxTemplate:
    """The template with its shared parts inserted (:func:`~doctools.templat.siapkan`), prepared once per process.

    A batch renders the same few templates thousands of times; the prepared package is kept as
    bytes, with the shared parts it took. It is used again only while the template and every one
    of those parts are the same files, unchanged on disk (a kecamatan's own part is another file).
    Every render, the first too, starts from the kept bytes, so all renders see the same template.
    """
    kunci = (template, _mtime(template))
    for dipakai, isi in _TERSIAP.get(kunci, ()):
        if all(bagian(nama) == path and _mtime(path) == waktu for nama, path, waktu in dipakai):
            return _dari_bytes(isi)
    tpl = load_template(template)
    diambil: list[tuple[str, Path, int]] = []

    def cari(nama: str) -> Path:
        path = bagian(nama)
        diambil.append((nama, path, _mtime(path)))
        return path

    siapkan(tpl.docx, cari, nama=template.name)
    keluaran = io.BytesIO()
    tpl.docx.save(keluaran)
    isi = _tanpa_mampat(keluaran.getvalue())
    if len(_TERSIAP) >= BATAS_SINGGAHAN:
        _TERSIAP.clear()
    _TERSIAP.setdefault(kunci, []).append((tuple(diambil), isi))
    return _dari_bytes(isi)


def _tanpa_mampat(isi: bytes) -> bytes:
    """The same package with its parts stored, not deflated: the kept template is opened on every
    render, and inflating its parts (a megabyte of XML, mostly styles) cost a tenth of opening it."""
    keluaran = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(isi)) as asal, zipfile.ZipFile(keluaran, "w", zipfile.ZIP_STORED) as tujuan:
        for info in asal.infolist():
            tujuan.writestr(info, asal.read(info), zipfile.ZIP_STORED)
    return keluaran.getvalue()


def _dari_bytes(isi: bytes) -> DocxTemplate:
    tpl = _TemplatSinggah(io.BytesIO(isi))
    tpl.init_docx()
    return tpl


def render_bytes(template: Path, context: Mapping[str, Any], *, halaman: Halaman, metadata: Metadata,
                 gaya_rupiah: str = "baku",
                 post: Callable[[DocxTemplate], None] | None = None,
                 bagian: Callable[[str], Path] | None = None) -> bytes:
    """Render ``template`` with ``context`` and return the finished .docx bytes.

    ``post`` runs on the rendered document before saving, for structure docxtpl can't express.
    ``bagian`` finds the file of a shared part the template includes (default: the built-in ones).
    """
    tanda = _tanda_di_data(dict(context))
    if tanda is not None:  # data from outside the YAML files (a survey file): no line to name
        raise DataError(f"'{tanda[:80]}': {pesan_tanda_templat(tanda)}")
    tpl = _templat_siap(template, bagian or CariTemplat().bagian)
    env = jinja_env(gaya_rupiah)
    try:
        tpl.render(_place_images(dict(context), tpl), env, autoescape=True)
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"templat {template.name} memakai data yang tidak tersedia: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"templat {template.name} berisi tag yang salah tulis (baris XML {exc.lineno}): {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"templat {template.name} tidak dapat dirender: {exc}") from None
    doc = tpl.docx
    table.merge_marked_cells(doc.element.body)
    table.reorder_cell_properties(doc.element.body)
    apply_page_setup(doc, halaman)
    tata_letak.rapikan(doc, seragam=getattr(tpl, "tabel_kolom_berulang", ()))
    if post is not None:
        post(tpl)
    when = dt.datetime.combine(metadata.tanggal, dt.time(8, 0))
    props = doc.core_properties
    props.title = metadata.judul
    props.author = props.last_modified_by = metadata.penulis
    return package_bytes(doc, when, template=template.name)
