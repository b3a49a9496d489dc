"""The mutu (A–D) and kinerja label of an IKM on a model's intervals."""

from __future__ import annotations

from decimal import Decimal

from doctools.errors import DataError
from doctools.kinerja.capaian import Angka, bulatkan, ke_decimal
from doctools.kinerja.skm.model import MODEL_2017, ModelSKM


def angka_id(nilai: Decimal, digit: int = 2) -> str:
    return f"{bulatkan(nilai, digit):.{digit}f}".replace(".", ",")


def mutu(ikm: Angka, model: ModelSKM = MODEL_2017) -> tuple[str, str]:
    """``(mutu, kinerja)`` of an IKM or a nilai konversi, e.g. ``("B", "Baik")``.

    Read on the value rounded to 2 decimals half-up, so 76,605 counts as 76,61 (B on the 2017
    model). A value outside 25,00–100,00 is an error.
    """
    nilai = bulatkan(ke_decimal(ikm, "nilai IKM"))
    bawah, atas = model.interval_mutu[0].batas_bawah, model.interval_mutu[-1].batas_atas
    if nilai < bawah or nilai > atas:
        raise DataError(
            f"nilai IKM {angka_id(nilai)} di luar rentang {angka_id(bawah)}–{angka_id(atas)}; "
            "periksa apakah nilai masih berupa NRR (1–4) dan belum dikali 25"
        )
    pilihan = model.interval_mutu[0]
    for interval in model.interval_mutu:
        if nilai >= interval.batas_bawah:
            pilihan = interval
    return pilihan.mutu, pilihan.kinerja
