"""The yearly planning documents that add only a date to the data: the RKT and the Pohon Kinerja.

Their content is the Renstra's (``kinerja.yaml``: sasaran, indicators and targets per year, and the
programs with their indicators and kegiatan) and the PK's (``perjanjian-kinerja.yaml``: the
year's anggaran, who carries out each kegiatan). Their files hold what is theirs alone: the year,
the signing date and place and, for the Pohon Kinerja, how deep its diagram goes.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from doctools.model.base import Model, Tahun, Teks


class _DokumenTahunan(Model):
    tahun: Tahun
    tanggal: dt.date = Field(description="tanggal penandatanganan")
    tempat: Teks | None = Field(default=None, description="tempat penandatanganan; bawaan: tempat kecamatan")

    @model_validator(mode="after")
    def _tanggal(self) -> _DokumenTahunan:
        if self.tanggal.year not in (self.tahun - 1, self.tahun):
            raise ValueError(f"tanggal {self.tanggal.isoformat()} tidak cocok dengan tahun {self.tahun} "
                             f"(harus pada tahun {self.tahun - 1} atau {self.tahun})")
        return self


class RencanaKinerjaTahunan(_DokumenTahunan):
    """``rkt.yaml``: the Rencana Kinerja Tahunan of one year."""


Tingkat = Literal["program", "kegiatan", "sub-kegiatan"]


class PohonKinerja(_DokumenTahunan):
    """``pohon-kinerja.yaml``: the Pohon Kinerja (cascading) of one year."""

    gambar_sampai: Tingkat = Field(
        default="sub-kegiatan",
        description="tingkat terdalam pada diagram: program, kegiatan atau sub-kegiatan (tabel selalu lengkap)")
