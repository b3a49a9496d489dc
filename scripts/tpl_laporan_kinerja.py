"""The Laporan Kinerja (LKj) template: a report in four sections.

1. front matter (cover, Kata Pengantar, Daftar Isi, Ikhtisar Eksekutif), pages i, ii, … (the
   cover counts as i but shows no number);
2. BAB I–IV, pages 1, 2, … restarting at 1;
3. the landscape Lampiran (the Renstra matrix), numbering continued;
4. the portrait Lampiran (RKT, PK, IKU), numbering continued.

Headings use Word's Heading 1–3, so the Daftar Isi is a real TOC field fed from them; Word is
asked to refresh fields on open (``w:updateFields``), and ``doctools build --pdf`` refreshes the
TOC through LibreOffice. Wording around the tags is plain template text a secretariat may edit;
every value in a tag is computed by ``doctools.documents.lkj``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from template_parts import (
    LEBAR_TEKS,
    add,
    grid_table,
    heading_styles,
    new_document,
    paragraph_style,
    plain_table,
    set_cell,
    ttd_berdampingan,
)

from doctools import ooxml
from doctools.documents.lkj.narasi import GAYA_BUTIR, GAYA_TEKS
from doctools.documents.lkj.perencanaan import GAYA_ANGKA, GAYA_ISI, GAYA_KEPALA
from doctools.render import save_deterministic

TOC = 'TOC \\o "1-3" \\h \\z \\u'
TOC_SEMENTARA = ("Daftar isi belum diperbarui. Di Word: klik kanan di sini lalu pilih Update Field (Perbarui "
                 "Bidang), atau jawab Yes saat Word menawarkan memperbarui field ketika dokumen dibuka.")

ISI, ANGKA, TENGAH, KEPALA, TEBAL = "Isi Tabel LKj", "Angka Tabel LKj", "Tengah Tabel LKj", "Kepala Tabel LKj", \
    "Tebal Tabel LKj"
TEBAL_ANGKA = "Tebal Angka Tabel LKj"
JUDUL_TABEL, JUDUL_GAMBAR = "Judul Tabel", "Judul Gambar"
DAFTAR, SUBDAFTAR = "Daftar LKj", "Subdaftar LKj"
TTD, TTD_NAMA = "TTD LKj", "TTD Nama LKj"
AKHIR = "Akhir Bagian"
BUTIR_DALAM = "Butir Dalam LKj"


def _styles(doc) -> None:
    justify, center, right = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    heading_styles(doc)
    paragraph_style(doc, GAYA_TEKS, align=justify, first=1.25, after=6)
    doc.styles[GAYA_TEKS].paragraph_format.line_spacing = 1.5
    paragraph_style(doc, GAYA_BUTIR, base="List Bullet", align=justify, after=3)
    doc.styles[GAYA_BUTIR].paragraph_format.line_spacing = 1.5
    paragraph_style(doc, DAFTAR, align=justify, left=1.25, first=-0.75, tabs=(1.25,), after=3)
    doc.styles[DAFTAR].paragraph_format.line_spacing = 1.15
    paragraph_style(doc, SUBDAFTAR, base=DAFTAR, left=2.0, first=-0.75, tabs=(2.0,))
    paragraph_style(doc, "Sampul Judul", bold=True, size=24, align=center, after=6)
    paragraph_style(doc, "Sampul", bold=True, size=16, align=center, after=6)
    paragraph_style(doc, "Sampul Kecil", size=11, align=center)
    paragraph_style(doc, TTD, align=center, keep_next=True)
    paragraph_style(doc, TTD_NAMA, base=TTD, bold=True)
    paragraph_style(doc, JUDUL_TABEL, bold=True, size=11, align=center, before=6, after=4, keep_next=True)
    paragraph_style(doc, JUDUL_GAMBAR, bold=True, size=11, align=center, before=2, after=8)
    paragraph_style(doc, "Sumber Tabel", size=9, before=3, after=8)
    paragraph_style(doc, "Gambar LKj", align=center, keep_next=True, before=6)
    paragraph_style(doc, "Rumus LKj", align=center, before=4, after=4)
    for nama, kwargs in ((ISI, {}), (ANGKA, {"align": right}), (TENGAH, {"align": center}),
                         (KEPALA, {"bold": True, "align": center, "keep_next": True, "size": 8}),
                         (TEBAL, {"bold": True}), (TEBAL_ANGKA, {"bold": True, "align": right})):
        paragraph_style(doc, nama, **({"size": 9, "before": 1, "after": 1} | kwargs))
    paragraph_style(doc, BUTIR_DALAM, base=GAYA_BUTIR, left=1.85, first=-0.6)
    paragraph_style(doc, "Sampul Tahun", bold=True, size=18, align=center, after=6)
    subjudul = doc.styles["Heading 4"]
    subjudul.font.size, subjudul.font.bold, subjudul.font.italic = Pt(12), True, False
    subjudul.font.color.rgb = None
    rpr = subjudul.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    subjudul.paragraph_format.space_before, subjudul.paragraph_format.space_after = Pt(8), Pt(4)
    subjudul.paragraph_format.keep_with_next = True
    for nama, kwargs in ((GAYA_ISI, {}), (GAYA_ANGKA, {"align": right}),
                         (GAYA_KEPALA, {"bold": True, "align": center, "keep_next": True})):
        paragraph_style(doc, nama, size=7, **kwargs)
    paragraph_style(doc, AKHIR, size=1)


# ---- tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class S:
    """A template cell: its paragraphs (text, style), columns spanned, vertical merge in a loop."""

    teks: str | list[tuple[str, str]]
    gaya: str = ISI
    rentang: int = 1
    vm: bool = False


def tabel(doc, lebar: list[float], kepala: list[str], baris: list[str | list[S]]) -> None:
    """A ruled table: one repeating header row, then loop-tag rows (a str) and data rows (cells).

    Data rows may not split across pages; a cell spanning columns is merged after it is filled.
    """
    t = grid_table(doc, 1 + len(baris), lebar)
    for i, teks in enumerate(kepala):
        set_cell(t.cell(0, i), teks, KEPALA)
    ooxml.set_repeat_header(t.rows[0]._tr)
    ooxml.set_cant_split(t.rows[0]._tr)
    for r, spek in enumerate(baris, start=1):
        row = t.rows[r]
        if isinstance(spek, str):
            set_cell(row.cells[0], spek)
            continue
        ooxml.set_cant_split(row._tr)
        kolom = 0
        gabung = []
        for sel in spek:
            paragraf = [(sel.teks, sel.gaya)] if isinstance(sel.teks, str) else sel.teks
            cell = row.cells[kolom]
            for k, (teks, gaya) in enumerate(paragraf):
                if k == 0:
                    set_cell(cell, ("{% vm %}" if sel.vm else "") + teks, gaya)
                else:
                    add(cell, teks, gaya)
            if sel.rentang > 1:
                gabung.append((kolom, kolom + sel.rentang - 1))
            kolom += sel.rentang
        for a, b in gabung:
            row.cells[a].merge(row.cells[b])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER


def judul_tabel(doc, kunci: str, teks: str) -> None:
    add(doc, f"Tabel {{{{ {kunci} }}}} {teks}", JUDUL_TABEL)


def narasi(doc, nama: str) -> None:
    """A narrative: paragraphs and bullets computed or written by the user (``{{p … }}``)."""
    add(doc, f"{{{{p {nama} }}}}", GAYA_TEKS)


def daftar(doc, nama: str, gaya: str = DAFTAR) -> None:
    """A lettered/numbered list whose markers are computed: ``a.<tab>text``."""
    add(doc, f"{{%p for b in {nama} %}}", gaya)
    add(doc, "{{ b.tanda }}\t{{ b.teks }}", gaya)
    add(doc, "{%p endfor %}", gaya)


def ttd(doc) -> None:
    """The Camat's signature on the right, in a no-wrap cell of a row that cannot split."""
    add(doc, "", TTD).paragraph_format.keep_with_next = True
    table = plain_table(doc, 1, [LEBAR_TEKS - 8.0, 8.0])
    ooxml.set_cant_split(table.rows[0]._tr)
    cell = table.cell(0, 1)
    ooxml.set_no_wrap(cell._tc)
    set_cell(cell, "{{ ttd.tempat_tanggal }}", TTD)
    add(cell, "{{ ttd.jabatan }},", TTD_NAMA)
    for _ in range(4):
        add(cell, "", TTD)
    nama = add(cell, "", TTD_NAMA)
    nama.add_run("{{ ttd.nama }}").underline = True
    add(cell, "{%p if ttd.pangkat %}", TTD)
    add(cell, "{{ ttd.pangkat }}", TTD)
    add(cell, "{%p endif %}", TTD)
    add(cell, "{{ ttd.nip }}", TTD)


