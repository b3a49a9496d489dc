"""skm.* findings of the answer sheet itself: empty answers and respondents met twice, at their cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from doctools.masukan.lembar import indeks_kolom, lokasi_sel
from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, temuan

LEMBAR = "Form Responses 1"


def _ubah(xlsx: Path, ubah) -> None:
    buku = openpyxl.load_workbook(xlsx)  # a copy of a form export: values only, nothing lost by saving
    ubah(buku[LEMBAR])
    buku.save(xlsx)


def _kolom(ws, potongan: str) -> str:
    [kolom] = [c.column_letter for c in ws[1] if potongan in (c.value or "")]
    return kolom


def test_jawaban_kosong_peringatan_di_selnya(salinan_lkj: SalinanData) -> None:
    xlsx = salinan_lkj.path("skm-2025.xlsx")
    kolom: list[str] = []

    def kosongkan(ws) -> None:
        kolom.append(_kolom(ws, "kualitas sarana"))
        ws[f"{kolom[0]}40"] = None

    _ubah(xlsx, kosongkan)
    [t] = temuan(salinan_lkj)
    cocok(t, "skm.jawaban-kosong", "peringatan", lokasi_sel(str(xlsx), LEMBAR, 40, indeks_kolom(kolom[0])),
          "jawaban unsur 'Sarana dan Prasarana' kosong; responden ini tidak dihitung pada NRR unsur itu")
    assert str(t.lokasi) == f"{xlsx}, lembar '{LEMBAR}', sel {kolom[0]}40"


def test_baris_ganda_peringatan(salinan_lkj: SalinanData) -> None:
    xlsx = salinan_lkj.path("skm-2025.xlsx")

    def gandakan(ws) -> None:
        ws.append([c.value for c in ws[30]])  # the same submission imported twice

    _ubah(xlsx, gandakan)
    [t] = temuan(salinan_lkj)
    cocok(t, "skm.responden-ganda", "peringatan", lokasi_sel(str(xlsx), LEMBAR, 102),
          "baris ini sama persis dengan baris 30 (semua sel); bila ini pengisian ganda, hapus salah satunya")
    assert str(t.lokasi) == f"{xlsx}, lembar '{LEMBAR}', baris 102"


def test_responden_ganda_menurut_kolom_penanda(salinan_lkj: SalinanData) -> None:
    xlsx = salinan_lkj.path("skm-2025.xlsx")

    def surel(ws) -> None:
        ws["Q1"] = "Alamat email"
        for r in range(2, 102):
            ws[f"Q{r}"] = f"warga{r}@contoh.id"
        ws["Q50"] = "WARGA7@contoh.id "  # case and spaces aside, the respondent of row 7

    _ubah(xlsx, surel)
    [t] = temuan(salinan_lkj)
    cocok(t, "skm.responden-ganda", "peringatan", lokasi_sel(str(xlsx), LEMBAR, 50, indeks_kolom("Q")),
          "responden 'WARGA7@contoh.id' sudah mengisi pada baris 7 (sel Q7)")
