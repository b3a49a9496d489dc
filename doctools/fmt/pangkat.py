"""Pangkat and golongan ruang of a PNS (PP 99/2000 Lampiran), read from any common spelling.

Users write "Penata Tk. I", "PENATA TK.I", "Pembina Tk.1", "III/d", "IIId", "3/d" or a combined
"Pembina TK. I / IVb"; everything is normalised to one canonical pair and rendered by style.
PPPK golongan (I–XVII) carry no pangkat and are refused here with that explanation.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

GayaPangkat = Literal["singkat", "lengkap", "singkat-golongan", "lengkap-golongan", "golongan"]
_GAYA: tuple[str, ...] = ("singkat", "lengkap", "singkat-golongan", "lengkap-golongan", "golongan")


@dataclass(frozen=True)
class Pangkat:
    """A pangkat with its golongan ruang; ``nama`` is the full PP 99/2000 name."""

    nama: str
    golongan: str
    """Canonical golongan ruang, e.g. "III/d"."""

    @property
    def lengkap(self) -> str:
        """Full name: "Penata Tingkat I"."""
        return self.nama

    @property
    def singkat(self) -> str:
        """Abbreviated name as signature blocks write it: "Penata Tk. I"."""
        return self.nama.replace(" Tingkat I", " Tk. I")

    def format(self, gaya: GayaPangkat = "lengkap") -> str:
        """Render by style: "singkat", "lengkap", "singkat-golongan" → "Penata Tk. I (III/d)",
        "lengkap-golongan" → "Penata Tingkat I (III/d)", "golongan" → "III/d"."""
        if gaya == "singkat":
            return self.singkat
        if gaya == "lengkap":
            return self.lengkap
        if gaya == "singkat-golongan":
            return f"{self.singkat} ({self.golongan})"
        if gaya == "lengkap-golongan":
            return f"{self.lengkap} ({self.golongan})"
        if gaya == "golongan":
            return self.golongan
        raise ValueError(f"gaya pangkat '{gaya}' tidak dikenal; pilih salah satu dari: {', '.join(_GAYA)}")

    def __str__(self) -> str:
        return self.format("lengkap-golongan")


DAFTAR_PANGKAT: tuple[Pangkat, ...] = (
    Pangkat("Juru Muda", "I/a"),
    Pangkat("Juru Muda Tingkat I", "I/b"),
    Pangkat("Juru", "I/c"),
    Pangkat("Juru Tingkat I", "I/d"),
    Pangkat("Pengatur Muda", "II/a"),
    Pangkat("Pengatur Muda Tingkat I", "II/b"),
    Pangkat("Pengatur", "II/c"),
    Pangkat("Pengatur Tingkat I", "II/d"),
    Pangkat("Penata Muda", "III/a"),
    Pangkat("Penata Muda Tingkat I", "III/b"),
    Pangkat("Penata", "III/c"),
    Pangkat("Penata Tingkat I", "III/d"),
    Pangkat("Pembina", "IV/a"),
    Pangkat("Pembina Tingkat I", "IV/b"),
    Pangkat("Pembina Utama Muda", "IV/c"),
    Pangkat("Pembina Utama Madya", "IV/d"),
    Pangkat("Pembina Utama", "IV/e"),
)
"""All 17 PNS pangkat in order, I/a to IV/e (PP 99/2000 Lampiran)."""

_PER_GOLONGAN: dict[str, Pangkat] = {p.golongan: p for p in DAFTAR_PANGKAT}

_ANGKA_ROMAWI = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_GOL = r"(?<![A-Za-z0-9])(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-Ea-e])"
_HANYA_GOLONGAN = re.compile(rf"^\(?\s*{_GOL}\s*\)?$", re.IGNORECASE)
# A golongan at the end of a combined "Pembina TK. I / IVb" or "Penata Tk. I (III/d)".
_EKOR_GOLONGAN = re.compile(rf"[\s/,;(\-–]*\(?\s*{_GOL}\s*\)?\s*$", re.IGNORECASE)
_GOLONGAN_PPPK = frozenset(
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"]
)


def _kunci(nama: str) -> str:
    """Normalise a pangkat name: case, dots, "Tingkat"/"Tk."/"Tkt." and "Tk.1" → "tk i"."""
    kata = re.sub(r"[.,]", " ", nama.lower()).split()
    hasil: list[str] = []
    for k in kata:
        if k in ("tingkat", "tk", "tkt"):
            k = "tk"
        elif k in ("1", "i") and hasil and hasil[-1] == "tk":
            k = "i"
        elif k.startswith("tk") and k[2:] in ("1", "i"):  # "tk1", "tki"
            hasil.append("tk")
            k = "i"
        hasil.append(k)
    return " ".join(hasil)


_PER_KUNCI: dict[str, Pangkat] = {_kunci(p.nama): p for p in DAFTAR_PANGKAT}


def _golongan(roman: str, ruang: str) -> str:
    """Canonical "III/d" from the two captured parts, refusing ruang that do not exist."""
    roman = _ANGKA_ROMAWI.get(roman, roman.upper())
    gol = f"{roman}/{ruang.lower()}"
    if gol not in _PER_GOLONGAN:
        raise ValueError(
            f"golongan {gol} tidak ada; golongan I sampai III hanya ruang a sampai d, golongan IV ruang a sampai e"
        )
    return gol


def _cari_nama(nama: str, teks: str) -> Pangkat:
    kunci = _kunci(nama)
    if kunci in _PER_KUNCI:
        return _PER_KUNCI[kunci]
    if nama.strip().upper() in _GOLONGAN_PPPK:
        raise ValueError(
            f"'{teks}' tampaknya golongan tanpa ruang (golongan PPPK tidak punya pangkat); "
            "tulis pangkat PNS atau golongan ruangnya, misalnya 'Penata Tk. I' atau 'III/d'"
        )
    mirip = difflib.get_close_matches(kunci, list(_PER_KUNCI), n=3, cutoff=0.6)
    saran = ", ".join(_PER_KUNCI[m].nama for m in mirip)
    petunjuk = f"; mungkin maksudnya: {saran}" if saran else "; tulis misalnya 'Penata Tk. I' atau 'III/d'"
    raise ValueError(f"pangkat '{teks}' tidak dikenal{petunjuk}")


def cari_pangkat(teks: str | Pangkat) -> Pangkat:
    """Find the pangkat from a name, a golongan, or both (which must then agree)."""
    if isinstance(teks, Pangkat):
        return teks
    if not isinstance(teks, str):
        raise TypeError(f"pangkat harus berupa teks, yang diberikan {type(teks).__name__}")
    s = " ".join(teks.split())
    if not s:
        raise ValueError("pangkat/golongan kosong; tulis misalnya 'Penata Tk. I' atau 'III/d'")
    if m := _HANYA_GOLONGAN.match(s):
        return _PER_GOLONGAN[_golongan(m[1], m[2])]
    if m := _EKOR_GOLONGAN.search(s):
        nama = s[: m.start()].strip()
        if nama:
            gol = _golongan(m[1], m[2])
            pangkat = _cari_nama(nama, teks)
            if pangkat.golongan != gol:
                raise ValueError(
                    f"pangkat {pangkat.nama} bergolongan {pangkat.golongan}, bukan {gol}; "
                    "periksa pangkat atau golongannya"
                )
            return pangkat
    return _cari_nama(s, teks)


def golongan_dari_pangkat(nama: str) -> str:
    """"Penata Tk. I" → "III/d"."""
    return cari_pangkat(nama).golongan


def pangkat_dari_golongan(gol: str) -> str:
    """"III/d" → "Penata Tingkat I" (full form)."""
    return cari_pangkat(gol).lengkap
