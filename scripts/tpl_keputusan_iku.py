"""The Keputusan Camat tentang IKU template (decree frame + Lampiran with the IKU table)."""

from __future__ import annotations

from pathlib import Path

from template_parts import add, grid_table, set_cell, ttd_camat
from tpl_keputusan import keputusan_frame, konsiderans

from doctools import ooxml
from doctools.render import save_deterministic


def keputusan_iku(out: Path) -> None:
    doc = keputusan_frame()
    add(doc, "INDIKATOR KINERJA UTAMA (IKU)", "Judul")
    add(doc, "{{ lampiran.unit }}", "Judul")
    add(doc, "", "Judul")

    add(doc, "Instansi\t:\t{{ lampiran.instansi }}", "Identitas Tunggal")
    konsiderans(doc, "Tugas", "tugas", "huruf", "Identitas")
    konsiderans(doc, "Fungsi", "fungsi", "huruf", "Identitas")
    add(doc, "{%p for t in tujuan %}", "Identitas Tunggal")
    add(doc, "{{ t.label }}\t:\t{{ t.uraian }}", "Identitas Tunggal")
    add(doc, "{%p for i in t.indikator %}", "Identitas Tunggal")
    add(doc, "{% if loop.first %}Indikator Tujuan{% endif %}\t{% if loop.first %}:{% endif %}\t{{ i }}",
        "Identitas Tunggal")
    add(doc, "{%p endfor %}", "Identitas Tunggal")
    add(doc, "{%p endfor %}", "Identitas Tunggal")
    add(doc, "", "Konsiderans")
    add(doc, "INDIKATOR KINERJA UTAMA", "Judul")
    add(doc, "{{ lampiran.unit_kapital }}", "Judul")
    add(doc, "", "Judul")

    widths = [0.9, 2.8, 2.8, 5.0, 2.8, 2.2]
    headers = ["NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA",
               "FORMULASI PERHITUNGAN DAN PENJELASAN", "PENANGGUNG JAWAB", "SUMBER DATA"]
    table = grid_table(doc, 6, widths)
    for i, text in enumerate(headers):
        set_cell(table.cell(0, i), text, "Kepala Tabel")
        set_cell(table.cell(1, i), f"({i + 1})", "Kepala Tabel")
    ooxml.set_repeat_header(table.rows[0]._tr)
    ooxml.set_repeat_header(table.rows[1]._tr)
    set_cell(table.cell(2, 0), "{%tr for s in iku %}")
    set_cell(table.cell(3, 0), "{%tr for ind in s.indikator %}")
    row = table.rows[4]
    set_cell(row.cells[0], "{% vm %}{{ s.nomor }}").alignment = 1
    set_cell(row.cells[1], "{% vm %}{{ s.uraian }}")
    set_cell(row.cells[2], "{{ ind.nama }}")
    set_cell(row.cells[3], "{{r ind.rumus }}", "Rumus Tabel")
    cell = row.cells[3]
    add(cell, "{%p if ind.penjelasan %}", "Isi Tabel")
    add(cell, "{{ ind.penjelasan }}", "Isi Tabel")
    add(cell, "{%p endif %}", "Isi Tabel")
    set_cell(row.cells[4], "{{ ind.penanggung_jawab }}")
    set_cell(row.cells[5], "{{ ind.sumber_data }}")
    ooxml.set_cant_split(row._tr)
    set_cell(table.cell(5, 0), "{%tr endfor %}")
    # the closing row of the outer loop
    closing = table.add_row()
    set_cell(closing.cells[0], "{%tr endfor %}")

    add(doc, "", "Diktum Akhir")
    ttd_camat(doc, "{{ ttd.tempat }}, {{ ttd.tanggal }}", two_lines=False)

    save_deterministic(doc, out / "keputusan-iku.docx")


