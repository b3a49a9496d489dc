"""What a Renstra says besides the tujuan, sasaran and targets: vision, strategy, programmes.

It belongs to the Renstra period, not to one year's report, so it is written once in
``kinerja.yaml`` (under ``renstra:``) and every year's LKj reads it from there.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from doctools.model.base import Bulat, Model, Teks, Uang
from doctools.model.rujukan import Rujukan


def _daftar(nilai: Any) -> Any:
    """A single value is accepted where a list is expected."""
    return [nilai] if isinstance(nilai, (str, int)) and not isinstance(nilai, bool) else nilai


DaftarTeks = Annotated[list[Teks], BeforeValidator(_daftar)]
DaftarRujukan = Annotated[list[Rujukan], BeforeValidator(_daftar)]


class StrategiSasaran(Model):
    """The Renstra's strategy and policy for one sasaran of kinerja.yaml."""

    sasaran: Rujukan
    strategi: DaftarTeks = Field(min_length=1)
    kebijakan: DaftarTeks = Field(min_length=1)


class ProgramRenstra(Model):
    """A Renstra program with its indicative funding per year (the Renstra matrix's Rp columns)."""

    nama: Teks
    sasaran: DaftarRujukan = Field(min_length=1, description="sasaran yang didukung")
    pagu: dict[Bulat, Uang] = Field(min_length=1, description="pagu indikatif per tahun Renstra")


class Renstra(Model):
    """What the Renstra says besides the tujuan, sasaran and targets of kinerja.yaml."""

    dasar_hukum: Teks | None = Field(default=None, description="peraturan yang menetapkan Renstra")
    visi: Teks | None = None
    misi: DaftarTeks = []
    strategi: list[StrategiSasaran] = []
    program: list[ProgramRenstra] = []
