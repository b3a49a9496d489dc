"""How a reviu is shown: lines for a person, grouped by data file, or JSON for a machine.

JSON schema (``doctools check --format json``), version :data:`SKEMA`; keys are only ever added::

    {
      "skema": 1,
      "temuan": [                                  # ordered by kecamatan, file, line
        {"tingkat": "galat" | "peringatan" | "info",   # info: nothing to fix, never fails
         "aturan": "angka.jumlah-pk",              # rule id (see doctools.reviu.ATURAN)
         "berkas": "data/x/perjanjian-kinerja.yaml" | null,
         "baris": 20 | null,                       # 1-based line
         "kolom": "camat.tertulis.jumlah" | null,  # field path, list items 1-based
         "pesan": "…",                             # one line, Bahasa Indonesia
         "kecamatan": "mumbulsari"}                # the kecamatan folder's name
      ],
      "ringkasan": {
        "galat": 0, "peringatan": 1, "info": 2,    # "info" added in schema 1 (a key only added)
        "ketat": false,                            # --strict: warnings count as errors
        "lulus": true,                             # the exit status is 0 exactly when true
        "kecamatan": [{"kecamatan": "mumbulsari", "folder": "data/x", "galat": 0, "peringatan": 1, "info": 2,
                       "dokumen": ["keputusan-iku", "perjanjian-kinerja"]}]  # what build writes
      }                                                                       # (none with a galat)
    }
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from doctools.reviu.periksa import Laporan
    from doctools.reviu.temuan import Temuan

SKEMA = 1
_UMUM = ("data.", "dokumen.")


def baris_temuan(t: Temuan) -> str:
    """``galat: berkas:baris, kolom '…': pesan [aturan]`` (no id for plain data errors)."""
    ekor = f" [{t.aturan}]" if t.aturan and not t.aturan.startswith(_UMUM) else ""
    return f"{t.tingkat}: {t}{ekor}"


def _jumlah(galat: int, peringatan: int, info: int = 0) -> str:
    teks = f"{galat} galat, {peringatan} peringatan"
    return f"{teks}, {info} info" if info else teks


def ke_teks(laporan: Laporan, awalan: str = "") -> list[str]:
    """The findings grouped by data file, then the documents ``build`` would write (none with a galat), the summary."""
    kelompok: dict[str, list[Temuan]] = {}
    for t in laporan.temuan:
        kelompok.setdefault((t.lokasi.berkas if t.lokasi else None) or "(tanpa berkas)", []).append(t)
    baris: list[str] = []
    for berkas, daftar in kelompok.items():
        galat = sum(t.tingkat == "galat" for t in daftar)
        info = sum(t.tingkat == "info" for t in daftar)
        baris.append(f"{awalan}{berkas} ({_jumlah(galat, len(daftar) - galat - info, info)})")
        baris += [f"  {baris_temuan(t)}" for t in daftar]
    if laporan.galat:
        baris.append(f"{awalan}tidak ada dokumen yang dapat disusun sebelum {laporan.galat} galat di atas diperbaiki.")
    elif laporan.data is not None:
        banyak: dict[str, int] = {}
        for jenis in laporan.dokumen:
            banyak[jenis] = banyak.get(jenis, 0) + 1
        jenis = ", ".join(j if n == 1 else f"{j} ({n} berkas)" for j, n in banyak.items()) or "tidak ada"
        baris.append(f"{awalan}dokumen yang dapat disusun: {jenis}.")
    baris.append(f"{awalan}{_jumlah(laporan.galat, laporan.peringatan, laporan.info)}.")
    return baris


def temuan_json(t: Temuan, kecamatan: str) -> dict[str, Any]:
    lok = t.lokasi
    return {
        "tingkat": t.tingkat,
        "aturan": t.aturan,
        "berkas": lok.berkas if lok else None,
        "baris": lok.baris if lok else None,
        "kolom": lok.kolom if lok else None,
        "pesan": t.pesan,
        "kecamatan": kecamatan,
    }


def _nama(laporan: Laporan) -> str:
    return laporan.folder.resolve().name


def ke_json(semua: Sequence[Laporan], ketat: bool = False) -> dict[str, Any]:
    """The findings of one or more kecamatan in the schema of the module docstring."""
    return {
        "skema": SKEMA,
        "temuan": [temuan_json(t, _nama(lap)) for lap in semua for t in lap.temuan],
        "ringkasan": {
            "galat": sum(lap.galat for lap in semua),
            "peringatan": sum(lap.peringatan for lap in semua),
            "info": sum(lap.info for lap in semua),
            "ketat": ketat,
            "lulus": all(lap.lulus(ketat) for lap in semua),
            "kecamatan": [{
                "kecamatan": _nama(lap),
                "folder": str(lap.folder),
                "galat": lap.galat,
                "peringatan": lap.peringatan,
                "info": lap.info,
                "dokumen": [] if lap.galat else list(dict.fromkeys(lap.dokumen)),
            } for lap in semua],
        },
    }
