"""Every built-in template opened and saved again by LibreOffice still gives the same documents.

LibreOffice rewrites a .docx completely when it saves one: its own run splitting and rsids, page
breaks moved into the paragraph before, lists written out, cell no-wrap dropped, section breaks
in other paragraphs. Each built-in template (documents and shared parts) goes through
``soffice --convert-to docx``; the example is built with those copies as a kecamatan's own
templates and compared with the build from the built-in ones: the text, the page breaks, the
sections and their page numbering, headers and footers, list numbering and table properties,
and the IKU decree's page count (its Lampiran on a page of its own).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from doctools.build import bangun_folder
from doctools.cli import main
from doctools.pdf import cari_soffice, ke_pdf
from tests.conftest import CONTOH, TEMPLATES
from tests.ooxml_schema import galat

pytestmark = pytest.mark.libreoffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _simpan_ulang_libreoffice(berkas: list[Path], keluar: Path, profil: Path) -> None:
    soffice = cari_soffice()
    assert soffice is not None
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={profil.as_uri()}", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(keluar), *map(str, berkas)],
                   check=True, capture_output=True, timeout=300)
    assert sorted(p.name for p in keluar.glob("*.docx")) == sorted(p.name for p in berkas)


@pytest.fixture(scope="module")
def hasil(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], dict[str, Path], Path]:
    akar = tmp_path_factory.mktemp("lo")
    sumber = [*TEMPLATES.glob("*.docx"), *(TEMPLATES / "bagian").glob("*.docx")]
    assert len(sumber) == 12
    data = akar / "mumbulsari"
    shutil.copytree(CONTOH, data)
    _simpan_ulang_libreoffice(sumber, data / "templat", akar / "profil")
    bawaan = {h.path.name: h.path for h in bangun_folder(CONTOH, akar / "bawaan")}
    libre = {h.path.name: h.path for h in bangun_folder(data, akar / "libreoffice")}
    assert sorted(bawaan) == sorted(libre) and len(bawaan) == 11
    return bawaan, libre, data


# ---- reading a document's structure --------------------------------------------------------------


@dataclass
class _Dok:
    body: etree._Element
    gaya: dict[str, etree._Element]
    nomor: dict[str, str]
    """numId → the numFmt of its level 0."""
    bagian_hf: dict[str, str]
    """relationship id → header/footer text with its field instructions."""


def _baca(path: Path) -> _Dok:
    with zipfile.ZipFile(path) as zf:
        doc = etree.fromstring(zf.read("word/document.xml"))
        gaya = etree.fromstring(zf.read("word/styles.xml"))
        nomor: dict[str, str] = {}
        if "word/numbering.xml" in zf.namelist():
            num = etree.fromstring(zf.read("word/numbering.xml"))
            abstrak = {a.get(f"{W}abstractNumId"): a for a in num.iter(f"{W}abstractNum")}
            for n in num.iter(f"{W}num"):
                a = abstrak.get(n.find(f"{W}abstractNumId").get(f"{W}val"))
                fmt = a.find(f"{W}lvl[@{W}ilvl='0']/{W}numFmt") if a is not None else None
                nomor[n.get(f"{W}numId")] = fmt.get(f"{W}val") if fmt is not None else "?"
        rels = etree.fromstring(zf.read("word/_rels/document.xml.rels"))
        hf = {}
        for r in rels:
            if r.get("Type", "").endswith(("/header", "/footer")):
                root = etree.fromstring(zf.read(f"word/{r.get('Target')}"))
                hf[r.get("Id")] = " ".join(" ".join(root.itertext()).split())
    return _Dok(doc.find(f"{W}body"), {s.get(f"{W}styleId"): s for s in gaya.iter(f"{W}style")}, nomor, hf)


def _dari_gaya(d: _Dok, sid: str | None, tag: str) -> etree._Element | None:
    jejak = set()
    while sid and sid not in jejak:
        jejak.add(sid)
        st = d.gaya.get(sid)
        if st is None:
            return None
        el = st.find(f"{W}pPr/{W}{tag}")
        if el is not None:
            return el
        dasar = st.find(f"{W}basedOn")
        sid = dasar.get(f"{W}val") if dasar is not None else None
    return None


def _teks(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _gaya_p(p: etree._Element) -> str | None:
    st = p.find(f"{W}pPr/{W}pStyle")
    return st.get(f"{W}val") if st is not None else None


def _halaman_baru(d: _Dok) -> list[str]:
    """The text of every paragraph that begins a new page (a break before it or inside it)."""
    hasil = []
    tertunda = False
    for p in d.body.iter(f"{W}p"):
        pbb = p.find(f"{W}pPr/{W}pageBreakBefore")
        if pbb is None:
            pbb = _dari_gaya(d, _gaya_p(p), "pageBreakBefore")
        mulai = tertunda or (pbb is not None and pbb.get(f"{W}val", "true") not in ("0", "false"))
        brs = [br for br in p.iter(f"{W}br") if br.get(f"{W}type") == "page"]
        teks = _teks(p).strip()
        if brs and not teks:
            tertunda = True  # a page break alone in its paragraph: the next paragraph begins the page
            continue
        if brs and brs[0] is next(p.iter(f"{W}br", f"{W}t")):
            mulai = True
        if mulai and teks:
            hasil.append(teks)
            tertunda = False
        elif mulai:
            tertunda = True
    return hasil


def _bagian(d: _Dok) -> list[tuple]:
    hasil = []
    for s in d.body.iter(f"{W}sectPr"):
        pg, num = s.find(f"{W}pgSz"), s.find(f"{W}pgNumType")
        mendatar = pg.get(f"{W}orient") == "landscape" or int(pg.get(f"{W}w")) > int(pg.get(f"{W}h"))
        hasil.append((mendatar, num.get(f"{W}fmt", "decimal") if num is not None else "decimal",
                      num.get(f"{W}start") if num is not None else None, s.find(f"{W}titlePg") is not None))
    return hasil


def _header_footer(d: _Dok) -> list[tuple[str, str]]:
    """Per section, the text of its default header and footer (inherited from the one before)."""
    hasil, warisan = [], {"header": "", "footer": ""}
    for s in d.body.iter(f"{W}sectPr"):
        for jenis in ("header", "footer"):
            ref = s.find(f"{W}{jenis}Reference[@{W}type='default']")
            if ref is not None:
                warisan[jenis] = re.sub(r"\d+|[ivx]+$", "N", d.bagian_hf[ref.get(
                    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")])
        hasil.append((warisan["header"], warisan["footer"]))
    return hasil


def _penomoran(d: _Dok) -> list[tuple[str, str]]:
    """Every paragraph in a Word list, with its list format (bullet, decimal …)."""
    hasil = []
    for p in d.body.iter(f"{W}p"):
        num = p.find(f"{W}pPr/{W}numPr/{W}numId")
        if num is None:
            num = _dari_gaya(d, _gaya_p(p), "numPr")
            num = num.find(f"{W}numId") if num is not None else None
        if num is not None and num.get(f"{W}val") != "0":
            hasil.append((_teks(p), d.nomor.get(num.get(f"{W}val"), "?")))
    return hasil


def _tabel(d: _Dok) -> list[tuple]:
    hasil = []
    for t in d.body.iter(f"{W}tbl"):
        baris = t.findall(f"{W}tr")
        hasil.append((
            len(baris),
            sum(tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in baris),
            sum(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in baris),
            len(t.findall(f".//{W}vMerge")),
            len(t.findall(f".//{W}gridSpan")),
            sum(tc.find(f"{W}tcPr/{W}noWrap") is not None for tc in t.iter(f"{W}tc") if _teks(tc).strip()),
            t.find(f"{W}tblPr/{W}tblLayout") is not None,
        ))
    return hasil


# ---- the comparison ------------------------------------------------------------------------------


@pytest.mark.parametrize("nama", ["keputusan-iku-2025.docx", "keputusan-iki-2025.docx",
                                  "perjanjian-kinerja-2025-camat.docx", "perjanjian-kinerja-2025-kasi-pmks.docx",
                                  "laporan-kinerja-2025.docx"])
def test_dokumen_dari_templat_simpanan_libreoffice_sama(hasil: tuple, nama: str) -> None:
    bawaan, libre, _ = hasil
    a, b = _baca(bawaan[nama]), _baca(libre[nama])
    assert [t for p in a.body.iter(f"{W}p") if (t := _teks(p).strip())] == \
        [t for p in b.body.iter(f"{W}p") if (t := _teks(p).strip())]
    assert _halaman_baru(b) == _halaman_baru(a)
    assert _bagian(b) == _bagian(a)
    assert _header_footer(b) == _header_footer(a)
    assert _penomoran(b) == _penomoran(a)
    assert _tabel(b) == _tabel(a)


def test_halaman_yang_dijaga(hasil: tuple) -> None:
    """What each kind needs, in the documents from LibreOffice's copies (not only 'as before')."""
    _, libre, _ = hasil
    assert "LAMPIRAN" in _halaman_baru(_baca(libre["keputusan-iku-2025.docx"]))
    assert "LAMPIRAN" in _halaman_baru(_baca(libre["keputusan-iki-2025.docx"]))
    assert "PERJANJIAN KINERJA TAHUN 2025" in _halaman_baru(_baca(libre["perjanjian-kinerja-2025-camat.docx"]))
    lkj = _baca(libre["laporan-kinerja-2025.docx"])
    assert [m for m, *_ in _bagian(lkj)] == [False, False, True, False]
    assert [f for _, f, *_ in _bagian(lkj)][:2] == ["lowerRoman", "decimal"]
    assert all("PAGE" in footer for _, footer in _header_footer(lkj))
    assert {fmt for _, fmt in _penomoran(lkj)} == {"bullet"}
    # the signature's cells with text (place and date, sebutan, name/pangkat/NIP) stay no-wrap
    assert _tabel(_baca(libre["perjanjian-kinerja-2025-camat.docx"]))[-1][5] == 5


def test_jumlah_halaman_keputusan_iku_tetap(hasil: tuple, tmp_path: Path) -> None:
    """Saved by LibreOffice, the IKU decree once lost its Lampiran's page (6 pages became 5)."""
    bawaan, libre, _ = hasil
    pdf = ke_pdf([bawaan["keputusan-iku-2025.docx"]], tmp_path / "bawaan") + \
        ke_pdf([libre["keputusan-iku-2025.docx"]], tmp_path / "libreoffice")
    halaman = [int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True,
                                                               check=True).stdout).group(1)) for p in pdf]
    assert halaman[0] == halaman[1] == 6


def test_dokumen_dari_templat_libreoffice_lulus_skema(hasil: tuple) -> None:
    """LibreOffice writes a paragraph's section break before its style; the documents stay schema-valid."""
    _, libre, _ = hasil
    assert {nama: g for nama, path in libre.items() if (g := galat(path))} == {}


def test_check_menerima_templat_simpanan_libreoffice(hasil: tuple) -> None:
    _, _, data = hasil
    keluar = CliRunner().invoke(main, ["check", str(data)])
    assert keluar.exit_code == 0, keluar.output
    assert "[templat." not in keluar.output
