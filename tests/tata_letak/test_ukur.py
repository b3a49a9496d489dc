"""doctools.tata_letak.ukur: the longest unbreakable word, whole lines, and greedy line counts."""

from __future__ import annotations

from docx.shared import Cm

from doctools.oxml.styles import Gaya, Huruf
from doctools.tata_letak.metrik import lebar_twip
from doctools.tata_letak.ukur import baris_utuh, jumlah_baris_akhir, kata_kata, kata_terpanjang
from tests.tata_letak import BOOKMAN, dokumen

HURUF = Huruf(BOOKMAN, 12)


def test_kata_terpanjang_putus_setelah_tanda_hubung_dan_bersambung_antar_run() -> None:
    doc = dokumen()
    p = doc.add_paragraph("sub-kegiatan pada ")
    p.add_run("penyelenggaraan").bold = True
    p.add_run("nya")
    gaya = Gaya(doc.styles.element)
    tebal = Huruf(BOOKMAN, 12, True)
    assert kata_terpanjang(p._p, gaya) == lebar_twip("penyelenggaraan", tebal) + lebar_twip("nya", HURUF)
    q = doc.add_paragraph("Pos\u2011el")  # a no-break hyphen does not break the word
    assert kata_terpanjang(q._p, gaya) == lebar_twip("Pos\u2011el", HURUF)


def test_baris_utuh_dengan_tab_dan_indentasi() -> None:
    doc = dokumen()
    p = doc.add_paragraph("NIP\t19800101")
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
    gaya = Gaya(doc.styles.element)
    assert baris_utuh(p._p, gaya) == int(Cm(4).twips) + lebar_twip("19800101", HURUF)
    baris = doc.add_paragraph("satu")
    baris.add_run().add_break()
    baris.add_run("dua tiga empat")
    assert baris_utuh(baris._p, gaya) == lebar_twip("dua tiga empat", HURUF)
    assert baris_utuh(baris._p, gaya, kecilkan_pt=1) == lebar_twip("dua tiga empat", Huruf(BOOKMAN, 11))


def test_jumlah_baris_dan_kata_di_baris_akhir() -> None:
    doc = dokumen()
    p = doc.add_paragraph("aaaa bbbb cccc dddd")
    gaya = Gaya(doc.styles.element)
    kata = kata_kata(p._p, gaya)
    assert kata == [lebar_twip(k, HURUF) for k in ("aaaa", "bbbb", "cccc", "dddd")]
    spasi = lebar_twip(" ", HURUF)
    assert jumlah_baris_akhir(p._p, gaya, sum(kata) + 3 * spasi) == (1, 4)
    assert jumlah_baris_akhir(p._p, gaya, sum(kata[:3]) + 2 * spasi) == (2, 1)


def _kata_run_satu_satu(teks: str, huruf: Huruf) -> tuple[int | None, int, int]:
    """The words of a run measured piece by piece, as the layout pass did before cutting in one call."""
    import re

    from doctools.tata_letak.ukur import PUTUS_SETELAH, SPASI

    potongan_re = re.compile(rf"[^{re.escape(SPASI + PUTUS_SETELAH)}]*[{re.escape(PUTUS_SETELAH)}]"
                             rf"|[^{re.escape(SPASI + PUTUS_SETELAH)}]+")
    awal: int | None = None
    terlebar = bawa = akhir = 0
    for potongan in potongan_re.finditer(teks):
        if potongan.start() > akhir:
            if awal is None:
                awal = bawa
            else:
                terlebar = max(terlebar, bawa)
            bawa = 0
        bawa += lebar_twip(potongan.group(), huruf)
        if potongan.group()[-1] in PUTUS_SETELAH:
            if awal is None:
                awal = bawa
            else:
                terlebar = max(terlebar, bawa)
            bawa = 0
        akhir = potongan.end()
    if akhir < len(teks):
        if awal is None:
            awal = bawa
        else:
            terlebar = max(terlebar, bawa)
        bawa = 0
    return awal, terlebar, bawa


def test_kata_run_sama_dengan_diukur_sepotong_sepotong() -> None:
    """Cut at its breaks in one call, a text's words measure as piece by piece: spaces, tabs and line
    breaks, hyphens and dashes (also doubled, leading, trailing, beside a space), no-break spaces and
    hyphens, combining characters, bold and another size."""
    from doctools.tata_letak.ukur import _kata_run

    teks = ["", " ", "kata", "dua kata", " awal", "akhir ", "Pos-el", "Pos‑el", "a--b", "-a", "a-", "a- b", "a -b",
            "a\tb\nc", "\t", "lima – enam—tujuh", "Rp\u00a01.250.000,00", "e\u0301cole", "ka\u0303ta  dua\u0301-x",
            "penyelenggaraan pemerintahan", "  banyak   spasi  ", "x\u2011y-z", "-", "--", "- -"]
    for huruf in (Huruf(BOOKMAN, 12), Huruf(BOOKMAN, 9, True), Huruf("Arial", 11)):
        for t in teks:
            assert _kata_run(t, huruf) == _kata_run_satu_satu(t, huruf), (t, huruf)
