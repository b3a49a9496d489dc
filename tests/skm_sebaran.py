"""The survey of a real LKj in the format (``tests/data/skm-14-unsur.yaml``), spliced into a copy of the example.

Its figures as the LKj printed them, and as its distributions give them (an oracle apart from
doctools: each NRR is Σ nilai × persen / 100, by hand).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.conftest import SalinanData

DATA = Path(__file__).resolve().parent / "data" / "skm-14-unsur.yaml"
KOTA = Path(__file__).resolve().parent.parent / "data" / "junrejo" / "lkj.yaml"
"""The kota example's LKj: a questionnaire of 10 own unsur, 120 respondents, percentages to two decimals."""
JUMLAH_KOTA = ((0, 9, 61, 50), (2, 12, 59, 47), (3, 15, 57, 45), (0, 3, 38, 79), (1, 10, 59, 50), (0, 8, 57, 55),
               (0, 6, 54, 60), (6, 21, 55, 38), (4, 18, 57, 41), (5, 20, 56, 39))
"""The respondents behind each unsur's percentages (answers 1–4), as the survey counted them."""

UNSUR = ("Persyaratan", "Kemudahan Prosedur", "Kecepatan Pelayanan", "Biaya lain (pungutan)",
         "Kesesuaian antara hasil pelayanan dengan ketentuan yang ada", "Kemampuan memberikan pelayanan",
         "Kesopanan petugas", "Kesesuaian pelaksanaan pelayanan dengan standart pelayanan",
         "Penanganan pengaduan dan saran", "Kejelasan alur pembagian petugas pelayanan", "Waktu pelaksanaan pelayanan",
         "Kenyamanan", "Kecepatan dan ketepatan waktu", "Keamanan")
PERSEN = {3: (0, 0, 100, 0), 4: (0, 40, 20, 40), 5: (0, 10, 80, 10), 6: (0, 10, 90, 0), 7: (0, 10, 70, 20),
          8: (10, 30, 50, 10), 9: (0, 90, 10, 0), 10: (40, 10, 40, 10), 11: (10, 0, 90, 0), 12: (0, 30, 60, 10),
          13: (10, 10, 80, 0), 14: (0, 0, 10, 90)}
"""The distribution of each unsur that has one (1-based), answers 1–4."""
NILAI_TANPA_SEBARAN = {1: Decimal(75), 2: Decimal(70)}
"""The nilai konversi of the two unsur the report gives without a distribution."""


def nilai_konversi() -> list[Decimal]:
    """Each unsur's NRR × 25, from its distribution (or its printed value)."""
    hasil = []
    for n in range(1, 15):
        if n in PERSEN:
            nrr = sum(Decimal(v * p) for v, p in zip((1, 2, 3, 4), PERSEN[n])) / 100
            hasil.append(nrr * 25)
        else:
            hasil.append(NILAI_TANPA_SEBARAN[n])
    return hasil


IKM = sum(nilai_konversi()) / 14
"""997,5 / 14 = 71,25: the report printed 70,89 (its 70 for Kecepatan Pelayanan, whose distribution gives 75)."""


def teks_data(path: Path = DATA) -> str:
    """A survey file of tests/data without its comments."""
    return "\n".join(b for b in path.read_text(encoding="utf-8").splitlines() if not b.startswith("#")) + "\n"


def skm_kota() -> str:
    """The skm: section of the kota example's lkj.yaml (up to the next top-level key)."""
    baris = KOTA.read_text(encoding="utf-8").splitlines()
    awal = baris.index(next(b for b in baris if b.startswith("skm:")))
    akhir = next((i for i in range(awal + 1, len(baris)) if baris[i][:1].isalpha()), len(baris))
    return "\n".join(baris[awal:akhir]).rstrip() + "\n"


def pasang(salinan: SalinanData, teks: str | None = None) -> None:
    """Replace the skm: section of the copy's lkj.yaml by ``teks`` (default: the real report's survey)."""
    if teks is None:
        teks = teks_data()
    lkj = salinan.baca("lkj.yaml")
    awal, akhir = lkj.index("\nskm:") + 1, lkj.index("\npembanding:") + 1
    salinan.tulis("lkj.yaml", lkj[:awal] + teks + "\n" + lkj[akhir:])
