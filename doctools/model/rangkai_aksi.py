"""Resolve ``rencana-aksi.yaml`` against the Perjanjian Kinerja: which indicator, its year target, who acts.

Each plan names a PK indicator: the Camat's by a sasaran of ``kinerja.yaml`` (the one source of
his targets), a pejabat's by a sasaran of his own PK in ``perjanjian-kinerja.yaml``. The result
carries the year's target from there, never retyped, and where each value was written, so the
reviu can name both places when the quarters and the year disagree.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from doctools.errors import DataError
from doctools.kinerja.capaian import Polaritas
from doctools.kinerja.triwulan import JenisTarget
from doctools.model.instansi import ID_PEJABAT, Instansi
from doctools.model.kinerja import Kinerja
from doctools.model.penanda_tangan import Pihak
from doctools.model.perjanjian import ATASAN_CAMAT, LokasiDi, Perjanjian, PerjanjianKinerja
from doctools.model.rencana_aksi import Aksi, RencanaAksi, RencanaIndikator
from doctools.model.rujukan import Rujukan, cari_rujukan, normal_nama
from doctools.model.validasi import KumpulanGalat

Jalur = tuple[str | int, ...]


@dataclass(frozen=True)
class AksiTersusun:
    """One action with its quarters and the responsible party as printed."""

    uraian: str
    triwulan: tuple[int, ...]
    penanggung_jawab: str


@dataclass(frozen=True)
class IndikatorAksi:
    """The quarterly plan of one PK indicator, resolved."""

    sasaran: str
    nama: str
    satuan: str | None
    polaritas: Polaritas
    target_tahun: Decimal | str
    jenis: JenisTarget
    target: dict[int, Decimal | str]
    realisasi: dict[int, Decimal | str]
    aksi: tuple[AksiTersusun, ...]
    jalur: Jalur
    """Where the plan is written in rencana-aksi.yaml."""
    asal_target: tuple[str, Jalur]
    """Where the year's target is written: (data file stem, path)."""


@dataclass(frozen=True)
class RencanaPihak:
    """The Rencana Aksi of one PK level (the Camat or a pejabat), in the PK's order of indicators."""

    kunci: str
    pihak: Pihak
    indikator: tuple[IndikatorAksi, ...]
    tanpa_rencana: tuple[tuple[str, str], ...]
    """(sasaran, indicator) of the PK that have no plan in rencana-aksi.yaml."""


def _sebut(daftar: Sequence[tuple[str | None, str]]) -> str:
    return ", ".join(f"'{ident}'" if ident else str(n) for n, (ident, _) in enumerate(daftar, start=1)) or "tidak ada"


