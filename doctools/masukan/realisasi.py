"""Budget realisation from the regional finance system's export: programs, kegiatan, sub-kegiatan.

The sheet is read through a mapping (lkj.yaml ``anggaran``: ``lembar``, ``baris_judul``,
``kolom: {kode, uraian, pagu, realisasi}``, each column a letter or a header text). Rows below
the header are classified:

* **with a kode rekening column** (Permendagri 90/2019 nomenclature): ``X`` urusan and ``X.XX``
  bidang urusan (subtotals), ``X.XX.XX`` program, ``X.XX.XX.X.XX`` kegiatan,
  ``X.XX.XX.X.XX.XXXX`` sub kegiatan, and account codes (``5.1.02.01.01.0024``: rekening belanja)
  as the parts of the sub kegiatan or kegiatan above them. A kegiatan belongs to the program
  whose code begins its own, a sub kegiatan to its kegiatan;
* **without one**: from the names — a row beginning with "Program" is a program, "Kegiatan" a
  kegiatan and "Sub Kegiatan" a sub kegiatan (the word is dropped from the name); an unmarked row
  is a kegiatan of the program above, or, when the sheet marks its kegiatan, a sub kegiatan of
  the kegiatan above;
* a row without a kode whose text begins with "Jumlah" or "Total" is a total; a row with no
  amount and no kode (a heading, a note, an empty row) is skipped; the row of column numbers
  ("1 2 3 4 …") under a header is skipped.

**Subtotals are checked, never added**: a program's pagu and realisasi must equal the sums of its
kegiatan, a kegiatan's those of its sub kegiatan (or of its top account rows), an urusan's those
of its programs, a total those of the programs above it. Only the lowest rows the LKj shows
(``rincian``: kegiatan or sub kegiatan) carry amounts into it, so nothing is counted twice.

**Amounts** may be numbers, text with thousands dots (``1.402.600.000`` or ``1.402.600.000,00``,
read by :func:`doctools.fmt.parse_angka`), negative in parentheses (``(1.250.000)``) or with a
minus sign, and ``-`` for zero. A negative amount may be a correction among the parts, but a row
the LKj shows must not be negative.

**Sasaran.** The LKj links every kegiatan to a sasaran: ``sasaran`` maps a program or kegiatan,
by kode or by name, to it. A program of the sheet that the mapping does not name (and not all of
its kegiatan either) fits no program of the data: a finding at its cell. A mapping key that names
no row is an error at its line in lkj.yaml, with the closest kode or name.

Every problem is collected and raised together (a :class:`~doctools.model.validasi.KumpulanGalat`),
each at its cell.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from doctools import fmt
from doctools.errors import DataError, KumpulanGalat, Lokasi
from doctools.masukan.lembar import (
    Judul,
    Lembar,
    LokasiSel,
    adalah_huruf_kolom,
    baca_lembar,
    huruf_kolom,
    indeks_kolom,
    normal,
    pesan_rumus,
    teks_sel,
)
from doctools.masukan.sel import GalatSel, baca_kode, baca_uang, baris_nomor_kolom

Tingkat = Literal["urusan", "program", "kegiatan", "sub_kegiatan", "rekening", "jumlah"]
Rincian = Literal["kegiatan", "sub_kegiatan"]
KOLOM_WAJIB = ("uraian", "pagu", "realisasi")

_POLA_KODE: tuple[tuple[re.Pattern[str], Tingkat], ...] = (
    (re.compile(r"^\d{1,2}$"), "urusan"),
    (re.compile(r"^\d{1,2}\.\d{2}$"), "urusan"),
    (re.compile(r"^\d{1,2}\.\d{2}\.\d{2}$"), "program"),
    (re.compile(r"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}$"), "kegiatan"),
    (re.compile(r"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$"), "sub_kegiatan"),
    (re.compile(r"^[4-6](\.\d+)*$"), "rekening"),
)
_AWALAN_NAMA: tuple[tuple[re.Pattern[str], Tingkat], ...] = (
    (re.compile(r"^sub[\s-]*kegiatan\b[\s:.\-–]*", re.IGNORECASE), "sub_kegiatan"),
    (re.compile(r"^kegiatan\b[\s:.\-–]*", re.IGNORECASE), "kegiatan"),
    (re.compile(r"^program\b", re.IGNORECASE), "program"),
)
_JUMLAH = re.compile(r"^(jumlah|total)\b", re.IGNORECASE)
_NAMA_TINGKAT = {"urusan": "urusan", "program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan",
                 "rekening": "rekening", "jumlah": "baris jumlah"}


@dataclass(frozen=True)
class PetaRealisasi:
    """How to read the export (lkj.yaml ``anggaran``)."""

    kolom: Mapping[str, str]
    """``kode`` (optional), ``uraian``, ``pagu``, ``realisasi`` → column letter or header text."""
    lembar: str | None = None
    baris_judul: tuple[int, int] | None = None
    sasaran: Mapping[str, Any] = field(default_factory=dict)
    """Kode or name of a program or kegiatan → the sasaran reference it supports."""
    rincian: Rincian = "sub_kegiatan"


@dataclass
class BarisAnggaran:
    """One classified row of the export."""

    nomor: int
    tingkat: Tingkat
    kode: str | None
    nama: str
    pagu: Decimal
    realisasi: Decimal
    anak: list[BarisAnggaran] = field(default_factory=list)


@dataclass(frozen=True)
class Realisasi:
    """The budget read from the export, in lkj.yaml's shape, with the row of every item."""

    program: tuple[dict[str, Any], ...]
    """``{nama, sasaran, kegiatan: [{nama, sasaran?, pagu, realisasi, sub_kegiatan: […]}]}``"""
    baris: dict[tuple[str | int, ...], int]
    """Path inside ``program`` (``("program", 0, "kegiatan", 1)``) → spreadsheet row."""
    kunci_sasaran: dict[tuple[str | int, ...], str]
    """Path of a ``sasaran`` value → the mapping key it came from."""
    lembar: Lembar


