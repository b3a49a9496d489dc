"""The IKI decree read back: frame, Lampiran blocks per jabatan, tables, equations."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from doctools.build import bangun_folder
from doctools.model import muat_data
from tests.conftest import SalinanData, paragraf_baca, render_satu

ROOT = Path(__file__).resolve().parents[2]
CONTOH = ROOT / "data" / "mumbulsari"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "m": "http://schemas.openxmlformats.org/officeDocument/2006/math"}


@pytest.fixture(scope="module")
def iki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    keluar = tmp_path_factory.mktemp("iki")
    hasil = bangun_folder(CONTOH, keluar)
    return next(h.path for h in hasil if h.dokumen.jenis == "keputusan-iki")


@pytest.fixture(scope="module")
def data():
    return muat_data(CONTOH)


def _teks(path: Path) -> list[str]:
    return paragraf_baca(Document(str(path)))


def test_frame_and_title(iki: Path) -> None:
    teks = _teks(iki)
    assert "KEPUTUSAN CAMAT MUMBULSARI" in teks
    assert "INDIKATOR KINERJA INDIVIDU KECAMATAN MUMBULSARI KABUPATEN JEMBER" in teks
    nomor = next(t for t in teks if t.startswith("NOMOR "))
    assert nomor.startswith("NOMOR 065/") and nomor.endswith("/35.09.14/2025")
    assert "None" not in nomor
    diktum = [t.split("\t")[0] for t in teks if t.split("\t")[0] in {"KESATU", "KEDUA", "KETIGA", "KEEMPAT"}]
    assert diktum == ["KESATU", "KEDUA", "KETIGA"]
    assert any("Diktum KESATU bertujuan untuk:" in t for t in teks)


def test_mengingat_from_catalog_in_hierarchy_order(iki: Path) -> None:
    teks = _teks(iki)
    mulai = next(i for i, t in enumerate(teks) if t.startswith("Mengingat"))
    butir = [t.split("\t")[-1] for t in teks[mulai:mulai + 3]]
    assert butir[0].startswith("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara")
    assert "sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023" in butir[0]
    assert butir[1].startswith("Peraturan Presiden Nomor 29 Tahun 2014")
    assert butir[2].startswith("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014")
    assert all(b.endswith(";") for b in butir)


def test_one_block_per_jabatan_grouped(iki: Path, data) -> None:
    teks = _teks(iki)
    jabatan = [t.split("\t")[-1] for t in teks if t.startswith("Jabatan\t")]
    assert jabatan == [b.jabatan for b in data.keputusan_iki.jabatan]
    kelompok = [t for t in teks if t in {"PEJABAT ESELON III", "PEJABAT ESELON IV", "PELAKSANA"}]
    assert kelompok == ["PEJABAT ESELON III", "PEJABAT ESELON IV", "PELAKSANA"]  # each heading once
    tugas_camat = teks[teks.index("Jabatan\t:\tCamat") + 1]
    assert tugas_camat.startswith("Tugas\t:\ta.\tmemimpin penyelenggaraan")
    assert tugas_camat.endswith("; dan")


def test_tables_and_merges(iki: Path, data) -> None:
    doc = Document(str(iki))
    tabel = [t for t in doc.tables if t.rows[0].cells[0].text == "SASARAN/KINERJA UTAMA"]
    assert len(tabel) == len(data.keputusan_iki.jabatan)
    for t, blok in zip(tabel, data.keputusan_iki.jabatan):
        assert [c.text for c in t.rows[0].cells] == [
            "SASARAN/KINERJA UTAMA", "INDIKATOR KINERJA INDIVIDU", "PENJELASAN/FORMULASI PENGHITUNGAN", "SUMBER DATA"]
        indikator = [ind for s in blok.kinerja for ind in s.indikator]
        baris = t.rows[1:]
        assert len(baris) == len(indikator)
        assert [r.cells[1].text for r in baris] == [i.nama for i in indikator]
        assert t.rows[0]._tr.trPr.find(f"{{{NS['w']}}}tblHeader") is not None
        # the sasaran cell spans its indicators: restart then continue
        merges = []
        for r in baris:
            vm = r._tr.tc_lst[0].tcPr.find(f"{{{NS['w']}}}vMerge")
            merges.append(vm.get(f"{{{NS['w']}}}val") if vm is not None else None)
        harapan = []
        for s in blok.kinerja:
            harapan += ["restart"] + ["continue"] * (len(s.indikator) - 1)
        assert merges == harapan


def test_fractions_are_equations(iki: Path) -> None:
    xml = etree.fromstring(zipfile.ZipFile(iki).read("word/document.xml"))
    pecahan = xml.findall(".//m:oMath/m:f", NS)
    assert len(pecahan) == 5
    pertama = pecahan[0]
    pembilang = "".join(pertama.find("m:num", NS).itertext())
    penyebut = "".join(pertama.find("m:den", NS).itertext())
    assert pembilang.replace(" ", "") == "ΣPegawai×(Σharikerjaefektif−Σharitidakmasukkerja)"
    assert penyebut.replace(" ", "") == "ΣPegawai×Σharikerjaefektif"
    # a text formulasi stays text
    doc = Document(str(iki))
    sel = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Jumlah kegiatan pembinaan perangkat desa dalam satu tahun" in sel


@pytest.mark.libreoffice
def test_libreoffice_converts_iki(iki: Path, tmp_path: Path) -> None:
    import subprocess

    profil = tmp_path / "profil"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profil}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(iki)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / (iki.stem + ".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    halaman = int(next(b.split()[-1] for b in info.splitlines() if b.startswith("Pages:")))
    assert halaman >= 3
    teks = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Pengadministrasi Kepegawaian" in teks
    assert "NIP. 19700512 199503 1 004" in teks


def test_sumber_data_several_sources_as_a_list(tmp_path: Path) -> None:
    # Bululawang 2017 prints "Dinas Sosial dan Seluruh Desa/Kelurahan" for one indicator: two sources
    salinan = SalinanData(tmp_path / "mumbulsari")
    shutil.copytree(CONTOH, salinan.folder)
    salinan.ganti("keputusan-iki.yaml", "            sumber_data: Data kepegawaian kecamatan\n",
                  "            sumber_data:\n              - Dinas Sosial\n              - Seluruh Desa/Kelurahan\n")
    doc = Document(str(render_satu(salinan.folder, tmp_path / "keluar", "keputusan-iki")))
    sel = [r.cells[3].text for t in doc.tables if t.rows[0].cells[0].text == "SASARAN/KINERJA UTAMA"
           for r in t.rows[1:]]
    assert "- Dinas Sosial\n- Seluruh Desa/Kelurahan" in sel
    assert "Subbagian Umum dan Kepegawaian" in sel  # a single source stays one line without a dash
