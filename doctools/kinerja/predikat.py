"""Predikat scales: turning a capaian percentage into a label ("Sangat Tinggi", "Berhasil", ...).

A :class:`SkalaPredikat` is a list of :class:`RentangPredikat` bands that together cover the
whole real line exactly once: no value may fall in a gap or in two bands. This is checked on
construction, so a scale copied from a document with printed gaps (``91–100 / 76–90``) has to
say how the gaps are closed. The shipped presets (``data/katalog/skala-predikat.yaml``) close
each gap by keeping the printed *upper* bound of the lower band inclusive and opening the band
above right after it (``76–90`` → ``75 < x ≤ 90``), and they extend the top band to +∞ (a
capaian above 100 % is at least as good as 100 %) and the bottom band to −∞.

**Which value is classified.** :func:`predikat` applies the scale to the capaian *rounded to 2
decimals, half-up* — the value printed in the LKj, which is what a reader checks the label
against. So 84,995 % is shown as "85,00 %" and classified as 85; 84,994 % is shown as "84,99 %"
and classified as 84,99.

Own scales: a kabupaten writes the same shape in its data and loads it with
:func:`skala_dari_data`, or keeps a YAML file shaped like the catalog and loads it with
:func:`muat_skala`. Shape of one scale::

    nama: Kriteria capaian kinerja Permendagri 86/2017
    sumber: Permendagri 86/2017, ...
    catatan: optional free text
    rentang:
      - label: Sangat Tinggi
        batas_bawah: 90          # omitted or null = no lower bound (−∞)
        bawah_inklusif: false    # default true
        batas_atas: null         # omitted or null = no upper bound (+∞)
        atas_inklusif: false     # default false
        keterangan: optional text
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from doctools import fmt, sumber
from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import Angka, bulatkan, ke_decimal
from doctools.load import muat_berkas

PATH_SKALA_BAWAAN = sumber.berkas_katalog("skala-predikat.yaml")
"""The catalog of shipped presets (``data/katalog/skala-predikat.yaml`` in the repository)."""


def _angka_teks(nilai: Decimal) -> str:
    """``Decimal("75.50")`` → ``"75,5"``; ``Decimal("90")`` → ``"90"`` (Indonesian decimal comma)."""
    teks = format(nilai, "f")
    if "." in teks:
        teks = teks.rstrip("0").rstrip(".")
    return teks.replace(".", ",")


@dataclass(frozen=True, kw_only=True)
class RentangPredikat:
    """One band of a scale. ``None`` bounds are infinite (and never inclusive)."""

    batas_bawah: Decimal | None = None
    bawah_inklusif: bool = True
    batas_atas: Decimal | None = None
    atas_inklusif: bool = False
    label: str
    keterangan: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.label, str) or not self.label.strip():
            raise DataError("label rentang predikat belum diisi")
        for nama in ("batas_bawah", "batas_atas"):
            nilai = getattr(self, nama)
            if nilai is not None:
                object.__setattr__(self, nama, ke_decimal(nilai, f"{nama} rentang '{self.label}'"))
        for nama in ("bawah_inklusif", "atas_inklusif"):
            if not isinstance(getattr(self, nama), bool):
                raise DataError(f"{nama} rentang '{self.label}' harus true atau false")
        if self.batas_bawah is None:
            object.__setattr__(self, "bawah_inklusif", False)
        if self.batas_atas is None:
            object.__setattr__(self, "atas_inklusif", False)
        bawah, atas = self.batas_bawah, self.batas_atas
        if bawah is not None and atas is not None and (
            bawah > atas or (bawah == atas and not (self.bawah_inklusif and self.atas_inklusif))
        ):
            raise DataError(
                    f"rentang '{self.label}' kosong: batas bawah {_angka_teks(bawah)} tidak lebih "
                    f"kecil dari batas atas {_angka_teks(atas)}"
                )

    def memuat(self, nilai: Decimal) -> bool:
        """Whether ``nilai`` lies in this band."""
        bawah, atas = self.batas_bawah, self.batas_atas
        if bawah is not None and (nilai < bawah or (nilai == bawah and not self.bawah_inklusif)):
            return False
        return not (atas is not None and (nilai > atas or (nilai == atas and not self.atas_inklusif)))

    def uraian(self) -> str:
        """The band as text for a scale table: ``"75 < x ≤ 90"``, ``"x > 90"``, ``"x < 55"``."""
        kiri = ""
        if self.batas_bawah is not None:
            kiri = f"{_angka_teks(self.batas_bawah)} {'≤' if self.bawah_inklusif else '<'} "
        kanan = ""
        if self.batas_atas is not None:
            kanan = f" {'≤' if self.atas_inklusif else '<'} {_angka_teks(self.batas_atas)}"
        if not kiri and not kanan:
            return "semua nilai"
        if not kanan:  # "90 < x" reads better as "x > 90"
            return f"x {'≥' if self.bawah_inklusif else '>'} {_angka_teks(self.batas_bawah)}"  # type: ignore[arg-type]
        return f"{kiri}x{kanan}"


def _kunci_urut(r: RentangPredikat) -> tuple[int, Decimal, int]:
    if r.batas_bawah is None:
        return (0, Decimal(0), 0)
    return (1, r.batas_bawah, 0 if r.bawah_inklusif else 1)


def _masalah_cakupan(rentang: Sequence[RentangPredikat]) -> list[str]:
    """Describe every gap and overlap of sorted bands, in Bahasa Indonesia."""
    masalah: list[str] = []
    pertama, terakhir = rentang[0], rentang[-1]
    if pertama.batas_bawah is not None:
        tanda = "di bawah" if pertama.bawah_inklusif else "sampai dengan"
        masalah.append(
            f"nilai {tanda} {_angka_teks(pertama.batas_bawah)} tidak masuk rentang mana pun "
            "(rentang terendah harus tanpa batas bawah)"
        )
    for a, b in pairwise(rentang):
        nama = f"'{a.label}' dan '{b.label}'"
        if a.batas_atas is None:
            mulai = "semua nilai" if b.batas_bawah is None else f"nilai mulai {_angka_teks(b.batas_bawah)}"
            masalah.append(f"{mulai} masuk dua rentang, {nama}")
            continue
        if b.batas_bawah is None:
            masalah.append(f"nilai di bawah {_angka_teks(a.batas_atas)} masuk dua rentang, {nama}")
            continue
        atas, bawah = a.batas_atas, b.batas_bawah
        if atas < bawah:
            masalah.append(
                f"nilai antara {_angka_teks(atas)} dan {_angka_teks(bawah)} tidak masuk rentang "
                f"mana pun (celah antara {nama})"
            )
        elif atas > bawah:
            masalah.append(
                f"nilai antara {_angka_teks(bawah)} dan {_angka_teks(atas)} masuk dua rentang, {nama}"
            )
        elif a.atas_inklusif and b.bawah_inklusif:
            masalah.append(f"nilai {_angka_teks(atas)} masuk dua rentang, {nama}")
        elif not a.atas_inklusif and not b.bawah_inklusif:
            masalah.append(
                f"nilai {_angka_teks(atas)} tidak masuk rentang mana pun (dikecualikan oleh {nama})"
            )
    if terakhir.batas_atas is not None:
        tanda = "di atas" if terakhir.atas_inklusif else "mulai"
        masalah.append(
            f"nilai {tanda} {_angka_teks(terakhir.batas_atas)} tidak masuk rentang mana pun "
            "(rentang tertinggi harus tanpa batas atas, mis. untuk capaian di atas 100%)"
        )
    return masalah


@dataclass(frozen=True, kw_only=True)
class SkalaPredikat:
    """A named scale; ``rentang`` is stored sorted from the lowest band to the highest."""

    nama: str
    sumber: str
    rentang: tuple[RentangPredikat, ...]
    kode: str | None = None
    catatan: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.nama, str) or not self.nama.strip():
            raise DataError("nama skala predikat belum diisi")
        if not isinstance(self.sumber, str) or not self.sumber.strip():
            raise DataError(f"sumber skala predikat '{self.nama}' belum diisi; sebutkan dasar hukum atau dokumennya")
        rentang = tuple(self.rentang)
        if not rentang:
            raise DataError(f"skala predikat '{self.nama}' tidak mempunyai rentang")
        for r in rentang:
            if not isinstance(r, RentangPredikat):
                raise DataError(f"rentang skala predikat '{self.nama}' harus berupa RentangPredikat")
        urut = tuple(sorted(rentang, key=_kunci_urut))
        masalah = _masalah_cakupan(urut)
        if masalah:
            raise DataError(f"skala predikat '{self.nama}' tidak menutup garis bilangan dengan tepat: " + "; ".join(masalah))
        object.__setattr__(self, "rentang", urut)

    def rentang_untuk(self, capaian: Angka) -> RentangPredikat:
        """The band of ``capaian`` after rounding to 2 decimals half-up (see the module doc)."""
        nilai = bulatkan(ke_decimal(capaian, "capaian"))
        for r in self.rentang:
            if r.memuat(nilai):
                return r
        raise AssertionError("a validated scale covers every value")  # pragma: no cover


def predikat(capaian: Angka, skala: SkalaPredikat) -> str:
    """The label of ``capaian`` on ``skala``, classified on the value rounded to 2 decimals."""
    return skala.rentang_untuk(capaian).label


# --- building scales from data ------------------------------------------------------------

_KUNCI_SKALA = ("nama", "sumber", "rentang", "catatan", "kode")
_KUNCI_RENTANG = ("label", "batas_bawah", "bawah_inklusif", "batas_atas", "atas_inklusif", "keterangan")
_BOOL_TEKS = {"true": True, "false": False, "ya": True, "tidak": False}


def _lokasi_anak(lokasi: Lokasi | None, kolom: str, baris: int | None = None) -> Lokasi:
    if lokasi is None:
        return Lokasi(None, baris, kolom)
    induk = f"{lokasi.kolom}.{kolom}" if lokasi.kolom else kolom
    return Lokasi(lokasi.berkas, baris if baris is not None else lokasi.baris, induk)


def _ke_batas(nilai: Any, nama: str, lokasi: Lokasi) -> Decimal | None:
    if nilai is None:
        return None
    try:
        return fmt.baca_angka(nilai)
    except ValueError as exc:
        raise DataError(f"{nama} {exc}", lokasi) from None


def _ke_bool(nilai: Any, nama: str, bawaan: bool, lokasi: Lokasi) -> bool:
    if nilai is None:
        return bawaan
    if isinstance(nilai, bool):
        return nilai
    if isinstance(nilai, str) and nilai.strip().lower() in _BOOL_TEKS:
        return _BOOL_TEKS[nilai.strip().lower()]
    raise DataError(f"{nama} harus true atau false, bukan '{nilai}'", lokasi)


def _cek_kunci(data: Mapping[str, Any], dikenal: Sequence[str], apa: str, lokasi: Lokasi | None) -> None:
    asing = [str(k) for k in data if k not in dikenal]
    if asing:
        raise DataError(
            f"kolom {', '.join(repr(k) for k in asing)} tidak dikenal pada {apa}; kolom yang dikenal: "
            + ", ".join(dikenal),
            lokasi,
        )


def skala_dari_data(
    mapping: Mapping[str, Any],
    lokasi: Lokasi | None = None,
    *,
    kode: str | None = None,
    baris_rentang: Sequence[int | None] | None = None,
) -> SkalaPredikat:
    """Build a scale from plain data (the shape in the module docstring).

    ``lokasi`` is where the mapping was written; it prefixes every error. ``baris_rentang``
    optionally gives the line of each band, for messages. ``kode`` (or a ``kode`` key) names
    the scale in the catalog.
    """
    if not isinstance(mapping, Mapping):
        raise DataError("skala predikat harus berupa pemetaan dengan kolom nama, sumber dan rentang", lokasi)
    _cek_kunci(mapping, _KUNCI_SKALA, "skala predikat", lokasi)
    for wajib in ("nama", "sumber", "rentang"):
        if mapping.get(wajib) in (None, "", []):
            raise DataError(f"kolom '{wajib}' skala predikat belum diisi", _lokasi_anak(lokasi, wajib))
    daftar = mapping["rentang"]
    if not isinstance(daftar, Sequence) or isinstance(daftar, (str, bytes)):
        raise DataError("kolom 'rentang' harus berupa daftar rentang", _lokasi_anak(lokasi, "rentang"))
    rentang: list[RentangPredikat] = []
    for i, item in enumerate(daftar):
        baris = baris_rentang[i] if baris_rentang is not None and i < len(baris_rentang) else None
        lok = _lokasi_anak(lokasi, f"rentang[{i + 1}]", baris)
        if not isinstance(item, Mapping):
            raise DataError("setiap rentang harus berupa pemetaan dengan kolom label dan batas", lok)
        _cek_kunci(item, _KUNCI_RENTANG, "rentang predikat", lok)
        label = item.get("label")
        if label is None or not str(label).strip():
            raise DataError("label rentang belum diisi", lok)
        try:
            rentang.append(
                RentangPredikat(
                    label=str(label).strip(),
                    batas_bawah=_ke_batas(item.get("batas_bawah"), "batas_bawah", lok),
                    bawah_inklusif=_ke_bool(item.get("bawah_inklusif"), "bawah_inklusif", True, lok),
                    batas_atas=_ke_batas(item.get("batas_atas"), "batas_atas", lok),
                    atas_inklusif=_ke_bool(item.get("atas_inklusif"), "atas_inklusif", False, lok),
                    keterangan=None if item.get("keterangan") is None else str(item["keterangan"]),
                )
            )
        except DataError as exc:
            if exc.lokasi is not None:
                raise
            raise DataError(exc.pesan, lok) from None
    try:
        return SkalaPredikat(
            nama=str(mapping["nama"]).strip(),
            sumber=str(mapping["sumber"]).strip(),
            rentang=tuple(rentang),
            kode=kode if kode is not None else (None if mapping.get("kode") is None else str(mapping["kode"])),
            catatan=None if mapping.get("catatan") is None else str(mapping["catatan"]).strip(),
        )
    except DataError as exc:
        if exc.lokasi is not None:
            raise
        raise DataError(exc.pesan, lokasi) from None


def muat_skala(path: Path) -> dict[str, SkalaPredikat]:
    """Load a catalog of scales: a YAML mapping of ``kode`` → scale (shape as above).

    Read with the data files' reader (:mod:`doctools.load`): a bound of ``75.50`` stays the
    Decimal written, a key written twice is a galat at its line.
    """
    path = Path(path)
    berkas = str(path)
    if not path.exists():
        raise DataError("berkas skala predikat tidak ditemukan", Lokasi(berkas))
    data, peta = muat_berkas(path, berkas)
    if data is None or data == {}:
        return {}
    if not isinstance(data, Mapping):
        raise DataError("katalog skala predikat harus berupa pemetaan kode → skala", Lokasi(berkas, 1))
    hasil: dict[str, SkalaPredikat] = {}
    for kode, nilai in data.items():
        rentang = nilai.get("rentang") if isinstance(nilai, Mapping) else None
        baris_rentang: list[int | None] = []
        if isinstance(rentang, list):
            baris_rentang = [peta.lokasi((kode, "rentang", i)).baris for i in range(len(rentang))]
        hasil[kode] = skala_dari_data(
            nilai, Lokasi(berkas, peta.lokasi((kode,)).baris, kode), kode=kode, baris_rentang=baris_rentang
        )
    return hasil


def muat_skala_bawaan() -> dict[str, SkalaPredikat]:
    """The shipped presets from :data:`PATH_SKALA_BAWAAN`."""
    return muat_skala(PATH_SKALA_BAWAAN)


__all__ = [
    "PATH_SKALA_BAWAAN",
    "RentangPredikat",
    "SkalaPredikat",
    "muat_skala",
    "muat_skala_bawaan",
    "predikat",
    "skala_dari_data",
]
