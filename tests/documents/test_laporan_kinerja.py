"""The Laporan Kinerja, read back from the rendered .docx (and its PDF) and checked against the data.

Expected values are computed here from the raw example files with plain arithmetic (a small
oracle independent of ``doctools.kinerja``): capaian = R / T × 100, Permendagri 86/2017 bands,
sums of the budget, NRR and IKM from the CSV of raw answers. Bad data must stop the build with
file:line and write nothing.
"""

from __future__ import annotations

import datetime
import importlib.util
import io
import re
import shutil
import subprocess
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
import yaml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from doctools.build import bangun_folder
from doctools.documents import lkj as dok_lkj
from doctools.documents.lkj import urutan
from doctools.documents.lkj.narasi import Narasi
from doctools.documents.lkj.tabel import Baris, Sel, TabelXML
from doctools.errors import DataError
from doctools.model import urai_narasi
from doctools.model.lkj import BlokNarasi
from tests.conftest import CONTOH, ROOT, SalinanData, blok, buka, tahun_dari, xml_bagian

BERKAS_LKJ = ("instansi.yaml", "kinerja.yaml", "perjanjian-kinerja.yaml", "keputusan-iku.yaml", "lkj.yaml",
              "skm-2025.xlsx", "realisasi-2025.xlsx")
