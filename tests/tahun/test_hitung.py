"""The whole year: every part computed, each problem recorded once, the documents it can be composed into."""

from __future__ import annotations

from doctools.tahun import TahunKinerja
from tests.conftest import SalinanData, tahun_dari


def test_contoh(tahun: TahunKinerja) -> None:
    assert tahun.masalah == ()
    assert tahun.dokumen == ("keputusan-iku", "keputusan-iki", *("perjanjian-kinerja",) * 5, "laporan-kinerja",
                             "rencana-kinerja-tahunan", "rencana-aksi", "pohon-kinerja")
    assert [k.stem for k in tahun.keputusan()] == ["keputusan-iku", "keputusan-iki"]
    assert tahun.logo is None
    assert tahun.lokasi("lkj", "tahun").kolom == "tahun"


def test_tanpa_lkj(salinan: SalinanData) -> None:
    salinan.hapus("lkj.yaml")
    tahun = tahun_dari(salinan.folder)
    assert tahun.laporan is None and tahun.survei is None and tahun.pagu_lkj == {}
    assert tahun.masalah == () and "laporan-kinerja" not in tahun.dokumen
    [ikm] = [c for c in tahun.capaian if c.jalur == ("sasaran", 1, "indikator", 0)]
    assert ikm.realisasi_survei is None


def test_satu_bagian_rusak_yang_lain_tetap_dihitung(salinan: SalinanData) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "  - pejabat: kasi-pmks\n", "  - pejabat: kasi-pmk\n")
    tahun = tahun_dari(salinan.folder)
    assert len(tahun.masalah) == 1
    # the LKj and the Rencana Aksi wait for their PK; the RKT and the Pohon Kinerja read the PK as written
    assert tahun.dokumen == ("keputusan-iku", "keputusan-iki", "rencana-kinerja-tahunan", "pohon-kinerja")
    assert tahun.survei is not None and tahun.survei.lengkap    # computed all the same
