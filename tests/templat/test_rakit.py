"""Preparing a template: split tags mended, page breaks kept from tag paragraphs, shared parts inserted."""

from __future__ import annotations

import copy
import io
import shutil
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm
from PIL import Image

from doctools.errors import TemplateError
from doctools.oxml.jinja import mend_split_tags, rescue_breaks
from doctools.render import Halaman, render_bytes
from doctools.templat import CariTemplat, siapkan
from tests.conftest import CONTOH, TEMPLATES, buka, render_satu, semua_paragraf, xml_bagian
from tests.test_render import META

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _render(path: Path, konteks: dict, cari: CariTemplat | None = None) -> docx.document.Document:
    data = render_bytes(path, konteks, halaman=Halaman(), metadata=META,
                        bagian=(cari or CariTemplat()).bagian)
    return docx.Document(io.BytesIO(data))


def _paragraf(p: docx.text.paragraph.Paragraph, *potongan: str) -> None:
    """Replace a paragraph's runs by one run per piece (the way Word splits text on editing)."""
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for k, teks in enumerate(potongan):
        run = p.add_run(teks)
        run._r.set(qn("w:rsidR"), f"00A{k:05d}")
        if k % 2:
            run._r.addprevious(parse_xml(f'<w:proofErr xmlns:w="{W}" w:type="spellStart"/>'))


# ---- split tags ---------------------------------------------------------------------------------


def test_tag_terpotong_disatukan_di_run_pertama(tmp_path: Path) -> None:
    doc = docx.Document()
    p = doc.add_paragraph()
    _paragraf(p, "Kepada ", "{", "{ kop.", "ins", "tansi }", "} di ", "{{ kop.alamat }}")
    p.runs[1].bold = True
    mend_split_tags(doc.element.body)
    assert [r.text for r in p.runs] == ["Kepada ", "{{ kop.instansi }}", "", "", "", " di ", "{{ kop.alamat }}"]
    assert p.runs[1].bold  # the tag keeps the formatting of the run it starts in


def test_templat_yang_dicincang_word_tetap_dirender(tmp_path: Path) -> None:
    """Every tag of a paragraph split into runs with proofing marks and rsids renders as if typed whole."""
    doc = docx.Document()
    _paragraf(doc.add_paragraph(), "{", "%p ", "if kop.kon", "tak %}")
    _paragraf(doc.add_paragraph(), "Kontak: {{ kop", ".kon", "tak }}")
    _paragraf(doc.add_paragraph(), "{%p en", "dif %}")
    _paragraf(doc.add_paragraph(), "{%p for b in dafta", "r %}")
    _paragraf(doc.add_paragraph(), "{{ b.tan", "da }}", " ", "{{ b.teks|kap", "ital }}")
    _paragraf(doc.add_paragraph(), "{%p endfor", " %}")
    path = tmp_path / "t.docx"
    doc.save(str(path))
    hasil = _render(path, {"kop": {"kontak": "Laman x.go.id"},
                           "daftar": [{"tanda": "a.", "teks": "satu"}, {"tanda": "b.", "teks": "dua"}]})
    assert [p.text for p in hasil.paragraphs] == ["Kontak: Laman x.go.id", "a. Satu", "b. Dua"]


def _cincang(sumber: Path, tujuan: Path) -> None:
    """A template as Word leaves it after much editing: one run per character, rsids, proofing marks."""
    doc = docx.Document(str(sumber))
    for r in list(doc.element.body.iter(qn("w:r"))):
        t = r.find(qn("w:t"))
        if t is None or len(t.text or "") < 2 or [c.tag for c in r if c.tag != qn("w:rPr")] != [qn("w:t")]:
            continue
        for i, huruf in enumerate(t.text):
            baru = copy.deepcopy(r)
            baru.set(qn("w:rsidR"), f"00{i % 7:06X}")
            baru.find(qn("w:t")).text = huruf
            baru.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.addprevious(baru)
            if i % 5 == 2:
                baru.addprevious(parse_xml(f'<w:proofErr xmlns:w="{W}" w:type="gramStart"/>'))
        r.getparent().remove(r)
    doc.save(str(tujuan))


