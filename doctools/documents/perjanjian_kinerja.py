"""The Perjanjian Kinerja: one signature-ready document per signing pair (cascading).

Page 1 is the statement (kop, Pihak Pertama and Pihak Kedua, the undertaking, side-by-side
signatures); page 2 the lampiran (sasaran/indikator/target, program or kegiatan with the computed
Jumlah and its terbilang, signatures again). The statement wording lives in the template, so a
kabupaten edits it there; every name, title, number and total comes from here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.tahun import PERJANJIAN_KINERJA, PerjanjianDihitung, TahunKinerja
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.model import DataKecamatan, Perjanjian, Pihak

JENIS = PERJANJIAN_KINERJA
TEMPLAT = "perjanjian-kinerja.docx"


_PENANDA_TANGAN = Kumpulan("satu pihak yang menandatangani", {
    "sebutan": Isian("PIHAK PERTAMA / PIHAK KEDUA"),
    "atas_nama": Isian("a.n. CAMAT … bila menandatangani atas nama Camat (kosong bila tidak)"),
    "jabatan": Isian("jabatan dalam huruf kapital, dengan Plt./Plh. bila pelaksana tugas/harian"),
    "nama": Isian("nama"),
    "pangkat": Isian("pangkat (kosong bila tidak ada)"),
    "nip": Isian("NIP. … (kosong bila tidak ada)"),
})

TTD_BERDAMPINGAN = Kumpulan("dua tanda tangan berdampingan", {
    "tempat_tanggal": Isian("tempat dan tanggal penandatanganan"),
    "kiri": _PENANDA_TANGAN.dengan("penanda tangan di kiri: Pihak Kedua"),
    "kanan": _PENANDA_TANGAN.dengan("penanda tangan di kanan: Pihak Pertama"),
})
"""The signatures of a PK (:func:`_ttd`), printed by the shared part ``tanda-tangan-berdampingan``."""

BARIS_SASARAN = Daftar("baris tabel sasaran, satu per sasaran", Kumpulan("satu sasaran", {
    "nomor": Isian("nomor baris: 1., 2., …"),
    "uraian": Isian("sasaran strategis"),
    "indikator": Daftar("indikator sasaran ini", Kumpulan("satu indikator", {
        "nama": Isian("nama indikator"),
        "target": Isian("target tahun ini, seperti ditulis (82,5 atau B)"),
        "satuan": Isian("satuan (- bila tidak ada)"),
    })),
}))
"""The sasaran table (:func:`tabel_sasaran`), in the PK and in the LKj."""

_PIHAK = Kumpulan("identitas satu pihak", {
    "nama": Isian("nama"),
    "nip": Isian("NIP (kosong bila tidak ada)"),
    "pangkat": Isian("pangkat/golongan, mis. Pembina Tingkat I (IV/b) (kosong bila tidak ada)"),
    "jabatan": Isian("jabatan"),
})

KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Perjanjian Kinerja: pernyataan dengan tanda tangan, lalu lampiran sasaran dan anggaran",
    Kumpulan("Perjanjian Kinerja satu pasangan penanda tangan", {
        "kop": bersama.KOP,
        "judul": Isian("PERJANJIAN KINERJA TAHUN …"),
        "tahun": Isian("tahun perjanjian", "angka"),
        "pertama": _PIHAK.dengan("Pihak Pertama (yang berjanji)"),
        "kedua": _PIHAK.dengan("Pihak Kedua (atasannya)"),
        "ttd": TTD_BERDAMPINGAN,
        "lampiran": Kumpulan("judul lampiran", {
            "judul": Isian("PERJANJIAN KINERJA TAHUN …"),
            "jabatan": Isian("jabatan Pihak Pertama dalam huruf kapital"),
        }),
        "sasaran": BARIS_SASARAN,
        "anggaran": Kumpulan("tabel program atau kegiatan dengan anggarannya", {
            "ada": Isian("benar bila ada program/kegiatan", "ya-tidak"),
            "judul": Isian("PROGRAM atau KEGIATAN (judul kolom)"),
            "baris": Daftar("baris tabel anggaran", Kumpulan("satu program/kegiatan", {
                "nomor": Isian("nomor baris"),
                "nama": Isian("nama program/kegiatan"),
                "anggaran": Isian("anggaran: cetak dengan |rupiah", "angka"),
                "keterangan": Isian("sumber dana"),
            })),
            "jumlah": Isian("jumlah anggaran (dihitung): |rupiah, |terbilang_rupiah", "angka"),
        }),
    }),
    bagian=("kop", "tanda-tangan-berdampingan"),
    halaman_baru=("lampiran.judul",),
)


def target_teks(nilai: Decimal | str) -> str:
    """A target as written: ``82,5`` keeps its typed precision, ``B`` stays text."""
    if isinstance(nilai, str):
        return nilai
    desimal = max(-nilai.as_tuple().exponent, 0)  # type: ignore[operator]
    return fmt.angka(nilai, desimal)


def _pangkat_golongan(data: DataKecamatan, pihak: Pihak) -> str:
    """``Pembina Tingkat I (IV/b)``: the statement's "Pangkat/Golongan" shows both."""
    if pihak.pangkat is None:
        return ""
    gaya = data.instansi.pengaturan.gaya_pangkat.removesuffix("-golongan")
    return pihak.pangkat.format(f"{gaya}-golongan")  # type: ignore[arg-type]


