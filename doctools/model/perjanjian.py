"""The Perjanjian Kinerja (PK) of one year, for every level of the kecamatan.

``perjanjian-kinerja.yaml`` holds only what is not written elsewhere: the year, the date and
place of signing, which sasaran of ``kinerja.yaml`` the Camat commits to (their indicators and
targets are taken from there, never retyped), the programs with their pagu, and for each lower
official (by id from ``instansi.yaml``) his own sasaran, indicators, targets and kegiatan — each
lower sasaran naming the upper sasaran it supports (cascading).

:func:`rangkai` checks the references across files and returns one :class:`Perjanjian` per
signing pair, ready for a document to format.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator

from doctools import fmt
from doctools.errors import DataError, KumpulanGalat, Lokasi
from doctools.fmt import TanggalTulis
from doctools.model.base import AngkaAtauLabel, Model, Tahun, TanggalTtd, Teks, Uang
from doctools.model.instansi import Instansi, KepalaDaerah
from doctools.model.kinerja import Indikator, Kinerja, Sasaran
from doctools.model.penanda_tangan import PenandaTangan, PenandaTanganTakDikenal, Pihak
from doctools.model.rujukan import Rujukan, cari_rujukan
from doctools.model.validasi import GalatDiKolom

ATASAN_CAMAT = "camat"


class MataAnggaran(Model):
    """A program (or kegiatan) with its pagu; the Jumlah is always computed."""

    id: Teks | None = Field(default=None, description="nama pendek untuk dirujuk dari kegiatan (program:)")
    nama: Teks
    anggaran: Uang
    sumber_dana: Teks | None = Field(default=None, description="ditulis di kolom Keterangan, mis. APBD")


def _anggaran_dari_kegiatan(data: Any) -> Any:
    """A program that lists its kegiatan may leave out its anggaran: it is their sum."""
    if not isinstance(data, dict) or data.get("anggaran") is not None or not isinstance(data.get("kegiatan"), list):
        return data
    try:
        jumlah = sum((fmt.baca_angka(k.get("anggaran"), desimal_maks=2) for k in data["kegiatan"]), Decimal(0))
    except (AttributeError, TypeError, ValueError):
        return data  # the kegiatan's own error is reported at its line
    return {**data, "anggaran": jumlah} if data["kegiatan"] else data


class ProgramCamat(MataAnggaran):
    """A program of the Camat's PK, optionally with its kegiatan lines (some kabupaten print them).

    The kegiatan are printed under their program; the program's anggaran is their sum (written,
    it must be that sum), so the Jumlah counts each rupiah once.
    """

    kegiatan: list[MataAnggaran] = Field(default=[], description="kegiatan program ini yang dicetak di bawahnya")

    @model_validator(mode="before")
    @classmethod
    def _isi_anggaran(cls, data: Any) -> Any:
        return _anggaran_dari_kegiatan(data)

    @model_validator(mode="after")
    def _jumlah_kegiatan(self) -> ProgramCamat:
        if self.kegiatan:
            jumlah = sum((k.anggaran for k in self.kegiatan), Decimal(0))
            if jumlah != self.anggaran:
                raise ValueError(f"anggaran program '{self.nama}' tertulis {fmt.rupiah(self.anggaran)}, tetapi jumlah "
                                 f"{len(self.kegiatan)} kegiatannya {fmt.rupiah(jumlah)}; perbaiki salah satunya, atau "
                                 "hapus anggaran program agar dihitung dari kegiatannya")
        return self


class KegiatanPK(MataAnggaran):
    """A kegiatan of a lower official's PK; ``program`` names the Camat's program it belongs to.

    The link is optional; where it is written the reviu checks that the kegiatan of each program
    add up to the program's pagu in the Camat's PK.
    """

    program: Rujukan | None = Field(default=None, description="program Camat yang menaunginya: id, nomor atau nama")


class TertulisAnggaran(Model):
    """The Jumlah of a PK's anggaran table as printed in an earlier document (``tertulis:``).

    Never printed: the reviu compares it with the computed sum and its terbilang.
    """

    jumlah: Uang | None = None
    terbilang: Teks | None = None


def _pilihan(nilai: Any) -> Any:
    """``- tata-kelola`` is short for ``- sasaran: tata-kelola``."""
    if isinstance(nilai, (str, int)) and not isinstance(nilai, bool):
        return {"sasaran": nilai}
    return nilai


class PilihanSasaran(Model):
    """A sasaran of kinerja.yaml the Camat commits to, optionally only some of its indicators."""

    sasaran: Rujukan
    indikator: list[Rujukan] = Field(default=[], description="kosong: semua indikator sasaran itu")


class PKCamat(Model):
    """The Camat's PK with the Bupati/Walikota."""

    sasaran: list[Annotated[PilihanSasaran, BeforeValidator(_pilihan)]] = Field(
        default=[], description="kosong: semua sasaran kinerja.yaml")
    program: list[ProgramCamat] = []
    tanggal: TanggalTtd | None = Field(default=None, description="bawaan: tanggal berkas")
    tempat: Teks | None = Field(default=None, description="bawaan: tempat berkas")
    tertulis: TertulisAnggaran | None = Field(
        default=None, description="jumlah anggaran yang disalin dari dokumen lain, untuk diperiksa; tidak dicetak")