class _Rangkai:
    def __init__(self, ra: RencanaAksi, instansi: Instansi, kinerja: Kinerja, pk: PerjanjianKinerja,
                 perjanjian: Sequence[Perjanjian], lokasi: LokasiDi, camat: Pihak) -> None:
        self.ra, self.instansi, self.kinerja, self.pk, self.ttd_camat = ra, instansi, kinerja, pk, camat
        self.perjanjian = {p.kunci: p for p in perjanjian}
        self.lokasi = lokasi
        self.galat: list[DataError] = []

    def salah(self, pesan: str, *jalur: str | int) -> None:
        self.galat.append(DataError(pesan, self.lokasi("rencana-aksi", *jalur)))

    def _cari(self, ruj: Rujukan | None, daftar: list[tuple[str | None, str]], apa: str, di: str,
              jalur: Jalur) -> int | None:
        if ruj is None:
            if len(daftar) == 1:
                return 0
            self.salah(f"{di} mempunyai {len(daftar)} {apa}; tulis '{apa}:' dengan salah satu dari: {_sebut(daftar)}",
                       *jalur)
            return None
        indeks = cari_rujukan(ruj, daftar)
        if indeks is None:
            self.salah(f"{apa} '{ruj}' tidak ada {di}; yang ada: {_sebut(daftar)}", *jalur, apa)
        return indeks

    def penanggung_jawab(self, aksi: Aksi, bawaan: str, jalur: Jalur) -> str:
        teks = aksi.penanggung_jawab
        if teks is None:
            return bawaan
        if teks == ATASAN_CAMAT:
            return self.instansi.jabatan_camat
        pejabat = self.instansi.cari_pejabat(teks)
        if pejabat is not None:
            return pejabat.jabatan
        if ID_PEJABAT.match(teks):
            ids = [p.id for p in self.instansi.pejabat] + [ATASAN_CAMAT]
            saran = difflib.get_close_matches(teks, ids, n=1)
            petunjuk = f"; maksudnya '{saran[0]}'?" if saran else f"; id yang ada: {', '.join(ids)}"
            self.salah(f"penanggung jawab '{teks}' tampak seperti id pejabat, tetapi tidak ada di instansi.yaml"
                       f"{petunjuk} (nama unit ditulis dengan huruf besar, mis. 'Seksi Pemerintahan')",
                       *jalur, "penanggung_jawab")
        return teks

    def aksi(self, rencana: RencanaIndikator, bawaan: str, jalur: Jalur) -> tuple[AksiTersusun, ...]:
        return tuple(AksiTersusun(a.uraian, tuple(a.triwulan), self.penanggung_jawab(a, bawaan, (*jalur, "aksi", n)))
                     for n, a in enumerate(rencana.aksi))

    def camat(self) -> RencanaPihak | None:
        pk = self.perjanjian.get(ATASAN_CAMAT)
        if pk is None:
            return None
        dalam_pk = [(normal_nama(s.uraian), normal_nama(i.nama)) for s in pk.sasaran for i in s.indikator]
        semua = self.kinerja.sasaran
        daftar_sasaran = [(s.id, s.uraian) for s in semua]
        hasil: dict[tuple[str, str], IndikatorAksi] = {}
        for n, r in enumerate(self.ra.camat):
            jalur: Jalur = ("camat", n)
            s_i = self._cari(r.sasaran, daftar_sasaran, "sasaran", "di kinerja.yaml", jalur)
            if s_i is None:
                continue
            sasaran = semua[s_i]
            i_i = self._cari(r.indikator, [(i.id, i.nama) for i in sasaran.indikator], "indikator",
                             f"pada sasaran '{sasaran.uraian}'", jalur)
            if i_i is None:
                continue
            ind = sasaran.indikator[i_i]
            kunci = (normal_nama(sasaran.uraian), normal_nama(ind.nama))
            if kunci not in dalam_pk:
                self.salah(f"indikator '{ind.nama}' tidak termasuk Perjanjian Kinerja Camat tahun {self.pk.tahun} "
                           "(perjanjian-kinerja.yaml, camat.sasaran); Rencana Aksi memuat indikator PK saja", *jalur)
                continue
            if kunci in hasil:
                self.salah(f"rencana aksi indikator '{ind.nama}' sudah ditulis sebelumnya", *jalur)
                continue
            target_tahun = ind.target_perjanjian(self.ra.tahun)
            if target_tahun is None:
                continue  # the Camat's PK already refuses an indicator without a target for its year
            bawaan = ", ".join(ind.penanggung_jawab) or self.instansi.jabatan_camat
            hasil[kunci] = IndikatorAksi(
                sasaran.uraian, ind.nama, ind.satuan, ind.polaritas, target_tahun, r.jenis, dict(r.target),
                dict(r.realisasi), self.aksi(r, bawaan, jalur), jalur,
                ("kinerja", ("sasaran", s_i, "indikator", i_i, ind.kolom_target(self.ra.tahun), self.ra.tahun)))
        return RencanaPihak(ATASAN_CAMAT, self.ttd_camat, tuple(hasil[k] for k in dalam_pk if k in hasil),
                            tuple((s.uraian, i.nama) for s in pk.sasaran for i in s.indikator
                                  if (normal_nama(s.uraian), normal_nama(i.nama)) not in hasil))

    def pejabat(self) -> list[RencanaPihak]:
        per_id = {p.pejabat: i for i, p in enumerate(self.pk.pejabat)}
        hasil = []
        for n, rp in enumerate(self.ra.pejabat):
            p_i = per_id.get(rp.pejabat)
            perjanjian = self.perjanjian.get(rp.pejabat)
            if p_i is None or perjanjian is None:
                ada = ", ".join(f"'{p.pejabat}'" for p in self.pk.pejabat) or "tidak ada"
                self.salah(f"pejabat '{rp.pejabat}' tidak mempunyai Perjanjian Kinerja di perjanjian-kinerja.yaml; "
                           f"pejabat yang mempunyai: {ada}", "pejabat", n, "pejabat")
                continue
            pkp = self.pk.pejabat[p_i]
            daftar_sasaran = [(s.id, s.uraian) for s in pkp.sasaran]
            indikator: dict[tuple[int, int], IndikatorAksi] = {}
            for m, r in enumerate(rp.indikator):
                jalur: Jalur = ("pejabat", n, "indikator", m)
                s_i = self._cari(r.sasaran, daftar_sasaran, "sasaran", f"dalam Perjanjian Kinerja '{rp.pejabat}'", jalur)
                if s_i is None:
                    continue
                sasaran = pkp.sasaran[s_i]
                i_i = self._cari(r.indikator, [(None, i.nama) for i in sasaran.indikator], "indikator",
                                 f"pada sasaran '{sasaran.uraian}'", jalur)
                if i_i is None:
                    continue
                if (s_i, i_i) in indikator:
                    self.salah(f"rencana aksi indikator '{sasaran.indikator[i_i].nama}' sudah ditulis sebelumnya", *jalur)
                    continue
                ind = sasaran.indikator[i_i]
                indikator[(s_i, i_i)] = IndikatorAksi(
                    sasaran.uraian, ind.nama, ind.satuan, ind.polaritas, ind.target, r.jenis, dict(r.target),
                    dict(r.realisasi), self.aksi(r, perjanjian.pertama.jabatan_ttd, jalur), jalur,
                    ("perjanjian-kinerja", ("pejabat", p_i, "sasaran", s_i, "indikator", i_i, "target")))
            urut = sorted(indikator)
            tanpa = tuple((s.uraian, i.nama) for s_i, s in enumerate(pkp.sasaran) for i_i, i in enumerate(s.indikator)
                          if (s_i, i_i) not in indikator)
            hasil.append(RencanaPihak(rp.pejabat, perjanjian.pertama, tuple(indikator[k] for k in urut), tanpa))
        return hasil


