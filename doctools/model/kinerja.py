"""Performance facts of one kecamatan for one Renstra period: tujuan, sasaran, indikator.

One ``kinerja.yaml`` feeds the Keputusan IKU, the Perjanjian Kinerja and the LKj, so an indicator
and its target are typed once and can never disagree between documents.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from doctools.model.base import Angka, AngkaAtauLabel, Bulat, DaftarTeks, Model, Tahun, Teks
from doctools.model.renstra import Renstra
from doctools.model.rujukan import Rujukan


class Pecahan(Model):
    """A formula written as a fraction: pembilang / penyebut × pengali (e.g. "100%")."""

    pembilang: Teks
    penyebut: Teks
    pengali: Teks | None = None


def _formulasi(nilai: Any) -> Any:
    if isinstance(nilai, dict):
        return Pecahan.model_validate(nilai)
    return nilai


Formulasi = Annotated[Teks | Pecahan, BeforeValidator(_formulasi)]


def _cek_id_unik(ids: list[str | None], apa: str) -> None:
    """Ids are how other files refer to a sasaran or indicator, so each must be unique."""
    ada = [i for i in ids if i]
    dobel = sorted({i for i in ada if ada.count(i) > 1})
    if dobel:
        raise ValueError(f"id {apa} dipakai lebih dari sekali: {', '.join(dobel)}")


class TertulisIndikator(Model):
    """Values of an indicator as printed in an earlier document (an old LKj), typed to be checked.

    The ``tertulis:`` convention: an object whose values the toolkit computes may carry the
    values a user copied from another document, keyed by the computed quantity (per year where
    the quantity is per year). They are never printed; the reviu compares them with the
    computed ones, so migrating an old report by typing it in shows its mistakes.
    """

    capaian: dict[Bulat, Angka] = Field(default={}, description="capaian (% dari target) per tahun")
    tingkat_kemajuan: dict[Bulat, Angka] = Field(
        default={}, description="capaian terhadap target akhir Renstra (%) per tahun")
    predikat: dict[Bulat, Teks] = Field(default={}, description="predikat capaian per tahun, mis. Sangat Tinggi")
    target: dict[Bulat, AngkaAtauLabel] = Field(
        default={}, description="target tahun itu seperti dicetak laporan lama (harus target Perjanjian Kinerja)")


class Indikator(Model):
    """A performance indicator of a sasaran (or a tujuan)."""

    id: Teks | None = Field(default=None, description="nama pendek untuk dirujuk dari berkas lain (mis. PK)")
    nama: Teks
    satuan: Teks | None = None
    polaritas: Literal["positif", "negatif"] = "positif"
    formulasi: Formulasi | None = None
    penjelasan: Teks | None = None
    penanggung_jawab: DaftarTeks = []
    sumber_data: DaftarTeks = []
    iku: bool = Field(default=True, description="termasuk Indikator Kinerja Utama")
    target: dict[Bulat, AngkaAtauLabel] = Field(default={}, description="target Renstra per tahun")
    target_pk: dict[Bulat, AngkaAtauLabel] = Field(
        default={}, description="target Perjanjian Kinerja tahun itu bila berbeda dari target Renstra (PK revisi); "
                                "dipakai Perjanjian Kinerja, Rencana Aksi dan capaian Laporan Kinerja")
    realisasi: dict[Bulat, AngkaAtauLabel] = Field(
        default={}, description="realisasi per tahun, di samping target; dipakai Laporan Kinerja")
    tertulis: TertulisIndikator | None = Field(
        default=None, description="nilai yang disalin dari dokumen lain untuk diperiksa reviu; tidak dicetak")

    def target_perjanjian(self, tahun: int) -> Decimal | str | None:
        """The target the year's Perjanjian Kinerja commits to: a revised one (``target_pk``), else the Renstra's.

        The Renstra matrix prints :attr:`target`; the PK, its Rencana Aksi and the LKj's capaian use this.
        """
        return self.target_pk.get(tahun, self.target.get(tahun))

    def kolom_target(self, tahun: int) -> str:
        """The field that holds :meth:`target_perjanjian` of ``tahun``: ``target_pk`` or ``target``."""
        return "target_pk" if tahun in self.target_pk else "target"


class Tujuan(Model):
    id: Teks | None = Field(default=None, description="nama pendek untuk dirujuk dari sasaran (tujuan:)")
    uraian: Teks
    indikator: list[Indikator] = []


class Sasaran(Model):
    """A sasaran strategis (kinerja utama) with its indicators."""

    id: Teks | None = Field(default=None, description="nama pendek untuk dirujuk dari berkas lain (mis. PK)")
    uraian: Teks
    tujuan: Rujukan | None = Field(
        default=None, description="tujuan yang didukung (id atau nomor); boleh kosong bila hanya ada satu tujuan")
    indikator: list[Indikator] = Field(min_length=1)

    @field_validator("indikator")
    @classmethod
    def _id_indikator_unik(cls, nilai: list[Indikator]) -> list[Indikator]:
        _cek_id_unik([i.id for i in nilai], "indikator")
        return nilai


class Kinerja(Model):
    """``kinerja.yaml``: the Renstra period's tujuan and sasaran with their indicators."""

    periode_awal: Tahun
    periode_akhir: Tahun
    tujuan: list[Tujuan] = Field(min_length=1)
    sasaran: list[Sasaran] = Field(min_length=1)
    renstra: Renstra = Renstra()

    @field_validator("sasaran")
    @classmethod
    def _id_sasaran_unik(cls, nilai: list[Sasaran]) -> list[Sasaran]:
        _cek_id_unik([s.id for s in nilai], "sasaran")
        return nilai

    @model_validator(mode="after")
    def _periode(self) -> Kinerja:
        if self.periode_akhir < self.periode_awal:
            raise ValueError(f"periode_akhir ({self.periode_akhir}) lebih awal dari periode_awal ({self.periode_awal})")
        return self

    @property
    def tahun_periode(self) -> range:
        """Every year of the Renstra period, the first to the last."""
        return range(self.periode_awal, self.periode_akhir + 1)

    def sasaran_iku(self) -> list[tuple[Sasaran, list[Indikator]]]:
        """Sasaran that have at least one IKU indicator, with those indicators."""
        hasil = []
        for sasaran in self.sasaran:
            iku = [ind for ind in sasaran.indikator if ind.iku]
            if iku:
                hasil.append((sasaran, iku))
        return hasil