def h(doc, level: int, teks: str):
    return add(doc, teks, f"Heading {level}")


# ---- front matter --------------------------------------------------------------------------------


def sampul(doc) -> None:
    for _ in range(4):
        add(doc, "", "Sampul")
    add(doc, "LAPORAN KINERJA", "Sampul Judul")
    add(doc, "{{ sampul.kecamatan }}", "Sampul")
    add(doc, "{{ sampul.tahun }}", "Sampul Tahun")
    for _ in range(5):
        add(doc, "", "Sampul")
    add(doc, "{%p if sampul.logo %}", "Sampul")
    add(doc, "{{ sampul.logo }}", "Sampul")
    add(doc, "{%p endif %}", "Sampul")
    for _ in range(10):
        add(doc, "", "Sampul")
    add(doc, "{{ sampul.pemerintah }}", "Sampul")
    add(doc, "{{ sampul.kecamatan }}", "Sampul")
    add(doc, "{{ sampul.alamat }}", "Sampul Kecil")


def depan(doc) -> None:
    sampul(doc)
    h(doc, 1, "KATA PENGANTAR")
    narasi(doc, "kata_pengantar")
    ttd(doc)

    add(doc, "DAFTAR ISI", "TOC Heading")
    toc = add(doc, "", GAYA_TEKS)
    toc.paragraph_format.first_line_indent = Cm(0)
    ooxml.add_field(toc._p, TOC, TOC_SEMENTARA)

    h(doc, 1, "IKHTISAR EKSEKUTIF")
    narasi(doc, "ikhtisar.pembuka")
    add(doc, "Capaian setiap sasaran strategis tahun {{ tahun }} adalah sebagai berikut.", GAYA_TEKS)
    add(doc, "Ringkasan Capaian Sasaran Strategis Tahun {{ tahun }}", JUDUL_TABEL)
    tabel(doc, [0.8, 7.9, 2.4, 2.4, 2.5], ["NO", "SASARAN STRATEGIS", "JUMLAH INDIKATOR", "RATA-RATA CAPAIAN",
                                           "PREDIKAT"], [
        "{%tr for s in ikhtisar.sasaran %}",
        [S("{{ s.nomor }}", TENGAH), S("{{ s.uraian }}"), S("{{ s.jumlah }}", TENGAH), S("{{ s.capaian }}", ANGKA),
         S("{{ s.predikat }}", TENGAH)],
        "{%tr endfor %}",
    ])
    add(doc, "", GAYA_TEKS)
    narasi(doc, "ikhtisar.anggaran")
    narasi(doc, "ikhtisar.kendala")
    narasi(doc, "ikhtisar.upaya")
    narasi(doc, "ikhtisar.tambahan")


