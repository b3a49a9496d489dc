"""Starter values left in the data (rule family ``awal``): what ``doctools init`` wrote to be replaced.

The starter builds at once so a new user sees every document; its names, codes and address are
stand-ins (NAMA CAMAT, kode wilayah 00.00.00, KABUPATEN CONTOH, …) that must not reach a signed
document. Each one still in the data is a warning at its line until it is replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.temuan import Temuan, aturan

if TYPE_CHECKING:
    from doctools.model import Pejabat

ISIAN_CONTOH = aturan("awal.isian-contoh", "peringatan",
                      "isian contoh dari 'doctools init' (NAMA CAMAT, kode wilayah 00.00.00, KABUPATEN CONTOH, …) "
                      "sudah diganti dengan data sebenarnya")

NIP_CONTOH = frozenset({"198001012005011001", "198202022006042002"})
"""The NIPs the starter writes (``doctools/starter/instansi.yaml``)."""

_NAMA_CONTOH = re.compile(r"^NAMA\b")            # "NAMA CAMAT, S.STP.", "NAMA KEPALA DAERAH"
_KATA_CONTOH = re.compile(r"\bcontoh\b", re.IGNORECASE)


def _nol(teks: str | None) -> bool:
    """Only zeros among its digits: 00.00.00, 00000, (0000) 000000."""
    angka = re.sub(r"\D", "", teks or "")
    return bool(angka) and set(angka) == {"0"}


def _nama(teks: str) -> bool:
    return bool(_NAMA_CONTOH.match(teks))


def _isian(k: KonteksReviu) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """(field path in instansi, value as written, what to write instead) of every stand-in left."""
    ins = k.data.instansi
    pem, kec = ins.pemerintah, ins.kecamatan
    if pem.nama.strip().casefold() == "contoh":
        yield ("pemerintah", "nama"), pem.nama, "nama kabupaten/kota sebenarnya"
    if pem.kepala_daerah is not None and _nama(pem.kepala_daerah.nama):
        yield ("pemerintah", "kepala_daerah", "nama"), pem.kepala_daerah.nama, \
            "nama Bupati/Walikota seperti saat menandatangani"
    if _nol(kec.kode_wilayah):
        yield ("kecamatan", "kode_wilayah"), kec.kode_wilayah or "", "kode wilayah Kemendagri, mis. 35.09.14"
    if kec.alamat is not None and _KATA_CONTOH.search(kec.alamat):
        yield ("kecamatan", "alamat"), kec.alamat, "alamat kantor kecamatan"
    for kolom in ("telepon", "kode_pos"):
        nilai = getattr(kec, kolom)
        if _nol(nilai):
            yield ("kecamatan", kolom), nilai, f"{kolom.replace('_', ' ')} kantor kecamatan (atau hapus barisnya)"
    orang: list[tuple[tuple[str | int, ...], Pejabat, str]] = [(("camat",), ins.camat, "Camat")] if ins.camat else []
    orang += [(("pejabat", i), p, p.jabatan) for i, p in enumerate(ins.pejabat)]
    for jalur, p, sebutan in orang:
        if _nama(p.nama):
            yield (*jalur, "nama"), p.nama, f"nama {sebutan} sebenarnya"
        if p.nip is not None and p.nip.angka in NIP_CONTOH:
            yield (*jalur, "nip"), p.nip.format, f"NIP {sebutan} sebenarnya"


@pemeriksa
def periksa_isian_contoh(k: KonteksReviu) -> Iterator[Temuan]:
    """Every starter stand-in still in instansi.yaml (or the kabupaten.yaml it inherits from)."""
    for jalur, nilai, ganti in _isian(k):
        yield ISIAN_CONTOH(f"'{nilai}' adalah isian contoh dari doctools init; ganti dengan {ganti}",
                           k.lokasi("instansi", *jalur))
