"""What the loader tidies in pasted data before validating it, with a note for each change.

Text copied from a Word document brings its list markers along ("❖ ", "• ", "a. ", "1. ",
"(1) "), and a clerk writes a place with its kind ("Kecamatan Bangsalsari", "Kabupaten
Jember"). The documents compute both, so they would be printed twice: "a. a. bahwa …",
"KECAMATAN KECAMATAN BANGSALSARI". The loader removes a marker from the start of a list item
(and of an indicator's name), the models drop the kind from a place name, and each change is a
:class:`Catatan` at its line, which the reviu shows as a peringatan so the file gets fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from doctools.errors import Lokasi
from doctools.load import Jalur, PetaLokasi

__all__ = ["KOLOM_DAFTAR", "Catatan", "buang_penanda", "pisah_sebutan_daerah", "pisah_sebutan_kecamatan",
           "rapikan"]

KOLOM_DAFTAR = frozenset({
    "menimbang", "mengingat", "memperhatikan", "tembusan", "rincian", "tugas", "fungsi",
    "penanggung_jawab", "sumber_data", "misi", "strategi", "kebijakan", "membawahi",
})
"""Keys of lists of text lines whose markers the documents compute (or print none)."""

_PENANDA = re.compile(
    r"^\s*(?:"
    r"(?P<nomor>\(?(?:[a-z]{1,2}|\d{1,3})[.)])\s+"  # a.  b)  (c)  1.  2)  (3)
    r"|(?P<garis>[-–—*])\s+"                         # - – — * followed by a space
    r"|(?P<bulat>[•●○◦▪▫■□◆◇❖➢➤►▶✓✔·\uf0a7\uf0b7\uf0d8\uf076\uf0fc])\s*"  # Word's bullet glyphs
    r")"
)
"""A list marker at the start of a line: a typed letter or number, a dash, or a bullet glyph
(also the private-use code points Word's Symbol and Wingdings bullets become when pasted)."""

_SEBUTAN_KECAMATAN = re.compile(r"^\s*(kecamatan\s+|kec\.\s*)(?=\S)", re.IGNORECASE)
_SEBUTAN_DAERAH = re.compile(r"^\s*(kabupaten\s+|kab\.\s*|kota\s+)(?=\S)", re.IGNORECASE)


@dataclass(frozen=True)
class Catatan:
    """One change the loader made to what was written: ``jenis`` says which reviu rule shows it."""

    jenis: Literal["penanda", "sebutan"]
    pesan: str
    lokasi: Lokasi


def buang_penanda(teks: str) -> tuple[str, str | None]:
    """``teks`` without a leading list marker, and the marker (None when there is none)."""
    m = _PENANDA.match(teks)
    if m is None:
        return teks, None
    sisa = teks[m.end():]
    if not sisa.strip():
        return teks, None  # only a marker: the model says the item is empty of text
    return sisa, (m.group("nomor") or m.group("garis") or m.group("bulat"))


def pisah_sebutan_kecamatan(nama: str) -> tuple[str, str] | None:
    """("Kecamatan", "Bangsalsari") for "Kecamatan Bangsalsari"; None when the name has no kind."""
    m = _SEBUTAN_KECAMATAN.match(nama)
    return (m.group(1).strip(), nama[m.end():].strip()) if m else None


def pisah_sebutan_daerah(nama: str) -> tuple[Literal["kabupaten", "kota"], str, str] | None:
    """("kota", "Kota", "Batu") for "Kota Batu"; None when the name has no kind."""
    m = _SEBUTAN_DAERAH.match(nama)
    if m is None:
        return None
    kata = m.group(1).strip()
    jenis: Literal["kabupaten", "kota"] = "kota" if kata.lower() == "kota" else "kabupaten"
    return jenis, kata, nama[m.end():].strip()


def _berpenanda(jalur: Jalur) -> bool:
    """Whether the string at ``jalur`` is a list line (or an indicator's name) that may carry a marker."""
    if not jalur:
        return False
    if jalur[-1] in KOLOM_DAFTAR:  # a single line written without the list
        return True
    if isinstance(jalur[-1], int) and len(jalur) >= 2 and jalur[-2] in KOLOM_DAFTAR:
        return True
    if jalur[-1] == "teks" and len(jalur) >= 3 and jalur[-3] == "mengingat":  # {teks: "1. Undang-Undang …"}
        return True
    return jalur[-1] == "nama" and len(jalur) >= 3 and jalur[-3] == "indikator" and isinstance(jalur[-2], int)


def _bersihkan(nilai: Any, jalur: Jalur, peta: PetaLokasi, catatan: list[Catatan]) -> Any:
    if isinstance(nilai, dict):
        return {k: _bersihkan(v, jalur + (k,), peta, catatan) for k, v in nilai.items()}
    if isinstance(nilai, list):
        return [_bersihkan(v, jalur + (i,), peta, catatan) for i, v in enumerate(nilai)]
    if isinstance(nilai, str) and _berpenanda(jalur):
        sisa, tanda = buang_penanda(nilai)
        if tanda is not None:
            apa = "nama indikator" if jalur[-1] == "nama" else "butir ini"
            catatan.append(Catatan(
                "penanda",
                f"{apa} diawali '{tanda}' (penanda daftar yang diketik atau tersalin dari Word); penanda itu "
                f"dibuang karena huruf dan nomor butir disusun otomatis — hapus '{tanda}' dari data",
                peta.lokasi(jalur)))
            return sisa
    return nilai


def _sebutan(data: dict[str, Any], peta: PetaLokasi) -> list[Catatan]:
    """Notes for place names written with their kind (the models drop the kind themselves)."""
    hasil: list[Catatan] = []
    kecamatan = data.get("kecamatan")
    nama = kecamatan.get("nama") if isinstance(kecamatan, dict) else None
    pisah = pisah_sebutan_kecamatan(nama) if isinstance(nama, str) else None
    if pisah:
        kata, inti = pisah
        hasil.append(Catatan(
            "sebutan",
            f"nama kecamatan ditulis dengan kata '{kata}', padahal dokumen menambahkan 'Kecamatan' sendiri; "
            f"yang dipakai '{inti}' — tulis nama: {inti}",
            peta.lokasi(("kecamatan", "nama"))))
    pemerintah = data.get("pemerintah")
    if not isinstance(pemerintah, dict) or not isinstance(pemerintah.get("nama"), str):
        return hasil
    daerah = pisah_sebutan_daerah(pemerintah["nama"])
    if daerah is None:
        return hasil
    jenis, kata, inti = daerah
    tertulis = pemerintah.get("jenis")
    if tertulis is not None and tertulis != jenis:
        return hasil  # a contradiction: the model refuses it as a galat
    sebut = "Kabupaten" if jenis == "kabupaten" else "Kota"
    if tertulis is None and jenis == "kota":
        saran = f"tulis jenis: kota dan nama: {inti}"
        dibaca = f"dibaca sebagai jenis: kota dan nama '{inti}'"
    else:
        saran = f"tulis nama: {inti}"
        dibaca = f"yang dipakai '{inti}'"
    hasil.append(Catatan(
        "sebutan",
        f"nama {jenis} ditulis dengan kata '{kata}', padahal dokumen menambahkan '{sebut}' sendiri menurut kolom "
        f"jenis; {dibaca} — {saran}",
        peta.lokasi(("pemerintah", "nama"))))
    return hasil


def rapikan(stem: str, data: Any, peta: PetaLokasi) -> tuple[Any, list[Catatan]]:
    """``data`` of file ``stem`` with list markers removed, and a note for each change made or due."""
    catatan: list[Catatan] = []
    hasil = _bersihkan(data, (), peta, catatan)
    if stem == "instansi" and isinstance(hasil, dict):
        catatan += _sebutan(hasil, peta)
    return hasil, catatan