# ---- BAB I ---------------------------------------------------------------------------------------


def tabel_hitungan(doc, kunci: str, kolom: str) -> None:
    tabel(doc, [1.2, 7.0, 3.0], ["NO", kolom, "JUMLAH (ORANG)"], [
        f"{{%tr for b in {kunci}.baris %}}",
        [S("{{ b.nomor }}", TENGAH), S("{{ b.nama }}"), S("{{ b.jumlah }}", TENGAH)],
        "{%tr endfor %}",
        [S("JUMLAH", TEBAL, rentang=2), S(f"{{{{ {kunci}.jumlah }}}}", KEPALA)],
    ])


def bab1(doc) -> None:
    h(doc, 1, "BAB I PENDAHULUAN")
    h(doc, 2, "A. Latar Belakang")
    narasi(doc, "bab1.latar_belakang")
    h(doc, 2, "B. Maksud dan Tujuan")
    narasi(doc, "bab1.maksud_tujuan")
    h(doc, 2, "C. Gambaran Umum Organisasi")
    h(doc, 3, "{{ bab1.nomor.tugas }}. Kedudukan, Tugas dan Fungsi")
    narasi(doc, "bab1.kedudukan")
    add(doc, "{{ bab1.dasar_hukum }}", GAYA_TEKS)
    add(doc, "Tugas:", GAYA_TEKS).paragraph_format.first_line_indent = Cm(0)
    daftar(doc, "bab1.tugas")
    add(doc, "Fungsi:", GAYA_TEKS).paragraph_format.first_line_indent = Cm(0)
    daftar(doc, "bab1.fungsi")

    h(doc, 3, "{{ bab1.nomor.susunan }}. Susunan Organisasi")
    add(doc, "Susunan organisasi Kecamatan {{ kecamatan }} terdiri atas:", GAYA_TEKS)
    add(doc, "{%p for u in bab1.susunan %}", DAFTAR)
    add(doc, "{{ u.tanda }}\t{{ u.teks }}", DAFTAR)
    add(doc, "{%p for b in u.membawahi %}", SUBDAFTAR)
    add(doc, "{{ b.tanda }}\t{{ b.teks }}", SUBDAFTAR)
    add(doc, "{%p endfor %}", SUBDAFTAR)
    add(doc, "{%p endfor %}", DAFTAR)
    add(doc, "{%p if bab1.bagan %}", "Gambar LKj")
    add(doc, "{{ bab1.bagan }}", "Gambar LKj")
    add(doc, "Bagan Organisasi Kecamatan {{ kecamatan }}", JUDUL_GAMBAR)
    add(doc, "{%p endif %}", "Gambar LKj")

    add(doc, "{%p if bab1.sdm %}", GAYA_TEKS)
    h(doc, 3, "{{ bab1.nomor.sdm }}. Sumber Daya Manusia")
    add(doc, "{{ bab1.sdm.kalimat }}", GAYA_TEKS)
    judul_tabel(doc, "bab1.tabel.pendidikan", "Pegawai menurut Tingkat Pendidikan")
    tabel_hitungan(doc, "bab1.sdm.pendidikan", "PENDIDIKAN")
    judul_tabel(doc, "bab1.tabel.golongan", "Pegawai menurut Pangkat/Golongan")
    tabel_hitungan(doc, "bab1.sdm.golongan", "PANGKAT/GOLONGAN")
    add(doc, "{%p if bab1.sdm.eselon %}", GAYA_TEKS)
    judul_tabel(doc, "bab1.tabel.eselon", "Pejabat Struktural menurut Eselon")
    tabel_hitungan(doc, "bab1.sdm.eselon", "ESELON")
    add(doc, "{%p endif %}", GAYA_TEKS)
    add(doc, "{%p endif %}", GAYA_TEKS)

    add(doc, "{%p if bab1.sarana %}", GAYA_TEKS)
    h(doc, 3, "{{ bab1.nomor.sarana }}. Sarana dan Prasarana")
    add(doc, "Pelaksanaan tugas Kecamatan {{ kecamatan }} didukung sarana dan prasarana berikut.", GAYA_TEKS)
    judul_tabel(doc, "bab1.tabel.sarana", "Sarana dan Prasarana")
    tabel(doc, [0.8, 4.8, 1.6, 1.4, 1.9, 1.9, 1.7, 1.9],
          ["NO", "JENIS", "SATUAN", "BAIK", "RUSAK RINGAN", "RUSAK BERAT", "JUMLAH", "KET."], [
              "{%tr for b in bab1.sarana %}",
              [S("{{ b.nomor }}", TENGAH), S("{{ b.jenis }}"), S("{{ b.satuan }}", TENGAH), S("{{ b.baik }}", TENGAH),
               S("{{ b.rusak_ringan }}", TENGAH), S("{{ b.rusak_berat }}", TENGAH), S("{{ b.jumlah }}", KEPALA),
               S("{{ b.keterangan }}")],
              "{%tr endfor %}",
          ])
    add(doc, "{%p endif %}", GAYA_TEKS)


# ---- BAB II --------------------------------------------------------------------------------------


def tabel_target(doc, loop: str, target: str = "TARGET") -> None:
    tabel(doc, [0.8, 5.2, 5.9, 1.9, 2.2], ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", target, "SATUAN"], [
        f"{{%tr for s in {loop} %}}",
        "{%tr for i in s.indikator %}",
        [S("{{ s.nomor }}", TENGAH, vm=True), S("{{ s.uraian }}", vm=True), S("{{ i.nama }}"),
         S("{{ i.target }}", TENGAH), S("{{ i.satuan }}", TENGAH)],
        "{%tr endfor %}",
        "{%tr endfor %}",
    ])


