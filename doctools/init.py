"""``doctools init``: write a commented starter data set that builds at once.

A new user edits working YAML instead of writing it from nothing. The starter files live in
``doctools/starter/``; names of the kecamatan and kabupaten and the year are filled in.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from doctools import sumber
from doctools.errors import DataError, Lokasi

BERKAS_KECAMATAN = ("instansi.yaml", "kinerja.yaml", "keputusan-iku.yaml", "perjanjian-kinerja.yaml")


def _baca(nama: str) -> str:
    return sumber.teks_awal(nama)


def _slug(nama: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", nama.lower()).strip("-") or "kecamatan"


def _isi(teks: str, ganti: dict[str, str]) -> str:
    for kunci, nilai in ganti.items():
        teks = teks.replace(kunci, nilai)
    return teks


def buat_awal(folder: Path, *, kecamatan: str, kabupaten: str, kota: bool = False,
              dengan_kabupaten: bool = False, tahun: int | None = None) -> list[Path]:
    """Write the starter files; with ``dengan_kabupaten`` the folder becomes a kabupaten folder.

    Refuses to write into a folder that already holds files, so nothing a user wrote is lost.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DataError("folder sudah ada dan tidak kosong; pilih folder baru agar tidak ada berkas yang tertimpa",
                        Lokasi(str(folder)))
    tahun = tahun or dt.date.today().year
    jenis = "kota" if kota else "kabupaten"
    sebutan = f"{jenis.capitalize()} {kabupaten}"
    ganti = {
        "__KECAMATAN__": kecamatan, "__KABUPATEN__": kabupaten, "__JENIS__": jenis,
        "__SEBUTAN__": sebutan, "__TAHUN__": str(tahun),
        "__AWAL__": str(tahun - 1), "__AKHIR__": str(tahun + 3),
        "__JABATAN_KEPALA__": f"{'Walikota' if kota else 'Bupati'} {kabupaten}",
    }
    ditulis: list[Path] = []
    if dengan_kabupaten:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "kabupaten.yaml").write_text(_isi(_baca("kabupaten.yaml"), ganti), encoding="utf-8")
        ditulis.append(folder / "kabupaten.yaml")
        tujuan = folder / _slug(kecamatan)
        ganti["__PEMERINTAH__"] = ""
        ganti["__PENGATURAN__"] = ""
    else:
        tujuan = folder
        ganti["__PEMERINTAH__"] = _isi(_baca("pemerintah.yaml.part"), ganti)
        ganti["__PENGATURAN__"] = _baca("pengaturan.yaml.part")
    tujuan.mkdir(parents=True, exist_ok=True)
    for nama in BERKAS_KECAMATAN:
        path = tujuan / nama
        path.write_text(_isi(_baca(nama), ganti), encoding="utf-8")
        ditulis.append(path)
    return ditulis
