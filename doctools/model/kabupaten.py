"""Settings a kabupaten shares with all its kecamatan, and how a kecamatan inherits them.

A kabupaten folder holds ``kabupaten.yaml`` (the pemerintah and its Bupati/Walikota, the logo, the
page/style settings, the decree number pattern) and, optionally, ``peraturan.yaml`` (its Perda and
Perbup), next to one sub-folder per kecamatan. Precedence, lowest first:

1. the toolkit's defaults (in the models);
2. ``kabupaten.yaml`` of the parent folder;
3. the kecamatan's own ``instansi.yaml``.

Mappings merge key by key (a kecamatan may override only ``pengaturan.kertas``); lists and
single values are replaced whole. Every inherited value keeps the file and line it was written
at, so a finding about it names ``kabupaten.yaml``.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from doctools.errors import DataError, Lokasi
from doctools.load import Jalur, PetaLokasi, muat_berkas
from doctools.model.berkas import nama_tampil, periksa_berkas_yaml

NAMA_BERKAS = "kabupaten.yaml"
KOLOM_WARISAN = ("pemerintah", "logo", "pengaturan")
"""The instansi.yaml fields a kabupaten.yaml may set for all its kecamatan."""


def berkas_kabupaten(folder: Path) -> Path | None:
    """``kabupaten.yaml`` of the folder a kecamatan folder sits in, if there is one."""
    calon = folder.resolve().parent / NAMA_BERKAS
    if not calon.exists() and not calon.is_symlink():
        return None
    # a folder named kabupaten.yaml, or a broken link, would silently drop the kabupaten's settings
    periksa_berkas_yaml(calon, calon.parent, nama_tampil(calon))
    return calon


def muat_kabupaten(path: Path, nama: str) -> tuple[dict[str, Any], PetaLokasi]:
    """Read ``kabupaten.yaml``; only the shared fields are allowed in it."""
    data, peta = muat_berkas(path, nama)
    if data is None:
        return {}, peta
    if not isinstance(data, dict):
        raise DataError("isi kabupaten.yaml harus berupa kumpulan kolom (nama: nilai)", Lokasi(nama, 1))
    for kunci in data:
        if kunci not in KOLOM_WARISAN:
            saran = difflib.get_close_matches(str(kunci), KOLOM_WARISAN, n=1)
            petunjuk = f"; maksudnya '{saran[0]}'?" if saran else f"; yang dikenal: {', '.join(KOLOM_WARISAN)}"
            raise DataError(f"kolom tidak dikenal di kabupaten.yaml{petunjuk}", peta.lokasi((kunci,)))
    return data, peta  # a logo stays as written: it is found relative to this folder (DataKecamatan.jalur_logo)


def _gabung(bawah: Any, atas: Any) -> Any:
    if isinstance(bawah, dict) and isinstance(atas, dict):
        hasil = dict(bawah)
        for kunci, nilai in atas.items():
            hasil[kunci] = _gabung(bawah[kunci], nilai) if kunci in bawah else nilai
        return hasil
    return atas


def _jalur_dari(data: Any, awalan: Jalur = ()) -> set[Jalur]:
    jalur = {awalan}
    if isinstance(data, dict):
        for kunci, nilai in data.items():
            jalur |= _jalur_dari(nilai, awalan + (kunci,))
    elif isinstance(data, list):
        for i, nilai in enumerate(data):
            jalur |= _jalur_dari(nilai, awalan + (i,))
    return jalur


def warisi(kabupaten: dict[str, Any], peta_kab: PetaLokasi, instansi: Any,
           peta_kec: PetaLokasi) -> tuple[Any, PetaLokasi]:
    """``instansi`` data with the kabupaten's shared fields beneath it, and the merged positions."""
    if not isinstance(instansi, dict):
        return instansi, peta_kec
    hasil = _gabung(kabupaten, instansi)
    peta = PetaLokasi()
    dari_kecamatan = _jalur_dari(instansi)
    for jalur in peta_kab:
        if jalur and jalur not in dari_kecamatan:
            berkas, baris = peta_kab.posisi(jalur)
            peta.catat(jalur, berkas, baris)
    peta.gabung(peta_kec)
    return hasil, peta
