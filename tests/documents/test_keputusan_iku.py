"""The Keputusan Camat tentang IKU, read back from the rendered .docx and checked against the data.

Expected values are computed from the loaded data (``muat_data``) wherever the document computes
them, so a test fails when the document says something the data does not.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from doctools import fmt
from doctools.documents import keputusan_iku
from doctools.errors import DataError
from doctools.model import muat_data
from doctools.tahun import NOMOR_KOSONG
from tests.conftest import (
    CONTOH,
    NS,
    SalinanData,
    blok,
    buka,
    paragraf_baca,
    paragraf_body,
    semua_paragraf,
    semua_tabel,
    tabel_iku,
    tahun_dari,
    teks_math,
    xml_bagian,
)

W = f"{{{NS['w']}}}"
KEPALA_IKU = ["NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA", "FORMULASI PERHITUNGAN DAN PENJELASAN",
              "PENANGGUNG JAWAB", "SUMBER DATA"]
DIKTUM = re.compile(r"^(KE[A-Z ]+)\t:\t(.*)$")


@pytest.fixture(scope="module")
def data():
    return muat_data(CONTOH)


@pytest.fixture(scope="module")
def doc(docx_contoh: Path):
    return buka(docx_contoh)


@pytest.fixture(scope="module")
def body(doc) -> list[str]:
    return paragraf_baca(doc)


def _indeks(teks: list[str], awal: str, *, persis: bool = False) -> int:
    """Index of the only paragraph starting with ``awal`` (equal to it when ``persis``)."""
    cocok = [i for i, t in enumerate(teks) if (t == awal if persis else t.startswith(awal))]
    assert len(cocok) == 1, (awal, cocok)
    return cocok[0]


def _ttd(doc) -> list[list[str]]:
    """Lines of the two signature blocks (the right cell of each two-column layout table holding 'NIP.')."""
    hasil = []
    for t in semua_tabel(doc):
        sel = t.rows[0].cells[-1]
        if len(t.columns) == 2 and "NIP." in sel.text:
            hasil.append([p.text for p in sel.paragraphs])
    return hasil


def _diktum(body: list[str]) -> list[tuple[str, str]]:
    return [(m[1], m[2]) for t in body if (m := DIKTUM.match(t))]


# ---- first page: kop, title ---------------------------------------------------------------------


def test_kop(doc, data) -> None:
    # no logo given: the kop is centred text over the whole width, not a table beside a logo
    baris = paragraf_body(doc)[:4]
    assert baris[0] == "PEMERINTAH KABUPATEN JEMBER"
    assert baris[1] == "KECAMATAN MUMBULSARI"
    kec = data.instansi.kecamatan
    # a label and its value are kept on one line with non-breaking spaces (and hyphen)
    nb = chr(0xA0)
    assert baris[2] == f"{kec.alamat} Telepon{nb}{kec.telepon.replace(' ', nb)}"
    assert baris[3].replace(f",{nb}", ", ") == f"Laman{nb}{kec.laman}, Pos-el{nb}{kec.pos_el}, Kode{nb}Pos{nb}{kec.kode_pos}"
    # "Pos-el" keeps its hyphen unbreakable the way Word writes it
    kontak = [b for b in blok(doc) if isinstance(b, Paragraph)][3]
    assert len(kontak._p.findall(".//w:noBreakHyphen", NS)) == 1
    assert not [t for t in doc.tables if len(t.columns) == 3]  # no logo column


def test_judul(body) -> None:
    i = body.index("KEPUTUSAN CAMAT MUMBULSARI")  # the first; the Lampiran header repeats it
    judul = [t for t in body[i:_indeks(body, "Menimbang")] if t]
    assert judul == [
        "KEPUTUSAN CAMAT MUMBULSARI",
        "KABUPATEN JEMBER",
        "NOMOR 065/007/35.09.14/2025",
        "TENTANG",
        # the title's last two words are kept together: "JEMBER" never stands alone on a line
        "INDIKATOR KINERJA UTAMA KECAMATAN MUMBULSARI KABUPATEN\u00a0JEMBER",
        "CAMAT MUMBULSARI,",
    ]


def test_tentang_dihitung_dari_nama(data) -> None:
    ins = data.instansi
    assert keputusan_iku.tentang_bawaan(data) == \
        f"Indikator Kinerja Utama Kecamatan {ins.kecamatan.nama} Kabupaten {ins.pemerintah.nama}"


# ---- konsiderans --------------------------------------------------------------------------------


def test_menimbang(body, data) -> None:
    i = _indeks(body, "Menimbang\t:\t")
    items = data.keputusan_iku.menimbang
    baris = body[i:i + len(items)]
    assert baris == [f"Menimbang\t:\ta.\t{items[0]};", f"\t\tb.\t{items[1]};"]
    assert body[i + len(items)] == ""


def test_mengingat(body, data) -> None:
    i = _indeks(body, "Mengingat\t:\t")
    jumlah = len(data.keputusan_iku.mengingat)
    assert jumlah == 6
    # catalog keys become full citations; the numbering and punctuation are the document's
    kutipan = [b["teks"] for b in keputusan_iku.susun(tahun_dari(data))[0].konteks["mengingat"]]
    baris = body[i:i + jumlah]
    for n, (teks, kutip) in enumerate(zip(baris, kutipan, strict=True), start=1):
        awal = "Mengingat\t:\t" if n == 1 else "\t\t"
        assert teks == f"{awal}{n}.\t{kutip}"
        assert teks.endswith(";") and not teks.endswith(";;")
    assert baris[0].startswith("Mengingat\t:\t1.\tUndang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
    assert body[i + jumlah] == ""


def test_tidak_ada_memperhatikan(body) -> None:
    assert not [t for t in body if t.startswith("Memperhatikan")]


# ---- diktum -------------------------------------------------------------------------------------


def test_memutuskan_lalu_diktum_berurutan(body, data) -> None:
    i = _indeks(body, "MEMUTUSKAN:")
    assert _indeks(body, "Menetapkan\t:\t") > i
    diktum = _diktum(body)
    assert [label for label, _ in diktum] == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"]
    assert [fmt.diktum(n) for n in range(1, len(data.keputusan_iku.diktum) + 1)] == [d for d, _ in diktum]
    assert diktum[0][1] == data.keputusan_iku.diktum[0].teks
    assert diktum[3][1] == "Keputusan ini mulai berlaku pada tanggal ditetapkan."


def test_rujukan_diktum_diganti(body, doc) -> None:
    diktum = dict(_diktum(body))
    assert diktum["KEDUA"] == "Indikator Kinerja Utama sebagaimana dimaksud dalam Diktum KESATU bertujuan untuk:"
    assert diktum["KETIGA"] == "Indikator Kinerja Utama sebagaimana dimaksud dalam Diktum KESATU dimanfaatkan untuk:"
    assert not [t for t in semua_paragraf(doc) if "{diktum" in t or "{" in t]


def test_rincian_angka_kurung(body, data) -> None:
    i = _indeks(body, "KEDUA\t:\t")
    rincian = data.keputusan_iku.diktum[1].rincian
    assert body[i + 1:i + 3] == [f"(1)\t{rincian[0]}; dan", f"(2)\t{rincian[1]}."]
    assert body[i + 3].startswith("KETIGA\t:\t")


def test_rincian_huruf(body, data) -> None:
    i = _indeks(body, "KETIGA\t:\t")
    rincian = data.keputusan_iku.diktum[2].rincian
    assert len(rincian) == 5
    assert body[i + 1:i + 6] == [
        f"a.\t{rincian[0]};", f"b.\t{rincian[1]};", f"c.\t{rincian[2]};", f"d.\t{rincian[3]}; dan",
        f"e.\t{rincian[4]}.",
    ]
    assert body[i + 6].startswith("KEEMPAT\t:\t")


# ---- signature and tembusan ---------------------------------------------------------------------


def test_tanda_tangan(doc) -> None:
    ttd = _ttd(doc)
    assert len(ttd) == 2
    isi = [t for t in ttd[0] if t]
    assert isi == ["Ditetapkan di\t: Mumbulsari", "pada tanggal\t: 6 Januari 2025", "CAMAT MUMBULSARI,",
                   "Drs. BAMBANG SETIAWAN, M.Si.", "Pembina Tingkat I", "NIP. 19700512 199503 1 004"]
    # room for the signature between the jabatan and the name
    assert ttd[0].index("Drs. BAMBANG SETIAWAN, M.Si.") - ttd[0].index("CAMAT MUMBULSARI,") >= 4


def test_nama_penanda_tangan_bergaris_bawah(doc) -> None:
    nama = [p for t in semua_tabel(doc) for p in t.rows[0].cells[-1].paragraphs
            if p.text == "Drs. BAMBANG SETIAWAN, M.Si."]
    assert len(nama) == 2  # the decree and the Lampiran
    for p in nama:
        assert all(r.underline for r in p.runs if r.text)


def test_tembusan(doc, data) -> None:
    assert "Tembusan:" not in paragraf_body(doc)  # it sits in a row that cannot split, with its items
    tabel = [t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Tembusan:"]
    assert len(tabel) == 1
    baris = tabel[0].rows[0]
    assert baris._tr.trPr.find(qn("w:cantSplit")) is not None
    items = data.keputusan_iku.tembusan
    assert [p.text for p in baris.cells[0].paragraphs] == [
        "Tembusan:", f"1.\tYth. {items[0]};", f"2.\tYth. {items[1]};", f"3.\tYth. {items[2]}.",
    ]


# ---- Lampiran -----------------------------------------------------------------------------------


def test_lampiran_di_halaman_baru(doc) -> None:
    paragraf = [b for b in blok(doc) if isinstance(b, Paragraph)]
    [i] = [n for n, p in enumerate(paragraf) if p.text == "LAMPIRAN"]
    sebelum = paragraf[i - 1]
    assert sebelum.text == ""
    # through its style (a direct "page break before" LibreOffice would move into the tag paragraph before)
    assert sebelum.style.name == "Awal Lampiran"
    assert sebelum.style.paragraph_format.page_break_before is True


def test_kepala_lampiran_mengulang_nomor_tanggal_tentang(body) -> None:
    nomor = body[_indeks(body, "NOMOR ")].removeprefix("NOMOR ")
    tentang = body[_indeks(body, "TENTANG", persis=True) + 2].replace("\u00a0", " ")
    assert tentang == "INDIKATOR KINERJA UTAMA KECAMATAN MUMBULSARI KABUPATEN JEMBER"
    i = _indeks(body, "LAMPIRAN")
    assert body[i:i + 5] == [
        "LAMPIRAN",
        "KEPUTUSAN CAMAT MUMBULSARI",
        f"NOMOR\t:\t{nomor}",
        "TANGGAL\t:\t6 Januari 2025",
        f"TENTANG\t:\t{tentang}",
    ]


def test_judul_lampiran(body) -> None:
    i = _indeks(body, "INDIKATOR KINERJA UTAMA (IKU)")
    assert body[i + 1] == "Kecamatan Mumbulsari Kabupaten Jember"
    assert body[_indeks(body, "Instansi\t:\t")] == "Instansi\t:\tKecamatan Mumbulsari"
    j = _indeks(body, "KECAMATAN MUMBULSARI KABUPATEN JEMBER")
    assert body[j - 1] == "INDIKATOR KINERJA UTAMA"


@pytest.mark.parametrize("bagian", ["tugas", "fungsi"])
def test_tugas_dan_fungsi(body, data, bagian: str) -> None:
    items = getattr(data.instansi.kecamatan, bagian)
    i = _indeks(body, f"{bagian.capitalize()}\t:\t")
    baris = body[i:i + len(items)]
    assert len(baris) == len(items)
    for n, (teks, item) in enumerate(zip(baris, items), start=1):
        awal = f"{bagian.capitalize()}\t:\t" if n == 1 else "\t\t"
        akhir = "." if n == len(items) else "; dan" if n == len(items) - 1 else ";"
        assert teks == f"{awal}{fmt.huruf(n)}.\t{item}{akhir}"
    assert baris[-1].endswith(".")
    assert baris[-2].endswith("; dan")
    # the list is followed by something else, not by one more lettered item
    assert not re.match(r"^\t\t[a-z]+\.\t", body[i + len(items)])


def test_tujuan(body, data) -> None:
    tujuan = data.kinerja.tujuan[0]
    i = _indeks(body, "Tujuan\t:\t")
    assert body[i] == f"Tujuan\t:\t{tujuan.uraian}"
    assert body[i + 1] == f"Indikator Tujuan\t:\t{tujuan.indikator[0].nama}"


# ---- the IKU table ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tabel(doc) -> Table:
    return tabel_iku(doc)


def _baris_data(data) -> list[tuple[int, object, object]]:
    """(nomor sasaran, sasaran, indikator) per expected table row."""
    hasil = []
    for n, (sasaran, indikator) in enumerate(data.kinerja.sasaran_iku(), start=1):
        hasil.extend((n, sasaran, ind) for ind in indikator)
    return hasil


def test_kepala_tabel(tabel) -> None:
    assert [c.text for c in tabel.rows[0].cells] == KEPALA_IKU
    assert [c.text for c in tabel.rows[1].cells] == [f"({n})" for n in range(1, 7)]


def test_dua_baris_kepala_diulang(tabel) -> None:
    kepala = [tr.find("w:trPr/w:tblHeader", NS) is not None for tr in tabel._tbl.tr_lst]
    assert kepala[:2] == [True, True]
    assert not any(kepala[2:])


def test_baris_data_tidak_terpisah(tabel) -> None:
    for tr in tabel._tbl.tr_lst[2:]:
        assert tr.find("w:trPr/w:cantSplit", NS) is not None


def test_jumlah_baris_dan_nomor(tabel, data) -> None:
    harapan = _baris_data(data)
    baris = tabel.rows[2:]
    assert len(baris) == len(harapan) == 6
    for row, (n, sasaran, ind) in zip(baris, harapan):
        sel = [c.text for c in row.cells]
        assert sel[0] == f"{n}."
        assert sel[1] == sasaran.uraian
        assert sel[2] == ind.nama
        assert sel[5] == (ind.sumber_data[0] if len(ind.sumber_data) == 1 else "-"), "one source per indicator here"


def test_sasaran_dua_indikator_digabung(tabel, data) -> None:
    harapan = _baris_data(data)
    for tr, (n, _, _), sebelumnya in zip(tabel._tbl.tr_lst[2:], harapan, [None, *harapan]):
        tcs = tr.findall("w:tc", NS)
        lanjut = sebelumnya is not None and sebelumnya[0] == n
        for tc in tcs[:2]:
            vmerge = tc.find("w:tcPr/w:vMerge", NS)
            assert vmerge is not None
            assert vmerge.get(f"{W}val", "continue") == ("continue" if lanjut else "restart")
        for tc in tcs[2:]:
            assert tc.find("w:tcPr/w:vMerge", NS) is None
    # the fifth sasaran is the one with two indicators
    assert [n for n, _, _ in harapan].count(5) == 2


def test_formulasi_pecahan_sebagai_persamaan(tabel, data) -> None:
    for tr, (_, _, ind) in zip(tabel._tbl.tr_lst[2:], _baris_data(data)):
        sel = tr.findall("w:tc", NS)[3]
        math = sel.findall(".//m:oMath", NS)
        f = ind.formulasi
        if isinstance(f, str):
            assert math == []
            assert Paragraph(sel.findall("w:p", NS)[0], None).text == f
        else:
            assert len(math) == 1
            [pecahan] = math[0].findall("m:f", NS)
            assert teks_math(pecahan.find("m:num", NS)) == f.pembilang
            assert teks_math(pecahan.find("m:den", NS)) == f.penyebut
            assert teks_math(math[0]).endswith(f"× {f.pengali}")


def test_penjelasan_di_bawah_formulasi(tabel, data) -> None:
    for row, (_, _, ind) in zip(tabel.rows[2:], _baris_data(data)):
        paragraf = [p.text for p in row.cells[3].paragraphs]
        if ind.penjelasan:
            assert paragraf[-1] == ind.penjelasan
        else:
            assert len(paragraf) == 1


def test_penanggung_jawab(tabel, data) -> None:
    for row, (_, _, ind) in zip(tabel.rows[2:], _baris_data(data)):
        teks = row.cells[4].text
        nama = ind.penanggung_jawab
        if len(nama) == 1:
            assert teks == nama[0]
        else:
            assert teks.split("\n") == [f"- {n}" for n in nama]


def test_tanda_tangan_lampiran(doc) -> None:
    ttd = [t for t in _ttd(doc)[1] if t]
    assert ttd == ["Mumbulsari, 6 Januari 2025", "CAMAT MUMBULSARI,", "Drs. BAMBANG SETIAWAN, M.Si.",
                   "Pembina Tingkat I", "NIP. 19700512 199503 1 004"]


def test_tidak_ada_none_atau_tag(doc, docx_contoh: Path) -> None:
    teks = semua_paragraf(doc)
    assert not [t for t in teks if "None" in t or "{{" in t or "{%" in t]
    header = "".join(xml_bagian(docx_contoh, "word/header1.xml").itertext())
    assert header.replace(" PAGE ", "") == "- 2 -"  # the field code, then its cached result


# ---- variants of the data -----------------------------------------------------------------------


def _body(salinan: SalinanData, tmp_path: Path) -> list[str]:
    return paragraf_baca(buka(salinan.bangun(tmp_path / "hasil")))


def test_nomor_urut_kosong(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", '  urut: "007"          # kosongkan (hapus baris ini) bila diisi petugas agenda\n', "")
    body = _body(salin_contoh, tmp_path)
    nomor = f"065/{NOMOR_KOSONG}/35.09.14/2025"
    assert NOMOR_KOSONG.strip() == "" and len(NOMOR_KOSONG) >= 5
    assert body[_indeks(body, "NOMOR ")] == f"NOMOR {nomor}"
    assert body[_indeks(body, "NOMOR\t:\t")] == f"NOMOR\t:\t{nomor}"
    assert not [t for t in body if "None" in t]


def test_nomor_urut_dikosongkan_dengan_titik_dua(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", '  urut: "007"', "  urut:")
    body = _body(salin_contoh, tmp_path)
    assert body[_indeks(body, "NOMOR ")] == f"NOMOR 065/{NOMOR_KOSONG}/35.09.14/2025"


def test_menimbang_tunggal_tanpa_huruf(salin_contoh: SalinanData, tmp_path: Path) -> None:
    teks = salin_contoh.baca("keputusan-iku.yaml")
    awal = teks.index("  - bahwa berdasarkan pertimbangan")
    akhir = teks.index("mengingat:")
    salin_contoh.tulis("keputusan-iku.yaml", teks[:awal] + "\n" + teks[akhir:])
    data = muat_data(salin_contoh.folder)
    body = _body(salin_contoh, tmp_path)
    i = _indeks(body, "Menimbang\t:\t")
    assert body[i] == f"Menimbang\t:\t{data.keputusan_iku.menimbang[0]};"
    assert body[i + 1] == ""
    assert not re.search(r"\ta\.\t", body[i])


def test_ulang_judul(salin_contoh: SalinanData, tmp_path: Path, body: list[str]) -> None:
    # without ulang_judul (the example), the title is not repeated after Menetapkan
    assert not [t for t in body if t.startswith("Menetapkan") and "KEPUTUSAN" in t]
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06\n", "tanggal: 2025-01-06\nulang_judul: true\n")
    hasil = _body(salin_contoh, tmp_path)
    assert hasil[_indeks(hasil, "Menetapkan")] == (
        "Menetapkan\t:\tKEPUTUSAN CAMAT MUMBULSARI TENTANG INDIKATOR KINERJA UTAMA KECAMATAN MUMBULSARI "
        "KABUPATEN JEMBER.")
    assert _indeks(hasil, "Menetapkan") < _indeks(hasil, "KESATU\t:\t")


def test_dua_belas_diktum(salin_contoh: SalinanData, tmp_path: Path) -> None:
    teks = salin_contoh.baca("keputusan-iku.yaml")
    awal, akhir = teks.index("diktum:\n"), teks.index("tembusan:\n")
    diktum = "".join(f"  - teks: Isi diktum nomor {n}.\n" for n in range(1, 13))
    salin_contoh.tulis("keputusan-iku.yaml", teks[:awal] + "diktum:\n" + diktum + "\n" + teks[akhir:])
    hasil = _diktum(_body(salin_contoh, tmp_path))
    assert [label for label, _ in hasil] == [
        "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN",
        "KESEPULUH", "KESEBELAS", "KEDUA BELAS",
    ]
    assert [teks for _, teks in hasil] == [f"Isi diktum nomor {n}." for n in range(1, 13)]


def _28_tugas(salinan: SalinanData) -> None:
    teks = salinan.baca("instansi.yaml")
    awal, akhir = teks.index("  tugas:\n"), teks.index("  fungsi:\n")
    tugas = "".join(f"    - tugas ke-{n}\n" for n in range(1, 29))
    salinan.tulis("instansi.yaml", teks[:awal] + "  tugas:\n" + tugas + teks[akhir:])


def test_huruf_setelah_z_ganda(salin_contoh: SalinanData, tmp_path: Path) -> None:
    _28_tugas(salin_contoh)
    body = _body(salin_contoh, tmp_path)
    i = _indeks(body, "Tugas\t:\t")
    tugas = body[i:i + 28]
    assert tugas[0] == "Tugas\t:\ta.\ttugas ke-1;"
    assert tugas[25] == "\t\tz.\ttugas ke-26;"
    assert tugas[26] == "\t\taa.\ttugas ke-27; dan"
    assert tugas[27] == "\t\tbb.\ttugas ke-28."
    assert body[i + 28].startswith("Fungsi\t:\t")


def test_huruf_setelah_z_kolom(salin_contoh: SalinanData, tmp_path: Path) -> None:
    _28_tugas(salin_contoh)
    salin_contoh.ganti("instansi.yaml", "  gaya_rupiah: baku", "  huruf_setelah_z: kolom\n  gaya_rupiah: baku")
    body = _body(salin_contoh, tmp_path)
    i = _indeks(body, "Tugas\t:\t")
    assert body[i + 26] == "\t\taa.\ttugas ke-27; dan"
    assert body[i + 27] == "\t\tab.\ttugas ke-28."


def test_nama_daerah_lain(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("instansi.yaml", "  jenis: kabupaten ", "  jenis: kota ")
    salin_contoh.ganti("instansi.yaml", "  nama: Jember\n", "  nama: Batu\n")
    salin_contoh.ganti("instansi.yaml", "  nama: Mumbulsari\n", "  nama: Junrejo\n")
    salin_contoh.ganti("instansi.yaml", "  # tempat: Jember ", "  tempat: Batu ")
    doc = buka(salin_contoh.bangun(tmp_path / "hasil"))
    body = [t.replace("\u00a0", " ") for t in paragraf_baca(doc)]
    assert body[:2] == ["PEMERINTAH KOTA BATU", "KECAMATAN JUNREJO"]
    assert "KEPUTUSAN CAMAT JUNREJO" in body
    assert "KOTA BATU" in body
    assert "INDIKATOR KINERJA UTAMA KECAMATAN JUNREJO KOTA BATU" in body
    assert "TENTANG\t:\tINDIKATOR KINERJA UTAMA KECAMATAN JUNREJO KOTA BATU" in body
    assert "Kecamatan Junrejo Kota Batu" in body
    assert "Ditetapkan di\t: Batu" in _ttd(doc)[0]
    assert "CAMAT JUNREJO," in body


def test_tentang_dan_tempat_dari_keputusan(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06\n",
                       "tanggal: 2025-01-06\ntempat: Jember\ntentang: Indikator Kinerja Utama Tahun 2025\n")
    doc = buka(salin_contoh.bangun(tmp_path / "hasil"))
    body = [t.replace("\u00a0", " ") for t in paragraf_baca(doc)]
    assert "INDIKATOR KINERJA UTAMA TAHUN 2025" in body
    assert "TENTANG\t:\tINDIKATOR KINERJA UTAMA TAHUN 2025" in body
    ttd = _ttd(doc)
    assert "Ditetapkan di\t: Jember" in ttd[0]
    assert "Jember, 6 Januari 2025" in ttd[1]


def test_indikator_bukan_iku_tidak_masuk_tabel(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("kinerja.yaml", "      - nama: Jumlah dokumen penataan organisasi dan tata laksana yang tersusun\n",
                       "      - nama: Jumlah dokumen penataan organisasi dan tata laksana yang tersusun\n        iku: false\n")
    tabel = tabel_iku(buka(salin_contoh.bangun(tmp_path / "hasil")))
    baris = [[c.text for c in r.cells] for r in tabel.rows[2:]]
    assert len(baris) == 5
    assert [b[0] for b in baris] == ["1.", "2.", "3.", "4.", "4."]
    assert baris[0][1].startswith("Meningkatnya kepuasan masyarakat")
    assert not [b for b in baris if b[2].startswith("Jumlah dokumen penataan")]


def test_beberapa_tujuan_bernomor(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("kinerja.yaml", "\nsasaran:\n",
                       "  - uraian: Tujuan kedua\n    indikator:\n      - nama: Indikator A\n"
                       "      - nama: Indikator B\n\nsasaran:\n")
    body = _body(salin_contoh, tmp_path)
    i = _indeks(body, "Tujuan 1\t:\t")
    assert body[i + 1] == "Indikator Tujuan\t:\tIndeks Kepuasan Masyarakat (IKM)"
    assert body[i + 2:i + 5] == ["Tujuan 2\t:\tTujuan kedua", "Indikator Tujuan\t:\tIndikator A", "\t\tIndikator B"]


def test_memperhatikan(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "\ndiktum:\n",
                       "\nmemperhatikan:\n  - Surat Bupati Jember\n  - Hasil rapat koordinasi.\n\ndiktum:\n")
    body = _body(salin_contoh, tmp_path)
    i = _indeks(body, "Memperhatikan\t:\t")
    assert body[i:i + 2] == ["Memperhatikan\t:\t1.\tSurat Bupati Jember;", "\t\t2.\tHasil rapat koordinasi;"]
    assert _indeks(body, "Mengingat") < i < _indeks(body, "MEMUTUSKAN")


def test_tanda_baca_pengguna_diganti(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "      - perencanaan tahunan Perangkat Daerah\n",
                       "      - perencanaan tahunan Perangkat Daerah; dan\n")
    salin_contoh.ganti("keputusan-iku.yaml", "      - evaluasi kinerja Perangkat Daerah\n",
                       "      - evaluasi kinerja Perangkat Daerah;\n")
    body = _body(salin_contoh, tmp_path)
    i = _indeks(body, "KETIGA\t:\t")
    assert body[i + 2] == "b.\tperencanaan tahunan Perangkat Daerah;"
    assert body[i + 5] == "e.\tevaluasi kinerja Perangkat Daerah."


def _png(path: Path) -> None:
    def potong(jenis: bytes, isi: bytes) -> bytes:
        return struct.pack(">I", len(isi)) + jenis + isi + struct.pack(">I", zlib.crc32(jenis + isi))

    mentah = b"\x00\xff\x00\x00"  # one red pixel
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + potong(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
                     + potong(b"IDAT", zlib.compress(mentah)) + potong(b"IEND", b""))


def test_logo(salin_contoh: SalinanData, tmp_path: Path) -> None:
    _png(salin_contoh.path("logo.png"))
    salin_contoh.ganti("instansi.yaml", "# logo: logo-jember.png ", "logo: logo.png ")
    path = salin_contoh.bangun(tmp_path / "hasil")
    doc = buka(path)
    sel = doc.tables[0].rows[0].cells[0]
    assert sel._tc.findall(".//" + qn("w:drawing"))
    assert [s for s in doc.inline_shapes]
    import zipfile
    assert [n for n in zipfile.ZipFile(path).namelist() if n.startswith("word/media/")]


@pytest.mark.parametrize(("berkas", "pesan"), [
    ("tidak-ada.png", "berkas logo 'tidak-ada.png' tidak ditemukan di "),
    ("logo.svg", "logo harus berupa gambar PNG atau JPG, bukan '.svg'"),
])
def test_logo_salah(salin_contoh: SalinanData, tmp_path: Path, berkas: str, pesan: str) -> None:
    salin_contoh.tulis("logo.svg", "<svg/>")
    salin_contoh.ganti("instansi.yaml", "# logo: logo-jember.png ", f"logo: {berkas} ")
    with pytest.raises(DataError) as info:
        salin_contoh.bangun(tmp_path / "hasil")
    assert info.value.pesan.startswith(pesan)
    assert Path(info.value.lokasi.berkas).name == "instansi.yaml"
    assert info.value.lokasi.baris == salin_contoh.baris("instansi.yaml", "logo: ")
    assert not (tmp_path / "hasil").exists()


def test_susun_tanpa_keputusan_iku(salin_contoh: SalinanData) -> None:
    salin_contoh.hapus("keputusan-iku.yaml")
    assert keputusan_iku.susun(tahun_dari(salin_contoh.folder)) == []


def test_dokumen_dan_konteks(data) -> None:
    [dok] = keputusan_iku.susun(tahun_dari(data))
    assert dok.jenis == "keputusan-iku"
    assert dok.templat == "keputusan-iku.docx"
    assert dok.nama_berkas == "keputusan-iku-2025.docx"
    assert dok.halaman.kertas == "F4"
    assert dok.halaman.margin_cm == (2.0, 2.5, 3.0, 2.0)
    k = dok.konteks
    assert k["nomor"] == "065/007/35.09.14/2025"
    assert k["tanggal"] == "6 Januari 2025"
    assert k["menimbang_tunggal"] is False
    assert [r["nomor"] for r in k["iku"]] == ["1.", "2.", "3.", "4.", "5."]
    assert [len(r["indikator"]) for r in k["iku"]] == [1, 1, 1, 1, 2]


def test_diktum_terakhir_sebaris_dengan_tanda_tangan(doc, data) -> None:
    """The last diktum and the signature share one row that cannot split: the signature never starts
    a page alone, in Word and in LibreOffice."""
    [tabel] = [t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text.startswith("KEEMPAT\t:\t")]
    baris = tabel.rows[0]
    assert baris._tr.trPr.find(qn("w:cantSplit")) is not None
    assert len(tabel.columns) == 1 and len(baris.cells) == 1
    [ttd] = baris.cells[0].tables
    assert ttd.rows[0].cells[-1].paragraphs[0].text == "Ditetapkan di\t: Mumbulsari"
    assert ttd.rows[0].cells[-1]._tc.tcPr.find(qn("w:noWrap")) is not None
    # cell margins 0: the diktum lines up with those above it
    mar = tabel._tbl.tblPr.find(qn("w:tblCellMar"))
    assert [m.get(qn("w:w")) for m in mar] == ["0", "0"]
    # only the last diktum moves into the row
    assert [p.text.split("\t")[0] for p in baris.cells[0].paragraphs if "\t:\t" in p.text] == ["KEEMPAT"]


def test_mengingat_ditulis_lengkap(salin_contoh: SalinanData, tmp_path: Path) -> None:
    # pasted from an older decree: numbered, full titles, a Perbup the catalog does not know, in the wrong order
    salin_contoh.ganti("keputusan-iku.yaml", "  - uu-23-2014\n  - pp-8-2006\n  - pp-18-2016\n  - perpres-29-2014\n",
                       "  - \"1. Peraturan Bupati Jember Nomor 61 Tahun 2016 tentang Kedudukan, Susunan Organisasi, "
                       "Tugas dan Fungsi serta Tata Kerja Kecamatan;\"\n"
                       "  - Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah;\n"
                       "  - Undang - Undang Nomor 23 tahun 2014 tentang Pemerintahan Daerah\n"
                       "  - pp-8-2006\n  - perpres-29-2014\n")
    doc = buka(salin_contoh.bangun(tmp_path / "keluar"))
    body = paragraf_baca(doc)
    i = _indeks(body, "Mengingat\t:\t")
    baris = [b.split("\t")[-1] for b in body[i:i + 7]]
    assert [b.split(" tentang ")[0] for b in baris] == [
        "Undang-Undang Nomor 23 Tahun 2014", "Peraturan Pemerintah Nomor 8 Tahun 2006",
        "Peraturan Pemerintah Nomor 18 Tahun 2016", "Peraturan Presiden Nomor 29 Tahun 2014",
        "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014",
        "Peraturan Bupati Jember Nomor 61 Tahun 2016"]
    # known regulations are cited from the catalog (placement, amendments); the Perbup as written, without "1."
    assert "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244" in baris[0]
    assert "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 72 Tahun 2019" in baris[2]
    assert baris[6] == ("Peraturan Bupati Jember Nomor 61 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas "
                        "dan Fungsi serta Tata Kerja Kecamatan;")  # one ";", the document's
    assert body[i + 7] == ""
