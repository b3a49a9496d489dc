"""Capaian kinerja: realisasi measured against target, as a percentage.

Conventions (formats.md §2.6; Keputusan Kepala LAN 239/IX/6/8/2003, Pedoman Penyusunan
Pelaporan AKIP):

The formula is the kecamatan's policy, chosen once from its settings (:mod:`doctools.tahun.kebijakan`)
and passed to every call: nothing here assumes one.

* ``polaritas="positif"`` (higher is better): ``capaian = R / T × 100``.
* ``polaritas="negatif"`` (lower is better), two formulas, chosen per call:

  - ``rumus_negatif="selisih"``: ``capaian = (T − (R − T)) / T × 100 = (2T − R) / T × 100``.
    This is the formula the Mumbulsari LKj prints and the LAN 2003 convention. It goes below
    zero once R > 2T; a negative capaian has no meaning, so the result is **floored at 0**
    (as e-sakip-bna does): a realisasi twice the target or worse scores 0.
  - ``rumus_negatif="rasio"``: ``capaian = T / R × 100``, used by some kabupaten.

* Results are percentages as unrounded :class:`~decimal.Decimal` values. Round only for
  display, with :func:`bulatkan` (half-up), never in intermediate sums.
* A target of 0 cannot be a divisor: every formula above divides by T, except ``rasio`` which
  divides by R — and a zero target makes ``T/R`` 0 for every realisasi, so it is refused too.
  Such an indicator ("0 kasus") needs a different formulation (e.g. count the cases prevented,
  or state capaian directly).
* A negative target is refused as well: the ratio formulas invert their meaning with a
  negative divisor. A negative realisasi is accepted (e.g. a growth rate below zero).
* Numbers may be ``int``, ``float`` or ``Decimal``; a float is read through ``str`` so that
  ``0.1`` becomes ``Decimal("0.1")``, not its binary expansion. ``bool``, strings, NaN and
  infinities are refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from doctools import fmt
from doctools.errors import DataError, Lokasi

Polaritas = Literal["positif", "negatif"]
RumusNegatif = Literal["selisih", "rasio"]
Angka = Decimal | int | float

_SERATUS = Decimal(100)
_NOL = Decimal(0)


def ke_decimal(nilai: object, nama: str = "nilai", lokasi: Lokasi | None = None) -> Decimal:
    """Convert an int, float or Decimal to a finite Decimal; anything else is a DataError.

    ``nama`` names the value in the message ("target", "realisasi", ...).
    """
    if nilai is None:
        raise DataError(f"{nama} belum diisi; isi dengan angka", lokasi)
    if isinstance(nilai, bool):
        raise DataError(f"{nama} harus berupa angka, bukan nilai benar/salah ({nilai})", lokasi)
    try:
        return fmt.ke_decimal(nilai)  # type: ignore[arg-type]
    except TypeError:
        raise DataError(f"{nama} harus berupa angka, bukan '{nilai}'", lokasi) from None
    except ValueError:
        raise DataError(f"{nama} harus berupa angka terhingga, bukan '{nilai}'", lokasi) from None


def bulatkan(nilai: Decimal, digit: int = 2) -> Decimal:
    """Round half-up to ``digit`` decimals (for display, and for the value a predikat reads)."""
    try:
        return nilai.quantize(Decimal(1).scaleb(-digit), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # pragma: no cover - only for absurdly large values
        raise DataError(f"angka {nilai} terlalu besar untuk dibulatkan") from None


def _cek_polaritas(polaritas: object, rumus_negatif: object, lokasi: Lokasi | None) -> None:
    if polaritas not in ("positif", "negatif"):
        raise DataError(
            f"polaritas '{polaritas}' tidak dikenal; pilih 'positif' (makin tinggi makin baik) "
            "atau 'negatif' (makin rendah makin baik)",
            lokasi,
        )
    if rumus_negatif not in ("selisih", "rasio"):
        raise DataError(
            f"rumus polaritas negatif '{rumus_negatif}' tidak dikenal; pilih 'selisih' "
            "((2T − R)/T × 100) atau 'rasio' (T/R × 100)",
            lokasi,
        )


def _hitung(
    target: object,
    realisasi: object,
    polaritas: Polaritas,
    rumus_negatif: RumusNegatif,
    lokasi: Lokasi | None,
    nama_target: str,
) -> Decimal:
    _cek_polaritas(polaritas, rumus_negatif, lokasi)
    t = ke_decimal(target, nama_target, lokasi)
    r = ke_decimal(realisasi, "realisasi", lokasi)
    if t == 0:
        if polaritas == "positif":
            raise DataError(
                f"{nama_target} 0 tidak dapat dipakai sebagai pembagi; rumuskan indikator dengan "
                "target bukan nol atau isi capaian secara langsung",
                lokasi,
            )
        raise DataError(
            f"capaian indikator berpolaritas negatif dengan {nama_target} 0 tidak terdefinisi "
            "(rumus selisih membagi dengan target, rumus rasio selalu menghasilkan 0); rumuskan "
            "indikator secara positif (mis. persentase kejadian yang dicegah) atau isi capaian "
            "secara langsung",
            lokasi,
        )
    if t < 0:
        raise DataError(
            f"{nama_target} negatif ({t}) tidak dapat dipakai dalam rumus capaian; rumuskan "
            "indikator dengan target positif",
            lokasi,
        )
    if polaritas == "positif":
        return r * _SERATUS / t
    if rumus_negatif == "selisih":
        hasil = (2 * t - r) * _SERATUS / t
        return max(hasil, _NOL)
    if r == 0:
        raise DataError(
            "realisasi 0 tidak dapat dipakai sebagai pembagi pada rumus rasio (T/R × 100); "
            "gunakan rumus 'selisih' untuk indikator ini",
            lokasi,
        )
    if r < 0:
        raise DataError(
            f"realisasi negatif ({r}) tidak dapat dipakai pada rumus rasio (T/R × 100); "
            "gunakan rumus 'selisih' untuk indikator ini",
            lokasi,
        )
    return t * _SERATUS / r


def hitung_capaian(
    target: Angka | None,
    realisasi: Angka | None,
    polaritas: Polaritas,
    rumus_negatif: RumusNegatif,
    *,
    lokasi: Lokasi | None = None,
) -> Decimal:
    """Capaian (percent, unrounded) of ``realisasi`` against ``target``.

    See the module docstring for the formulas, the floor at 0 of ``selisih`` and the
    refused inputs (None, a zero or negative target, R = 0 with ``rasio``).
    """
    return _hitung(target, realisasi, polaritas, rumus_negatif, lokasi, "target")


def tingkat_kemajuan(
    realisasi: Angka | None,
    target_akhir: Angka | None,
    polaritas: Polaritas,
    rumus_negatif: RumusNegatif,
    *,
    lokasi: Lokasi | None = None,
) -> Decimal:
    """Progress of realisasi of year n towards the end-of-Renstra target, in percent.

    ``realisasi / target_akhir × 100`` for a positive indicator; for a negative one the same
    formulas and rules as :func:`hitung_capaian`, with the end target in place of the target.
    """
    return _hitung(target_akhir, realisasi, polaritas, rumus_negatif, lokasi, "target akhir Renstra")


def _kunci_label(label: object) -> str:
    return " ".join(str(label).split()).casefold()


def hitung_capaian_kualitatif(
    target: str,
    realisasi: str,
    peta: Mapping[str, Angka],
    *,
    lokasi: Lokasi | None = None,
) -> Decimal:
    """Capaian of a qualitative indicator: ``nilai(realisasi) / nilai(target) × 100``.

    ``peta`` gives each label its number, e.g. ``{"A": 4, "B": 3, "C": 2, "D": 1}`` for an SKM
    mutu or ``{"WTP": 4, "WDP": 3, "TW": 2, "TMP": 1}`` for an audit opinion. Labels are matched
    ignoring case and surrounding or repeated spaces. The label of the target must map to a
    positive number.
    """
    if not peta:
        raise DataError("peta nilai label kualitatif kosong; beri nilai untuk setiap label", lokasi)
    nilai_label: dict[str, Decimal] = {}
    for label, nilai in peta.items():
        nilai_label[_kunci_label(label)] = ke_decimal(nilai, f"nilai label '{label}'", lokasi)
    dikenal = ", ".join(f"'{label}'" for label in peta)

    def nilai_dari(label: object, peran: str) -> Decimal:
        if label is None or str(label).strip() == "":
            raise DataError(f"{peran} kualitatif belum diisi; label yang dikenal: {dikenal}", lokasi)
        kunci = _kunci_label(label)
        if kunci not in nilai_label:
            raise DataError(f"label {peran} '{label}' tidak dikenal; label yang dikenal: {dikenal}", lokasi)
        return nilai_label[kunci]

    t = nilai_dari(target, "target")
    r = nilai_dari(realisasi, "realisasi")
    if t <= 0:
        raise DataError(
            f"label target '{target}' bernilai {t}; nilai target harus lebih dari 0 agar dapat "
            "menjadi pembagi",
            lokasi,
        )
    return r * _SERATUS / t


__all__ = [
    "Angka",
    "Polaritas",
    "RumusNegatif",
    "bulatkan",
    "hitung_capaian",
    "hitung_capaian_kualitatif",
    "ke_decimal",
    "tingkat_kemajuan",
]
