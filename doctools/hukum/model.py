"""The :class:`Peraturan` model: one regulation as stored in a catalog entry."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from doctools.hukum.jenis import JENIS, JenisPeraturan

__all__ = ["POLA_KUNCI", "GalatKolom", "Lembaran", "Peraturan", "Tambahan", "periksa_entri"]

#: A catalog key: lower-case letters and digits in groups joined by single hyphens.
POLA_KUNCI = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class GalatKolom(ValueError):
    """A rule broken by one field of an entry; ``kolom`` is the field path inside the entry."""

    def __init__(self, kolom: str, pesan: str) -> None:
        super().__init__(pesan)
        self.kolom = kolom
        self.pesan = pesan


_KONFIG = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)


class Lembaran(BaseModel):
    """Where a regulation was promulgated: Lembaran/Berita Negara or Daerah, year and number."""

    model_config = _KONFIG

    jenis: Literal["LN", "BN", "LD", "BD"]
    tahun: int
    nomor: str


class Tambahan(BaseModel):
    """The supplement (Tambahan Lembaran Negara/Daerah) carrying the Penjelasan."""

    model_config = _KONFIG

    jenis: Literal["TLN", "TLD"]
    nomor: str


class Peraturan(BaseModel):
    """One regulation.

    ``kunci`` is the catalog key (the YAML mapping key, injected by the loader). ``nomor`` is
    kept as written officially ("23", "PER/09/M.PAN/5/2007"). ``perubahan`` lists the keys of the
    regulations amending this one, oldest first; ``mengubah`` the keys this one amends.
    """

    model_config = _KONFIG

    kunci: str
    jenis: str
    lembaga: str | None = None
    daerah: str | None = None
    sebutan: str | None = None
    nomor: str | None = None
    tahun: int
    tentang: str | None = None
    tanggal_penetapan: date | None = None
    tanggal_pengundangan: date | None = None
    lembaran: Lembaran | None = None
    tambahan: Tambahan | None = None
    perubahan: tuple[str, ...] = ()
    mengubah: tuple[str, ...] = ()
    dicabut_oleh: str | None = None
    berlaku: bool = True
    terverifikasi: bool = False
    catatan: str | None = None

    @field_validator("kunci")
    @classmethod
    def _kunci_sah(cls, v: str) -> str:
        if not POLA_KUNCI.match(v):
            raise GalatKolom(
                "kunci",
                f"kunci '{v}' tidak sah: pakai huruf kecil, angka dan tanda hubung, mis. 'uu-23-2014'",
            )
        return v

    @field_validator("mengubah", mode="before")
    @classmethod
    def _mengubah_daftar(cls, v: object) -> object:
        return (v,) if isinstance(v, str) else v

    @field_validator("tahun")
    @classmethod
    def _tahun_wajar(cls, v: int) -> int:
        if not 1945 <= v <= 2100:
            raise GalatKolom("tahun", f"tahun {v} tidak wajar")
        return v

    @field_validator("nomor", "tentang", "lembaga", "daerah", "sebutan", "catatan")
    @classmethod
    def _tidak_kosong(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise GalatKolom("", "teks tidak boleh kosong; hapus kolomnya bila tidak ada")
        return v.strip() if v is not None else None

    @model_validator(mode="after")
    def _aturan_lintas_kolom(self) -> Peraturan:
        for kolom, pesan in periksa_entri(self):
            raise GalatKolom(kolom, pesan)
        return self

    # --- derived values -------------------------------------------------------------------

    @property
    def info(self) -> JenisPeraturan:
        """The :class:`JenisPeraturan` of this regulation."""
        return JENIS[self.jenis]

    @property
    def peringkat(self) -> int:
        """Hierarchy rank (lower is higher)."""
        return JENIS[self.jenis].peringkat

    @property
    def tanggal(self) -> date | None:
        """The date that orders regulations of equal rank: pengundangan, else penetapan."""
        return self.tanggal_pengundangan or self.tanggal_penetapan


def periksa_entri(p: Peraturan) -> list[tuple[str, str]]:
    """Cross-field rules of one entry, as (field path, message) pairs; empty when all hold."""
    galat: list[tuple[str, str]] = []
    info = JENIS.get(p.jenis)
    if info is None:
        return [("jenis", f"jenis '{p.jenis}' tidak dikenal; pilihan: {', '.join(JENIS)}")]
    if p.jenis != "uud":
        if p.nomor is None:
            galat.append(("nomor", "kolom 'nomor' wajib diisi"))
        if p.tentang is None:
            galat.append(("tentang", "kolom 'tentang' wajib diisi"))
    if info.butuh_lembaga and not p.lembaga:
        galat.append(
            ("lembaga", f"kolom 'lembaga' wajib untuk jenis '{p.jenis}' (mis. \"Menteri Dalam Negeri\", \"Camat X\")")
        )
    if info.butuh_daerah and not p.daerah:
        galat.append(("daerah", f"kolom 'daerah' wajib untuk jenis '{p.jenis}' (mis. \"Kabupaten Malang\")"))
    if p.lembaran is not None and p.lembaran.jenis not in info.lembaran:
        sah = ", ".join(sorted(info.lembaran)) or "tidak ada"
        galat.append(
            ("lembaran.jenis", f"lembaran '{p.lembaran.jenis}' tidak cocok untuk jenis '{p.jenis}'; yang sah: {sah}")
        )
    if p.tambahan is not None:
        if p.lembaran is None:
            galat.append(("tambahan", "kolom 'tambahan' hanya boleh ada bersama 'lembaran'"))
        elif p.tambahan.jenis not in info.tambahan:
            sah = ", ".join(sorted(info.tambahan)) or "tidak ada"
            galat.append(
                (
                    "tambahan.jenis",
                    f"tambahan '{p.tambahan.jenis}' tidak cocok untuk jenis '{p.jenis}'; yang sah: {sah}",
                )
            )
    if p.dicabut_oleh is not None and p.berlaku:
        galat.append(("berlaku", "peraturan yang dicabut (ada 'dicabut_oleh') harus 'berlaku: false'"))
    if p.dicabut_oleh == p.kunci:
        galat.append(("dicabut_oleh", "peraturan tidak dapat mencabut dirinya sendiri"))
    for kolom, daftar in (("perubahan", p.perubahan), ("mengubah", p.mengubah)):
        terlihat: set[str] = set()
        for i, k in enumerate(daftar):
            if k == p.kunci:
                galat.append((f"{kolom}[{i}]", f"'{k}' menunjuk dirinya sendiri"))
            elif k in terlihat:
                galat.append((f"{kolom}[{i}]", f"'{k}' ditulis dua kali"))
            terlihat.add(k)
    if p.tanggal_penetapan and p.tanggal_pengundangan and p.tanggal_pengundangan < p.tanggal_penetapan:
        galat.append(("tanggal_pengundangan", "tanggal pengundangan lebih awal daripada tanggal penetapan"))
    return galat