def rangkai_aksi(ra: RencanaAksi, instansi: Instansi, kinerja: Kinerja, pk: PerjanjianKinerja,
                 perjanjian: Sequence[Perjanjian], lokasi: LokasiDi, camat: Pihak) -> list[RencanaPihak]:
    """The Camat's Rencana Aksi (when written) first, then each pejabat's in the order written.

    ``perjanjian`` are the resolved PK (:func:`doctools.model.perjanjian.rangkai`) of the same data;
    ``camat`` signs the Camat's plan (rencana-aksi.yaml's signer, who may not be the PK's).
    """
    r = _Rangkai(ra, instansi, kinerja, pk, perjanjian, lokasi, camat)
    if ra.tahun != pk.tahun:
        r.salah(f"Rencana Aksi tahun {ra.tahun}, tetapi perjanjian-kinerja.yaml berisi Perjanjian Kinerja tahun "
                f"{pk.tahun}; Rencana Aksi menjabarkan Perjanjian Kinerja tahun yang sama", "tahun")
        raise r.galat[0]
    hasil: list[RencanaPihak] = []
    if ra.camat:
        rencana_camat = r.camat()
        if rencana_camat is not None:
            hasil.append(rencana_camat)
    hasil += r.pejabat()
    if r.galat:
        raise r.galat[0] if len(r.galat) == 1 else KumpulanGalat(r.galat)
    return hasil
