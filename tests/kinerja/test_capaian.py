from decimal import Decimal as D

import pytest

from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import (
    bulatkan,
    hitung_capaian,
    hitung_capaian_kualitatif,
    ke_decimal,
    tingkat_kemajuan,
)

MUTU = {"A": 4, "B": 3, "C": 2, "D": 1}


class TestPositif:
    def test_known_numbers(self):
        assert hitung_capaian(100, D("86.9"), "positif", "selisih") == D("86.9")
        assert hitung_capaian(80, D("70.89"), "positif", "selisih") == D("88.6125")  # Mumbulsari SKM: B (80) vs 70,89
        assert hitung_capaian(85, 85, "positif", "selisih") == D(100)
        assert hitung_capaian(50, 75, "positif", "selisih") == D(150)  # not capped

    def test_float_read_through_str(self):
        # Decimal(0.1) would leak the binary expansion; Decimal("0.1") gives 10/3 exactly.
        assert hitung_capaian(3, 0.1, "positif", "selisih") == D("3.333333333333333333333333333")
        assert hitung_capaian(0.5, 0.25, "positif", "selisih") == D(50)

    def test_negative_realisasi_allowed(self):
        assert hitung_capaian(2, -1, "positif", "selisih") == D(-50)


class TestNegatif:
    def test_selisih(self):
        assert hitung_capaian(10, 8, "negatif", "selisih") == D(120)  # (20 - 8) / 10
        assert hitung_capaian(10, 12, "negatif", "selisih") == D(80)  # (20 - 12) / 10
        assert hitung_capaian(10, 10, "negatif", "selisih") == D(100)

    def test_selisih_floors_at_zero(self):
        assert hitung_capaian(10, 20, "negatif", "selisih") == D(0)
        assert hitung_capaian(10, 25, "negatif", "selisih") == D(0)  # would be -50
        assert hitung_capaian(10, 0, "negatif", "selisih") == D(200)

    def test_rasio(self):
        assert hitung_capaian(10, 8, "negatif", "rasio") == D(125)
        assert hitung_capaian(10, 12, "negatif", "rasio") == D("83.33333333333333333333333333")
        assert hitung_capaian(10, 25, "negatif", "rasio") == D(40)

    def test_rasio_zero_realisasi(self):
        with pytest.raises(DataError, match="realisasi 0 tidak dapat dipakai sebagai pembagi"):
            hitung_capaian(10, 0, "negatif", "rasio")


class TestErrors:
    def test_zero_target_positive(self):
        with pytest.raises(DataError, match="^target 0 tidak dapat dipakai sebagai pembagi; "):
            hitung_capaian(0, 5, "positif", "selisih")

    @pytest.mark.parametrize("rumus", ["selisih", "rasio"])
    def test_zero_target_negative(self, rumus):
        with pytest.raises(DataError, match="target 0 tidak terdefinisi.*rumuskan indikator secara positif"):
            hitung_capaian(0, 3, "negatif", rumus)

    def test_negative_target(self):
        with pytest.raises(DataError, match="target negatif"):
            hitung_capaian(-5, 3, "positif", "selisih")

    @pytest.mark.parametrize("target, realisasi, nama", [(None, 5, "target"), (5, None, "realisasi")])
    def test_none(self, target, realisasi, nama):
        with pytest.raises(DataError, match=f"^{nama} belum diisi"):
            hitung_capaian(target, realisasi, "positif", "selisih")

    @pytest.mark.parametrize("nilai", [True, "85", float("nan"), float("inf"), D("NaN")])
    def test_not_a_number(self, nilai):
        with pytest.raises(DataError, match="angka"):
            hitung_capaian(nilai, 5, "positif", "selisih")

    def test_unknown_polaritas_and_rumus(self):
        with pytest.raises(DataError, match="polaritas 'naik' tidak dikenal"):
            hitung_capaian(1, 1, "naik", "selisih")  # type: ignore[arg-type]
        with pytest.raises(DataError, match="rumus polaritas negatif 'bagi' tidak dikenal"):
            hitung_capaian(1, 1, "negatif", "bagi")  # type: ignore[arg-type]

    def test_lokasi_is_passed_on(self):
        with pytest.raises(DataError) as info:
            hitung_capaian(0, 1, "positif", "selisih", lokasi=Lokasi("kinerja.yaml", 12, "sasaran[1].indikator[2]"))
        assert str(info.value).startswith("kinerja.yaml:12, kolom 'sasaran[1].indikator[2]': target 0")


class TestKualitatif:
    def test_mapping(self):
        assert hitung_capaian_kualitatif("B", "B", MUTU) == D(100)
        assert hitung_capaian_kualitatif("B", "A", MUTU) == D("133.3333333333333333333333333")
        assert hitung_capaian_kualitatif("A", "C", MUTU) == D(50)

    def test_case_and_spaces_ignored(self):
        assert hitung_capaian_kualitatif(" b ", "a", MUTU) == hitung_capaian_kualitatif("B", "A", MUTU)
        opini = {"WTP": 4, "WDP": 3, "TW": 2, "TMP": 1}
        assert hitung_capaian_kualitatif("WTP", "wdp", opini) == D(75)

    def test_unknown_label_names_known_ones(self):
        with pytest.raises(DataError) as info:
            hitung_capaian_kualitatif("B", "E", MUTU)
        assert "label realisasi 'E' tidak dikenal" in str(info.value)
        assert "'A', 'B', 'C', 'D'" in str(info.value)
        with pytest.raises(DataError, match="label target 'X' tidak dikenal"):
            hitung_capaian_kualitatif("X", "A", MUTU)

    def test_zero_target_label(self):
        with pytest.raises(DataError, match="lebih dari 0"):
            hitung_capaian_kualitatif("E", "A", {**MUTU, "E": 0})


class TestTingkatKemajuan:
    def test_positive(self):
        assert tingkat_kemajuan(85, 100, "positif", "selisih") == D(85)
        assert tingkat_kemajuan(D("91.51"), 100, "positif", "selisih") == D("91.51")

    def test_negative(self):
        assert tingkat_kemajuan(12, 10, "negatif", "selisih") == D(80)
        assert tingkat_kemajuan(12, 10, "negatif", "rasio") == D("83.33333333333333333333333333")

    def test_zero_end_target(self):
        with pytest.raises(DataError, match="^target akhir Renstra 0 tidak dapat dipakai"):
            tingkat_kemajuan(5, 0, "positif", "selisih")


def test_bulatkan_half_up():
    assert bulatkan(D("64.225")) == D("64.23")
    assert bulatkan(D("64.235")) == D("64.24")
    assert bulatkan(D("-2.345")) == D("-2.35")
    assert bulatkan(D("75.994999")) == D("75.99")
    assert bulatkan(D("88.6125"), 1) == D("88.6")


def test_ke_decimal():
    assert ke_decimal(3) == D(3)
    assert ke_decimal(0.1) == D("0.1")
    assert ke_decimal(D("2.50")) == D("2.50")
