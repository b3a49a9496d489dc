"""The LKj's year: its references resolved and its totals computed; it waits for the parts it needs."""

from __future__ import annotations

from decimal import Decimal as D

from doctools.tahun import LaporanTahun, TahunKinerja
from tests.conftest import SalinanData, tahun_dari


def _lt(tahun: TahunKinerja) -> LaporanTahun:
    assert tahun.laporan is not None
    return tahun.laporan


def test_rujukan_dan_jumlah(tahun: TahunKinerja) -> None:
    lt = _lt(tahun)
    assert lt.nomor_iku == "065/007/35.09.14/2025" and lt.perjanjian.perjanjian.kunci == "camat"
    assert [s_i for s_i, _ in lt.strategi] == [0, 1, 2, 3, 4]
    assert list(lt.analisis) == [1, 3]  # sasaran 'pelayanan' and 'trantib'
    sasaran = lt.pengukuran.sasaran
    assert [lt.analisis_sasaran(hs) is not None for hs in sasaran] == [False, True, False, True, False]
    assert lt.analisis_sasaran(sasaran[3]) == lt.analisis[3]
    assert [(p.indeks, p.sasaran) for p in lt.program_renstra] == [(0, (0, 4)), (1, (1,)), (2, (2,)), (3, (3,))]
    assert lt.pagu_renstra is not None
    assert lt.pagu_renstra[2021] == D(1_650_000_000 + 150_000_000 + 80_000_000 + 125_000_000)
    assert lt.pagu_renstra[2025] == D(2_310_037_500)
    assert lt.jumlah_sdm == {"pendidikan": 17, "golongan": 17, "eselon": 7}  # S2 2, S1 7, D3 1, SMA 6, SMP 1
    # the sum of each row's conditions (the example's labels: Baik, Sedang, Rusak Ringan, Rusak Berat);
    # a row without any count has no total
    assert [x.jumlah for x in lt.sarana] == [1, 1, 1, None, 2, 8, 15, 7, 32, 8, 4]
    assert lt.kondisi_sarana == ("Baik", "Sedang", "Rusak Ringan", "Rusak Berat")
    assert lt.sarana[8].kondisi == (28, 4, None, None)   # meja dan kursi kerja: baik 28, sedang 4
    assert lt.bagan is None and lt.kebijakan is tahun.kebijakan


def _satu_masalah(salinan: SalinanData) -> str:
    tahun = tahun_dari(salinan.folder)
    assert tahun.laporan is None
    [m] = tahun.masalah
    return m.pesan


def test_perjanjian_tahun_lain(salinan: SalinanData) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "tahun: 2025\ntanggal: 2025-01-06", "tahun: 2024\ntanggal: 2024-01-08")
    for berkas in ("rkt.yaml", "rencana-aksi.yaml"):  # they refuse a PK of another year too (tests/tahun/test_rencana.py)
        salinan.hapus(berkas)
    assert "Laporan Kinerja mengukur Perjanjian Kinerja tahun yang sama" in _satu_masalah(salinan)


def test_analisis_ganda(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "analisis:                       # uraian sendiri per sasaran",
                  "analisis:\n  - sasaran: pelayanan\n    narasi: Analisis pertama.\n  #")
    assert _satu_masalah(salinan) == "analisis untuk sasaran ini sudah ditulis sebelumnya"


def test_pagu_renstra_di_luar_periode(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "pagu: {2021: 80000000,", "pagu: {2020: 1, 2021: 80000000,")
    assert _satu_masalah(salinan) == "pagu indikatif tahun 2020 di luar periode Renstra 2021–2026"
