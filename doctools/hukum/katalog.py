"""The catalog of regulations: loading, validation and lookups.

A catalog file is YAML with a top-level mapping ``peraturan:`` whose keys are catalog keys and
whose values are entries (see ``data/katalog/peraturan.yaml`` for the fields and the key scheme).
The user's own data may carry local regulations in the same shape; :meth:`Katalog.gabung` puts
the shipped catalog and the user's together, later catalogs replacing entries of the same key.

Loading validates: YAML syntax; keys written twice (which PyYAML would silently overwrite);
each entry's fields (:class:`~doctools.hukum.model.Peraturan`); every ``perubahan``,
``mengubah`` and ``dicabut_oleh`` key exists; amendments are listed oldest first; no cycle
(:mod:`.rujukan`). Each problem is a :class:`~doctools.errors.DataError` naming the file, line and
field (:mod:`.asal`).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from doctools import sumber
from doctools.errors import DataError, KumpulanGalat, Lokasi, sebab_os
from doctools.hukum.asal import Asal, galat_validasi, jalur_dari_teks
from doctools.hukum.jenis import kode_jenis, normalisasi_alias
from doctools.hukum.model import Peraturan
from doctools.hukum.nama import nama_singkat
from doctools.hukum.rujukan import periksa_rujukan
from doctools.load import Jalur, PetaLokasi, muat_teks

__all__ = ["BERKAS_BAWAAN", "Katalog", "normalisasi_nomor"]

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
    def _buat(cls, entri: dict[str, Peraturan], asal: dict[str, Asal]) -> Katalog:
        k = cls.__new__(cls)
        k._pasang(entri, asal)
        return k

    def _pasang(self, entri: dict[str, Peraturan], asal: dict[str, Asal]) -> None:
        periksa_rujukan(entri, asal)
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
        asal: dict[str, Asal] = {}
        galat: list[DataError] = []
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise DataError(
                "daftar peraturan harus berupa pemetaan 'kunci: {jenis: …, nomor: …}'",
                Asal(berkas, awalan, peta).lokasi(),
            )
        for kunci, isi in data.items():  # every entry is checked, so one run names every broken entry
            a = Asal(berkas, (*awalan, kunci), peta)
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
                galat += galat_validasi(e, a)
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
        asal: dict[str, Asal] = {}
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
        return a.lokasi(jalur_dari_teks(kolom)) if a else None

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
