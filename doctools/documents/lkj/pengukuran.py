"""BAB III A–B, computed: capaian and predikat of every indicator, per year and per sasaran.

Targets and realisasi come from kinerja.yaml (the report year's realisasi of the indicator the SKM
measures comes from the survey instead); the formulas are those of :mod:`doctools.kinerja`
(polarity, the configured negative formula, qualitative labels through an explicit mapping).
A missing or zero target is a DataError at the line it should be on.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from doctools.documents import bersama
from doctools.documents.lkj import rujukan
from doctools.errors import DataError, Lokasi
from doctools.kinerja import (
    SkalaPredikat,
    bulatkan,
    hitung_capaian,
    hitung_capaian_kualitatif,
    muat_skala_bawaan,
    predikat,
    skala_dari_data,
    tingkat_kemajuan,
)
from doctools.model import DataKecamatan, Indikator, Kinerja, LaporanKinerja
from doctools.model.kinerja import Sasaran
from doctools.model.lkj import Pembanding

Nilai = Decimal | str


@dataclass(frozen=True)
class Riwayat:
    """One year of an indicator: its target (None when the Renstra has none) and realisasi."""

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
    nasional: Pembanding | None = None
    ikm: Decimal | None = None
    """The survey's IKM when the realisasi comes from it (a label target shows it beside the mutu)."""


@dataclass(frozen=True)
class HasilSasaran:
    nomor: int
    sasaran: Sasaran
    indikator: tuple[HasilIndikator, ...]
    capaian: Decimal
    """Mean capaian of its indicators (unrounded)."""
    predikat: str


@dataclass(frozen=True)
class Pengukuran:
    tahun: int
    skala: SkalaPredikat
    sasaran: tuple[HasilSasaran, ...]

    @property
    def indikator(self) -> list[HasilIndikator]:
        return [i for s in self.sasaran for i in s.indikator]


def skala(data: DataKecamatan, lkj: LaporanKinerja) -> SkalaPredikat:
    """The predikat scale the data chooses: a preset by code, or the kabupaten's own scale."""
    pilihan = lkj.pengukuran.skala_predikat
    jalur = ("pengukuran", "skala_predikat")
    lokasi = bersama.lokasi_berkas(data, "lkj", *jalur)
    if isinstance(pilihan, str):
        bawaan = muat_skala_bawaan()
        if pilihan not in bawaan:
            raise DataError(f"skala predikat '{pilihan}' tidak dikenal; pilih salah satu dari "
                            f"{', '.join(bawaan)} atau tulis skala sendiri (nama, sumber, rentang)", lokasi)
        return bawaan[pilihan]
    assert pilihan is not None  # resolved from pengaturan when the data set was loaded
    peta = data.peta.get("lkj")
    baris = [peta.lokasi((*jalur, "rentang", i)).baris if peta else None
             for i in range(len(pilihan.get("rentang") or []))]
    return skala_dari_data(pilihan, Lokasi(lokasi.berkas, lokasi.baris, "pengukuran.skala_predikat"),
                           baris_rentang=baris)