LokasiKunci = Callable[..., Lokasi | None]


def _tanpa_lokasi(*_: object) -> Lokasi | None:
    return None


def _masalah_nama(nama: str) -> str | None:
    """Why a program or kegiatan name read from the sheet cannot be printed (None: it can).

    The names are printed in the LKj like text of the YAML files, and refused for the same reasons:
    an invisible control character, or a mark of the templates (see :mod:`doctools.model.tanda`).
    """
    from doctools.load import karakter_terlarang
    from doctools.model.tanda import pesan_tanda_templat  # not at the top: doctools.model reads this module

    salah = karakter_terlarang(nama)
    return salah[1] if salah else pesan_tanda_templat(nama)


def _rp(nilai: Decimal) -> str:
    return fmt.rupiah(nilai)


class _Pembaca:
    def __init__(self, lembar: Lembar, judul: Judul, peta: PetaRealisasi, kolom: dict[str, int]) -> None:
        self.lembar, self.judul, self.peta, self.kolom = lembar, judul, peta, kolom
        self.galat: list[DataError] = []
        self.rusak: set[int] = set()
        """Rows with an amount that could not be read: their subtotals are not checked (one finding is enough)."""

    def salah(self, pesan: str, baris: int | None, kolom: str | None = None) -> None:
        k = self.kolom.get(kolom) if kolom else None
        self.galat.append(DataError(pesan, self.lembar.lokasi(baris, k)))

    def sel(self, r: tuple[Any, ...], kolom: str) -> Any:
        k = self.kolom.get(kolom)
        return r[k] if k is not None and k < len(r) else None

    def baris(self) -> list[BarisAnggaran]:
        hasil: list[BarisAnggaran] = []
        kosong: list[tuple[int, str, str]] = []
        pakai_kode = "kode" in self.kolom
        ada_kegiatan = not pakai_kode and any(
            _AWALAN_NAMA[1][0].match(teks_sel(self.sel(r, "uraian")))
            for _, r in self.lembar.baris_terisi(self.judul.terakhir + 1))
        pertama = True
        for nomor, r in self.lembar.baris_terisi(self.judul.terakhir + 1):
            if pertama and baris_nomor_kolom(r):
                pertama = False
                continue
            pertama = False
            nama = teks_sel(self.sel(r, "uraian"))
            kode = baca_kode(self.sel(r, "kode")) if pakai_kode else None
            jumlah: dict[str, Decimal | None] = {}
            for apa in ("pagu", "realisasi"):
                try:
                    jumlah[apa] = baca_uang(self.sel(r, apa))
                except GalatSel as exc:
                    self.salah(f"{apa} '{teks_sel(self.sel(r, apa))}' tidak dapat dibaca: {exc}", nomor, apa)
                    self.rusak.add(nomor)
                    jumlah[apa] = Decimal(0)
            ada_angka = any(v is not None for v in jumlah.values())
            tingkat = self._tingkat(nomor, kode, nama, ada_angka, ada_kegiatan)
            if tingkat is None:
                continue
            if tingkat in ("program", "kegiatan", "sub_kegiatan") and not nama:
                self.salah(f"{_NAMA_TINGKAT[tingkat]} {kode or ''} tanpa uraian; isi nama {_NAMA_TINGKAT[tingkat]}nya",
                           nomor, "uraian")
            if not pakai_kode and tingkat in ("kegiatan", "sub_kegiatan"):
                for pola, t in _AWALAN_NAMA:
                    if t == tingkat:
                        nama = pola.sub("", nama).strip() or nama
            masalah = _masalah_nama(nama)
            if masalah:
                self.salah(masalah, nomor, "uraian")
            for apa in ("pagu", "realisasi"):
                if jumlah[apa] is None:
                    kosong.append((nomor, apa, tingkat))
            hasil.append(BarisAnggaran(nomor, tingkat, kode, nama, jumlah["pagu"] or Decimal(0),
                                       jumlah["realisasi"] or Decimal(0)))
        if kosong:
            rumus = self.lembar.rumus((b, self.kolom[apa]) for b, apa, _ in kosong)
            for b, apa, tingkat_b in kosong:
                self.rusak.add(b)
                if (b, self.kolom[apa]) in rumus:
                    self.salah(pesan_rumus(rumus[(b, self.kolom[apa])]), b, apa)
                else:
                    self.salah(f"{apa} {_NAMA_TINGKAT[tingkat_b]} kosong; isi angkanya (0 bila memang nol)", b, apa)
        return hasil

    def _tingkat(self, nomor: int, kode: str | None, nama: str, ada_angka: bool, ada_kegiatan: bool) -> Tingkat | None:
        if kode is None and _JUMLAH.match(nama):
            return "jumlah" if ada_angka else None
        if "kode" in self.kolom:
            if kode is None:
                if ada_angka:
                    self.salah("baris berisi angka tetapi tanpa kode rekening; isi kodenya (mis. 7.01.02.2.01), "
                               "atau tulis 'Jumlah' di uraian bila baris ini jumlah", nomor, "kode")
                return None
            for pola, tingkat in _POLA_KODE:
                if pola.match(kode):
                    return tingkat
            self.salah(f"kode '{kode}' tidak dikenal; program ditulis X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan "
                       "X.XX.XX.X.XX.XXXX, rekening belanja 5.X.XX…", nomor, "kode")
            return None
        if not nama:
            if ada_angka:
                self.salah("baris berisi angka tetapi uraiannya kosong; isi nama program atau kegiatannya", nomor,
                           "uraian")
            return None
        for pola, tingkat in _AWALAN_NAMA:
            if pola.match(nama):
                return tingkat
        if not ada_angka:
            return None
        return "sub_kegiatan" if ada_kegiatan else "kegiatan"

    def susun(self, semua: list[BarisAnggaran]) -> tuple[list[BarisAnggaran], list[BarisAnggaran], list[list[BarisAnggaran]]]:
        """Programs with their kegiatan and sub kegiatan; urusan rows; totals with the programs they close."""
        program: list[BarisAnggaran] = []
        urusan: list[BarisAnggaran] = []
        jumlah: list[list[BarisAnggaran]] = []
        per_kode: dict[str, BarisAnggaran] = {}
        sejak_jumlah: list[BarisAnggaran] = []
        terakhir: dict[str, BarisAnggaran | None] = {"program": None, "kegiatan": None, "sub_kegiatan": None}
        for b in semua:
            if b.kode is not None and b.tingkat != "rekening":
                if b.kode in per_kode:
                    self.salah(f"kode '{b.kode}' sudah ada pada baris {per_kode[b.kode].nomor}; setiap program, "
                               "kegiatan dan sub kegiatan satu baris", b.nomor, "kode")
                    continue
                per_kode[b.kode] = b
            if b.tingkat == "urusan":
                urusan.append(b)
            elif b.tingkat == "jumlah":
                jumlah.append([b, *sejak_jumlah])
                sejak_jumlah = []
            elif b.tingkat == "program":
                program.append(b)
                sejak_jumlah.append(b)
                terakhir.update(program=b, kegiatan=None, sub_kegiatan=None)
            elif b.tingkat in ("kegiatan", "sub_kegiatan"):
                induk = self._induk(b, per_kode, terakhir)
                if induk is None:
                    continue
                induk.anak.append(b)
                terakhir[b.tingkat] = b
                if b.tingkat == "kegiatan":
                    terakhir["sub_kegiatan"] = None
            else:  # rekening: a part of the lowest row above it
                induk = terakhir["sub_kegiatan"] or terakhir["kegiatan"]
                if induk is None:
                    self.salah(f"rekening '{b.kode}' tidak berada di bawah kegiatan atau sub kegiatan mana pun; "
                               "pindahkan ke bawah sub kegiatannya", b.nomor, "kode")
                    continue
                induk.anak.append(b)
        return program, urusan, jumlah

    def _induk(self, b: BarisAnggaran, per_kode: dict[str, BarisAnggaran],
               terakhir: dict[str, BarisAnggaran | None]) -> BarisAnggaran | None:
        atas: Tingkat = "program" if b.tingkat == "kegiatan" else "kegiatan"
        if b.kode is not None:
            kode_induk = ".".join(b.kode.split(".")[:3 if atas == "program" else 5])
            induk = per_kode.get(kode_induk)
            if induk is None:
                self.salah(f"{_NAMA_TINGKAT[b.tingkat]} '{b.kode} {b.nama}' tidak masuk program mana pun di lembar "
                           f"ini: {_NAMA_TINGKAT[atas]} {kode_induk} tidak ada; tambahkan baris "
                           f"{_NAMA_TINGKAT[atas]}nya atau perbaiki kodenya", b.nomor, "kode")
            return induk
        induk = terakhir[atas]
        if induk is None:
            self.salah(f"{_NAMA_TINGKAT[b.tingkat]} '{b.nama}' tidak masuk program mana pun: tidak ada baris "
                       f"{_NAMA_TINGKAT[atas]} di atasnya; tambahkan baris {_NAMA_TINGKAT[atas]}nya (diawali "
                       f"'{'Program' if atas == 'program' else 'Kegiatan'}')", b.nomor, "uraian")
        return induk

    def periksa_jumlah(self, b: BarisAnggaran, bagian: list[BarisAnggaran], apa: str) -> None:
        """A subtotal row against the sum of its parts, for pagu and realisasi."""
        if b.nomor in self.rusak or any(x.nomor in self.rusak for x in bagian):
            return
        for kolom in ("pagu", "realisasi"):
            tertulis = getattr(b, kolom)
            jumlah = sum((getattr(x, kolom) for x in bagian), Decimal(0))
            if tertulis != jumlah:
                rentang = f"baris {bagian[0].nomor}" if len(bagian) == 1 else \
                    f"baris {bagian[0].nomor}–{bagian[-1].nomor}"
                self.salah(f"{kolom} {apa} tertulis {_rp(tertulis)}, tetapi jumlah rinciannya ({rentang}) "
                           f"{_rp(jumlah)}; selisih {_rp(tertulis - jumlah)}, perbaiki salah satunya", b.nomor, kolom)

    def periksa(self, program: list[BarisAnggaran], urusan: list[BarisAnggaran],
                jumlah: list[list[BarisAnggaran]]) -> None:
        for p in program:
            kegiatan = [k for k in p.anak if k.tingkat == "kegiatan"]
            if not kegiatan:
                self.salah(f"program '{p.nama}' tidak mempunyai kegiatan di bawahnya; LKj memuat anggaran per "
                           "kegiatan", p.nomor, "uraian")
                continue
            self.periksa_jumlah(p, kegiatan, f"program '{p.nama}'")
            for k in kegiatan:
                sub = [s for s in k.anak if s.tingkat == "sub_kegiatan"]
                if sub:
                    self.periksa_jumlah(k, sub, f"kegiatan '{k.nama}'")
                for x in (sub or [k]):
                    self._periksa_rekening(x)
                    if self.peta.rincian == "kegiatan" and x is not k:
                        continue
                    for kolom in ("pagu", "realisasi"):
                        if getattr(x, kolom) < 0:
                            self.salah(f"{kolom} {_NAMA_TINGKAT[x.tingkat]} '{x.nama}' negatif "
                                       f"({_rp(getattr(x, kolom))}); LKj memuat angka 0 atau lebih", x.nomor, kolom)
        for u in urusan:
            bagian = [p for p in program if p.kode and p.kode.startswith(f"{u.kode}.")]
            if bagian:
                self.periksa_jumlah(u, bagian, f"urusan '{u.kode} {u.nama}'")
        for j, *sejak in jumlah:
            bagian = sejak if sejak else program
            semua = (sum((p.pagu for p in program), Decimal(0)), sum((p.realisasi for p in program), Decimal(0)))
            if bagian and (j.pagu, j.realisasi) != semua:
                self.periksa_jumlah(j, bagian, f"'{j.nama}'")

    def _periksa_rekening(self, x: BarisAnggaran) -> None:
        rekening = [r for r in x.anak if r.tingkat == "rekening" and r.kode]
        if not rekening:
            return
        puncak = min(len(r.kode.split(".")) for r in rekening if r.kode)
        self.periksa_jumlah(x, [r for r in rekening if r.kode and len(r.kode.split(".")) == puncak],
                            f"{_NAMA_TINGKAT[x.tingkat]} '{x.nama}'")