class IndikatorPK(Model):
    """An indicator of a lower official, with its target for the year."""

    nama: Teks
    target: AngkaAtauLabel
    satuan: Teks | None = None
    polaritas: Literal["positif", "negatif"] = Field(
        default="positif", description="negatif: makin rendah makin baik (capaian Rencana Aksi per triwulan)")


class SasaranPK(Model):
    """A sasaran of a lower official; ``mendukung`` names the upper sasaran it supports."""

    id: Teks | None = None
    uraian: Teks
    mendukung: Rujukan = Field(description="id atau nomor sasaran atasan yang didukung")
    indikator: list[IndikatorPK] = Field(min_length=1)


class PKPejabat(Model):
    """The PK of a lower official (Sekretaris, Kepala Seksi …) with his atasan (default the Camat)."""

    pejabat: Teks = Field(description="id pejabat di instansi.yaml")
    atasan: Teks = Field(default=ATASAN_CAMAT, description="id pejabat atasan; bawaan: camat")
    sasaran: list[SasaranPK] = Field(min_length=1)
    program: list[MataAnggaran] = []
    kegiatan: list[KegiatanPK] = []
    tanggal: TanggalTtd | None = Field(default=None, description="bawaan: tanggal berkas")
    tempat: Teks | None = Field(default=None, description="bawaan: tempat berkas")
    tertulis: TertulisAnggaran | None = Field(
        default=None, description="jumlah anggaran yang disalin dari dokumen lain, untuk diperiksa; tidak dicetak")

    @model_validator(mode="after")
    def _satu_jenis_anggaran(self) -> PKPejabat:
        if self.program and self.kegiatan:
            raise ValueError("isi program atau kegiatan, tidak keduanya (satu tabel anggaran per perjanjian)")
        if self.atasan == self.pejabat:
            raise ValueError(f"pejabat '{self.pejabat}' tidak dapat menjadi atasannya sendiri")
        return self