def _dokumen(folder: Path, keluar: Path, jenis: str) -> Path:
    """The IKU decree, or the Camat's PK, built from ``folder``."""
    from doctools.build import bangun_folder

    if jenis == "keputusan-iku":
        return render_satu(folder, keluar)
    [pk] = [h.path for h in bangun_folder(folder, keluar) if h.path.name.endswith("-camat.docx")]
    return pk


@pytest.mark.parametrize("nama, jenis", [("keputusan-iku", "keputusan-iku"), ("kop", "keputusan-iku"),
                                         ("tanda-tangan", "keputusan-iku"),
                                         ("perjanjian-kinerja", "perjanjian-kinerja"),
                                         ("tanda-tangan-berdampingan", "perjanjian-kinerja")])
def test_templat_bawaan_dicincang_memberi_teks_yang_sama(nama: str, jenis: str, tmp_path: Path) -> None:
    data = tmp_path / "mumbulsari"
    shutil.copytree(CONTOH, data)
    asli = TEMPLATES / f"{nama}.docx"
    if not asli.exists():
        asli = TEMPLATES / "bagian" / f"{nama}.docx"
    (data / "templat").mkdir()
    _cincang(asli, data / "templat" / f"{nama}.docx")
    dicincang = buka(_dokumen(data, tmp_path / "dicincang", jenis))
    biasa = buka(_dokumen(CONTOH, tmp_path / "biasa", jenis))
    assert semua_paragraf(dicincang) == semua_paragraf(biasa)
    assert any(t.startswith("Drs. BAMBANG SETIAWAN") for t in semua_paragraf(dicincang))


# ---- page breaks that LibreOffice moves into tag paragraphs --------------------------------------


def test_pemisah_halaman_di_paragraf_tag_pindah_ke_paragraf_berikutnya(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Isi keputusan")
    akhir = doc.add_paragraph("{%p endif %}")
    akhir.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)  # what LibreOffice writes for "page break before"
    doc.add_paragraph("{%p if ada %}")
    doc.add_paragraph("LAMPIRAN")
    rescue_breaks(doc.element.body)
    ps = doc.paragraphs
    assert not ps[1]._p.findall(f".//{qn('w:br')}")
    assert not ps[2].paragraph_format.page_break_before  # a tag paragraph is skipped: docxtpl removes it
    assert ps[3].paragraph_format.page_break_before


def test_lampiran_tetap_di_halaman_baru_bila_pemisahnya_dipindah_libreoffice(tmp_path: Path) -> None:
    """A Lampiran break LibreOffice moved into the tembusan's {%p endif %} still starts the Lampiran's page.

    (LibreOffice writes a paragraph's own "page break before" so; the built-in templates give the
    break through the style Awal Lampiran, which it keeps.)
    """
    data = tmp_path / "mumbulsari"
    shutil.copytree(CONTOH, data)
    (data / "templat").mkdir()
    doc = docx.Document(str(TEMPLATES / "keputusan-iku.docx"))
    doc.styles["Awal Lampiran"].paragraph_format.page_break_before = None
    [lampiran] = [p for p in doc.paragraphs if p.style.name == "Awal Lampiran"]
    sebelum = lampiran._p.getprevious()
    assert "{%p endif %}" in "".join(sebelum.itertext())
    sebelum.append(parse_xml(f'<w:r xmlns:w="{W}"><w:br w:type="page"/></w:r>'))
    doc.save(str(data / "templat" / "keputusan-iku.docx"))
    hasil = render_satu(data, tmp_path / "keluar")
    body = xml_bagian(hasil).find("w:body", {"w": W})
    [kepala] = [p for p in body.iter(f"{{{W}}}p") if "".join(p.itertext()) == "LAMPIRAN"]
    awal = kepala.getprevious()
    assert awal.find(f"{{{W}}}pPr/{{{W}}}pageBreakBefore") is not None
    assert not [br for br in body.iter(f"{{{W}}}br") if br.get(f"{{{W}}}type") == "page"]


