"""doctools.kinerja.skm.grafik: the survey chart, a deterministic PNG."""

from __future__ import annotations

from decimal import Decimal as D

from doctools.kinerja.skm import (
    MODEL_2004,
    grafik_skm,
    hitung_skm,
    jawaban_dari_tabel,
    skm_dari_nilai,
)
from tests.kinerja.skm import JAWABAN, JUDUL, UNSUR_2004


def test_grafik_is_png_and_deterministic(tmp_path):
    hasil = hitung_skm(jawaban_dari_tabel(JUDUL, JAWABAN))
    a = grafik_skm(hasil, tmp_path / "a.png")
    b = grafik_skm(hasil, tmp_path / "sub" / "b.png")
    assert a == tmp_path / "a.png"
    data = a.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10000
    assert data == b.read_bytes()
    assert b"Software" not in data


def test_grafik_14_unsur(tmp_path):
    hasil = skm_dari_nilai({n: D(3) for n in UNSUR_2004}, None)
    assert hasil.model is MODEL_2004
    assert grafik_skm(hasil, tmp_path / "g.png").stat().st_size > 10000
