from decimal import Decimal as D
from pathlib import Path

import pytest

from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import hitung_capaian
from doctools.kinerja.predikat import (
    PATH_SKALA_BAWAAN,
    RentangPredikat,
    SkalaPredikat,
    muat_skala,
    muat_skala_bawaan,
    predikat,
    skala_dari_data,
)


@pytest.fixture(scope="module")
def skala():
    return muat_skala_bawaan()


def test_catalog_has_the_three_presets(skala):
    assert PATH_SKALA_BAWAAN.name == "skala-predikat.yaml"
    assert set(skala) == {"permendagri-86-2017", "lan-bantur", "jember-mumbulsari"}
    for kode, s in skala.items():
        assert s.kode == kode
        assert s.sumber


@pytest.mark.parametrize(
    "capaian, label",
    [
        (D(150), "Sangat Tinggi"),
        (D(100), "Sangat Tinggi"),
        (D(91), "Sangat Tinggi"),
        (D("90.99"), "Sangat Tinggi"),  # printed gap 90–91 goes to the band above
        (D("90.005"), "Sangat Tinggi"),  # shown as 90,01
        (D("90.004"), "Tinggi"),  # shown as 90,00
        (D(90), "Tinggi"),
        (D(76), "Tinggi"),
        (D("75.995"), "Tinggi"),  # shown as 76,00
        (D("75.005"), "Tinggi"),
        (D("75.004"), "Sedang"),  # shown as 75,00
        (D(75), "Sedang"),
        (D(66), "Sedang"),
        (D("65.01"), "Sedang"),
        (D(65), "Rendah"),
        (D(51), "Rendah"),
        (D("50.01"), "Rendah"),
        (D(50), "Sangat Rendah"),
        (D(0), "Sangat Rendah"),
        (D("-12.5"), "Sangat Rendah"),
    ],
)
def test_permendagri_86_2017(skala, capaian, label):
    assert predikat(capaian, skala["permendagri-86-2017"]) == label


@pytest.mark.parametrize(
    "capaian, label",
    [
        (D(120), "Sangat berhasil"),
        (D(85), "Sangat berhasil"),
        (D("84.995"), "Sangat berhasil"),  # shown as 85,00
        (D("84.994"), "Berhasil"),  # shown as 84,99
        (D("84.99"), "Berhasil"),
        (D(70), "Berhasil"),
        (D("69.99"), "Cukup berhasil"),
        (D(55), "Cukup berhasil"),
        (D("54.995"), "Cukup berhasil"),
        (D("54.99"), "Kurang berhasil"),
        (D(-5), "Kurang berhasil"),
    ],
)
def test_lan_bantur(skala, capaian, label):
    assert predikat(capaian, skala["lan-bantur"]) == label


@pytest.mark.parametrize(
    "capaian, label",
    [
        (D(200), "Sangat Baik"),
        (D("100.01"), "Sangat Baik"),
        (D("100.005"), "Sangat Baik"),  # shown as 100,01
        (D("100.004"), "Baik"),  # shown as 100,00
        (D(100), "Baik"),  # "lebih dari 100 %" is strict
        (D(76), "Baik"),
        (D("75.995"), "Baik"),  # shown as 76,00
        (D("75.5"), "Baik"),  # printed gap 75–76 goes to BAIK
        (D("75.005"), "Baik"),
        (D("75.004"), "Cukup"),  # shown as 75,00
        (D(75), "Cukup"),
        (D(55), "Cukup"),
        (D("54.995"), "Cukup"),  # shown as 55,00
        (D("54.994"), "Kurang"),
        (D(-1), "Kurang"),
    ],
)
def test_jember_mumbulsari(skala, capaian, label):
    assert predikat(capaian, skala["jember-mumbulsari"]) == label


def test_mumbulsari_seed_rows(skala):
    jember = skala["jember-mumbulsari"]
    # Tabel 3.1: SKM target B (80) realisasi 70,89; the seed prints "Baik".
    assert predikat(hitung_capaian(80, D("70.89"), "positif", "selisih"), jember) == "Baik"
    assert predikat(hitung_capaian(100, D("86.90"), "positif", "selisih"), jember) == "Baik"
    assert predikat(hitung_capaian(100, 90, "positif", "selisih"), jember) == "Baik"


