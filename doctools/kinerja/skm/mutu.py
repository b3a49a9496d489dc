"""The mutu (A–D) and kinerja label of an IKM on a scale's intervals."""

from __future__ import annotations

from decimal import Decimal

from doctools.errors import DataError
from doctools.kinerja.capaian import Angka, bulatkan, ke_decimal
from doctools.kinerja.skm.skala import SkalaMutu


def angka_id(nilai: Decimal, digit: int = 2) -> str:
    return f"{bulatkan(nilai, digit):.{digit}f}".replace(".", ",")


def mutu(ikm: Angka, skala: SkalaMutu) -> tuple[str, str]:
    """``(mutu, kinerja)`` of an IKM or a nilai konversi on ``skala``, e.g. ``("B", "Baik")``.

    Read on the value rounded to 2 decimals half-up, so 76,605 counts as 76,61 (B on the 2017
    scale). A value outside the scale (25,00–100,00) is an error. The scale is always given: it is
    the kecamatan's policy (:func:`doctools.tahun.pilih_kebijakan`), never a default of this function.
    """
    nilai = bulatkan(ke_decimal(ikm, "nilai IKM"))
    bawah, atas = skala.interval[0].batas_bawah, skala.interval[-1].batas_atas
    if nilai < bawah or nilai > atas:
        raise DataError(
            f"nilai IKM {angka_id(nilai)} di luar rentang {angka_id(bawah)}–{angka_id(atas)}; "
            "periksa apakah nilai masih berupa NRR (1–4) dan belum dikali 25"
        )
    pilihan = skala.interval[0]
    for interval in skala.interval:
        if nilai >= interval.batas_bawah:
            pilihan = interval
    return pilihan.mutu, pilihan.kinerja
