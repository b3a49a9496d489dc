"""The catalog's cross-references: every key an entry names exists, amendments in order, no circle.

Checked whenever a catalog is built (:class:`~doctools.hukum.katalog.Katalog`): ``perubahan``
lists existing, newer regulations oldest first; ``mengubah`` agrees with the amended one's
``perubahan``; ``dicabut_oleh`` names a regulation not older than the one it revokes; and no
chain of ``perubahan`` and ``dicabut_oleh`` comes back to where it began. Each problem is a
:class:`~doctools.errors.DataError` at the field that names the key.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping

from doctools.errors import DataError, Lokasi
from doctools.hukum.asal import Asal, jalur_dari_teks
from doctools.hukum.model import Peraturan


def _lokasi(asal: Mapping[str, Asal], kunci: str, kolom: str = "") -> Lokasi:
    a = asal.get(kunci)
    if a is None:
        return Lokasi(kolom=f"{kunci}.{kolom}" if kolom else kunci)
    return a.lokasi(jalur_dari_teks(kolom))


def _tidak_ada(entri: Mapping[str, Peraturan], k: str, kolom: str) -> str:
    pesan = f"'{k}' pada kolom '{kolom}' tidak ada dalam katalog"
    mirip = difflib.get_close_matches(k, list(entri), n=1, cutoff=0.75)
    if mirip:
        pesan += f"; mungkin maksud Anda '{mirip[0]}'"
    return pesan


def periksa_rujukan(entri: Mapping[str, Peraturan], asal: Mapping[str, Asal]) -> None:
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


def _periksa_siklus(entri: Mapping[str, Peraturan], asal: Mapping[str, Asal]) -> None:
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
