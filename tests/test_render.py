"""doctools.render: escaping, template errors, the tag-remnant check, determinism, atomic writes,
page set-up. Every rendered document is read back and its content checked."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import docx
import jinja2
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from doctools.build import bangun_folder
from doctools.errors import DataError, RenderError, TemplateError
from doctools.render import (
    ZIP_EPOCH,
    Halaman,
    Metadata,
    apply_page_setup,
    jinja_env,
    load_template,
    package_bytes,
    render_bytes,
)
from tests.conftest import (
    NS,
    SalinanData,
    buka,
    semua_paragraf,
    tabel_iku,
    teks_math,
    xml_bagian,
)

JAHAT = 'PT Maju & Jaya <Persero> "A"'
META = Metadata(judul="Uji", penulis="Kecamatan Uji", tanggal=dt.date(2025, 1, 6))
W = f"{{{NS['w']}}}"


def templat(path: Path, *baris: str, header: str | None = None) -> Path:
    """A tiny template made with python-docx: one paragraph per line."""
    doc = docx.Document()
    for teks in baris:
        doc.add_paragraph(teks)
    if header is not None:
        doc.sections[0].header.paragraphs[0].text = header
    doc.save(str(path))
    return path


def render(path: Path, konteks: dict, **kw) -> docx.document.Document:
    data = render_bytes(path, konteks, halaman=Halaman(), metadata=META, **kw)
    return docx.Document(io.BytesIO(data))


# ---- hostile strings ----------------------------------------------------------------------------


def _yaml(teks: str) -> str:
    """A single-quoted YAML scalar."""
    return "'" + teks.replace("'", "''") + "'"


@pytest.fixture
def docx_jahat(salin_contoh: SalinanData, tmp_path: Path) -> Path:
    s = salin_contoh
    s.ganti("instansi.yaml", "  nama: Mumbulsari\n", f"  nama: {_yaml(JAHAT)}\n")
    s.ganti("keputusan-iku.yaml", "  - bahwa berdasarkan pertimbangan",
            f"  - {_yaml('bahwa ' + JAHAT + ' & <b> perlu')}\n  - bahwa berdasarkan pertimbangan")
    s.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah", f"      - nama: {_yaml(JAHAT)}")
    s.ganti("keputusan-iku.yaml", "  - Bupati Jember\n", f"  - {_yaml(JAHAT)}\n")
    s.ganti("kinerja.yaml", "          pembilang: Jumlah kegiatan pemberdayaan yang difasilitasi",
            "          pembilang: 'Jumlah A & B <C>'")
    s.ganti("kinerja.yaml", "        sumber_data: Laporan Kinerja Kecamatan",
            "        sumber_data: 'Laporan \"K\" & <L>'")
    return s.bangun(tmp_path / "hasil")


def test_teks_jahat_utuh(docx_jahat: Path) -> None:
    doc = buka(docx_jahat)
    teks = semua_paragraf(doc)
    atas = JAHAT.upper()
    assert f"KECAMATAN {atas}" in teks                                  # kop
    assert f"KEPUTUSAN CAMAT {atas}" in teks                            # title
    assert f"CAMAT {atas}," in teks                                     # signature and title
    assert f"Ditetapkan di\t: {JAHAT}" in teks
    assert f"\t\tb.\tbahwa {JAHAT} & <b> perlu;" in teks                # a menimbang item
    assert f"1.\tYth. {JAHAT};" in teks                                 # tembusan
    assert f"TENTANG\t:\tINDIKATOR KINERJA UTAMA KECAMATAN {atas} KABUPATEN JEMBER" in teks


def test_teks_jahat_dalam_tabel(docx_jahat: Path) -> None:
    tabel = tabel_iku(buka(docx_jahat))
    baris = [[c.text for c in r.cells] for r in tabel.rows]
    assert baris[6][2] == JAHAT
    assert baris[7][5] == 'Laporan "K" & <L>'
    math = xml_bagian(docx_jahat).findall(".//m:oMath", NS)
    pembilang = [teks_math(m.find("m:f/m:num", NS)) for m in math]
    assert "Jumlah A & B <C>" in pembilang


def test_teks_jahat_tidak_menghilangkan_paragraf(docx_jahat: Path, docx_contoh: Path) -> None:
    jahat, biasa = buka(docx_jahat), buka(docx_contoh)
    # one menimbang item was added; nothing else may appear or disappear
    assert len(semua_paragraf(jahat)) == len(semua_paragraf(biasa)) + 1
    assert [len(t.rows) for t in jahat.tables] == [len(t.rows) for t in biasa.tables]
    xml = zipfile.ZipFile(docx_jahat).read("word/document.xml").decode()
    assert "&amp;" in xml and "&lt;Persero&gt;" in xml


def test_autoescape_di_render_bytes(tmp_path: Path) -> None:
    doc = render(templat(tmp_path / "t.docx", "Nama: {{ nama }}", "Akhir"), {"nama": JAHAT + " & </w:t>"})
    assert [p.text for p in doc.paragraphs] == [f"Nama: {JAHAT} & </w:t>", "Akhir"]


def test_baris_baru_menjadi_pemisah_baris(tmp_path: Path) -> None:
    doc = render(templat(tmp_path / "t.docx", "{{ a }}"), {"a": "satu\ndua"})
    assert doc.paragraphs[0].text == "satu\ndua"
    assert doc.paragraphs[0]._p.findall(f".//{W}br")


def test_filter_indonesia(tmp_path: Path) -> None:
    t = templat(tmp_path / "t.docx", "{{ d | tanggal }}|{{ 3 | diktum }}|{{ 27 | huruf }}|{{ 4 | romawi }}")
    doc = render(t, {"d": dt.date(2025, 1, 6)})
    assert doc.paragraphs[0].text == "6 Januari 2025|KETIGA|aa|IV"


def test_lingkungan_jinja_ketat() -> None:
    env = jinja_env("baku")  # the one render_bytes uses
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined


# ---- template errors ----------------------------------------------------------------------------


def test_variabel_tidak_ada(tmp_path: Path) -> None:
    t = templat(tmp_path / "surat.docx", "{{ nomor }}", "{{ tidak_ada_di_konteks }}")
    with pytest.raises(TemplateError) as info:
        render(t, {"nomor": "1"})
    assert "surat.docx" in str(info.value)
    assert "tidak_ada_di_konteks" in str(info.value)
    assert "memakai data yang tidak tersedia" in str(info.value)


def test_atribut_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as info:
        render(templat(tmp_path / "t.docx", "{{ ttd.jabatan }}"), {"ttd": {"nama": "A"}})
    assert "jabatan" in str(info.value)


def test_templat_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as info:
        render_bytes(tmp_path / "hilang.docx", {}, halaman=Halaman(), metadata=META)
    assert str(info.value) == f"templat tidak ditemukan: {tmp_path / 'hilang.docx'}"
    assert info.value.exit_code == 3


@pytest.mark.parametrize(("isi", "sebab"), [
    (b"bukan berkas zip", "rusak atau bukan berkas Word (.docx)"),
    (b"", "kosong (0 bita), bukan dokumen Word"),
    (b"PK\x03\x04rusak", "rusak atau bukan berkas Word (.docx)"),
])
def test_templat_rusak(tmp_path: Path, isi: bytes, sebab: str) -> None:
    path = tmp_path / "rusak.docx"
    path.write_bytes(isi)
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert str(info.value).startswith(f"templat {path} {sebab}; ")


def test_templat_yang_tidak_dapat_dibaca(tmp_path: Path) -> None:
    # the OS's reason was printed as Python shows it: "[Errno 21] Is a directory: …"
    (tmp_path / "folder.docx").mkdir()
    with pytest.raises(TemplateError) as info:
        load_template(tmp_path / "folder.docx")
    assert str(info.value) == f"templat {tmp_path / 'folder.docx'} tidak dapat dibaca: berupa folder, bukan berkas"


def test_templat_zip_tanpa_dokumen(tmp_path: Path) -> None:
    path = tmp_path / "kosong.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("isi.txt", "halo")
    with pytest.raises(TemplateError) as info:
        render_bytes(path, {}, halaman=Halaman(), metadata=META)
    assert "rusak atau bukan berkas Word" in str(info.value)


@pytest.mark.parametrize("tag", ["{{ nama ", "{% if nama %}tanpa penutup", "{{ nama | filter_asing }}",
                                 "{% for %}{% endfor %}"])
def test_tag_salah_tulis(tmp_path: Path, tag: str) -> None:
    with pytest.raises(TemplateError) as info:
        render(templat(tmp_path / "salah.docx", tag), {"nama": "A"})
    assert str(info.value).startswith("templat salah.docx berisi tag yang salah tulis")


# ---- the tag-remnant check ----------------------------------------------------------------------


def test_sisa_tag_di_badan(tmp_path: Path) -> None:
    # docxtpl prints ``{_{`` as a literal ``{{``: the output then still holds a tag
    t = templat(tmp_path / "sisa.docx", "Awal", "{_{ nama }_}", "Akhir")
    with pytest.raises(RenderError) as info:
        render(t, {"nama": "A"})
    pesan = str(info.value)
    assert pesan.startswith("templat sisa.docx: tag Jinja tersisa di word/document.xml")
    assert "{{ nama }}" in pesan
    assert info.value.exit_code == 4


def test_sisa_tag_di_kepala_halaman(tmp_path: Path) -> None:
    t = templat(tmp_path / "sisa.docx", "Isi", header="Halaman {_% x %_}")
    with pytest.raises(RenderError) as info:
        render(t, {})
    assert "word/header" in str(info.value)


def test_tanpa_sisa_tag_lolos(tmp_path: Path) -> None:
    doc = render(templat(tmp_path / "ok.docx", "{{ a }} {% if b %}ya{% endif %}"), {"a": "x", "b": True})
    assert doc.paragraphs[0].text == "x ya"


# ---- determinism and metadata -------------------------------------------------------------------


def test_dua_kali_bangun_sama_persis(salin_contoh: SalinanData, tmp_path: Path) -> None:
    satu = salin_contoh.bangun(tmp_path / "satu")
    dua = salin_contoh.bangun(tmp_path / "dua")
    assert satu.read_bytes() == dua.read_bytes()
    assert satu.name == "keputusan-iku-2025.docx"


def test_isi_zip_bertanggal_tetap(docx_contoh: Path) -> None:
    with zipfile.ZipFile(docx_contoh) as zf:
        assert {info.date_time for info in zf.infolist()} == {ZIP_EPOCH}
        assert "word/document.xml" in zf.namelist()


def test_metadata_dari_data(docx_contoh: Path) -> None:
    props = buka(docx_contoh).core_properties
    assert props.title == ("Keputusan Camat Mumbulsari tentang Indikator Kinerja Utama Kecamatan Mumbulsari "
                           "Kabupaten Jember")
    assert props.author == "Kecamatan Mumbulsari"
    assert props.last_modified_by == "Kecamatan Mumbulsari"
    assert props.created == dt.datetime(2025, 1, 6, 8, 0, tzinfo=dt.UTC)
    assert props.modified == dt.datetime(2025, 1, 6, 8, 0, tzinfo=dt.UTC)
    assert props.revision == 1


def test_package_bytes_tanggal_inti_dan_zip_tetap(tmp_path: Path) -> None:
    hasil = package_bytes(docx.Document(), dt.datetime(2024, 3, 1, 9, 30))
    zf = zipfile.ZipFile(io.BytesIO(hasil))
    core = zf.read("docProps/core.xml").decode()
    assert "2024-03-01T09:30:00Z</dcterms:created>" in core
    assert "2024-03-01T09:30:00Z</dcterms:modified>" in core
    assert {info.date_time for info in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert package_bytes(docx.Document(), dt.datetime(2024, 3, 1, 9, 30)) == hasil


def test_package_bytes_menolak_tag_tersisa() -> None:
    doc = docx.Document()
    doc.add_paragraph("sisa {{ nama }} di sini")
    with pytest.raises(RenderError, match=r"tag Jinja tersisa di word/document.xml.*\{\{ nama \}\}"):
        package_bytes(doc, dt.datetime(2024, 3, 1), template="uji.docx")
    package_bytes(doc, dt.datetime(2024, 3, 1))  # without a template name nothing is checked


def test_bangun_tidak_menulis_bila_render_gagal(salin_contoh: SalinanData, tmp_path: Path) -> None:
    kosong = tmp_path / "templat"
    kosong.mkdir()
    with pytest.raises(TemplateError):
        bangun_folder(salin_contoh.folder, tmp_path / "keluar", kosong)
    assert not (tmp_path / "keluar").exists()


def test_bangun_memakai_templat_yang_dipilih(salin_contoh: SalinanData, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import doctools.build

    sendiri = tmp_path / "templat"
    sendiri.mkdir()
    templat(sendiri / "keputusan-iku.docx", "Nomor {{ nomor }} untuk {{ kecamatan }}")
    monkeypatch.setattr(doctools.build, "TEMPLATES_DIR", sendiri)  # looked up at call time
    [hasil] = bangun_folder(salin_contoh.folder, tmp_path / "keluar")
    assert [p.text for p in buka(hasil.path).paragraphs] == ["Nomor 065/007/35.09.14/2025 untuk Mumbulsari"]
    assert hasil.path == tmp_path / "keluar" / "mumbulsari" / "keputusan-iku-2025.docx"


# ---- page set-up --------------------------------------------------------------------------------


def _sectpr(path: Path):
    sect = xml_bagian(path).findall(".//w:sectPr", NS)
    assert sect
    return sect


def _twips(cm: float) -> int:
    return round(cm / 2.54 * 1440)


def test_kertas_f4(docx_contoh: Path) -> None:
    for sect in _sectpr(docx_contoh):
        pg = sect.find("w:pgSz", NS)
        assert (pg.get(f"{W}w"), pg.get(f"{W}h")) == ("12189", "18709")
        mar = sect.find("w:pgMar", NS)
        assert [int(mar.get(f"{W}{k}")) for k in ("top", "bottom", "left", "right")] == \
            [_twips(2), _twips(2.5), _twips(3), _twips(2)]


def test_kertas_a4_margin_dan_huruf_dari_pengaturan(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("instansi.yaml", "  kertas: F4 ", "  kertas: A4 ")
    salin_contoh.ganti("instansi.yaml", "margin: {atas: 2, bawah: 2.5, kiri: 3, kanan: 2}",
                       "margin: {atas: 2.5, bawah: 3, kiri: 4, kanan: 1.5}")
    salin_contoh.ganti("instansi.yaml", "huruf: {nama: Bookman Old Style, ukuran: 12}",
                       "huruf: {nama: Arial, ukuran: 11}")
    path = salin_contoh.bangun(tmp_path / "a4")
    for sect in _sectpr(path):
        pg = sect.find("w:pgSz", NS)
        assert (pg.get(f"{W}w"), pg.get(f"{W}h")) == ("11906", "16838")
        mar = sect.find("w:pgMar", NS)
        assert [int(mar.get(f"{W}{k}")) for k in ("top", "bottom", "left", "right")] == \
            [_twips(2.5), _twips(3), _twips(4), _twips(1.5)]
    normal = xml_bagian(path, "word/styles.xml").find(".//w:style[@w:styleId='Normal']", NS)
    fonts = normal.find("w:rPr/w:rFonts", NS)
    assert {fonts.get(f"{W}{a}") for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Arial"}
    assert normal.find("w:rPr/w:sz", NS).get(f"{W}val") == "22"
    assert buka(path).styles["Normal"].font.name == "Arial"


def test_huruf_bawaan_contoh(docx_contoh: Path) -> None:
    normal = buka(docx_contoh).styles["Normal"]
    assert normal.font.name == "Bookman Old Style"
    assert normal.font.size.pt == 12


def test_bagian_lanskap_tetap_lanskap() -> None:
    doc = docx.Document()
    lanskap = doc.add_section()
    lanskap.orientation = WD_ORIENT.LANDSCAPE
    apply_page_setup(doc, Halaman(kertas="F4", margin_cm=(2, 2, 3, 2), huruf=None, ukuran_huruf=None))
    tegak, lanskap = doc.sections
    assert (tegak.page_width.twips, tegak.page_height.twips) == (Mm(215).twips, Mm(330).twips)
    assert (lanskap.page_width.twips, lanskap.page_height.twips) == (Mm(330).twips, Mm(215).twips)
    assert lanskap.left_margin.twips == tegak.left_margin.twips == round(3 / 2.54 * 1440)


# ---- template marks in data (never evaluated; refused at their line) -----------------------------


def test_tag_dalam_data_ditolak_di_baris_datanya(salin_contoh: SalinanData, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from doctools.cli import main

    salin_contoh.ganti("keputusan-iku.yaml", "  - Bupati Jember\n", '  - "Bupati {{ 7*7 }} {% if 1 %}x{% endif %}"\n')
    baris = salin_contoh.baris("keputusan-iku.yaml", "{{ 7*7 }}")
    hasil = CliRunner().invoke(main, ["build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar")])
    assert hasil.exit_code == 2  # bad data, not 4 (a broken template)
    assert hasil.stderr.splitlines() == [
        f"galat: {salin_contoh.path('keputusan-iku.yaml')}:{baris}, kolom 'tembusan[1]': teks ini memuat '{{{{', "
        "tanda tag templat Word yang tidak boleh ada dalam data (teks tidak pernah dijalankan sebagai templat); "
        "hapus tanda itu atau beri spasi di antaranya ('{ {')"]
    keluaran = hasil.output.replace(str(tmp_path), "")  # the temporary folder's name may hold "49" (pytest-449)
    assert "templat keputusan" not in keluaran and "49" not in keluaran
    assert not (tmp_path / "keluar").exists()
    cek = CliRunner().invoke(main, ["check", str(salin_contoh.folder)])
    assert cek.exit_code == 2 and f"keputusan-iku.yaml:{baris}, kolom 'tembusan[1]'" in cek.output


@pytest.mark.parametrize("tanda", ["{{", "}}", "{%", "%}", "{#", "#}"])
def test_setiap_tanda_tag_dalam_data_ditolak(salin_contoh: SalinanData, tanda: str) -> None:
    from doctools.model import muat_data

    salin_contoh.ganti("kinerja.yaml", "    uraian: Meningkatnya penataan organisasi",
                       f'    uraian: "Meningkatnya {tanda} penataan organisasi')
    salin_contoh.ganti("kinerja.yaml", "penyelenggaraan pemerintahan dan pelayanan publik\n",
                       'penyelenggaraan pemerintahan dan pelayanan publik"\n')
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    assert info.value.lokasi is not None
    assert (Path(info.value.lokasi.berkas).name, info.value.lokasi.baris, info.value.lokasi.kolom) == \
        ("kinerja.yaml", salin_contoh.baris("kinerja.yaml", f"Meningkatnya {tanda} penataan"), "sasaran[1].uraian")
    assert f"teks ini memuat '{tanda}'" in info.value.pesan


def test_tag_dalam_katalog_peraturan_sendiri_ditolak(salin_contoh: SalinanData) -> None:
    from doctools.model import muat_data

    salin_contoh.tulis("peraturan.yaml", "peraturan:\n  perbup-jember-77-2024:\n    jenis: perbup\n"
                       "    daerah: Kabupaten Jember\n    nomor: '77'\n    tahun: 2024\n"
                       "    tentang: Rencana {% raw %} Strategis\n")
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    assert str(info.value).endswith(
        "peraturan.yaml:7, kolom 'peraturan.perbup-jember-77-2024.tentang': teks ini memuat '{%', tanda tag templat "
        "Word yang tidak boleh ada dalam data (teks tidak pernah dijalankan sebagai templat); hapus tanda itu atau "
        "beri spasi di antaranya ('{ %')")


def test_tag_dari_luar_yaml_disebut_data_bukan_templat(tmp_path: Path) -> None:
    t = templat(tmp_path / "t.docx", "Nama: {{ nama }}")
    with pytest.raises(DataError) as info:
        render(t, {"daftar": [{"nama": "Unit {{ 7*7 }}"}], "nama": "A"})
    assert info.value.pesan.startswith("'Unit {{ 7*7 }}': teks ini memuat '{{'")
    assert info.value.exit_code == 2


def test_kurung_kurawal_di_paragraf_bersebelahan_bukan_sisa_tag(tmp_path: Path) -> None:
    # "a{" ends one paragraph and "{b" starts the next: no tag, although the part's text joins them
    doc = render(templat(tmp_path / "t.docx", "{{ a }}", "{{ b }}"), {"a": "a{", "b": "{b"})
    assert [p.text for p in doc.paragraphs] == ["a{", "{b"]

def test_metadata_dipendekkan_ke_batas_word() -> None:
    from doctools.render import BATAS_PROPERTI, Metadata, ringkas

    panjang = "Keputusan Camat " + "sangat panjang " * 30
    meta = Metadata(judul=panjang, penulis="Kecamatan " + "X" * 300, tanggal=dt.date(2025, 1, 6))
    assert len(meta.judul) <= BATAS_PROPERTI and meta.judul.endswith("…")
    assert panjang.startswith(meta.judul[:-1] + " ")  # cut between words
    assert len(meta.penulis) <= BATAS_PROPERTI and meta.penulis.endswith("…")
    assert ringkas("Judul pendek") == "Judul pendek"


def test_persiapan_templat_dipakai_ulang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docxtpl's clean-up and the Jinja compilation run once per template part; the output is the same."""
    from docxtpl import DocxTemplate

    from doctools import render as modul

    monkeypatch.setattr(modul, "_SIAP", {})
    monkeypatch.setattr(modul, "_TERKOMPILASI", {})
    bersih, kompilasi = [], []
    asli_bersih = DocxTemplate.patch_xml
    monkeypatch.setattr(DocxTemplate, "patch_xml", lambda self, xml: bersih.append(1) or asli_bersih(self, xml))
    asli_kompilasi = modul._SUMBER_BAGIAN.kompilasi  # parts of the document, not the core-property strings
    monkeypatch.setattr(modul._SUMBER_BAGIAN, "kompilasi", lambda env, src: kompilasi.append(1) or asli_kompilasi(env, src))
    path = templat(tmp_path / "t.docx", "Halo {{ nama }}", "{%p for x in daftar %}", "- {{ x }}", "{%p endfor %}",
                   header="Kepala {{ nama }}")
    hasil = [render_bytes(path, {"nama": n, "daftar": d}, halaman=Halaman(), metadata=META)
             for n, d in (("Ani", ["a", "b"]), ("Budi", ["c"]), ("Ani", ["a", "b"]))]
    assert (len(bersih), len(kompilasi)) == (2, 2)  # body and header, once each
    assert hasil[0] == hasil[2] != hasil[1]
    doc = docx.Document(io.BytesIO(hasil[1]))
    assert [p.text for p in doc.paragraphs] == ["Halo Budi", "- c"]
    assert doc.sections[0].header.paragraphs[0].text == "Kepala Budi"
    # a template changed on disk (another XML) is prepared afresh
    os.utime(templat(path, "Selamat pagi {{ nama }}"), ns=(1, 1))
    doc = docx.Document(io.BytesIO(render_bytes(path, {"nama": "Cici"}, halaman=Halaman(), metadata=META)))
    assert [p.text for p in doc.paragraphs] == ["Selamat pagi Cici"]
    assert len(bersih) == 3


