"""The Camat's PK as some kabupaten write it: kegiatan lines under a program, and sasaran that are not IKU.

Shapes from the seeds: the SAKIP Bumiaji 2019 PK lists "Meningkatnya Kualitas Pelayanan
kesekretariatan Perangkat Daerah | Nilai IKM Aparatur Kecamatan | B" beside its IKU sasaran; other
kabupaten print each program's kegiatan with their anggaran under it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.build import bangun_folder
from doctools.errors import DataError
from tests.conftest import SalinanData, buka
from tests.documents.test_laporan_kinerja import bangun_lkj, isi, salin_lkj, tabel_berkepala
from tests.reviu.conftest import temuan

PK = "perjanjian-kinerja.yaml"
NB = "\u00a0"
PROGRAM = """    - nama: Program Penyelenggaraan Pemerintahan dan Pelayanan Publik
      anggaran: 186537500
"""
PROGRAM_KEGIATAN = """    - nama: Program Penyelenggaraan Pemerintahan dan Pelayanan Publik
      kegiatan:
        - {nama: Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan, anggaran: 96537500}
        - {nama: Peningkatan Efektivitas Pelayanan Publik, anggaran: 90000000}
"""
SEKRETARIAT = """  - id: kesekretariatan
    uraian: Meningkatnya kualitas pelayanan kesekretariatan perangkat daerah
    indikator:
      - nama: Nilai IKM Aparatur Kecamatan
        satuan: Nilai SKM Aparatur Kecamatan
        iku: false
        target: {2025: B, 2026: B}
        realisasi: {2025: B}
"""


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin_lkj(tmp_path / "data" / "mumbulsari")


def _pk_camat(salinan: SalinanData, keluar: Path) -> list[list[str]]:
    [path] = [h.path for h in bangun_folder(salinan.folder, keluar) if h.path.name.endswith("-camat.docx")]
    return [[c.text for c in r.cells] for t in buka(path).tables for r in t.rows]


def test_kegiatan_di_bawah_program(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, PROGRAM, PROGRAM_KEGIATAN)  # the program's anggaran is left out: it is their sum
    baris = _pk_camat(salinan, tmp_path / "keluar")
    i = next(n for n, b in enumerate(baris) if b[:2] == ["NO", "PROGRAM / KEGIATAN"])
    assert baris[i + 2:i + 6] == [
        ["2.", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", f"Rp{NB}186.537.500,00", "APBD"],
        ["2.1", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", f"Rp{NB}96.537.500,00",
         "APBD"],
        ["2.2", "Peningkatan Efektivitas Pelayanan Publik", f"Rp{NB}90.000.000,00", "APBD"],
        ["3.", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", f"Rp{NB}97.250.000,00", "APBD"],
    ]
    [jumlah] = [b for b in baris if b[0] == "JUMLAH"]
    assert jumlah[2] == f"Rp{NB}2.310.037.500,00"  # each rupiah counted once
    # the LKj's Lampiran prints the same table
    lkj = buka(bangun_lkj(salinan.folder, tmp_path / "lkj"))
    t = tabel_berkepala(lkj, "NO", "PROGRAM / KEGIATAN", "ANGGARAN")
    assert [r[0] for r in isi(t)][:5] == ["1.", "2.", "2.1", "2.2", "3."]
    assert temuan(salinan) == []


def test_anggaran_program_tidak_sama_dengan_kegiatannya(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, PROGRAM, PROGRAM_KEGIATAN.replace("      kegiatan:\n", "      anggaran: 186000000\n"
                                                                          "      kegiatan:\n"))
    with pytest.raises(DataError) as info:
        bangun_folder(salinan.folder, tmp_path / "keluar")
    assert info.value.lokasi is not None
    assert info.value.lokasi.baris == salinan.baris(PK, "- nama: Program Penyelenggaraan Pemerintahan dan")
    assert ("anggaran program 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik' tertulis "
            "Rp 186.000.000,00, tetapi jumlah 2 kegiatannya Rp 186.537.500,00") in info.value.pesan
    assert not (tmp_path / "keluar").exists() or not any((tmp_path / "keluar").rglob("*.docx"))


def test_sasaran_pk_bukan_iku(salinan: SalinanData, tmp_path: Path) -> None:
    teks = salinan.baca("kinerja.yaml").rstrip("\n") + "\n" + SEKRETARIAT
    salinan.tulis("kinerja.yaml", teks)
    salinan.ganti(PK, "sasaran: [tata-kelola, pelayanan, kesejahteraan, trantib, akuntabilitas]",
                  "sasaran: [tata-kelola, pelayanan, kesejahteraan, trantib, akuntabilitas, kesekretariatan]")
    assert temuan(salinan) == []
    hasil = {h.path.name: h.path for h in bangun_folder(salinan.folder, tmp_path / "keluar")}
    pk = [[c.text for c in r.cells] for t in buka(hasil["perjanjian-kinerja-2025-camat.docx"]).tables for r in t.rows]
    assert ["6.", "Meningkatnya kualitas pelayanan kesekretariatan perangkat daerah", "Nilai IKM Aparatur Kecamatan",
            "B", "Nilai SKM Aparatur Kecamatan"] in pk
    iku = [c.text for t in buka(hasil["keputusan-iku-2025.docx"]).tables for r in t.rows for c in r.cells]
    assert "Nilai IKM Aparatur Kecamatan" not in iku
    lkj = buka(hasil["laporan-kinerja-2025.docx"])
    capaian = tabel_berkepala(lkj, "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI")
    assert ["6.", "Meningkatnya kualitas pelayanan kesekretariatan perangkat daerah", "Nilai IKM Aparatur Kecamatan",
            "Nilai SKM Aparatur Kecamatan", "B", "B", "100,00%", "Sangat Tinggi"] in isi(capaian)
    tabel_iku = tabel_berkepala(lkj, "NO", "KINERJA UTAMA", "INDIKATOR KINERJA UTAMA", "PENANGGUNG JAWAB")
    assert all("Nilai IKM Aparatur Kecamatan" not in r for r in isi(tabel_iku))