UNSUR_2017 = ("Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
              "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
              "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


# ---- helpers ------------------------------------------------------------------------------------


def salin_lkj(tujuan: Path) -> SalinanData:
    tujuan.mkdir(parents=True)
    for nama in BERKAS_LKJ:
        shutil.copy2(CONTOH / nama, tujuan / nama)
    return SalinanData(tujuan)


def bangun_lkj(folder: Path, keluar: Path) -> Path:
    [hasil] = [h.path for h in bangun_folder(folder, keluar) if h.dokumen.jenis == dok_lkj.JENIS]
    return hasil


def bulat(x: Decimal, d: int = 2) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def id_angka(x: Decimal, d: int = 2) -> str:
    """Indonesian number text: thousands '.', decimal ','."""
    teks = f"{bulat(x, d):,.{d}f}"
    return teks.replace(",", "_").replace(".", ",").replace("_", ".")


def predikat_86(capaian: Decimal) -> str:
    c = bulat(capaian)
    for batas, label in ((90, "Sangat Tinggi"), (75, "Tinggi"), (65, "Sedang"), (50, "Rendah")):
        if c > batas:
            return label
    return "Sangat Rendah"


def angka_dari(nilai: object) -> Decimal:
    """The number of a value as the example writes it: 95, 70.5 or "BB (70,5)"."""
    m = re.search(r"\d+(?:[.,]\d+)?", str(nilai))
    assert m is not None, nilai
    return Decimal(m.group().replace(",", "."))


def mentah(nama: str) -> dict:
    return yaml.safe_load((CONTOH / nama).read_text(encoding="utf-8"))


# the questionnaire's label of each answer 1..4, by a word of its question (an oracle apart from doctools)
LABEL_PERTANYAAN = {
    "persyaratan": ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai"),
    "prosedur": ("tidak mudah", "kurang mudah", "mudah", "sangat mudah"),
    "kecepatan": ("tidak cepat", "kurang cepat", "cepat", "sangat cepat"),
    "biaya": ("sangat mahal", "cukup mahal", "murah", "gratis"),
    "produk": ("tidak sesuai", "kurang sesuai", "sesuai", "sangat sesuai"),
    "kompetensi": ("tidak kompeten", "kurang kompeten", "kompeten", "sangat kompeten"),
    "perilaku": ("tidak sopan dan ramah", "kurang sopan dan ramah", "sopan dan ramah", "sangat sopan dan ramah"),
    "pengaduan": ("tidak ada", "ada tetapi tidak berfungsi", "berfungsi kurang maksimal", "dikelola dengan baik"),
    "sarana": ("buruk", "cukup", "baik", "sangat baik"),
}
KATA_UNSUR = dict(zip(LABEL_PERTANYAAN, UNSUR_2017))


def nrr_contoh() -> dict[str, Decimal]:
    """NRR per unsur from the example's Google Forms export, read with openpyxl alone."""
    buku = openpyxl.load_workbook(CONTOH / "skm-2025.xlsx", read_only=True)
    [kepala, *baris] = list(buku["Form Responses 1"].iter_rows(values_only=True))
    buku.close()
    hasil = {}
    for j, teks in enumerate(kepala):
        kata = [k for k in LABEL_PERTANYAAN if k in teks.lower() and teks.startswith("Bagaimana")]
        if kata:
            [k] = kata if len(kata) == 1 else [k for k in kata if k != "persyaratan"]  # "produk … persyaratan"?
            nilai = [LABEL_PERTANYAAN[k].index(b[j].lower()) + 1 for b in baris]
            hasil[KATA_UNSUR[k]] = Decimal(sum(nilai)) / len(nilai)
    assert sorted(hasil) == sorted(UNSUR_2017)
    return hasil


def program_contoh() -> list[dict]:
    """The example's programs with the pagu and realisasi of their kegiatan, from the export's generator."""
    modul = _modul_skrip("lembar_contoh")
    return [{"nama": nama, "kegiatan": [{"nama": k[1], "pagu": k[3], "realisasi": k[4]} for k in kegiatan]}
            for _, nama, kegiatan in modul.PROGRAM]


def _modul_skrip(nama: str):
    spec = importlib.util.spec_from_file_location(nama, ROOT / "scripts" / f"{nama}.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)  # type: ignore[union-attr]
    return modul


def tabel_berkepala(doc, *kepala: str) -> Table:
    """The only table whose header row starts with these texts."""
    cocok = [t for t in doc.tables if [c.text for c in t.rows[0].cells][:len(kepala)] == list(kepala)]
    assert len(cocok) == 1, [[c.text for c in t.rows[0].cells] for t in doc.tables]
    return cocok[0]


def isi(t: Table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in t.rows[1:]]


def judul(doc, level: int) -> list[str]:
    return [b.text for b in blok(doc) if isinstance(b, Paragraph) and b.style.name == f"Heading {level}"]


# ---- the example, rendered once -------------------------------------------------------------------


@pytest.fixture(scope="module")
def hasil(tmp_path_factory: pytest.TempPathFactory) -> Path:
    akar = tmp_path_factory.mktemp("lkj")
    return bangun_lkj(salin_lkj(akar / "data" / "mumbulsari").folder, akar / "keluar")


@pytest.fixture(scope="module")
def doc(hasil: Path):
    return buka(hasil)


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin_lkj(tmp_path / "data" / "mumbulsari")


def test_readme_build_menyusun_lkj(tmp_path: Path) -> None:
    """`doctools build data/mumbulsari` (the README's first command) writes the LKj too."""
    shutil.copytree(CONTOH, tmp_path / "mumbulsari")
    nama = [h.path.name for h in bangun_folder(tmp_path / "mumbulsari", tmp_path / "keluar")]
    assert "laporan-kinerja-2025.docx" in nama


def test_bab_berurutan(doc) -> None:
    assert judul(doc, 1) == ["KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN",
                             "BAB II PERENCANAAN DAN PERJANJIAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
                             "BAB IV PENUTUP", "LAMPIRAN"]
    h2 = judul(doc, 2)
    assert h2[:3] == ["A. Latar Belakang", "B. Maksud dan Tujuan", "C. Gambaran Umum Organisasi"]
    assert ["A. Pengukuran Capaian Kinerja", "B. Evaluasi dan Analisis Capaian Kinerja",
            "C. Survei Kepuasan Masyarakat", "D. Akuntabilitas Keuangan"] == h2[h2.index("A. Pengukuran Capaian Kinerja"):][:4]
    assert [h for h in h2 if h.startswith("Lampiran")] == [
        "Lampiran 1. Matriks Rencana Strategis 2021–2026", "Lampiran 2. Rencana Kinerja Tahunan 2025",
        "Lampiran 3. Perjanjian Kinerja Tahun 2025", "Lampiran 4. Indikator Kinerja Utama"]
    # captions are numbered in order, per BAB, with no gap
    tabel3 = [p for p in (b.text for b in blok(doc) if isinstance(b, Paragraph)) if p.startswith("Tabel 3.")]
    assert [t.split()[1] for t in tabel3] == [f"3.{n}" for n in range(1, len(tabel3) + 1)]


def test_nomor_halaman_romawi_lalu_arab(doc) -> None:
    pg = []
    for s in doc.sections:
        el = s._sectPr.find(qn("w:pgNumType"))
        pg.append((el.get(qn("w:fmt")), el.get(qn("w:start"))))
    assert pg == [("lowerRoman", "1"), ("decimal", "1"), ("decimal", None), ("decimal", None)]
    # the cover shows no number; every other page shows the PAGE field of the footer
    assert doc.sections[0]._sectPr.find(qn("w:titlePg")) is not None
    assert all(s._sectPr.find(qn("w:titlePg")) is None for s in doc.sections[1:])
    footer = doc.sections[0].footer._element
    assert any("PAGE" in (t.text or "") for t in footer.iter(qn("w:instrText")))
    # BAB I opens the arabic section: it is the first heading after the first section break
    body = list(doc.element.body.iterchildren())
    putus = next(i for i, el in enumerate(body) if el.find(f"{W}pPr/{W}sectPr") is not None)
    pertama = next(Paragraph(el, doc) for el in body[putus + 1:] if el.tag == qn("w:p") and "".join(el.itertext()))
    assert pertama.text == "BAB I PENDAHULUAN"


def test_lampiran_landscape(doc) -> None:
    orient = [(s.orientation, s.page_width > s.page_height) for s in doc.sections]
    assert [o for _, o in orient] == [False, False, True, False]
    assert doc.sections[2]._sectPr.find(qn("w:pgSz")).get(qn("w:orient")) == "landscape"
    assert doc.sections[2].page_width == doc.sections[1].page_height  # swapped, not a wider paper
    # the Renstra matrix sits in the landscape section (between the 2nd and 3rd section breaks)
    body = list(doc.element.body.iterchildren())
    putus = [i for i, el in enumerate(body) if el.find(f"{W}pPr/{W}sectPr") is not None]
    matriks = [i for i, el in enumerate(body) if el.tag == qn("w:tbl") and "Pagu (Rp)" in "".join(el.itertext())]
    assert len(matriks) == 1 and putus[1] < matriks[0] < putus[2]


def test_daftar_isi_field(hasil: Path, doc) -> None:
    instr = [t.text for t in doc.element.body.iter(qn("w:instrText"))]
    assert any(re.match(r'\s*TOC \\o "1-3"', t or "") for t in instr)
    toc = next(p for p in doc.element.body.iter(qn("w:p")) if any("TOC" in (t.text or "") for t in p.iter(qn("w:instrText"))))
    assert "Daftar isi belum diperbarui" in "".join(toc.itertext())  # a sensible cached text
    settings = xml_bagian(hasil, "word/settings.xml")
    [uf] = settings.findall(f"{W}updateFields")
    assert uf.get(f"{W}val") == "true"


def test_tabel_capaian_dihitung(doc) -> None:
    kinerja = mentah("kinerja.yaml")
    nrr = nrr_contoh()
    ikm = bulat(sum(nrr.values()) / 9 * 25)
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI",
                        "CAPAIAN", "PREDIKAT")
    baris = {r[2]: r for r in isi(t)}
    diperiksa = 0
    for s in kinerja["sasaran"]:
        for ind in s["indikator"]:
            # the PK's target when it revised the Renstra's; the number of a mutu ("BB (70,5)" → 70,5)
            target = angka_dari(ind.get("target_pk", {}).get(2025, ind["target"][2025]))
            realisasi = ikm if s["id"] == "pelayanan" else angka_dari(ind["realisasi"][2025])
            capaian = realisasi / target * 100
            r = baris[ind["nama"]]
            assert r[6] == id_angka(capaian) + "%", ind["nama"]
            assert r[7] == predikat_86(capaian), ind["nama"]
            diperiksa += 1
    assert diperiksa == 6
    assert baris["Indeks Kepuasan Masyarakat"][5] == id_angka(ikm)


def test_kemajuan_terhadap_akhir_renstra(doc) -> None:
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET AKHIR RENSTRA")
    baris = {r[2]: r for r in isi(t)}
    r = baris["Persentase penyelesaian laporan pelanggaran ketertiban umum dan ketenteraman masyarakat"]
    assert r[4:] == ["97", "80", id_angka(Decimal(80) / 97 * 100) + "%"]


def test_riwayat_tahun_sebelumnya(doc) -> None:
    t = tabel_berkepala(doc, "NO", "INDIKATOR KINERJA", "TAHUN")
    baris = isi(t)
    sakip = [r for r in baris if r[1] == "Nilai SAKIP Perangkat Daerah" or (r[1] == "" and r[2] in ("2024", "2025"))]
    tahun = [(r[2], r[3], r[4], r[5]) for r in baris]
    assert ("2023", "B (66,5)", "B (65,42)", id_angka(Decimal("65.42") / Decimal("66.5") * 100) + "%") in tahun
    assert sakip
    # the IKM's 2024 row: target from the Renstra, realisasi typed, capaian computed
    assert ("2024", "82", "81,12", id_angka(Decimal("81.12") / Decimal("82") * 100) + "%") in tahun


def test_anggaran_program_dan_jumlah(doc) -> None:
    t = tabel_berkepala(doc, "NO", "PROGRAM / KEGIATAN", "PAGU (Rp)", "REALISASI (Rp)", "%", "SISA (Rp)")
    baris = isi(t)
    total_pagu = total_real = Decimal(0)
    assert len(baris) == 4 + 11 + 1  # programs, kegiatan (rincian: kegiatan; no sub kegiatan), JUMLAH
    for program in program_contoh():
        pagu = sum(Decimal(k["pagu"]) for k in program["kegiatan"])
        real = sum(Decimal(k["realisasi"]) for k in program["kegiatan"])
        total_pagu += pagu
        total_real += real
        [r] = [r for r in baris if r[1] == program["nama"]]
        assert r[2:] == [id_angka(pagu, 0), id_angka(real, 0), id_angka(real / pagu * 100) + "%",
                         id_angka(pagu - real, 0)]
    assert baris[-1][1:] == ["JUMLAH", id_angka(total_pagu, 0), id_angka(total_real, 0),
                             id_angka(total_real / total_pagu * 100) + "%", id_angka(total_pagu - total_real, 0)]


def test_proporsi_belanja(doc) -> None:
    belanja = mentah("lkj.yaml")["anggaran"]["belanja"]
    total = sum(Decimal(j["pagu"]) for k in belanja for j in k["jenis"])
    t = tabel_berkepala(doc, "NO", "JENIS BELANJA", "PAGU (Rp)", "PROPORSI")
    baris = {r[1]: r for r in isi(t)}
    for k in belanja:
        pagu = sum(Decimal(j["pagu"]) for j in k["jenis"])
        assert baris[k["kelompok"]][3] == id_angka(pagu / total * 100) + "%"
    assert baris["JUMLAH"][3] == "100,00%"


def test_anggaran_per_sasaran(doc) -> None:
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "PAGU (Rp)", "PROPORSI", "REALISASI (Rp)")
    baris = isi(t)
    # sasaran 1 (tata kelola): three kegiatan of the Program Penunjang name it
    assert baris[0][2] == id_angka(Decimal(96400000 + 231700000 + 124000000), 0)
    assert baris[-1][2] == id_angka(Decimal(2310037500), 0)


