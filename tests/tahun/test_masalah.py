"""A problem met computing the year, as findings."""

from __future__ import annotations

from doctools.errors import DataError, Lokasi
from doctools.hukum import Temuan
from doctools.model import KumpulanGalat
from doctools.tahun.masalah import galat_ke_temuan


def test_satu_temuan_per_galat() -> None:
    a, b = DataError("a", Lokasi("x.yaml", 1)), DataError("b", Lokasi("x.yaml", 2))
    assert galat_ke_temuan(KumpulanGalat([a, b]), "skm.jawaban") == [
        Temuan("galat", "a", Lokasi("x.yaml", 1), "skm.jawaban"), Temuan("galat", "b", Lokasi("x.yaml", 2), "skm.jawaban")]
    assert galat_ke_temuan(a) == [Temuan("galat", "a", Lokasi("x.yaml", 1))]