class PerjanjianKinerja(Model):
    """``perjanjian-kinerja.yaml``: the PK of every level for one year."""

    tahun: Tahun
    tanggal: TanggalTtd | None = Field(
        default=None, description="tanggal penandatanganan; 2025-01 bila harinya ditulis tangan, kosong bila seluruhnya")
    tempat: Teks | None = Field(default=None, description="tempat penandatanganan; bawaan: tempat kecamatan")
    sumber_dana: Teks | None = Field(default=None, description="keterangan bawaan setiap program, mis. APBD")
    penanda_tangan: PenandaTangan | None = Field(
        default=None, description="Camat yang menandatangani perjanjian tahun ini (id pejabat, atau nama, nip, "
                                  "pangkat); bawaan: camat di instansi.yaml")
    kepala_daerah: KepalaDaerah | None = Field(
        default=None, description="Bupati/Walikota Pihak Kedua perjanjian Camat; bawaan: instansi.yaml")
    camat: PKCamat = PKCamat()
    pejabat: list[PKPejabat] = []

    @model_validator(mode="after")
    def _periksa(self) -> PerjanjianKinerja:
        if self.tanggal is not None and self.tanggal.tahun not in (self.tahun - 1, self.tahun):
            raise GalatDiKolom([(("tanggal",), f"tanggal penandatanganan {self.tanggal.isoformat()} tidak cocok dengan "
                                               f"tahun perjanjian {self.tahun} (harus pada tahun {self.tahun - 1} atau "
                                               f"{self.tahun})")])
        ids = [p.pejabat for p in self.pejabat]
        dobel = sorted({i for i in ids if ids.count(i) > 1})
        if dobel:
            raise ValueError(f"perjanjian pejabat ditulis lebih dari sekali: {', '.join(dobel)}")
        return self


# --- the resolved agreements -----------------------------------------------------------------


@dataclass(frozen=True)
class IndikatorTarget:
    nama: str
    target: Decimal | str
    satuan: str | None


@dataclass(frozen=True)
class SasaranTarget:
    uraian: str
    indikator: tuple[IndikatorTarget, ...]


@dataclass(frozen=True)
class Perjanjian:
    """One PK: Pihak Pertama commits to the sasaran/targets before Pihak Kedua, his atasan."""

    kunci: str
    """``camat`` or the pejabat id: names the output file."""
    pertama: Pihak
    kedua: Pihak
    sasaran: tuple[SasaranTarget, ...]
    jenis_anggaran: Literal["program", "kegiatan"]
    anggaran: tuple[MataAnggaran, ...]
    tanggal: TanggalTulis | None
    """None: left out, the date is written by hand."""
    tempat: str | None


LokasiDi = Callable[..., Lokasi]
"""``lokasi(stem, *jalur)``: where a field of a data file was written."""


def jabatan_lengkap(instansi: Instansi, jabatan: str) -> str:
    """``Kepala Seksi Pemerintahan`` → ``Kepala Seksi Pemerintahan Kecamatan Mumbulsari``.

    The statement names the office with its unit; a jabatan that already names it is kept.
    """
    nama = instansi.kecamatan.nama
    if nama.lower() in jabatan.lower():
        return jabatan
    if jabatan.lower().endswith("kecamatan"):
        return f"{jabatan} {nama}"
    return f"{jabatan} Kecamatan {nama}"


def _pihak_pejabat(instansi: Instansi, id_pejabat: str) -> Pihak | None:
    p = instansi.cari_pejabat(id_pejabat)
    if p is None:
        return None
    return Pihak(p.nama, jabatan_lengkap(instansi, p.jabatan), p.nip, p.pangkat, p.jabatan, status=p.status,
                 orang=p, asal=f"pejabat '{p.id}' di instansi.yaml")


def _sebut(daftar: list[tuple[int, str | None]]) -> str:
    """How a list of valid references is shown in a message: ids, or numbers where no id."""
    return ", ".join(f"'{ident}'" if ident else str(nomor) for nomor, ident in daftar)


