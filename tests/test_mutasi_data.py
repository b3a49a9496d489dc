"""Property: whatever is done to the example data, doctools builds correct documents or refuses clearly.

Each example copies the example data folder (every document kind, its spreadsheets included),
applies one to three mutations — a value replaced by hostile text, an extreme number or a value of
the wrong type, hostile or odd text slipped into a value, a key removed or misspelt, a list emptied
or an item doubled, a line of YAML broken, a cell of a spreadsheet changed, a spreadsheet damaged,
a template of one's own put in ``templat/`` (empty, not a Word file, cut short, a folder, or with
a tag broken in its text) — and runs ``doctools check`` and ``doctools build`` in-process. Either

* ``check`` reports a galat, exits 2, and ``build`` exits 2 (3 for a template's galat) writing
  nothing; or
* both pass, and every document written opens with python-docx, passes the Word schema check
  (:mod:`tests.ooxml_schema`) and shows no escaped markup or template tag in its text.

Never a traceback, never another exit status, never a library's English message. In CI a fixed,
small set of examples runs (derandomized); ``DOCTOOLS_MUTASI_CONTOH=5000`` runs that many random
examples instead::

    DOCTOOLS_MUTASI_CONTOH=5000 .venv/bin/python -m pytest tests/test_mutasi_data.py -x
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, currently_in_test_context, event, given, note, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl.utils import column_index_from_string, get_column_letter

from doctools.cli import main
from doctools.load import muat_teks
from tests import ooxml_schema
from tests.conftest import CONTOH, TEMPLATES, semua_paragraf

CONTOH_CI = 30
"""Examples in an ordinary run: about 20 s of processor time (the example grew; keep the run under a minute)."""
_PANJANG = int(os.environ.get("DOCTOOLS_MUTASI_CONTOH", "0") or 0)
PENGATURAN = settings(max_examples=_PANJANG or CONTOH_CI, derandomize=not _PANJANG, deadline=None, database=None,
                      print_blob=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

BERKAS_YAML = tuple(sorted(p.name for p in CONTOH.glob("*.yaml")))
BERKAS_LEMBAR = tuple(sorted(p.name for p in CONTOH.glob("*.xlsx")))
BAGIAN_LEMBAR = "xl/worksheets/sheet1.xml"
"""The sheet the example reads in each spreadsheet (each has one)."""
Jalur = tuple[str | int, ...]


# ---- the example's data, as doctools reads it ------------------------------------------------------


def _asli(nama: str) -> Any:
    data, _ = muat_teks((CONTOH / nama).read_text(encoding="utf-8"), nama)
    return data


ASLI = {nama: _asli(nama) for nama in BERKAS_YAML}


def semua_jalur(nilai: Any, awal: Jalur = ()) -> Iterator[Jalur]:
    """Every path into ``nilai`` (mappings by key, lists by index), the root's children first."""
    if isinstance(nilai, dict):
        anak: list[tuple[str | int, Any]] = list(nilai.items())
    elif isinstance(nilai, list):
        anak = list(enumerate(nilai))
    else:
        return
    for kunci, isi in anak:
        yield awal + (kunci,)
        yield from semua_jalur(isi, awal + (kunci,))


def ambil(data: Any, jalur: Jalur) -> Any:
    for bagian in jalur:
        data = data[bagian]
    return data


class _Penulis(yaml.SafeDumper):
    """YAML as a user writes it: decimals plain (82.5), text in UTF-8."""


_Penulis.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", format(v, "f")))


def ke_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Penulis, allow_unicode=True, sort_keys=False, width=200)


# ---- hostile values ------------------------------------------------------------------------------------