def test_accepts_int_and_float(skala):
    assert predikat(91, skala["permendagri-86-2017"]) == "Sangat Tinggi"
    assert predikat(84.995, skala["lan-bantur"]) == "Sangat berhasil"
    with pytest.raises(DataError, match="capaian belum diisi"):
        predikat(None, skala["lan-bantur"])  # type: ignore[arg-type]


def test_bands_sorted_and_described(skala):
    uraian = [(r.label, r.uraian()) for r in skala["permendagri-86-2017"].rentang]
    assert uraian == [
        ("Sangat Rendah", "x ≤ 50"),
        ("Rendah", "50 < x ≤ 65"),
        ("Sedang", "65 < x ≤ 75"),
        ("Tinggi", "75 < x ≤ 90"),
        ("Sangat Tinggi", "x > 90"),
    ]
    assert [r.uraian() for r in skala["lan-bantur"].rentang] == ["x < 55", "55 ≤ x < 70", "70 ≤ x < 85", "x ≥ 85"]


def _r(label, bawah=None, bi=True, atas=None, ai=False):
    return RentangPredikat(label=label, batas_bawah=bawah, bawah_inklusif=bi, batas_atas=atas, atas_inklusif=ai)


class TestValidation:
    def test_gap_as_published_is_rejected(self):
        with pytest.raises(DataError) as info:
            SkalaPredikat(
                nama="Tercetak",
                sumber="uji",
                rentang=(_r("ST", 91, True), _r("T", 76, True, 90, True), _r("Lain", None, atas=76)),
            )
        pesan = str(info.value)
        assert "nilai antara 90 dan 91 tidak masuk rentang mana pun (celah antara 'T' dan 'ST')" in pesan

    def test_point_gap(self):
        with pytest.raises(DataError, match="nilai 90 tidak masuk rentang mana pun"):
            SkalaPredikat(nama="x", sumber="uji", rentang=(_r("atas", 90, False), _r("bawah", atas=90, ai=False)))

    def test_overlap_at_a_point(self):
        with pytest.raises(DataError, match="nilai 85 masuk dua rentang, 'Berhasil' dan 'Sangat berhasil'"):
            SkalaPredikat(
                nama="x", sumber="uji",
                rentang=(_r("Sangat berhasil", 85, True), _r("Berhasil", 70, True, 85, True), _r("Kurang", atas=70)),
            )

    def test_overlap_over_a_range(self):
        with pytest.raises(DataError, match="nilai antara 80 dan 85 masuk dua rentang"):
            SkalaPredikat(nama="x", sumber="uji", rentang=(_r("A", 80), _r("B", atas=85)))

    def test_unbounded_ends_required(self):
        with pytest.raises(DataError, match="nilai di bawah 0 tidak masuk rentang mana pun"):
            SkalaPredikat(nama="x", sumber="uji", rentang=(_r("A", 50), _r("B", 0, True, 50)))
        with pytest.raises(DataError, match="nilai di atas 100 tidak masuk rentang mana pun"):
            SkalaPredikat(nama="x", sumber="uji", rentang=(_r("A", 50, True, 100, True), _r("B", atas=50)))

    def test_two_open_ended_bands(self):
        with pytest.raises(DataError, match="masuk dua rentang"):
            SkalaPredikat(nama="x", sumber="uji", rentang=(_r("A", 50), _r("B", 60)))

    def test_empty_band(self):
        with pytest.raises(DataError, match="rentang 'A' kosong"):
            _r("A", 60, True, 50)

    def test_message_names_the_scale(self):
        with pytest.raises(DataError, match="^skala predikat 'Uji' tidak menutup garis bilangan"):
            SkalaPredikat(nama="Uji", sumber="uji", rentang=(_r("A", 50),))