def test_pemisah_bagian_di_paragraf_tag_tetap_ada(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Bagian satu")
    tag = doc.add_paragraph("{%p endif %}")
    tag._p.get_or_add_pPr().append(copy.deepcopy(doc.element.body.find(qn("w:sectPr"))))
    doc.add_paragraph("Bagian dua")
    rescue_breaks(doc.element.body)
    body = list(doc.element.body)
    assert body[1].find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is None
    assert body[2].find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    assert not "".join(body[2].itertext())


# ---- shared parts ------------------------------------------------------------------------------


def _bagian(folder: Path, nama: str, *baris: str, gaya: str | None = None) -> Path:
    doc = docx.Document()
    if gaya:
        st = doc.styles.add_style(gaya, WD_STYLE_TYPE.PARAGRAPH)
        st.font.size = docx.shared.Pt(7)
    for teks in baris:
        doc.add_paragraph(teks, style=gaya)
    folder.mkdir(exist_ok=True)
    doc.save(str(folder / f"{nama}.docx"))
    return folder / f"{nama}.docx"


def test_bagian_disisipkan_dengan_konteks_dokumen_dan_gayanya(tmp_path: Path) -> None:
    sendiri = tmp_path / "templat"
    _bagian(sendiri, "kop", "{{ kop.instansi }}", "Baris baru kop", gaya="Kop Sendiri")
    doc = docx.Document()
    doc.add_paragraph("Awal")
    doc.add_paragraph('{%p include "kop" %}')
    doc.add_paragraph("Akhir {{ nomor }}")
    doc.save(str(tmp_path / "t.docx"))
    hasil = _render(tmp_path / "t.docx", {"kop": {"instansi": "KECAMATAN X"}, "nomor": "7"}, CariTemplat((sendiri,)))
    assert [p.text for p in hasil.paragraphs] == ["Awal", "KECAMATAN X", "Baris baru kop", "Akhir 7"]
    assert [p.style.name for p in hasil.paragraphs[1:3]] == ["Kop Sendiri", "Kop Sendiri"]
    assert hasil.styles["Kop Sendiri"].font.size.pt == 7


def test_definisi_gaya_bagian_menang(tmp_path: Path) -> None:
    """The part's own definition of a style its content uses replaces the document's."""
    sendiri = tmp_path / "templat"
    _bagian(sendiri, "kop", "KOP", gaya="Judul Kop")
    doc = docx.Document()
    st = doc.styles.add_style("Judul Kop", WD_STYLE_TYPE.PARAGRAPH)
    st.font.size = docx.shared.Pt(20)
    doc.add_paragraph('{%p include "kop" %}')
    doc.add_paragraph("Lain", style="Judul Kop")
    doc.save(str(tmp_path / "t.docx"))
    hasil = _render(tmp_path / "t.docx", {}, CariTemplat((sendiri,)))
    assert [s.name for s in hasil.styles if s.name == "Judul Kop"] == ["Judul Kop"]
    assert hasil.styles["Judul Kop"].font.size.pt == 7


def test_bagian_dalam_sel_tabel_dan_gambar_ikut(tmp_path: Path) -> None:
    sendiri = tmp_path / "templat"
    sendiri.mkdir()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (20, 20), "red").save(logo)
    bagian = docx.Document()
    bagian.add_paragraph().add_run().add_picture(str(logo), width=Mm(10))
    tabel = bagian.add_table(1, 1)
    tabel.cell(0, 0).paragraphs[0].text = "{{ ttd.nama }}"
    bagian.add_paragraph()  # Word's paragraph after a final table: not inserted
    bagian.save(str(sendiri / "tanda-tangan.docx"))
    doc = docx.Document()
    sel = doc.add_table(1, 1).cell(0, 0)
    sel.paragraphs[0].text = '{%p include "tanda-tangan" %}'
    doc.add_paragraph("Sesudah")
    doc.save(str(tmp_path / "t.docx"))
    hasil = _render(tmp_path / "t.docx", {"ttd": {"nama": "BUDI"}}, CariTemplat((sendiri,)))
    luar = hasil.tables[0].cell(0, 0)
    assert [t.cell(0, 0).text for t in luar.tables] == ["BUDI"]
    assert luar._tc[-1].tag == qn("w:p")  # a cell still ends with a paragraph
    assert len(hasil.inline_shapes) == 1
    assert hasil.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed in hasil.part.rels
    assert [p.text for p in hasil.paragraphs] == ["Sesudah"]


