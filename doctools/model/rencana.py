"""The yearly planning documents that add only a date to the data: the RKT and the Pohon Kinerja.

Their content is the Renstra's (``kinerja.yaml``: sasaran, indicators and targets per year, and the
programs with their indicators and kegiatan) and the PK's (``perjanjian-kinerja.yaml``: the
year's anggaran, who carries out each kegiatan). Their files hold what is theirs alone: the year,
the signing date and place and, for the Pohon Kinerja, how deep its diagram goes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from doctools.model.base import Model, Tahun, TanggalTtd, Teks
from doctools.model.penanda_tangan import PenandaTangan
from doctools.model.validasi import GalatDiKolom


class _DokumenTahunan(Model):
    tahun: Tahun
    tanggal: TanggalTtd | None = Field(
        default=None, description="tanggal penandatanganan; 2025-01 bila harinya ditulis tangan, kosong bila seluruhnya")
    tempat: Teks | None = Field(default=None, description="tempat penandatanganan; bawaan: tempat kecamatan")
    penanda_tangan: PenandaTangan | None = Field(
        default=None, description="yang menandatangani sebagai Camat (id pejabat di instansi.yaml, atau nama, nip, "
                                  "pangkat, status); bawaan: camat di instansi.yaml")

    @model_validator(mode="after")
    def _tanggal(self) -> _DokumenTahunan:
        if self.tanggal is not None and self.tanggal.tahun not in (self.tahun - 1, self.tahun):
            raise GalatDiKolom([(("tanggal",), f"tanggal {self.tanggal.isoformat()} tidak cocok dengan tahun "
                                               f"{self.tahun} (harus pada tahun {self.tahun - 1} atau {self.tahun})")])
        return self


class RencanaKinerjaTahunan(_DokumenTahunan):
    """``rkt.yaml``: the Rencana Kinerja Tahunan of one year."""


Tingkat = Literal["program", "kegiatan", "sub-kegiatan"]


class PohonKinerja(_DokumenTahunan):
    """``pohon-kinerja.yaml``: the Pohon Kinerja (cascading) of one year."""

    gambar_sampai: Tingkat = Field(
        default="sub-kegiatan",
        description="tingkat terdalam pada diagram: program, kegiatan atau sub-kegiatan (tabel selalu lengkap)")
