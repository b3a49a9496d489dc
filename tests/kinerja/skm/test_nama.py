"""doctools.kinerja.skm.nama: names matched to unsur; models whose aliases never collide."""

from __future__ import annotations

from fractions import Fraction

import pytest

from doctools.errors import DataError
from doctools.kinerja.skm import MODEL_2004, MODEL_2017, model_dengan_unsur, unsur_2017
from doctools.kinerja.skm.nama import deteksi_model, normal_nama


def test_models_have_no_alias_collisions() -> None:
    for model in (MODEL_2017, MODEL_2004):
        seen: dict[str, str] = {}
        for u in model.unsur:
            for nama in {normal_nama(n) for n in (u.nama, *u.alias)}:
                assert nama not in seen, (nama, u.nama, seen.get(nama))
                seen[nama] = u.nama
        assert len(model.unsur) in (9, 14)
        assert sum(model.bobot for _ in model.unsur) == 1


def test_nama_dinormalkan() -> None:
    assert normal_nama("Sistem, Mekanisme & Prosedur") == normal_nama("sistem mekanisme dan prosedur")
    assert normal_nama("U1 - Persyaratan") == normal_nama("1. persyaratan") == normal_nama("Persyaratan")
    assert normal_nama("Biaya / Tarif") == normal_nama("biaya tarif")


def test_model_dikenali_dari_judul() -> None:
    assert deteksi_model([u.nama for u in MODEL_2004.unsur], False) is MODEL_2004
    assert deteksi_model(["Persyaratan", "Prosedur", "Waktu Penyelesaian"], False) is MODEL_2017


def test_unsur_kustom_tidak_boleh_ganda_atau_kosong() -> None:
    model = model_dengan_unsur(["Keamanan", "Kenyamanan"], kode="lokal")
    assert [u.kode for u in model.unsur] == ["U1", "U2"]
    assert model.kode == "lokal" and model.bobot == Fraction(1, 2) and model.dasar_hukum is None
    assert model.nama == "kuesioner sendiri (2 unsur)"
    with pytest.raises(DataError, match="tertulis dua kali"):
        model_dengan_unsur(["Keamanan", "keamanan!"])
    with pytest.raises(DataError, match="nama unsur ke-2 kosong"):
        model_dengan_unsur(["Keamanan", " "])
    with pytest.raises(DataError, match="kosong"):
        model_dengan_unsur([])


def test_unsur_kustom_setara_dengan_sembilan_unsur() -> None:
    model = model_dengan_unsur(["Kecepatan Pelayanan", "Kenyamanan", "Biaya lain (pungutan)"],
                               setara=["Waktu", None, "tarif"])
    assert [u.setara for u in model.unsur] == ["Waktu Penyelesaian", None, "Biaya/Tarif"]
    assert unsur_2017("jangka waktu pelayanan") is MODEL_2017.unsur[2]
    assert unsur_2017("Kenyamanan") is None
    with pytest.raises(DataError, match="'Keamanan' bukan unsur PermenPAN-RB 14/2017"):
        model_dengan_unsur(["Keamanan"], setara=["Keamanan"])
