"""Every indicator's figures per year, checked against values computed by hand from the example."""

from __future__ import annotations

from decimal import Decimal as D

from doctools.tahun import CapaianIndikator, TahunKinerja
from tests.conftest import SalinanData, tahun_dari

IKM = ("sasaran", 1, "indikator", 0)
TRANTIB = ("sasaran", 3, "indikator", 0)

NEGATIF = """  - id: uji-negatif
    uraian: Sasaran uji rumus negatif
    indikator:
      - nama: Angka gangguan ketertiban
        satuan: kasus
        polaritas: negatif
        target: {2021: 14, 2022: 13, 2023: 12, 2024: 11, 2025: 10, 2026: 8}
        realisasi: {2024: 10, 2025: 12}
"""


def _c(tahun: TahunKinerja, jalur: tuple[str | int, ...]) -> CapaianIndikator:
    return next(c for c in tahun.capaian if c.jalur == jalur)


def test_setiap_indikator_tujuan_dan_sasaran(tahun: TahunKinerja) -> None:
    assert [c.jalur for c in tahun.capaian][:2] == [("tujuan", 0, "indikator", 0), ("sasaran", 0, "indikator", 0)]
    assert len(tahun.capaian) == 1 + 6


def test_capaian_per_tahun(tahun: TahunKinerja) -> None:
    dokumen = _c(tahun, ("sasaran", 0, "indikator", 0))
    assert {t: h.nilai for t, h in dokumen.capaian.items()} == {2023: D(75), 2024: D(100), 2025: D(100)}  # 3/4, 4/4
    trantib = _c(tahun, TRANTIB)
    assert trantib.capaian[2025].pasti() == D(80) * 100 / D(90)            # the PK's 90 (target_pk): 88,89 %
    assert trantib.capaian[2024].pasti() == D("88.89") * 100 / D(92)       # the Renstra's, not revised
    assert trantib.kemajuan[2025].pasti() == D(80) * 100 / D(97)           # against 2026's 97: 82,47 %
    assert trantib.lokasi.kolom == "sasaran[4].indikator[1]"


def test_realisasi_ikm_dari_survei(tahun: TahunKinerja) -> None:
    ikm = _c(tahun, IKM)
    survei = ikm.realisasi_survei
    assert survei is not None and survei.tahun == 2025 and not survei.bertentangan
    assert survei.nilai == D("82.83") and ikm.realisasi[2025] == D("82.83")  # the IKM 82,8333… rounded
    assert ikm.capaian[2025].pasti() == D("100.4")                          # 82,83 / 82,5
    assert {t: r for t, r in ikm.realisasi.items() if t < 2025} == {2023: D("79.85"), 2024: D("81.12")}


def test_realisasi_tertulis_bertentangan_dengan_survei(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 79.85, 2024: 81.12}", "realisasi: {2023: 79.85, 2024: 81.12, 2025: 80}")
    ikm = _c(tahun_dari(salinan.folder), IKM)
    assert ikm.realisasi_survei is not None and ikm.realisasi_survei.bertentangan
    assert ikm.realisasi[2025] == D(80)  # what was typed: the declared values are checked against it


def test_rumus_negatif_dari_kebijakan(salinan: SalinanData) -> None:
    salinan.tulis("kinerja.yaml", salinan.baca("kinerja.yaml").rstrip("\n") + "\n" + NEGATIF)
    jalur = ("sasaran", 5, "indikator", 0)
    selisih = _c(tahun_dari(salinan.folder), jalur)
    assert selisih.capaian[2025].pasti() == D(80)    # (2 × 10 − 12) / 10
    assert selisih.capaian[2024].pasti() == D(12) * 100 / D(11)  # (2 × 11 − 10) / 11: 109,09 %
    salinan.ganti("instansi.yaml", "rumus_negatif: selisih", "rumus_negatif: rasio")
    rasio = _c(tahun_dari(salinan.folder), jalur)
    assert rasio.capaian[2025].pasti() == D(10) * 100 / D(12)  # 83,33 %
    assert rasio.kemajuan[2025].pasti() == D(8) * 100 / D(12)  # against 2026's 8: 66,67 %


def test_label_dan_galat(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "target: {2021: 4, 2022: 4, 2023: 4, 2024: 4, 2025: 4, 2026: 4}",
                  "target: {2021: B, 2022: B, 2023: B, 2024: 0, 2025: 4, 2026: 4}")
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 3, 2024: 4, 2025: 4}", "realisasi: {2022: A, 2023: 3, 2024: 4, 2025: 4}")
    c = _c(tahun_dari(salinan.folder), ("sasaran", 0, "indikator", 0))
    assert c.capaian[2022].pasti() == D(4) * 100 / D(3)  # A (4) against B (3): 133,33 %
    bercampur = c.capaian[2023].galat
    assert bercampur is not None and "keduanya harus memuat angka, atau keduanya label" in bercampur.pesan
    assert bercampur.lokasi is not None and bercampur.lokasi.kolom == "sasaran[1].indikator[1].realisasi.2023"
    # against the Renstra's last target (a number) the label realisasi of 2022 is reported at 2022's line,
    # which exists, naming the target's line; no year 2026 realisasi is pointed at
    kemajuan = c.kemajuan[2022].galat
    assert kemajuan is not None and kemajuan.lokasi is not None
    assert kemajuan.lokasi.kolom == "sasaran[1].indikator[1].realisasi.2022"
    assert kemajuan.lokasi.baris == salinan.baris("kinerja.yaml", "realisasi: {2022: A")
    baris_target = salinan.baris("kinerja.yaml", "target: {2021: B, 2022: B")
    assert "target akhir Renstra (tahun 2026) indikator" in kemajuan.pesan
    assert f"berupa angka '4' (baris {baris_target}), tetapi realisasi tahun 2022 berupa label 'A'" in kemajuan.pesan
    nol = c.capaian[2024].galat
    assert nol is not None and nol.pesan.startswith("target 0 tidak dapat dipakai sebagai pembagi")
