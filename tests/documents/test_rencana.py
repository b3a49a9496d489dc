"""The RKT, the Rencana Aksi (with its monitoring report) and the Pohon Kinerja, read back from the .docx files."""

from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import Table
from PIL import Image

from doctools.build import bangun_folder
from doctools.documents import susun_semua
from doctools.fmt import RUANG_HARI
from doctools.oxml.table import TANDA_GABUNG
from doctools.reviu import pengaturan_bawaan, periksa_folder
from tests.conftest import CONTOH, SalinanData, buka, semua_paragraf, tahun_dari
from tests.ooxml_schema import galat

PEMANTAUAN = "rencana-aksi-2025-triwulan-2"


@pytest.fixture(scope="module")
def hasil(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example built once with the monitoring report of TW II: file stem → path."""
    akar = tmp_path_factory.mktemp("rencana")
    from doctools.build import tulis_dokumen

    dokumen = [d for d in susun_semua(tahun_dari(CONTOH), triwulan=2)
               if d.jenis in ("rencana-kinerja-tahunan", "rencana-aksi", "pemantauan-rencana-aksi", "pohon-kinerja")]
    return {h.path.stem: h.path for h in tulis_dokumen(dokumen, akar)}


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    folder = tmp_path / "data" / CONTOH.name
    shutil.copytree(CONTOH, folder)
    return SalinanData(folder)


def _tabel(path: Path, kepala: str) -> Table:
    doc = buka(path)
    [tabel] = [t for t in doc.tables if t.rows and t.rows[0].cells[0].text.strip() == kepala]
    return tabel


def _vmerge(tabel: Table, kolom: int) -> list[str | None]:
    """Per row, the vMerge of the cell in grid column ``kolom``: 'restart', 'continue' or None."""
    hasil = []
    for tr in tabel._tbl.tr_lst:
        awal = 0
        for tc in tr.tc_lst:
            if awal == kolom:
                vm = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
                hasil.append(None if vm is None else vm.get(qn("w:val"), "continue"))
                break
            awal += tc.grid_span
    return hasil


def _baris_teks(tabel: Table) -> list[list[str]]:
    return [[c.text for c in tr.tc_lst] for tr in (r._tr for r in tabel.rows)]


def test_jenis_baru_ditulis_dan_lanskap(hasil: dict[str, Path]) -> None:
    assert set(hasil) == {"rencana-kinerja-tahunan-2025", "rencana-aksi-2025", PEMANTAUAN, "pohon-kinerja-2025"}
    for path in hasil.values():
        doc = buka(path)
        assert all(s.orientation == WD_ORIENT.LANDSCAPE and s.page_width > s.page_height for s in doc.sections)
        assert galat(path) == [], path.name
        assert TANDA_GABUNG not in "".join(semua_paragraf(doc))


def test_rkt_sasaran_program_kegiatan_dan_anggaran(hasil: dict[str, Path]) -> None:
    path = hasil["rencana-kinerja-tahunan-2025"]
    teks = semua_paragraf(buka(path))
    assert "RENCANA KINERJA TAHUNAN" in teks and "KECAMATAN MUMBULSARI TAHUN 2025" in teks
    tabel = _tabel(path, "NO")
    isi = [[c.text for c in r.cells] for r in tabel.rows[3:-1]]
    # sasaran 1: its target from kinerja.yaml, its program with the Camat's PK anggaran, three kegiatan
    assert isi[0][:4] == ["1.", "Meningkatnya penataan organisasi dan tata laksana penyelenggaraan pemerintahan dan "
                          "pelayanan publik", "Jumlah dokumen penataan organisasi dan tata laksana yang tersusun",
                          "4 dokumen"]
    assert isi[0][4] == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    assert isi[0][10:] == ["1.873.450.000", "96.400.000"]
    assert [r[7] for r in isi[:3]] == ["Administrasi Umum Perangkat Daerah",
                                       "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
                                       "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"]
    ikm = next(r for r in isi if r[2] == "Indeks Kepuasan Masyarakat")
    assert ikm[3] == "82,5 indeks" and ikm[10] == "186.537.500"
    # the shared program is printed again under akuntabilitas, its anggaran marked, not counted twice
    akuntabilitas = [r for r in isi if r[7] == "Administrasi Keuangan Perangkat Daerah"]
    assert akuntabilitas[0][10:] == ["*)", "1.402.600.000"]
    assert [c.text for c in tabel.rows[-1].cells][-2] == "2.310.037.500"  # = the Camat's PK Jumlah
    assert any(p.startswith("*) Program yang mendukung lebih dari satu sasaran") for p in semua_paragraf(buka(path)))


def test_rkt_sel_bergabung(hasil: dict[str, Path]) -> None:
    tabel = _tabel(hasil["rencana-kinerja-tahunan-2025"], "NO")
    sasaran = _vmerge(tabel, 1)[3:-1]
    # sasaran 1 spans its three kegiatan rows, sasaran 2 its two
    assert sasaran[:5] == ["restart", "continue", "continue", "restart", "continue"]
    kegiatan = _vmerge(tabel, 7)[3:-1]
    assert set(kegiatan) == {None}  # one row per kegiatan: nothing to merge
    # sasaran 5 has two indicators: each its own row, the second merged down to the end of the block
    baris = [[c.text for c in r.cells] for r in tabel.rows[3:-1]]
    lima = [r for r in baris if r[0] == "5."]
    assert [r[2] for r in lima] == ["Nilai SAKIP Perangkat Daerah", "Persentase indikator program yang tercapai"]


def test_rencana_aksi_target_per_triwulan_aksi_dan_penanggung_jawab(hasil: dict[str, Path]) -> None:
    path = hasil["rencana-aksi-2025"]
    doc = buka(path)
    teks = semua_paragraf(doc)
    assert teks.count("RENCANA AKSI TAHUN 2025") == 4
    for jabatan in ("CAMAT MUMBULSARI", "SEKRETARIS KECAMATAN MUMBULSARI",
                    "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN KESEJAHTERAAN SOSIAL KECAMATAN MUMBULSARI",
                    "KEPALA SEKSI KETENTERAMAN DAN KETERTIBAN UMUM KECAMATAN MUMBULSARI"):
        assert jabatan in teks
    tabel = [t for t in doc.tables if t.rows and t.rows[0].cells[0].text == "NO"]
    assert len(tabel) == 4
    camat = [[c.text for c in r.cells] for r in tabel[0].rows[3:]]
    assert camat[0][5:] == ["Target (kumulatif)", "2", "3", "4", "4", ""]
    assert camat[0][4] == "4"
    assert camat[1][5:] == ["Menyusun Laporan Kinerja tahun 2024", "\u221a", "", "", "", "Sekretaris Kecamatan"]
    assert camat[4][5:] == ["Memutakhirkan Standar Pelayanan Publik", "", "\u221a", "\u221a", "",
                            "Kepala Seksi Pemerintahan"]
    ikm = next(r for r in camat if r[2] == "Indeks Kepuasan Masyarakat" and r[5].startswith("Target"))
    assert ikm[5:10] == ["Target (kumulatif)", "-", "82", "-", "82,5"]
    pmks = [[c.text for c in r.cells] for r in tabel[2].rows[3:]]
    assert ["Target per triwulan", "3", "3", "3", "3"] in [r[5:10] for r in pmks]
    # sasaran and indicator cells span the target row and every action of the indicator
    assert _vmerge(tabel[0], 1)[3:8] == ["restart", "continue", "continue", "continue", "continue"]
    assert _vmerge(tabel[0], 2)[3:9] == ["restart", "continue", "continue", "continue", "continue", "restart"]
    assert "RINA WULANDARI, S.E." in teks or any("RINA WULANDARI" in p for p in teks)


def test_pemantauan_triwulan_capaian(hasil: dict[str, Path]) -> None:
    path = hasil[PEMANTAUAN]
    doc = buka(path)
    assert "LAPORAN PEMANTAUAN RENCANA AKSI TRIWULAN II TAHUN 2025" in semua_paragraf(doc)
    tabel = [t for t in doc.tables if t.rows and t.rows[0].cells[0].text == "NO"]
    camat = [[c.text for c in r.cells] for r in tabel[0].rows[2:]]
    # documents: 2 planned by TW I, 1 done (50 %); 3 by TW II, 3 done (100 %, 75 % of the year's 4)
    assert camat[0][5:] == ["I", "2", "1", "50,00", "25,00"]
    assert camat[1][5:] == ["II", "3", "3", "100,00", "75,00"]
    ikm = [r for r in camat if r[2] == "Indeks Kepuasan Masyarakat"]
    assert [r[5:] for r in ikm] == [["I", "-", "-", "-", "-"], ["II", "82", "81,95", "99,94", "99,33"]]
    trantib = [[c.text for c in r.cells] for r in tabel[3].rows[2:]]
    # a per-quarter indicator: cumulative values, the quarter's own in brackets
    assert trantib[3][5:] == ["II", "6 (3)", "5 (2)", "83,33", "41,67"]


def test_pemantauan_polaritas_negatif(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "            target: 12\n            satuan: kali",
                  "            target: 12\n            satuan: kali\n            polaritas: negatif")
    [pemantauan] = [d for d in susun_semua(tahun_dari(salinan.folder), triwulan=2)
                    if d.jenis == "pemantauan-rencana-aksi"]
    trantib = pemantauan.konteks["pihak"][3]["baris"]
    # (2T − R)/T: TW I 3 against 3 → 100; TW II 5 against 6 → 116,67
    assert [(b["capaian"]) for b in trantib[2:4]] == ["100,00", "116,67"]


def test_pemantauan_hanya_dengan_triwulan(salinan: SalinanData, tmp_path: Path) -> None:
    nama = {h.path.name for h in bangun_folder(salinan.folder, tmp_path / "keluar")}
    assert "rencana-aksi-2025.docx" in nama
    assert not any("triwulan" in n for n in nama)


def test_pemantauan_tanpa_realisasi_adalah_galat(salinan: SalinanData) -> None:
    salinan.ganti("rencana-aksi.yaml", "    realisasi: [100, 90, 91.67, 92.31]", "    realisasi: [100]")
    laporan = periksa_folder(salinan.folder, replace(pengaturan_bawaan(), triwulan=2))
    galat_ = [t for t in laporan.temuan if t.tingkat == "galat"]
    assert [t.aturan for t in galat_] == ["aksi.pemantauan"]
    assert galat_[0].pesan == ("laporan pemantauan triwulan II: indikator 'Persentase fasilitasi kesejahteraan "
                               "masyarakat yang dilaksanakan' belum mempunyai realisasi triwulan II; isi "
                               "realisasinya, atau susun laporan triwulan sebelumnya")
    assert galat_[0].lokasi is not None and galat_[0].lokasi.berkas.endswith("rencana-aksi.yaml")
    # the plan itself still builds: only the report of TW II needs the realisasi
    assert not [t for t in periksa_folder(salinan.folder).temuan if t.tingkat == "galat"]


def test_pohon_gambar_dan_tabel(hasil: dict[str, Path]) -> None:
    path = hasil["pohon-kinerja-2025"]
    doc = buka(path)
    with zipfile.ZipFile(path) as zf:
        gambar = [n for n in zf.namelist() if n.startswith("word/media/")]
        assert gambar, "no diagram in the package"
        for nama in gambar:
            img = Image.open(io.BytesIO(zf.read(nama)))
            assert img.format == "PNG" and img.size[0] > 1000
    teks = semua_paragraf(doc)
    keterangan = [p for p in teks if p.startswith("Gambar ")]
    assert len(keterangan) == len(gambar)
    assert keterangan[0].startswith("Gambar 1. Pohon kinerja sasaran 1")
    inline = doc.inline_shapes
    assert len(inline) == len(gambar)
    lebar_teks = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    assert all(s.width <= lebar_teks for s in inline)
    tabel = _tabel(path, "TUJUAN")
    baris = [[c.text for c in r.cells] for r in tabel.rows[2:]]
    assert baris[0][0].startswith("Meningkatkan kualitas kelembagaan")
    assert baris[0][6:9] == ["Administrasi Umum Perangkat Daerah",
                             "Jumlah dokumen tata laksana perkantoran yang tersusun (target 4 dokumen)",
                             "Sekretaris Kecamatan"]
    subs = [r[9] for r in baris]
    assert "Fasilitasi Pelayanan Administrasi Terpadu Kecamatan" in subs
    # the one tujuan spans every row; sasaran 1 its eight sub-kegiatan rows
    tujuan = _vmerge(tabel, 0)[2:]
    assert tujuan[0] == "restart" and set(tujuan[1:]) == {"continue"}
    assert _vmerge(tabel, 2)[2:11] == ["restart"] + ["continue"] * 7 + ["restart"]


def test_pohon_gambar_disimpan_tanpa_dimampatkan_lagi(hasil: dict[str, Path]) -> None:
    """The diagrams (already PNG-compressed) are stored as they are; the XML parts are deflated."""
    with zipfile.ZipFile(hasil["pohon-kinerja-2025"]) as zf:
        assert zf.testzip() is None
        cara = {i.filename: i.compress_type for i in zf.infolist()}
        gambar = [n for n in cara if n.startswith("word/media/")]
        assert gambar and {cara[n] for n in gambar} == {zipfile.ZIP_STORED}
        assert {c for n, c in cara.items() if n.endswith((".xml", ".rels"))} == {zipfile.ZIP_DEFLATED}
        for nama in gambar:
            assert Image.open(io.BytesIO(zf.read(nama))).mode == "P"  # the palette diagram, read back whole


def test_pohon_sampai_kegiatan(salinan: SalinanData) -> None:
    salinan.ganti("pohon-kinerja.yaml", "# gambar_sampai: kegiatan", "gambar_sampai: kegiatan")
    [pohon] = [d for d in susun_semua(tahun_dari(salinan.folder)) if d.jenis == "pohon-kinerja"]
    penuh = [d for d in susun_semua(tahun_dari(CONTOH)) if d.jenis == "pohon-kinerja"][0]
    # shallower pictures fit more sasaran on a page; the table keeps the sub-kegiatan
    assert len(pohon.konteks["gambar"]) < len(penuh.konteks["gambar"])
    assert any(b["sub_kegiatan"] not in ("", TANDA_GABUNG) for b in pohon.konteks["baris"])


def test_rkt_tahun_lain_dari_pk(salinan: SalinanData) -> None:
    salinan.ganti("rkt.yaml", "tahun: 2025", "tahun: 2026")
    tahun = tahun_dari(salinan.folder)
    assert tahun.rkt is None and "rencana-kinerja-tahunan" not in tahun.dokumen
    [masalah] = tahun.masalah
    assert masalah.tingkat == "galat" and masalah.pesan.startswith(
        "Rencana Kinerja Tahunan tahun 2026, tetapi perjanjian-kinerja.yaml berisi Perjanjian Kinerja tahun 2025")
    assert masalah.lokasi is not None and masalah.lokasi.baris == salinan.baris("rkt.yaml", "tahun: 2026")


def test_cli_triwulan(salinan: SalinanData, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from doctools.cli import main

    hasil = CliRunner().invoke(main, ["build", str(salinan.folder), "-o", str(tmp_path / "keluar"), "--triwulan", "4"])
    assert hasil.exit_code == 0, hasil.output
    laporan = tmp_path / "keluar" / CONTOH.name / "rencana-aksi-2025-triwulan-4.docx"
    assert f"ditulis: {laporan}" in hasil.output
    teks = semua_paragraf(buka(laporan))
    assert "LAPORAN PEMANTAUAN RENCANA AKSI TRIWULAN IV TAHUN 2025" in teks
    # reported in the month after the quarter, with room for the day to be written by hand
    assert f"Mumbulsari, {RUANG_HARI}Januari 2026" in teks
    salah = CliRunner().invoke(main, ["build", str(salinan.folder), "--triwulan", "5"])
    assert salah.exit_code == 2 and "--triwulan" in salah.output and "Traceback" not in salah.output
    salinan.hapus("rencana-aksi.yaml")
    tanpa = CliRunner().invoke(main, ["build", str(salinan.folder), "-o", str(tmp_path / "lagi"), "--triwulan", "2"])
    assert tanpa.exit_code == 2
    assert "--triwulan 2: folder ini tidak mempunyai rencana-aksi.yaml" in tanpa.output
    assert not (tmp_path / "lagi").exists()


@pytest.mark.parametrize(("stem", "kepala"), [("rencana-kinerja-tahunan-2025", "NO"), ("rencana-aksi-2025", "NO"),
                                               (PEMANTAUAN, "NO"), ("pohon-kinerja-2025", "TUJUAN")])
def test_baris_tabel_tidak_terbelah_antar_halaman(hasil: dict[str, Path], stem: str, kepala: str) -> None:
    """Every row of the landscape tables, data and JUMLAH rows too, moves to the next page whole: a
    row cut at the page end prints half an activity on each page."""
    doc = buka(hasil[stem])
    tabel = [t for t in doc.tables if t.rows and t.rows[0].cells[0].text.strip() == kepala]
    assert tabel
    for t in tabel:
        data = [tr for tr in t._tbl.tr_lst if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None]
        assert len(data) >= 2
        assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in data), stem
