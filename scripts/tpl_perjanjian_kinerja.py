"""The Perjanjian Kinerja template: statement page (kop, parties, undertaking, signatures) and,
on a new page, the lampiran (sasaran/indikator/target, program/anggaran with Jumlah, signatures).

The statement wording is plain template text: a kabupaten that uses another variant of the
PermenPAN-RB 53/2014 wording edits it in Word. Every value in a tag is computed by
``doctools.documents.perjanjian_kinerja``.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from template_parts import (
    add,
    grid_table,
    kop,
    new_document,
    paragraph_style,
    set_cell,
    ttd_berdampingan,
)

from doctools import ooxml
from doctools.render import save_deterministic

LABEL = 0.5      # where "Nama", "NIP", … start (cm)
TITIK_DUA = 5.0  # the colon
NILAI = 5.5      # the value, wrapped lines align here
UKURAN_TABEL = 10  # pt: the lampiran tables and its signatures fit one F4 page

PEMBUKA = ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
           "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
JANJI = ("Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, "
         "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
         "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
SUPERVISI = ("Pihak Kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
             "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
             "dan sanksi.")


def _styles(doc) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    center = WD_ALIGN_PARAGRAPH.CENTER
    paragraph_style(doc, "Isi PK", align=justify, after=6)
    paragraph_style(doc, "Isi PK Lanjut", base="Isi PK", keep_next=True)
    paragraph_style(doc, "Identitas PK", left=NILAI, first=-(NILAI - LABEL), tabs=(TITIK_DUA, NILAI), after=2)
    paragraph_style(doc, "Isi Tabel PK", size=UKURAN_TABEL, before=1, after=1)
    paragraph_style(doc, "Angka Tabel PK", base="Isi Tabel PK", align=WD_ALIGN_PARAGRAPH.RIGHT)
    paragraph_style(doc, "Tengah Tabel PK", base="Isi Tabel PK", align=center)
    paragraph_style(doc, "Kepala Tabel PK", size=UKURAN_TABEL, bold=True, align=center, keep_next=True,
                    before=1, after=1)
    paragraph_style(doc, "Jumlah Tabel PK", size=UKURAN_TABEL, bold=True, keep_next=True, before=1, after=1)
    paragraph_style(doc, "Terbilang PK", align=justify, before=8, keep_next=True)
    paragraph_style(doc, "Akhir PK", size=1)


def _pihak(doc, nama: str, penutup: str) -> None:
    """The identity lines of one party; NIP and pangkat only where the person has them."""
    add(doc, f"Nama\t:\t{{{{ {nama}.nama }}}}", "Identitas PK")
    add(doc, f"{{%p if {nama}.nip %}}", "Identitas PK")
    add(doc, f"NIP\t:\t{{{{ {nama}.nip }}}}", "Identitas PK")
    add(doc, "{%p endif %}", "Identitas PK")
    add(doc, f"{{%p if {nama}.pangkat %}}", "Identitas PK")
    add(doc, f"Pangkat/Golongan\t:\t{{{{ {nama}.pangkat }}}}", "Identitas PK")
    add(doc, "{%p endif %}", "Identitas PK")
    add(doc, f"Jabatan\t:\t{{{{ {nama}.jabatan }}}}", "Identitas PK")
    p = add(doc, penutup, "Isi PK")
    p.paragraph_format.space_before = Pt(4)


def _tabel_sasaran(doc) -> None:
    widths = [1.0, 5.3, 5.8, 2.0, 2.4]
    headers = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "SATUAN"]
    table = grid_table(doc, 6, widths)
    for i, text in enumerate(headers):
        set_cell(table.cell(0, i), text, "Kepala Tabel PK")
        set_cell(table.cell(1, i), f"({i + 1})", "Kepala Tabel PK")
    for r in (0, 1):
        ooxml.set_repeat_header(table.rows[r]._tr)
        ooxml.set_cant_split(table.rows[r]._tr)
    set_cell(table.cell(2, 0), "{%tr for s in sasaran %}")
    set_cell(table.cell(3, 0), "{%tr for i in s.indikator %}")
    row = table.rows[4]
    set_cell(row.cells[0], "{% vm %}{{ s.nomor }}", "Tengah Tabel PK")
    set_cell(row.cells[1], "{% vm %}{{ s.uraian }}", "Isi Tabel PK")
    set_cell(row.cells[2], "{{ i.nama }}", "Isi Tabel PK")
    set_cell(row.cells[3], "{{ i.target }}", "Tengah Tabel PK")
    set_cell(row.cells[4], "{{ i.satuan }}", "Tengah Tabel PK")
    ooxml.set_cant_split(row._tr)
    set_cell(table.cell(5, 0), "{%tr endfor %}")
    set_cell(table.add_row().cells[0], "{%tr endfor %}")


def _tabel_anggaran(doc) -> None:
    widths = [1.0, 7.7, 4.6, 3.2]
    table = grid_table(doc, 6, widths)
    for i, text in enumerate(["NO", "{{ anggaran.judul }}", "ANGGARAN", "KETERANGAN"]):
        set_cell(table.cell(0, i), text, "Kepala Tabel PK")
    ooxml.set_repeat_header(table.rows[0]._tr)
    ooxml.set_cant_split(table.rows[0]._tr)
    set_cell(table.cell(1, 0), "{%tr for b in anggaran.baris %}")
    row = table.rows[2]
    set_cell(row.cells[0], "{{ b.nomor }}", "Tengah Tabel PK")
    set_cell(row.cells[1], "{{ b.nama }}", "Isi Tabel PK")
    set_cell(row.cells[2], "{{ b.anggaran|rupiah }}", "Angka Tabel PK")
    set_cell(row.cells[3], "{{ b.keterangan }}", "Tengah Tabel PK")
    ooxml.set_cant_split(row._tr)
    set_cell(table.cell(3, 0), "{%tr endfor %}")
    jumlah = table.rows[4]
    label = jumlah.cells[0].merge(jumlah.cells[1])
    p = set_cell(label, "JUMLAH", "Jumlah Tabel PK")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = set_cell(jumlah.cells[2], "{{ anggaran.jumlah|rupiah }}", "Jumlah Tabel PK")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_cell(jumlah.cells[3], "", "Jumlah Tabel PK")
    ooxml.set_cant_split(jumlah._tr)
    table._tbl.remove(table.rows[5]._tr)


def perjanjian_kinerja(out: Path) -> None:
    doc = new_document()
    _styles(doc)

    # ---- page 1: the statement ----------------------------------------------------------
    kop(doc)
    add(doc, "{{ judul }}", "Judul")
    add(doc, "", "Isi PK")
    add(doc, PEMBUKA, "Isi PK")
    _pihak(doc, "pertama", "selanjutnya disebut PIHAK PERTAMA.")
    _pihak(doc, "kedua", "selaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA.")
    add(doc, JANJI, "Isi PK")
    add(doc, SUPERVISI, "Isi PK Lanjut")
    add(doc, "", "Isi PK Lanjut")
    ttd_berdampingan(doc, tempat_tanggal="{{ ttd.tempat_tanggal }}", kiri="ttd.kiri", kanan="ttd.kanan")

    # ---- page 2: the lampiran -----------------------------------------------------------
    first = add(doc, "{{ lampiran.judul }}", "Judul")
    first.paragraph_format.page_break_before = True
    add(doc, "{{ lampiran.jabatan }}", "Judul")
    add(doc, "", "Judul")
    _tabel_sasaran(doc)
    add(doc, "{%p if anggaran.ada %}", "Isi PK")
    add(doc, "", "Isi PK")
    _tabel_anggaran(doc)
    terbilang = add(doc, "Terbilang: ", "Terbilang PK")
    terbilang.add_run("{{ anggaran.jumlah|terbilang_rupiah|kapital }}").italic = True
    add(doc, "{%p endif %}", "Isi PK")
    add(doc, "", "Isi PK Lanjut")
    ttd_berdampingan(doc, tempat_tanggal="{{ ttd.tempat_tanggal }}", kiri="ttd.kiri", kanan="ttd.kanan")
    add(doc, "", "Akhir PK")  # a body must end with a paragraph; 1 pt so it never makes a page of its own

    save_deterministic(doc, out / "perjanjian-kinerja.docx")
