"""Rules ``templat.*``: ``doctools check`` reads a kecamatan's own templates — what is refused, what is warned, where."""

from __future__ import annotations

import copy
import json
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result
from docx.oxml.ns import qn

from doctools.cli import main
from doctools.documents import KETENTUAN_TEMPLAT, VARIABEL_BAGIAN
from doctools.templat import CariTemplat
from doctools.templat.periksa import periksa_templat
from tests.conftest import CONTOH, TEMPLATES, SalinanData, buka

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def jalankan(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _salin(folder: Path, *jenis: str) -> Path:
    hasil = jalankan("templat", "salin", str(folder), "--jenis", ",".join(jenis))
    assert hasil.exit_code == 0, hasil.output
    return folder / "templat"


def _ganti_teks(path: Path, lama: str, baru: str) -> None:
    """Replace text wherever it is written in one run (in the body or a table cell)."""
    doc = docx.Document(str(path))
    teks = [t for t in doc.element.body.iter(qn("w:t")) if lama in (t.text or "")]
    assert teks, lama
    for t in teks:
        t.text = t.text.replace(lama, baru)
    doc.save(str(path))


@pytest.fixture
def lengkap(tmp_path: Path) -> SalinanData:
    """A copy of the whole example (every document kind: the RKT, Rencana Aksi and Pohon Kinerja too)."""
    shutil.copytree(CONTOH, tmp_path / "data" / CONTOH.name)
    return SalinanData(tmp_path / "data" / CONTOH.name)


def _temuan(hasil: Result, aturan: str) -> list[str]:
    return [b.strip() for b in hasil.output.splitlines() if b.endswith(f"[{aturan}]")]


# ---- what is refused -----------------------------------------------------------------------------


def test_variabel_salah_eja_ditolak_dengan_nama_templat_dan_variabel_terdekat(salin_contoh: SalinanData,
                                                                             tmp_path: Path) -> None:
    templat = _salin(salin_contoh.folder, "kop")
    _ganti_teks(templat / "kop.docx", "{{ kop.instansi }}", "{{ kop.instansii }}")
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 2
    baris = _temuan(hasil, "templat.variabel")
    assert len(baris) == 2  # the kop with a logo (a table) and without one
    for b in baris:
        assert b.startswith(f"galat: {templat / 'kop.docx'}: ")
        assert b.endswith("variabel 'kop.instansii' tidak dikenal; maksudnya kop.instansi? [templat.variabel]")
    assert any(" tabel 1, baris 1, kolom 2 (“{{ kop.instansii }}”): " in b for b in baris)
    assert any(" paragraf 4 (“{{ kop.instansii }}”): " in b for b in baris)
    bangun = jalankan("build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"))
    assert bangun.exit_code == 3
    assert "reviu menemukan" in bangun.output
    assert not (tmp_path / "keluar").exists()


def test_variabel_dalam_tabel_disebut_selnya(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "keputusan-iku")
    _ganti_teks(templat / "keputusan-iku.docx", "{{ ind.sumber_data }}", "{{ ind.sumberdata }}")
    hasil = jalankan("check", str(salin_contoh.folder))
    [baris] = _temuan(hasil, "templat.variabel")
    assert "tabel 3, baris 5, kolom 6 (“{{ ind.sumberdata }}”)" in baris
    assert "maksudnya ind.sumber_data?" in baris


@pytest.mark.parametrize("isi, potongan", [
    (b"bukan berkas zip", "rusak atau bukan berkas Word (.docx)"),
    (None, "rusak atau bukan berkas Word (.docx)"),
])
def test_templat_rusak_galat_tanpa_hasil(salin_contoh: SalinanData, tmp_path: Path, isi: bytes | None,
                                         potongan: str) -> None:
    templat = salin_contoh.folder / "templat"
    templat.mkdir()
    if isi is None:
        with zipfile.ZipFile(templat / "keputusan-iku.docx", "w") as zf:
            zf.writestr("isi.txt", "halo")
    else:
        (templat / "keputusan-iku.docx").write_bytes(isi)
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 2
    [baris] = _temuan(hasil, "templat.berkas")
    assert baris.startswith(f"galat: {templat / 'keputusan-iku.docx'}: ") and potongan in baris
    bangun = jalankan("build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"))
    assert bangun.exit_code == 3
    assert "Traceback" not in bangun.output
    assert not (tmp_path / "keluar").exists()


