"""The Keputusan Camat tentang IKI template: decree frame + one Lampiran block per jabatan."""

from __future__ import annotations

from pathlib import Path

from template_parts import add, grid_table, set_cell, ttd_camat
from tpl_keputusan import keputusan_frame, konsiderans

from doctools import ooxml
from doctools.render import save_deterministic


def keputusan_iki(out: Path) -> None:
    doc = keputusan_frame()
    add(doc, "INDIKATOR KINERJA INDIVIDU (IKI)", "Judul")
    add(doc, "{{ lampiran.unit_kapital }}", "Judul")
    add(doc, "", "Judul")

    add(doc, "{%p for g in kelompok %}", "Judul")
    add(doc, "{%p if g.judul %}", "Judul")
    add(doc, "{{ g.judul }}", "Judul")
    add(doc, "", "Judul")
    add(doc, "{%p endif %}", "Judul")
    add(doc, "{%p for blok in g.jabatan %}", "Konsiderans Tunggal")
    # a jabatan's block (jabatan, tugas, fungsi) keeps with its table: never a block without it
    jabatan = add(doc, "Jabatan\t:\t{{ blok.jabatan }}", "Konsiderans Tunggal")
    jabatan.runs[-1].bold = True
    jabatan.paragraph_format.keep_with_next = True
    konsiderans(doc, "Tugas", "blok.tugas", "huruf", tahan=True)
    add(doc, "{%p if blok.fungsi %}", "Konsiderans")
    konsiderans(doc, "Fungsi", "blok.fungsi", "huruf", tahan=True)
    add(doc, "{%p endif %}", "Konsiderans")
    add(doc, "", "Konsiderans").paragraph_format.keep_with_next = True

    widths = [3.6, 3.6, 6.0, 3.3]
    headers = ["SASARAN/KINERJA UTAMA", "INDIKATOR KINERJA INDIVIDU",
               "PENJELASAN/FORMULASI PENGHITUNGAN", "SUMBER DATA"]
    table = grid_table(doc, 5, widths)
    for i, text in enumerate(headers):
        set_cell(table.cell(0, i), text, "Kepala Tabel")
    ooxml.set_repeat_header(table.rows[0]._tr)
    set_cell(table.cell(1, 0), "{%tr for s in blok.kinerja %}")
    set_cell(table.cell(2, 0), "{%tr for ind in s.indikator %}")
    row = table.rows[3]
    set_cell(row.cells[0], "{% vm %}{{ s.uraian }}")
    set_cell(row.cells[1], "{{ ind.nama }}")
    set_cell(row.cells[2], "{{r ind.rumus }}", "Rumus Tabel")
    cell = row.cells[2]
    add(cell, "{%p if ind.penjelasan %}", "Isi Tabel")
    add(cell, "{{ ind.penjelasan }}", "Isi Tabel")
    add(cell, "{%p endif %}", "Isi Tabel")
    set_cell(row.cells[3], "{{ ind.sumber_data }}")
    ooxml.set_cant_split(row._tr)
    set_cell(table.cell(4, 0), "{%tr endfor %}")
    closing = table.add_row()
    set_cell(closing.cells[0], "{%tr endfor %}")
    add(doc, "", "Konsiderans")
    add(doc, "{%p endfor %}", "Konsiderans")
    add(doc, "{%p endfor %}", "Judul")

    add(doc, "", "Diktum Akhir")
    ttd_camat(doc, "{{ ttd.tempat }}, {{ ttd.tanggal }}", two_lines=False)
    save_deterministic(doc, out / "keputusan-iki.docx")
