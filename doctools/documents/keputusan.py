"""The decree frame shared by every Keputusan Camat: title, konsiderans, diktum, signature."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.templat.skema import Daftar, Isian, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.tahun import KeputusanTahun, TahunKinerja

_DIKTUM = Kumpulan("satu diktum", {
    "label": Isian("KESATU, KEDUA, … (dihitung)"),
    "teks": Isian("isi diktum; rujukan {diktum.<id>} sudah diganti"),
    "rincian": bersama.daftar_butir("rincian diktum (kosong bila tidak ada)"),
})

KONTEKS_KEPUTUSAN = Kumpulan("keputusan Camat", {
    "kop": bersama.KOP,
    "judul": Kumpulan("judul keputusan", {
        "keputusan": Isian("KEPUTUSAN CAMAT …"),
        "daerah": Isian("KABUPATEN …/KOTA …"),
        "pejabat": Isian("CAMAT … (baris sebelum Menimbang)"),
    }),
    "nomor": Isian("nomor keputusan menurut pola kabupaten"),
    "tanggal": Isian("tanggal penetapan, mis. 6 Januari 2025"),
    "tentang": Isian("judul keputusan (tentang), huruf biasa"),
    "tentang_kapital": Isian("judul keputusan dalam huruf kapital"),
    "menimbang": bersama.daftar_butir("butir Menimbang"),
    "menimbang_tunggal": Isian("benar bila Menimbang hanya satu butir (ditulis tanpa huruf)", "ya-tidak"),
    "mengingat": bersama.daftar_butir("butir Mengingat (kutipan peraturan lengkap)"),
    "memperhatikan": bersama.daftar_butir("butir Memperhatikan (kosong bila tidak ada)"),
    "menetapkan": Isian("teks Menetapkan (kosong bila judul tidak diulang)"),
    "diktum": Daftar("semua diktum", _DIKTUM),
    "diktum_awal": Daftar("diktum kecuali yang terakhir", _DIKTUM),
    "diktum_akhir": Daftar("diktum terakhir (dicetak bersama tanda tangan)", _DIKTUM),
    "tembusan": bersama.daftar_butir("butir Tembusan, diawali Yth. (kosong bila tidak ada)"),
    "ttd": bersama.TTD_CAMAT,
    "kecamatan": Isian("nama kecamatan"),
    "lampiran": Kumpulan("kepala dan tanda tangan Lampiran", {
        "judul": Isian("KEPUTUSAN CAMAT … (kepala Lampiran)"),
        "unit": Isian("Kecamatan … Kabupaten …"),
        "unit_kapital": Isian("KECAMATAN … KABUPATEN …"),
        "instansi": Isian("Kecamatan …"),
        "ttd": bersama.TTD_CAMAT.dengan("tanda tangan Camat di Lampiran (tanpa Ditetapkan di); "
                                        "dipakai dengan {%p with ttd = lampiran.ttd %}"),
    }),
})
"""What every Keputusan Camat template may print (:func:`konteks_keputusan`)."""

KEPALA_LAMPIRAN = Kumpulan("kepala Lampiran keputusan", {
    "lampiran": Kumpulan("kepala Lampiran", {"judul": Isian("KEPUTUSAN CAMAT …")}),
    "nomor": Isian("nomor keputusan"),
    "tanggal": Isian("tanggal penetapan"),
    "tentang_kapital": Isian("judul keputusan dalam huruf kapital"),
})
"""The variables of the shared part ``kepala-lampiran`` (a part of the decree's context)."""

BAGIAN_KEPUTUSAN = ("kop", "tanda-tangan", "kepala-lampiran")
"""The shared parts every decree template inserts."""


def diktum(kt: KeputusanTahun, huruf_lanjut: str) -> list[dict[str, Any]]:
    """Diktum with their ordinals; rincian as a legal list."""
    hasil = []
    for d, data in zip(kt.diktum, kt.keputusan.diktum):
        penghubung = None if data.penghubung == "tanpa" else data.penghubung
        hasil.append({
            "label": d.label,
            "teks": d.teks,
            "rincian": bersama.butir(list(d.rincian), data.gaya_rincian, penghubung=penghubung, akhir=".",
                                     huruf_lanjut=huruf_lanjut) if d.rincian else [],
        })
    return hasil


def konteks_keputusan(tahun: TahunKinerja, kt: KeputusanTahun, *, tentang: str) -> dict[str, Any]:
    """Everything the decree frame of a Keputusan Camat template prints."""
    data = tahun.data
    kep = kt.keputusan
    ins = data.instansi
    kec = ins.kecamatan
    huruf_lanjut = ins.pengaturan.huruf_setelah_z
    jabatan = ins.jabatan_camat.upper()
    unit = f"Kecamatan {kec.nama} {ins.pemerintah.sebutan}"
    tanggal = fmt.tanggal_tulis(kep.tanggal)
    menimbang = bersama.butir(kep.menimbang, "huruf", penghubung=None, akhir=";", huruf_lanjut=huruf_lanjut)
    tembusan = [dict(b, teks=b["teks"] if b["teks"].startswith("Yth.") else f"Yth. {b['teks']}")
                for b in bersama.butir(kep.tembusan, "angka", penghubung=None, akhir=".")]
    semua_diktum = diktum(kt, huruf_lanjut)
    ttd = bersama.ttd_camat(tahun, kt.stem, bersama.tempat_penetapan(data, kep.tempat), tanggal, ditetapkan=True)
    return {
        "kop": bersama.kop(tahun),
        "judul": {
            "keputusan": f"KEPUTUSAN {jabatan}",
            "daerah": ins.pemerintah.sebutan.upper(),
            "pejabat": jabatan,
        },
        "nomor": kt.nomor,
        "tanggal": tanggal,
        "tentang": tentang,
        "tentang_kapital": tentang.upper(),
        "menimbang": menimbang,
        "menimbang_tunggal": len(menimbang) == 1,
        "mengingat": bersama.butir(list(kt.mengingat.butir), "angka", penghubung=None, akhir=";"),
        "memperhatikan": bersama.butir(kep.memperhatikan, "angka", penghubung=None, akhir=";"),
        "menetapkan": f"KEPUTUSAN {jabatan} TENTANG {tentang.upper()}." if kep.ulang_judul else "",
        "diktum": semua_diktum,
        # the last diktum is printed with the signature, in a row that never splits
        "diktum_awal": semua_diktum[:-1],
        "diktum_akhir": semua_diktum[-1:],
        "tembusan": tembusan,
        "ttd": ttd,
        "kecamatan": kec.nama,
        # the Lampiran header repeats the decree's own fields, so the two can never differ
        "lampiran": {
            "judul": f"KEPUTUSAN {jabatan}",
            "unit": unit,
            "unit_kapital": unit.upper(),
            "instansi": f"Kecamatan {kec.nama}",
            "ttd": dict(ttd, ditetapkan=False),
        },
    }


def dokumen_keputusan(tahun: TahunKinerja, kt: KeputusanTahun, *, jenis: str, templat: str,
                      konteks: dict[str, Any]) -> Dokumen:
    """The output of a Keputusan Camat: file named by kind and year, metadata from the decree."""
    kep = kt.keputusan
    return bersama.dokumen(
        tahun.data, jenis=jenis, nama_berkas=f"{jenis}-{kep.tahun}.docx", templat=templat, konteks=konteks,
        judul=f"Keputusan Camat {tahun.data.instansi.kecamatan.nama} tentang {konteks['tentang']}",
        tanggal=bersama.tanggal_metadata(kep.tanggal, kep.tahun))
