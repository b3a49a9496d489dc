"""The LKj's measurement (BAB III A–B): capaian and predikat of every sasaran indicator in the report year.

Built on the figures of :mod:`doctools.tahun.capaian` with the kecamatan's predikat scale. The
report year needs what the figures may lack: a target, a realisasi (typed, or from the survey and
not contradicting a typed one), the Renstra's last target; each missing one is a DataError at the
line it should be on. Comparisons the report prints (with last year, with a national figure) are
computed here too, read with the indicator's polarity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools.errors import DataError, Lokasi
from doctools.kinerja import SkalaPredikat, bulatkan, predikat
from doctools.kinerja.nilai import angka_nilai, sama_nilai
from doctools.tahun import rujukan
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, Indikator, LaporanKinerja
    from doctools.model.kinerja import Sasaran
    from doctools.model.lkj import Pembanding
    from doctools.tahun.capaian import CapaianIndikator, Nilai

SERATUS = Decimal(100)


@dataclass(frozen=True)
class Banding:
    """A realisasi against another number (last year's realisasi, a national figure)."""

    nilai: Decimal
    """The other number."""
    selisih: Decimal
    """Realisasi minus :attr:`nilai`."""
    membaik: bool
    """The difference is an improvement for the indicator's polarity (False when there is none)."""

    @property
    def beda(self) -> Decimal:
        """The size of the difference, without its sign, rounded half-up to 2 decimals as it prints."""
        return bulatkan(abs(self.selisih))

    @classmethod
    def dari(cls, realisasi: Decimal, nilai: Decimal, polaritas: str) -> Banding:
        selisih = realisasi - nilai
        return cls(nilai, selisih, selisih != 0 and (selisih > 0) == (polaritas == "positif"))


@dataclass(frozen=True)
class Riwayat:
    """One year of an indicator: its target (None when the Renstra has none), realisasi and capaian."""

    tahun: int
    target: Nilai | None
    realisasi: Nilai
    capaian: Decimal | None


@dataclass(frozen=True)
class HasilIndikator:
    """An indicator measured for the report year, with its history and comparisons."""

    indikator: Indikator
    target: Nilai
    realisasi: Nilai
    capaian: Decimal
    predikat: str
    riwayat: tuple[Riwayat, ...]
    """Every year up to the report year that has a realisasi, oldest first (the last is the report year)."""
    target_akhir: Nilai
    kemajuan: Decimal
    lokasi: Lokasi
    nasional: Pembanding | None = None
    ikm: Decimal | None = None
    """The survey's IKM when the realisasi comes from it (a label target shows it beside the mutu)."""
    target_renstra: Nilai | None = None
    """The Renstra's target of the report year, when the PK revised it (:attr:`target` is the PK's)."""

    @property
    def ikm_disebut(self) -> Decimal | None:
        """The survey's IKM to print beside a realisasi that is a mutu letter alone (None otherwise)."""
        return self.ikm if self.ikm is not None and angka_nilai(self.realisasi) is None else None

    @property
    def target_direvisi(self) -> bool:
        """The PK's target of the report year is not the Renstra's (a revised PK)."""
        return self.target_renstra is not None

    @property
    def capaian_bulat(self) -> Decimal:
        """The capaian as printed (2 decimals): what "target reached" is read from."""
        return bulatkan(self.capaian)

    @property
    def tercapai(self) -> bool:
        return self.capaian_bulat >= SERATUS

    @property
    def kurang(self) -> Decimal:
        """Percentage points below 100 % (as printed)."""
        return SERATUS - self.capaian_bulat

    @property
    def lalu(self) -> Riwayat | None:
        """The year before the report year that has a realisasi."""
        return self.riwayat[-2] if len(self.riwayat) > 1 else None

    @property
    def banding_lalu(self) -> Banding | None:
        """The realisasi against last year's, when both have a number (beside a label, "B (80)", too)."""
        lalu = self.lalu
        sekarang, dulu = angka_nilai(self.realisasi), angka_nilai(lalu.realisasi) if lalu is not None else None
        if sekarang is None or dulu is None:
            return None
        return Banding.dari(sekarang, dulu, self.indikator.polaritas)

    @property
    def banding_nasional(self) -> Banding | None:
        """The realisasi against the national figure, when it has one and is a number."""
        sekarang = angka_nilai(self.realisasi)
        if self.nasional is None or sekarang is None:
            return None
        return Banding.dari(sekarang, self.nasional.nilai, self.indikator.polaritas)


@dataclass(frozen=True)
class HasilSasaran:
    nomor: int
    sasaran: Sasaran
    indikator: tuple[HasilIndikator, ...]
    capaian: Decimal
    """Mean capaian of its indicators (unrounded)."""
    predikat: str
    lokasi: Lokasi | None = None


@dataclass(frozen=True)
class Pengukuran:
    tahun: int
    skala: SkalaPredikat
    sasaran: tuple[HasilSasaran, ...]

    @property
    def indikator(self) -> list[HasilIndikator]:
        return [i for s in self.sasaran for i in s.indikator]

    @property
    def jumlah_tercapai(self) -> int:
        """Indicators whose printed capaian reaches 100 %."""
        return sum(1 for i in self.indikator if i.tercapai)

    @property
    def jumlah_belum_tercapai(self) -> int:
        """Indicators whose printed capaian stays under 100 %."""
        return len(self.indikator) - self.jumlah_tercapai

    @property
    def jumlah_predikat(self) -> dict[str, int]:
        """Label → how many indicators have it, every label of the scale from the highest band down."""
        hitung = {r.label: 0 for r in reversed(self.skala.rentang)}
        for i in self.indikator:
            hitung[i.predikat] += 1
        return hitung


def _nasional(data: DataKecamatan, lkj: LaporanKinerja) -> dict[tuple[int, int], Pembanding]:
    kinerja = data.kinerja
    assert kinerja is not None
    hasil: dict[tuple[int, int], Pembanding] = {}
    for n, p in enumerate(lkj.pembanding):
        s_i = rujukan.sasaran(data, p.sasaran, "pembanding", n, "sasaran")
        i_i = rujukan.indikator(data, kinerja.sasaran[s_i], p.indikator, "pembanding", n, "indikator")
        if (s_i, i_i) in hasil:
            raise DataError("pembanding untuk indikator ini sudah ditulis sebelumnya",
                            lokasi_di(data, "lkj", "pembanding", n))
        hasil[(s_i, i_i)] = p
    return hasil


def _indikator(data: DataKecamatan, lkj: LaporanKinerja, c: CapaianIndikator, skala: SkalaPredikat,
               nasional: Pembanding | None) -> HasilIndikator:
    ind = c.indikator
    tahun = lkj.tahun

    def lokasi(*jalur: str | int) -> Lokasi:
        return lokasi_di(data, "kinerja", *c.jalur, *jalur)

    target = ind.target_perjanjian(tahun)
    if target is None:
        ada = ", ".join(str(t) for t in sorted(ind.target)) or "belum ada"
        raise DataError(f"indikator '{ind.nama}' belum punya target tahun {tahun} untuk Laporan Kinerja "
                        f"(target yang ada: {ada}); tambahkan '{tahun}: …' pada target-nya",
                        lokasi(*(("target",) if ind.target else ())))
    survei = c.realisasi_survei if c.realisasi_survei is not None and c.realisasi_survei.tahun == tahun else None
    if survei is not None and survei.bertentangan:
        raise DataError(f"realisasi {tahun} tertulis {survei.tertulis}, tetapi hasil survei kepuasan masyarakat "
                        f"(lkj.yaml, skm) adalah {survei.nilai}; hapus realisasi {tahun} agar diambil dari survei",
                        lokasi("realisasi", str(tahun)))
    realisasi = c.realisasi.get(tahun)
    if realisasi is None:
        raise DataError(f"indikator '{ind.nama}' belum punya realisasi tahun {tahun}; tambahkan "
                        f"'realisasi: {{{tahun}: …}}' di samping target-nya",
                        lokasi(*(("realisasi",) if ind.realisasi else ())))
    capaian = c.capaian[tahun].pasti()
    riwayat = [Riwayat(t, ind.target_perjanjian(t), ind.realisasi[t], c.capaian[t].pasti() if t in c.capaian else None)
               for t in sorted(x for x in ind.realisasi if x < tahun)]
    riwayat.append(Riwayat(tahun, target, realisasi, capaian))
    akhir = data.kinerja.periode_akhir  # type: ignore[union-attr]
    if akhir not in ind.target:
        raise DataError(f"indikator '{ind.nama}' belum punya target akhir Renstra (tahun {akhir}); tambahkan "
                        f"'{akhir}: …' pada target-nya", lokasi("target"))
    kemajuan = c.kemajuan[tahun].pasti()
    renstra = ind.target.get(tahun)
    return HasilIndikator(ind, target, realisasi, capaian, predikat(capaian, skala), tuple(riwayat),
                          ind.target[akhir], kemajuan, c.lokasi, nasional, survei.ikm if survei is not None else None,
                          renstra if tahun in ind.target_pk and not sama_nilai(renstra, target) else None)


def ukur(data: DataKecamatan, lkj: LaporanKinerja, skala: SkalaPredikat,
         capaian: Mapping[tuple[str | int, ...], CapaianIndikator]) -> Pengukuran:
    """Measure every sasaran indicator of kinerja.yaml for the report year of ``lkj``."""
    kinerja = data.kinerja
    assert kinerja is not None
    nasional = _nasional(data, lkj)
    hasil = []
    for s_i, s in enumerate(kinerja.sasaran):
        ind = tuple(_indikator(data, lkj, capaian[("sasaran", s_i, "indikator", i_i)], skala, nasional.get((s_i, i_i)))
                    for i_i in range(len(s.indikator)))
        rata = sum((i.capaian for i in ind), Decimal(0)) / len(ind)
        hasil.append(HasilSasaran(s_i + 1, s, ind, rata, predikat(rata, skala),
                                  lokasi_di(data, "kinerja", "sasaran", s_i)))
    return Pengukuran(lkj.tahun, skala, tuple(hasil))