def bab2(doc) -> None:
    h(doc, 1, "BAB II PERENCANAAN DAN PERJANJIAN KINERJA")
    h(doc, 2, "A. Rencana Strategis")
    add(doc, "{{ bab2.renstra.kalimat }} Komponen Renstra diuraikan sebagai berikut.", GAYA_TEKS)
    add(doc, "{%p if bab2.nomor.visi %}", GAYA_TEKS)
    h(doc, 3, "{{ bab2.nomor.visi }}. Visi dan Misi")
    add(doc, "Kecamatan {{ kecamatan }} mendukung pencapaian visi pembangunan daerah periode {{ periode }}"
             "{% if bab2.renstra.visi %}: “{{ bab2.renstra.visi }}”{% endif %}.", GAYA_TEKS)
    add(doc, "{%p if bab2.renstra.misi %}", GAYA_TEKS)
    add(doc, "Visi tersebut diwujudkan melalui misi:", GAYA_TEKS)
    daftar(doc, "bab2.renstra.misi")
    add(doc, "{%p endif %}", GAYA_TEKS)
    add(doc, "{%p endif %}", GAYA_TEKS)

    h(doc, 3, "{{ bab2.nomor.tujuan }}. Tujuan dan Sasaran")
    add(doc, "Tujuan yang akan dicapai dalam periode Renstra {{ periode }}:", GAYA_TEKS)
    add(doc, "{%p for t in bab2.renstra.tujuan %}", DAFTAR)
    add(doc, "{{ t.label }}: {{ t.uraian }}", GAYA_TEKS)
    add(doc, "{%p for i in t.indikator %}", BUTIR_DALAM)
    add(doc, "Indikator tujuan: {{ i }}", BUTIR_DALAM)
    add(doc, "{%p endfor %}", BUTIR_DALAM)
    add(doc, "{%p endfor %}", DAFTAR)
    add(doc, "Sasaran strategis dan indikator kinerjanya:", GAYA_TEKS)
    add(doc, "{%p for s in bab2.renstra.sasaran %}", DAFTAR)
    add(doc, "{{ s.nomor }}\t{{ s.uraian }}", DAFTAR)
    add(doc, "{%p for i in s.indikator %}", BUTIR_DALAM)
    add(doc, "Indikator: {{ i }}", BUTIR_DALAM)
    add(doc, "{%p endfor %}", BUTIR_DALAM)
    add(doc, "{%p endfor %}", DAFTAR)

    add(doc, "{%p if bab2.renstra.strategi %}", GAYA_TEKS)
    h(doc, 3, "{{ bab2.nomor.strategi }}. Strategi dan Kebijakan")
    add(doc, "Untuk mencapai tujuan dan sasaran tersebut ditetapkan strategi dan kebijakan berikut.", GAYA_TEKS)
    judul_tabel(doc, "bab2.tabel.strategi", "Strategi dan Kebijakan")
    tabel(doc, [0.9, 4.6, 5.2, 5.3], ["NO", "SASARAN STRATEGIS", "STRATEGI", "KEBIJAKAN"], [
        "{%tr for s in bab2.renstra.strategi %}",
        [S("{{ s.nomor }}", TENGAH), S("{{ s.uraian }}"),
         S([("{%p for x in s.strategi %}", ISI), ("{{ x }}", ISI), ("{%p endfor %}", ISI)]),
         S([("{%p for x in s.kebijakan %}", ISI), ("{{ x }}", ISI), ("{%p endfor %}", ISI)])],
        "{%tr endfor %}",
    ])
    add(doc, "{%p endif %}", GAYA_TEKS)

    h(doc, 2, "B. Rencana Kinerja Tahunan")
    add(doc, "Rencana Kinerja Tahunan (RKT) {{ tahun }} menjabarkan sasaran Renstra menjadi target kinerja tahun "
             "{{ tahun }}. Program dan kegiatan yang mendukungnya beserta anggarannya tercantum pada Lampiran 2.",
        GAYA_TEKS)
    judul_tabel(doc, "bab2.tabel.rkt", "Rencana Kinerja Tahunan {{ tahun }}")
    tabel_target(doc, "bab2.rkt", "TARGET {{ tahun }}")

    h(doc, 2, "C. Perjanjian Kinerja")
    add(doc, "{{ bab2.pk.kalimat }} Program dan anggaran yang diperjanjikan tercantum pada Lampiran 3.", GAYA_TEKS)
    judul_tabel(doc, "bab2.tabel.pk", "Perjanjian Kinerja Tahun {{ tahun }}")
    tabel_target(doc, "bab2.pk.sasaran")

    h(doc, 2, "D. Indikator Kinerja Utama")
    add(doc, "{{ bab2.iku.kalimat }}", GAYA_TEKS)
    judul_tabel(doc, "bab2.tabel.iku", "Indikator Kinerja Utama")
    tabel(doc, [0.9, 4.3, 4.6, 3.5, 2.7], ["NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA", "PENANGGUNG JAWAB",
                                           "SUMBER DATA"], [
        "{%tr for s in bab2.iku.tabel %}",
        "{%tr for ind in s.indikator %}",
        [S("{{ s.nomor }}", TENGAH, vm=True), S("{{ s.uraian }}", vm=True), S("{{ ind.nama }}"),
         S("{{ ind.penanggung_jawab }}"), S("{{ ind.sumber_data }}")],
        "{%tr endfor %}",
        "{%tr endfor %}",
    ])


