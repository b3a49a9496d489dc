"""The Keputusan Camat tentang Indikator Kinerja Individu: one Lampiran block per jabatan."""

from __future__ import annotations

from typing import Any

from doctools.documents import bersama
from doctools.documents.dokumen import Dokumen
from doctools.documents.keputusan import dokumen_keputusan, konteks_keputusan
from doctools.documents.objek import Rumus
from doctools.model import DataKecamatan, KeputusanIKI

JENIS = "keputusan-iki"
TEMPLAT = "keputusan-iki.docx"
LEBAR_RUMUS = 20  # characters per line of a fraction in the formula column


def tentang_bawaan(data: DataKecamatan) -> str:
    ins = data.instansi
    return f"Indikator Kinerja Individu Kecamatan {ins.kecamatan.nama} {ins.pemerintah.sebutan}"


def kelompok_jabatan(kep: KeputusanIKI, huruf_lanjut: str) -> list[dict[str, Any]]:
    """Blocks grouped under their kelompok heading (consecutive blocks with the same heading)."""
    kelompok: list[dict[str, Any]] = []
    for blok in kep.jabatan:
        if not kelompok or kelompok[-1]["judul"] != (blok.kelompok or ""):
            kelompok.append({"judul": blok.kelompok or "", "jabatan": []})
        kelompok[-1]["jabatan"].append({
            "jabatan": blok.jabatan,
            "tugas": bersama.butir(blok.tugas, "huruf", penghubung="dan", akhir=".", huruf_lanjut=huruf_lanjut),
            "fungsi": bersama.butir(blok.fungsi, "huruf", penghubung="dan", akhir=".", huruf_lanjut=huruf_lanjut),
            "kinerja": [{
                "uraian": s.uraian,
                "indikator": [{
                    "nama": ind.nama,
                    "rumus": Rumus.dari_formulasi(ind.formulasi, LEBAR_RUMUS),
                    "penjelasan": ind.penjelasan or "",
                    "sumber_data": ind.sumber_data or "-",
                } for ind in s.indikator],
            } for s in blok.kinerja],
        })
    return kelompok


def susun(data: DataKecamatan) -> list[Dokumen]:
    """The IKI decree, when the data set has ``keputusan-iki.yaml``."""
    kep = data.keputusan_iki
    if kep is None:
        return []
    ins = data.instansi
    konteks, temuan = konteks_keputusan(data, kep, stem=JENIS, tentang=kep.tentang or tentang_bawaan(data))
    konteks["kelompok"] = kelompok_jabatan(kep, ins.pengaturan.huruf_setelah_z)
    return [dokumen_keputusan(data, kep, jenis=JENIS, templat=TEMPLAT, konteks=konteks, temuan=temuan)]