TEKS_JAHAT = (
    "&", "A & B", "<w:p>tebal</w:p>", "]]>", "&amp;", "&#7;", "{{ instansi }}", "{% if x %}", "{#", "}}",
    "{diktum.penetapan}", "{diktum.tidak-ada}", "{kode}", "{urut:03}", "{tahun!r}", "%s", "\\", "'", '"',
    "\x07", "\f", "\x0b", "\x1b", "\r", "\x85", "\u2028", "\u202e", "\u2066", "\u2069", "\ufeff", "\u200b",
    "\u00ad", "\ufffe", "\U0001f44d\U0001f3fd", "e\u0301", "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u6587",
    "\u01c5", "\ufb01", "\u0130", "\u00df", "\t", "\n", "\n\n", "  ", "", "-", "- a", "a: b", "# x", "%", "@",
    "`", "|", ">", "*x", "&x", "!!python/object", "NaN", ".inf", "1.250", "85 %", "1,5", "-0", "0x10", "1e400",
    "2025-02-30", "null", "~", "true", "9" * 60, "x" * 300, "kata " * 2000, "A" * 20_000,
)
ANGKA_JAHAT = (
    0, -1, 1, 2, 7, 100, 999, 2025, 10**15 - 1, 10**15, 10**21, -(10**18), 2**63, 10**40,
    Decimal("0.001"), Decimal("-0.5"), Decimal("99.999"), Decimal("100.01"), Decimal("99999999999999.99"),
    Decimal("0.0000000001"),
)
TIPE_SALAH = ([], {}, ["a", "b"], {"x": 1}, [{"x": 1}], [[1]], True, False, None,
              dt.date(2025, 1, 1), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2030, 2, 28))

TEKS_ANEH = (
    "&", "A & B", "<", ">", "<w:p>tebal</w:p>", "]]>", "\"kutip\"", "'", "\\", "%", "100%", "#1", "50 / 50",
    "\u00a0", "\u200b", "\u00ad", "\ufb01", "e\u0301", "\U0001f44d\U0001f3fd", "\u0645\u0631\u062d\u0628\u0627",
    "\u4e2d\u6587", "\u0130\u00df", "  dua  spasi  ", "x" * 300, "kata " * 400,
)
"""Odd text a document should print as it is: markup characters, quotes, unusual Unicode, length."""

teks_jahat = st.one_of(st.sampled_from(TEKS_JAHAT), st.text(max_size=12))
teks_sisipan = st.one_of(st.sampled_from(TEKS_ANEH), teks_jahat)
angka_jahat = st.one_of(
    st.sampled_from(ANGKA_JAHAT), st.integers(-(10**6), 10**6),
    st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False, allow_infinity=False))
nilai_jahat = st.one_of(teks_jahat, angka_jahat, st.sampled_from(TIPE_SALAH).map(copy.deepcopy))
"""Each drawn list or mapping is a copy: a later mutation may change it, and must not change the next example's."""


# ---- mutations -----------------------------------------------------------------------------------------


@dataclass
class Salinan:
    """A copy of the example folder being mutated; YAML data are edited as trees, then written."""

    folder: Path
    data: dict[str, Any] = field(default_factory=dict)
    teks: dict[str, str] = field(default_factory=dict)
    rusak: set[str] = field(default_factory=set)
    """Spreadsheets damaged or removed: no cell of them can be changed any more."""
    ditulis: list[str] = field(default_factory=list)
    """Every text the mutations wrote (a document may show '&amp;' when the data says so)."""

    def catat(self, nilai: Any) -> Any:
        if isinstance(nilai, str):
            self.ditulis.append(nilai)
        return nilai

    def pohon(self, nama: str) -> Any:
        if nama not in self.data:
            self.data[nama] = copy.deepcopy(ASLI[nama])
        return self.data[nama]

    def simpan(self) -> None:
        for nama, data in self.data.items():
            self.teks.setdefault(nama, ke_yaml(data))
        for nama, teks in self.teks.items():
            (self.folder / nama).write_text(teks, encoding="utf-8")


