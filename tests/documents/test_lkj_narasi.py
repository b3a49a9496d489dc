"""A user's narrative replaces the generated paragraph of its key, or follows it; read back from the LKj."""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.errors import DataError
from doctools.model import muat_data
from tests.conftest import SalinanData, buka, paragraf_body
from tests.documents.test_laporan_kinerja import bangun_lkj, salin_lkj

GANTI = """  ikhtisar_pembuka: |
    Laporan ini menyajikan capaian kinerja Kecamatan Mumbulsari tahun 2025 secara ringkas.
  ikhtisar_anggaran: |
    Anggaran tahun 2025 terserap dengan baik.
  kesimpulan: |
    Secara umum sasaran tahun 2025 tercapai.

    Satu indikator ketertiban umum belum mencapai targetnya.
"""


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin_lkj(tmp_path / "data" / "mumbulsari")


def _paragraf(salinan: SalinanData, tmp_path: Path) -> list[str]:
    return paragraf_body(buka(bangun_lkj(salinan.folder, tmp_path / "keluar")))


def test_bawaan_tanpa_kunci(salinan: SalinanData, tmp_path: Path) -> None:
    teks = _paragraf(salinan, tmp_path)
    assert any(p.startswith("Laporan Kinerja Kecamatan Mumbulsari Tahun 2025 disusun berpedoman") for p in teks)
    assert any(p.startswith("Dalam tahun 2025 Kecamatan Mumbulsari telah melaksanakan") for p in teks)


def test_kunci_menggantikan_paragraf(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "narasi:\n  kendala: |", f"narasi:\n{GANTI}  kendala: |")
    teks = _paragraf(salinan, tmp_path)
    assert not any(p.startswith("Laporan Kinerja Kecamatan Mumbulsari Tahun 2025 disusun berpedoman") for p in teks)
    assert not any(p.startswith("Dalam tahun 2025 Kecamatan Mumbulsari telah melaksanakan") for p in teks)
    assert not any(p.startswith("Pagu anggaran Kecamatan Mumbulsari") for p in teks[:teks.index("BAB I PENDAHULUAN")])
    i = teks.index("Laporan ini menyajikan capaian kinerja Kecamatan Mumbulsari tahun 2025 secara ringkas.")
    assert teks[i - 1] == "IKHTISAR EKSEKUTIF"
    assert teks[i + 1] == "Capaian setiap sasaran strategis tahun 2025 adalah sebagai berikut."
    assert "Anggaran tahun 2025 terserap dengan baik." in teks
    j = teks.index("Secara umum sasaran tahun 2025 tercapai.")
    assert teks[j - 1] == "BAB IV PENUTUP"
    assert teks[j + 1] == "Satu indikator ketertiban umum belum mencapai targetnya."
    # the budget paragraph of BAB III is still generated
    assert any(p.startswith("Pagu anggaran Kecamatan Mumbulsari tahun 2025") for p in teks)


def test_analisis_ganti_dan_narasi(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "  - sasaran: trantib\n    narasi: |",
                  "  - sasaran: trantib\n    ganti: |\n      Capaian ketertiban umum dijelaskan seksi trantib.\n"
                  "    narasi: |")
    teks = _paragraf(salinan, tmp_path)
    i = teks.index("Sasaran 4: Terjaganya ketertiban umum dan ketenteraman masyarakat di kecamatan")
    assert teks[i + 1] == "Capaian ketertiban umum dijelaskan seksi trantib."
    assert teks[i + 2].startswith("Dari 45 laporan pelanggaran ketertiban umum yang masuk")  # narasi still follows
    assert not any(p.startswith("Sasaran 4 “Terjaganya ketertiban umum") for p in teks)
    assert any(p.startswith("Sasaran 2 “Meningkatnya kepuasan masyarakat") for p in teks)  # others generated


def test_analisis_tanpa_teks(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "  - sasaran: trantib\n    narasi: |", "  - sasaran: trantib\n    catatan: |")
    with pytest.raises(DataError, match="kolom tidak dikenal"):
        muat_data(salinan.folder)
    salinan.ganti("lkj.yaml", "  - sasaran: trantib\n    catatan: |", "  - sasaran: trantib\n  - sasaran: 1\n    narasi: |")
    with pytest.raises(DataError, match=r"isi narasi \(dicetak setelah kalimat yang dihitung\) atau ganti"):
        muat_data(salinan.folder)