def test_skm_unsur_ikm_mutu(doc) -> None:
    nrr = nrr_contoh()
    t = tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "NRR")
    baris = isi(t)
    unsur = {r[1]: r for r in baris[:9]}
    for nama in UNSUR_2017:
        assert unsur[nama][2] == id_angka(nrr[nama], 3)
        assert unsur[nama][4] == id_angka(nrr[nama] * 25)
    ikm = sum(nrr.values()) / 9 * 25
    assert baris[-1][-2:] == [id_angka(ikm), "B (Baik)"]  # 76,61–88,30 is B on the 2017 model
    teks = "\n".join(b.text for b in blok(doc) if isinstance(b, Paragraph))
    assert "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017" in teks


def test_grafik_skm_di_bagian_skm(doc) -> None:
    """The SKM chart is a native Word chart whose data (and embedded workbook) are the computed scores."""
    body = list(blok(doc))
    mulai = next(i for i, b in enumerate(body) if isinstance(b, Paragraph) and b.text == "C. Survei Kepuasan Masyarakat")
    akhir = next(i for i, b in enumerate(body) if isinstance(b, Paragraph) and b.text == "D. Akuntabilitas Keuangan")
    grafik = [b for b in body[mulai:akhir] if isinstance(b, Paragraph) and b._p.find(f".//{C}chart") is not None]
    assert len(grafik) == 1
    assert not [b for b in body if isinstance(b, Paragraph) and b._p.find(".//" + A + "blip") is not None
                and mulai < body.index(b) < akhir]  # no picture of it any more
    part = doc.part.related_parts[grafik[0]._p.find(f".//{C}chart").get(qn("r:id"))]
    assert part.content_type == "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    ruang = etree.fromstring(part.blob)

    nrr = nrr_contoh()
    konversi = [nrr[n] * 25 for n in UNSUR_2017]
    ikm = sum(nrr.values()) / 9 * 25
    [batang] = ruang.findall(f".//{C}barChart/{C}ser")
    [garis] = ruang.findall(f".//{C}lineChart/{C}ser")
    assert [v.text for v in batang.findall(f"{C}cat//{C}pt/{C}v")] == [f"U{i}" for i in range(1, 10)]
    assert [bulat(Decimal(v.text), 10) for v in batang.findall(f"{C}val//{C}pt/{C}v")] == \
        [bulat(k, 10) for k in konversi]
    assert {bulat(Decimal(v.text), 10) for v in garis.findall(f"{C}val//{C}pt/{C}v")} == {bulat(ikm, 10)}
    assert garis.find(f"{C}tx//{C}v").text == f"IKM {id_angka(ikm)} (mutu B, Baik)"

    # the same numbers in the workbook Word opens with "Edit Data", at the cells the chart names
    luar = ruang.find(f"{C}externalData").get(qn("r:id"))
    buku_part = part.related_parts[luar]
    assert buku_part.partname.endswith(".xlsx")
    lembar = openpyxl.load_workbook(io.BytesIO(buku_part.blob)).active
    assert batang.find(f"{C}val//{C}f").text == "Sheet1!$B$2:$B$10"
    assert [lembar.cell(r, 1).value for r in range(2, 11)] == [f"U{i}" for i in range(1, 10)]
    assert [bulat(Decimal(str(lembar.cell(r, 2).value)), 10) for r in range(2, 11)] == [bulat(k, 10) for k in konversi]
    with zipfile.ZipFile(io.BytesIO(buku_part.blob)) as z:
        assert "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z" in z.read("docProps/core.xml").decode()
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_narasi_pengguna_jadi_paragraf_dan_butir(doc) -> None:
    body = [b for b in blok(doc) if isinstance(b, Paragraph)]
    i = next(i for i, p in enumerate(body) if p.text.startswith("Unsur penanganan pengaduan masih"))
    assert body[i].style.name == "Teks LKj"
    assert body[i]._p.pPr.find(qn("w:keepNext")) is not None  # stays with its list
    assert [(p.style.name, p.text) for p in body[i + 1:i + 3]] == [
        ("Butir LKj", "menyediakan kanal pengaduan daring yang dipantau setiap hari kerja;"),
        ("Butir LKj", "mengumumkan tindak lanjut pengaduan setiap triwulan.")]
    assert body[i - 1].text.startswith("Peningkatan IKM didukung oleh penerapan standar pelayanan yang dipasang di "
                                       "ruang pelayanan dan penambahan")  # two YAML lines, one paragraph


