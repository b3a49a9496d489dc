"""How an LKj computes capaian and predikat when it differs from the kecamatan's settings.

Its own module, so that the policy's defaults (:func:`doctools.tahun.pilih_kebijakan`) are read
without building the whole LKj model for a folder that has no LKj.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from doctools.model.base import Angka, Model, SkalaSKM, Teks


class Pengukuran(Model):
    """How capaian and predikat are computed, when this report differs from the kecamatan's settings.

    Unset choices stay None here; the policy is resolved once, with the settings' precedence, by
    :func:`doctools.tahun.pilih_kebijakan`.
    """

    skala_predikat: Teks | dict[str, Any] | None = Field(
        default=None,
        description="kode skala di data/katalog/skala-predikat.yaml, atau skala sendiri {nama, sumber, rentang}; "
                    "bawaan: pengaturan.skala_predikat (instansi.yaml atau kabupaten.yaml)")
    rumus_negatif: Literal["selisih", "rasio"] | None = Field(
        default=None, description="indikator berpolaritas negatif: (2T − R)/T × 100 atau T/R × 100; "
                                  "bawaan: pengaturan.rumus_negatif")
    skala_skm: SkalaSKM | None = Field(
        default=None, description="interval mutu SKM: kode di data/katalog/skala-skm.yaml (mis. kepmenpan-25-2004) "
                                  "atau skala sendiri; bawaan: pengaturan.skala_skm, lalu peraturan yang berlaku "
                                  "pada tahun laporan")
    nilai_kualitatif: dict[str, Angka] = Field(
        default={"A": Decimal(4), "B": Decimal(3), "C": Decimal(2), "D": Decimal(1)},  # as validated values are
        description="nilai setiap label target kualitatif (mis. mutu SKM), untuk menghitung capaiannya")
