"""Which target a year measures against: a revised PK target, and targets written with a mutu letter.

The example (data/mumbulsari) has both, as real reports do: the trantib indicator's PK target for
2025 is 90 while the Renstra says 95 (``target_pk``), and the SAKIP indicator is written with its
letter and score ("BB (70,5)", "B (68,12)"), as the LKj Mumbulsari 2020 writes "B (80 %)".
"""

from __future__ import annotations

from decimal import Decimal as D

from doctools.kinerja import bulatkan
from doctools.tahun import CapaianIndikator, TahunKinerja
from tests.conftest import SalinanData, tahun_dari

TRANTIB = ("sasaran", 3, "indikator", 0)
SAKIP = ("sasaran", 4, "indikator", 0)
IKM = ("sasaran", 1, "indikator", 0)


def _c(tahun: TahunKinerja, jalur: tuple[str | int, ...]) -> CapaianIndikator:
    return next(c for c in tahun.capaian if c.jalur == jalur)


def test_pk_memakai_target_pk(tahun: TahunKinerja) -> None:
    assert tahun.perjanjian is not None and tahun.perjanjian.camat is not None
    sasaran = tahun.perjanjian.camat.perjanjian.sasaran
    assert [i.target for i in sasaran[3].indikator] == [D(90)]        # not the Renstra's 95
    assert [i.target for i in sasaran[4].indikator] == ["BB (70,5)", D(90)]


def test_capaian_lkj_terhadap_target_pk(tahun: TahunKinerja) -> None:
    assert tahun.laporan is not None
    trantib = tahun.laporan.pengukuran.sasaran[3].indikator[0]
    assert (trantib.target, trantib.target_renstra, trantib.target_direvisi) == (D(90), D(95), True)
    assert trantib.capaian == D(80) * 100 / D(90)
    assert trantib.riwayat[-1].target == D(90)
    assert trantib.kemajuan == D(80) * 100 / D(97)  # the Renstra's last target, not revised
    c = _c(tahun, TRANTIB)
    assert c.capaian_renstra[2025].pasti() == D(80) * 100 / D(95)  # what an older report may have printed
    ikm = tahun.laporan.pengukuran.sasaran[1].indikator[0]
    assert (ikm.target_renstra, ikm.target_direvisi) == (None, False)


def test_rencana_aksi_dan_rkt_memakai_target_pk(tahun: TahunKinerja) -> None:
    assert tahun.aksi is not None
    [trantib] = [i for i in tahun.aksi.rencana[0].indikator if i.nama.startswith("Persentase penyelesaian")]
    assert trantib.target_tahun == D(90)
    assert trantib.asal_target == ("kinerja", (*TRANTIB, "target_pk", 2025))
    assert tahun.rkt is not None
    teks = [ind.target_teks for akar in tahun.rkt.pohon for s in akar.telusuri() for ind in s.indikator
            if ind.nama.startswith("Persentase penyelesaian laporan")]
    assert teks == ["90%"]


def test_target_huruf_dengan_angka(tahun: TahunKinerja) -> None:
    c = _c(tahun, SAKIP)
    assert c.capaian[2025].pasti() == D("68.12") * 100 / D("70.5")
    assert c.capaian[2023].pasti() == D("65.42") * 100 / D("66.5")
    assert c.kemajuan[2025].pasti() == D("68.12") * 100 / D(72)
    assert tahun.laporan is not None
    sakip = tahun.laporan.pengukuran.sasaran[4].indikator[0]
    assert (sakip.target, sakip.realisasi) == ("BB (70,5)", "B (68,12)")
    banding = sakip.banding_lalu
    assert banding is not None and banding.selisih == D("0.32") and banding.membaik


def test_survei_mengisi_realisasi_dalam_bentuk_target(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: 82.5, 2026: 83}",
                  'target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: "B (82,5)", 2026: "B (83)"}')
    tahun = tahun_dari(salinan.folder)
    c = _c(tahun, IKM)
    assert c.realisasi_survei is not None
    ikm = bulatkan(c.realisasi_survei.ikm)
    assert c.realisasi[2025] == f"B ({str(ikm).replace('.', ',')})"
    assert c.capaian[2025].pasti() == ikm * 100 / D("82.5")
    assert c.kemajuan[2025].pasti() == ikm * 100 / D(83)
    # a letter alone: the survey gives the letter, measured on the letters' values
    salinan.ganti("kinerja.yaml", '2025: "B (82,5)", 2026: "B (83)"', "2025: B, 2026: A")
    c = _c(tahun_dari(salinan.folder), IKM)
    assert c.realisasi[2025] == "B" and c.capaian[2025].pasti() == D(100)
    assert c.kemajuan[2025].pasti() == D(75)  # B (3) against A (4)


def test_realisasi_diketik_sama_dengan_survei_ditulis_lain(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: 82.5, 2026: 83}",
                  'target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: "B (82,5)", 2026: "B (83)"}')
    ikm = _c(tahun_dari(salinan.folder), IKM).realisasi_survei
    assert ikm is not None
    angka = bulatkan(ikm.ikm)
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 79.85, 2024: 81.12}",
                  f'realisasi: {{2023: 79.85, 2024: 81.12, 2025: "b ({angka} %)"}}')
    c = _c(tahun_dari(salinan.folder), IKM)
    assert c.realisasi_survei is not None and not c.realisasi_survei.bertentangan
