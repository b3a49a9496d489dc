"""The computed year: one kecamatan's validated data with every reference resolved and every figure computed.

:func:`hitung_tahun` runs once per build (and per reviu). The documents format what it holds;
the reviu compares the values a user declared, and the documents' facts with each other,
against it. A part that cannot be computed (a broken reference, a zero target) is left out and
its problem recorded once, in :attr:`TahunKinerja.masalah`; the other parts are computed all the
same, so one broken document does not hide another's problems.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from doctools.errors import DataError, Lokasi
from doctools.tahun.anggaran import pagu_lkj
from doctools.tahun.capaian import CapaianIndikator, hitung_capaian_kinerja
from doctools.tahun.keputusan import KeputusanTahun, hitung_keputusan, periksa_pola_nomor
from doctools.tahun.laporan import Bergantung, LaporanTahun, hitung_laporan
from doctools.tahun.lokasi import lokasi_di
from doctools.tahun.masalah import galat_ke_temuan
from doctools.tahun.penanda_tangan import hitung_penanda_tangan
from doctools.tahun.perjanjian import PerjanjianTahun, hitung_perjanjian
from doctools.tahun.rencana import AksiTahun, RktTahun, hitung_rencana
from doctools.tahun.survei import SurveiTahun, hitung_survei

if TYPE_CHECKING:
    from doctools.hukum import Temuan
    from doctools.kinerja.pohon import Simpul
    from doctools.model import DataKecamatan, Pihak
    from doctools.tahun.kebijakan import Kebijakan

KEPUTUSAN_IKU = "keputusan-iku"
KEPUTUSAN_IKI = "keputusan-iki"
PERJANJIAN_KINERJA = "perjanjian-kinerja"
LAPORAN_KINERJA = "laporan-kinerja"
RENCANA_KINERJA_TAHUNAN = "rencana-kinerja-tahunan"
RENCANA_AKSI = "rencana-aksi"
POHON_KINERJA = "pohon-kinerja"
"""The kinds of document a year can be composed into (each names its output files)."""

SASARAN_PEJABAT = "pohon.sasaran-pejabat"
"""The rule id of a lower sasaran whose ``mendukung`` names no upper sasaran (registered by the reviu)."""


@dataclass(frozen=True)
class TahunKinerja:
    """Everything the documents of one kecamatan's year print, computed; see the module docstring."""

    data: DataKecamatan
    kebijakan: Kebijakan
    logo: Path | None
    """The logo of the kop surat, found and of an image type (None: no logo, or a broken one)."""
    logo_sah: bool
    keputusan_iku: KeputusanTahun | None
    keputusan_iki: KeputusanTahun | None
    perjanjian: PerjanjianTahun | None
    capaian: tuple[CapaianIndikator, ...]
    """Every indicator of kinerja.yaml (the tujuan's, then the sasaran's) with its figures per year."""
    survei: SurveiTahun | None
    laporan: LaporanTahun | None
    """The LKj's year; None without lkj.yaml, or when it could not be computed."""
    pagu_lkj: Mapping[tuple[str | int, ...], Decimal | None]
    """The pagu of every program and kegiatan of lkj.yaml's budget, as written or summed (see
    :func:`doctools.tahun.anggaran.pagu_lkj`); empty without lkj.yaml."""
    masalah: tuple[Temuan, ...]
    """The problems met computing it, each once: a galat leaves its part out, a peringatan does not."""
    rkt: RktTahun | None = None
    """The Rencana Kinerja Tahunan's tree and anggaran; None without rkt.yaml, or when not computable."""
    pohon: tuple[Simpul, ...] | None = None
    """The Pohon Kinerja's tree (one per tujuan); None without pohon-kinerja.yaml, or when not computable."""
    aksi: AksiTahun | None = None
    """Every level's Rencana Aksi with its quarterly capaian; None without rencana-aksi.yaml, or when not computable."""
    penanda_tangan: Mapping[str, Pihak] = field(default_factory=dict)
    """Data file stem → the Camat who signs its document (its ``penanda_tangan``, else instansi.yaml's);
    a document whose signer is not found is left out."""

    def lokasi(self, stem: str, *jalur: str | int) -> Lokasi:
        """Where ``jalur`` of data file ``stem`` was written (or its nearest written parent)."""
        return lokasi_di(self.data, stem, *jalur)

    def keputusan(self) -> list[KeputusanTahun]:
        """The decrees of the year, in the order of their documents."""
        return [k for k in (self.keputusan_iku, self.keputusan_iki) if k is not None]

    @property
    def dokumen(self) -> tuple[str, ...]:
        """The kind of every document the year can be composed into, one per output file, in build order."""
        hasil: list[str] = []
        ttd = self.penanda_tangan
        if self.logo_sah:
            if (self.keputusan_iku is not None and self.keputusan_iku.lengkap and self.data.kinerja is not None
                    and "keputusan-iku" in ttd):
                hasil.append(KEPUTUSAN_IKU)
            if self.keputusan_iki is not None and self.keputusan_iki.lengkap and "keputusan-iki" in ttd:
                hasil.append(KEPUTUSAN_IKI)
            if self.perjanjian is not None:
                hasil += [PERJANJIAN_KINERJA] * len(self.perjanjian.daftar)
        if self.laporan is not None and "lkj" in ttd:
            hasil.append(LAPORAN_KINERJA)
        if self.logo_sah:
            hasil += [jenis for jenis, ada, stem in ((RENCANA_KINERJA_TAHUNAN, self.rkt, "rkt"),
                                                     (RENCANA_AKSI, self.aksi, "rencana-aksi"),
                                                     (POHON_KINERJA, self.pohon, "pohon-kinerja"))
                      if ada is not None and stem in ttd]
        return tuple(hasil)


