"""The LKj's measurement of the report year, checked against values computed by hand from the example."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.hukum import Temuan
from doctools.kinerja import bulatkan
from doctools.tahun import Banding, Pengukuran, TahunKinerja
from tests.conftest import SalinanData, tahun_dari


@pytest.fixture(scope="module")
def p(tahun: TahunKinerja) -> Pengukuran:
    assert tahun.laporan is not None
    return tahun.laporan.pengukuran


def test_capaian_dan_predikat(p: Pengukuran) -> None:
    assert p.tahun == 2025 and p.skala.kode == "permendagri-86-2017"
    assert [bulatkan(hs.capaian) for hs in p.sasaran] == [D("100.00"), D("100.40"), D("92.31"), D("88.89"), D("96.46")]
    assert [hs.predikat for hs in p.sasaran] == ["Sangat Tinggi"] * 3 + ["Tinggi", "Sangat Tinggi"]
    akuntabilitas = p.sasaran[4]
    # the mean of its two indicators: (68,12/70,5 + 86,67/90) / 2
    assert akuntabilitas.capaian == (D("68.12") * 100 / D("70.5") + D("86.67") * 100 / D(90)) / 2


def test_indikator_dan_riwayatnya(p: Pengukuran) -> None:
    trantib = p.sasaran[3].indikator[0]
    assert (trantib.target, trantib.realisasi, trantib.target_akhir) == (D(90), D(80), D(97))  # the PK's target
    assert [(r.tahun, r.realisasi) for r in trantib.riwayat] == [(2023, D("86.36")), (2024, D("88.89")), (2025, D(80))]
    assert trantib.riwayat[0].capaian == D("86.36") * 100 / D(90)
    assert not trantib.tercapai and trantib.kurang == D("11.11")  # 100 − 88,89
    assert trantib.banding_lalu == Banding(D("88.89"), D("-8.89"), False)  # lower is worse for a positive indicator
    ikm = p.sasaran[1].indikator[0]
    assert ikm.ikm is not None and bulatkan(ikm.ikm) == D("82.83") and ikm.tercapai and ikm.kurang == D("-0.40")


def test_banding_menurut_polaritas() -> None:
    assert Banding.dari(D(12), D(10), "negatif") == Banding(D(10), D(2), False)
    assert Banding.dari(D(8), D(10), "negatif") == Banding(D(10), D(-2), True)
    assert not Banding.dari(D(10), D(10), "positif").membaik


def test_besar_beda_tanpa_tanda_dibulatkan() -> None:
    assert Banding.dari(D("80"), D("88.885"), "positif").beda == D("8.89")  # half up, as it prints
    assert Banding.dari(D("12.5"), D(10), "negatif").beda == D("2.50")


def test_hitungan_pengukuran(p: Pengukuran) -> None:
    assert p.jumlah_tercapai == 2  # 4 of 4 documents (100 %) and the IKM (100,4 %)
    assert p.jumlah_belum_tercapai == len(p.indikator) - 2 == 4
    assert p.jumlah_predikat == {"Sangat Tinggi": 5, "Tinggi": 1, "Sedang": 0, "Rendah": 0, "Sangat Rendah": 0}


def _masalah(salinan: SalinanData) -> Temuan:
    """The only problem of the year of ``salinan``, which leaves the LKj out."""
    tahun = tahun_dari(salinan.folder)
    assert tahun.laporan is None
    [m] = tahun.masalah
    return m


def test_realisasi_tahun_laporan_belum_ada(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 86.36, 2024: 88.89, 2025: 80}",
                  "realisasi: {2023: 86.36, 2024: 88.89}")
    m = _masalah(salinan)
    assert m.pesan.startswith("indikator 'Persentase penyelesaian laporan pelanggaran ketertiban umum dan "
                              "ketenteraman masyarakat' belum punya realisasi tahun 2025;")
    assert m.lokasi is not None and m.lokasi.kolom == "sasaran[4].indikator[1].realisasi"


def test_realisasi_yang_bertentangan_dengan_survei(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 79.85, 2024: 81.12}", "realisasi: {2023: 79.85, 2024: 81.12, 2025: 80}")
    assert _masalah(salinan).pesan == ("realisasi 2025 tertulis 80, tetapi hasil survei kepuasan masyarakat (lkj.yaml, "
                                       "skm) adalah 82.83; hapus realisasi 2025 agar diambil dari survei")


def test_pembanding_ganda(salinan: SalinanData) -> None:
    teks = salinan.baca("lkj.yaml")
    awal = teks.index("pembanding:")
    akhir = teks.index("analisis:")
    butir = teks[awal:akhir].split("\n", 1)[1]
    salinan.tulis("lkj.yaml", teks[:akhir] + butir + teks[akhir:])
    assert _masalah(salinan).pesan == "pembanding untuk indikator ini sudah ditulis sebelumnya"
