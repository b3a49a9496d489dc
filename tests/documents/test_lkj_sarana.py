"""The sarana table with the kabupaten's own condition labels, and items without a count.

The LKj Bantur 2020 lists "Rumah Sekcam | - | -" and conditions Baik / Sedang; the example
(data/mumbulsari) sets ``pengaturan.kondisi_sarana: [Baik, Sedang, Rusak Ringan, Rusak Berat]``
and lists a house it does not have yet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject

from doctools.errors import DataError
from doctools.model import muat_data
from doctools.sumber import folder_templat
from tests.conftest import SalinanData, buka
from tests.documents.test_laporan_kinerja import bangun_lkj, isi, salin_lkj, tabel_berkepala

STRIP = "–"


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> DocumentObject:
    akar = tmp_path_factory.mktemp("sarana")
    return buka(bangun_lkj(salin_lkj(akar / "data" / "mumbulsari").folder, akar / "keluar"))


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin_lkj(tmp_path / "data" / "mumbulsari")


def _tabel(doc: DocumentObject) -> list[list[str]]:
    t = tabel_berkepala(doc, "NO", "JENIS", "SATUAN")
    return [[c.text for c in t.rows[0].cells], *isi(t)]


def test_kolom_kondisi_dari_pengaturan(doc: DocumentObject) -> None:
    [kepala, *baris] = _tabel(doc)
    assert kepala == ["NO", "JENIS", "SATUAN", "BAIK", "SEDANG", "RUSAK RINGAN", "RUSAK BERAT", "JUMLAH", "KET."]
    meja = next(b for b in baris if b[1] == "Meja dan kursi kerja")
    assert meja == ["9.", "Meja dan kursi kerja", "set", "28", "4", STRIP, STRIP, "32", ""]
    komputer = next(b for b in baris if b[1] == "Komputer dan laptop")
    assert komputer[3:8] == ["12", STRIP, "2", "1", "15"]


def test_baris_tanpa_jumlah(doc: DocumentObject) -> None:
    [_, *baris] = _tabel(doc)
    [rumah] = [b for b in baris if b[1] == "Rumah dinas sekretaris camat"]
    assert rumah == ["4.", "Rumah dinas sekretaris camat", "unit", STRIP, STRIP, STRIP, STRIP, STRIP, "belum tersedia"]


def test_label_bawaan_dan_strip_tertulis(salinan: SalinanData, tmp_path: Path) -> None:
    """Without the setting: Baik, Rusak Ringan, Rusak Berat; "-" written for a condition is no count."""
    salinan.ganti("instansi.yaml", "  kondisi_sarana: [Baik, Sedang, Rusak Ringan, Rusak Berat]", "")
    salinan.ganti("lkj.yaml", "{jenis: Meja dan kursi kerja, satuan: set, baik: 28, sedang: 4}",
                  '{jenis: Meja dan kursi kerja, satuan: set, baik: 28, rusak_ringan: "-"}')
    salinan.ganti("lkj.yaml", "{jenis: Printer, satuan: unit, baik: 6, rusak_berat: 1}",
                  "{jenis: Printer, satuan: unit, kondisi: {Baik: 6, Rusak Berat: 1}}")
    [kepala, *baris] = _tabel(buka(bangun_lkj(salinan.folder, tmp_path / "keluar")))
    assert kepala[3:7] == ["BAIK", "RUSAK RINGAN", "RUSAK BERAT", "JUMLAH"]
    assert next(b for b in baris if b[1] == "Meja dan kursi kerja")[3:7] == ["28", STRIP, STRIP, "28"]
    assert next(b for b in baris if b[1] == "Printer")[3:7] == ["6", STRIP, "1", "7"]


def test_kondisi_tak_dikenal(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "baik: 28, sedang: 4}", "baik: 28, rusak_rigan: 4}")
    with pytest.raises(DataError) as info:
        bangun_lkj(salinan.folder, tmp_path / "keluar")
    assert info.value.lokasi is not None
    assert info.value.lokasi.baris == salinan.baris("lkj.yaml", "rusak_rigan: 4")
    assert info.value.pesan == ("kondisi sarana 'rusak_rigan' tidak dikenal; maksudnya 'Rusak Ringan'? kondisi yang "
                                "dipakai: Baik, Sedang, Rusak Ringan, Rusak Berat (pengaturan.kondisi_sarana di "
                                "instansi.yaml atau kabupaten.yaml)")
    assert not (tmp_path / "keluar").exists() or not any((tmp_path / "keluar").rglob("*.docx"))


def test_kolom_salah_ketik(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "{jenis: Printer, satuan: unit,", "{jenis: Printer, satuann: unit,")
    with pytest.raises(DataError) as info:
        muat_data(salinan.folder)
    assert info.value.lokasi is not None and info.value.lokasi.kolom == "sarana[8].satuann"
    assert info.value.pesan.startswith("kolom tidak dikenal; maksudnya 'satuan'?")


def test_kondisi_ganda_di_pengaturan(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", "[Baik, Sedang, Rusak Ringan, Rusak Berat]", "[Baik, Sedang, rusak_ringan, Rusak Ringan]")
    with pytest.raises(DataError, match="kondisi sarana ditulis lebih dari sekali: Rusak Ringan, rusak_ringan"):
        muat_data(salinan.folder)


def test_templat_lama_dengan_kolom_tetap(salinan: SalinanData, tmp_path: Path) -> None:
    """A kabupaten's own LKj template made before the labels were configurable: baik / rusak ringan / rusak berat."""
    (salinan.folder / "templat").mkdir()
    tujuan = salinan.folder / "templat" / "laporan-kinerja.docx"
    doc = Document(str(folder_templat() / "laporan-kinerja.docx"))
    [t] = [t for t in doc.tables if any("bab1.kondisi_sarana" in c.text for c in t.rows[0].cells)]
    isi_baris = next(r for r in t.rows if "b.jenis" in r.cells[1].text)
    for baris, teks in ((t.rows[0], ("BAIK", "RUSAK RINGAN", "RUSAK BERAT")),
                        (isi_baris, ("{{ b.baik }}", "{{ b.rusak_ringan }}", "{{ b.rusak_berat }}"))):
        for sel, isi_sel in zip(baris.cells[3:6], teks):
            [p] = sel.paragraphs
            p.runs[0].text = isi_sel
            for r in p.runs[1:]:
                r.text = ""
    doc.save(str(tujuan))
    [kepala, *baris] = _tabel(buka(bangun_lkj(salinan.folder, tmp_path / "keluar")))
    assert kepala[3:7] == ["BAIK", "RUSAK RINGAN", "RUSAK BERAT", "JUMLAH"]
    assert next(b for b in baris if b[1] == "Rumah dinas camat")[3:7] == [STRIP, "1", STRIP, "1"]
    assert next(b for b in baris if b[1] == "Meja dan kursi kerja")[3:7] == ["28", STRIP, STRIP, "32"]