class _Ukur:
    """Measures the indicators of one data set; knows where each value was written."""

    def __init__(self, data: DataKecamatan, lkj: LaporanKinerja, ikm: tuple[int, int, Decimal, str] | None) -> None:
        self.data, self.lkj = data, lkj
        self.kinerja: Kinerja = data.kinerja  # type: ignore[assignment]
        self.skala = skala(data, lkj)
        rumus = lkj.pengukuran.rumus_negatif
        assert rumus is not None  # resolved from pengaturan when the data set was loaded
        self.rumus_negatif = rumus
        self.ikm = ikm
        self.nasional = self._nasional()

    def lokasi(self, s_i: int, i_i: int, *jalur: str | int) -> Lokasi:
        return bersama.lokasi_berkas(self.data, "kinerja", "sasaran", s_i, "indikator", i_i, *jalur)

    def _nasional(self) -> dict[tuple[int, int], Pembanding]:
        hasil: dict[tuple[int, int], Pembanding] = {}
        for n, p in enumerate(self.lkj.pembanding):
            s_i = rujukan.sasaran(self.data, p.sasaran, "pembanding", n, "sasaran")
            i_i = rujukan.indikator(self.data, self.kinerja.sasaran[s_i], p.indikator, "pembanding", n, "indikator")
            if (s_i, i_i) in hasil:
                raise DataError("pembanding untuk indikator ini sudah ditulis sebelumnya",
                                bersama.lokasi_berkas(self.data, "lkj", "pembanding", n))
            hasil[(s_i, i_i)] = p
        return hasil

    def capaian(self, s_i: int, i_i: int, tahun: int, target: Nilai, realisasi: Nilai) -> Decimal:
        ind = self.kinerja.sasaran[s_i].indikator[i_i]
        lokasi = self.lokasi(s_i, i_i, "target", str(tahun))
        if isinstance(target, str) or isinstance(realisasi, str):
            if not (isinstance(target, str) and isinstance(realisasi, str)):
                raise DataError(f"target dan realisasi tahun {tahun} indikator '{ind.nama}' harus sama-sama angka "
                                "atau sama-sama label (mis. mutu B)", self.lokasi(s_i, i_i, "realisasi", str(tahun)))
            peta = self.lkj.pengukuran.nilai_kualitatif
            try:
                return hitung_capaian_kualitatif(target, realisasi, peta, lokasi=lokasi)
            except DataError as exc:
                raise DataError(f"{exc.pesan} (peta nilai: pengukuran.nilai_kualitatif di lkj.yaml)", lokasi) from None
        return hitung_capaian(target, realisasi, ind.polaritas, self.rumus_negatif, lokasi=lokasi)

    def realisasi(self, s_i: int, i_i: int, tahun: int) -> tuple[Nilai | None, Decimal | None]:
        """The realisasi of one year, and the IKM behind it when it comes from the survey."""
        ind = self.kinerja.sasaran[s_i].indikator[i_i]
        tertulis = ind.realisasi.get(tahun)
        if self.ikm is None or (self.ikm[0], self.ikm[1]) != (s_i, i_i) or tahun != self.lkj.tahun:
            return tertulis, None
        ikm, mutu = self.ikm[2], self.ikm[3]
        dari_survei: Nilai = mutu if isinstance(ind.target.get(tahun), str) else bulatkan(ikm)
        if tertulis is not None and tertulis != dari_survei:
            raise DataError(f"realisasi {tahun} tertulis {tertulis}, tetapi hasil survei kepuasan masyarakat "
                            f"(lkj.yaml, skm) adalah {dari_survei}; hapus realisasi {tahun} agar diambil dari survei",
                            self.lokasi(s_i, i_i, "realisasi", str(tahun)))
        return dari_survei, ikm

    def indikator(self, s_i: int, i_i: int) -> HasilIndikator:
        ind = self.kinerja.sasaran[s_i].indikator[i_i]
        tahun = self.lkj.tahun
        if tahun not in ind.target:
            ada = ", ".join(str(t) for t in sorted(ind.target)) or "belum ada"
            raise DataError(f"indikator '{ind.nama}' belum punya target tahun {tahun} untuk Laporan Kinerja "
                            f"(target yang ada: {ada}); tambahkan '{tahun}: …' pada target-nya",
                            self.lokasi(s_i, i_i, *(("target",) if ind.target else ())))
        realisasi, ikm = self.realisasi(s_i, i_i, tahun)
        if realisasi is None:
            raise DataError(f"indikator '{ind.nama}' belum punya realisasi tahun {tahun}; tambahkan "
                            f"'realisasi: {{{tahun}: …}}' di samping target-nya",
                            self.lokasi(s_i, i_i, *(("realisasi",) if ind.realisasi else ())))
        target = ind.target[tahun]
        capaian = self.capaian(s_i, i_i, tahun, target, realisasi)
        riwayat = []
        for t in sorted(x for x in ind.realisasi if x < tahun):
            tgt = ind.target.get(t)
            nilai = ind.realisasi[t]
            riwayat.append(Riwayat(t, tgt, nilai, None if tgt is None else self.capaian(s_i, i_i, t, tgt, nilai)))
        riwayat.append(Riwayat(tahun, target, realisasi, capaian))
        akhir = self.kinerja.periode_akhir
        if akhir not in ind.target:
            raise DataError(f"indikator '{ind.nama}' belum punya target akhir Renstra (tahun {akhir}); tambahkan "
                            f"'{akhir}: …' pada target-nya", self.lokasi(s_i, i_i, "target"))
        target_akhir = ind.target[akhir]
        lokasi_akhir = self.lokasi(s_i, i_i, "target", str(akhir))
        if isinstance(target_akhir, str) or isinstance(realisasi, str):
            kemajuan = self.capaian(s_i, i_i, akhir, target_akhir, realisasi)
        else:
            kemajuan = tingkat_kemajuan(realisasi, target_akhir, ind.polaritas, self.rumus_negatif,
                                        lokasi=lokasi_akhir)
        return HasilIndikator(ind, target, realisasi, capaian, predikat(capaian, self.skala), tuple(riwayat),
                              target_akhir, kemajuan, self.nasional.get((s_i, i_i)), ikm)


def ukur(data: DataKecamatan, lkj: LaporanKinerja, ikm: tuple[int, int, Decimal, str] | None = None) -> Pengukuran:
    """Measure every indicator of kinerja.yaml for the report year.

    ``ikm`` is ``(sasaran index, indicator index, IKM, mutu)`` when the survey gives one
    indicator's realisasi for the report year.
    """
    u = _Ukur(data, lkj, ikm)
    hasil = []
    for s_i, s in enumerate(u.kinerja.sasaran):
        ind = tuple(u.indikator(s_i, i_i) for i_i in range(len(s.indikator)))
        rata = sum((i.capaian for i in ind), Decimal(0)) / len(ind)
        hasil.append(HasilSasaran(s_i + 1, s, ind, rata, predikat(rata, u.skala)))
    return Pengukuran(lkj.tahun, u.skala, tuple(hasil))


def keterangan_skala(skala: SkalaPredikat) -> list[dict[str, Any]]:
    """Rows of the scale table, highest band first (as a reader expects)."""
    return [{"nomor": f"{n}.", "rentang": r.uraian().replace("x", "capaian"), "predikat": r.label}
            for n, r in enumerate(reversed(skala.rentang), start=1)]