def test_kalimat_keberhasilan_dan_belum_tercapai(doc) -> None:
    teks = " ".join(b.text for b in blok(doc) if isinstance(b, Paragraph))
    assert "Indikator “Indeks Kepuasan Masyarakat” pada tahun 2025 ditargetkan 82,5 dan terealisasi 82,83" in teks
    assert "mengalami keberhasilan: target tahun 2025 tercapai dan terlampaui" in teks
    assert "target tahun 2025 belum tercapai; capaiannya masih 11,11 poin persentase di bawah 100%" in teks


def test_tabel_pk_dan_iku_dari_data_yang_ada(doc) -> None:
    teks = [c for t in doc.tables for r in t.rows for c in (x.text for x in r.cells)]
    # the PK's Jumlah (perjanjian-kinerja.yaml), computed; an amount never breaks after "Rp"
    assert teks.count("Rp\u00a02.310.037.500,00") == 1
    assert any("Nomor 065/007/35.09.14/2025" in p.text for p in doc.paragraphs)  # from keputusan-iku.yaml


# ---- bad data: a clear error with file:line, nothing written ---------------------------------------


def _gagal(salinan: SalinanData, tmp_path: Path) -> DataError:
    keluar = tmp_path / "keluar"
    with pytest.raises(DataError) as info:
        bangun_lkj(salinan.folder, keluar)
    assert not keluar.exists() or not any(keluar.rglob("*.docx"))
    return info.value