def _lebar_kolom(doc: DocumentObject) -> dict[str, int]:
    """Each header's grid width in twips, as rendered (after the layout pass)."""
    from docx.oxml.ns import qn

    t = tabel_berkepala(doc, "NO", "JENIS", "SATUAN")
    lebar = [int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.findall(qn("w:gridCol"))]
    kepala = [c.text for c in t.rows[0].cells]
    assert len(lebar) == len(kepala)
    return dict(zip(kepala, lebar))


def _kondisi_sama_lebar(doc: DocumentObject, label: list[str]) -> dict[str, int]:
    lebar = _lebar_kolom(doc)
    assert list(lebar)[3:3 + len(label)] == [k.upper() for k in label]
    assert len({lebar[k.upper()] for k in label}) == 1, lebar  # one width for every condition column
    s = doc.sections[0]
    assert sum(lebar.values()) <= (s.page_width - s.left_margin - s.right_margin) / 635  # twips
    return lebar


def test_kolom_kondisi_sama_lebar(doc: DocumentObject) -> None:
    """docxtpl appends the columns a column loop adds at the end of the grid, rescaling the rest:
    the four conditions came out 703/956/955/855 twips wide. They are now one width."""
    lebar = _kondisi_sama_lebar(doc, ["Baik", "Sedang", "Rusak Ringan", "Rusak Berat"])
    assert lebar["JENIS"] > 2 * lebar["BAIK"]  # the grid follows the cells: JENIS stays the wide column


@pytest.mark.parametrize("label", [["Baik", "Rusak Ringan", "Rusak Berat"],
                                   ["Baik", "Sedang", "Rusak Ringan", "Rusak Berat", "Hilang"]])
def test_kolom_kondisi_sama_lebar_berapa_pun_labelnya(salinan: SalinanData, tmp_path: Path,
                                                       label: list[str]) -> None:
    salinan.ganti("instansi.yaml", "  kondisi_sarana: [Baik, Sedang, Rusak Ringan, Rusak Berat]",
                  f"  kondisi_sarana: [{', '.join(label)}]")
    if "Sedang" not in label:
        salinan.ganti("lkj.yaml", "baik: 28, sedang: 4}", "baik: 28}")
    _kondisi_sama_lebar(buka(bangun_lkj(salinan.folder, tmp_path / "keluar")), label)
