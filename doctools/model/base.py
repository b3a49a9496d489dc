"""The common base of every data model, and the value types users write most.

Models speak the users' Bahasa Indonesia field names. Unknown fields are refused with a suggestion
of the closest known field, because a typo such as ``sasara:`` must never be silently ignored.
"""

from __future__ import annotations

import difflib
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    model_validator,
)

from doctools import fmt


class Model(BaseModel):
    """Base for data models: strict about unknown fields, whitespace-trimmed strings."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True,
                              arbitrary_types_allowed=True)

    @model_validator(mode="before")
    @classmethod
    def _tolak_kolom_asing(cls, data: Any) -> Any:
        if isinstance(data, dict):
            dikenal = set(cls.model_fields) | {f.alias for f in cls.model_fields.values() if f.alias}
            for kunci in data:
                if kunci not in dikenal:
                    saran = difflib.get_close_matches(str(kunci), sorted(dikenal), n=1, cutoff=0.6)
                    petunjuk = f"; maksudnya '{saran[0]}'?" if saran else f"; kolom yang dikenal: {', '.join(sorted(dikenal))}"
                    raise ValueError(f"kolom '{kunci}' tidak dikenal{petunjuk}")
        return data


def _teks_wajib(nilai: Any) -> Any:
    if isinstance(nilai, str) and not nilai.strip():
        raise ValueError("tidak boleh kosong")
    return nilai


def _bukan_bool_atau_daftar(nilai: Any) -> Any:
    if isinstance(nilai, (bool, list, dict)):
        raise ValueError("harus berupa teks")
    if isinstance(nilai, (int, Decimal)):
        return str(nilai)
    return nilai


Teks = Annotated[str, BeforeValidator(_bukan_bool_atau_daftar), AfterValidator(_teks_wajib)]
"""A non-empty line of text; a number typed where text belongs is accepted as its digits."""


def _butir_berisi(nilai: str) -> str:
    try:
        fmt.rincian([nilai], None, "")
    except ValueError:
        raise ValueError("butir ini hanya berisi tanda baca; isi butirnya atau hapus dari daftar") from None
    return nilai


Butir = Annotated[Teks, AfterValidator(_butir_berisi)]
"""An item of a legal list (a., b., 1., …): text that is more than the punctuation added to it."""


def _nip(nilai: Any) -> fmt.NIP:
    if isinstance(nilai, fmt.NIP):
        return nilai
    if not isinstance(nilai, (str, int)) or isinstance(nilai, bool):
        raise ValueError("NIP harus berupa 18 angka, misalnya \"19671229 199303 1 008\"")
    return fmt.parse_nip(nilai)


NIP = Annotated[fmt.NIP, BeforeValidator(_nip), PlainSerializer(lambda n: n.angka)]
"""An 18-digit NIP (PNS or PPPK), validated and kept parsed."""


def _pangkat(nilai: Any) -> fmt.Pangkat:
    if isinstance(nilai, fmt.Pangkat):
        return nilai
    if not isinstance(nilai, str):
        raise ValueError("pangkat/golongan harus berupa teks, misalnya \"Penata Tk. I\" atau \"III/d\"")
    return fmt.cari_pangkat(nilai)


Pangkat = Annotated[fmt.Pangkat, BeforeValidator(_pangkat), PlainSerializer(lambda p: p.golongan)]
"""A pangkat/golongan in any common spelling, kept as the canonical pair."""


def _uang(nilai: Any) -> Decimal:
    if isinstance(nilai, bool) or not isinstance(nilai, (int, Decimal, float)):
        if isinstance(nilai, str):
            raise ValueError(
                f"harus berupa angka tanpa titik ribuan dan tanpa 'Rp' (misalnya 1250000), yang tertulis '{nilai}'")
        raise ValueError("harus berupa angka")
    angka = Decimal(str(nilai)) if isinstance(nilai, float) else Decimal(nilai)
    if angka < 0:
        raise ValueError(f"tidak boleh negatif (tertulis {nilai})")
    if angka.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError(
            f"nilai rupiah {nilai} punya lebih dari 2 angka desimal; tampaknya titik dipakai sebagai pemisah "
            "ribuan — tulis tanpa titik, misalnya 1250000")
    return angka


Uang = Annotated[Decimal, BeforeValidator(_uang)]
"""A non-negative rupiah amount typed as a plain number."""


def _angka(nilai: Any) -> Decimal:
    if isinstance(nilai, bool) or not isinstance(nilai, (int, Decimal, float)):
        raise ValueError(f"harus berupa angka (misalnya 85 atau 85.5), yang tertulis '{nilai}'")
    return Decimal(str(nilai)) if isinstance(nilai, float) else Decimal(nilai)


Angka = Annotated[Decimal, BeforeValidator(_angka)]
"""Any number (target, realisasi); a string is refused with an example of the expected form."""
