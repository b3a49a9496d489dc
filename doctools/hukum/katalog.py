"""The catalog of regulations: loading, validation and lookups.

A catalog file is YAML with a top-level mapping ``peraturan:`` whose keys are catalog keys and
whose values are entries (see ``data/katalog/peraturan.yaml`` for the fields and the key scheme).
The user's own data may carry local regulations in the same shape; :meth:`Katalog.gabung` puts
the shipped catalog and the user's together, later catalogs replacing entries of the same key.

Loading validates: YAML syntax; keys written twice (which PyYAML would silently overwrite);
each entry's fields (:class:`~doctools.hukum.model.Peraturan`); every ``perubahan``,
``mengubah`` and ``dicabut_oleh`` key exists; amendments are listed oldest first; no cycle.
Each problem is a :class:`~doctools.errors.DataError` naming the file, line and field.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from doctools import sumber, terjemah
from doctools.errors import DataError, KumpulanGalat, Lokasi, sebab_os
from doctools.hukum.jenis import kode_jenis, normalisasi_alias
from doctools.hukum.model import GalatKolom, Peraturan
from doctools.hukum.nama import nama_singkat
from doctools.load import Jalur, PetaLokasi, muat_teks

__all__ = ["BERKAS_BAWAAN", "Katalog", "normalisasi_nomor", "teks_jalur"]

#: The catalog shipped with doctools (``data/katalog/peraturan.yaml`` in the repository).
BERKAS_BAWAAN = sumber.berkas_katalog("peraturan.yaml")


def normalisasi_nomor(nomor: str) -> tuple[str, ...]:
    """Comparable form of a regulation number.

    Letters and digit groups only, leading zeros dropped, a leading "PER"/"KEP" ignored, so
    "PER/09/M.PAN/5/2007", "PER/9/M.PAN/5/2007" and "09/M.PAN/05/2007" compare equal.
    """
    token = [str(int(t)) if t.isdigit() else t for t in re.findall(r"[A-Z]+|\d+", nomor.upper())]
    while token and token[0] in {"PER", "KEP", "NOMOR", "NO"}:
        token.pop(0)
    return tuple(token)


# --- where each value came from ------------------------------------------------------------


def teks_jalur(jalur: Jalur) -> str:
    """A field path as the catalog's messages write it: ``peraturan.uu-23-2014.perubahan[0]``."""
    teks = ""
    for bagian in jalur:
        teks = f"{teks}[{bagian}]" if isinstance(bagian, int) else (f"{teks}.{bagian}" if teks else str(bagian))
    return teks


_BAGIAN_JALUR = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _jalur_dari_teks(teks: str) -> Jalur:
    """The inverse of :func:`teks_jalur`: ``perubahan[0]`` → ``("perubahan", 0)``."""
    return tuple(int(indeks) if indeks else nama for nama, indeks in _BAGIAN_JALUR.findall(teks))


@dataclass(frozen=True)
class _Asal:
    """Origin of one entry: the file, the field path of the entry and the positions of its file."""

    berkas: str | None
    awalan: Jalur
    peta: PetaLokasi = field(default_factory=PetaLokasi)

    def lokasi(self, kolom: Jalur = ()) -> Lokasi:
        jalur = self.awalan + kolom
        return Lokasi(self.berkas, _baris(self.peta, jalur), teks_jalur(jalur))


def _baris(peta: PetaLokasi, jalur: Jalur) -> int | None:
    """Line of ``jalur``, or of its nearest ancestor that has one (the file's start is not a field)."""
    for panjang in range(len(jalur), 0, -1):
        try:
            return peta.posisi(jalur[:panjang])[1]
        except KeyError:
            continue
    return None


# --- pydantic errors as user messages ----------------------------------------------------------

def _galat_validasi(e: ValidationError, asal: _Asal) -> list[DataError]:
    """Every error of ``e``, each a one-line DataError at its field's line."""
    return [_satu_galat(err, asal) for err in e.errors()]