def hitung_tahun(data: DataKecamatan, kebijakan: Kebijakan) -> TahunKinerja:
    """Compute the year of ``data`` with the policy ``kebijakan`` (:func:`doctools.tahun.pilih_kebijakan`)."""
    masalah: list[Temuan] = []
    ada_dokumen = any(x is not None for x in (data.keputusan_iku, data.keputusan_iki, data.perjanjian_kinerja,
                                              data.lkj, data.rkt, data.rencana_aksi, data.pohon_kinerja))
    logo, logo_sah = None, True
    if ada_dokumen:
        try:
            logo = data.jalur_logo()
        except DataError as exc:
            masalah += galat_ke_temuan(exc)
            logo_sah = False

    galat_pola = periksa_pola_nomor(data) if data.keputusan_iku is not None or data.keputusan_iki is not None else None
    if galat_pola is not None:
        masalah += galat_ke_temuan(galat_pola)
    keputusan = {stem: hitung_keputusan(data, kep, stem, galat_pola is None)
                 for stem, kep in ((KEPUTUSAN_IKU, data.keputusan_iku), (KEPUTUSAN_IKI, data.keputusan_iki))
                 if kep is not None}

    perjanjian, galat_pk = hitung_perjanjian(data)
    if galat_pk is not None:
        # a lower sasaran that supports no upper sasaran breaks the cascade: the pohon kinerja's rule
        masalah += [replace(t, aturan=SASARAN_PEJABAT) if t.lokasi and (t.lokasi.kolom or "").endswith("mendukung")
                    else t for t in galat_ke_temuan(galat_pk)]
    penanda_tangan, masalah_ttd = hitung_penanda_tangan(data, perjanjian)
    masalah += masalah_ttd
    rencana = hitung_rencana(data, perjanjian, kebijakan, penanda_tangan.get("rencana-aksi"))
    masalah += rencana.masalah

    survei, masalah_survei = hitung_survei(data, kebijakan)
    masalah += masalah_survei
    if kebijakan.galat is not None and data.lkj is not None:
        masalah += galat_ke_temuan(kebijakan.galat)
    if kebijakan.galat_skm is not None and survei is not None:
        masalah += galat_ke_temuan(kebijakan.galat_skm)
    dari_survei = None
    if survei is not None and survei.hasil is not None and survei.indikator is not None and data.lkj is not None:
        dari_survei = (*survei.indikator, data.lkj.tahun, survei.hasil)
    capaian = hitung_capaian_kinerja(data, kebijakan, dari_survei)

    laporan = None
    if data.lkj is not None and data.kinerja is not None and data.perjanjian_kinerja is not None:
        try:
            laporan = hitung_laporan(data, kebijakan, {c.jalur: c for c in capaian}, survei, perjanjian,
                                     keputusan.get(KEPUTUSAN_IKU), logo_sah)
        except DataError as exc:
            masalah += galat_ke_temuan(exc)
        except Bergantung:
            pass
    return TahunKinerja(data=data, kebijakan=kebijakan, logo=logo, logo_sah=logo_sah,
                        keputusan_iku=keputusan.get(KEPUTUSAN_IKU), keputusan_iki=keputusan.get(KEPUTUSAN_IKI),
                        perjanjian=perjanjian, capaian=capaian, survei=survei, laporan=laporan,
                        pagu_lkj=pagu_lkj(data.lkj) if data.lkj is not None else {},
                        # a reference two parts read (a Renstra program's sasaran: the LKj's matrix and the
                        # pohon kinerja) is one problem, met twice
                        masalah=tuple(dict.fromkeys(masalah)),
                        rkt=rencana.rkt, pohon=rencana.pohon, aksi=rencana.aksi, penanda_tangan=penanda_tangan)