@pytest.mark.parametrize("nama", ["rencana-kinerja-tahunan", "rencana-aksi", "pohon-kinerja", "kop"])
@pytest.mark.parametrize(("isi", "pesan"), [
    (b"", "kosong (0 bita), bukan dokumen Word; salin lagi templatnya atau simpan ulang dari Word"),
    (b"bukan berkas zip", "rusak atau bukan berkas Word (.docx); simpan ulang dari Word sebagai Dokumen Word (*.docx)"),
])
def test_templat_rusak_disebut_tanpa_pesan_inggris(lengkap: SalinanData, tmp_path: Path, nama: str, isi: bytes,
                                                  pesan: str) -> None:
    # zipfile's "File is not a zip file" was printed as it was; a shared part was named once per document kind
    templat = lengkap.folder / "templat"
    templat.mkdir()
    (templat / f"{nama}.docx").write_bytes(isi)
    hasil = jalankan("check", str(lengkap.folder))
    assert hasil.exit_code == 2
    [baris] = _temuan(hasil, "templat.berkas")
    assert baris.startswith(f"galat: {templat / f'{nama}.docx'}: ")
    assert baris.endswith(f"{nama}.docx {pesan} [templat.berkas]")
    assert "zip" not in baris.replace("bukan berkas zip", "")
    bangun = jalankan("build", str(lengkap.folder), "-o", str(tmp_path / "keluar"))
    assert bangun.exit_code == 3
    assert "File is not" not in bangun.output
    assert not (tmp_path / "keluar").exists()


@pytest.mark.parametrize("nama", ["rencana-aksi", "kop", "tanda-tangan"])
def test_folder_bernama_templat_ditolak(lengkap: SalinanData, tmp_path: Path, nama: str) -> None:
    # the lookup passed over a folder to the built-in template: built with exit 0, the own template unused
    (lengkap.folder / "templat" / f"{nama}.docx").mkdir(parents=True)
    hasil = jalankan("check", str(lengkap.folder))
    assert hasil.exit_code == 2
    [baris] = _temuan(hasil, "templat.berkas")
    assert baris == (f"galat: {lengkap.folder / 'templat' / f'{nama}.docx'}: harus berupa berkas Word (.docx), "
                     "bukan folder; templat ini tidak dipakai selama berupa folder: pindahkan isinya atau ganti nama "
                     "folder ini [templat.berkas]")
    bangun = jalankan("build", str(lengkap.folder), "-o", str(tmp_path / "keluar"))
    assert bangun.exit_code == 3
    assert not (tmp_path / "keluar").exists()


def test_tautan_templat_yang_putus_ditolak(lengkap: SalinanData) -> None:
    templat = lengkap.folder / "templat"
    templat.mkdir()
    (templat / "keputusan-iku.docx").symlink_to(templat / "tidak-ada.docx")
    hasil = jalankan("check", str(lengkap.folder))
    assert hasil.exit_code == 2
    [baris] = _temuan(hasil, "templat.berkas")
    assert "tautan simbolis ini tidak menunjuk ke berkas yang ada" in baris


def test_blok_tidak_ditutup_disebut_di_paragraf_pembukanya(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "keputusan-iku")
    doc = docx.Document(str(templat / "keputusan-iku.docx"))
    [tutup] = [p for p in doc.paragraphs if p.text == "{%p endif %}" and p.style.name == "Konsiderans"][:1]
    tutup.text = "(dihapus)"
    doc.save(str(templat / "keputusan-iku.docx"))
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 2
    sintaks = _temuan(hasil, "templat.sintaks")
    assert any("(“{%p if menimbang_tunggal %}”): blok {% if … %} belum ditutup" in b or
               "{%p if menimbang_tunggal %}" in b for b in sintaks), sintaks