def test_target_nol_adalah_galat(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", "target_pk: {2025: 90}", "target_pk: {2025: 0}")
    galat = str(_gagal(salinan, tmp_path))
    baris = salinan.baris("kinerja.yaml", "target_pk: {2025: 0}")
    assert galat.startswith(f"{salinan.path('kinerja.yaml')}:{baris}, kolom 'sasaran[4].indikator[1].target_pk.2025': ")
    assert "target 0 tidak dapat dipakai sebagai pembagi" in galat
    assert len(galat.splitlines()) == 1


def test_realisasi_tahun_laporan_tidak_ada(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", 'realisasi: {2023: "B (65,42)", 2024: "B (67,8)", 2025: "B (68,12)"}',
                  'realisasi: {2023: "B (65,42)", 2024: "B (67,8)"}')
    galat = _gagal(salinan, tmp_path)
    assert galat.lokasi.baris == salinan.baris("kinerja.yaml", 'realisasi: {2023: "B (65,42)", 2024: "B (67,8)"}')
    assert "belum punya realisasi tahun 2025" in galat.pesan


def test_realisasi_ikm_diketik_berbeda(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 79.85, 2024: 81.12}", "realisasi: {2023: 79.85, 2024: 81.12, 2025: 80}")
    galat = _gagal(salinan, tmp_path)
    assert "hasil survei kepuasan masyarakat" in galat.pesan and galat.lokasi.kolom.endswith("realisasi.2025")


def test_belanja_tidak_sama_dengan_program(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "pagu: 85000000, realisasi: 84950000", "pagu: 95000000, realisasi: 84950000")
    galat = _gagal(salinan, tmp_path)
    assert galat.lokasi.baris == salinan.baris("lkj.yaml", "  belanja:")
    assert "rincian belanja berjumlah pagu Rp 2.320.037.500,00" in galat.pesan


def test_jumlah_sdm_tidak_sama(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "{S2: 2, S1: 7,", "{S2: 2, S1: 8,")
    galat = _gagal(salinan, tmp_path)
    assert "menurut pendidikan (18) tidak sama dengan jumlah menurut pangkat/golongan (17)" in str(galat)


def test_skala_tidak_dikenal(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "  # skala_predikat: permendagri-86-2017 #", "  skala_predikat: permendagri-86 #")
    galat = _gagal(salinan, tmp_path)
    assert galat.lokasi.baris == salinan.baris("lkj.yaml", "skala_predikat: permendagri-86 ")
    assert "jember-mumbulsari" in galat.pesan


def test_sasaran_anggaran_tidak_ada(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", '"7.01.03": kesejahteraan', '"7.01.03": sejahtera')
    galat = _gagal(salinan, tmp_path)
    assert galat.lokasi.baris == salinan.baris("lkj.yaml", '"7.01.03": sejahtera')
    assert "sasaran 'sejahtera' tidak ada di kinerja.yaml" in galat.pesan


# ---- configurable measurement ---------------------------------------------------------------------


def test_skala_kabupaten_sendiri(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "  # skala_predikat: permendagri-86-2017 # kode di data/katalog/skala-predikat.yaml, atau skala sendiri:",
                  "  skala_predikat:\n    nama: Skala Kabupaten Contoh\n    sumber: Perbup Contoh 1/2025\n"
                  "    rentang:\n      - {label: Berhasil, batas_bawah: 95}\n"
                  "      - {label: Belum Berhasil, batas_atas: 95}\n")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    predikat = {r[2]: r[7] for r in isi(t)}
    assert predikat["Nilai SAKIP Perangkat Daerah"] == "Berhasil"  # 96,62
    assert predikat["Persentase fasilitasi kesejahteraan masyarakat yang dilaksanakan"] == "Belum Berhasil"  # 92,31


def test_skala_dari_pengaturan_instansi(salinan: SalinanData, tmp_path: Path) -> None:
    """Without its own choice the LKj uses pengaturan.skala_predikat (instansi or kabupaten.yaml)."""
    salinan.ganti("instansi.yaml", "  skala_predikat: permendagri-86-2017", "  skala_predikat: lan-bantur")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    predikat = {r[2]: r[7] for r in isi(t)}
    assert predikat["Nilai SAKIP Perangkat Daerah"] == "Sangat berhasil"  # 96,62 ≥ 85


def test_skala_pengaturan_tidak_dikenal(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("instansi.yaml", "  skala_predikat: permendagri-86-2017", "  skala_predikat: jember")
    galat = _gagal(salinan, tmp_path)
    assert galat.lokasi.baris == salinan.baris("instansi.yaml", "skala_predikat: jember")
    assert galat.lokasi.kolom == "pengaturan.skala_predikat"
    assert "skala predikat 'jember' tidak dikenal" in galat.pesan and "lan-bantur" in galat.pesan


TARGET_SAKIP = ('target: {2021: "B (62)", 2022: "B (64)", 2023: "B (66,5)", 2024: "B (68,5)", 2025: "BB (70,5)", '
                '2026: "BB (72)"}')
REALISASI_SAKIP = 'realisasi: {2023: "B (65,42)", 2024: "B (67,8)", 2025: "B (68,12)"}'


def test_polaritas_negatif(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah\n",
                  "      - nama: Nilai SAKIP Perangkat Daerah\n        polaritas: negatif\n")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    [r] = [r for r in isi(t) if r[2] == "Nilai SAKIP Perangkat Daerah"]
    t_, r_ = Decimal("70.5"), Decimal("68.12")
    assert r[6] == id_angka((2 * t_ - r_) / t_ * 100) + "%"  # (2T − R)/T: below target is better here


def test_target_kualitatif(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", TARGET_SAKIP, "target: {2024: B, 2025: B, 2026: A}")
    salinan.ganti("kinerja.yaml", REALISASI_SAKIP, "realisasi: {2024: B, 2025: A}")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    [r] = [r for r in isi(t) if r[2] == "Nilai SAKIP Perangkat Daerah"]
    assert r[4:7] == ["B", "A", "133,33%"]  # A = 4, B = 3 (pengukuran.nilai_kualitatif)


def test_label_tanpa_nilai_adalah_galat(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", TARGET_SAKIP, "target: {2025: BB, 2026: A}")
    salinan.ganti("kinerja.yaml", REALISASI_SAKIP, "realisasi: {2025: A}")
    galat = _gagal(salinan, tmp_path)
    assert "label target 'BB' tidak dikenal" in galat.pesan
    assert galat.lokasi.baris == salinan.baris("kinerja.yaml", "target: {2025: BB, 2026: A}")


MODEL_2004 = ("Prosedur pelayanan", "Persyaratan pelayanan", "Kejelasan petugas pelayanan",
              "Kedisiplinan petugas pelayanan", "Tanggung jawab petugas pelayanan", "Kemampuan petugas pelayanan",
              "Kecepatan pelayanan", "Keadilan mendapatkan pelayanan", "Kesopanan dan keramahan petugas",
              "Kewajaran biaya pelayanan", "Kepastian biaya pelayanan", "Kepastian jadwal pelayanan",
              "Kenyamanan lingkungan", "Keamanan pelayanan")


def test_skm_nilai_agregat_model_lama(salinan: SalinanData, tmp_path: Path) -> None:
    nilai = "\n".join(f"    {u}: {3.2 if n % 2 else 3.4}" for n, u in enumerate(MODEL_2004))
    teks = salinan.baca("lkj.yaml")
    awal, akhir = teks.index("  berkas: skm-2025.xlsx "), teks.index("  # label:")
    salinan.tulis("lkj.yaml", teks[:awal] + f"  jumlah_responden: 150\n  nilai:\n{nilai}\n" + teks[akhir:])
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    t = tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "NRR")
    assert len(isi(t)) == 14 + 2
    ikm = Decimal("3.3") * 25
    # the 2004 questionnaire in a 2025 report: the mutu is read on the intervals in force, PermenPAN-RB 14/2017
    assert isi(t)[-1][-2:] == [id_angka(ikm), "B (Baik)"]  # 76,61–88,30
    teks = " ".join(b.text for b in blok(doc) if isinstance(b, Paragraph))
    assert "telah dicabut" in teks and "menurut interval mutu PermenPAN-RB 14/2017." in teks

    # the old intervals only by an explicit choice, which the report states with what the regulation says
    salinan.ganti("lkj.yaml", "pengukuran:\n", "pengukuran:\n  skala_skm: kepmenpan-25-2004\n")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "lama"))
    t = tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "NRR")
    assert isi(t)[-1][-2:] == [id_angka(ikm), "A (Sangat Baik)"]  # 82,50 ≥ 81,26 on the 2004 intervals
    teks = " ".join(b.text for b in blok(doc) if isinstance(b, Paragraph))
    assert "KEP/25/M.PAN/2/2004" in teks
    assert (f"IKM tahun 2025 adalah {id_angka(ikm)} dengan mutu pelayanan A (Sangat Baik) menurut interval mutu "
            "KepMenPAN 25/2004; menurut interval PermenPAN-RB 14/2017 yang berlaku pada tahun 2025, mutunya B "
            "(Baik).") in teks


def test_lembar_contoh_dari_generator() -> None:
    modul = _modul_skrip("lembar_contoh")
    buku = openpyxl.load_workbook(CONTOH / "skm-2025.xlsx", read_only=True)
    [kepala, *baris] = [list(r) for r in buku["Form Responses 1"].iter_rows(values_only=True)]
    buku.close()
    judul, harapan = modul.survei()
    assert kepala == judul and baris == harapan
    unsur = [k for k in kepala if k.startswith("Bagaimana")]
    assert len(unsur) == 9 and isinstance(baris[0][0], datetime.datetime)  # a real timestamp, not text
    buku = openpyxl.load_workbook(CONTOH / "realisasi-2025.xlsx", read_only=True, data_only=True)
    sel = [list(r) for r in buku["Realisasi Belanja"].iter_rows(min_row=modul.BARIS_JUDUL + 2, values_only=True)]
    buku.close()
    uang = [(r[0], r[1], r[2] if not isinstance(r[2], str) else int(r[2].replace(".", ""))) for r in sel[:-1]]
    assert uang == [(k, n, p) for k, n, p, _, _ in modul.realisasi()]
    assert sel[-1][1:3] == ["JUMLAH BELANJA", 2310037500]


# ---- pure helpers ---------------------------------------------------------------------------------


def test_urai_narasi() -> None:
    teks = ("Paragraf pertama\nyang dibungkus.\n\nDaftar:\n- butir satu\n  lanjutan butir\n- butir dua\n"
            "Paragraf setelah daftar.\n\n\n")
    assert urai_narasi(teks) == [
        BlokNarasi("paragraf", "Paragraf pertama yang dibungkus."),
        BlokNarasi("paragraf", "Daftar:"),
        BlokNarasi("butir", "butir satu lanjutan butir"),
        BlokNarasi("butir", "butir dua"),
        BlokNarasi("paragraf", "Paragraf setelah daftar."),
    ]
    assert urai_narasi("  \n\n") == []


def test_narasi_xml() -> None:
    n = Narasi.dari_teks("A & <B>\n- satu\n- dua").ditahan()
    xml = n.__html__()
    assert xml.count("<w:p>") == 3
    assert 'w:val="TeksLKj"/><w:keepNext/>' in xml  # introduces the list
    assert xml.count('w:val="ButirLKj"') == 2 and xml.endswith("dua</w:t></w:r></w:p>")
    assert "A &amp; &lt;B&gt;" in xml
    assert 'w:val="ButirLKj"/><w:keepNext/>' in xml  # the last one, kept with the signature
    assert not Narasi.dari_teks(None)


def test_tabel_xml() -> None:
    t = TabelXML((100, 200), (Baris((Sel("a", "Isi Matriks", gabung="awal"), Sel("b", "Isi Matriks")), kepala=True),
                              Baris((Sel("", "Isi Matriks", gabung="lanjut"), Sel("c & d", "Isi Matriks")))))
    xml = t.__html__()
    assert '<w:gridCol w:w="100"/><w:gridCol w:w="200"/>' in xml
    assert '<w:vMerge w:val="restart"/>' in xml and "<w:vMerge/>" in xml and "<w:tblHeader/>" in xml
    assert "c &amp; d" in xml and 'w:val="IsiMatriks"' in xml
    with pytest.raises(ValueError):
        TabelXML((100, 200), (Baris((Sel("a", "x", rentang=3),)),))


def test_urutan_menggeser_bagian_opsional() -> None:
    assert urutan([("a", True), ("b", False), ("c", True)], "huruf") == {"a": "A", "b": "", "c": "B"}
    assert urutan([("a", True), ("b", True)], "angka", "3.") == {"a": "3.1", "b": "3.2"}


def test_tanpa_lkj_tidak_ada_dokumen(salinan: SalinanData) -> None:
    salinan.hapus("lkj.yaml")
    assert dok_lkj.susun(tahun_dari(salinan.folder)) == []


# ---- through LibreOffice --------------------------------------------------------------------------


def _teks_halaman(pdf: Path, n: int) -> list[str]:
    keluaran = subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                              capture_output=True, text=True, timeout=60, check=True).stdout
    return [b.strip() for b in keluaran.splitlines() if b.strip()]