def _satu_galat(err: Any, asal: _Asal) -> DataError:
    jalur: Jalur = tuple(err["loc"])
    asli = (err.get("ctx") or {}).get("error")
    if isinstance(asli, GalatKolom):
        pesan = asli.pesan
        if not jalur:
            jalur = _jalur_dari_teks(asli.kolom)
        elif asli.kolom == "":
            pesan = f"kolom '{teks_jalur(jalur)}': {pesan}"
    else:
        pesan = terjemah.pesan(err)
        if err["type"] == "extra_forbidden":
            daun = str(jalur[-1]) if jalur else ""
            mirip = difflib.get_close_matches(daun, list(Peraturan.model_fields), n=1)
            if mirip:
                pesan += f"; maksudnya '{mirip[0]}'?"
    return DataError(pesan, asal.lokasi(jalur))


# --- the catalog -------------------------------------------------------------------------------


class Katalog:
    """An immutable set of :class:`Peraturan` keyed by catalog key, with lookups.

    Build one with :meth:`dari_berkas`, :meth:`dari_teks`, :meth:`dari_data`, :meth:`bawaan`
    or :meth:`gabung`; ``Katalog(peraturan)`` also validates the cross-references.
    """

    __slots__ = ("_asal", "_entri", "_induk")

    def __init__(self, peraturan: Iterable[Peraturan] = ()) -> None:
        entri: dict[str, Peraturan] = {}
        for p in peraturan:
            if p.kunci in entri:
                raise DataError(f"kunci '{p.kunci}' ada dua kali", Lokasi(kolom=p.kunci))
            entri[p.kunci] = p
        self._pasang(entri, {})

    @classmethod
    def _buat(cls, entri: dict[str, Peraturan], asal: dict[str, _Asal]) -> Katalog:
        k = cls.__new__(cls)
        k._pasang(entri, asal)
        return k

    def _pasang(self, entri: dict[str, Peraturan], asal: dict[str, _Asal]) -> None:
        _periksa_rujukan(entri, asal)
        self._entri = entri
        self._asal = asal
        induk: dict[str, list[str]] = {}
        for p in entri.values():
            for k in p.perubahan:
                induk.setdefault(k, []).append(p.kunci)
        self._induk = induk

    # --- construction ---------------------------------------------------------------------

    @classmethod
    def dari_data(
        cls,
        data: Mapping[str, Any] | None,
        berkas: str | None = None,
        *,
        peta: PetaLokasi | None = None,
        awalan: Jalur = ("peraturan",),
        dasar: Katalog | None = None,
    ) -> Katalog:
        """Catalog from an already parsed mapping {key: entry}.

        ``peta`` holds the positions of the file's fields, as :func:`doctools.load.muat_teks`
        returns them; ``awalan`` is the path of the mapping inside its file. With ``dasar`` the
        result is ``gabung(dasar, <this data>)`` and references may point into ``dasar``.
        """
        peta = peta if peta is not None else PetaLokasi()
        entri: dict[str, Peraturan] = {}
        asal: dict[str, _Asal] = {}
        galat: list[DataError] = []
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise DataError(
                "daftar peraturan harus berupa pemetaan 'kunci: {jenis: …, nomor: …}'",
                _Asal(berkas, awalan, peta).lokasi(),
            )
        for kunci, isi in data.items():  # every entry is checked, so one run names every broken entry
            a = _Asal(berkas, (*awalan, kunci), peta)
            if not isinstance(kunci, str):
                galat.append(DataError(f"kunci '{kunci}' harus berupa teks, mis. 'uu-23-2014'", a.lokasi()))
                continue
            if not isinstance(isi, Mapping):
                galat.append(DataError(f"entri '{kunci}' harus berupa pemetaan (jenis, nomor, tahun, tentang, …)",
                                       a.lokasi()))
                continue
            isi = dict(isi)
            if "kunci" in isi:
                if isi["kunci"] != kunci:
                    galat.append(DataError(
                        f"kolom 'kunci' ('{isi['kunci']}') berbeda dengan nama entri '{kunci}'; hapus kolom itu",
                        a.lokasi(("kunci",)),
                    ))
                    continue
                del isi["kunci"]
            try:
                p = Peraturan.model_validate({"kunci": kunci, **isi})
            except ValidationError as e:
                galat += _galat_validasi(e, a)
                continue
            entri[kunci] = p
            asal[kunci] = a
        if galat:
            raise galat[0] if len(galat) == 1 else KumpulanGalat(galat)
        if dasar is not None:
            gabungan = dict(dasar._entri)
            gabungan.update(entri)
            asal_gab = dict(dasar._asal)
            asal_gab.update(asal)
            return cls._buat(gabungan, asal_gab)
        return cls._buat(entri, asal)

    @classmethod
    def dari_teks(
        cls,
        teks: str,
        berkas: str | None = None,
        *,
        bagian: str | None = "peraturan",
        dasar: Katalog | None = None,
    ) -> Katalog:
        """Catalog from YAML text, read by :mod:`doctools.load`. ``bagian`` is the top-level key
        holding the entries (None: the whole document is the mapping of entries)."""
        data, peta = muat_teks(teks, berkas or "peraturan.yaml")
        if bagian is not None:
            if not isinstance(data, Mapping):
                raise DataError(f"berkas katalog harus berupa pemetaan dengan kunci '{bagian}:'", Lokasi(berkas, 1))
            if bagian not in data:
                raise DataError(f"bagian '{bagian}:' tidak ada", Lokasi(berkas, 1, bagian))
            data = data[bagian]
        return cls.dari_data(data, berkas, peta=peta, awalan=(bagian,) if bagian is not None else (), dasar=dasar)

    @classmethod
    def dari_berkas(
        cls,
        berkas: str | Path,
        *,
        bagian: str | None = "peraturan",
        dasar: Katalog | None = None,
    ) -> Katalog:
        """Load and validate a catalog file (see :meth:`dari_teks`)."""
        jalur = Path(berkas)
        try:
            teks = jalur.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DataError("berkas katalog peraturan tidak ditemukan", Lokasi(str(jalur))) from None
        except UnicodeDecodeError:
            raise DataError("berkas katalog peraturan bukan teks UTF-8; simpan ulang sebagai UTF-8",
                            Lokasi(str(jalur))) from None
        except OSError as e:
            raise DataError(f"berkas katalog peraturan tidak dapat dibaca: {sebab_os(e)}", Lokasi(str(jalur))) from None
        return cls.dari_teks(teks, str(jalur), bagian=bagian, dasar=dasar)

    @classmethod
    def bawaan(cls) -> Katalog:
        """The catalog shipped with doctools (``data/katalog/peraturan.yaml``), loaded once."""
        return _muat_bawaan()

    @classmethod
    def gabung(cls, *katalog: Katalog) -> Katalog:
        """One catalog from several; an entry of a later catalog replaces one of the same key.

        The result is validated again, so a user's local entries may amend or revoke shipped
        ones, and references from one catalog into another are checked.
        """
        entri: dict[str, Peraturan] = {}
        asal: dict[str, _Asal] = {}
        for k in katalog:
            entri.update(k._entri)
            asal.update(k._asal)
        return cls._buat(entri, asal)

    # --- lookups --------------------------------------------------------------------------

    def __contains__(self, kunci: object) -> bool:
        return kunci in self._entri

    def __iter__(self) -> Iterator[Peraturan]:
        return iter(self._entri.values())

    def __len__(self) -> int:
        return len(self._entri)

    def __repr__(self) -> str:
        return f"Katalog({len(self)} peraturan)"

    def kunci(self) -> list[str]:
        """All keys, in file order."""
        return list(self._entri)

    def ambil(self, kunci: str) -> Peraturan:
        """The regulation with key ``kunci``; KeyError when absent (check with ``in``)."""
        try:
            return self._entri[kunci]
        except KeyError:
            raise KeyError(f"peraturan '{kunci}' tidak ada dalam katalog") from None

    def lokasi(self, kunci: str, kolom: str = "") -> Lokasi | None:
        """Where entry ``kunci`` (or one of its fields, e.g. ``perubahan[0]``) is defined, when known."""
        a = self._asal.get(kunci)
        return a.lokasi(_jalur_dari_teks(kolom)) if a else None

    def cari(
        self,
        jenis: str,
        nomor: str | int,
        tahun: str | int,
        lembaga: str | None = None,
    ) -> list[Peraturan]:
        """Regulations of this ``jenis``, number and year (usually zero or one).

        ``jenis`` is a code ("uu", "permen", "perbup") or a usual alias ("Permendagri",
        "PermenPAN-RB", "Peraturan Pemerintah"); a ministry alias also filters on ``lembaga``.
        Numbers compare through :func:`normalisasi_nomor`. ``lembaga`` narrows down further
        (a fragment of the issuing office, case-insensitive).
        """
        r = kode_jenis(str(jenis))
        if r is None:
            return []
        kode, fragmen = r
        try:
            th = int(tahun)
        except (TypeError, ValueError):
            return []
        nn = normalisasi_nomor(str(nomor))
        hasil = []
        for p in self._entri.values():
            if p.jenis != kode or p.tahun != th or p.nomor is None or normalisasi_nomor(p.nomor) != nn:
                continue
            lb = normalisasi_alias(p.lembaga or "")
            if fragmen and normalisasi_alias(fragmen) not in lb:
                continue
            if lembaga and normalisasi_alias(lembaga) not in lb:
                continue
            hasil.append(p)
        return hasil

    def diubah(self, kunci: str) -> list[Peraturan]:
        """The regulations that list ``kunci`` among their amendments (usually one)."""
        return [self._entri[k] for k in self._induk.get(kunci, [])]

    def pengganti(self, kunci: str) -> list[Peraturan]:
        """The chain of replacements of a revoked regulation, following ``dicabut_oleh``."""
        rantai: list[Peraturan] = []
        p = self._entri.get(kunci)
        while p is not None and p.dicabut_oleh and p.dicabut_oleh in self._entri:
            p = self._entri[p.dicabut_oleh]
            if p in rantai:
                break
            rantai.append(p)
        return rantai

    def saran(self, kueri: str, n: int = 3, ambang: float = 0.7) -> list[Peraturan]:
        """The entries closest to ``kueri`` (a mistyped key, "uu 23 2015", a title …), best first.

        Compares with difflib against each key and against "jenis nomor tahun" and
        "<short name> tentang <title>".
        """
        q = kueri.lower().strip()
        if not q:
            return []
        nilai: list[tuple[float, str]] = []
        for p in self._entri.values():
            calon = [
                p.kunci,
                p.kunci.replace("-", " "),
                f"{p.jenis} {p.nomor or ''} {p.tahun}".lower(),
                f"{nama_singkat(p)} tentang {p.tentang or ''}".lower(),
            ]
            skor = max(difflib.SequenceMatcher(None, q, c).ratio() for c in calon)
            if skor >= ambang:
                nilai.append((skor, p.kunci))
        nilai.sort(key=lambda x: (-x[0], x[1]))
        return [self._entri[k] for _, k in nilai[:n]]


