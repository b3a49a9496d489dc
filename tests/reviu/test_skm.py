"""skm.*: the IKM and its mutu as declared, the answers, the number of respondents."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from doctools.errors import Lokasi
from doctools.kinerja import MODEL_2004, MODEL_2017, skala_skm_bawaan, skm_dari_nilai
from doctools.reviu.skm import (
    periksa_ikm,
    periksa_mutu,
    periksa_responden,
    periksa_tertulis,
    sebutan_model,
)
from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, di, satu, temuan

DI = Lokasi("lkj.yaml", 7, "skm.tertulis.mutu")
UNSUR_2017 = ["Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
              "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
              "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana"]


SKALA_2017, SKALA_2004 = skala_skm_bawaan()["permenpanrb-14-2017"], skala_skm_bawaan()["kepmenpan-25-2004"]


def test_sebutan_model() -> None:
    assert (sebutan_model(MODEL_2017), sebutan_model(MODEL_2004)) == ("SKM PermenPAN-RB 14/2017 (9 unsur)",
                                                                      "IKM KepMenPAN 25/2004 (14 unsur)")
    assert (SKALA_2017.nama, SKALA_2004.nama) == ("PermenPAN-RB 14/2017", "KepMenPAN 25/2004")


def test_ikm() -> None:
    assert periksa_ikm(Decimal("82.8333"), Decimal("82.83"), DI) is None
    assert periksa_ikm(Decimal("82.8333"), Decimal("82.8"), DI) is None  # compared at the decimals written
    t = periksa_ikm(Decimal("82.8333"), Decimal("83.83"), DI)
    assert t is not None
    cocok(t, "skm.ikm", "galat", DI, "IKM tertulis 83,83, hasil hitung survei 82,83")


def test_mutu_menyebut_peraturan_dan_model_lain() -> None:
    # 85,00 is B under PermenPAN-RB 14/2017 (76,61–88,30) but A under KepMenPAN 25/2004 (81,26–100)
    t = periksa_mutu(Decimal(85), SKALA_2017, DI, mutu_tertulis="A")
    assert t is not None
    cocok(t, "skm.mutu", "galat", DI, "mutu 'A' tertulis, tetapi IKM 85,00 menurut interval PermenPAN-RB 14/2017 "
          "bermutu B (Baik; 76,61–88,30)", "'A' adalah mutu nilai itu menurut interval KepMenPAN 25/2004")
    t = periksa_mutu(Decimal(85), SKALA_2004, DI, mutu_tertulis="B")
    assert t is not None and "menurut interval KepMenPAN 25/2004 bermutu A (Sangat Baik; 81,26–100,00)" in t.pesan
    assert periksa_mutu(Decimal(85), SKALA_2017, DI, mutu_tertulis="b", kinerja_tertulis="baik") is None


def test_mutu_label_kinerja() -> None:
    t = periksa_mutu(Decimal("76.605"), SKALA_2017, DI, kinerja_tertulis="Kurang Baik")
    assert t is not None
    cocok(t, "skm.mutu", "galat", DI, "kinerja pelayanan 'Kurang Baik' tertulis, tetapi IKM 76,61", "bermutu B (Baik")


def test_tertulis_dari_pemetaan() -> None:
    hasil = skm_dari_nilai({u: 3.4 for u in UNSUR_2017}, 120, skala_mutu=SKALA_2017)  # IKM 85,00
    lokasi = {k: Lokasi("lkj.yaml", n, f"skm.tertulis.{k}") for n, k in enumerate(("ikm", "mutu", "kinerja"), 10)}
    daftar = list(periksa_tertulis(hasil, {"ikm": Decimal("85.5"), "mutu": "A"}, lokasi.__getitem__))
    assert [(t.aturan, t.lokasi) for t in daftar] == [("skm.ikm", lokasi["ikm"]), ("skm.mutu", lokasi["mutu"])]
    assert list(periksa_tertulis(hasil, {"ikm": 85, "mutu": "B", "kinerja": "Baik"}, lokasi.__getitem__)) == []


def test_responden() -> None:
    [t] = periksa_responden(None, None, DI)
    cocok(t, "skm.responden-tidak-disebut", "peringatan", DI, "jumlah responden survei kepuasan masyarakat tidak disebut")
    [t] = periksa_responden(150, 1000, DI)
    cocok(t, "skm.responden-kurang", "peringatan", DI,
          "survei dengan 150 responden, padahal untuk populasi 1.000 orang sampel minimalnya 278 responden")
    assert periksa_responden(278, 1000, DI) == []
    assert periksa_responden(20, None, DI) == []


def test_jawaban_lkj(salinan_lkj: SalinanData) -> None:
    xlsx = salinan_lkj.path("skm-2025.xlsx")
    buku = openpyxl.load_workbook(xlsx)  # a copy: no formulas in a form export, nothing lost by saving
    ws = buku["Form Responses 1"]
    [kolom] = [c.column_letter for c in ws[1] if "kesesuaian persyaratan" in (c.value or "")]
    ws[f"{kolom}17"] = "Cukup"  # a label of another set (sarana's), not of this question's
    buku.save(xlsx)
    daftar = temuan(salinan_lkj)
    [jawaban] = [t for t in daftar if t.aturan == "skm.jawaban"]
    assert str(jawaban.lokasi) == f"{xlsx}, lembar 'Form Responses 1', sel {kolom}17"
    assert jawaban.lokasi.baris == 17 and jawaban.lokasi.kolom == f"'Form Responses 1'!{kolom}17"
    # labels as the form spells them; one nobody chose in its canonical spelling
    assert jawaban.pesan == ("jawaban 'Cukup' tidak dikenal untuk unsur 'Persyaratan'; pilihan: 'Tidak Sesuai' (1), "
                             "'Kurang sesuai' (2), 'Sesuai' (3), 'Sangat sesuai' (4), atau angka 1–4")
    # the LKj cannot be composed from those answers either; that is the same finding, not a second one
    assert [t.aturan for t in daftar] == ["skm.jawaban"]


def tanpa_berkas_survei(salinan: SalinanData, ganti: str) -> None:
    """Replace the example's answer-file mapping (berkas … label) in lkj.yaml by ``ganti``."""
    teks = salinan.baca("lkj.yaml")
    awal, akhir = teks.index("  berkas: skm-2025.xlsx "), teks.index("  # label:")
    salinan.tulis("lkj.yaml", teks[:awal] + ganti + teks[akhir:])


