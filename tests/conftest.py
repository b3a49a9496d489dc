"""Shared fixtures and read-back helpers for the document, data and CLI tests.

* ``contoh``: the shipped example data folder (``data/mumbulsari``); never written to. The second
  example, a kecamatan of a kota (``data/junrejo``), is ``CONTOH_KOTA``.
* ``salin_contoh``: a private copy of its Keputusan IKU data in ``tmp_path``, with helpers to
  break one field.
* ``docx_contoh``: the example's Keputusan IKU rendered once per session into a temporary folder.
* The user's cache folder for doctools (compiled Jinja, the kept LibreOffice profiles of the PDF
  conversion) is a fresh folder for the whole test run, for every process the tests start: a test
  run neither reads what an earlier one left nor writes into the home folder.
* ``@pytest.mark.libreoffice``: skipped (with the reason) when ``soffice``, ``pdfinfo`` or
  ``pdftotext`` is not on PATH.

The helpers below (``buka``, ``xml_bagian``, ``paragraf_body`` …) are plain functions; test modules import them
from ``tests.conftest``.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from doctools.build import bangun_folder
from doctools.model import DataKecamatan, muat_data
from doctools.model.dataset import BERKAS_MODEL
from doctools.tahun import TahunKinerja, hitung_tahun, pilih_kebijakan

ROOT = Path(__file__).resolve().parent.parent
CONTOH = ROOT / "data" / "mumbulsari"
CONTOH_KOTA = ROOT / "data" / "junrejo"
"""The second example: a kecamatan of a kota, a Plt. Camat, a Camat changed during the year."""
TEMPLATES = ROOT / "templates_docx"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
}

ALAT_LIBREOFFICE = ("soffice", "pdfinfo", "pdftotext", "pdftoppm")


@pytest.fixture(scope="session", autouse=True)
def singgahan_sesi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The cache folder of this test run (platformdirs reads XDG_CACHE_HOME, on Windows LOCALAPPDATA)."""
    folder = tmp_path_factory.mktemp("singgahan")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(folder))
        mp.setenv("LOCALAPPDATA", str(folder))
        mp.delenv("DOCTOOLS_TANPA_SINGGAHAN", raising=False)
        yield folder


# ---- markers ------------------------------------------------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    hilang = [alat for alat in ALAT_LIBREOFFICE if shutil.which(alat) is None]
    if not hilang:
        return
    lewati = pytest.mark.skip(
        reason=f"LibreOffice/poppler tidak tersedia: {', '.join(hilang)} tidak ada di PATH")
    for item in items:
        if "libreoffice" in item.keywords:
            item.add_marker(lewati)


# ---- data ---------------------------------------------------------------------------------------


class SalinanData:
    """A writable copy of a data folder; each helper edits one file by exact text replacement."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, berkas: str) -> Path:
        return self.folder / berkas

    def baca(self, berkas: str) -> str:
        return self.path(berkas).read_text(encoding="utf-8")

    def tulis(self, berkas: str, teks: str) -> None:
        self.path(berkas).write_text(teks, encoding="utf-8")

    def ganti(self, berkas: str, lama: str, baru: str) -> None:
        """Replace the single occurrence of ``lama`` (fails loudly when the example changed)."""
        teks = self.baca(berkas)
        jumlah = teks.count(lama)
        assert jumlah == 1, f"{berkas}: {lama!r} muncul {jumlah} kali, bukan sekali"
        self.tulis(berkas, teks.replace(lama, baru))

    def hapus(self, berkas: str) -> None:
        self.path(berkas).unlink()

    def baris(self, berkas: str, potongan: str) -> int:
        """1-based number of the only line that contains ``potongan``."""
        nomor = [i for i, baris in enumerate(self.baca(berkas).splitlines(), start=1) if potongan in baris]
        assert len(nomor) == 1, f"{berkas}: {potongan!r} ada di baris {nomor}"
        return nomor[0]

    def bangun(self, keluar: Path) -> Path:
        """Render this copy into ``keluar`` and return the single .docx written."""
        return render_satu(self.folder, keluar)


def tahun_dari(data: DataKecamatan | Path) -> TahunKinerja:
    """The computed year of a data set (or of a folder, loaded), with its own policy."""
    if isinstance(data, Path):
        data = muat_data(data)
    return hitung_tahun(data, pilih_kebijakan(data))


def render_satu(folder: Path, keluar: Path, jenis: str = "keputusan-iku") -> Path:
    """Build ``folder`` into ``keluar`` and return the path of the document of kind ``jenis``."""
    hasil = [h for h in bangun_folder(folder, keluar) if h.dokumen.jenis == jenis]
    assert len(hasil) == 1, [h.path for h in hasil]
    return hasil[0].path


@pytest.fixture
def contoh() -> Path:
    """The shipped example data folder (read only)."""
    return CONTOH


#: The data files the Keputusan IKU is built from. Copies of the example leave out the data files
#: of other document kinds (IKI, Perjanjian Kinerja, …), so the IKU tests depend only on these;
#: any other file in the folder (a regulation catalog, a logo) is copied.
BERKAS_IKU = ("instansi.yaml", "kinerja.yaml", "keputusan-iku.yaml")


@pytest.fixture
def salin_contoh(tmp_path: Path) -> SalinanData:
    """A copy of the example's IKU data at ``tmp_path/data/mumbulsari`` to break one field in."""
    return salin_iku(tmp_path / "data" / CONTOH.name)