def test_variabel_salah_eja_dalam_tag_yang_dipotong_word(tmp_path: Path) -> None:
    """A tag Word split over runs (proofing marks, rsids) is read whole: its misspelling is found."""
    doc = docx.Document()
    p = doc.add_paragraph()
    for k, potong in enumerate(("Kepada ", "{", "{ kop.ins", "tansii", " }", "}")):
        run = p.add_run(potong)
        run._r.set(qn("w:rsidR"), f"00B{k:05d}")
        run._r.addprevious(docx.oxml.parse_xml(f'<w:proofErr xmlns:w="{W}" w:type="spellStart"/>'))
    doc.save(str(tmp_path / "kop.docx"))
    [m] = periksa_templat("kop", CariTemplat((tmp_path,)), VARIABEL_BAGIAN["kop"])
    assert m.pesan == ("paragraf 1 (“Kepada {{ kop.instansii }}”): variabel 'kop.instansii' tidak dikenal; "
                       "maksudnya kop.instansi?")


def test_tag_terputus_enter_dan_filter_salah(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("{{ kop.")
    doc.add_paragraph("instansi }}")
    doc.add_paragraph("{{ kop.alamat|kapitall }}")
    doc.add_paragraph("{%p if kop.logo %}Logo: {{ kop.logo }}")
    doc.add_paragraph("{%p endif %}")
    path = tmp_path / "kop.docx"
    doc.save(str(path))
    masalah = periksa_templat("kop", CariTemplat((tmp_path,)), VARIABEL_BAGIAN["kop"])
    pesan = {(m.aturan, m.pesan) for m in masalah}
    assert ("templat.sintaks", "paragraf 1 (“{{ kop.”): tag “{{ kop.” tidak ditutup dengan }} di paragraf ini; "
            "sebuah tag harus utuh dalam satu paragraf (tanpa Enter di dalamnya)") in pesan
    assert ("templat.sintaks", "paragraf 2 (“instansi }}”): “}}” tanpa pembukanya; tag harus ditulis utuh, "
            "mis. {{ kop.instansi }}") in pesan
    assert ("templat.sintaks", "paragraf 3 (“{{ kop.alamat|kapitall }}”): filter 'kapitall' tidak dikenal; "
            "maksudnya kapital?") in pesan
    assert any(a == "templat.teks-hilang" and p.startswith("paragraf 4 ") and "“Logo: {{ kop.logo }}”" in p
               for a, p in pesan)
    assert all(m.berkas == path for m in masalah)


def test_bagian_wajib_hilang(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "keputusan-iku")
    _ganti_teks(templat / "keputusan-iku.docx", '{%p include "kop" %}', "PEMERINTAH KABUPATEN JEMBER")
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 2
    [baris] = _temuan(hasil, "templat.bagian")
    assert 'bagian "kop" (kop surat' in baris and '{%p include "kop" %}' in baris


# ---- what is warned ------------------------------------------------------------------------------


def test_lampiran_tanpa_pemisah_halaman_diberi_peringatan(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "keputusan-iku")
    doc = docx.Document(str(templat / "keputusan-iku.docx"))
    doc.styles["Awal Lampiran"].paragraph_format.page_break_before = None
    doc.save(str(templat / "keputusan-iku.docx"))
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 0
    [baris] = _temuan(hasil, "templat.halaman")
    assert baris.startswith(f"peringatan: {templat / 'keputusan-iku.docx'}: ")
    assert 'bagian "kepala-lampiran" tidak dimulai di halaman baru' in baris
    assert "Page break before" in baris
    assert jalankan("check", str(salin_contoh.folder), "--strict").exit_code == 2


def test_pemisah_halaman_langsung_dan_pemisah_bagian_diterima(tmp_path: Path) -> None:
    """A break on the paragraph itself, or a section break before it, starts the Lampiran's page too."""
    cari = CariTemplat((tmp_path,))
    for cara in ("langsung", "bagian", "tidak ada"):
        doc = docx.Document(str(TEMPLATES / "keputusan-iku.docx"))
        doc.styles["Awal Lampiran"].paragraph_format.page_break_before = None
        [p] = [p for p in doc.paragraphs if p.style.name == "Awal Lampiran"]
        if cara == "langsung":
            p.paragraph_format.page_break_before = True
        elif cara == "bagian":
            p._p.addprevious(docx.oxml.parse_xml(f'<w:p xmlns:w="{W}"><w:pPr/></w:p>'))
            p._p.getprevious().find(qn("w:pPr")).append(copy.deepcopy(doc.element.body.sectPr))
        doc.save(str(tmp_path / "keputusan-iku.docx"))
        masalah = periksa_templat("keputusan-iku.docx", cari, KETENTUAN_TEMPLAT["keputusan-iku"])
        assert len([m for m in masalah if m.aturan == "templat.halaman"]) == (cara == "tidak ada"), cara


def test_berkas_tak_dikenal_di_folder_templat(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "kop")
    (templat / "kop.docx").rename(templat / "Kop Surat.docx")
    (templat / "~$Kop Surat.docx").write_bytes(b"kunci Word")  # Word's lock file is ignored
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 0
    [baris] = _temuan(hasil, "templat.tidak-dikenal")
    assert baris.startswith(f"peringatan: {templat / 'Kop Surat.docx'}: ")
    assert "maksudnya kop.docx?" in baris


def test_folder_di_folder_templat_diberi_peringatan(salin_contoh: SalinanData, tmp_path: Path) -> None:
    # templates kept in a subfolder were ignored without a word: the document looked built-in
    templat = _salin(salin_contoh.folder, "kop")
    (templat / "2025").mkdir()
    (templat / "kop.docx").rename(templat / "2025" / "kop.docx")
    (templat / "arsip").mkdir()
    (templat / "arsip" / "catatan.txt").write_text("lama", encoding="utf-8")
    (templat / ".git").mkdir()  # hidden folders stay unmentioned
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 0, hasil.output
    baris = _temuan(hasil, "templat.tidak-dikenal")
    assert baris == [
        f"peringatan: {templat / '2025'}: folder ini tidak dibaca, jadi kop.docx di dalamnya tidak dipakai; templat "
        "hanya dibaca langsung dari folder templat/: pindahkan berkas yang dimaksud ke sana, atau simpan arsip "
        "templat lama di luar folder ini [templat.tidak-dikenal]",
        f"peringatan: {templat / 'arsip'}: folder ini tidak dibaca: templat hanya dibaca langsung dari folder "
        "templat/; pindahkan folder ini keluar bila tidak diperlukan [templat.tidak-dikenal]",
    ]
    # a warning only: the build still runs, with the built-in kop
    assert salin_contoh.bangun(tmp_path / "keluar").is_file()


@pytest.mark.parametrize(("nama", "maksud"), [("rkt.docx", "rencana-kinerja-tahunan.docx"),
                                              ("LKJ.docx", "laporan-kinerja.docx")])
def test_templat_bernama_berkas_data_diberi_saran_yang_tepat(lengkap: SalinanData, nama: str, maksud: str) -> None:
    # rkt.docx, named like rkt.yaml, was asked "maksudnya kop.docx?"
    templat = lengkap.folder / "templat"
    templat.mkdir()
    shutil.copy(TEMPLATES / maksud, templat / nama)
    hasil = jalankan("check", str(lengkap.folder))
    assert hasil.exit_code == 0
    [baris] = _temuan(hasil, "templat.tidak-dikenal")
    assert baris == (f"peringatan: {templat / nama}: berkas ini tidak dipakai oleh dokumen mana pun; maksudnya "
                     f"{maksud}? [templat.tidak-dikenal]")


def test_kertas_templat_yang_tidak_dipakai_diberi_peringatan(salin_contoh: SalinanData, tmp_path: Path) -> None:
    templat = _salin(salin_contoh.folder, "keputusan-iku")
    doc = docx.Document(str(templat / "keputusan-iku.docx"))
    sect = doc.sections[0]
    sect.page_width, sect.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    doc.styles["Normal"].font.name = "Arial"
    doc.save(str(templat / "keputusan-iku.docx"))
    hasil = jalankan("check", str(salin_contoh.folder))
    [baris] = _temuan(hasil, "templat.pengaturan")
    assert "kertas 210 × 297 mm, huruf Arial" in baris and "tata_letak: templat" in baris
    # the settings decide: F4 and Bookman Old Style in the document
    path = salin_contoh.bangun(tmp_path / "pengaturan")
    assert round(buka(path).sections[0].page_height.mm) == 330
    assert buka(path).styles["Normal"].font.name == "Bookman Old Style"
    # with tata_letak: templat the template decides, and nothing is warned
    salin_contoh.ganti("instansi.yaml", "  kertas: F4 ", "  tata_letak: templat\n  kertas: F4 ")
    assert _temuan(jalankan("check", str(salin_contoh.folder)), "templat.pengaturan") == []
    path = salin_contoh.bangun(tmp_path / "templat")
    doc = buka(path)
    assert (round(doc.sections[0].page_width.mm), round(doc.sections[0].page_height.mm)) == (210, 297)
    assert doc.styles["Normal"].font.name == "Arial"


def test_isi_header_bagian_diberi_peringatan(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "kop")
    doc = docx.Document(str(templat / "kop.docx"))
    doc.sections[0].header.paragraphs[0].text = "{{ kop.instansi }}"
    doc.save(str(templat / "kop.docx"))
    hasil = jalankan("check", str(salin_contoh.folder))
    [baris] = _temuan(hasil, "templat.header-bagian")
    assert baris.startswith(f"peringatan: {templat / 'kop.docx'}: header atau footer")


def test_templat_bawaan_lolos_pemeriksaan() -> None:
    for jenis, ketentuan in KETENTUAN_TEMPLAT.items():
        assert periksa_templat(f"{jenis}.docx", CariTemplat(), ketentuan) == [], jenis
    for nama, variabel in VARIABEL_BAGIAN.items():
        assert periksa_templat(nama, CariTemplat(), variabel) == [], nama


def test_json_memuat_temuan_templat(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "kop")
    _ganti_teks(templat / "kop.docx", "{{ kop.alamat }}", "{{ kop.almat }}")
    hasil = jalankan("check", str(salin_contoh.folder), "--format", "json")
    data = json.loads(hasil.output)
    temuan = [t for t in data["temuan"] if t["aturan"] == "templat.variabel"]
    assert len(temuan) == 2  # the kop with a logo and without one
    for t in temuan:
        assert t["berkas"] == str(templat / "kop.docx") and t["tingkat"] == "galat"
        assert re.search(r"variabel 'kop\.almat' tidak dikenal; maksudnya kop\.alamat\?$", t["pesan"])
    assert data["ringkasan"]["lulus"] is False


def test_bagian_rusak_disebut_berkasnya(salin_contoh: SalinanData, tmp_path: Path) -> None:
    templat = salin_contoh.folder / "templat"
    templat.mkdir()
    (templat / "kop.docx").write_bytes(b"bukan docx")
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 2
    [baris] = _temuan(hasil, "templat.berkas")
    # the file is named once, as the place; the message names only the part (no absolute path)
    assert baris.startswith(f"galat: {templat / 'kop.docx'}: templat bagian kop.docx rusak atau bukan berkas "
                            "Word (.docx)")
    bangun = jalankan("build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"))
    assert bangun.exit_code == 3 and not (tmp_path / "keluar").exists()


def test_nama_berkas_huruf_besar(salin_contoh: SalinanData) -> None:
    templat = _salin(salin_contoh.folder, "kop")
    (templat / "kop.docx").rename(templat / "KOP.docx")
    [baris] = _temuan(jalankan("check", str(salin_contoh.folder)), "templat.tidak-dikenal")
    assert baris.startswith(f"peringatan: {templat / 'KOP.docx'}: tulis nama berkas dengan huruf kecil: kop.docx")
