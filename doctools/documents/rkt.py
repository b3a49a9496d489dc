"""The Rencana Kinerja Tahunan (RKT): sasaran, indicators and targets, with the programs and kegiatan that serve them.

One landscape table, as the seeds print it: SASARAN (indicator, target) | PROGRAM (indicator,
target) | KEGIATAN (indicator, target) | ANGGARAN (program, kegiatan), a sasaran spanning its
programs and a program its kegiatan. Targets come from kinerja.yaml — the sasaran's from the same
place as the PK's, the programs' and kegiatan's from the Renstra's program tree — and anggaran
from the PK: a program's from the Camat's, a kegiatan's from the pejabat's PK that lists it.
A program serving two sasaran is printed under both, its anggaran once (the Jumlah adds up to
the PK's), marked ``*)`` the second time.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.kisi import Tingkat, baris_pohon
from doctools.model.rujukan import normal_nama
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.kinerja.pohon import IndikatorSimpul, Simpul
    from doctools.tahun import TahunKinerja

JENIS = "rencana-kinerja-tahunan"
TEMPLAT = "rencana-kinerja-tahunan.docx"
TANDA_BERSAMA = "*)"
CATATAN_BERSAMA = (f"{TANDA_BERSAMA} Program yang mendukung lebih dari satu sasaran: anggarannya dicantumkan dan "
                   "dijumlahkan satu kali, pada sasaran pertama yang didukungnya.")

_GABUNG = " (sel yang melanjutkan sel di atasnya digabungkan dengannya)"
KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Rencana Kinerja Tahunan: tabel mendatar sasaran, program, kegiatan dan anggaran",
    Kumpulan("Rencana Kinerja Tahunan", {
        "kop": bersama.KOP,
        "judul": Isian("RENCANA KINERJA TAHUNAN"),
        "subjudul": Isian("KECAMATAN … TAHUN …"),
        "tujuan": Daftar("tujuan Renstra", Kumpulan("satu tujuan", {
            "label": Isian("Tujuan, atau Tujuan 1, Tujuan 2, …"),
            "uraian": Isian("uraian tujuan"),
            "indikator": Isian("indikator tujuan, dipisah titik koma"),
        })),
        "baris": Daftar("baris tabel, satu per kegiatan (atau indikator)" + _GABUNG, Kumpulan("satu baris", {
            "nomor": Isian("nomor sasaran: 1., 2., …"),
            "sasaran": Isian("uraian sasaran"),
            "indikator_sasaran": Isian("indikator sasaran"),
            "target_sasaran": Isian("target tahun ini dengan satuannya"),
            "program": Isian("uraian program"),
            "indikator_program": Isian("indikator program"),
            "target_program": Isian("target indikator program"),
            "pagu_program": Isian("anggaran program (PK Camat), atau *) bila sudah dicantumkan"),
            "kegiatan": Isian("uraian kegiatan"),
            "indikator_kegiatan": Isian("indikator kegiatan"),
            "target_kegiatan": Isian("target indikator kegiatan"),
            "pagu_kegiatan": Isian("anggaran kegiatan (PK pejabat), - bila tidak ada"),
        })),
        "jumlah": Isian("jumlah anggaran program (= Jumlah PK Camat)"),
        "catatan": Isian("keterangan tanda *) (kosong bila tidak ada program bersasaran ganda)"),
        "ttd": bersama.TTD_CAMAT,
    }),
    bagian=("kop", "tanda-tangan"),
    mendatar=("baris",),
)


def _target(simpul: Simpul, ind: IndikatorSimpul | None) -> list[str]:
    if ind is None:
        return ["-", "-"] if simpul.tingkat != "sasaran" else ["", ""]
    return [ind.nama, ind.target_teks]


def _rupiah(nilai: Decimal | None) -> str:
    return "-" if nilai is None else fmt.angka(nilai, 0 if nilai == nilai.to_integral_value() else 2)


def konteks(tahun_kinerja: TahunKinerja) -> dict[str, Any]:
    """Everything the RKT template prints."""
    data, rkt = tahun_kinerja.data, tahun_kinerja.rkt
    assert data.rkt is not None and rkt is not None
    dicetak: set[str] = set()
    bersama_ = False
    nomor = 0

    def sasaran_sendiri(s: Simpul) -> list[str]:
        nonlocal nomor
        nomor += 1
        return [f"{nomor}.", s.uraian]

    def program_sendiri(p: Simpul) -> list[str]:
        nonlocal bersama_
        kunci = normal_nama(p.uraian)
        if kunci in dicetak:
            bersama_ = True
            return [p.uraian, TANDA_BERSAMA]
        dicetak.add(kunci)
        return [p.uraian, _rupiah(rkt.pagu_program.get(kunci))]

    def kegiatan_sendiri(k: Simpul) -> list[str]:
        return [k.uraian, _rupiah(rkt.pagu_kegiatan.get(normal_nama(k.uraian)))]

    tingkat = [
        Tingkat(("nomor", "sasaran"), sasaran_sendiri, ("indikator_sasaran", "target_sasaran"), _target),
        Tingkat(("program", "pagu_program"), program_sendiri, ("indikator_program", "target_program"), _target),
        Tingkat(("kegiatan", "pagu_kegiatan"), kegiatan_sendiri, ("indikator_kegiatan", "target_kegiatan"), _target),
    ]
    baris = baris_pohon([s.pangkas("kegiatan") for t in rkt.pohon for s in t.anak], tingkat)
    tempat = bersama.tempat_penetapan(data, data.rkt.tempat)
    nama = data.instansi.kecamatan.nama
    return {
        "kop": bersama.kop(tahun_kinerja),
        "judul": "RENCANA KINERJA TAHUNAN",
        "subjudul": f"KECAMATAN {nama.upper()} TAHUN {rkt.tahun}",
        "tujuan": [{"label": "Tujuan" if len(rkt.pohon) == 1 else f"Tujuan {n}", "uraian": t.uraian,
                    "indikator": "; ".join(i.nama for i in t.indikator)} for n, t in enumerate(rkt.pohon, start=1)],
        "baris": baris,
        "jumlah": _rupiah(rkt.jumlah),
        "catatan": CATATAN_BERSAMA if bersama_ else "",
        "ttd": bersama.ttd_camat(tahun_kinerja, "rkt", tempat, fmt.tanggal_tulis(data.rkt.tanggal)),
    }


def nama_berkas(tahun: int) -> str:
    return f"{JENIS}-{tahun}.docx"


def susun(tahun: TahunKinerja) -> list[Dokumen]:
    """The RKT, when the data set has ``rkt.yaml`` (and the year could compute it)."""
    data = tahun.data
    if tahun.rkt is None or data.rkt is None:
        return []
    return [bersama.dokumen(data, jenis=JENIS, nama_berkas=nama_berkas(tahun.rkt.tahun), templat=TEMPLAT,
                            konteks=konteks(tahun), judul=f"Rencana Kinerja Tahunan {tahun.rkt.tahun}",
                            tanggal=bersama.tanggal_metadata(data.rkt.tanggal, data.rkt.tahun))]
