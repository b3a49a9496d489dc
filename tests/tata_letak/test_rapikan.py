"""doctools.tata_letak (rapikan): the whole pass, on small documents and on the example's documents."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.text.paragraph import Paragraph

from doctools import tata_letak
from doctools.build import bangun_folder
from doctools.oxml import table
from doctools.oxml.styles import Gaya
from doctools.tata_letak.metrik import lebar_twip
from doctools.tata_letak.ukur import baris_utuh
from tests.conftest import CONTOH, NS
from tests.tata_letak import dokumen


def test_rupiah_dan_tanda_hubung_tak_putus() -> None:
    doc = dokumen()
    doc.add_paragraph("pagu Rp 1.250.000,00 dan Rp. 5.000,- serta Rp 7,5")
    doc.add_paragraph("Pos\u2011el kec@contoh.go.id")
    tata_letak.rapikan(doc)
    assert doc.paragraphs[0].text == "pagu Rp\u00a01.250.000,00 dan Rp.\u00a05.000,- serta Rp\u00a07,5"
    assert doc.paragraphs[1].text == "Pos-el kec@contoh.go.id"
    assert len(doc.paragraphs[1]._p.findall(".//w:noBreakHyphen", NS)) == 1
    assert "\u2011" not in doc.element.xml


def test_judul_tanpa_kata_sendirian() -> None:
    doc = dokumen()
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


def test_rupiah_setelah_tanda_hubung_tak_putus() -> None:
    """An amount in the text after a no-break hyphen (a w:t of its own once the hyphen is Word's) is
    joined to its symbol too; one before it as well."""
    doc = dokumen()
    doc.add_paragraph("Rp 5 biaya Pos\u2011el Rp 1.250.000,00 dan\u2011Rp 7")
    tata_letak.rapikan(doc)
    teks = [t.text for t in doc.paragraphs[0]._p.iter(qn("w:t"))]
    assert teks == ["Rp\u00a05 biaya Pos", "el Rp\u00a01.250.000,00 dan", "Rp\u00a07"]