class TestFromData:
    def test_own_scale(self):
        s = skala_dari_data(
            {
                "nama": "Skala Kabupaten X",
                "sumber": "Perbup X 1/2020",
                "rentang": [
                    {"label": "Baik", "batas_bawah": "75,5"},
                    {"label": "Kurang", "batas_atas": 75.5},
                ],
            }
        )
        assert s.rentang[1].batas_bawah == D("75.5")
        assert predikat(D("75.5"), s) == "Baik"
        assert predikat(D("75.49"), s) == "Kurang"

    def test_unknown_key(self):
        with pytest.raises(DataError, match="'batas_bwah' tidak dikenal") as info:
            skala_dari_data(
                {"nama": "x", "sumber": "y", "rentang": [{"label": "A", "batas_bwah": 1}]},
                Lokasi("kab.yaml", 4, "skala"),
            )
        assert str(info.value).startswith("kab.yaml:4, kolom 'skala.rentang[1]'")

    def test_missing_source(self):
        with pytest.raises(DataError, match="kolom 'sumber' skala predikat belum diisi"):
            skala_dari_data({"nama": "x", "rentang": [{"label": "A"}]})

    def test_gap_error_carries_lokasi(self):
        with pytest.raises(DataError) as info:
            skala_dari_data(
                {"nama": "x", "sumber": "y", "rentang": [{"label": "A", "batas_bawah": 60}, {"label": "B", "batas_atas": 50}]},
                Lokasi("kab.yaml", 2, "skala_predikat"),
            )
        assert str(info.value).startswith("kab.yaml:2, kolom 'skala_predikat': skala predikat 'x'")
        assert "nilai antara 50 dan 60 tidak masuk rentang mana pun" in str(info.value)


class TestMuatSkala:
    def test_user_file(self, tmp_path: Path):
        berkas = tmp_path / "skala.yaml"
        berkas.write_text(
            "kab-x:\n"
            "  nama: Skala X\n"
            "  sumber: Perbup X\n"
            "  rentang:\n"
            "    - {label: Tinggi, batas_bawah: 80}\n"
            "    - {label: Rendah, batas_atas: 80}\n",
            encoding="utf-8",
        )
        s = muat_skala(berkas)["kab-x"]
        assert predikat(80, s) == "Tinggi"
        assert predikat(D("79.994"), s) == "Rendah"

    def test_user_file_with_gap_names_file_and_line(self, tmp_path: Path):
        berkas = tmp_path / "skala.yaml"
        berkas.write_text(
            "# komentar\n"
            "kab-x:\n"
            "  nama: Skala X\n"
            "  sumber: Perbup X\n"
            "  rentang:\n"
            "    - {label: Tinggi, batas_bawah: 81}\n"
            "    - {label: Rendah, batas_atas: 80, atas_inklusif: true}\n",
            encoding="utf-8",
        )
        with pytest.raises(DataError) as info:
            muat_skala(berkas)
        assert str(info.value).startswith(f"{berkas}:2, kolom 'kab-x': ")
        assert "nilai antara 80 dan 81 tidak masuk rentang mana pun" in str(info.value)

    def test_band_error_names_band_line(self, tmp_path: Path):
        berkas = tmp_path / "skala.yaml"
        berkas.write_text(
            "kab-x:\n  nama: X\n  sumber: Y\n  rentang:\n    - label: A\n      batas_bawah: 1\n"
            "    - label: B\n      batas_atas: satu\n",
            encoding="utf-8",
        )
        with pytest.raises(DataError) as info:
            muat_skala(berkas)
        assert str(info.value).startswith(f"{berkas}:7, kolom 'kab-x.rentang[2]': batas_atas harus berupa angka")

    def test_read_like_data_files(self, tmp_path: Path):
        # the data files' reader: a code written twice is a galat at its line, "yes" stays text
        berkas = tmp_path / "skala.yaml"
        skala = "  nama: X\n  sumber: Y\n  rentang:\n    - {label: yes, batas_bawah: 80}\n    - {label: no, batas_atas: 80}\n"
        berkas.write_text(f"kab-x:\n{skala}", encoding="utf-8")
        assert sorted(r.label for r in muat_skala(berkas)["kab-x"].rentang) == ["no", "yes"]
        berkas.write_text(f"kab-x:\n{skala}kab-x:\n{skala}", encoding="utf-8")
        with pytest.raises(DataError) as info:
            muat_skala(berkas)
        assert str(info.value).startswith(f"{berkas}:7, kolom 'kab-x': kunci 'kab-x' ditulis dua kali")

    def test_yaml_syntax_error(self, tmp_path: Path):
        berkas = tmp_path / "rusak.yaml"
        berkas.write_text("a:\n  b: [1, 2\n", encoding="utf-8")
        with pytest.raises(DataError, match="YAML tidak dapat dibaca"):
            muat_skala(berkas)

    def test_missing_file(self, tmp_path: Path):
        with pytest.raises(DataError, match="tidak ditemukan"):
            muat_skala(tmp_path / "tidak-ada.yaml")
