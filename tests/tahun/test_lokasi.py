"""Where a value of the data set was written."""

from __future__ import annotations

from doctools.errors import Lokasi
from doctools.tahun import TahunKinerja
from doctools.tahun.lokasi import lokasi_di
from tests.conftest import SalinanData


def test_jalur_yang_ditulis(tahun: TahunKinerja, salinan: SalinanData) -> None:
    lok = lokasi_di(tahun.data, "kinerja", "periode_akhir")
    assert (lok.baris, lok.kolom) == (salinan.baris("kinerja.yaml", "periode_akhir:"), "periode_akhir")


def test_berkas_yang_tidak_dibaca(tahun: TahunKinerja) -> None:
    assert lokasi_di(tahun.data, "tidak-ada", "x") == Lokasi(tahun.data.berkas("tidak-ada"))
