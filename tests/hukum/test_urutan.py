"""doctools.hukum.urutan: the order of a Mengingat list (hierarchy, then date, year and number)."""

from __future__ import annotations

from datetime import date

from doctools.hukum import Katalog, Peraturan, bandingkan_urutan, urutkan_peraturan
from doctools.hukum.urutan import angka_nomor


def _permen(kunci: str, nomor: str, tanggal: date | None, lembaga: str) -> Peraturan:
    return Peraturan(
        kunci=kunci,
        jenis="permen",
        lembaga=lembaga,
        nomor=nomor,
        tahun=2020,
        tentang="Contoh",
        tanggal_pengundangan=tanggal,
    )


def test_setingkat_menurut_tanggal_bila_diketahui_lalu_nomor() -> None:
    a = _permen("permena-30-2020", "30", date(2020, 1, 10), "Menteri A")
    b = _permen("permenb-5-2020", "5", date(2020, 6, 1), "Menteri B")
    assert urutkan_peraturan([b, a]) == [a, b]  # dates known: January before June
    a2 = _permen("permena-30-2020", "30", None, "Menteri A")
    b2 = _permen("permenb-5-2020", "5", None, "Menteri B")
    assert urutkan_peraturan([a2, b2]) == [b2, a2]  # no dates: number 5 before 30
    assert bandingkan_urutan(a2, a2) == 0


def test_hierarki_sebelum_tahun(bawaan: Katalog) -> None:
    uu, perpres, permen = (bawaan.ambil(k) for k in ("uu-23-2014", "perpres-29-2014", "permenpanrb-53-2014"))
    assert urutkan_peraturan([permen, perpres, uu]) == [uu, perpres, permen]
    assert bandingkan_urutan(permen, uu) == 1 and bandingkan_urutan(uu, permen) == -1


def test_angka_nomor() -> None:
    assert angka_nomor(_permen("a", "PER/09/M.PAN/5/2007", None, "X")) == 9
    assert angka_nomor(_permen("b", "tanpa angka", None, "X")) == 0