def _identitas(data: DataKecamatan, pihak: Pihak) -> dict[str, str]:
    return {
        "nama": pihak.nama,
        "nip": pihak.nip.format if pihak.nip else "",
        "pangkat": _pangkat_golongan(data, pihak),
        "jabatan": bersama.jabatan_teks(data, pihak),
    }


def _ttd(data: DataKecamatan, pihak: Pihak, sebutan: str) -> dict[str, str]:
    return {
        "sebutan": sebutan,
        "atas_nama": f"a.n. {pihak.atas_nama.upper()}" if pihak.atas_nama else "",
        "jabatan": bersama.jabatan_ttd(pihak),
        "nama": pihak.nama,
        "pangkat": pihak.pangkat.format(data.instansi.pengaturan.gaya_pangkat) if pihak.pangkat else "",
        "nip": f"NIP. {pihak.nip.format}" if pihak.nip else "",
    }


def tabel_sasaran(pk: Perjanjian) -> list[dict[str, Any]]:
    """Lampiran rows: a sasaran spans its indicators; numbers are computed."""
    return [{
        "nomor": f"{nomor}.",
        "uraian": s.uraian,
        "indikator": [{"nama": i.nama, "target": target_teks(i.target), "satuan": i.satuan or "-"}
                      for i in s.indikator],
    } for nomor, s in enumerate(pk.sasaran, start=1)]


def tabel_anggaran(pd: PerjanjianDihitung) -> dict[str, Any]:
    """Program (or kegiatan) rows and their Jumlah (computed by the year, never typed).

    A Camat's program that lists its kegiatan is followed by them, numbered 1.1, 1.2, …; the
    Jumlah adds the programs only.
    """
    pk = pd.perjanjian
    baris: list[dict[str, Any]] = []
    for n, m in enumerate(pk.anggaran, start=1):
        baris.append({"nomor": f"{n}.", "nama": m.nama, "anggaran": m.anggaran, "keterangan": m.sumber_dana or ""})
        baris += [{"nomor": f"{n}.{j}", "nama": k.nama, "anggaran": k.anggaran,
                   "keterangan": k.sumber_dana or m.sumber_dana or ""}
                  for j, k in enumerate(getattr(m, "kegiatan", ()), start=1)]
    dengan_kegiatan = any(getattr(m, "kegiatan", ()) for m in pk.anggaran)
    return {
        "ada": bool(pk.anggaran),
        "judul": "PROGRAM / KEGIATAN" if dengan_kegiatan else pk.jenis_anggaran.upper(),
        "baris": baris,
        "jumlah": pd.jumlah,
    }


def ttd(data: DataKecamatan, pk: Perjanjian) -> dict[str, Any]:
    """The signatures of a PK: Pihak Kedua on the left, Pihak Pertama on the right, with place and date."""
    tempat = bersama.tempat_penetapan(data, pk.tempat)
    return {
        "tempat_tanggal": f"{tempat}, {fmt.tanggal_tulis(pk.tanggal)}",
        "kiri": _ttd(data, pk.kedua, "PIHAK KEDUA"),
        "kanan": _ttd(data, pk.pertama, "PIHAK PERTAMA"),
    }


def konteks(tahun_kinerja: TahunKinerja, pd: PerjanjianDihitung, tahun: int) -> dict[str, Any]:
    """Everything the PK template prints, for one signing pair."""
    data = tahun_kinerja.data
    pk = pd.perjanjian
    return {
        "kop": bersama.kop(tahun_kinerja),
        "judul": f"PERJANJIAN KINERJA TAHUN {tahun}",
        "tahun": tahun,
        "pertama": _identitas(data, pk.pertama),
        "kedua": _identitas(data, pk.kedua),
        "ttd": ttd(data, pk),
        "lampiran": {"judul": f"PERJANJIAN KINERJA TAHUN {tahun}",
                     "jabatan": bersama.jabatan_teks(data, pk.pertama, kapital=True)},
        "sasaran": tabel_sasaran(pk),
        "anggaran": tabel_anggaran(pd),
    }


def nama_berkas(tahun: int, kunci: str) -> str:
    return f"{JENIS}-{tahun}-{kunci}.docx"


def susun(tahun_kinerja: TahunKinerja) -> list[Dokumen]:
    """One PK per signing pair, when the data set has ``perjanjian-kinerja.yaml``."""
    pt = tahun_kinerja.perjanjian
    if pt is None:
        return []
    tahun = pt.berkas.tahun
    hasil = []
    for pd in pt.daftar:
        pk = pd.perjanjian
        hasil.append(bersama.dokumen(
            tahun_kinerja.data, jenis=JENIS, nama_berkas=nama_berkas(tahun, pk.kunci), templat=TEMPLAT,
            konteks=konteks(tahun_kinerja, pd, tahun), judul=f"Perjanjian Kinerja Tahun {tahun} {pk.pertama.jabatan}",
            tanggal=bersama.tanggal_metadata(pk.tanggal, tahun)))
    return hasil
