"""The Keputusan Camat tentang Indikator Kinerja Utama, with its Lampiran (the IKU table)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from doctools.documents import bersama
from doctools.documents.keputusan import BAGIAN_KEPUTUSAN, KONTEKS_KEPUTUSAN, dokumen_keputusan, konteks_keputusan
from doctools.documents.objek import Rumus
from doctools.tahun import KEPUTUSAN_IKU, TahunKinerja
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.model import DataKecamatan, Kinerja

JENIS = KEPUTUSAN_IKU
TEMPLAT = "keputusan-iku.docx"

INDIKATOR_IKU = Kumpulan("satu indikator kinerja utama", {
    "nama": Isian("nama indikator"),
    "rumus": Isian("formulasi: pecahan sebagai persamaan Word, atau teks", "rumus"),
    "penjelasan": Isian("penjelasan formulasi (kosong bila tidak ada)"),
    "penanggung_jawab": Isian("penanggung jawab (beberapa: satu per baris, diawali -)"),
    "sumber_data": Isian("sumber data (- bila tidak ada)"),
})

BARIS_IKU = Daftar("baris tabel IKU, satu per sasaran", Kumpulan("satu sasaran IKU", {
    "nomor": Isian("nomor baris: 1., 2., …"),
    "uraian": Isian("uraian sasaran (kinerja utama)"),
    "indikator": Daftar("indikator sasaran ini", INDIKATOR_IKU),
}))
"""The IKU table (:func:`tabel_iku`), in the decree and in the LKj."""

KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Keputusan Camat tentang Indikator Kinerja Utama, dengan Lampiran tabel IKU",
    KONTEKS_KEPUTUSAN.dengan(
        "Keputusan Camat tentang IKU",
        tugas=bersama.daftar_butir("tugas kecamatan (identitas Lampiran)"),
        fungsi=bersama.daftar_butir("fungsi kecamatan (identitas Lampiran)"),
        tujuan=Daftar("tujuan Renstra", Kumpulan("satu tujuan", {
            "label": Isian("Tujuan, atau Tujuan 1, Tujuan 2, …"),
            "uraian": Isian("uraian tujuan"),
            "indikator": Daftar("indikator tujuan", Isian("nama indikator tujuan")),
        })),
        iku=BARIS_IKU,
    ),
    bagian=BAGIAN_KEPUTUSAN,
    halaman_baru=("kepala-lampiran",),
)


def tentang_bawaan(data: DataKecamatan) -> str:
    ins = data.instansi
    return f"Indikator Kinerja Utama Kecamatan {ins.kecamatan.nama} {ins.pemerintah.sebutan}"


def tabel_iku(kinerja: Kinerja) -> list[dict[str, Any]]:
    """IKU rows grouped by sasaran; a sasaran spans its indicators; numbers are computed."""
    hasil = []
    for nomor, (sasaran, indikator) in enumerate(kinerja.sasaran_iku(), start=1):
        hasil.append({
            "nomor": f"{nomor}.",
            "uraian": sasaran.uraian,
            "indikator": [{
                "nama": ind.nama,
                "rumus": Rumus.dari_formulasi(ind.formulasi),
                "penjelasan": ind.penjelasan or "",
                "penanggung_jawab": bersama.sel_daftar(ind.penanggung_jawab),
                "sumber_data": bersama.sel_daftar(ind.sumber_data),
            } for ind in indikator],
        })
    return hasil


def susun(tahun: TahunKinerja) -> list[Dokumen]:
    """The IKU decree, when the data set has ``keputusan-iku.yaml``."""
    kt, data = tahun.keputusan_iku, tahun.data
    if kt is None or data.kinerja is None:
        return []
    kep = kt.keputusan
    ins = data.instansi
    kec = ins.kecamatan
    konteks = konteks_keputusan(tahun, kt, tentang=kep.tentang or tentang_bawaan(data))
    huruf_lanjut = ins.pengaturan.huruf_setelah_z
    tujuan = []
    for i, t in enumerate(data.kinerja.tujuan, start=1):
        label = "Tujuan" if len(data.kinerja.tujuan) == 1 else f"Tujuan {i}"
        tujuan.append({"label": label, "uraian": t.uraian, "indikator": [ind.nama for ind in t.indikator]})
    tugas, fungsi = kec.tugas_fungsi()
    konteks["tugas"] = bersama.butir(tugas, "huruf", penghubung="dan", akhir=".", huruf_lanjut=huruf_lanjut)
    konteks["fungsi"] = bersama.butir(fungsi, "huruf", penghubung="dan", akhir=".", huruf_lanjut=huruf_lanjut)
    konteks["tujuan"] = tujuan
    konteks["iku"] = tabel_iku(data.kinerja)
    return [dokumen_keputusan(tahun, kt, jenis=JENIS, templat=TEMPLAT, konteks=konteks)]
