"""doctools.tata_letak.kolom: column widths that fit what the columns hold."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from doctools import tata_letak
from doctools.oxml import table
from doctools.oxml.styles import Huruf
from doctools.tata_letak.metrik import lebar_twip
from tests.tata_letak import BOOKMAN, dokumen, grid, tabel


def test_kolom_sempit_dilebarkan_dari_kolom_lain() -> None:
    doc = dokumen(9)
    t = tabel(doc, [1.0, 6.0], ["penyelenggaraan", "teks pendek"])
    sebelum = grid(t)
    tata_letak.rapikan(doc)
    sesudah = grid(t)
    kata = lebar_twip("penyelenggaraan", Huruf(BOOKMAN, 9)) + 2 * 108
    assert sesudah[0] >= kata > sebelum[0]
    assert sum(sesudah) == sum(sebelum)  # the room came from the other column
    assert [int(tc.tcPr.tcW.get(qn("w:w"))) for tc in t.rows[0]._tr.tc_lst] == sesudah


def test_kolom_cukup_tidak_diubah() -> None:
    doc = dokumen(9)
    t = tabel(doc, [3.0, 4.0], ["kata", "lain"])
    sebelum = grid(t)
    tata_letak.rapikan(doc)
    assert grid(t) == sebelum


def test_sel_tanpa_putus_memuat_baris_utuh() -> None:
    doc = dokumen(12)
    t = tabel(doc, [10.0, 6.0], ["", "Drs. BAMBANG SETIAWAN, M.Si."])
    table.set_no_wrap(t.rows[0].cells[1]._tc)
    tata_letak.rapikan(doc)
    butuh = lebar_twip("Drs. BAMBANG SETIAWAN, M.Si.", Huruf(BOOKMAN, 12)) + 2 * 108
    assert grid(t)[1] >= butuh > Cm(6).twips
    assert t.rows[0].cells[1].paragraphs[0].runs[0].font.size is None  # it fitted: no smaller font


def test_huruf_diperkecil_satu_poin_bila_tetap_tidak_muat() -> None:
    doc = dokumen(12)
    nama = ["Ir. H. SUHARTONO WIBISONO, M.M.", "Drs. BAMBANG SETIAWAN, M.Si."]
    t = tabel(doc, [8.25, 8.25], nama)
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
    assert all(g >= b for g, b in zip(grid(t), tebal11))


def test_tabel_panjang_diukur_per_sel_berbeda_sama_hasilnya(monkeypatch) -> None:
    """A long table whose cells repeat: measuring each different cell once gives the widths that
    measuring every cell gives (the rows differ in text, bold, font size and no-wrap)."""
    def susun():
        doc = dokumen(10)
        isi = ["Camat", "penyelenggaraan", "%", "Laporan kecamatan"]
        t = tabel(doc, [1.0, 1.5, 1.0, 4.0], isi)
        for i in range(40):
            baris = t.add_row()
            for j, cell in enumerate(baris.cells):
                run = cell.paragraphs[0].add_run(isi[j] if i % 3 else f"{isi[j]}-{i}")
                run.bold = i % 4 == 0
                if i % 7 == 0:
                    run.font.size = Pt(11)
        table.set_no_wrap(t.rows[5].cells[0]._tc)
        return doc, t

    doc, t = susun()
    salinan, t2 = susun()
    assert table.own_cells_as_text(t._tbl, 164) is not None
    sebelum = grid(t)
    tata_letak.rapikan(doc)
    monkeypatch.setattr(table, "own_cells_as_text", lambda tbl, jumlah: None)
    tata_letak.rapikan(salinan)
    assert grid(t) == grid(t2) != sebelum
    assert [tc.tcPr.tcW.get(qn("w:w")) for tc in t._tbl.iter(qn("w:tc"))] == \
        [tc.tcPr.tcW.get(qn("w:w")) for tc in t2._tbl.iter(qn("w:tc"))]
