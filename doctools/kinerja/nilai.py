"""A target or realisasi as the documents write it: a number, a label, or a label with its number.

Real reports put a mutu letter beside a figure: "B (80%)" as the target of an SKM indicator and
"B (70,89 %)" as its realisasi (LKj Mumbulsari 2020), "85 (B)", "B 100". :func:`urai_nilai` reads
the two parts, so a capaian is computed from the numbers when both sides have one, from the
labels (with the kecamatan's label values) when both have a label, and a value that has neither
in common with the other is refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from doctools import fmt
from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import Polaritas, RumusNegatif, hitung_capaian, hitung_capaian_kualitatif

Nilai = Decimal | str

_ANGKA = r"[0-9][0-9.,]*"
_LABEL_ANGKA = re.compile(rf"^(?P<label>[^\d()]*[^\d()\s])\s*\(\s*(?P<angka>{_ANGKA})\s*%?\s*\)$")
"""``B (80%)``, ``Sangat Baik (90)``."""
_ANGKA_LABEL = re.compile(rf"^(?P<angka>{_ANGKA})\s*%?\s*\(\s*(?P<label>[^\d()]*[^\d()\s])\s*\)$")
"""``85 (B)``, ``85% (B)``."""
_HURUF_ANGKA = re.compile(rf"^(?P<label>[A-Za-z]{{1,3}})\s+(?P<angka>{_ANGKA})\s*%?$")
"""``B 100``, ``B 91,51 %``: a short letter code, then the number."""


@dataclass(frozen=True)
class UraianNilai:
    """The parts of a target or realisasi: its label, its number (either may be None, not both)."""

    label: str | None
    angka: Decimal | None


def urai_nilai(nilai: Nilai) -> UraianNilai:
    """``Decimal(82)`` → (None, 82); ``"B"`` → ("B", None); ``"B (80%)"`` → ("B", 80)."""
    if isinstance(nilai, Decimal):
        return UraianNilai(None, nilai)
    teks = " ".join(nilai.split())
    for pola in (_LABEL_ANGKA, _ANGKA_LABEL, _HURUF_ANGKA):
        m = pola.match(teks)
        if m is None:
            continue
        try:
            angka = fmt.parse_angka(m["angka"])
        except ValueError:
            continue
        return UraianNilai(m["label"].strip(), angka)
    return UraianNilai(teks, None)


def angka_nilai(nilai: Nilai | None) -> Decimal | None:
    """The number of a value (a plain number, or the number beside a label), None when it has none."""
    return None if nilai is None else urai_nilai(nilai).angka


def sama_nilai(a: Nilai | None, b: Nilai | None) -> bool:
    """The same value: equal numbers, equal labels (case and spaces aside), and equal both when both have both."""
    if a is None or b is None:
        return a is None and b is None
    x, y = urai_nilai(a), urai_nilai(b)
    label_x = None if x.label is None else x.label.casefold()
    label_y = None if y.label is None else y.label.casefold()
    return (label_x, x.angka) == (label_y, y.angka)


class NilaiTakSejenis(DataError):
    """A target and a realisasi with neither a number nor a label in common."""


def capaian_nilai(target: Nilai, realisasi: Nilai, polaritas: Polaritas, rumus_negatif: RumusNegatif,
                  peta: Mapping[str, Decimal], *, lokasi: Lokasi | None = None) -> Decimal:
    """Capaian (%, unrounded) of a target and realisasi as written.

    From the numbers when both have one (:func:`~doctools.kinerja.capaian.hitung_capaian`, with the
    indicator's polarity), else from the labels' values ``peta`` when both have a label
    (:func:`~doctools.kinerja.capaian.hitung_capaian_kualitatif`); else :class:`NilaiTakSejenis`.
    """
    t, r = urai_nilai(target), urai_nilai(realisasi)
    if t.angka is not None and r.angka is not None:
        return hitung_capaian(t.angka, r.angka, polaritas, rumus_negatif, lokasi=lokasi)
    if t.label is not None and r.label is not None:
        return hitung_capaian_kualitatif(t.label, r.label, peta, lokasi=lokasi)
    raise NilaiTakSejenis(f"target '{target}' dan realisasi '{realisasi}' tidak sejenis: keduanya memuat angka, "
                          "atau keduanya label", lokasi)


__all__ = ["Nilai", "NilaiTakSejenis", "UraianNilai", "angka_nilai", "capaian_nilai", "sama_nilai", "urai_nilai"]
