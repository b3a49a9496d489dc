"""The reviu's policy thresholds and known kecamatan names, read from data files beside this module.

``pengaturan.yaml`` holds the numbers a regulation sets (how late a PK may be signed, the fastest
career per golongan, the minimum age of a CPNS, the retirement age); ``kecamatan.yaml`` the known
kecamatan of each kabupaten. Both are data so that a different reading changes a number, not code.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doctools import fmt, sumber
from doctools.load import muat_berkas

BERKAS_PENGATURAN = sumber.berkas_reviu("pengaturan.yaml")
BERKAS_KECAMATAN = sumber.berkas_reviu("kecamatan.yaml")


@dataclass(frozen=True)
class PengaturanReviu:
    """Thresholds of the policy rules (see ``pengaturan.yaml`` for their sources)."""

    pk_terlambat_hari: int = 31
    pk_dini_hari: int = 31
    golongan_awal_tertinggi: str = "III/c"
    tahun_per_tingkat: int = 2
    umur_minimal_tmt: int = 18
    batas_usia_pensiun: int = 58
    kecamatan: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """``"kabupaten jember"`` → the names of its kecamatan."""
    triwulan: int | None = None
    """``--triwulan N``: the quarter whose Rencana Aksi monitoring report is composed (and checked) too."""

    def masa_kerja_minimal(self, golongan: str) -> int:
        """Fewest years from TMT CPNS to ``golongan`` on the fastest lawful path."""
        urutan = [p.golongan for p in fmt.DAFTAR_PANGKAT]
        langkah = urutan.index(golongan) - urutan.index(self.golongan_awal_tertinggi)
        return max(0, langkah) * self.tahun_per_tingkat

    def kecamatan_dikenal(self, jenis: str, nama: str) -> tuple[str, ...]:
        """Known kecamatan of the kabupaten/kota ``jenis nama`` (empty when not listed)."""
        return self.kecamatan.get(f"{jenis} {nama}".casefold(), ())


def _angka(data: Mapping[str, Any], kunci: str, berkas: Path) -> int:
    nilai = data.get(kunci)
    if isinstance(nilai, bool) or not isinstance(nilai, int) or nilai < 0:
        raise ValueError(f"{berkas}: '{kunci}' must be a whole number ≥ 0, not {nilai!r}")
    return nilai


@functools.cache
def pengaturan_bawaan() -> PengaturanReviu:
    """The shipped settings (read once per process)."""
    data, _ = muat_berkas(BERKAS_PENGATURAN)
    pk, peg = data["pk"], data["kepegawaian"]
    awal = fmt.cari_pangkat(str(peg["golongan_awal_tertinggi"])).golongan
    kecamatan = muat_berkas(BERKAS_KECAMATAN)[0] or {}
    return PengaturanReviu(
        pk_terlambat_hari=_angka(pk, "terlambat_hari", BERKAS_PENGATURAN),
        pk_dini_hari=_angka(pk, "dini_hari", BERKAS_PENGATURAN),
        golongan_awal_tertinggi=awal,
        tahun_per_tingkat=_angka(peg, "tahun_per_tingkat", BERKAS_PENGATURAN),
        umur_minimal_tmt=_angka(peg, "umur_minimal_tmt", BERKAS_PENGATURAN),
        batas_usia_pensiun=_angka(peg, "batas_usia_pensiun", BERKAS_PENGATURAN),
        kecamatan={str(k).casefold(): tuple(str(n) for n in v) for k, v in kecamatan.items()},
    )