def _cocok_kunci(kunci: str, b: BarisAnggaran) -> bool:
    return kunci.strip() == b.kode or normal(kunci) == normal(b.nama)


def _sasaran(pembaca: _Pembaca, program: list[BarisAnggaran], peta: PetaRealisasi,
             lokasi_yaml: LokasiKunci) -> dict[int, tuple[str, Any]]:
    """Row number → (mapping key, sasaran) of every program and kegiatan the mapping names."""
    hasil: dict[int, tuple[str, Any]] = {}
    calon = [b for p in program for b in (p, *[k for k in p.anak if k.tingkat == "kegiatan"])]
    for kunci, sasaran in peta.sasaran.items():
        cocok = [b for b in calon if _cocok_kunci(str(kunci), b)]
        if not cocok:
            pilihan = {x: x for b in calon for x in (b.kode, b.nama) if x}
            mirip = difflib.get_close_matches(str(kunci), list(pilihan), n=1, cutoff=0.6)
            saran = f"; maksudnya '{mirip[0]}'?" if mirip else ""
            pembaca.galat.append(DataError(
                f"'{kunci}' bukan kode atau nama program/kegiatan di {pembaca.lembar.berkas}{saran}",
                lokasi_yaml("sasaran", kunci)))
            continue
        for b in cocok:
            hasil[b.nomor] = (str(kunci), sasaran)
    for p in program:
        kegiatan = [k for k in p.anak if k.tingkat == "kegiatan"]
        if p.nomor not in hasil and kegiatan and not all(k.nomor in hasil for k in kegiatan):
            kunci = p.kode or p.nama
            pembaca.salah(f"program '{p.nama}' tidak disebut di anggaran.sasaran lkj.yaml, sehingga tidak diketahui "
                          f"sasaran yang didukungnya; tambahkan '\"{kunci}\": <id sasaran>' di bawah sasaran:",
                          p.nomor, "kode" if p.kode else "uraian")
    return hasil


