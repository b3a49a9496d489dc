"""Quarterly targets: cumulation by kind, consistency with the year, order of realisasi, capaian."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.errors import DataError
from doctools.kinerja.triwulan import (
    Ukuran,
    akhir_tahun,
    capaian_sampai,
    kumulatif,
    periksa_target,
    triwulan_terlewat,
)

POSITIF = Ukuran("positif", "selisih", {"A": D(4), "B": D(3), "C": D(2)})


def test_kumulatif_tetap_dan_per_triwulan_dijumlahkan() -> None:
    assert kumulatif({1: D(1), 2: D(2), 4: D(4)}, "kumulatif") == {1: D(1), 2: D(2), 4: D(4)}
    assert kumulatif({1: D(3), 2: D(2), 4: D(5)}, "per-triwulan") == {1: D(3), 2: D(5), 3: D(5), 4: D(10)}
    # a per-quarter indicator without a TW I value starts counting where its first value is
    assert kumulatif({2: D(6), 3: D(6)}, "per-triwulan") == {2: D(6), 3: D(12), 4: D(12)}


def test_label_tidak_dapat_dijumlahkan() -> None:
    with pytest.raises(DataError, match="triwulan 2 berupa label 'B'"):
        kumulatif({1: D(1), 2: "B"}, "per-triwulan")


def test_akhir_tahun() -> None:
    assert akhir_tahun({1: D(25), 4: D(100)}, "kumulatif") == D(100)
    assert akhir_tahun({1: D(3), 2: D(3), 3: D(3), 4: D(3)}, "per-triwulan") == D(12)
    assert akhir_tahun({1: D(3), 2: D(3)}, "kumulatif") is None


def test_tw_iv_harus_sama_dengan_target_tahun() -> None:
    assert periksa_target({1: D(1), 2: D(2), 3: D(3), 4: D(4)}, "kumulatif", D(4)) == []
    assert periksa_target({1: D(3), 2: D(3), 3: D(3), 4: D(3)}, "per-triwulan", D(12)) == []
    [masalah] = periksa_target({1: D(1), 2: D(2), 3: D(3), 4: D(3)}, "kumulatif", D(4))
    assert (masalah.jenis, masalah.triwulan, masalah.nilai) == ("akhir", 4, D(3))
    [masalah] = periksa_target({1: D(3), 2: D(3), 3: D(3), 4: D(4)}, "per-triwulan", D(12))
    assert masalah.nilai == D(13)
    [masalah] = periksa_target({1: D(1), 2: D(2)}, "kumulatif", D(4))
    assert masalah.jenis == "akhir" and masalah.nilai is None
    assert periksa_target({4: "b"}, "kumulatif", "B") == []


def test_target_triwulan_melebihi_target_tahun() -> None:
    masalah = periksa_target({1: D(2), 2: D(5), 3: D(6), 4: D(4)}, "kumulatif", D(4))
    assert [(m.jenis, m.triwulan, m.nilai) for m in masalah] == [("melebihi", 2, D(5)), ("melebihi", 3, D(6))]
    # per-quarter targets are parts of the year: each is below it by nature, their sum is checked instead
    assert periksa_target({1: D(6), 2: D(6)}, "per-triwulan", D(12)) == []


def test_realisasi_tidak_melompati_triwulan_bertarget() -> None:
    target = {1: D(1), 2: D(2), 3: D(3), 4: D(4)}
    assert triwulan_terlewat({1: D(1), 2: D(2)}, target) == []
    assert triwulan_terlewat({1: D(1), 3: D(3)}, target) == [(3, 2)]
    assert triwulan_terlewat({4: D(4)}, target) == [(4, 1)]
    # a survey each semester: no TW I target, so no TW I realisasi is expected
    assert triwulan_terlewat({2: D(81), 4: D(83)}, {2: D(82), 4: D(82.5)}) == []


def test_capaian_per_triwulan_kumulatif() -> None:
    hasil = capaian_sampai(2, {1: D(2), 2: D(3), 3: D(4), 4: D(4)}, {1: D(1), 2: D(3)}, "kumulatif", D(4), POSITIF)
    assert [h.triwulan for h in hasil] == [1, 2]
    assert hasil[0].capaian == D(50) and hasil[0].capaian_tahun == D(25)
    assert hasil[1].capaian == D(100) and hasil[1].capaian_tahun == D(75)


def test_capaian_per_triwulan_dijumlahkan() -> None:
    hasil = capaian_sampai(3, {1: D(3), 2: D(3), 3: D(3), 4: D(3)}, {1: D(3), 2: D(2), 3: D(3)}, "per-triwulan",
                           D(12), POSITIF)
    assert [h.realisasi_kumulatif for h in hasil] == [D(3), D(5), D(8)]
    assert [h.target_kumulatif for h in hasil] == [D(3), D(6), D(9)]
    assert hasil[1].realisasi == D(2) and hasil[1].capaian == D(5) * 100 / D(6)
    assert hasil[2].capaian_tahun == D(8) * 100 / D(12)


def test_capaian_polaritas_negatif_mengikuti_aturan_lkj() -> None:
    negatif = Ukuran("negatif", "selisih", {})
    [tw1] = capaian_sampai(1, {1: D(10), 4: D(8)}, {1: D(12)}, "kumulatif", D(8), negatif)
    assert tw1.capaian == D(80)  # (2 × 10 − 12) / 10
    assert tw1.capaian_tahun == D(50)  # (2 × 8 − 12) / 8
    rasio = Ukuran("negatif", "rasio", {})
    [tw1] = capaian_sampai(1, {1: D(10), 4: D(8)}, {1: D(12)}, "kumulatif", D(8), rasio)
    assert tw1.capaian == D(10) * 100 / D(12)


def test_capaian_tanpa_target_atau_realisasi_kosong() -> None:
    hasil = capaian_sampai(4, {2: D(82), 4: D("82.5")}, {2: D("81.95")}, "kumulatif", D("82.5"), POSITIF)
    assert hasil[0].capaian is None and hasil[0].target_kumulatif is None
    assert hasil[1].capaian == D("81.95") * 100 / D(82)
    assert hasil[3].realisasi_kumulatif is None and hasil[3].capaian is None
    # a zero quarterly target (nothing planned yet) has no capaian rather than a division by zero
    [tw1] = capaian_sampai(1, {1: D(0), 4: D(4)}, {1: D(0)}, "kumulatif", D(4), POSITIF)
    assert tw1.capaian is None and tw1.capaian_tahun == D(0)


def test_capaian_label() -> None:
    [tw1] = capaian_sampai(1, {1: "B", 4: "A"}, {1: "C"}, "kumulatif", "A", POSITIF)
    assert tw1.capaian == D(2) * 100 / D(3)
    assert tw1.capaian_tahun == D(50)
    with pytest.raises(DataError, match="tidak sejenis"):
        capaian_sampai(1, {1: "B"}, {1: D(80)}, "kumulatif", "B", POSITIF)


def test_triwulan_di_luar_1_sampai_4() -> None:
    with pytest.raises(DataError, match="1–4"):
        capaian_sampai(5, {}, {}, "kumulatif", D(1), POSITIF)