@functools.cache
def _muat_bawaan() -> Katalog:
    return Katalog.dari_berkas(BERKAS_BAWAAN)


# --- cross-reference checks -----------------------------------------------------------------


def _lokasi(asal: Mapping[str, _Asal], kunci: str, kolom: str = "") -> Lokasi:
    a = asal.get(kunci)
    if a is None:
        return Lokasi(kolom=f"{kunci}.{kolom}" if kolom else kunci)
    return a.lokasi(_jalur_dari_teks(kolom))


def _tidak_ada(entri: Mapping[str, Peraturan], k: str, kolom: str) -> str:
    pesan = f"'{k}' pada kolom '{kolom}' tidak ada dalam katalog"
    mirip = difflib.get_close_matches(k, list(entri), n=1, cutoff=0.75)
    if mirip:
        pesan += f"; mungkin maksud Anda '{mirip[0]}'"
    return pesan


def _periksa_rujukan(entri: Mapping[str, Peraturan], asal: Mapping[str, _Asal]) -> None:
    """Every referenced key exists, references agree, amendments are ordered; no cycle."""
    for p in entri.values():
        for i, k in enumerate(p.perubahan):
            kolom = f"perubahan[{i}]"
            if k not in entri:
                raise DataError(_tidak_ada(entri, k, "perubahan"), _lokasi(asal, p.kunci, kolom))
            q = entri[k]
            if q.tahun < p.tahun:
                raise DataError(
                    f"perubahan '{k}' ({q.tahun}) lebih tua daripada peraturan yang diubah ({p.tahun})",
                    _lokasi(asal, p.kunci, kolom),
                )
            if i > 0:
                sebelum = entri[p.perubahan[i - 1]]
                if _lebih_tua(q, sebelum):
                    raise DataError(
                        f"urutan 'perubahan' harus dari yang terlama ke yang terbaru: '{k}' lebih tua "
                        f"daripada '{sebelum.kunci}'",
                        _lokasi(asal, p.kunci, kolom),
                    )
        for i, k in enumerate(p.mengubah):
            kolom = f"mengubah[{i}]"
            if k not in entri:
                raise DataError(_tidak_ada(entri, k, "mengubah"), _lokasi(asal, p.kunci, kolom))
            if p.kunci not in entri[k].perubahan:
                raise DataError(
                    f"'{p.kunci}' mengubah '{k}', tetapi tidak tercantum dalam kolom 'perubahan' milik '{k}'",
                    _lokasi(asal, p.kunci, kolom),
                )
        if p.dicabut_oleh is not None:
            k = p.dicabut_oleh
            if k not in entri:
                raise DataError(_tidak_ada(entri, k, "dicabut_oleh"), _lokasi(asal, p.kunci, "dicabut_oleh"))
            if entri[k].tahun < p.tahun:
                raise DataError(
                    f"'{k}' ({entri[k].tahun}) lebih tua daripada peraturan yang dicabutnya ({p.tahun})",
                    _lokasi(asal, p.kunci, "dicabut_oleh"),
                )
    _periksa_siklus(entri, asal)


