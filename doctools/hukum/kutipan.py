"""One item of a decree's Mengingat list as the user wrote it: a catalog key, jenis/nomor/tahun, or text.

Its shape is checked here (exactly one form, fields of the right kind), each problem a
:class:`~doctools.errors.DataError` at the item; what it cites is resolved against the catalog by
:func:`doctools.hukum.mengingat.susun_mengingat`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from doctools.errors import DataError, Lokasi
from doctools.hukum.jenis import JENIS, kode_jenis
from doctools.hukum.saran import pendek

__all__ = ["Kutipan"]

_KOLOM_KUTIPAN = ("kunci", "jenis", "nomor", "tahun", "lembaga", "pasal", "teks")


@dataclass(frozen=True)
class Kutipan:
    """One Mengingat item as the user wrote it, with where it was written.

    Exactly one form is filled: ``kunci``; or ``jenis`` + ``nomor`` + ``tahun`` (``lembaga``
    optional); or ``teks``. ``pasal`` goes with the first two forms.
    """

    kunci: str | None = None
    jenis: str | None = None
    nomor: str | None = None
    tahun: int | None = None
    lembaga: str | None = None
    pasal: str | None = None
    teks: str | None = None
    lokasi: Lokasi | None = None

    @classmethod
    def dari_data(cls, nilai: Any, lokasi: Lokasi | None = None) -> Kutipan:
        """Parse one item of a decree's ``mengingat`` list; raises DataError for a bad shape."""
        if isinstance(nilai, Kutipan):
            return nilai if lokasi is None else _ganti_lokasi(nilai, lokasi)
        if isinstance(nilai, str):
            if not nilai.strip():
                raise DataError("butir Mengingat kosong", lokasi)
            return cls(kunci=nilai.strip(), lokasi=lokasi)
        if not isinstance(nilai, Mapping):
            raise DataError(
                "butir Mengingat harus berupa kunci katalog (mis. 'uu-23-2014'), "
                "{jenis, nomor, tahun}, {kunci, pasal} atau {teks}",
                lokasi,
            )
        asing = [str(k) for k in nilai if k not in _KOLOM_KUTIPAN]
        if asing:
            raise DataError(
                f"kolom '{asing[0]}' tidak dikenal dalam butir Mengingat; yang sah: {', '.join(_KOLOM_KUTIPAN)}",
                lokasi,
            )
        data = {k: nilai[k] for k in _KOLOM_KUTIPAN if nilai.get(k) is not None}
        for k in ("kunci", "jenis", "lembaga", "pasal", "teks"):
            if k in data and not isinstance(data[k], str):
                raise DataError(f"kolom '{k}' dalam butir Mengingat harus berupa teks", lokasi)
        if "nomor" in data:
            if isinstance(data["nomor"], bool) or not isinstance(data["nomor"], (str, int)):
                raise DataError("kolom 'nomor' dalam butir Mengingat harus berupa teks atau angka", lokasi)
            data["nomor"] = str(data["nomor"])
        if "tahun" in data:
            tahun = data["tahun"]
            if isinstance(tahun, str) and tahun.strip().isdigit() and len(tahun.strip()) <= 4:
                tahun = int(tahun)  # a longer one is no year (and Python refuses 4,300 digits)
            if isinstance(tahun, bool) or not isinstance(tahun, int):
                raise DataError("kolom 'tahun' dalam butir Mengingat harus bilangan bulat", lokasi)
            data["tahun"] = tahun
        return cls(**data, lokasi=lokasi)

    def __post_init__(self) -> None:
        bentuk = [b for b in ("kunci", "jenis", "teks") if getattr(self, b) is not None]
        if len(bentuk) != 1:
            raise DataError(
                "butir Mengingat harus memakai tepat satu bentuk: 'kunci', atau 'jenis' + 'nomor' + 'tahun', "
                "atau 'teks'",
                self.lokasi,
            )
        if self.teks is not None and self.pasal is not None:
            raise DataError("butir Mengingat berupa 'teks' tidak boleh memuat kolom lain", self.lokasi)
        if self.jenis is not None:
            kurang = [k for k in ("nomor", "tahun") if getattr(self, k) is None]
            if kurang:
                raise DataError(f"butir Mengingat dengan 'jenis' juga memerlukan kolom '{kurang[0]}'", self.lokasi)
        elif self.nomor is not None or self.tahun is not None or self.lembaga is not None:
            raise DataError("kolom 'nomor', 'tahun' dan 'lembaga' hanya dipakai bersama 'jenis'", self.lokasi)

    def label(self) -> str:
        """How the user wrote the item, for messages."""
        if self.kunci is not None:
            return f"'{self.kunci}'"
        if self.jenis is not None:
            r = kode_jenis(self.jenis)
            nama = JENIS[r[0]].nama if r else self.jenis
            if "{" in nama:
                nama = self.jenis
            return f"{nama} Nomor {self.nomor} Tahun {self.tahun}"
        return f'"{pendek(self.teks or "")}"'


def _ganti_lokasi(k: Kutipan, lokasi: Lokasi) -> Kutipan:
    return Kutipan(k.kunci, k.jenis, k.nomor, k.tahun, k.lembaga, k.pasal, k.teks, lokasi)
