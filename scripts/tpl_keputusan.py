"""The decree frame every Keputusan Camat template shares: kop, title, konsiderans, diktum,
signature, tembusan, and the Lampiran header on a new page."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from template_parts import (
    LEBAR_TEKS,
    add,
    kop,
    new_document,
    page_number_header,
    paragraph_style,
    plain_table,
    ttd_camat,
)

from doctools import ooxml


def konsiderans(doc, label: str, items: str, marker: str, style: str = "Konsiderans", *,
                tahan: bool = False) -> None:
    """A labelled list (a., b. / 1., 2.); with ``tahan`` its items keep with what follows."""
    add(doc, f"{{%p for b in {items} %}}", style)
    item = add(doc, f"{{% if loop.first %}}{label}{{% endif %}}\t{{% if loop.first %}}:{{% endif %}}\t"
                    f"{{{{ b.{marker} }}}}\t{{{{ b.teks }}}}", style)
    if tahan:
        item.paragraph_format.keep_with_next = True
    add(doc, "{%p endfor %}", style)


def diktum_isi(container) -> None:
    """One diktum ``d``: label, colon, text, then its rincian."""
    add(container, "{{ d.label }}\t:\t{{ d.teks }}", "Diktum")
    add(container, "{%p for r in d.rincian %}", "Rincian")
    add(container, "{{ r.tanda }}\t{{ r.teks }}", "Rincian")
    add(container, "{%p endfor %}", "Rincian")


def diktum(doc, items: str) -> None:
    add(doc, f"{{%p for d in {items} %}}", "Diktum")
    diktum_isi(doc)
    add(doc, "{%p endfor %}", "Diktum")


def lampiran_header(doc) -> None:
    add(doc, "LAMPIRAN", "Kepala Lampiran")
    add(doc, "{{ lampiran.judul }}", "Kepala Lampiran Gantung")
    add(doc, "NOMOR\t:\t{{ nomor }}", "Kepala Lampiran")
    add(doc, "TANGGAL\t:\t{{ tanggal }}", "Kepala Lampiran")
    add(doc, "TENTANG\t:\t{{ tentang_kapital }}", "Kepala Lampiran Gantung")
    add(doc, "", "Kepala Lampiran")


def keputusan_frame() -> DocumentObject:
    """A new document holding a whole Keputusan Camat up to the Lampiran header (on a new page)."""
    doc = new_document()
    paragraph_style(doc, "Akhir Sel", size=1)
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
    konsiderans(doc, "Menimbang", "menimbang", "huruf")
    add(doc, "{%p endif %}", "Konsiderans")
    add(doc, "", "Konsiderans")
    konsiderans(doc, "Mengingat", "mengingat", "angka")
    add(doc, "{%p if memperhatikan %}", "Konsiderans")
    add(doc, "", "Konsiderans")
    konsiderans(doc, "Memperhatikan", "memperhatikan", "angka")
    add(doc, "{%p endif %}", "Konsiderans")
    add(doc, "", "Konsiderans")
    add(doc, "MEMUTUSKAN:", "Judul")
    add(doc, "", "Judul")
    add(doc, "Menetapkan\t:\t{{ menetapkan }}", "Diktum")

    diktum(doc, "diktum_awal")
    # The last diktum and the signature share one borderless row that cannot split, so the
    # signature never starts a page alone: Word and LibreOffice both keep such a row whole
    # (LibreOffice does not honour keep-with-next chains). Cell margins are 0, so the diktum
    # lines up with those above it.
    table = plain_table(doc, 1, [LEBAR_TEKS])
    ooxml.set_cant_split(table.rows[0]._tr)
    ooxml.set_cell_margins(table._tbl.tblPr, 0, 0)
    cell = table.cell(0, 0)
    cell.paragraphs[0].style = "Diktum"
    cell.paragraphs[0].add_run("{%p for d in diktum_akhir %}")
    diktum_isi(cell)
    add(cell, "{%p endfor %}", "Diktum")
    add(cell, "", "Diktum Akhir")
    ttd_camat(cell, "", two_lines=True)
    cell.paragraphs[-1].style = "Akhir Sel"

    # The tembusan list sits in one borderless row that cannot split: LibreOffice does not
    # reliably honour keep-with-next chains, and the heading must never be left alone.
    add(doc, "{%p if tembusan %}", "Tembusan")
    add(doc, "", "Tembusan")
    table = plain_table(doc, 1, [LEBAR_TEKS])
    ooxml.set_cant_split(table.rows[0]._tr)
    cell = table.cell(0, 0)
    cell.paragraphs[0].style = "Tembusan"
    cell.paragraphs[0].add_run("Tembusan:")
    add(cell, "{%p for t in tembusan %}", "Tembusan")
    add(cell, "{{ t.angka }}\t{{ t.teks }}", "Tembusan")
    add(cell, "{%p endfor %}", "Tembusan")
    add(doc, "{%p endif %}", "Tembusan")

    # ---- Lampiran, on a new page -------------------------------------------------------
    first = add(doc, "", "Kepala Lampiran")
    first.paragraph_format.page_break_before = True
    lampiran_header(doc)
    return doc
