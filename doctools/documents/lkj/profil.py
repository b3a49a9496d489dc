"""BAB I, gambaran umum: kedudukan, tugas, fungsi, susunan organisasi, SDM and sarana.

Tugas and fungsi come from instansi.yaml (the same list the IKU decree prints); head counts are
written per category and every total is the year's (:class:`doctools.tahun.LaporanTahun`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.lkj.narasi import Narasi
from doctools.render import Gambar
from doctools.templat.skema import Daftar, Isian, Kumpulan, Simpul

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, LaporanKinerja
    from doctools.tahun import LaporanTahun
    from doctools.tahun.laporan import SaranaDihitung

LEBAR_BAGAN_MM = 160.0


_HITUNGAN = Kumpulan("tabel jumlah pegawai", {
    "baris": Daftar("baris tabel", Kumpulan("satu baris", {
        "nomor": Isian("nomor baris"),
        "nama": Isian("pendidikan, pangkat/golongan atau eselon"),
        "jumlah": Isian("jumlah orang"),
    })),
    "jumlah": Isian("jumlah seluruhnya (dihitung)"),
})

VARIABEL: dict[str, Simpul] = {
    "kedudukan": Isian("narasi kedudukan, tugas dan fungsi", "narasi"),
    "dasar_hukum": Isian("kalimat pengantar tugas dan fungsi"),
    "tugas": bersama.daftar_butir("tugas kecamatan"),
    "fungsi": bersama.daftar_butir("fungsi kecamatan"),
    "susunan": Daftar("susunan organisasi", Kumpulan("satu unit", {
        "tanda": Isian("a., b., …"),
        "teks": Isian("nama unit"),
        "membawahi": Daftar("unit di bawahnya", Kumpulan("satu unit bawahan", {
            "tanda": Isian("1), 2), …"),
            "teks": Isian("nama unit bawahan"),
        })),
    })),
    "bagan": Isian("gambar bagan organisasi (kosong bila tidak ada)", "gambar"),
    "sdm": Kumpulan("sumber daya manusia", {
        "kalimat": Isian("kalimat jumlah ASN"),
        "pendidikan": _HITUNGAN.dengan("pegawai menurut pendidikan"),
        "golongan": _HITUNGAN.dengan("pegawai menurut pangkat/golongan"),
        "eselon": Kumpulan("pejabat struktural menurut eselon", _HITUNGAN.isi, boleh_kosong=True),
    }, boleh_kosong=True),
    "kondisi_sarana": Daftar("judul kolom kondisi tabel sarana (pengaturan.kondisi_sarana), huruf kapital",
                             Isian("satu kondisi, mis. BAIK")),
    "sarana": Daftar("sarana dan prasarana", Kumpulan("satu jenis sarana", {
        "nomor": Isian("nomor baris"),
        "jenis": Isian("jenis sarana"),
        "satuan": Isian("satuan"),
        "kondisi": Daftar("jumlah per kondisi, urut seperti kondisi_sarana (– bila tidak ada)", Isian("jumlah")),
        "baik": Isian("jumlah kondisi Baik (– bila tidak ada)"),
        "rusak_ringan": Isian("jumlah kondisi Rusak Ringan (– bila tidak ada)"),
        "rusak_berat": Isian("jumlah kondisi Rusak Berat (– bila tidak ada)"),
        "jumlah": Isian("jumlah (dihitung; – bila tidak ada)"),
        "keterangan": Isian("keterangan"),
    })),
}
"""What :func:`konteks` gives BAB I (the LKj adds its narratives and numbering)."""


def _kedudukan(data: DataKecamatan, lkj: LaporanKinerja) -> Narasi:
    org = lkj.organisasi
    if org.kedudukan:
        return Narasi.dari_teks(org.kedudukan)
    ins = data.instansi
    nama = ins.kecamatan.nama
    dasar = (f"Kedudukan, tugas, fungsi dan susunan organisasi Kecamatan {nama} diatur dalam {org.dasar_hukum}. "
             if org.dasar_hukum else "")
    return Narasi.paragraf([
        f"{dasar}Kecamatan {nama} merupakan perangkat daerah {ins.pemerintah.sebutan} sebagai pelaksana teknis "
        f"kewilayahan, dipimpin oleh Camat yang berada di bawah dan bertanggung jawab kepada {ins.pemerintah.kepala} "
        f"melalui Sekretaris Daerah {ins.pemerintah.sebutan}.",
    ])


def _susunan(lkj: LaporanKinerja) -> list[dict[str, Any]]:
    hasil = []
    for n, u in enumerate(lkj.organisasi.susunan, start=1):
        bawah = [{"tanda": f"{m})", "teks": b} for m, b in enumerate(u.membawahi, start=1)]
        hasil.append({"tanda": f"{fmt.huruf(n)}.", "teks": u.unit + (", membawahi:" if bawah else ""),
                      "membawahi": bawah})
    return hasil


def _bagan(lt: LaporanTahun) -> Gambar | str:
    return "" if lt.bagan is None else Gambar(lt.bagan, LEBAR_BAGAN_MM)


def _golongan(label: str) -> str:
    try:
        return fmt.cari_pangkat(label).format("lengkap-golongan")
    except ValueError:
        return label


def _tabel(hitungan: dict[str, int], jumlah: int, label: Any = str) -> dict[str, Any]:
    return {"baris": [{"nomor": f"{n}.", "nama": label(k), "jumlah": str(v)}
                      for n, (k, v) in enumerate(hitungan.items(), start=1)],
            "jumlah": str(jumlah)}


def sdm(data: DataKecamatan, lt: LaporanTahun) -> dict[str, Any] | None:
    s = lt.lkj.sdm
    if s is None:
        return None
    jumlah = lt.jumlah_sdm
    asn = jumlah["pendidikan"]
    kalimat = f"Jumlah aparatur sipil negara (ASN) Kecamatan {data.instansi.kecamatan.nama} sebanyak {fmt.bilangan_kata(asn)} orang"
    if s.non_asn:
        kalimat += f", didukung {fmt.bilangan_kata(s.non_asn)} orang tenaga non-ASN"
    return {
        "kalimat": kalimat + ", dengan rincian menurut pendidikan, pangkat/golongan dan eselon sebagai berikut.",
        "pendidikan": _tabel(s.pendidikan, jumlah["pendidikan"]),
        "golongan": _tabel(s.golongan, jumlah["golongan"], _golongan),
        "eselon": _tabel(s.eselon, jumlah["eselon"]) if s.eselon else None,
    }


TANPA_JUMLAH = "–"
"""Printed for a condition, or a sarana, without a count (as the seeds print "-")."""


def _jumlah(n: int | None) -> str:
    return TANPA_JUMLAH if n is None else str(n)


def sarana(lt: LaporanTahun) -> list[dict[str, Any]]:
    """Rows of the sarana table, a column per condition label; ``baik``/``rusak_ringan``/``rusak_berat`` kept
    for templates written before the labels were the kecamatan's own."""
    from doctools.model.rujukan import kunci_kondisi

    label = {kunci_kondisi(k): i for i, k in enumerate(lt.kondisi_sarana)}

    def kolom(x: SaranaDihitung, nama: str) -> str:
        i = label.get(nama)
        return _jumlah(x.kondisi[i]) if i is not None else TANPA_JUMLAH

    return [{"nomor": f"{n}.", "jenis": x.sarana.jenis, "satuan": x.sarana.satuan,
             "kondisi": [_jumlah(j) for j in x.kondisi],
             "baik": kolom(x, "baik"), "rusak_ringan": kolom(x, "rusak ringan"), "rusak_berat": kolom(x, "rusak berat"),
             "jumlah": _jumlah(x.jumlah), "keterangan": x.sarana.keterangan or ""}
            for n, x in enumerate(lt.sarana, start=1)]


def konteks(data: DataKecamatan, lt: LaporanTahun) -> dict[str, Any]:
    lkj = lt.lkj
    kec = data.instansi.kecamatan
    huruf_lanjut = data.instansi.pengaturan.huruf_setelah_z
    tugas, fungsi = kec.tugas_fungsi()
    return {
        "kedudukan": _kedudukan(data, lkj),
        "dasar_hukum": f"Tugas dan fungsi Kecamatan {kec.nama} adalah sebagai berikut.",
        "tugas": bersama.butir(tugas, "huruf", penghubung="dan", akhir=".", huruf_lanjut=huruf_lanjut),
        "fungsi": bersama.butir(fungsi, "huruf", penghubung="dan", akhir=".", huruf_lanjut=huruf_lanjut),
        "susunan": _susunan(lkj),
        "bagan": _bagan(lt),
        "sdm": sdm(data, lt),
        "kondisi_sarana": [k.upper() for k in lt.kondisi_sarana],
        "sarana": sarana(lt),
    }
