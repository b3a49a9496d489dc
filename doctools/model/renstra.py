"""What a Renstra says besides the tujuan, sasaran and targets: vision, strategy, programmes.

It belongs to the Renstra period, not to one year's report, so it is written once in
``kinerja.yaml`` (under ``renstra:``) and every year's LKj reads it from there.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field

from doctools.model.base import Bulat, DaftarTeks, Model, Teks, Uang, jadi_daftar
from doctools.model.rujukan import Rujukan

DaftarRujukan = Annotated[list[Rujukan], BeforeValidator(jadi_daftar)]


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