class _Rangkai:
    """Collects every cross-file error instead of stopping at the first."""

    def __init__(self, pk: PerjanjianKinerja, instansi: Instansi, kinerja: Kinerja, lokasi: LokasiDi) -> None:
        self.pk, self.instansi, self.kinerja, self.lokasi = pk, instansi, kinerja, lokasi
        self.galat: list[DataError] = []
        self.camat = self._camat()

    def _camat(self) -> Pihak | None:
        """The Camat who signs this year's PK (its ``penanda_tangan``, else instansi.yaml's)."""
        try:
            return self.instansi.penanda_tangan(self.pk.penanda_tangan, "perjanjian-kinerja.yaml")
        except PenandaTanganTakDikenal as exc:
            jalur = ("penanda_tangan", *exc.jalur) if self.pk.penanda_tangan is not None else ()
            stem = "perjanjian-kinerja" if jalur else "instansi"
            self.salah(exc.pesan, stem, *jalur)
            return None

    def atasan(self, id_pejabat: str) -> Pihak | None:
        """Pihak Kedua of a lower PK: the Camat, or a pejabat (signing "a.n. Camat" where the kabupaten does)."""
        if id_pejabat == ATASAN_CAMAT:
            return self.camat
        pihak = _pihak_pejabat(self.instansi, id_pejabat)
        if pihak is not None and self.instansi.pengaturan.atas_nama_pk:
            return replace(pihak, atas_nama=self.instansi.jabatan_camat)
        return pihak

    def salah(self, pesan: str, stem: str, *jalur: str | int) -> None:
        self.galat.append(DataError(pesan, self.lokasi(stem, *jalur)))

    # -- the Camat ------------------------------------------------------------------------

    def _target(self, s_i: int, i_i: int, ind: Indikator) -> IndikatorTarget | None:
        tahun = self.pk.tahun
        target = ind.target_perjanjian(tahun)
        if target is None:
            ada = ", ".join(str(t) for t in sorted(ind.target)) or "belum ada"
            jalur = ("sasaran", s_i, "indikator", i_i) + (("target",) if ind.target else ())
            self.salah(f"indikator '{ind.nama}' belum punya target tahun {tahun} untuk Perjanjian Kinerja "
                       f"(target yang ada: {ada}); tambahkan '{tahun}: …' pada target-nya", "kinerja", *jalur)
            return None
        return IndikatorTarget(ind.nama, target, ind.satuan)

    def sasaran_camat(self) -> list[tuple[int, Sasaran, list[int]]]:
        """The chosen sasaran of kinerja.yaml (index, sasaran, indicator indexes)."""
        semua = self.kinerja.sasaran
        if not self.pk.camat.sasaran:
            return [(i, s, list(range(len(s.indikator)))) for i, s in enumerate(semua)]
        daftar = [(s.id, s.uraian) for s in semua]
        pilihan: list[tuple[int, Sasaran, list[int]]] = []
        for p_i, p in enumerate(self.pk.camat.sasaran):
            s_i = cari_rujukan(p.sasaran, daftar)
            if s_i is None:
                valid = _sebut([(i + 1, s.id) for i, s in enumerate(semua)])
                self.salah(f"sasaran '{p.sasaran}' tidak ada di kinerja.yaml; yang ada: {valid}",
                           "perjanjian-kinerja", "camat", "sasaran", p_i)
                continue
            if any(s_i == lain for lain, _, _ in pilihan):
                self.salah(f"sasaran '{p.sasaran}' dipilih lebih dari sekali", "perjanjian-kinerja",
                           "camat", "sasaran", p_i)
                continue
            sasaran = semua[s_i]
            if not p.indikator:
                pilihan.append((s_i, sasaran, list(range(len(sasaran.indikator)))))
                continue
            ind_daftar = [(ind.id, ind.nama) for ind in sasaran.indikator]
            indeks = []
            for r_i, r in enumerate(p.indikator):
                i_i = cari_rujukan(r, ind_daftar)
                if i_i is None:
                    valid = _sebut([(i + 1, ind.id) for i, ind in enumerate(sasaran.indikator)])
                    self.salah(f"indikator '{r}' tidak ada pada sasaran '{sasaran.uraian}' di kinerja.yaml; "
                               f"yang ada: {valid}", "perjanjian-kinerja", "camat", "sasaran", p_i, "indikator", r_i)
                elif i_i not in indeks:
                    indeks.append(i_i)
            pilihan.append((s_i, sasaran, indeks))
        return pilihan

    def perjanjian_camat(self) -> tuple[Perjanjian | None, list[tuple[int, str | None, str]]]:
        """The Camat's PK and the keys its sasaran can be referred to by (number, id, uraian)."""
        pilihan = self.sasaran_camat()
        sasaran = []
        for s_i, s, indeks in pilihan:
            target = [self._target(s_i, i_i, s.indikator[i_i]) for i_i in indeks]
            sasaran.append(SasaranTarget(s.uraian, tuple(t for t in target if t is not None)))
        ins = self.instansi
        kedua = ins.kepala(self.pk.kepala_daerah)
        if kedua is None:
            self.salah(f"Perjanjian Kinerja Camat ditandatangani {ins.pemerintah.jabatan_kepala} sebagai Pihak Kedua, "
                       "tetapi namanya belum ditulis: tulis pemerintah.kepala_daerah.nama di instansi.yaml (atau "
                       "kepala_daerah: di perjanjian-kinerja.yaml)", "instansi", "pemerintah")
        c = self.pk.camat
        kunci = [(s_i + 1, s.id, s.uraian) for s_i, s, _ in pilihan]
        if self.camat is None or kedua is None:
            return None, kunci
        pk = Perjanjian(ATASAN_CAMAT, self.camat, kedua, tuple(sasaran), "program",
                        self._dengan_sumber(c.program), c.tanggal or self.pk.tanggal, c.tempat or self.pk.tempat)
        return pk, kunci

    # -- lower officials -------------------------------------------------------------------

    def _dengan_sumber(self, daftar: Sequence[MataAnggaran]) -> tuple[MataAnggaran, ...]:
        bawaan = self.pk.sumber_dana
        return tuple(m if m.sumber_dana or not bawaan else m.model_copy(update={"sumber_dana": bawaan})
                     for m in daftar)

    def _jalur_atasan(self, p_i: int, pkp: PKPejabat, per_id: dict[str, int]) -> bool:
        """The atasan chain must reach the Camat without a loop."""
        dilihat = {pkp.pejabat}
        atasan = pkp.atasan
        while atasan != ATASAN_CAMAT:
            if atasan in dilihat:
                self.salah(f"rantai atasan pejabat '{pkp.pejabat}' berputar (melalui '{atasan}') dan tidak "
                           "sampai ke camat", "perjanjian-kinerja", "pejabat", p_i, "atasan")
                return False
            if atasan not in per_id:  # reported where that atasan is named
                return True
            dilihat.add(atasan)
            atasan = self.pk.pejabat[per_id[atasan]].atasan
        return True

    def perjanjian_pejabat(self, kunci_camat: list[tuple[int, str | None, str]]) -> list[Perjanjian]:
        ins = self.instansi
        per_id = {p.pejabat: i for i, p in enumerate(self.pk.pejabat)}
        hasil = []
        for p_i, pkp in enumerate(self.pk.pejabat):
            pertama = _pihak_pejabat(ins, pkp.pejabat)
            if pertama is None or pkp.pejabat == ATASAN_CAMAT:
                valid = ", ".join(f"'{p.id}'" for p in ins.pejabat) or "belum ada; tambahkan daftar pejabat"
                self.salah(f"pejabat '{pkp.pejabat}' tidak ada di daftar pejabat instansi.yaml; id yang ada: {valid}",
                           "perjanjian-kinerja", "pejabat", p_i, "pejabat")
                continue
            if pkp.atasan == ATASAN_CAMAT and self.camat is None:
                continue  # the Camat who signs is reported once
            kedua = self.atasan(pkp.atasan)
            if kedua is None or (pkp.atasan != ATASAN_CAMAT and pkp.atasan not in per_id):
                valid = ", ".join(["'camat'"] + [f"'{p.pejabat}'" for p in self.pk.pejabat if p.pejabat != pkp.pejabat])
                self.salah(f"atasan '{pkp.atasan}' tidak punya perjanjian kinerja di berkas ini; atasan yang dapat "
                           f"dipilih: {valid}", "perjanjian-kinerja", "pejabat", p_i, "atasan")
                continue
            if not self._jalur_atasan(p_i, pkp, per_id):
                continue
            if pkp.atasan == ATASAN_CAMAT:
                kunci_atas = kunci_camat
                nama_atas = f"Perjanjian Kinerja {ins.jabatan_camat}"
            else:
                atas = self.pk.pejabat[per_id[pkp.atasan]]
                kunci_atas = [(i + 1, s.id, s.uraian) for i, s in enumerate(atas.sasaran)]
                nama_atas = f"perjanjian kinerja pejabat '{atas.pejabat}'"
            daftar_atas = [(ident, uraian) for _, ident, uraian in kunci_atas]
            for s_i, s in enumerate(pkp.sasaran):
                if isinstance(s.mendukung, int):
                    cocok = any(nomor == s.mendukung for nomor, _, _ in kunci_atas)
                else:
                    cocok = cari_rujukan(s.mendukung, daftar_atas) is not None
                if not cocok:
                    valid = _sebut([(nomor, ident) for nomor, ident, _ in kunci_atas]) or "tidak ada"
                    self.salah(f"sasaran '{s.uraian}' mendukung '{s.mendukung}', tetapi sasaran itu tidak ada dalam "
                               f"{nama_atas}; yang dapat dipilih: {valid}",
                               "perjanjian-kinerja", "pejabat", p_i, "sasaran", s_i, "mendukung")
            sasaran = tuple(SasaranTarget(s.uraian, tuple(IndikatorTarget(i.nama, i.target, i.satuan)
                                                         for i in s.indikator)) for s in pkp.sasaran)
            jenis: Literal["program", "kegiatan"] = "program" if pkp.program else "kegiatan"
            hasil.append(Perjanjian(pkp.pejabat, pertama, kedua, sasaran, jenis,
                                    self._dengan_sumber(pkp.program or pkp.kegiatan),
                                    pkp.tanggal or self.pk.tanggal, pkp.tempat or self.pk.tempat))
        return hasil


