"""The declared description of what a template of each kind may print.

Each document module declares, next to the code that builds its context, the variables of that
context (:class:`Isian` a value, :class:`Kumpulan` a group of named values, :class:`Daftar` a list
to loop over), one line on each, and what its template must hold (:class:`KetentuanTemplat`: the
shared parts it inserts, where a new page or a landscape section must begin). ``doctools templat
variabel`` lists it; ``doctools check`` reads a kecamatan's own templates against it; a test
compares it with the context actually built for the example, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

JenisIsian = Literal["teks", "angka", "ya-tidak", "gambar", "grafik", "rumus", "narasi", "tabel"]

CARA_CETAK: dict[str, str] = {
    "teks": "{{ … }}",
    "angka": "{{ … }} (dengan filter: |rupiah, |angka, |terbilang_rupiah …)",
    "ya-tidak": "{%p if … %}",
    "gambar": "{{ … }} (gambar; kosong bila tidak ada)",
    "grafik": "{{ … }} (grafik Word, datanya dapat disunting di Word)",
    "rumus": "{{r … }} (persamaan Word atau teks)",
    "narasi": "{{p … }} (paragraf dan butir, sendirian di paragrafnya)",
    "tabel": "{{p … }} (tabel utuh, sendirian di paragrafnya)",
}
"""How a value of each kind is printed in a template."""


@dataclass(frozen=True)
class Isian:
    """One value a template prints."""

    uraian: str
    jenis: JenisIsian = "teks"


@dataclass(frozen=True)
class Kumpulan:
    """A group of named values (``kop.instansi``); ``boleh_kosong`` when it may be absent (None)."""

    uraian: str
    isi: Mapping[str, Simpul]
    boleh_kosong: bool = False

    def dengan(self, uraian: str | None = None, **tambahan: Simpul) -> Kumpulan:
        """The same group with more values (a decree kind adds its own to the decree frame)."""
        return Kumpulan(uraian or self.uraian, {**self.isi, **tambahan}, self.boleh_kosong)


@dataclass(frozen=True)
class Daftar:
    """A list a template loops over (``{%p for b in menimbang %}``); ``butir`` describes one item."""

    uraian: str
    butir: Simpul


Simpul = Isian | Kumpulan | Daftar


@dataclass(frozen=True)
class KetentuanTemplat:
    """What a template of one kind may use and must hold.

    ``bagian``: the shared parts it must insert (``{%p include "kop" %}``). ``halaman_baru``: a part
    name or a variable whose first paragraph must begin a new page (the Lampiran). ``jumlah_bagian``:
    the sections (Word's section breaks) it must have at least. ``mendatar``: variables printed in
    a landscape section.
    """

    uraian: str
    konteks: Kumpulan
    bagian: tuple[str, ...] = ()
    halaman_baru: tuple[str, ...] = ()
    jumlah_bagian: int = 1
    mendatar: tuple[str, ...] = ()
    catatan: tuple[str, ...] = field(default=())
    """Extra lines for ``doctools templat variabel`` (how a part gets its values, …)."""


def baris(simpul: Simpul, awalan: str = "") -> Iterator[tuple[str, Simpul]]:
    """Every variable path under ``simpul`` with its node, in declaration order (``iku[].nomor``)."""
    if isinstance(simpul, Kumpulan):
        for nama, anak in simpul.isi.items():
            jalur = f"{awalan}.{nama}" if awalan else nama
            yield jalur, anak
            yield from baris(anak, jalur)
    elif isinstance(simpul, Daftar):
        yield from baris(simpul.butir, f"{awalan}[]")


def keterangan(simpul: Simpul) -> str:
    """One line on a node: its description and how it is printed."""
    if isinstance(simpul, Isian):
        return f"{simpul.uraian} — {CARA_CETAK[simpul.jenis]}"
    if isinstance(simpul, Daftar):
        return f"{simpul.uraian} — daftar: {{%p for x in … %}} atau {{%tr for x in … %}}"
    kosong = "; bisa tidak ada: periksa dengan {%p if … %}" if simpul.boleh_kosong else ""
    return f"{simpul.uraian}{kosong}"


# ---- comparing a declaration with an actual context ---------------------------------------------


def _jenis_cocok(jenis: JenisIsian, nilai: Any) -> bool:
    nama = type(nilai).__name__
    if jenis == "teks":
        return isinstance(nilai, str)
    if jenis == "angka":
        return isinstance(nilai, (int, Decimal, float)) and not isinstance(nilai, bool)
    if jenis == "ya-tidak":
        return isinstance(nilai, bool)
    if jenis == "gambar":
        return nilai == "" or nama == "Gambar"
    if jenis == "grafik":
        return nama == "Grafik"
    if jenis == "rumus":
        return nama == "Rumus"
    if jenis == "narasi":
        return nama == "Narasi"
    return nama == "TabelXML"


def cocokkan(simpul: Simpul, nilai: Any, jalur: str = "", terlihat: set[str] | None = None) -> list[str]:
    """Where ``nilai`` (a built context) differs from its declaration, and the paths seen in it.

    Returns one line per difference: a value that is not declared, a declared value that is
    missing, or a value of another kind than declared. ``terlihat`` collects every declared path
    met in the value (a list's items under ``jalur[]``).
    """
    terlihat = terlihat if terlihat is not None else set()
    if jalur:
        terlihat.add(jalur)
    nama = jalur or "konteks"
    if isinstance(simpul, Isian):
        return [] if _jenis_cocok(simpul.jenis, nilai) else \
            [f"{nama}: {type(nilai).__name__} {str(nilai)[:40]!r}, bukan {simpul.jenis}"]
    if isinstance(simpul, Daftar):
        if not isinstance(nilai, (list, tuple)):
            return [f"{nama}: {type(nilai).__name__}, bukan daftar"]
        beda = []
        for butir in nilai:
            beda += cocokkan(simpul.butir, butir, f"{jalur}[]", terlihat)
        return beda
    if nilai is None and simpul.boleh_kosong:
        return []
    if not isinstance(nilai, Mapping):
        return [f"{nama}: {type(nilai).__name__}, bukan kumpulan"]
    beda = [f"{jalur + '.' if jalur else ''}{k}: tidak dideklarasikan" for k in nilai if k not in simpul.isi]
    beda += [f"{jalur + '.' if jalur else ''}{k}: dideklarasikan tetapi tidak ada" for k in simpul.isi if k not in nilai]
    for k, anak in simpul.isi.items():
        if k in nilai:
            beda += cocokkan(anak, nilai[k], f"{jalur}.{k}" if jalur else k, terlihat)
    return beda