def test_responden_tidak_disebut_lkj(salinan_lkj: SalinanData) -> None:
    nilai = ", ".join(f"\"{u}\": 3.3" for u in UNSUR_2017)
    tanpa_berkas_survei(salinan_lkj, f"  nilai: {{{nilai}}}\n")
    cocok(satu(salinan_lkj), "skm.responden-tidak-disebut", "peringatan",
          di(salinan_lkj, "lkj.yaml", "skm:  ", "skm.jumlah_responden"),
          "jumlah responden survei kepuasan masyarakat tidak disebut")


def test_capaian_indikator_survei_memakai_ikm(salinan_lkj: SalinanData) -> None:
    # the IKM indicator's 2025 realisasi comes from the survey (82,83): a declared capaian is read against it
    salinan_lkj.ganti("kinerja.yaml", "      - nama: Indeks Kepuasan Masyarakat\n",
                      "      - nama: Indeks Kepuasan Masyarakat\n        tertulis: {capaian: {2025: 99}}\n")
    t = satu(salinan_lkj)
    cocok(t, "angka.capaian", "galat", t.lokasi, "tertulis 99%", "(realisasi 82,83 terhadap target")


def test_jumlah_nrr_tertimbang_tertulis() -> None:
    # a report that writes "nilai rata-rata tertimbang 3,400 dikali 25" (LKj Bantur 2020)
    hasil = skm_dari_nilai({u: 3.4 for u in UNSUR_2017}, 120, skala_mutu=SKALA_2017)
    di_nrr = Lokasi("lkj.yaml", 9, "skm.tertulis.nrr_tertimbang")
    assert list(periksa_tertulis(hasil, {"nrr_tertimbang": Decimal("3.400")}, lambda _: di_nrr)) == []
    [t] = periksa_tertulis(hasil, {"nrr_tertimbang": Decimal("3.42")}, lambda _: di_nrr)
    cocok(t, "skm.ikm", "galat", di_nrr, "jumlah NRR tertimbang tertulis 3,42, hasil hitung survei 3,40")


def test_model_dan_unsur_sendiri_tidak_bersama(salinan_lkj: SalinanData) -> None:
    tanpa_berkas_survei(salinan_lkj, "  model: permenpanrb-14-2017\n  unsur: [Keamanan, Kenyamanan]\n"
                                     "  nilai: {Keamanan: 3, Kenyamanan: 3}\n")
    [t] = temuan(salinan_lkj)
    assert t.tingkat == "galat" and "model menyebut unsur peraturan, padahal unsur kuesioner sendiri sudah ditulis" \
        in t.pesan


def test_ikm_dengan_bobot_dibulatkan() -> None:
    # everyone answered 4: the IKM is exactly 100; with the printed bobot 0,11 a report gets 99,00
    hasil = skm_dari_nilai({u: 4 for u in UNSUR_2017}, 50, skala_mutu=SKALA_2017)
    di_ikm = Lokasi("lkj.yaml", 9, "skm.tertulis.ikm")
    [t] = periksa_tertulis(hasil, {"ikm": Decimal("99.00")}, lambda _: di_ikm)
    cocok(t, "skm.ikm", "galat", di_ikm, "IKM tertulis 99,00, hasil hitung survei 100,00; angka tertulis itu hasil "
          "hitung dengan bobot 0,11 yang dibulatkan, padahal bobotnya tepat 1/9")
    [t] = periksa_tertulis(hasil, {"ikm": Decimal("99.90")}, lambda _: di_ikm)
    assert "bobot 0,111 yang dibulatkan" in t.pesan
    [t] = periksa_tertulis(hasil, {"ikm": Decimal("97")}, lambda _: di_ikm)
    assert "dibulatkan" not in t.pesan