# ---- BAB III -------------------------------------------------------------------------------------


def bab3(doc) -> None:
    k = "bab3.keuangan"
    h(doc, 1, "BAB III AKUNTABILITAS KINERJA")
    h(doc, 2, "{{ bab3.huruf.pengukuran }}. Pengukuran Capaian Kinerja")
    add(doc, "Pengukuran kinerja dilakukan dengan membandingkan target setiap indikator kinerja dengan "
             "realisasinya. Untuk indikator yang makin tinggi realisasinya makin baik (polaritas positif), capaian "
             "dihitung dengan rumus:", GAYA_TEKS)
    add(doc, "{{ bab3.rumus_positif }}", "Rumus LKj")
    add(doc, "Untuk indikator yang makin rendah realisasinya makin baik (polaritas negatif), capaian dihitung "
             "dengan rumus:", GAYA_TEKS)
    add(doc, "{{ bab3.rumus_negatif }}", "Rumus LKj")
    add(doc, "Target berupa label (misalnya mutu pelayanan) dinilai dengan nilai setiap label. Predikat capaian "
             "ditentukan menurut {{ bab3.skala.rujukan }}:", GAYA_TEKS)
    judul_tabel(doc, "bab3.tabel.skala", "Skala Predikat Capaian Kinerja")
    tabel(doc, [1.0, 6.0, 5.0], ["NO", "CAPAIAN KINERJA (%)", "PREDIKAT"], [
        "{%tr for b in bab3.skala.baris %}",
        [S("{{ b.nomor }}", TENGAH), S("{{ b.rentang }}", TENGAH), S("{{ b.predikat }}", TENGAH)],
        "{%tr endfor %}",
    ])
    add(doc, "", GAYA_TEKS)
    add(doc, "Hasil pengukuran kinerja Kecamatan {{ kecamatan }} tahun {{ tahun }}:", GAYA_TEKS)
    judul_tabel(doc, "bab3.tabel.capaian", "Pengukuran Capaian Kinerja Tahun {{ tahun }}")
    tabel(doc, [0.8, 3.0, 3.3, 1.8, 1.5, 1.9, 1.8, 1.9], ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN",
                                                          "TARGET", "REALISASI", "CAPAIAN", "PREDIKAT"], [
        "{%tr for s in bab3.capaian %}",
        "{%tr for i in s.indikator %}",
        [S("{{ s.nomor }}", TENGAH, vm=True), S("{{ s.uraian }}", vm=True), S("{{ i.nama }}"),
         S("{{ i.satuan }}", TENGAH), S("{{ i.target }}", ANGKA), S("{{ i.realisasi }}", ANGKA),
         S("{{ i.capaian }}", ANGKA), S("{{ i.predikat }}", TENGAH)],
        "{%tr endfor %}",
        "{%tr endfor %}",
    ])

    h(doc, 2, "{{ bab3.huruf.evaluasi }}. Evaluasi dan Analisis Capaian Kinerja")
    add(doc, "Evaluasi membandingkan realisasi tahun {{ tahun }} dengan tahun-tahun sebelumnya, dengan target akhir "
             "Renstra{% if bab3.nasional %} dan dengan angka pembanding{% endif %}, lalu menganalisis capaian setiap "
             "sasaran.", GAYA_TEKS)
    h(doc, 3, "{{ bab3.nomor.riwayat }}. Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya")
    judul_tabel(doc, "bab3.tabel.riwayat", "Realisasi dan Capaian Kinerja per Tahun")
    tabel(doc, [0.8, 7.0, 1.6, 2.0, 2.2, 2.4], ["NO", "INDIKATOR KINERJA", "TAHUN", "TARGET", "REALISASI",
                                                "CAPAIAN"], [
        "{%tr for i in bab3.riwayat %}",
        "{%tr for t in i.tahun %}",
        [S("{{ i.nomor }}", TENGAH, vm=True), S("{{ i.nama }}", vm=True), S("{{ t.tahun }}", TENGAH),
         S("{{ t.target }}", ANGKA), S("{{ t.realisasi }}", ANGKA), S("{{ t.capaian }}", ANGKA)],
        "{%tr endfor %}",
        "{%tr endfor %}",
    ])
    add(doc, "{%p if bab3.catatan_riwayat %}", "Sumber Tabel")
    add(doc, "{{ bab3.catatan_riwayat }}", "Sumber Tabel")
    add(doc, "{%p endif %}", "Sumber Tabel")

    h(doc, 3, "{{ bab3.nomor.kemajuan }}. Perbandingan Realisasi dengan Target Akhir Renstra")
    judul_tabel(doc, "bab3.tabel.kemajuan", "Tingkat Kemajuan terhadap Target Akhir Renstra")
    tabel(doc, [0.8, 3.2, 3.5, 1.8, 2.1, 1.9, 2.7], ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN",
                                                     "TARGET AKHIR RENSTRA", "REALISASI {{ tahun }}",
                                                     "TINGKAT KEMAJUAN"], [
        "{%tr for s in bab3.capaian %}",
        "{%tr for i in s.indikator %}",
        [S("{{ s.nomor }}", TENGAH, vm=True), S("{{ s.uraian }}", vm=True), S("{{ i.nama }}"),
         S("{{ i.satuan }}", TENGAH), S("{{ i.target_akhir }}", ANGKA), S("{{ i.realisasi }}", ANGKA),
         S("{{ i.kemajuan }}", ANGKA)],
        "{%tr endfor %}",
        "{%tr endfor %}",
    ])

    add(doc, "{%p if bab3.nasional %}", GAYA_TEKS)
    h(doc, 3, "{{ bab3.nomor.nasional }}. Perbandingan dengan Angka Pembanding")
    judul_tabel(doc, "bab3.tabel.nasional", "Perbandingan Realisasi dengan Angka Pembanding")
    tabel(doc, [0.8, 3.6, 2.1, 2.4, 1.8, 1.7, 3.6], ["NO", "INDIKATOR KINERJA", "REALISASI {{ tahun }}",
                                                     "PEMBANDING", "SELISIH", "KET.", "SUMBER"], [
        "{%tr for b in bab3.nasional %}",
        [S("{{ b.nomor }}", TENGAH), S("{{ b.nama }}"), S("{{ b.realisasi }}", ANGKA), S("{{ b.nasional }}", ANGKA),
         S("{{ b.selisih }}", ANGKA), S("{{ b.keterangan }}", TENGAH), S("{{ b.sumber }}")],
        "{%tr endfor %}",
    ])
    add(doc, "{%p endif %}", GAYA_TEKS)

    h(doc, 3, "{{ bab3.nomor.analisis }}. Analisis Capaian per Sasaran")
    add(doc, "{%p for a in bab3.analisis %}", GAYA_TEKS)
    h(doc, 4, "{{ a.judul }}")
    narasi(doc, "a.kalimat")
    narasi(doc, "a.narasi")
    add(doc, "{%p endfor %}", GAYA_TEKS)

    add(doc, "{%p if bab3.skm %}", GAYA_TEKS)
    h(doc, 2, "{{ bab3.huruf.skm }}. Survei Kepuasan Masyarakat")
    add(doc, "{%p for x in bab3.skm.kalimat %}", GAYA_TEKS)
    add(doc, "{{ x }}", GAYA_TEKS)
    add(doc, "{%p endfor %}", GAYA_TEKS)
    judul_tabel(doc, "bab3.tabel.skm", "Nilai Unsur Pelayanan dan Indeks Kepuasan Masyarakat")
    tabel(doc, [0.9, 5.8, 1.6, 2.3, 2.4, 3.0], ["NO", "UNSUR PELAYANAN", "NRR", "NRR TERTIMBANG",
                                                "NILAI KONVERSI (NRR × 25)", "MUTU"], [
        "{%tr for u in bab3.skm.unsur %}",
        [S("{{ u.kode }}", TENGAH), S("{{ u.nama }}"), S("{{ u.nrr }}", ANGKA), S("{{ u.tertimbang }}", ANGKA),
         S("{{ u.konversi }}", ANGKA), S("{{ u.mutu }}", TENGAH)],
        "{%tr endfor %}",
        [S("Jumlah NRR tertimbang", TEBAL, rentang=3), S("{{ bab3.skm.jumlah_tertimbang }}", TEBAL_ANGKA),
         S("", TEBAL), S("", TEBAL)],
        [S("Indeks Kepuasan Masyarakat (IKM = jumlah NRR tertimbang × 25)", TEBAL, rentang=4),
         S("{{ bab3.skm.ikm }}", TEBAL_ANGKA), S("{{ bab3.skm.mutu }}", KEPALA)],
    ])
    add(doc, "{{ bab3.skm.catatan }}", "Sumber Tabel")
    add(doc, "{{ bab3.skm.grafik }}", "Gambar LKj")
    add(doc, "Gambar 3.1 Nilai Unsur Pelayanan dan IKM Tahun {{ tahun }}", JUDUL_GAMBAR)
    add(doc, "{%p endif %}", GAYA_TEKS)

    h(doc, 2, "{{ bab3.huruf.keuangan }}. Akuntabilitas Keuangan")
    add(doc, f"{{{{ {k}.kalimat }}}}", GAYA_TEKS)
    h(doc, 3, "{{ bab3.nomor_keuangan.program }}. Realisasi Anggaran per Program dan Kegiatan")
    judul_tabel(doc, "bab3.tabel.program", "Pagu dan Realisasi Anggaran Tahun {{ tahun }}")
    tabel(doc, [1.0, 6.2, 2.8, 2.8, 1.5, 2.2], ["NO", "PROGRAM / KEGIATAN", "PAGU (Rp)", "REALISASI (Rp)", "%",
                                                "SISA (Rp)"], [
        f"{{%tr for p in {k}.program.program %}}",
        [S("{{ p.nomor }}", TEBAL), S("{{ p.nama }}", TEBAL), S("{{ p.pagu }}", TEBAL_ANGKA),
         S("{{ p.realisasi }}", TEBAL_ANGKA), S("{{ p.persen }}", TEBAL_ANGKA), S("{{ p.sisa }}", TEBAL_ANGKA)],
        "{%tr for g in p.kegiatan %}",
        [S("{{ g.nomor }}", ANGKA), S("{{ g.nama }}"), S("{{ g.pagu }}", ANGKA), S("{{ g.realisasi }}", ANGKA),
         S("{{ g.persen }}", ANGKA), S("{{ g.sisa }}", ANGKA)],
        "{%tr for x in g.sub %}",
        [S("{{ x.nomor }}", ANGKA), S("{{ x.nama }}"), S("{{ x.pagu }}", ANGKA), S("{{ x.realisasi }}", ANGKA),
         S("{{ x.persen }}", ANGKA), S("{{ x.sisa }}", ANGKA)],
        "{%tr endfor %}",
        "{%tr endfor %}",
        "{%tr endfor %}",
        [S("JUMLAH", KEPALA, rentang=2), S(f"{{{{ {k}.program.jumlah.pagu }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.program.jumlah.realisasi }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.program.jumlah.persen }}}}", TEBAL_ANGKA), S(f"{{{{ {k}.program.jumlah.sisa }}}}", TEBAL_ANGKA)],
    ])

    add(doc, f"{{%p if {k}.belanja %}}", GAYA_TEKS)
    h(doc, 3, "{{ bab3.nomor_keuangan.belanja }}. Alokasi Anggaran menurut Jenis Belanja")
    add(doc, f"{{{{ {k}.belanja.kalimat }}}}", GAYA_TEKS)
    judul_tabel(doc, "bab3.tabel.belanja", "Pagu, Proporsi dan Realisasi menurut Jenis Belanja")
    tabel(doc, [0.8, 5.0, 2.8, 1.9, 2.8, 2.7], ["NO", "JENIS BELANJA", "PAGU (Rp)", "PROPORSI", "REALISASI (Rp)",
                                                "% REALISASI"], [
        f"{{%tr for b in {k}.belanja.kelompok %}}",
        [S("{{ b.nomor }}", TEBAL), S("{{ b.nama }}", TEBAL), S("{{ b.pagu }}", TEBAL_ANGKA),
         S("{{ b.proporsi }}", TEBAL_ANGKA), S("{{ b.realisasi }}", TEBAL_ANGKA), S("{{ b.persen }}", TEBAL_ANGKA)],
        "{%tr for j in b.jenis %}",
        [S(""), S("{{ j.nama }}"), S("{{ j.pagu }}", ANGKA), S("{{ j.proporsi }}", ANGKA),
         S("{{ j.realisasi }}", ANGKA), S("{{ j.persen }}", ANGKA)],
        "{%tr endfor %}",
        "{%tr endfor %}",
        [S("JUMLAH", KEPALA, rentang=2), S(f"{{{{ {k}.belanja.jumlah.pagu }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.belanja.jumlah.proporsi }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.belanja.jumlah.realisasi }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.belanja.jumlah.persen }}}}", TEBAL_ANGKA)],
    ])
    add(doc, "{%p endif %}", GAYA_TEKS)

    h(doc, 3, "{{ bab3.nomor_keuangan.sasaran }}. Anggaran per Sasaran Strategis")
    add(doc, "Anggaran setiap sasaran adalah jumlah anggaran kegiatan yang mendukungnya.", GAYA_TEKS)
    judul_tabel(doc, "bab3.tabel.sasaran", "Alokasi dan Realisasi Anggaran per Sasaran")
    tabel(doc, [0.8, 5.1, 2.8, 1.9, 2.8, 2.6], ["NO", "SASARAN STRATEGIS", "PAGU (Rp)", "PROPORSI", "REALISASI (Rp)",
                                                "% REALISASI"], [
        f"{{%tr for s in {k}.sasaran %}}",
        [S("{{ s.nomor }}", TENGAH), S("{{ s.uraian }}"), S("{{ s.pagu }}", ANGKA), S("{{ s.proporsi }}", ANGKA),
         S("{{ s.realisasi }}", ANGKA), S("{{ s.persen }}", ANGKA)],
        "{%tr endfor %}",
        [S("JUMLAH", KEPALA, rentang=2), S(f"{{{{ {k}.jumlah_sasaran.pagu }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.jumlah_sasaran.proporsi }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.jumlah_sasaran.realisasi }}}}", TEBAL_ANGKA),
         S(f"{{{{ {k}.jumlah_sasaran.persen }}}}", TEBAL_ANGKA)],
    ])

    h(doc, 3, "{{ bab3.nomor_keuangan.efisiensi }}. Efisiensi Penggunaan Sumber Daya")
    add(doc, "Efisiensi dinilai dengan membandingkan rata-rata capaian kinerja setiap sasaran dengan persentase "
             "realisasi anggarannya: selisih nol atau positif berarti kinerja dicapai dengan penyerapan anggaran "
             "yang tidak lebih besar (efisien).", GAYA_TEKS)
    judul_tabel(doc, "bab3.tabel.efisiensi", "Efisiensi Penggunaan Sumber Daya")
    tabel(doc, [0.9, 6.4, 2.2, 2.2, 1.8, 2.5], ["NO", "SASARAN STRATEGIS", "CAPAIAN KINERJA", "REALISASI ANGGARAN",
                                                "SELISIH", "KETERANGAN"], [
        f"{{%tr for e in {k}.efisiensi %}}",
        [S("{{ e.nomor }}", TENGAH), S("{{ e.uraian }}"), S("{{ e.capaian }}", ANGKA), S("{{ e.serapan }}", ANGKA),
         S("{{ e.selisih }}", ANGKA), S("{{ e.keterangan }}", TENGAH)],
        "{%tr endfor %}",
    ])