def _ubah_pohon(salinan: Salinan, data: st.DataObject) -> str:
    calon = [n for n in BERKAS_YAML if n not in salinan.teks]  # a file whose text was broken stays broken
    if not calon:
        return "tidak ada berkas yang utuh"
    nama = data.draw(st.sampled_from(calon), label="berkas")
    event(f"diubah: {nama}")
    pohon = salinan.pohon(nama)
    jalur_ada = list(semua_jalur(pohon))
    if not jalur_ada:
        return f"{nama}: kosong"
    jalur = data.draw(st.sampled_from(jalur_ada), label="jalur")
    induk, kunci = ambil(pohon, jalur[:-1]), jalur[-1]
    lama = induk[kunci]
    jenis = data.draw(st.sampled_from(["ganti", "sisip", "sisip", "aneh", "aneh", "angka", "hapus", "kosongkan",
                                       "gandakan", "kunci"]), label="jenis")
    if jenis == "ganti":
        induk[kunci] = salinan.catat(data.draw(nilai_jahat, label="nilai"))
    elif jenis == "sisip":
        teks = lama if isinstance(lama, str) else ("" if isinstance(lama, (dict, list)) else str(lama))
        di = data.draw(st.integers(0, len(teks)), label="di")
        induk[kunci] = teks[:di] + salinan.catat(data.draw(teks_sisipan, label="sisipan")) + teks[di:]
    elif jenis == "aneh" and isinstance(lama, str):  # odd but printable text: the document must show it as it is
        di = data.draw(st.integers(0, len(lama)), label="di")
        induk[kunci] = lama[:di] + salinan.catat(data.draw(st.sampled_from(TEKS_ANEH), label="sisipan")) + lama[di:]
    elif jenis == "angka":
        induk[kunci] = data.draw(angka_jahat, label="angka")
    elif jenis == "hapus":
        del induk[kunci]
    elif jenis == "kosongkan":
        induk[kunci] = copy.deepcopy(data.draw(st.sampled_from([[], {}, "", None]), label="kosong"))
    elif jenis == "gandakan" and isinstance(induk, list):
        induk.insert(kunci, copy.deepcopy(lama))
    elif jenis == "kunci" and isinstance(induk, dict):
        baru = salinan.catat(str(kunci) + data.draw(st.sampled_from(["x", "_", " ", "\u200b", "2"]), label="akhiran"))
        salinan.data[nama] = pohon = _ganti_kunci(pohon, jalur, baru)
    else:
        return f"{nama}: {jenis} tidak berlaku pada {jalur}"
    return f"{nama}: {jenis} {jalur} (semula {str(lama)[:60]!r}) → {str(ambil(pohon, jalur[:-1]))[:200]!r}"


def _ganti_kunci(pohon: Any, jalur: Jalur, baru: str) -> Any:
    """``pohon`` with the key at ``jalur`` renamed in place of its order."""
    induk = ambil(pohon, jalur[:-1])
    isi = [(baru if k == jalur[-1] else k, v) for k, v in induk.items()]
    induk.clear()
    induk.update(isi)
    return pohon


def _rusak_sintaks(salinan: Salinan, data: st.DataObject) -> str:
    """Break a line of a YAML file's text, the way an editor slip does."""
    nama = data.draw(st.sampled_from(BERKAS_YAML), label="berkas")
    event(f"sintaks rusak: {nama}")
    teks = salinan.teks.get(nama)
    if teks is None:
        teks = ke_yaml(salinan.data[nama]) if nama in salinan.data else (CONTOH / nama).read_text(encoding="utf-8")
    baris = teks.split("\n")
    i = data.draw(st.integers(0, len(baris) - 1), label="baris")
    jenis = data.draw(st.sampled_from(["sisip", "hapus", "gandakan", "menjorok", "potong", "dokumen", "tab"]),
                      label="jenis")
    if jenis == "sisip":
        huruf = data.draw(st.sampled_from(list(":-[]{}&*!|>'\"%@`#,?\\ ") + ["\t", ": ", " #", "- "]), label="huruf")
        di = data.draw(st.integers(0, len(baris[i])), label="kolom")
        baris[i] = baris[i][:di] + salinan.catat(huruf) + baris[i][di:]
    elif jenis == "hapus":
        del baris[i]
    elif jenis == "gandakan":
        baris.insert(i, baris[i])
    elif jenis == "menjorok":
        baris[i] = " " * data.draw(st.integers(1, 3), label="spasi") + baris[i]
    elif jenis == "potong":
        baris = baris[:i]
    elif jenis == "dokumen":
        baris.insert(i, "---")
    else:
        baris[i] = "\t" + baris[i]
    salinan.teks[nama] = "\n".join(baris)
    return f"{nama}:{i + 1}: {jenis} → {salinan.teks[nama].split(chr(10))[i:i + 1]!r}"


