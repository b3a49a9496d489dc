"""The decree-number pattern of a kabupaten: literal text around {kode} {urut} {wilayah} {tahun}.

The pattern is deliberately not a Python format string. With ``str.format`` a spec such as
``{urut:03}`` pads the string "7" on the right ("700"), ``{kode!r}`` prints quotes,
``{tahun:,}`` prints "2,025" and ``{tahun:>200000000}`` allocates gigabytes. Here the only
option is a width for the nomor urut: ``{urut:3}`` (or ``{urut:03}``) writes it with at least
three digits, zero-padded on the left (7 → 007). Anything else is refused with a message that
says what to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NoReturn

UNSUR = ("kode", "urut", "wilayah", "tahun")
"""The fields a pattern may name, in the order the documentation lists them."""

LEBAR_MAKS = 10
"""The widest zero-padding accepted for ``{urut:N}``."""

CONTOH = "{kode}/{urut}/{wilayah}/{tahun}"
_DIKENAL = "{kode} {urut} {wilayah} {tahun}"
_TOKEN = re.compile(r"\{([^{}]*)\}|[{}]")
_UNSUR = re.compile(r"^([a-z_]+)(?::(\d{1,2}))?$")


@dataclass(frozen=True)
class Unsur:
    """One field of a pattern; ``lebar`` is the zero-padded width of ``{urut:N}``."""

    nama: str
    lebar: int | None = None


Bagian = str | Unsur


def urai_pola(pola: str) -> tuple[Bagian, ...]:
    """Split a pattern into literal text and fields; a ValueError (Indonesian) when it is not valid."""
    bagian: list[Bagian] = []
    awal = 0
    for m in _TOKEN.finditer(pola):
        if m.start() > awal:
            bagian.append(pola[awal:m.start()])
        awal = m.end()
        if m.group(1) is None:
            raise ValueError(f"pola nomor '{pola}': tanda '{m.group(0)}' tanpa pasangannya (karakter ke-"
                             f"{m.start() + 1}); unsur ditulis dalam kurung kurawal, misalnya {CONTOH}")
        bagian.append(_unsur(m.group(1), pola))
    if awal < len(pola):
        bagian.append(pola[awal:])
    nama = {b.nama for b in bagian if isinstance(b, Unsur)}
    if "urut" not in nama:
        raise ValueError("pola nomor harus memuat {urut}")
    return tuple(bagian)


def _unsur(isi: str, pola: str) -> Unsur:
    m = _UNSUR.match(isi)
    if m is None:
        awal = re.match(r"[a-z_]*", isi)
        dasar = awal.group(0) if awal else ""
        if dasar in UNSUR:
            return _tolak_tambahan(isi, dasar)
        raise ValueError(f"pola nomor memakai unsur tidak dikenal: {{{isi}}}; yang dikenal: {_DIKENAL}")
    nama, lebar = m.group(1), m.group(2)
    if nama not in UNSUR:
        raise ValueError(f"pola nomor memakai unsur tidak dikenal: {nama}; yang dikenal: {_DIKENAL}")
    if lebar is None:
        return Unsur(nama)
    if nama != "urut":
        return _tolak_tambahan(isi, nama)
    n = int(lebar)
    if not 1 <= n <= LEBAR_MAKS:
        raise ValueError(f"pola nomor: lebar nomor urut {{{isi}}} harus antara 1 dan {LEBAR_MAKS}, "
                         "misalnya {urut:3} untuk 007")
    return Unsur(nama, n)


def _tolak_tambahan(isi: str, nama: str) -> NoReturn:
    raise ValueError(f"pola nomor: '{{{isi}}}' tidak dikenal; tulis {{{nama}}} tanpa tambahan "
                     "(satu-satunya tambahan yang dikenal adalah lebar nomor urut, misalnya {urut:3} untuk 007)")


def susun_nomor(pola: str, *, kode: str, urut: str | None, wilayah: str, tahun: int | str,
                kosong: str = "") -> str:
    """The decree number of ``pola``; a missing ``urut`` becomes ``kosong`` (room to write by hand)."""
    nilai = {"kode": kode, "wilayah": wilayah, "tahun": str(tahun)}
    hasil = []
    for b in urai_pola(pola):
        if isinstance(b, str):
            hasil.append(b)
        elif b.nama == "urut":
            hasil.append(kosong if urut is None else urut.rjust(b.lebar or 0, "0"))
        else:
            hasil.append(nilai[b.nama])
    return "".join(hasil)


def unsur_pola(pola: str) -> set[str]:
    """The field names a valid pattern uses."""
    return {b.nama for b in urai_pola(pola) if isinstance(b, Unsur)}
