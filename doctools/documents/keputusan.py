"""The decree frame shared by every Keputusan Camat: title, konsiderans, diktum, signature."""

from __future__ import annotations

from typing import Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.dokumen import Dokumen
from doctools.errors import DataError
from doctools.fmt.pola_nomor import susun_nomor, unsur_pola
from doctools.hukum import Kutipan, Temuan, susun_mengingat
from doctools.model import DataKecamatan, Keputusan, KumpulanGalat
from doctools.model.tanda import RUJUKAN_DIKTUM
from doctools.templat.skema import Daftar, Isian, Kumpulan

NOMOR_KOSONG = "\u00a0" * 6  # room for the agenda clerk to write the nomor urut by hand

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


def nomor(data: DataKecamatan, kep: Keputusan, stem: str) -> str:
    """Compose the decree number from the kabupaten's pattern (validated with instansi.yaml)."""
    pola = data.instansi.pengaturan.pola_nomor_keputusan
    wilayah = data.instansi.kecamatan.kode_wilayah
    if "wilayah" in unsur_pola(pola) and not wilayah:
        raise DataError("pola nomor keputusan memakai {wilayah}, tetapi kecamatan.kode_wilayah belum diisi",
                        bersama.lokasi_berkas(data, "instansi", "kecamatan"))
    return susun_nomor(pola, kode=kep.nomor.kode, urut=kep.nomor.urut, wilayah=wilayah or "",
                       tahun=kep.nomor.tahun or kep.tanggal.year, kosong=NOMOR_KOSONG)


def urutan_diktum(kep: Keputusan) -> dict[str, int]:
    """Diktum id → its 1-based position (what ``{diktum.<id>}`` stands for)."""
    return {d.id: i for i, d in enumerate(kep.diktum, start=1) if d.id}


def ganti_rujukan(teks: str, urutan_id: dict[str, int]) -> str:
    """``{diktum.<id>}`` → KESATU, KEDUA, … (the model has checked that every id exists)."""
    return RUJUKAN_DIKTUM.sub(lambda m: fmt.diktum(urutan_id[m.group(1)]), teks)


def diktum(kep: Keputusan, huruf_lanjut: str) -> list[dict[str, Any]]:
    """Diktum with computed ordinals; ``{diktum.<id>}`` references become KESATU, KEDUA, …"""
    urutan_id = urutan_diktum(kep)
    hasil = []
    for i, d in enumerate(kep.diktum, start=1):
        rincian = [ganti_rujukan(r, urutan_id) for r in d.rincian]
        penghubung = None if d.penghubung == "tanpa" else d.penghubung
        hasil.append({
            "label": fmt.diktum(i),
            "teks": ganti_rujukan(d.teks, urutan_id),
            "rincian": bersama.butir(rincian, d.gaya_rincian, penghubung=penghubung, akhir=".",
                                     huruf_lanjut=huruf_lanjut) if rincian else [],
        })
    return hasil


def mengingat(data: DataKecamatan, kep: Keputusan, stem: str) -> tuple[list[str], list[Temuan]]:
    """The Mengingat items cited from the catalog (ordered by hierarchy unless fixed by hand).

    Errors (unknown or duplicated regulations) stop the build; warnings (revoked regulations,
    free text, an order that breaks the hierarchy) are returned to be printed.
    """
    kutipan = []
    for i, item in enumerate(kep.mengingat):
        lokasi = bersama.lokasi_berkas(data, stem, "mengingat", i)
        kutipan.append(Kutipan.dari_data(item, lokasi))
    hasil = susun_mengingat(kutipan, data.katalog, urutkan=kep.urutkan_mengingat, per_tanggal=kep.tanggal)
    galat = [DataError(t.pesan, t.lokasi) for t in hasil.temuan if t.tingkat == "galat"]
    if galat:
        raise galat[0] if len(galat) == 1 else KumpulanGalat(galat)
    return list(hasil.butir), [t for t in hasil.temuan if t.tingkat != "galat"]


def konteks_keputusan(data: DataKecamatan, kep: Keputusan, *, stem: str,
                      tentang: str) -> tuple[dict[str, Any], list[Temuan]]:
    """Everything the decree frame of a Keputusan Camat template prints, and the warnings."""
    ins = data.instansi
    kec = ins.kecamatan
    huruf_lanjut = ins.pengaturan.huruf_setelah_z
    jabatan = ins.jabatan_camat.upper()
    unit = f"Kecamatan {kec.nama} {ins.pemerintah.sebutan}"
    tanggal = fmt.tanggal(kep.tanggal)
    no = nomor(data, kep, stem)
    menimbang = bersama.butir(kep.menimbang, "huruf", penghubung=None, akhir=";", huruf_lanjut=huruf_lanjut)
    tembusan = [dict(b, teks=b["teks"] if b["teks"].startswith("Yth.") else f"Yth. {b['teks']}")
                for b in bersama.butir(kep.tembusan, "angka", penghubung=None, akhir=".")]
    dasar, temuan = mengingat(data, kep, stem)
    semua_diktum = diktum(kep, huruf_lanjut)
    ttd = bersama.ttd_camat(data, bersama.tempat_penetapan(data, kep.tempat), tanggal, ditetapkan=True)
    return {
        "kop": bersama.kop(data),
        "judul": {
            "keputusan": f"KEPUTUSAN {jabatan}",
            "daerah": ins.pemerintah.sebutan.upper(),
            "pejabat": jabatan,
        },
        "nomor": no,
        "tanggal": tanggal,
        "tentang": tentang,
        "tentang_kapital": tentang.upper(),
        "menimbang": menimbang,
        "menimbang_tunggal": len(menimbang) == 1,
        "mengingat": bersama.butir(dasar, "angka", penghubung=None, akhir=";"),
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
    }, temuan


def dokumen_keputusan(data: DataKecamatan, kep: Keputusan, *, jenis: str, templat: str,
                      konteks: dict[str, Any], temuan: list[Temuan]) -> Dokumen:
    """The output of a Keputusan Camat: file named by kind and year, metadata from the decree."""
    return bersama.dokumen(
        data, jenis=jenis, nama_berkas=f"{jenis}-{kep.tanggal.year}.docx", templat=templat, konteks=konteks,
        judul=f"Keputusan Camat {data.instansi.kecamatan.nama} tentang {konteks['tentang']}",
        tanggal=kep.tanggal, temuan=temuan)