def test_kode_jinja_disimpan_antarproses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A part's compiled Jinja is kept on disk: another process (a fresh environment) compiles nothing."""
    import jinja2

    from doctools import render as modul

    path = templat(tmp_path / "t.docx", "Halo {{ nama }}", "{%p for x in daftar %}", "- {{ x }}", "{%p endfor %}")
    (tmp_path / "kode").mkdir()
    simpanan = jinja2.FileSystemBytecodeCache(str(tmp_path / "kode"))
    monkeypatch.setattr(modul, "_singgahan_kode", lambda: simpanan)
    hasil, dikompilasi = [], []
    for _ in range(2):  # each time as a new process: nothing kept in memory
        jinja_env.cache_clear()
        monkeypatch.setattr(modul, "_SIAP", {})
        monkeypatch.setattr(modul, "_TERKOMPILASI", {})
        env = jinja_env("baku")
        asli = env.compile
        monkeypatch.setattr(env, "compile", lambda *a, asli=asli, **k: dikompilasi.append(a[0]) or asli(*a, **k))
        hasil.append(render_bytes(path, {"nama": "Ani", "daftar": ["a"]}, halaman=Halaman(), metadata=META))
    jinja_env.cache_clear()
    assert hasil[0] == hasil[1]
    assert len([s for s in dikompilasi if "<w:" in s]) == 1  # the body, the first time only
    assert list((tmp_path / "kode").iterdir())