def _lebih_tua(a: Peraturan, b: Peraturan) -> bool:
    """Whether ``a`` is older than ``b``: by date when both are known, else by year."""
    if a.tanggal is not None and b.tanggal is not None:
        return a.tanggal < b.tanggal
    return a.tahun < b.tahun


def _periksa_siklus(entri: Mapping[str, Peraturan], asal: Mapping[str, _Asal]) -> None:
    """Reject a cycle through ``perubahan`` and ``dicabut_oleh``."""

    def tetangga(p: Peraturan) -> list[tuple[str, str]]:
        hasil = [(k, f"perubahan[{i}]") for i, k in enumerate(p.perubahan)]
        if p.dicabut_oleh:
            hasil.append((p.dicabut_oleh, "dicabut_oleh"))
        return hasil

    warna: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for awal in entri:
        if warna.get(awal):
            continue
        jalur: list[str] = [awal]
        tumpukan: list[Iterator[tuple[str, str]]] = [iter(tetangga(entri[awal]))]
        warna[awal] = 1
        while tumpukan:
            try:
                k, kolom = next(tumpukan[-1])
            except StopIteration:
                warna[jalur.pop()] = 2
                tumpukan.pop()
                continue
            if k not in entri:
                continue
            if warna.get(k) == 1:
                lingkar = jalur[jalur.index(k) :] + [k]
                raise DataError(
                    "rujukan melingkar lewat 'perubahan'/'dicabut_oleh': " + " → ".join(lingkar),
                    _lokasi(asal, jalur[-1], kolom),
                )
            if not warna.get(k):
                warna[k] = 1
                jalur.append(k)
                tumpukan.append(iter(tetangga(entri[k])))