def _cek_tanggal(r: _Rangkai) -> None:
    """A level's own signing date must also fall in the PK year or the year before."""
    tahun = r.pk.tahun
    bagian: list[tuple[TanggalTulis | None, tuple[str | int, ...]]] = [(r.pk.camat.tanggal, ("camat", "tanggal"))]
    bagian += [(p.tanggal, ("pejabat", i, "tanggal")) for i, p in enumerate(r.pk.pejabat)]
    for tanggal, jalur in bagian:
        if tanggal is not None and tanggal.tahun not in (tahun - 1, tahun):
            r.salah(f"tanggal penandatanganan {tanggal.isoformat()} tidak cocok dengan tahun perjanjian {tahun} "
                    f"(harus pada tahun {tahun - 1} atau {tahun})", "perjanjian-kinerja", *jalur)


def rangkai(pk: PerjanjianKinerja, instansi: Instansi, kinerja: Kinerja, lokasi: LokasiDi) -> list[Perjanjian]:
    """Resolve every reference of the PK file; all problems are raised together, with file:line.

    The Camat's PK comes first, then the lower officials' in the order written.
    """
    r = _Rangkai(pk, instansi, kinerja, lokasi)
    if not kinerja.periode_awal <= pk.tahun <= kinerja.periode_akhir:
        r.salah(f"tahun {pk.tahun} di luar periode Renstra di kinerja.yaml "
                f"({kinerja.periode_awal}–{kinerja.periode_akhir})", "perjanjian-kinerja", "tahun")
    _cek_tanggal(r)
    camat, kunci_camat = r.perjanjian_camat()
    pejabat = r.perjanjian_pejabat(kunci_camat)
    if r.galat:
        raise r.galat[0] if len(r.galat) == 1 else KumpulanGalat(r.galat)
    assert camat is not None
    return [camat, *pejabat]