def test_rumus_tanpa_deklarasi_namespace_sendiri(docx_contoh: Path) -> None:
    """Equations rely on the root's m: declaration; one per equation makes rendering quadratic."""
    with zipfile.ZipFile(docx_contoh) as zf:
        xml = zf.read("word/document.xml")
    assert xml.count(b"<m:oMath>") >= 3 and b"<m:oMath " not in xml
    akar = xml[:xml.index(b">", xml.index(b"<w:document"))]
    assert b'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"' in akar
    assert teks_math(next(buka(docx_contoh).element.body.iter(f"{{{NS['m']}}}oMath")))


def test_kode_jinja_disimpan_di_folder_singgahan_pengguna(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The compiled Jinja lives in the user's cache folder, never in the shared temporary folder."""
    from doctools import render as modul

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "cache"))
    folder = modul.folder_singgahan()
    assert folder.is_relative_to(tmp_path / "cache")
    simpanan = modul._singgahan_kode()
    assert isinstance(simpanan, __import__("jinja2").FileSystemBytecodeCache)
    assert Path(simpanan.directory) == folder and folder.is_dir()
    monkeypatch.setenv("DOCTOOLS_TANPA_SINGGAHAN", "1")
    assert modul._singgahan_kode() is None


def test_templat_tersimpan_tanpa_mampat_isinya_sama() -> None:
    """The template kept per process holds the same parts, stored (opened on every render without inflating)."""
    from doctools.render import _tanpa_mampat
    from doctools.templat import CariTemplat

    asal = (CariTemplat().dokumen("keputusan-iku.docx")).read_bytes()
    simpan = _tanpa_mampat(asal)
    with zipfile.ZipFile(io.BytesIO(asal)) as a, zipfile.ZipFile(io.BytesIO(simpan)) as b:
        assert a.namelist() == b.namelist()
        assert {i.compress_type for i in b.infolist()} == {zipfile.ZIP_STORED}
        assert all(a.read(n) == b.read(n) for n in a.namelist())
