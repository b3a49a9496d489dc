"""doctools.kinerja.skm.grafik: the survey chart as the data of a native Word chart."""

from __future__ import annotations

from decimal import Decimal as D

from doctools.kinerja.capaian import bulatkan
from doctools.kinerja.skm import (
    MODEL_2004,
    grafik_skm,
    hitung_skm,
    skm_dari_nilai,
)
from tests.kinerja.skm import JAWABAN, JUDUL, SKALA_2017, UNSUR_2004, baca


def test_grafik_holds_the_scores_of_each_unsur(tmp_path):
    hasil = hitung_skm(baca(tmp_path / "skm.csv", JUDUL, JAWABAN), SKALA_2017)
    g = grafik_skm(hasil)
    assert g.kategori == tuple(f"U{i}" for i in range(1, 10))
    batang, garis = g.seri
    assert (batang.bentuk, garis.bentuk) == ("batang", "garis")
    assert batang.nilai == tuple(u.nilai_konversi for u in hasil.unsur)
    assert batang.nilai[0] == D("87.5")  # Persyaratan: 4, 3, 4, 3 → NRR 3,5
    assert garis.nilai == (hasil.ikm,) * 9
    assert garis.nama == f"IKM {str(bulatkan(hasil.ikm)).replace('.', ',')} (mutu {hasil.mutu}, {hasil.kinerja})"


def test_grafik_14_unsur():
    hasil = skm_dari_nilai({n: D(3) for n in UNSUR_2004}, None, skala_mutu=SKALA_2017)
    assert hasil.model is MODEL_2004
    g = grafik_skm(hasil)
    assert len(g.kategori) == 14 and g.seri[0].nilai == (D(75),) * 14
