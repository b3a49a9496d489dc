"""The Keputusan Camat tentang IKU template (decree frame + Lampiran with the IKU table)."""

from __future__ import annotations

from pathlib import Path

from docx.shared import Cm
from template_parts import add, grid_table, kop, new_document, page_number_header, set_cell, ttd_camat

from doctools import ooxml
from doctools.render import save_deterministic


def _konsiderans(doc, label: str, items: str, marker: str) -> None:
    add(doc, f"{{%p for b in {items} %}}", "Konsiderans")
    add(doc, f"{{% if loop.first %}}{label}{{% endif %}}\t{{% if loop.first %}}:{{% endif %}}\t"
             f"{{{{ b.{marker} }}}}\t{{{{ b.teks }}}}", "Konsiderans")
    add(doc, "{%p endfor %}", "Konsiderans")


def _lampiran_header(doc) -> None:
    add(doc, "LAMPIRAN", "Kepala Lampiran")
    add(doc, "{{ lampiran.judul }}", "Kepala Lampiran Gantung")
    add(doc, "NOMOR\t:\t{{ nomor }}", "Kepala Lampiran")
    add(doc, "TANGGAL\t:\t{{ tanggal }}", "Kepala Lampiran")
    add(doc, "TENTANG\t:\t{{ tentang_kapital }}", "Kepala Lampiran Gantung")
    add(doc, "", "Kepala Lampiran")


def keputusan_iku(out: Path) -> None:
    doc = new_document()
    page_number_header(doc)
    kop(doc)

    add(doc, "{{ judul.keputusan }}", "Judul")
    add(doc, "{{ judul.daerah }}", "Judul")
    add(doc, "", "Judul")
    add(doc, "NOMOR {{ nomor }}", "Judul Tengah")
    add(doc, "", "Judul")
    add(doc, "TENTANG", "Judul")
    add(doc, "", "Judul")
    add(doc, "{{ tentang_kapital }}", "Judul")
    add(doc, "", "Judul")
    add(doc, "{{ judul.pejabat }},", "Judul")
    add(doc, "", "Judul")

    add(doc, "{%p if menimbang_tunggal %}", "Konsiderans")
    add(doc, "Menimbang\t:\t{{ menimbang[0].teks }}", "Konsiderans Tunggal")
    add(doc, "{%p else %}", "Konsiderans")
    _konsiderans(doc, "Menimbang", "menimbang", "huruf")
    add(doc, "{%p endif %}", "Konsiderans")
    add(doc, "", "Konsiderans")
    _konsiderans(doc, "Mengingat", "mengingat", "angka")
    add(doc, "{%p if memperhatikan %}", "Konsiderans")
    add(doc, "", "Konsiderans")
    _konsiderans(doc, "Memperhatikan", "memperhatikan", "angka")
    add(doc, "{%p endif %}", "Konsiderans")
    add(doc, "", "Konsiderans")
    add(doc, "MEMUTUSKAN:", "Judul")
    add(doc, "", "Judul")
    add(doc, "Menetapkan\t:\t{{ menetapkan }}", "Diktum")

    add(doc, "{%p for d in diktum %}", "Diktum")
    add(doc, "{%p if loop.last and not d.rincian %}", "Diktum")
    add(doc, "{{ d.label }}\t:\t{{ d.teks }}", "Diktum Akhir")
    add(doc, "{%p else %}", "Diktum")
    add(doc, "{{ d.label }}\t:\t{{ d.teks }}", "Diktum")
    add(doc, "{%p endif %}", "Diktum")
    add(doc, "{%p for r in d.rincian %}", "Rincian")
    add(doc, "{{ r.tanda }}\t{{ r.teks }}", "Rincian")
    add(doc, "{%p endfor %}", "Rincian")
    add(doc, "{%p endfor %}", "Diktum")
    add(doc, "", "Diktum Akhir")

    ttd_camat(doc, "", two_lines=True)

    add(doc, "{%p if tembusan %}", "Tembusan")
    add(doc, "", "Tembusan")
    add(doc, "Tembusan:", "Tembusan")
    add(doc, "{%p for t in tembusan %}", "Tembusan")
    add(doc, "{{ t.angka }}\t{{ t.teks }}", "Tembusan")
    add(doc, "{%p endfor %}", "Tembusan")
    add(doc, "{%p endif %}", "Tembusan")

    # ---- Lampiran, on a new page -------------------------------------------------------
    first = add(doc, "", "Kepala Lampiran")
    first.paragraph_format.page_break_before = True
    _lampiran_header(doc)
    add(doc, "INDIKATOR KINERJA UTAMA (IKU)", "Judul")
    add(doc, "{{ lampiran.unit }}", "Judul")
    add(doc, "", "Judul")

    add(doc, "Instansi\t:\t{{ lampiran.instansi }}", "Konsiderans Tunggal")
    _konsiderans(doc, "Tugas", "tugas", "huruf")
    _konsiderans(doc, "Fungsi", "fungsi", "huruf")
    add(doc, "{%p for t in tujuan %}", "Konsiderans Tunggal")
    add(doc, "{{ t.label }}\t:\t{{ t.uraian }}", "Uraian Lebar")
    add(doc, "{%p for i in t.indikator %}", "Konsiderans Tunggal")
    add(doc, "{% if loop.first %}Indikator Tujuan{% endif %}\t{% if loop.first %}:{% endif %}\t{{ i }}",
        "Uraian Lebar")
    add(doc, "{%p endfor %}", "Konsiderans Tunggal")
    add(doc, "{%p endfor %}", "Konsiderans Tunggal")
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
    formula = set_cell(row.cells[3], "{{r ind.rumus }}")
    formula.paragraph_format.space_after = Cm(0.1)
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