def test_bagian_berpenomoran_membawa_definisinya(tmp_path: Path) -> None:
    sendiri = tmp_path / "templat"
    sendiri.mkdir()
    bagian = docx.Document()
    bagian.add_paragraph("butir {{ kop.instansi }}", style="List Number")
    bagian.save(str(sendiri / "kop.docx"))
    doc = docx.Document()
    doc.add_paragraph('{%p include "kop" %}')
    doc.save(str(tmp_path / "t.docx"))
    hasil = _render(tmp_path / "t.docx", {"kop": {"instansi": "X"}}, CariTemplat((sendiri,)))
    p = hasil.paragraphs[0]
    assert p.text == "butir X"
    num = hasil.styles["List Number"].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    numbering = hasil.part.numbering_part.element
    assert numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='{num}']") is not None


@pytest.mark.parametrize("isi, pesan", [
    ('{%p include "kopp" %}', 'bagian "kopp" tidak dikenal; maksudnya "kop"?'),
    ('{%p include "kepala-lampiran" %}', "templat bagian tidak ditemukan"),
])
def test_bagian_tidak_dikenal_atau_tidak_ada(tmp_path: Path, isi: str, pesan: str) -> None:
    doc = docx.Document()
    doc.add_paragraph(isi)
    doc.save(str(tmp_path / "t.docx"))
    with pytest.raises(TemplateError) as info:
        _render(tmp_path / "t.docx", {}, CariTemplat((), bawaan=tmp_path))
    assert str(info.value).startswith("templat t.docx: ")
    assert pesan in str(info.value)
    assert info.value.exit_code == 3


def test_bagian_rusak_dan_bagian_bersarang_ditolak(tmp_path: Path) -> None:
    sendiri = tmp_path / "templat"
    sendiri.mkdir()
    (sendiri / "kop.docx").write_bytes(b"bukan zip")
    doc = docx.Document()
    doc.add_paragraph('{%p include "kop" %}')
    doc.save(str(tmp_path / "t.docx"))
    with pytest.raises(TemplateError) as info:
        _render(tmp_path / "t.docx", {}, CariTemplat((sendiri,)))
    assert str(info.value).startswith(f"{sendiri / 'kop.docx'}: templat bagian kop.docx rusak atau bukan berkas Word")
    _bagian(sendiri, "kop", '{%p include "tanda-tangan" %}')
    with pytest.raises(TemplateError) as info:
        _render(tmp_path / "t.docx", {}, CariTemplat((sendiri,)))
    assert "kop.docx menyisipkan bagian lain" in str(info.value)


def test_sel_tanpa_putus_ditandai(tmp_path: Path) -> None:
    doc = docx.Document()
    gaya = doc.styles.add_style("Tanpa Putus", WD_STYLE_TYPE.CHARACTER)
    tabel = doc.add_table(1, 2)
    tabel.cell(0, 0).paragraphs[0].add_run("boleh putus")
    tabel.cell(0, 1).paragraphs[0].add_run("NIP. 19700512 199503 1 004", style=gaya)
    siapkan(doc, None)
    assert tabel.cell(0, 0)._tc.tcPr is None or tabel.cell(0, 0)._tc.tcPr.find(qn("w:noWrap")) is None
    assert tabel.cell(0, 1)._tc.tcPr.find(qn("w:noWrap")) is not None
