"""The Keputusan Camat tentang Indikator Kinerja Individu: one Lampiran block per jabatan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from doctools.documents import bersama
from doctools.documents.keputusan import BAGIAN_KEPUTUSAN, KONTEKS_KEPUTUSAN, dokumen_keputusan, konteks_keputusan
from doctools.documents.objek import Rumus
from doctools.model import DataKecamatan, KeputusanIKI
from doctools.tahun import KEPUTUSAN_IKI, KeputusanTahun, TahunKinerja
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen

JENIS = KEPUTUSAN_IKI
TEMPLAT = "keputusan-iki.docx"

_JABATAN = Kumpulan("satu blok jabatan", {
    "jabatan": Isian("nama jabatan"),
    "tugas": bersama.daftar_butir("tugas jabatan"),
    "fungsi": bersama.daftar_butir("fungsi jabatan (kosong bila tidak ada)"),
    "kinerja": Daftar("baris tabel IKI, satu per sasaran", Kumpulan("satu sasaran", {
        "uraian": Isian("sasaran/kinerja utama"),
        "indikator": Daftar("indikator kinerja individu", Kumpulan("satu indikator", {
            "nama": Isian("nama indikator"),
            "rumus": Isian("formulasi: pecahan sebagai persamaan Word, atau teks", "rumus"),
            "penjelasan": Isian("penjelasan formulasi (kosong bila tidak ada)"),
            "sumber_data": Isian("sumber data (- bila tidak ada)"),
        })),
    })),
})

KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Keputusan Camat tentang Indikator Kinerja Individu, dengan Lampiran per jabatan",
    KONTEKS_KEPUTUSAN.dengan(
        "Keputusan Camat tentang IKI",
        kelompok=Daftar("kelompok jabatan berurutan", Kumpulan("satu kelompok", {
            "judul": Isian("judul kelompok, mis. PEJABAT ESELON III (kosong bila tidak ada)"),
            "jabatan": Daftar("blok jabatan dalam kelompok ini", _JABATAN),
        })),
    ),
    bagian=BAGIAN_KEPUTUSAN,
    halaman_baru=("kepala-lampiran",),
)


def tentang_bawaan(data: DataKecamatan) -> str:
    ins = data.instansi
    return f"Indikator Kinerja Individu Kecamatan {ins.kecamatan.nama} {ins.pemerintah.sebutan}"


def kelompok_jabatan(kt: KeputusanTahun, huruf_lanjut: str) -> list[dict[str, Any]]:
    """Blocks grouped under their kelompok heading (consecutive blocks with the same heading).

    The Lampiran is part of the decree, so its text may refer to a diktum: ``{diktum.<id>}``
    becomes KESATU, KEDUA, … here as in the diktum themselves (formulas may not refer to one).
    """
    kep = kt.keputusan
    assert isinstance(kep, KeputusanIKI)
    teks = kt.ganti_rujukan
    kelompok: list[dict[str, Any]] = []
    for blok in kep.jabatan:
        judul = teks(blok.kelompok or "")
        if not kelompok or kelompok[-1]["judul"] != judul:
            kelompok.append({"judul": judul, "jabatan": []})
        kelompok[-1]["jabatan"].append({
            "jabatan": teks(blok.jabatan),
            "tugas": bersama.butir([teks(t) for t in blok.tugas], "huruf", penghubung="dan", akhir=".",
                                   huruf_lanjut=huruf_lanjut),
            "fungsi": bersama.butir([teks(f) for f in blok.fungsi], "huruf", penghubung="dan", akhir=".",
                                    huruf_lanjut=huruf_lanjut),
            "kinerja": [{
                "uraian": teks(s.uraian),
                "indikator": [{
                    "nama": teks(ind.nama),
                    "rumus": Rumus.dari_formulasi(ind.formulasi),
                    "penjelasan": teks(ind.penjelasan or ""),
                    "sumber_data": bersama.sel_daftar([teks(s) for s in ind.sumber_data]),
                } for ind in s.indikator],
            } for s in blok.kinerja],
        })
    return kelompok


def susun(tahun: TahunKinerja) -> list[Dokumen]:
    """The IKI decree, when the data set has ``keputusan-iki.yaml``."""
    kt = tahun.keputusan_iki
    if kt is None:
        return []
    konteks = konteks_keputusan(tahun, kt, tentang=kt.keputusan.tentang or tentang_bawaan(tahun.data))
    konteks["kelompok"] = kelompok_jabatan(kt, tahun.data.instansi.pengaturan.huruf_setelah_z)
    return [dokumen_keputusan(tahun, kt, jenis=JENIS, templat=TEMPLAT, konteks=konteks)]