def _kolom(lembar: Lembar, judul: Judul, peta: PetaRealisasi, lokasi_yaml: LokasiKunci) -> dict[str, int]:
    kolom: dict[str, int] = {}
    for apa, kunci in peta.kolom.items():
        k = lembar.cari_kolom(str(kunci), judul, apa, lokasi_yaml("kolom", apa))
        if k in kolom.values():
            lain = next(a for a, x in kolom.items() if x == k)
            raise DataError(f"kolom {huruf_kolom(k)} dipakai untuk '{lain}' dan '{apa}'; setiap isian satu kolom",
                            lokasi_yaml("kolom", apa))
        kolom[apa] = k
    return kolom


def _cari_judul(lembar: Lembar, peta: PetaRealisasi) -> tuple[int, int] | None:
    """Without ``baris_judul``: the first row with text in every column given by letter (a title
    line above the table fills only its first cell)."""
    if peta.baris_judul is not None:
        return peta.baris_judul
    huruf = [indeks_kolom(v) for v in peta.kolom.values() if adalah_huruf_kolom(str(v))]
    if not huruf or len(huruf) < len(peta.kolom):
        return None
    for nomor, r in lembar.baris_terisi():
        if all(k < len(r) and isinstance(r[k], str) and r[k].strip() for k in huruf):
            return nomor, nomor
    raise DataError("baris judul tabel tidak ditemukan (baris yang berisi judul di semua kolom yang dipetakan); "
                    "tulis nomornya di baris_judul", lembar.lokasi(None))


