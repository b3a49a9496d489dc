"""The Rencana Aksi of one year: each PK indicator's target per quarter, its actions and realisasi.

``rencana-aksi.yaml`` names the indicators of the Perjanjian Kinerja (the Camat's from
``kinerja.yaml``, a pejabat's from ``perjanjian-kinerja.yaml``) and adds only what the Rencana Aksi
knows: the target of each quarter (TW I–IV), whether those targets are cumulative or each
quarter's own, the actions planned per quarter with who carries them out, and — as the year goes
on — the realisasi of each quarter. The year's target is never retyped: it comes from the one
source the PK uses, and the reviu checks that the quarters lead to it.

Quarterly values are written as a list of four (``[1, 2, 3, 4]``, ``-`` or ``null`` for a quarter
without a value) or as a mapping by quarter (``{1: 25, 4: 100}``, keys 1–4 or I–IV); realisasi lists
only the quarters reported so far (``[1, 2]``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, TypeAdapter, ValidationError, model_validator

from doctools import fmt, terjemah
from doctools.load import Jalur
from doctools.model.base import AngkaAtauLabel, Model, Tahun, TanggalTtd, Teks
from doctools.model.penanda_tangan import PenandaTangan
from doctools.model.rujukan import Rujukan
from doctools.model.validasi import GalatDiKolom

TRIWULAN = (1, 2, 3, 4)
ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}
KOSONG = ("-", "–", "—", "")
"""What a quarter without a value may be written as (besides ``null``)."""


def baca_triwulan(nilai: Any) -> int:
    """A quarter as written: ``1``, ``"IV"``, ``"TW II"``, ``"triwulan 3"`` → 1–4."""
    if isinstance(nilai, bool):
        raise ValueError(f"triwulan harus 1, 2, 3 atau 4 (atau I–IV), yang tertulis '{fmt.tampil(nilai)}'")
    if isinstance(nilai, int) and nilai in TRIWULAN:
        return nilai
    if isinstance(nilai, str):
        teks = nilai.strip().upper()
        for awalan in ("TRIWULAN", "TW"):
            teks = teks.removeprefix(awalan).strip(" .")
        if teks in ROMAWI:
            return ROMAWI[teks]
        if teks.isdigit() and int(teks) in TRIWULAN:
            return int(teks)
    raise ValueError(f"triwulan harus 1, 2, 3 atau 4 (atau I–IV), yang tertulis '{fmt.tampil(nilai)}'")


def _kosong(nilai: Any) -> bool:
    return nilai is None or isinstance(nilai, str) and nilai.strip() in KOSONG


_NILAI: TypeAdapter[Any] = TypeAdapter(AngkaAtauLabel)


def _periksa_nilai(nilai: list[tuple[str | int, Any]]) -> None:
    """Each quarter's value, checked where it is written: ``(position in the list or key as written, value)``.

    Checked here, before the list becomes a mapping by quarter, so that an error names the item
    as the user counts it (``target[1]`` is the first quarter) and points at its line; checked
    after, the quarter (1–4) would be read as a list position (0–3) and name the next item.
    """
    galat: list[tuple[Jalur, str]] = []
    for letak, isi in nilai:
        if _kosong(isi):
            continue
        try:
            _NILAI.validate_python(isi)
        except ValidationError as exc:
            galat += [((letak, *terjemah.jalur(tuple(e["loc"]))), terjemah.pesan(e))
                      for e in exc.errors(include_url=False)]
    if galat:
        raise GalatDiKolom(galat)


def _per_triwulan(panjang_tepat: bool) -> Any:
    """A BeforeValidator: a list of quarterly values or a mapping by quarter → {quarter: value}."""

    def ubah(nilai: Any) -> Any:
        if isinstance(nilai, list):
            if len(nilai) > 4 or (panjang_tepat and len(nilai) != 4):
                jumlah = "tepat empat nilai" if panjang_tepat else "paling banyak empat nilai"
                raise ValueError(f"tulis {jumlah}, satu per triwulan (TW I–IV), mis. [1, 2, 3, 4]; gunakan '-' "
                                 f"untuk triwulan tanpa nilai (yang tertulis {len(nilai)} nilai)")
            _periksa_nilai(list(enumerate(nilai)))
            return {i: v for i, v in enumerate(nilai, start=1) if not _kosong(v)}
        if isinstance(nilai, dict):
            hasil: dict[int, Any] = {}
            for kunci, isi in nilai.items():
                tw = baca_triwulan(kunci)
                if tw in hasil:
                    raise ValueError(f"triwulan {fmt.romawi(tw)} ditulis lebih dari sekali")
                if not _kosong(isi):
                    hasil[tw] = isi
            _periksa_nilai([(str(k), v) for k, v in nilai.items()])
            return hasil
        if _kosong(nilai):
            return {}
        raise ValueError("tulis nilai per triwulan sebagai daftar, mis. [1, 2, 3, 4], atau per triwulan, "
                         "mis. {1: 25, 4: 100}")

    return BeforeValidator(ubah)


NilaiTriwulan = Annotated[dict[int, AngkaAtauLabel], _per_triwulan(panjang_tepat=False)]
"""Values by quarter (1–4); a quarter without a value is absent."""

TargetTriwulan = Annotated[dict[int, AngkaAtauLabel], _per_triwulan(panjang_tepat=True)]
"""The four quarterly targets; a quarter without a target is absent."""


def _daftar_triwulan(nilai: Any) -> Any:
    """``2`` or ``[1, "III"]`` → the sorted quarters; one written twice is refused."""
    daftar = [baca_triwulan(v) for v in nilai] if isinstance(nilai, list) else [baca_triwulan(nilai)]
    if len(set(daftar)) != len(daftar):
        raise ValueError("triwulan yang sama ditulis lebih dari sekali")
    return sorted(daftar)


DaftarTriwulan = Annotated[list[int], BeforeValidator(_daftar_triwulan)]

JenisTarget = Literal["kumulatif", "per-triwulan"]
"""``kumulatif``: each quarter's target counts from January (TW IV = the year's target);
``per-triwulan``: each quarter's own target (they add up to the year's)."""


class Aksi(Model):
    """One planned action, the quarters it is carried out in, and who is responsible."""

    uraian: Teks
    triwulan: DaftarTriwulan = Field(min_length=1, description="triwulan pelaksanaan: 1–4 atau I–IV, satu atau daftar")
    penanggung_jawab: Teks | None = Field(
        default=None, description="id pejabat (instansi.yaml), camat, atau nama unit; bawaan: penanggung jawab indikator")


class RencanaIndikator(Model):
    """The quarterly plan of one PK indicator (named by its sasaran and its place there)."""

    sasaran: Rujukan = Field(description="id, nomor atau uraian sasaran (kinerja.yaml, atau PK pejabat)")
    indikator: Rujukan | None = Field(
        default=None, description="id, nomor atau nama indikator pada sasaran itu; boleh kosong bila hanya satu")
    jenis: JenisTarget = Field(default="kumulatif", description="kumulatif (bawaan) atau per-triwulan")
    target: TargetTriwulan = Field(description="target TW I–IV, mis. [1, 2, 3, 4]")
    realisasi: NilaiTriwulan = Field(default={}, description="realisasi triwulan yang sudah dilaporkan, mis. [1, 2]")
    aksi: list[Aksi] = []


class RencanaPejabat(Model):
    """The Rencana Aksi of a pejabat with a PK of his own (by id, as in perjanjian-kinerja.yaml)."""

    pejabat: Teks = Field(description="id pejabat di instansi.yaml")
    indikator: list[RencanaIndikator] = Field(min_length=1)


class RencanaAksi(Model):
    """``rencana-aksi.yaml``: the Rencana Aksi of the Camat and of each pejabat for one year."""

    tahun: Tahun
    tanggal: TanggalTtd | None = Field(
        default=None, description="tanggal penandatanganan; 2025-01 bila harinya ditulis tangan, kosong bila seluruhnya")
    tempat: Teks | None = Field(default=None, description="tempat penandatanganan; bawaan: tempat kecamatan")
    penanda_tangan: PenandaTangan | None = Field(
        default=None, description="yang menandatangani Rencana Aksi Camat (id pejabat di instansi.yaml, atau nama, "
                                  "nip, pangkat, status); bawaan: camat di instansi.yaml")
    camat: list[RencanaIndikator] = []
    pejabat: list[RencanaPejabat] = []

    @model_validator(mode="after")
    def _periksa(self) -> RencanaAksi:
        if self.tanggal is not None and self.tanggal.tahun not in (self.tahun - 1, self.tahun):
            raise GalatDiKolom([(("tanggal",), f"tanggal {self.tanggal.isoformat()} tidak cocok dengan tahun Rencana "
                                               f"Aksi {self.tahun} (harus pada tahun {self.tahun - 1} atau {self.tahun})")])
        if not self.camat and not self.pejabat:
            raise ValueError("Rencana Aksi kosong; isi camat: (indikator PK Camat) atau pejabat:")
        ids = [p.pejabat for p in self.pejabat]
        dobel = sorted({i for i in ids if ids.count(i) > 1})
        if dobel:
            raise ValueError(f"rencana aksi pejabat ditulis lebih dari sekali: {', '.join(dobel)}")
        return self
