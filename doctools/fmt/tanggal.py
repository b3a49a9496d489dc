"""Indonesian dates without any locale: "4 April 2023", "Selasa, 4 April 2023".

Own tables instead of ``locale``/Babel so output never depends on the machine, and no zero
padding of the day (Babel's ``full`` format writes "04 April").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

NAMA_BULAN: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
"""Month names; ``NAMA_BULAN[d.month - 1]``."""

NAMA_HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Day names indexed by :meth:`date.weekday` (Monday = 0)."""

# Month spellings seen in practice, lower case: full names, old spellings (Pebruari, Nopember,
# still common in government letters), and the usual abbreviations.
_BULAN_ALIAS: dict[str, int] = {nama.lower(): i for i, nama in enumerate(NAMA_BULAN, start=1)}
_BULAN_ALIAS.update({
    "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
    "nop": 11, "nopember": 11, "des": 12,
})
_HARI_ALIAS: dict[str, int] = {nama.lower(): i for i, nama in enumerate(NAMA_HARI)}
_HARI_ALIAS["jum'at"] = 4

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_KATA = re.compile(r"^(?:([A-Za-z']+),?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")


def tanggal(d: date) -> str:
    """``4 April 2023``: day without zero padding, month in words."""
    return f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"


def bulan_tahun(d: date) -> str:
    """``Januari 2021``, e.g. for the period line of a report."""
    return f"{NAMA_BULAN[d.month - 1]} {d.year}"


def hari(d: date) -> str:
    """``Selasa``."""
    return NAMA_HARI[d.weekday()]


def hari_tanggal(d: date) -> str:
    """``Selasa, 4 April 2023``."""
    return f"{hari(d)}, {tanggal(d)}"


def _buat(tahun: int, bulan: int, hari_ke: int, teks: str) -> date:
    """Build a date, explaining in words why an impossible one does not exist."""
    if not 1 <= bulan <= 12:
        raise ValueError(f"tanggal '{teks}' tidak ada: bulan harus 1 sampai 12, yang tertulis {bulan}")
    if not 1 <= tahun <= 9999:
        raise ValueError(f"tanggal '{teks}' tidak ada: tahun {tahun} di luar jangkauan")
    akhir = calendar.monthrange(tahun, bulan)[1]
    if not 1 <= hari_ke <= akhir:
        raise ValueError(
            f"tanggal {hari_ke} {NAMA_BULAN[bulan - 1]} {tahun} tidak ada: "
            f"{NAMA_BULAN[bulan - 1]} {tahun} hanya sampai tanggal {akhir}"
        )
    return date(tahun, bulan, hari_ke)


def parse_tanggal(teks: str | date) -> date:
    """Read a date as users write it.

    Accepted: ISO ``2023-04-04``; day-month-year ``04-04-2023``, ``4/4/2023``, ``4.4.2023``;
    words ``4 April 2023`` (any case, old spellings and abbreviations such as "Nopember", "Agt",
    "Des."), optionally led by a day name that must then match (``Selasa, 4 April 2023``).
    A :class:`date` (YAML already parses ISO dates) is returned as it is.
    """
    if isinstance(teks, datetime):
        return teks.date()
    if isinstance(teks, date):
        return teks
    if not isinstance(teks, str):
        raise TypeError(f"parse_tanggal membutuhkan teks, yang diberikan {type(teks).__name__}")
    s = " ".join(teks.split())
    if m := _ISO.match(s):
        return _buat(int(m[1]), int(m[2]), int(m[3]), teks)
    if m := _DMY.match(s):
        return _buat(int(m[3]), int(m[2]), int(m[1]), teks)
    if m := _KATA.match(s):
        nama_bulan = m[3].lower()
        if nama_bulan not in _BULAN_ALIAS:
            raise ValueError(
                f"nama bulan '{m[3]}' pada tanggal '{teks}' tidak dikenal; tulis Januari sampai Desember"
            )
        hasil = _buat(int(m[4]), _BULAN_ALIAS[nama_bulan], int(m[2]), teks)
        if m[1] is not None:
            nama_hari = m[1].lower()
            if nama_hari not in _HARI_ALIAS:
                raise ValueError(f"nama hari '{m[1]}' pada tanggal '{teks}' tidak dikenal; tulis Senin sampai Minggu")
            if _HARI_ALIAS[nama_hari] != hasil.weekday():
                raise ValueError(
                    f"tanggal '{teks}' tidak cocok: {tanggal(hasil)} jatuh pada hari {hari(hasil)}, bukan {m[1]}"
                )
        return hasil
    raise ValueError(
        f"tanggal '{teks}' tidak bisa dibaca; tulis seperti 2023-04-04, 4 April 2023, atau 04-04-2023"
    )


