"""The common base of every data model, and the value types users write most.

Models speak the users' Bahasa Indonesia field names. Unknown fields are refused with a suggestion
of the closest known field, because a typo such as ``sasara:`` must never be silently ignored.
"""

from __future__ import annotations

import datetime as dt
import difflib
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

from doctools import fmt
from doctools.errors import DataError
from doctools.fmt.baca import angka_polos
from doctools.kinerja.skm.skala import pilih_skala_skm

_DIKENAL: dict[type, frozenset[str]] = {}
"""A model class → the field names and aliases it accepts (asked of every object loaded)."""


class Model(BaseModel):
    """Base for data models: strict about unknown fields, whitespace-trimmed strings."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True,
                              arbitrary_types_allowed=True)

    @model_validator(mode="before")
    @classmethod
    def _tolak_kolom_asing(cls, data: Any) -> Any:
        if isinstance(data, dict):
            dikenal = _DIKENAL.get(cls)
            if dikenal is None:
                dikenal = _DIKENAL[cls] = frozenset(cls.model_fields) | {
                    f.alias for f in cls.model_fields.values() if f.alias}
            if data.keys() <= dikenal:
                return data
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
    if isinstance(nilai, dict) and len(nilai) == 1:
        [(kunci, isi)] = nilai.items()
        if not isinstance(isi, (dict, list)):
            # "- bahwa sesuai Perbup: perlu ditetapkan" is read by YAML as {kunci: isi}
            utuh = f"{kunci}: {fmt.tampil(isi) if isi is not None else ''}".strip().replace('"', "'")
            raise ValueError(f"harus berupa teks; teks yang berisi ': ' harus diberi tanda kutip, "
                             f"misalnya \"{utuh}\"")
    if isinstance(nilai, list):
        raise ValueError("harus berupa teks, bukan daftar; tulis teksnya pada satu baris atau gabungkan butirnya")
    if isinstance(nilai, bool):
        raise ValueError(f"harus berupa teks; bila maksudnya teks '{fmt.tampil(nilai)}', beri tanda kutip")
    if isinstance(nilai, dict):
        raise ValueError("harus berupa teks, bukan kumpulan kolom (nama: nilai)")
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


def _skala_skm_dikenal(nilai: str | dict[str, Any]) -> str | dict[str, Any]:
    """A chosen SKM scale is checked where it is written (lkj.yaml or the settings)."""
    try:
        pilih_skala_skm(nilai)
    except DataError as exc:
        raise ValueError(exc.pesan) from None
    return nilai


SkalaSKM = Annotated[Teks | dict[str, Any], AfterValidator(_skala_skm_dikenal)]
"""An SKM scale: a code of data/katalog/skala-skm.yaml or a scale of one's own."""
"""An item of a legal list (a., b., 1., …): text that is more than the punctuation added to it."""


def jadi_daftar(nilai: Any) -> Any:
    """A single value where a list is expected is a one-item list (one source, one unit in charge)."""
    return [nilai] if isinstance(nilai, (str, int, Decimal)) and not isinstance(nilai, bool) else nilai


DaftarTeks = Annotated[list[Teks], BeforeValidator(jadi_daftar)]
"""A list of text lines; a single line may be written without the list (``sumber_data: BPS``)."""

DaftarButir = Annotated[list[Butir], BeforeValidator(jadi_daftar)]
"""A legal list (menimbang, tugas, tembusan, …); a single item may be written without the list."""


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


def _tanggal_tulis(nilai: Any) -> fmt.TanggalTulis:
    if isinstance(nilai, fmt.TanggalTulis):
        return nilai
    if isinstance(nilai, bool) or not isinstance(nilai, (str, dt.date)):
        raise ValueError(f"harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2025-01-06), atau TTTT-BB bila "
                         f"harinya ditulis tangan (2025-01); yang tertulis '{fmt.tampil(nilai)}'")
    return fmt.parse_tanggal_tulis(nilai)


TanggalTtd = Annotated[fmt.TanggalTulis, BeforeValidator(_tanggal_tulis),
                       PlainSerializer(lambda t: t.isoformat())]
"""A signing date: ``2025-01-06``, or ``2025-01`` when the day is left to be written by hand."""


def _angka(nilai: Any) -> Decimal:
    return fmt.baca_angka(nilai)


Angka = Annotated[Decimal, BeforeValidator(_angka)]
"""Any number (target, realisasi, a score, a margin): see :func:`doctools.fmt.baca_angka`.

``1.250`` (thousands or a decimal?) is refused with both ways to write it; ``"85 %"`` is 85;
a number must lie below 10^15 and have at most 6 decimals.
"""


def _uang(nilai: Any) -> Decimal:
    angka = fmt.baca_angka(nilai, desimal_maks=2)
    if angka < 0:
        raise ValueError(f"tidak boleh negatif (tertulis {fmt.tampil(nilai)})")
    return angka


Uang = Annotated[Decimal, BeforeValidator(_uang)]
"""A non-negative rupiah amount (at most 2 decimals, for sen)."""


def _bulat(nilai: Any) -> int:
    if type(nilai) is int and -_BATAS_BULAT < nilai < _BATAS_BULAT:  # a year, a count: already what it must be
        return nilai
    if type(nilai) is str and angka_polos(nilai):  # a year written as a key: "2025"
        return int(nilai)
    bukan_angka = isinstance(nilai, bool) or not isinstance(nilai, (int, Decimal, float, str))
    if nilai is not None and (bukan_angka or isinstance(nilai, str) and not fmt.tampak_angka(nilai)):
        raise ValueError(f"harus berupa bilangan bulat, yang tertulis '{fmt.tampil(nilai)}'")
    angka = fmt.baca_angka(nilai)
    if angka != angka.to_integral_value():
        raise ValueError(f"harus berupa bilangan bulat, yang tertulis '{fmt.tampil(nilai)}'")
    return int(angka)


_BATAS_BULAT = int(fmt.BATAS_ANGKA)

Bulat = Annotated[int, BeforeValidator(_bulat)]
"""A whole number (a year, a count); checked like :data:`Angka`, then refused if it has a fraction."""

Jumlah = Annotated[Bulat, Field(ge=0)]
"""A head count or an item count: a whole number, zero or more."""

Tahun = Annotated[Bulat, Field(ge=2000, le=2100)]
"""A year of the data (a Renstra period, a report, a decree)."""


def _angka_atau_label(nilai: Any) -> Any:
    """A number (also when typed as text, ``"85%"``) becomes a Decimal; other text stays a label."""
    if isinstance(nilai, bool):
        raise ValueError(f"harus berupa angka atau label (mis. B); bila maksudnya teks '{fmt.tampil(nilai)}', "
                         "beri tanda kutip")
    if isinstance(nilai, (list, dict)):
        raise ValueError(f"harus berupa satu angka atau satu label (mis. 85 atau B), yang tertulis "
                         f"'{fmt.tampil(nilai)}'")
    if isinstance(nilai, (int, Decimal, float)):
        return fmt.baca_angka(nilai)
    if isinstance(nilai, str) and fmt.tampak_angka(nilai):
        return fmt.baca_angka(nilai)
    return nilai


AngkaAtauLabel = Annotated[Angka | Teks, Field(union_mode="left_to_right"), BeforeValidator(_angka_atau_label)]
"""A target or realisasi: a number, or a qualitative label such as ``B`` or ``Baik``."""