S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _sel_baru(baris: etree._Element, kolom: int) -> etree._Element:
    """The cell of ``baris`` in column ``kolom`` (1-based), created in column order when missing."""
    nomor = baris.get("r")
    acuan = f"{get_column_letter(kolom)}{nomor}"
    for c in baris.iter(f"{{{S}}}c"):
        if c.get("r") == acuan:
            return c
        if column_index_from_string("".join(ch for ch in (c.get("r") or "A") if ch.isalpha())) > kolom:
            baru = etree.Element(f"{{{S}}}c", r=acuan)
            c.addprevious(baru)
            return baru
    return etree.SubElement(baris, f"{{{S}}}c", r=acuan)


def _baris_baru(sheet: etree._Element, nomor: int) -> etree._Element:
    data = sheet.find(f"{{{S}}}sheetData")
    for r in data.iter(f"{{{S}}}row"):
        if int(r.get("r")) == nomor:
            return r
        if int(r.get("r")) > nomor:
            baru = etree.Element(f"{{{S}}}row", r=str(nomor))
            r.addprevious(baru)
            return baru
    return etree.SubElement(data, f"{{{S}}}row", r=str(nomor))


def _isi_sel(c: etree._Element, nilai: Any) -> None:
    """Write ``nilai`` into the cell's XML; every other cell keeps its cached value (openpyxl would drop them)."""
    for anak in list(c):
        c.remove(anak)
    c.attrib.pop("t", None)
    if nilai is None:
        return
    if isinstance(nilai, bool):
        c.set("t", "b")
        etree.SubElement(c, f"{{{S}}}v").text = "1" if nilai else "0"
    elif isinstance(nilai, (int, float)):
        etree.SubElement(c, f"{{{S}}}v").text = repr(nilai)
    elif nilai.startswith("="):  # a formula saved without its value
        etree.SubElement(c, f"{{{S}}}f").text = nilai[1:]
    else:
        c.set("t", "inlineStr")
        t = etree.SubElement(etree.SubElement(c, f"{{{S}}}is"), f"{{{S}}}t")
        t.text = "".join(ch for ch in nilai if ch in "\t\n" or not (ord(ch) < 32 or 0xD800 <= ord(ch) < 0xE000
                                                                    or ch in "\ufffe\uffff"))  # what XML can hold
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _ubah_lembar(salinan: Salinan, data: st.DataObject) -> str:
    """Change one cell of a spreadsheet's first sheet, remove a row, or damage the whole file."""
    calon = [n for n in BERKAS_LEMBAR if n not in salinan.rusak]
    if not calon:
        return "tidak ada lembar yang utuh"
    nama = data.draw(st.sampled_from(calon), label="lembar")
    event(f"diubah: {nama}")
    path = salinan.folder / nama
    jenis = data.draw(st.sampled_from(["sel", "sel", "sel", "hapus-baris", "potong", "sampah", "hapus"]),
                      label="jenis")
    if jenis in ("potong", "sampah", "hapus"):
        salinan.rusak.add(nama)
    if jenis == "potong":
        isi = path.read_bytes()
        path.write_bytes(isi[:data.draw(st.integers(0, len(isi) - 1), label="sampai")])
        return f"{nama}: dipotong"
    if jenis == "sampah":
        path.write_bytes(data.draw(st.binary(max_size=64), label="isi"))
        return f"{nama}: diganti bita acak"
    if jenis == "hapus":
        path.unlink()
        return f"{nama}: dihapus"
    with zipfile.ZipFile(path) as arsip:
        bagian = {n: arsip.read(n) for n in arsip.namelist()}
    sheet = etree.fromstring(bagian[BAGIAN_LEMBAR])
    semua_baris = list(sheet.iter(f"{{{S}}}row"))
    nomor = data.draw(st.integers(1, int(semua_baris[-1].get("r")) + 1), label="baris")
    if jenis == "hapus-baris":
        for r in semua_baris:
            if int(r.get("r")) == nomor:
                r.getparent().remove(r)
        keterangan = f"{nama}: baris {nomor} dihapus"
    else:
        kolom = data.draw(st.integers(1, 17), label="kolom")
        nilai = data.draw(st.one_of(
            teks_jahat, st.sampled_from([1e300, -1e300, 1e16, -1.0, 0.0, 0.5, 4.0, 5.0, 9.99e14, 123456789.123]),
            st.integers(-(10**6), 10**6), st.sampled_from([None, True, "=1/0", "=A1", "45658.5"])), label="nilai")
        salinan.catat(nilai)
        _isi_sel(_sel_baru(_baris_baru(sheet, nomor), kolom), nilai)
        keterangan = f"{nama}: sel {get_column_letter(kolom)}{nomor} = {nilai!r:.80}"
    bagian[BAGIAN_LEMBAR] = etree.tostring(sheet, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as arsip:
        for n, isi in bagian.items():
            arsip.writestr(n, isi)
    return keterangan


TEMPLAT = {p.name: p for p in sorted(TEMPLATES.glob("*.docx")) + sorted((TEMPLATES / "bagian").glob("*.docx"))}
"""The built-in templates by file name: a data folder's own ``templat/`` may hold any of them."""
TEKS_TEMPLAT = ("{{", "}}", "{%", "%}", "{{ x }}", "{% if x %}", "{%p endif %}", "{{ kop.instansii }}",
                "{{ instansi | tanggal }}", "{#", "{%p include \"kop\" %}", "{%p include \"tidak-ada\" %}")
"""Slips in a template's text: broken or unknown tags, an unknown part."""


def _ubah_templat(salinan: Salinan, data: st.DataObject) -> str:
    """Put a template of one's own in the folder: empty, not a Word file, cut short, a folder, or with its text changed."""
    nama = data.draw(st.sampled_from(sorted(TEMPLAT)), label="templat")
    event(f"templat sendiri: {nama}")
    path = salinan.folder / "templat" / nama
    if path.exists():
        return f"templat/{nama} sudah ada"
    path.parent.mkdir(exist_ok=True)
    jenis = data.draw(st.sampled_from(["teks", "teks", "teks", "kosong", "sampah", "potong", "folder"]), label="jenis")
    isi = TEMPLAT[nama].read_bytes()
    if jenis == "kosong":
        path.write_bytes(b"")
    elif jenis == "sampah":
        path.write_bytes(data.draw(st.binary(max_size=64), label="isi"))
    elif jenis == "potong":
        path.write_bytes(isi[:data.draw(st.integers(0, len(isi) - 1), label="sampai")])
    elif jenis == "folder":
        path.mkdir()
    else:
        with zipfile.ZipFile(io.BytesIO(isi)) as arsip:
            bagian = {n: arsip.read(n) for n in arsip.namelist()}
        dokumen = etree.fromstring(bagian["word/document.xml"])
        semua_t = [t for t in dokumen.iter(f"{{{W}}}t") if t.text]
        t = data.draw(st.sampled_from(semua_t), label="teks")
        sisip = data.draw(st.one_of(st.sampled_from(TEKS_TEMPLAT), st.sampled_from(TEKS_ANEH), teks_jahat),
                          label="sisipan")
        sisip = "".join(c for c in sisip if c in "\t\n" or not (ord(c) < 32 or 0xD800 <= ord(c) < 0xE000
                                                                or c in "\ufffe\uffff"))  # what XML can hold
        di = data.draw(st.integers(0, len(t.text)), label="di")
        t.text = t.text[:di] + salinan.catat(sisip) + t.text[di:]
        bagian["word/document.xml"] = etree.tostring(dokumen, xml_declaration=True, encoding="UTF-8", standalone=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as arsip:
            for n, b in bagian.items():
                arsip.writestr(n, b)
        return f"templat/{nama}: teks {t.text[:120]!r}"
    return f"templat/{nama}: {jenis}"


def mutasikan(folder: Path, data: st.DataObject) -> Salinan:
    salinan = Salinan(folder)
    for _ in range(data.draw(st.integers(1, 3), label="jumlah mutasi")):
        ubah = data.draw(st.sampled_from([_ubah_pohon, _ubah_pohon, _ubah_pohon, _rusak_sintaks, _ubah_lembar,
                                          _ubah_templat]), label="mutasi")
        note(ubah(salinan, data))
    salinan.simpan()
    return salinan


# ---- the property --------------------------------------------------------------------------------------


INGGRIS = re.compile(r"Input should|Field required|Value error|while (?:scanning|parsing)|expected <|"
                     r"is not a zip|Bad magic|Errno|No such file|Is a directory|Permission denied|There is no item|"
                     r"does not support|object has no attribute|invalid literal")
"""What the libraries doctools reads with (pydantic, PyYAML, zipfile, openpyxl, the OS) say in English."""


def _jalankan(*args: str) -> Result:
    hasil = CliRunner().invoke(main, list(args))
    if currently_in_test_context():
        note(f"doctools {args[0]} → {hasil.exit_code}\n{hasil.output[-3000:]}")
    assert hasil.exception is None or isinstance(hasil.exception, SystemExit), repr(hasil.exception)
    assert "Traceback" not in hasil.output
    assert not INGGRIS.search(hasil.output), INGGRIS.search(hasil.output)
    assert hasil.exit_code in (0, 2, 3), hasil.output
    return hasil


def periksa_dan_bangun(folder: Path, keluar: Path, ditulis: Sequence[str] = ()) -> list[Path]:
    """Check then build ``folder``: both refuse it, or both pass; the documents written (checked).

    A document's text may show escaped markup or a tag's mark only where the data itself (the
    texts ``ditulis`` by the mutations) holds it.
    """
    cek = _jalankan("check", str(folder))
    bangun = _jalankan("build", str(folder), "-o", str(keluar))
    assert cek.exit_code in (0, 2), cek.output
    if cek.exit_code == 2:
        assert "galat" in cek.output
        # a template's galat makes build exit 3 ("masalah templat"), the data's 2
        harap = {2, 3} if "[templat." in cek.output else {2}
        assert bangun.exit_code in harap, "check menolak, build menulis:\n" + bangun.output
        assert not keluar.exists() or not any(keluar.rglob("*")), sorted(keluar.rglob("*"))
        return []
    assert bangun.exit_code == 0, "check lulus, build gagal:\n" + bangun.output
    dokumen = sorted((keluar / folder.name).glob("*.docx"))
    assert len(dokumen) == bangun.output.count("ditulis: ") > 0
    for path in dokumen:
        sidik = hashlib.sha256(path.read_bytes()).hexdigest()
        if sidik in _SUDAH_SAH:  # output is deterministic: a document a mutation did not touch was checked before
            continue
        teks = "\n".join(semua_paragraf(docx.Document(str(path))))
        for tanda in ("&amp;", "&lt;", "&gt;", "{{", "{%"):
            assert tanda not in teks or any(tanda in t for t in ditulis), (path.name, tanda)
        assert ooxml_schema.galat(path) == [], path.name
        _SUDAH_SAH.add(sidik)
    return dokumen


_SUDAH_SAH: set[str] = set()
"""Digests of documents already found valid in this run."""


@PENGATURAN
@given(data=st.data())
def test_data_yang_dimutasi_disusun_benar_atau_ditolak(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory(prefix="doctools-mutasi-") as tmp:
        folder = Path(tmp) / CONTOH.name
        shutil.copytree(CONTOH, folder)
        salinan = mutasikan(folder, data)
        event("disusun" if periksa_dan_bangun(folder, Path(tmp) / "keluar", salinan.ditulis) else "ditolak")


def test_data_yang_ditulis_ulang_tetap_lulus(tmp_path: Path) -> None:
    # the harness writes the example back through its YAML writer: unmutated, it still builds every document
    folder = tmp_path / CONTOH.name
    shutil.copytree(CONTOH, folder)
    Salinan(folder, data={nama: copy.deepcopy(ASLI[nama]) for nama in BERKAS_YAML}).simpan()
    assert (folder / "kinerja.yaml").read_text(encoding="utf-8") != (CONTOH / "kinerja.yaml").read_text(encoding="utf-8")
    dokumen = periksa_dan_bangun(folder, tmp_path / "keluar")
    assert [p.name for p in dokumen] == [
        "keputusan-iki-2025.docx", "keputusan-iku-2025.docx", "laporan-kinerja-2025.docx",
        *(f"perjanjian-kinerja-2025-{p}.docx" for p in ("camat", "kasi-pemerintahan", "kasi-pmks", "kasi-trantib",
                                                         "sekretaris")),
        "pohon-kinerja-2025.docx", "rencana-aksi-2025.docx", "rencana-kinerja-tahunan-2025.docx"]
