"""The LKj's generated sentences: values as written, the change against last year, the year's summary."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.documents.lkj import kalimat
from doctools.tahun import Pengukuran, TahunKinerja
from tests.conftest import CONTOH, tahun_dari


@pytest.fixture(scope="module")
def p() -> Pengukuran:
    tahun: TahunKinerja = tahun_dari(CONTOH)
    assert tahun.laporan is not None
    return tahun.laporan.pengukuran


@pytest.mark.parametrize(("nilai", "satuan", "teks"), [
    (D("82.5"), None, "82,5"), (D("92.3077"), "%", "92,31%"), (D(4), "dokumen", "4 dokumen"),
    (D("82.83"), "indeks", "82,83"), ("B", "nilai", "B"), (None, "%", "-"),
])
def test_nilai_dengan_satuan(nilai: D | str | None, satuan: str | None, teks: str) -> None:
    assert kalimat.dengan_satuan(nilai, satuan) == teks


def test_persen_dan_desimal() -> None:
    assert kalimat.persen(D("100.4")) == "100,40%" and kalimat.persen(None) == "-"
    assert [kalimat.desimal(D(x)) for x in ("4", "82.5", "81.125", "4.00")] == [0, 1, 2, 0]


def test_indikator_tercapai_dan_meningkat(p: Pengukuran) -> None:
    ikm = p.sasaran[1].indikator[0]
    teks = " ".join(kalimat.indikator(ikm, 2025, 2026))
    assert "ditargetkan 82,5 dan terealisasi 82,83, sehingga capaiannya 100,40% dengan predikat Sangat Tinggi" in teks
    assert "target tahun 2025 tercapai dan terlampaui" in teks
    # 82,83 − 81,12 = 1,71: a score has no unit
    assert "Dibandingkan realisasi tahun 2024 sebesar 81,12, realisasi tahun 2025 meningkat 1,71; kinerja indikator ini membaik." in teks
    assert "Terhadap target akhir Renstra tahun 2026 sebesar 83, tingkat kemajuannya 99,80%." in teks


def test_indikator_belum_tercapai_dan_menurun(p: Pengukuran) -> None:
    trantib = p.sasaran[3].indikator[0]
    teks = kalimat.indikator(trantib, 2025, 2025)  # the Renstra's last year: no progress sentence
    # its PK target (90) is not the Renstra's (95): said after the first sentence
    assert teks[1] == ("Target tersebut adalah target Perjanjian Kinerja Tahun 2025, yang berbeda dari target Renstra "
                       "tahun 2025 sebesar 95%.")
    assert teks[2] == "Dengan demikian target tahun 2025 belum tercapai; capaiannya masih 11,11 poin persentase di bawah 100%."
    # 80 % − 88,89 % = −8,89 percentage points
    assert teks[3] == ("Dibandingkan realisasi tahun 2024 sebesar 88,89%, realisasi tahun 2025 menurun 8,89 poin "
                       "persentase; kinerja indikator ini menurun.")
    assert not any("target akhir Renstra" in k for k in teks)


def test_sasaran_satu_dan_beberapa_indikator(p: Pengukuran) -> None:
    assert kalimat.sasaran(p.sasaran[3]).endswith("diukur dengan 1 (satu) indikator kinerja dengan capaian 88,89%, "
                                                  "berpredikat Tinggi.")
    assert "diukur dengan 2 (dua) indikator kinerja. Rata-rata capaiannya 96,46%" in kalimat.sasaran(p.sasaran[4])


def test_capaian_umum(p: Pengukuran) -> None:
    assert kalimat.capaian_umum(p, "Mumbulsari") == [
        "Pada tahun 2025 Kecamatan Mumbulsari menetapkan 5 (lima) sasaran strategis yang diukur dengan 6 (enam) "
        "indikator kinerja.",
        "Sebanyak 2 (dua) indikator mencapai atau melampaui target dan 4 (empat) indikator belum mencapai target.",
        "Menurut Kriteria tingkat capaian kinerja (Permendagri 86/2017), 5 (lima) indikator berpredikat Sangat "
        "Tinggi dan 1 (satu) indikator berpredikat Tinggi.",
    ]