def _ukuran(pdf: Path) -> list[tuple[float, float]]:
    keluaran = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True,
                              timeout=60, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", keluaran, re.MULTILINE)]


@pytest.fixture(scope="module")
def pdf(hasil: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from doctools.pdf import cari_python_uno, cari_soffice, ke_pdf

    if cari_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice/poppler tidak tersedia")
    if cari_python_uno() is None:
        pytest.skip("tidak ada Python dengan modul 'uno' (Debian: python3-uno); Daftar Isi tidak dapat diperbarui")
    [hasil_pdf] = ke_pdf([hasil], tmp_path_factory.mktemp("pdf"))
    return hasil_pdf


@pytest.mark.libreoffice
def test_pdf_bab_i_halaman_1(pdf: Path) -> None:
    halaman = [_teks_halaman(pdf, n) for n in range(1, len(_ukuran(pdf)) + 1)]
    [bab1] = [n for n, h in enumerate(halaman) if h and h[0] == "BAB I PENDAHULUAN"]
    assert halaman[bab1][-1] == "1"
    assert [h[-1] for h in halaman[1:bab1]] == ["ii", "iii", "iv", "v"][:bab1 - 1]


@pytest.mark.libreoffice
def test_pdf_halaman_landscape(pdf: Path) -> None:
    ukuran = _ukuran(pdf)
    landscape = [n for n, (w, h) in enumerate(ukuran, start=1) if w > h]
    assert landscape
    for n in landscape:
        assert any("Matriks Rencana Strategis" in b or "Pagu (Rp)" in b for b in _teks_halaman(pdf, n))
    for n, (w, h) in enumerate(ukuran, start=1):
        if n not in landscape:
            assert w == pytest.approx(609.99, abs=1.5) and h == pytest.approx(936.0, abs=1.5)


@pytest.mark.libreoffice
def test_pdf_daftar_isi_terisi(pdf: Path) -> None:
    daftar = next(_teks_halaman(pdf, n) for n in range(1, 6) if "DAFTAR ISI" in _teks_halaman(pdf, n))
    teks = "\n".join(daftar)
    assert "Daftar isi belum diperbarui" not in teks
    assert re.search(r"BAB I PENDAHULUAN\s*\.{3,}\s*1\b", teks)
    assert re.search(r"KATA PENGANTAR\s*\.{3,}\s*ii\b", teks)
    assert re.search(r"Lampiran 1\. Matriks Rencana Strategis 2021–2026\s*\.{3,}\s*\d+", teks)


def test_pdf_tanpa_python_uno_adalah_galat_yang_jelas(hasil: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A TOC that cannot be refreshed is an error naming the fix, never a PDF with a placeholder TOC."""
    from doctools import pdf as modul_pdf
    from doctools.errors import ConversionError

    palsu = tmp_path / "bin" / "soffice"
    palsu.parent.mkdir()
    palsu.write_text("#!/bin/sh\nexit 0\n")
    palsu.chmod(0o755)
    monkeypatch.setenv("PATH", str(palsu.parent))
    monkeypatch.setattr(modul_pdf, "cari_python_uno", lambda *_: None)
    assert modul_pdf.punya_daftar_isi(hasil)
    with pytest.raises(ConversionError, match=r"laporan-kinerja-2025\.docx memuat Daftar Isi .*python3-uno"):
        modul_pdf.ke_pdf([hasil], tmp_path / "pdf")
    assert not (tmp_path / "pdf").exists()


def test_dokumen_tanpa_daftar_isi_tetap_convert_to(tmp_path: Path) -> None:
    from doctools.pdf import punya_daftar_isi

    bukan = tmp_path / "x.docx"
    bukan.write_bytes(b"bukan zip")
    assert not punya_daftar_isi(bukan)
    [pk] = [h.path for h in bangun_folder(salin_lkj(tmp_path / "d" / "mumbulsari").folder, tmp_path / "k")
            if h.path.name == "perjanjian-kinerja-2025-camat.docx"]
    assert not punya_daftar_isi(pk)


# ---- what a reviewer reads around the tables --------------------------------------------------------


def _paragraf(doc) -> list[str]:
    return [b.text for b in blok(doc) if isinstance(b, Paragraph)]


def test_skala_disebut_sekali(doc) -> None:
    """The scale is named with its full source once, not with its short citation and the source after it."""
    kalimat = next(t for t in _paragraf(doc) if t.startswith("Target berupa label"))
    assert kalimat.endswith("ditentukan menurut Kriteria tingkat capaian kinerja (Peraturan Menteri Dalam Negeri "
                            "Nomor 86 Tahun 2017):")
    assert kalimat.count("86") == 1


def test_catatan_strip_hanya_bila_ada_strip(doc, salinan: SalinanData, tmp_path: Path) -> None:
    riwayat = tabel_berkepala(doc, "NO", "INDIKATOR KINERJA", "TAHUN")
    assert "-" not in [sel[3] for sel in isi(riwayat)]
    assert not [t for t in _paragraf(doc) if "Tanda “-”" in t]
    # without the 2023 target of the first indicator, its 2023 row prints "-" and the note explains it
    salinan.ganti("kinerja.yaml", "target: {2021: 4, 2022: 4, 2023: 4, ", "target: {2021: 4, 2022: 4, ")
    lain = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    assert "-" in [sel[3] for sel in isi(tabel_berkepala(lain, "NO", "INDIKATOR KINERJA", "TAHUN"))]
    assert "Tanda “-” pada kolom target berarti Renstra tidak memuat target tahun itu." in _paragraf(lain)


def test_jumlah_responden_hanya_bila_diketahui(doc, salinan: SalinanData, tmp_path: Path) -> None:
    assert ("Jumlah responden: 100. Model: SKM PermenPAN-RB 14/2017 (9 unsur). Interval mutu PermenPAN-RB 14/2017: "
            "D 25,00–64,99; C 65,00–76,60; B 76,61–88,30; A 88,31–100,00.") in _paragraf(doc)
    nilai = "\n".join(f"    {u}: 3.3" for u in MODEL_2004)
    teks = salinan.baca("lkj.yaml")
    awal, akhir = teks.index("  berkas: skm-2025.xlsx "), teks.index("  # label:")
    salinan.tulis("lkj.yaml", teks[:awal] + f"  nilai:\n{nilai}\n" + teks[akhir:])  # aggregated, no count
    lain = _paragraf(buka(bangun_lkj(salinan.folder, tmp_path / "keluar")))
    assert not [t for t in lain if "responden: -" in t or t.startswith("Jumlah responden")]
    assert [t for t in lain if t.startswith("Model: ")]


def test_matriks_renstra_menjumlah_program_bersama_sekali(doc) -> None:
    """A program under two sasaran shows its pagu once; the other listing is marked; the column adds up."""
    [t] = [t for t in doc.tables if len(t.rows) > 2 and "Pagu (Rp)" in "".join(c.text for c in t.rows[1].cells)]
    baris = [[c.text for c in r.cells] for r in t.rows[2:]]
    program = mentah("kinerja.yaml")["renstra"]["program"]
    bersama = [p for p in program if isinstance(p["sasaran"], list) and len(p["sasaran"]) > 1]
    assert bersama  # the example has one: it supports two sasaran
    for p in bersama:
        nama = [b for b in baris if b[2].startswith(p["nama"])]
        assert [b[2] for b in nama] == [p["nama"], f"{p['nama']} *)"]
        assert set(nama[1][5::2]) == {"*)"}
    jumlah = baris[-1]
    assert jumlah[0] == "Jumlah pagu indikatif"
    for k in range(5, len(jumlah), 2):
        angka = [int(b[k].replace(".", "")) for b in baris[:-1] if b[k] and b[k] != "*)"]
        assert sum(angka) == int(jumlah[k].replace(".", ""))
    assert "*) Program yang mendukung lebih dari satu sasaran: pagunya dicantumkan dan dijumlahkan satu kali, " \
           "pada sasaran pertama yang didukungnya." in _paragraf(doc)


def test_terbilang_berjarak_dari_tabel(doc) -> None:
    [terbilang] = [b for b in blok(doc) if isinstance(b, Paragraph) and b.text.startswith("Terbilang: ")]
    assert terbilang.paragraph_format.space_before >= Pt(6)
