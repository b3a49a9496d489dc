"""The LKj's budget: sums and shares, per sasaran and by class, checked by hand against the example's export."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from doctools.tahun import TahunKinerja
from doctools.tahun.anggaran import AnggaranTahun, jalur_anggaran
from tests.conftest import SalinanData, tahun_dari


@pytest.fixture(scope="module")
def a(tahun: TahunKinerja) -> AnggaranTahun:
    assert tahun.laporan is not None
    return tahun.laporan.anggaran


def test_ringkasan(a: AnggaranTahun) -> None:
    r = a.ringkasan
    assert (r.pagu, r.realisasi, r.sisa) == (D(2_310_037_500), D(2_243_477_700), D(66_559_800))
    assert [p.pagu for p in r.program] == [D(1_873_450_000), D(186_537_500), D(97_250_000), D(152_800_000)]
    assert a.jumlah_kegiatan == 11


def test_per_sasaran(tahun: TahunKinerja, a: AnggaranTahun) -> None:
    tata_kelola = a.sasaran[0]
    # the three kegiatan the export maps to tata-kelola: 96,4 + 231,7 + 124 juta
    assert (tata_kelola.pagu, tata_kelola.realisasi) == (D(452_100_000), D(433_827_500))
    assert tata_kelola.serapan == D(433_827_500) * 100 / D(452_100_000)
    assert tata_kelola.proporsi == D(452_100_000) * 100 / D(2_310_037_500)
    assert tahun.laporan is not None
    capaian = tahun.laporan.pengukuran.sasaran[0].capaian  # 100 %
    assert tata_kelola.selisih == capaian - tata_kelola.serapan and tata_kelola.efisien
    kesejahteraan = a.sasaran[2]  # 92,31 % capaian against 97,33 % spent
    assert kesejahteraan.efisien is False
    assert sum((s.pagu for s in a.sasaran), D(0)) == a.ringkasan.pagu


def test_belanja(a: AnggaranTahun) -> None:
    b = a.belanja
    assert b is not None and (b.pagu, b.realisasi) == (D(2_310_037_500), D(2_243_477_700))
    operasi, modal = b.kelompok
    assert (operasi.pagu, modal.pagu) == (D(1_402_600_000 + 822_437_500), D(85_000_000))
    assert modal.proporsi == D(85_000_000) * 100 / D(2_310_037_500)
    assert operasi.jenis[0].persen == D(1_368_945_200) * 100 / D(1_402_600_000)


def test_belanja_yang_tidak_sama_dengan_program(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "realisasi: 789582500}", "realisasi: 789582600}")
    tahun = tahun_dari(salinan.folder)
    assert tahun.laporan is None
    [m] = tahun.masalah
    assert m.pesan.startswith("rincian belanja berjumlah pagu Rp 2.310.037.500,00 dan realisasi Rp 2.243.477.800,00, "
                              "tetapi jumlah program adalah pagu Rp 2.310.037.500,00 dan realisasi Rp 2.243.477.700,00")


def test_pagu_lkj(tahun: TahunKinerja) -> None:
    # from the data as written: a program without its own pagu is the sum of its kegiatan
    assert tahun.pagu_lkj[("program", 0)] == D(18_750_000 + 1_402_600_000 + 96_400_000 + 231_700_000 + 124_000_000)
    assert tahun.pagu_lkj[("program", 3, "kegiatan", 1)] == D(40_000_000)


def test_jalur_anggaran() -> None:
    assert jalur_anggaran("program[1].kegiatan[2].pagu") == ("program", 0, "kegiatan", 1, "pagu")
    assert jalur_anggaran(None) == ()