RUANG_HARI = "\u00a0" * 8
"""Room before the month for the day, written by hand when the document is signed."""

RUANG_TANGGAL = "\u00a0" * 28
"""Room for a whole date written by hand (the data left it out)."""

_BULAN_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_BULAN_KATA = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")


@dataclass(frozen=True, order=True)
class TanggalTulis:
    """A signing date as the data gives it: a day, or only the month when the day is left to the hand.

    A document printed before it is signed often leaves the day blank ("Januari 2017"); the
    document keeps room for it (:func:`tanggal_tulis`) and comparisons use the first or the last
    day the date may be (:attr:`awal`, :attr:`akhir`).
    """

    tahun: int
    bulan: int
    hari: int | None = None

    def __post_init__(self) -> None:
        _buat(self.tahun, self.bulan, self.hari or 1, self.isoformat())

    @classmethod
    def dari(cls, d: date) -> TanggalTulis:
        return cls(d.year, d.month, d.day)

    @property
    def lengkap(self) -> date | None:
        """The date, when the day is known."""
        return None if self.hari is None else date(self.tahun, self.bulan, self.hari)

    @property
    def awal(self) -> date:
        """The earliest day this date may be."""
        return date(self.tahun, self.bulan, self.hari or 1)

    @property
    def akhir(self) -> date:
        """The latest day this date may be."""
        return date(self.tahun, self.bulan, self.hari or calendar.monthrange(self.tahun, self.bulan)[1])

    def isoformat(self) -> str:
        """``2025-01-06``, or ``2025-01`` without a day (as the data writes it)."""
        bulan = f"{self.tahun:04d}-{self.bulan:02d}"
        return bulan if self.hari is None else f"{bulan}-{self.hari:02d}"

    def __str__(self) -> str:
        """``6 Januari 2025`` or ``Januari 2025``: for messages (documents use :func:`tanggal_tulis`)."""
        bulan = bulan_tahun(self.awal)
        return bulan if self.hari is None else f"{self.hari} {bulan}"


def tanggal_tulis(t: TanggalTulis | None) -> str:
    """A signing date as printed: ``6 Januari 2025``; without a day, room for it before ``Januari 2025``;
    without a date, room for the whole of it."""
    if t is None:
        return RUANG_TANGGAL
    if t.hari is None:
        return f"{RUANG_HARI}{bulan_tahun(t.awal)}"
    return tanggal(t.awal)


def parse_tanggal_tulis(teks: str | date) -> TanggalTulis:
    """A signing date as users write it: ``2025-01-06`` or ``6 Januari 2025``, or its month alone when the
    day is left to the hand (``2025-01``, ``Januari 2025``).

    Day-month-year in digits (``06-01-2025``) is refused: read the other way round it is another date.
    """
    if isinstance(teks, (date, datetime)):
        return TanggalTulis.dari(parse_tanggal(teks))
    s = " ".join(teks.split())
    if m := _BULAN_ISO.match(s):
        return TanggalTulis(int(m[1]), _bulan_sah(int(m[2]), teks), None)
    if m := _BULAN_KATA.match(s):
        nama = m[1].lower()
        if nama not in _BULAN_ALIAS:
            raise ValueError(f"nama bulan '{m[1]}' pada tanggal '{teks}' tidak dikenal; tulis Januari sampai Desember")
        return TanggalTulis(int(m[2]), _BULAN_ALIAS[nama], None)
    if _ISO.match(s) or _KATA.match(s):
        return TanggalTulis.dari(parse_tanggal(s))
    raise ValueError(f"harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2025-01-06), atau TTTT-BB bila "
                     f"harinya ditulis tangan (2025-01); yang tertulis '{teks}'")


def _bulan_sah(bulan: int, teks: str) -> int:
    if not 1 <= bulan <= 12:
        raise ValueError(f"tanggal '{teks}' tidak ada: bulan harus 1 sampai 12, yang tertulis {bulan}")
    return bulan
