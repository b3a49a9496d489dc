"""doctools.tata_letak.tanda_tangan: a signature keeps the table it signs."""

from __future__ import annotations

from docx.shared import Cm

from doctools import tata_letak
from doctools.oxml import table
from tests.tata_letak import dokumen, tabel


def _dengan_tanda_tangan(baris: int):
    doc = dokumen(9)
    sect = doc.sections[0]
    sect.page_height, sect.top_margin, sect.bottom_margin = Cm(33), Cm(2), Cm(2.5)
    t = doc.add_table(rows=baris, cols=2)
    for r in t.rows:
        for c in r.cells:
            c.paragraphs[0].add_run("isi sel")
    kosong = doc.add_paragraph("")
    ttd = tabel(doc, [8.0, 8.0], ["", "NIP. 19700512 199503 1 004"])
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


def _dengan_catatan(catatan: list[str]):
    """A short table, then notes (empty paragraphs between), then a signature table."""
    doc, t, kosong = _dengan_tanda_tangan(3)
    ttd = kosong._p.getnext()
    paragraf = []
    for isi in catatan:
        p = doc.add_paragraph(isi)
        ttd.addprevious(p._p)
        paragraf.append(p)
    return doc, t, kosong, paragraf


def test_catatan_di_bawah_tabel_ikut_tanda_tangan() -> None:
    """The RKT's "*) Program yang mendukung ..." or the PK's "Terbilang: ..." between a table and its
    signature travels with both: the signature never leaves its table behind for a note."""
    doc, t, kosong, catatan = _dengan_catatan(["*) Program yang mendukung lebih dari satu sasaran.", "Terbilang: satu"])
    tata_letak.rapikan(doc)
    assert all(_tahan(p) for p in catatan)
    assert _tahan(kosong)
    assert all(_tahan(p) for c in t.rows[-1].cells for p in c.paragraphs)


def test_teks_panjang_di_antara_bukan_catatan() -> None:
    """More than two paragraphs of text between them: body text, not a note; nothing is kept."""
    doc, t, kosong, catatan = _dengan_catatan(["Satu.", "Dua.", "Tiga."])
    tata_letak.rapikan(doc)
    assert not any(_tahan(p) for p in catatan)
    assert not any(_tahan(p) for r in t.rows for c in r.cells for p in c.paragraphs)