def bab4(doc) -> None:
    h(doc, 1, "BAB IV PENUTUP")
    narasi(doc, "bab4.kesimpulan")
    narasi(doc, "bab4.kendala")
    narasi(doc, "bab4.upaya")
    narasi(doc, "bab4.penutup")
    ttd(doc)


# ---- Lampiran ------------------------------------------------------------------------------------


def lampiran_landscape(doc) -> None:
    h(doc, 1, "LAMPIRAN")
    h(doc, 2, "Lampiran 1. Matriks Rencana Strategis {{ periode }}")
    add(doc, "{{p lampiran.matriks }}", GAYA_ISI)
    add(doc, "{%p if lampiran.catatan_matriks %}", "Sumber Tabel")
    add(doc, "{{ lampiran.catatan_matriks }}", "Sumber Tabel")
    add(doc, "{%p endif %}", "Sumber Tabel")
    add(doc, "Sumber: Rencana Strategis Kecamatan {{ kecamatan }} {{ periode }}.", "Sumber Tabel")


def lampiran_portrait(doc) -> None:
    h(doc, 2, "Lampiran 2. Rencana Kinerja Tahunan {{ tahun }}")
    tabel_target(doc, "bab2.rkt", "TARGET {{ tahun }}")
    add(doc, "", GAYA_TEKS)
    tabel(doc, [1.0, 11.0, 4.0], ["NO", "PROGRAM / KEGIATAN", "PAGU (Rp)"], [
        "{%tr for p in lampiran.program.program %}",
        [S("{{ p.nomor }}", TEBAL), S("{{ p.nama }}", TEBAL), S("{{ p.pagu }}", TEBAL_ANGKA)],
        "{%tr for g in p.kegiatan %}",
        [S("{{ g.nomor }}", ANGKA), S("{{ g.nama }}"), S("{{ g.pagu }}", ANGKA)],
        "{%tr endfor %}",
        "{%tr endfor %}",
        [S("JUMLAH", KEPALA, rentang=2), S("{{ lampiran.program.jumlah.pagu }}", TEBAL_ANGKA)],
    ])

    p = h(doc, 2, "Lampiran 3. Perjanjian Kinerja Tahun {{ tahun }}")
    p.paragraph_format.page_break_before = True
    tabel_target(doc, "bab2.pk.sasaran")
    add(doc, "{%p if bab2.pk.anggaran.ada %}", GAYA_TEKS)
    add(doc, "", GAYA_TEKS)
    tabel(doc, [1.0, 8.5, 4.5, 2.0], ["NO", "{{ bab2.pk.anggaran.judul }}", "ANGGARAN", "KET."], [
        "{%tr for b in bab2.pk.anggaran.baris %}",
        [S("{{ b.nomor }}", TENGAH), S("{{ b.nama }}"), S("{{ b.anggaran }}", ANGKA), S("{{ b.keterangan }}", TENGAH)],
        "{%tr endfor %}",
        [S("JUMLAH", KEPALA, rentang=2), S("{{ bab2.pk.anggaran.jumlah }}", TEBAL_ANGKA), S("", TEBAL)],
    ])
    terbilang = add(doc, "Terbilang: ", GAYA_TEKS)
    terbilang.paragraph_format.first_line_indent = Cm(0)
    terbilang.paragraph_format.space_before = Pt(8)  # clear of the table above
    terbilang.add_run("{{ bab2.pk.anggaran.terbilang }}").italic = True
    add(doc, "{%p endif %}", GAYA_TEKS)
    add(doc, "", GAYA_TEKS).paragraph_format.keep_with_next = True
    ttd_berdampingan(doc, tempat_tanggal="{{ bab2.pk.ttd.tempat_tanggal }}", kiri="bab2.pk.ttd.kiri",
                     kanan="bab2.pk.ttd.kanan")

    p = h(doc, 2, "Lampiran 4. Indikator Kinerja Utama")
    p.paragraph_format.page_break_before = True
    tabel(doc, [0.8, 2.7, 2.6, 5.1, 2.6, 2.2], ["NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA",
                                                "FORMULASI PERHITUNGAN DAN PENJELASAN", "PENANGGUNG JAWAB",
                                                "SUMBER DATA"], [
        "{%tr for s in bab2.iku.tabel %}",
        "{%tr for ind in s.indikator %}",
        [S("{{ s.nomor }}", TENGAH, vm=True), S("{{ s.uraian }}", vm=True), S("{{ ind.nama }}"),
         S([("{{r ind.rumus }}", "Rumus Tabel"), ("{%p if ind.penjelasan %}", ISI), ("{{ ind.penjelasan }}", ISI),
            ("{%p endif %}", ISI)]),
         S("{{ ind.penanggung_jawab }}"), S("{{ ind.sumber_data }}")],
        "{%tr endfor %}",
        "{%tr endfor %}",
    ])


