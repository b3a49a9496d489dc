"""An unsur's answers when the raw answers were not kept: how many (or what share) answered 1, 2, 3, 4.

Reports print the distribution as percentages ("Tidak Baik 0%, Kurang Baik 10%, Baik 80%, Sangat
Baik 10%") beside the number of respondents, or as counts. The NRR is the mean answer:

* from counts: ``Σ nilai × jumlah / Σ jumlah`` — exactly what the raw answers give;
* from percentages with the number of respondents: each share is turned back into a count
  (10% of 10 respondents = 1). When every share gives a whole number of people (within the
  rounding of the percentages as written) and they add up to the respondents, the counts are used,
  so the NRR is exactly the one computed from the answers; otherwise ``Σ nilai × persen / Σ persen``
  with a warning that the shares do not match the respondents.

Problems are returned, not raised (:class:`MasalahSebaran`), so the caller can place each at its
line and report every unsur in one run:

* galat: percentages that do not add up to 100 beyond the rounding of the values written (four
  values each rounded to half a unit of their last decimal: ±2 for whole percentages); counts
  adding up to more than the respondents; an unsur nobody answered;
* peringatan: percentages that are not a whole number of the respondents, or whose counts do not
  add up to them; counts adding up to fewer than the respondents (the others did not answer it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from doctools import fmt


@dataclass(frozen=True)
class MasalahSebaran:
    tingkat: Literal["galat", "peringatan"]
    pesan: str


@dataclass(frozen=True)
class HasilSebaran:
    """The NRR of one unsur's distribution, and the counts behind it when known."""

    nrr: Fraction
    jumlah: tuple[int, ...] | None
    """Answers 1, 2, 3, 4: given, or recovered from the percentages; None when they cannot be."""
    persen: tuple[Decimal, ...]
    """The shares as given, or computed from the counts."""

    @property
    def menjawab(self) -> int | None:
        return sum(self.jumlah) if self.jumlah is not None else None


def _persen(x: Fraction) -> str:
    return f"{fmt.angka(Decimal(x.numerator) / Decimal(x.denominator), 2)}%"


def _orang(x: Fraction) -> str:
    if x.denominator == 1:
        return f"{x.numerator} orang"
    return f"{fmt.angka(Decimal(x.numerator) / Decimal(x.denominator), 2)} orang"


def _desimal(x: Decimal) -> int:
    eksponen = x.normalize().as_tuple().exponent
    return max(0, -eksponen) if isinstance(eksponen, int) else 0


def _nrr(bobot: Sequence[Fraction], nilai_min: int) -> Fraction:
    return sum((Fraction(nilai_min + i) * b for i, b in enumerate(bobot)), Fraction(0)) / sum(bobot)


def dari_jumlah(jumlah: Sequence[int], responden: int | None, nilai_min: int = 1
                ) -> tuple[HasilSebaran | None, list[MasalahSebaran]]:
    """The NRR from counts of answers ``nilai_min`` … ; checked against the respondents when known."""
    total = sum(jumlah)
    if total == 0:
        return None, [MasalahSebaran("galat", "tidak ada satu pun jawaban pada unsur ini; isi jumlah responden yang "
                                              "memilih setiap jawaban")]
    masalah: list[MasalahSebaran] = []
    if responden is not None and total > responden:
        return None, [MasalahSebaran("galat", f"jumlah jawaban unsur ini {total}, lebih banyak dari {responden} "
                                              "responden (jumlah_responden); periksa angkanya")]
    if responden is not None and total < responden:
        masalah.append(MasalahSebaran("peringatan", f"jumlah jawaban unsur ini {total}, sedangkan respondennya "
                                                    f"{responden}: {responden - total} responden tidak menjawab "
                                                    f"unsur ini, sehingga NRR-nya dibagi {total}"))
    persen = tuple(Decimal(100 * c) / Decimal(total) for c in jumlah)
    return HasilSebaran(_nrr([Fraction(c) for c in jumlah], nilai_min), tuple(jumlah), persen), masalah


def dari_persen(persen: Sequence[Decimal], responden: int | None, nilai_min: int = 1
                ) -> tuple[HasilSebaran | None, list[MasalahSebaran]]:
    """The NRR from percentages of answers ``nilai_min`` … (see the module docstring)."""
    p = [Fraction(x) for x in persen]
    total = sum(p, Fraction(0))
    if total == 0:
        return None, [MasalahSebaran("galat", "tidak ada satu pun jawaban pada unsur ini; isi persentase responden "
                                              "yang memilih setiap jawaban")]
    setengah = Fraction(1, 2 * 10 ** max(_desimal(x) for x in persen))  # half a unit of the finest value written
    if abs(total - 100) > setengah * len(p):
        return None, [MasalahSebaran("galat", f"persentase jawaban unsur ini berjumlah {_persen(total)}, bukan 100% "
                                              f"(selisihnya lebih dari pembulatan ±{_persen(setengah * len(p))}); "
                                              "periksa angkanya")]
    tuple_persen = tuple(persen)
    if responden is None:
        return HasilSebaran(_nrr(p, nilai_min), None, tuple_persen), []
    orang = [x * responden / 100 for x in p]
    bulat = [round(x) for x in orang]
    pecahan = [(x, o) for x, o, b in zip(persen, orang, bulat) if abs(o - b) > setengah * responden / 100]
    if pecahan:
        x, o = pecahan[0]
        pesan = (f"persentase {fmt.angka(x, _desimal(x))}% dari {responden} responden adalah {_orang(o)}, bukan "
                 "bilangan bulat; persentase ini tidak cocok dengan jumlah_responden (NRR dihitung dari persentasenya)")
        return HasilSebaran(_nrr(p, nilai_min), None, tuple_persen), [MasalahSebaran("peringatan", pesan)]
    if sum(bulat) != responden:
        pesan = (f"persentase jawaban unsur ini sama dengan {' + '.join(str(b) for b in bulat)} = {sum(bulat)} orang, "
                 f"bukan {responden} responden (jumlah_responden); NRR dihitung dari persentasenya")
        return HasilSebaran(_nrr(p, nilai_min), None, tuple_persen), [MasalahSebaran("peringatan", pesan)]
    return HasilSebaran(_nrr([Fraction(b) for b in bulat], nilai_min), tuple(bulat), tuple_persen), []


__all__ = ["HasilSebaran", "MasalahSebaran", "dari_jumlah", "dari_persen"]
