"""Every kind of generated document passes the Word schema check, and says honestly what made it.

The example's documents (Keputusan IKU and IKI, the PK of the Camat and of every pejabat, the
LKj, the RKT, the Rencana Aksi and the Pohon Kinerja), a new kecamatan's starter documents, and the shipped templates are validated against the
ISO/IEC 29500 schemas (:mod:`tests.ooxml_schema`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from doctools import __version__
from doctools.build import bangun_folder
from doctools.init import buat_awal
from tests.conftest import CONTOH, NS, TEMPLATES
from tests.ooxml_schema import galat

JENIS = {"keputusan-iku", "keputusan-iki", "perjanjian-kinerja", "laporan-kinerja", "rencana-kinerja", "rencana-aksi",
         "pohon-kinerja"}


@pytest.fixture(scope="module")
def contoh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    keluar = tmp_path_factory.mktemp("skema")
    return {h.path.stem: h.path for h in bangun_folder(CONTOH, keluar)}


@pytest.fixture(scope="module")
def baru(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    akar = tmp_path_factory.mktemp("baru")
    buat_awal(akar / "sukamaju", kecamatan="Sukamaju", kabupaten="Contoh")
    return {h.path.stem: h.path for h in bangun_folder(akar / "sukamaju", akar / "keluar")}


def test_contoh_memuat_setiap_jenis(contoh: dict[str, Path]) -> None:
    assert {"-".join(nama.split("-")[:2]) for nama in contoh} == JENIS
    pk = [n for n in contoh if n.startswith("perjanjian-kinerja-")]
    assert "perjanjian-kinerja-2025-camat" in pk and len(pk) >= 2  # the Camat's and the pejabat's


def test_dokumen_contoh_lulus_skema(contoh: dict[str, Path]) -> None:
    kesalahan = {nama: galat(path) for nama, path in contoh.items()}
    assert {nama: g for nama, g in kesalahan.items() if g} == {}


def test_dokumen_kecamatan_baru_lulus_skema(baru: dict[str, Path]) -> None:
    assert any(n.startswith("keputusan-iku") for n in baru) and any(n.startswith("perjanjian") for n in baru)
    assert {nama: g for nama, path in baru.items() if (g := galat(path))} == {}


@pytest.mark.parametrize("templat", sorted([*TEMPLATES.glob("*.docx"), *(TEMPLATES / "bagian").glob("*.docx")]),
                         ids=lambda p: p.name)
def test_templat_lulus_skema(templat: Path) -> None:
    assert galat(templat) == []


def test_pemeriksa_menemukan_kesalahan(tmp_path: Path, contoh: dict[str, Path]) -> None:
    """The check itself fails on what Word refuses: both m:nor and m:sty on a math run."""
    sumber = contoh["keputusan-iku-2025"]
    rusak = tmp_path / "rusak.docx"
    with zipfile.ZipFile(sumber) as zin, zipfile.ZipFile(rusak, "w") as zout:
        for item in zin.infolist():
            isi = zin.read(item.filename)
            if item.filename == "word/document.xml":
                isi = isi.replace(b"<m:nor/>", b'<m:nor/><m:sty m:val="p"/>', 1)
            zout.writestr(item, isi)
    assert any("'sty'" in g for g in galat(rusak))


# ---- what the package says about itself ---------------------------------------------------------


def _app(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("docProps/app.xml"))


def test_aplikasi_doctools_tanpa_gambar_kecil(contoh: dict[str, Path]) -> None:
    for path in [*contoh.values(), *TEMPLATES.glob("*.docx")]:
        ns = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
        assert _app(path).findtext("ep:Application", namespaces=ns) == f"doctools {__version__}", path.name
        with zipfile.ZipFile(path) as z:
            assert not [n for n in z.namelist() if "thumbnail" in n], path.name
            assert b"thumbnail" not in z.read("_rels/.rels")
            zoom = etree.fromstring(z.read("word/settings.xml")).find("w:zoom", NS)
            assert zoom is None or zoom.get(f"{{{NS['w']}}}percent") == "100"


def test_perbarui_ruas_hanya_untuk_daftar_isi(contoh: dict[str, Path]) -> None:
    """Word asks to update fields on opening only where a Daftar Isi needs it: the LKj."""
    for nama, path in contoh.items():
        with zipfile.ZipFile(path) as z:
            settings = etree.fromstring(z.read("word/settings.xml"))
            dokumen = z.read("word/document.xml")
        minta = settings.find("w:updateFields", NS) is not None
        assert minta == (b" TOC " in dokumen), nama
        assert minta == nama.startswith("laporan-kinerja"), nama


# ---- equations ------------------------------------------------------------------------------------


@pytest.mark.parametrize("nama", ["keputusan-iku-2025", "keputusan-iki-2025", "laporan-kinerja-2025"])
def test_rumus_teks_biasa_sebesar_sel(contoh: dict[str, Path], nama: str) -> None:
    """Every math run is normal text (m:nor alone) in the font and size of the cell's paragraph."""
    with zipfile.ZipFile(contoh[nama]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        gaya = etree.fromstring(z.read("word/styles.xml"))
    runs = root.findall(".//m:oMath//m:r", NS)
    assert runs
    ukuran_gaya = {s.get(f"{{{NS['w']}}}styleId"): s.find("w:rPr/w:sz", NS) for s in gaya.findall("w:style", NS)}
    for r in runs:
        assert [etree.QName(c).localname for c in r.find("m:rPr", NS)] == ["nor"]
        rpr = r.find("w:rPr", NS)
        assert rpr.find("w:rFonts", NS).get(f"{{{NS['w']}}}ascii") == "Bookman Old Style"
        p = next(a for a in r.iterancestors() if a.tag == f"{{{NS['w']}}}p")
        gaya_p = p.find("w:pPr/w:pStyle", NS).get(f"{{{NS['w']}}}val")
        sz = ukuran_gaya[gaya_p]
        assert sz is not None, gaya_p
        assert rpr.find("w:sz", NS).get(f"{{{NS['w']}}}val") == sz.get(f"{{{NS['w']}}}val") == "18"  # 9 pt