# ---- sections ------------------------------------------------------------------------------------


def _bagian_baru(doc) -> None:
    """End a section: a 1-pt paragraph (never a page of its own), then a new-page section break."""
    add(doc, "", AKHIR)
    doc.add_section(WD_SECTION.NEW_PAGE)


def _atur_bagian(doc) -> None:
    """Page numbering and orientation of the four sections (configured after all exist)."""
    s = doc.sections
    footer = s[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ooxml.add_field(footer._p, "PAGE", "i")
    s[0].different_first_page_header_footer = True
    s[0].first_page_footer.paragraphs[0].text = ""
    ooxml.set_page_number_format(s[0]._sectPr, "lowerRoman", start=1)
    for n, bagian in enumerate(s[1:], start=1):
        ooxml.set_title_page(bagian._sectPr, False)
        ooxml.set_page_number_format(bagian._sectPr, "decimal", start=1 if n == 1 else None)
    lebar, tinggi = s[0].page_width, s[0].page_height
    s[2].orientation = WD_ORIENT.LANDSCAPE
    s[2].page_width, s[2].page_height = tinggi, lebar
    for bagian in (s[1], s[3]):
        bagian.orientation = WD_ORIENT.PORTRAIT
        bagian.page_width, bagian.page_height = lebar, tinggi
    for bagian in s:
        bagian.footer_distance = Cm(1.0)
    doc.styles["Footer"].font.size = Pt(11)


def laporan_kinerja(out: Path) -> None:
    doc = new_document()
    _styles(doc)
    depan(doc)
    _bagian_baru(doc)
    bab1(doc)
    bab2(doc)
    bab3(doc)
    bab4(doc)
    _bagian_baru(doc)
    lampiran_landscape(doc)
    _bagian_baru(doc)
    lampiran_portrait(doc)
    add(doc, "", AKHIR)
    _atur_bagian(doc)
    ooxml.set_update_fields_on_open(doc.settings.element)
    save_deterministic(doc, out / "laporan-kinerja.docx")
