"""The layout pass (doctools.tata_letak): widths measured from content, on small documents and the example."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from doctools import tata_letak
from doctools.build import bangun_folder
from doctools.documents.objek import Rumus
from doctools.oxml import table
from doctools.oxml.styles import Gaya, Huruf
from doctools.tata_letak import rumus
from doctools.tata_letak.metrik import lebar_pt, lebar_twip
from doctools.tata_letak.ukur import baris_utuh
from tests.conftest import CONTOH, NS

BOOKMAN = "Bookman Old Style"


def _dokumen(ukuran: float = 12):
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = BOOKMAN
    normal.font.size = Pt(ukuran)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:ascii"), BOOKMAN)
    rfonts.set(qn("w:hAnsi"), BOOKMAN)
    return doc


def _tabel(doc, lebar_cm: list[float], isi: list[str]):
    t = doc.add_table(rows=1, cols=len(lebar_cm))
    t.autofit = False
    for col, w in zip(t.columns, lebar_cm):
        col.width = Cm(w)
    for cell, w, teks in zip(t.rows[0].cells, lebar_cm, isi):
        cell.width = Cm(w)
        cell.paragraphs[0].add_run(teks)
    t.autofit = False
    return t


def _grid(t) -> list[int]:
    return [int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.gridCol_lst]


# ---- metrics ------------------------------------------------------------------------------------


def test_lebar_teks() -> None:
    h = Huruf(BOOKMAN, 12)
    assert lebar_pt("penyelenggaraan", h) > lebar_pt("penyelenggara", h) > 0
    assert lebar_pt("CAMAT", Huruf(BOOKMAN, 12, True)) > lebar_pt("CAMAT", h)
    assert lebar_pt("CAMAT", Huruf(BOOKMAN, 11)) < lebar_pt("CAMAT", h)
    assert lebar_pt("a\u00a0b", h) == lebar_pt("a b", h)
    assert lebar_pt("Pos\u2011el", h) == lebar_pt("Pos-el", h)
    # an unknown font is measured as Bookman (wide), never as nothing
    assert lebar_pt("Nama", Huruf("Huruf Tak Dikenal", 12)) == lebar_pt("Nama", h)
    assert lebar_pt("Nama", Huruf("Arial", 12)) < lebar_pt("Nama", h)
    assert lebar_twip("x", h) == -int(-lebar_pt("x", h) * 20 // 1)


# ---- columns ------------------------------------------------------------------------------------


def test_kolom_sempit_dilebarkan_dari_kolom_lain() -> None:
    doc = _dokumen(9)
    t = _tabel(doc, [1.0, 6.0], ["penyelenggaraan", "teks pendek"])
    sebelum = _grid(t)
    tata_letak.rapikan(doc)
    sesudah = _grid(t)
    kata = lebar_twip("penyelenggaraan", Huruf(BOOKMAN, 9)) + 2 * 108
    assert sesudah[0] >= kata > sebelum[0]
    assert sum(sesudah) == sum(sebelum)  # the room came from the other column
    assert [int(tc.tcPr.tcW.get(qn("w:w"))) for tc in t.rows[0]._tr.tc_lst] == sesudah


def test_kolom_cukup_tidak_diubah() -> None:
    doc = _dokumen(9)
    t = _tabel(doc, [3.0, 4.0], ["kata", "lain"])
    sebelum = _grid(t)
    tata_letak.rapikan(doc)
    assert _grid(t) == sebelum


def test_sel_tanpa_putus_memuat_baris_utuh() -> None:
    doc = _dokumen(12)
    t = _tabel(doc, [10.0, 6.0], ["", "Drs. BAMBANG SETIAWAN, M.Si."])
    table.set_no_wrap(t.rows[0].cells[1]._tc)
    tata_letak.rapikan(doc)
    butuh = lebar_twip("Drs. BAMBANG SETIAWAN, M.Si.", Huruf(BOOKMAN, 12)) + 2 * 108
    assert _grid(t)[1] >= butuh > Cm(6).twips
    assert t.rows[0].cells[1].paragraphs[0].runs[0].font.size is None  # it fitted: no smaller font


def test_huruf_diperkecil_satu_poin_bila_tetap_tidak_muat() -> None:
    doc = _dokumen(12)
    nama = ["Ir. H. SUHARTONO WIBISONO, M.M.", "Drs. BAMBANG SETIAWAN, M.Si."]
    t = _tabel(doc, [8.25, 8.25], nama)
    for cell in t.rows[0].cells:
        table.set_no_wrap(cell._tc)
        cell.paragraphs[0].runs[0].bold = True
    sectpr = doc.sections[0]
    sectpr.page_width, sectpr.left_margin, sectpr.right_margin = Cm(21.5), Cm(3), Cm(2)  # 16.5 cm of text
    tata_letak.rapikan(doc)
    tebal12 = [lebar_twip(n, Huruf(BOOKMAN, 12, True)) + 216 for n in nama]
    assert sum(tebal12) > Cm(16.5).twips  # at 12 pt the two names cannot share the width
    assert [c.paragraphs[0].runs[0].font.size for c in t.rows[0].cells] == [Pt(11), Pt(11)]
    tebal11 = [lebar_twip(n, Huruf(BOOKMAN, 11, True)) + 216 for n in nama]
    assert all(g >= b for g, b in zip(_grid(t), tebal11))


# ---- equations ----------------------------------------------------------------------------------


def test_rumus_dipecah_di_batas_kata() -> None:
    doc = _dokumen(9)
    t = _tabel(doc, [4.0], [""])
    p = t.rows[0].cells[0].paragraphs[0]._p
    r = Rumus(pembilang="Jumlah kegiatan pemberdayaan yang difasilitasi", penyebut="Jumlah kegiatan",
              pengali="100%")
    p.append(parse_xml(r.__html__()))
    tata_letak.rapikan(doc)
    omath = p.find(".//m:oMath", NS)
    baris = [" ".join(t.text for t in e.iter(f"{{{NS['m']}}}t")) for e in omath.findall("m:f/m:num/m:eqArr/m:e", NS)]
    assert len(baris) > 1
    assert " ".join(baris) == "Jumlah kegiatan pemberdayaan yang difasilitasi"  # no word split
    gaya = Gaya(doc.styles.element)
    huruf = gaya.huruf_paragraf(p)
    tersedia = Cm(4).twips - 2 * 108 - rumus.lebar("× 100%", huruf) - rumus.JARAK
    assert all(rumus.lebar(b, huruf) <= tersedia for b in baris if " " in b)
    for run in omath.iter(f"{{{NS['m']}}}r"):
        assert [c.tag.split("}")[1] for c in run.find("m:rPr", NS)] == ["nor"]
        assert run.find("w:rPr/w:sz", NS).get(qn("w:val")) == "18"


# ---- text ---------------------------------------------------------------------------------------


def test_rupiah_dan_tanda_hubung_tak_putus() -> None:
    doc = _dokumen()
    doc.add_paragraph("pagu Rp 1.250.000,00 dan Rp. 5.000,- serta Rp 7,5")
    doc.add_paragraph("Pos\u2011el kec@contoh.go.id")
    tata_letak.rapikan(doc)
    assert doc.paragraphs[0].text == "pagu Rp\u00a01.250.000,00 dan Rp.\u00a05.000,- serta Rp\u00a07,5"
    assert doc.paragraphs[1].text == "Pos-el kec@contoh.go.id"
    assert len(doc.paragraphs[1]._p.findall(".//w:noBreakHyphen", NS)) == 1
    assert "\u2011" not in doc.element.xml


def test_judul_tanpa_kata_sendirian() -> None:
    doc = _dokumen()
    sect = doc.sections[0]
    sect.page_width, sect.left_margin, sect.right_margin = Cm(21.5), Cm(3), Cm(2)
    judul = doc.add_paragraph("INDIKATOR KINERJA UTAMA KECAMATAN MUMBULSARI KABUPATEN JEMBER")
    judul.alignment = 1
    judul.runs[0].bold = True
    pendek = doc.add_paragraph("KEPUTUSAN CAMAT MUMBULSARI")
    pendek.alignment = 1
    rata_kiri = doc.add_paragraph("INDIKATOR KINERJA UTAMA KECAMATAN MUMBULSARI KABUPATEN JEMBER")
    tata_letak.rapikan(doc)
    assert judul.text.endswith("KABUPATEN\u00a0JEMBER")
    assert pendek.text == "KEPUTUSAN CAMAT MUMBULSARI"
    assert "\u00a0" not in rata_kiri.text  # only centred titles


# ---- the example ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def contoh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {h.path.stem: h.path for h in bangun_folder(CONTOH, tmp_path_factory.mktemp("tata"))}


@pytest.mark.parametrize("nama", ["keputusan-iku-2025", "keputusan-iki-2025", "laporan-kinerja-2025",
                                  "perjanjian-kinerja-2025-camat"])
def test_setiap_kolom_memuat_kata_terpanjangnya(contoh: dict[str, Path], nama: str) -> None:
    doc = docx.Document(str(contoh[nama]))
    gaya = Gaya(doc.styles.element)
    for tbl in doc.element.body.iter(qn("w:tbl")):
        lebar = [int(g.get(qn("w:w"))) for g in tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
        for tr in tbl.findall(qn("w:tr")):
            k = 0
            for tc in tr.findall(qn("w:tc")):
                span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                n = int(span.get(qn("w:val"))) if span is not None else 1
                ruang = sum(lebar[k:k + n]) - sum(gaya.margin_sel(tbl, tc))
                for p in tc.findall(qn("w:p")):
                    # words as printed: a line may break at a space or after a hyphen
                    for kata in re.findall(r"[^\s-]+-?", Paragraph(p, None).text):
                        h = gaya.huruf_run(p, p.find(f"{qn('w:r')}/{qn('w:rPr')}"))
                        assert lebar_twip(kata, h) <= ruang + 1, (nama, kata, ruang)
                k += n


def test_tanda_tangan_tanpa_putus(contoh: dict[str, Path]) -> None:
    """Names, pangkat and NIP sit in no-wrap cells whose width holds each whole line."""
    for nama, path in contoh.items():
        doc = docx.Document(str(path))
        gaya = Gaya(doc.styles.element)
        sel = [tc for tc in doc.element.body.iter(qn("w:tc")) if tc.find(f"{qn('w:tcPr')}/{qn('w:noWrap')}") is not None]
        teks = " ".join("".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in sel)
        assert "NIP. 19700512 199503 1 004" in teks, nama  # the Camat signs every document
        for tc in sel:
            ruang = table.cell_width(tc) - sum(gaya.margin_sel(tc.getparent().getparent(), tc))
            for p in tc.findall(qn("w:p")):
                assert baris_utuh(p, gaya) <= ruang + 1, (nama, "".join(t.text or "" for t in p.iter(qn("w:t"))))


# ---- a signature keeps the table it signs -------------------------------------------------------


def _dengan_tanda_tangan(baris: int):
    doc = _dokumen(9)
    sect = doc.sections[0]
    sect.page_height, sect.top_margin, sect.bottom_margin = Cm(33), Cm(2), Cm(2.5)
    t = doc.add_table(rows=baris, cols=2)
    for r in t.rows:
        for c in r.cells:
            c.paragraphs[0].add_run("isi sel")
    kosong = doc.add_paragraph("")
    ttd = _tabel(doc, [8.0, 8.0], ["", "NIP. 19700512 199503 1 004"])
    table.set_no_wrap(ttd.rows[0].cells[1]._tc)
    return doc, t, kosong


def _tahan(p) -> bool:
    return p.paragraph_format.keep_with_next is True


def test_tabel_pendek_ikut_tanda_tangan_utuh() -> None:
    doc, t, kosong = _dengan_tanda_tangan(3)
    tata_letak.rapikan(doc)
    assert all(_tahan(p) for r in t.rows for c in r.cells for p in c.paragraphs)
    assert _tahan(kosong)


def test_tabel_panjang_hanya_baris_terakhir_ikut() -> None:
    doc, t, kosong = _dengan_tanda_tangan(80)  # far more than a third of a page
    tata_letak.rapikan(doc)
    assert all(_tahan(p) for c in t.rows[-1].cells for p in c.paragraphs)
    assert not any(_tahan(p) for r in t.rows[:-1] for c in r.cells for p in c.paragraphs)
    assert _tahan(kosong)
