"""What a Renstra says besides the tujuan, sasaran and targets: vision, strategy, programmes.

It belongs to the Renstra period, not to one year's report, so it is written once in
``kinerja.yaml`` (under ``renstra:``) and every year's LKj reads it from there. Its programs may
carry their indicators and their kegiatan (and sub-kegiatan), each with indicators and targets per
year: the cascade (pohon kinerja) that the Rencana Kinerja Tahunan and the Pohon Kinerja print.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from doctools.model.base import AngkaAtauLabel, Bulat, DaftarTeks, Model, Teks, Uang, jadi_daftar
from doctools.model.rujukan import Rujukan

DaftarRujukan = Annotated[list[Rujukan], BeforeValidator(jadi_daftar)]


class StrategiSasaran(Model):
    """The Renstra's strategy and policy for one sasaran of kinerja.yaml."""

    sasaran: Rujukan
    strategi: DaftarTeks = Field(min_length=1)
    kebijakan: DaftarTeks = Field(min_length=1)


class IndikatorPohon(Model):
    """An indicator of a program, kegiatan or sub-kegiatan, with its target per year."""

    nama: Teks
    satuan: Teks | None = None
    polaritas: Literal["positif", "negatif"] = "positif"
    target: dict[Bulat, AngkaAtauLabel] = Field(default={}, description="target per tahun, mis. {2025: 100}")


def _indikator(nilai: Any) -> Any:
    """``indikator: Jumlah desa …`` (one name, no target) is short for a list of one indicator."""
    if isinstance(nilai, str):
        return [{"nama": nilai}]
    if isinstance(nilai, dict):
        return [nilai]
    return nilai


DaftarIndikator = Annotated[list[IndikatorPohon], BeforeValidator(_indikator)]


class SubKegiatanRenstra(Model):
    """A sub-kegiatan (Permendagri 90/2019) of a kegiatan, with its output indicators."""

    nama: Teks
    indikator: DaftarIndikator = []


class KegiatanRenstra(Model):
    """A kegiatan of a program; ``sasaran`` narrows which of its program's sasaran it serves."""

    nama: Teks
    sasaran: Rujukan | None = Field(default=None, description="sasaran yang didukung; bawaan: sasaran programnya")
    indikator: DaftarIndikator = []
    sub_kegiatan: list[SubKegiatanRenstra] = []


class ProgramRenstra(Model):
    """A Renstra program with its indicative funding per year (the Renstra matrix's Rp columns).

    ``indikator`` and ``kegiatan`` (optional) make it a branch of the pohon kinerja.
    """

    nama: Teks
    sasaran: DaftarRujukan = Field(min_length=1, description="sasaran yang didukung")
    pagu: dict[Bulat, Uang] = Field(min_length=1, description="pagu indikatif per tahun Renstra")
    indikator: DaftarIndikator = Field(default=[], description="indikator program (capaian program)")
    kegiatan: list[KegiatanRenstra] = Field(default=[], description="kegiatan program ini, dengan indikatornya")


class Renstra(Model):
    """What the Renstra says besides the tujuan, sasaran and targets of kinerja.yaml."""

    dasar_hukum: Teks | None = Field(default=None, description="peraturan yang menetapkan Renstra")
    visi: Teks | None = None
    misi: DaftarTeks = []
    strategi: list[StrategiSasaran] = []
    program: list[ProgramRenstra] = []