def salin_iku(tujuan: Path) -> SalinanData:
    """Copy the example folder into ``tujuan`` without the data files of other document kinds."""
    shutil.copytree(CONTOH, tujuan)
    for path in tujuan.iterdir():
        if path.suffix in (".yaml", ".yml") and path.stem in BERKAS_MODEL and path.name not in BERKAS_IKU:
            path.unlink()
    return SalinanData(tujuan)


@pytest.fixture(scope="session")
def docx_contoh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's Keputusan IKU rendered once per session; the path of the .docx.

    Rendered from :func:`salin_iku`'s copy, so the other document kinds of the example folder
    (developed alongside) cannot break the IKU tests.
    """
    akar = tmp_path_factory.mktemp("contoh")
    return render_satu(salin_iku(akar / "data" / CONTOH.name).folder, akar / "keluar")


# ---- read-back helpers --------------------------------------------------------------------------


def buka(path: Path) -> DocumentObject:
    return docx.Document(str(path))


def xml_bagian(path: Path, bagian: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(bagian))


def blok(doc: DocumentObject) -> Iterator[Paragraph | Table]:
    """Body-level paragraphs and tables in document order."""
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            yield Paragraph(el, doc)
        elif el.tag == qn("w:tbl"):
            yield Table(el, doc)


def paragraf_body(doc: DocumentObject) -> list[str]:
    """Texts of the body-level paragraphs (not those inside tables), in order."""
    return [b.text for b in blok(doc) if isinstance(b, Paragraph)]


def paragraf_baca(doc: DocumentObject) -> list[str]:
    """Texts in reading order: the body's paragraphs and those of its one-column layout tables.

    A decree keeps its last diktum with the signature, and the tembusan with its heading, in
    one-column rows that cannot split; their own paragraphs read as part of the body. Tables
    nested in them (the signature block) are left out, as are ruled tables.
    """
    hasil = []
    for b in blok(doc):
        if isinstance(b, Paragraph):
            hasil.append(b.text)
        elif len(b._tbl.tblGrid.gridCol_lst) == 1:
            hasil.extend(p.text for row in b.rows for p in row.cells[0].paragraphs)
    return hasil


def semua_tabel(doc: DocumentObject) -> list[Table]:
    """Every table of the body, nested ones included, in document order."""
    return [Table(t, doc) for t in doc.element.body.iter(qn("w:tbl"))]


def semua_paragraf(doc: DocumentObject) -> list[str]:
    """Texts of every paragraph in the body, including those inside table cells."""
    return [Paragraph(p, doc).text for p in doc.element.body.iter(qn("w:p"))]


def tabel_iku(doc: DocumentObject) -> Table:
    """The IKU table of the Lampiran: the only table whose first cell says NO."""
    tabel = [t for t in doc.tables if t.rows and t.rows[0].cells[0].text == "NO"]
    assert len(tabel) == 1
    return tabel[0]


def teks_math(el: etree._Element) -> str:
    """The words of an OMML element (lines of an equation array joined by a space)."""
    return " ".join(t.text or "" for t in el.iter(f"{{{NS['m']}}}t")).strip()
