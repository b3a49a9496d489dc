"""The decree frame shared by every Keputusan Camat: title, konsiderans, diktum, signature."""

from __future__ import annotations

import string
from typing import Any

from doctools import fmt
from doctools.documents import bersama
from doctools.errors import DataError
from doctools.model import DataKecamatan, Keputusan
from doctools.model.keputusan import RUJUKAN_DIKTUM

NOMOR_KOSONG = "\u00a0" * 6  # room for the agenda clerk to write the nomor urut by hand


def nomor(data: DataKecamatan, kep: Keputusan, stem: str) -> str:
    """Compose the decree number from the kabupaten's pattern."""
    pola = data.instansi.pengaturan.pola_nomor_keputusan
    bagian = {name for _, name, _, _ in string.Formatter().parse(pola) if name}
    wilayah = data.instansi.kecamatan.kode_wilayah
    if "wilayah" in bagian and not wilayah:
        raise DataError("pola nomor keputusan memakai {wilayah}, tetapi kecamatan.kode_wilayah belum diisi",
                        bersama.lokasi_berkas(data, "instansi", "kecamatan"))
    return pola.format(kode=kep.nomor.kode, urut=kep.nomor.urut or NOMOR_KOSONG,
                       wilayah=wilayah or "", tahun=kep.nomor.tahun or kep.tanggal.year)


def _ganti_rujukan(teks: str, urutan_id: dict[str, int]) -> str:
    return RUJUKAN_DIKTUM.sub(lambda m: fmt.diktum(urutan_id[m.group(1)]), teks)


def diktum(kep: Keputusan, huruf_lanjut: str) -> list[dict[str, Any]]:
    """Diktum with computed ordinals; ``{diktum.<id>}`` references become KESATU, KEDUA, …"""
    urutan_id = {d.id: i for i, d in enumerate(kep.diktum, start=1) if d.id}
    hasil = []
    for i, d in enumerate(kep.diktum, start=1):
        rincian = [_ganti_rujukan(r, urutan_id) for r in d.rincian]
        penghubung = None if d.penghubung == "tanpa" else d.penghubung
        hasil.append({
            "label": fmt.diktum(i),
            "teks": _ganti_rujukan(d.teks, urutan_id),
            "rincian": bersama.butir(rincian, d.gaya_rincian, penghubung=penghubung, akhir=".",
                                     huruf_lanjut=huruf_lanjut) if rincian else [],
        })
    return hasil


def mengingat(data: DataKecamatan, kep: Keputusan, stem: str) -> list[str]:
    """The Mengingat items as text (free text as written)."""
    hasil = []
    for i, item in enumerate(kep.mengingat):
        if not isinstance(item, str):
            raise DataError("rujukan katalog peraturan belum didukung di sini; tulis sebagai teks",
                            bersama.lokasi_berkas(data, stem, "mengingat", i))
        hasil.append(item)
    return hasil


def konteks_keputusan(data: DataKecamatan, kep: Keputusan, *, stem: str, tentang: str) -> dict[str, Any]:
    """Everything the decree frame of a Keputusan Camat template prints."""
    ins = data.instansi
    kec = ins.kecamatan
    huruf_lanjut = ins.pengaturan.huruf_setelah_z
    jabatan = ins.jabatan_camat.upper()
    tanggal = fmt.tanggal(kep.tanggal)
    no = nomor(data, kep, stem)
    menimbang = bersama.butir(kep.menimbang, "huruf", penghubung=None, akhir=";", huruf_lanjut=huruf_lanjut)
    tembusan = [dict(b, teks=b["teks"] if b["teks"].startswith("Yth.") else f"Yth. {b['teks']}")
                for b in bersama.butir(kep.tembusan, "angka", penghubung=None, akhir=".")]
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
        "mengingat": bersama.butir(mengingat(data, kep, stem), "angka", penghubung=None, akhir=";"),
        "memperhatikan": bersama.butir(kep.memperhatikan, "angka", penghubung=None, akhir=";"),
        "menetapkan": f"KEPUTUSAN {jabatan} TENTANG {tentang.upper()}." if kep.ulang_judul else "",
        "diktum": diktum(kep, huruf_lanjut),
        "tembusan": tembusan,
        "ttd": bersama.ttd_camat(data, bersama.tempat_penetapan(data, kep.tempat), tanggal),
        "kecamatan": kec.nama,
    }
