"""The LKj's survey, read and scored once, and what it measures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from doctools.kinerja import bulatkan
from doctools.tahun import TahunKinerja
from tests.conftest import SalinanData, tahun_dari


def test_hasil_survei(tahun: TahunKinerja) -> None:
    s = tahun.survei
    assert s is not None and s.lengkap and s.hasil is not None
    assert (bulatkan(s.hasil.ikm), s.hasil.mutu, s.hasil.jumlah_responden) == (D("82.83"), "B", 100)
    assert s.indikator == (1, 0)  # sasaran 'pelayanan', its first indicator
    assert s.periode == (dt.date(2025, 1, 1), dt.date(2025, 12, 26))
    assert s.lokasi.kolom == "skm"


def test_unsur_menurut_nilai(tahun: TahunKinerja) -> None:
    s = tahun.survei
    assert s is not None and s.hasil is not None
    nilai = [u.nilai_konversi for u in s.unsur_urut]
    assert nilai == sorted(nilai) and len(nilai) == 9
    assert s.unsur_di_bawah_ikm == tuple(u for u in s.unsur_urut if u.nilai_konversi < s.hasil.ikm)
    assert 0 < len(s.unsur_di_bawah_ikm) < 9


def test_berkas_tidak_ada(salinan: SalinanData) -> None:
    salinan.hapus("skm-2025.xlsx")
    tahun = tahun_dari(salinan.folder)
    assert tahun.survei is not None and tahun.survei.hasil is None and tahun.laporan is None
    [m] = tahun.masalah
    assert m.aturan is None and "skm-2025.xlsx" in m.pesan  # the LKj's problem, not its answers'


def test_indikator_survei_tidak_ada(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "  sasaran: pelayanan            #", "  sasaran: tidak-ada            #")
    tahun = tahun_dari(salinan.folder)
    s = tahun.survei
    assert s is not None and s.hasil is not None and not s.lengkap and s.indikator is None
    [m] = tahun.masalah
    assert m.pesan.startswith("sasaran 'tidak-ada' tidak ada di kinerja.yaml; yang ada: 'tata-kelola'")