def baca_realisasi(path: Path, berkas: str | None, peta: PetaRealisasi, *,
                   lokasi_yaml: LokasiKunci = _tanpa_lokasi) -> Realisasi:
    """Read the export into programs → kegiatan → sub kegiatan (see the module docstring)."""
    lembar = baca_lembar(path, berkas, peta.lembar)
    judul = lembar.judul(_cari_judul(lembar, peta))
    pembaca = _Pembaca(lembar, judul, peta, _kolom(lembar, judul, peta, lokasi_yaml))
    semua = pembaca.baris()
    program, urusan, jumlah = pembaca.susun(semua)
    if not program and not pembaca.galat:
        pembaca.salah("tidak ada satu pun baris program di bawah baris judul; periksa baris_judul dan kolom "
                      "kode/uraian", judul.terakhir)
    pembaca.periksa(program, urusan, jumlah)
    sasaran = _sasaran(pembaca, program, peta, lokasi_yaml)
    if pembaca.galat:  # in the order of the sheet, then the mapping's own lines
        pembaca.galat.sort(key=lambda g: (not isinstance(g.lokasi, LokasiSel), (g.lokasi and g.lokasi.baris) or 0))
        raise pembaca.galat[0] if len(pembaca.galat) == 1 else KumpulanGalat(pembaca.galat)
    hasil: list[dict[str, Any]] = []
    baris: dict[tuple[str | int, ...], int] = {}
    kunci_sasaran: dict[tuple[str | int, ...], str] = {}
    for p_i, p in enumerate(program):
        jp: tuple[str | int, ...] = ("program", p_i)
        baris[jp] = p.nomor
        item: dict[str, Any] = {"nama": p.nama, "kegiatan": []}
        if p.nomor in sasaran:
            kunci_sasaran[(*jp, "sasaran")], item["sasaran"] = sasaran[p.nomor]
        for k_i, k in enumerate(x for x in p.anak if x.tingkat == "kegiatan"):
            jk = (*jp, "kegiatan", k_i)
            baris[jk] = k.nomor
            keg: dict[str, Any] = {"nama": k.nama}
            if k.nomor in sasaran:
                kunci_sasaran[(*jk, "sasaran")], keg["sasaran"] = sasaran[k.nomor]
            sub = [s for s in k.anak if s.tingkat == "sub_kegiatan"]
            if sub and peta.rincian == "sub_kegiatan":
                keg["sub_kegiatan"] = [{"nama": s.nama, "pagu": s.pagu, "realisasi": s.realisasi} for s in sub]
                for s_i, s in enumerate(sub):
                    baris[(*jk, "sub_kegiatan", s_i)] = s.nomor
            else:
                keg.update(pagu=k.pagu, realisasi=k.realisasi)
            item["kegiatan"].append(keg)
        hasil.append(item)
    return Realisasi(tuple(hasil), baris, kunci_sasaran, lembar)


__all__ = ["KOLOM_WAJIB", "BarisAnggaran", "PetaRealisasi", "Realisasi", "baca_realisasi"]
