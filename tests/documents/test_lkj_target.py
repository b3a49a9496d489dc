"""Revised PK targets and mutu-letter targets, read back from the documents the example builds.

The example's trantib indicator has a Renstra target of 95 for 2025 and a PK target of 90
(``target_pk``); its SAKIP indicator is written "BB (70,5)" / "B (68,12)". The Renstra matrix
prints the Renstra's figure, the PK, the RKT, the Rencana Aksi and the LKj's capaian the PK's, and
the LKj says where the two differ.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx.document import Document as DocumentObject

from doctools.build import bangun_folder
from tests.conftest import CONTOH, buka, paragraf_body, semua_paragraf
from tests.documents.test_laporan_kinerja import id_angka, isi, tabel_berkepala

TRANTIB = "Persentase penyelesaian laporan pelanggaran ketertiban umum dan ketenteraman masyarakat"
SAKIP = "Nilai SAKIP Perangkat Daerah"


@pytest.fixture(scope="module")
def dokumen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, DocumentObject]:
    keluar = tmp_path_factory.mktemp("target")
    return {h.path.name: buka(h.path) for h in bangun_folder(CONTOH, keluar)}


def _lkj(dokumen: dict[str, DocumentObject]) -> DocumentObject:
    return dokumen["laporan-kinerja-2025.docx"]


def test_tabel_capaian_memakai_target_pk_dan_menjelaskannya(dokumen: dict[str, DocumentObject]) -> None:
    doc = _lkj(dokumen)
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    [baris] = [r for r in isi(t) if r[2] == TRANTIB]
    assert baris[4:7] == ["90 *)", "80", id_angka(Decimal(80) * 100 / 90) + "%"]
    catatan = [p for p in paragraf_body(doc) if p.startswith("*) " + TRANTIB)]
    assert catatan == [f"*) {TRANTIB}: target Perjanjian Kinerja Tahun 2025 adalah 90%, sedangkan target Renstra "
                       "tahun 2025 adalah 95%; capaian diukur terhadap target Perjanjian Kinerja."]
    [kalimat] = [p for p in paragraf_body(doc) if p.startswith(f"Indikator “{TRANTIB}”")]
    assert ("ditargetkan 90% dan terealisasi 80%" in kalimat
            and "Target tersebut adalah target Perjanjian Kinerja Tahun 2025, yang berbeda dari target Renstra "
                "tahun 2025 sebesar 95%." in kalimat)
    # an indicator the PK did not revise carries no mark
    [ikm] = [r for r in isi(t) if r[2] == "Indeks Kepuasan Masyarakat"]
    assert ikm[4] == "82,5"


def test_matriks_renstra_mencetak_target_renstra(dokumen: dict[str, DocumentObject]) -> None:
    doc = _lkj(dokumen)
    [matriks] = [t for t in doc.tables if t.rows[0].cells[0].text == "No" and "2021" in t.rows[0].cells[4].text]
    kepala = [c.text for c in matriks.rows[0].cells]
    kolom_2025 = kepala.index("2025")
    [baris] = [[c.text for c in r.cells] for r in matriks.rows if r.cells[2].text == TRANTIB]
    assert baris[kolom_2025] == "95"


def test_pk_rkt_dan_rencana_aksi_mencetak_target_pk(dokumen: dict[str, DocumentObject]) -> None:
    pk = dokumen["perjanjian-kinerja-2025-camat.docx"]
    baris = [[c.text for c in r.cells] for t in pk.tables for r in t.rows]
    assert [b[3] for b in baris if len(b) > 3 and b[2] == TRANTIB] == ["90"]
    assert [b[3] for b in baris if len(b) > 3 and b[2] == SAKIP] == ["BB (70,5)"]
    lkj = _lkj(dokumen)
    rkt = [t for t in lkj.tables if [c.text for c in t.rows[0].cells][:4] == ["NO", "SASARAN STRATEGIS",
                                                                             "INDIKATOR KINERJA", "TARGET 2025"]]
    assert len(rkt) == 2  # BAB II and Lampiran 2
    assert [r[3] for t in rkt for r in isi(t) if r[2] == TRANTIB] == ["90", "90"]
    ra = dokumen["rencana-aksi-2025.docx"]
    teks = [[c.text for c in r.cells] for t in ra.tables for r in t.rows]
    assert any(TRANTIB in b and "90" in b and "95" not in b for b in teks)


def test_target_huruf_dengan_nilainya(dokumen: dict[str, DocumentObject]) -> None:
    doc = _lkj(dokumen)
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    [baris] = [r for r in isi(t) if r[2] == SAKIP]
    assert baris[4:8] == ["BB (70,5)", "B (68,12)", id_angka(Decimal("68.12") * 100 / Decimal("70.5")) + "%",
                          "Sangat Tinggi"]
    [kalimat] = [p for p in semua_paragraf(doc) if p.startswith(f"Indikator “{SAKIP}”")]
    # in a sentence the letter stays on the line of its figure
    assert "ditargetkan BB\u00a0(70,5) dan terealisasi B\u00a0(68,12), sehingga capaiannya" in kalimat
    assert "Dibandingkan realisasi tahun 2024 sebesar B\u00a0(67,8), realisasi tahun 2025 meningkat 0,32" in kalimat
    assert f"tingkat kemajuannya {id_angka(Decimal('68.12') * 100 / 72)}%" in kalimat


def test_target_huruf_saja_seperti_pk_bumiaji(tmp_path: Path) -> None:
    """A PK target "B" with the survey's mutu as realisasi (SAKIP Bumiaji 2019: "Nilai SKM Kecamatan | B")."""
    from tests.documents.test_laporan_kinerja import bangun_lkj, salin_lkj

    salinan = salin_lkj(tmp_path / "data" / "mumbulsari")
    salinan.ganti("kinerja.yaml", "target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: 82.5, 2026: 83}",
                  "target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: B, 2026: B}")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    [baris] = [r for r in isi(t) if r[2] == "Indeks Kepuasan Masyarakat"]
    assert baris[4:7] == ["B", "B", "100,00%"]
    [kalimat] = [p for p in semua_paragraf(doc) if p.startswith("Indikator “Indeks Kepuasan Masyarakat”")]
    assert "ditargetkan B dan terealisasi B (IKM " in kalimat
