"""BAB III, akuntabilitas keuangan: realisasi per program and kegiatan, belanja by class, per sasaran.

Sums and percentages come from :func:`doctools.kinerja.ringkas_anggaran` and
:func:`~doctools.kinerja.proporsi`; nothing here is typed by the user except pagu and realisasi.
Efisiensi per sasaran compares the mean capaian kinerja with the share of the budget spent:
``selisih = capaian − penyerapan``; zero or more reads "Efisien".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.lkj import rujukan
from doctools.documents.lkj.kalimat import persen
from doctools.documents.lkj.pengukuran import Pengukuran
from doctools.errors import DataError
from doctools.hukum import Temuan
from doctools.kinerja import RingkasanAnggaran, persen_dari, proporsi, ringkas_anggaran
from doctools.model import DataKecamatan, LaporanKinerja
from doctools.templat.skema import Daftar, Isian, Kumpulan, Simpul

_JALUR = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")

_ANGKA = {
    "pagu": Isian("pagu, ditulis dengan titik ribuan"),
    "realisasi": Isian("realisasi, ditulis dengan titik ribuan"),
    "persen": Isian("persentase realisasi"),
    "sisa": Isian("sisa anggaran"),
}


def _baris(uraian: str, nomor: str, **lain: Daftar) -> Kumpulan:
    return Kumpulan(uraian, {"nomor": Isian(nomor), "nama": Isian("nama"), **_ANGKA, **lain})


PROGRAM = Kumpulan("realisasi anggaran per program dan kegiatan", {
    "program": Daftar("program", _baris("satu program", "I., II., …", kegiatan=Daftar(
        "kegiatan program ini", _baris("satu kegiatan", "1., 2., …", sub=Daftar(
            "sub kegiatan (kosong bila tabel berhenti di kegiatan)", _baris("satu sub kegiatan", "a., b., …")))))),
    "jumlah": _baris("baris jumlah", "kosong"),
})
"""What :func:`tabel_program` gives."""

_PROPORSI = {"pagu": _ANGKA["pagu"], "realisasi": _ANGKA["realisasi"], "proporsi": Isian("proporsi terhadap pagu"),
             "persen": _ANGKA["persen"]}

VARIABEL: dict[str, Simpul] = {
    "kalimat": Isian("kalimat pagu dan realisasi anggaran"),
    "program": PROGRAM,
    "belanja": Kumpulan("anggaran menurut jenis belanja", {
        "kelompok": Daftar("kelompok belanja", Kumpulan("satu kelompok", {
            "nomor": Isian("a., b., …"), "nama": Isian("kelompok belanja"), **_PROPORSI,
            "jenis": Daftar("jenis belanja", Kumpulan("satu jenis", {"nama": Isian("jenis belanja"), **_PROPORSI})),
        })),
        "jumlah": Kumpulan("baris jumlah", _PROPORSI),
        "kalimat": Isian("kalimat proporsi belanja"),
    }, boleh_kosong=True),
    "sasaran": Daftar("anggaran per sasaran", Kumpulan("satu sasaran", {
        "nomor": Isian("1., 2., …"), "uraian": Isian("uraian sasaran"), **_PROPORSI})),
    "jumlah_sasaran": Kumpulan("baris jumlah anggaran per sasaran", _PROPORSI),
    "efisiensi": Daftar("efisiensi per sasaran", Kumpulan("satu sasaran", {
        "nomor": Isian("1., 2., …"),
        "uraian": Isian("uraian sasaran"),
        "capaian": Isian("rata-rata capaian kinerja"),
        "serapan": Isian("persentase realisasi anggaran"),
        "selisih": Isian("capaian dikurangi serapan"),
        "keterangan": Isian("Efisien / Kurang efisien"),
    })),
}
"""What :func:`konteks` gives the template (``bab3.keuangan``)."""


def _jalur(kolom: str | None) -> tuple[str | int, ...]:
    """``program[1].kegiatan[2].pagu`` → ``("program", 0, "kegiatan", 1, "pagu")``."""
    hasil: list[str | int] = []
    for bagian in (kolom or "").split("."):
        m = _JALUR.fullmatch(bagian)
        if not m:
            continue
        hasil.append(m.group(1))
        if m.group(2):
            hasil.append(int(m.group(2)) - 1)
    return tuple(hasil)


def ringkas(data: DataKecamatan, lkj: LaporanKinerja) -> RingkasanAnggaran:
    """The budget summary; an inconsistent stated total is a DataError at its line in lkj.yaml."""
    program = [p.model_dump() for p in lkj.anggaran.program]
    try:
        return ringkas_anggaran(program)
    except DataError as exc:
        raise DataError(exc.pesan, bersama.lokasi_berkas(data, "lkj", "anggaran",
                                                          *_jalur(exc.lokasi.kolom if exc.lokasi else None))) from None


@dataclass
class _Rp:
    gaya: str

    def __call__(self, nilai: Decimal) -> str:
        return fmt.rupiah(nilai, self.gaya)


@dataclass
class _Angka:
    """Money in a table whose header says (Rp): digits only; sen only when some amount has sen."""

    desimal: int

    def __call__(self, nilai: Decimal) -> str:
        return fmt.angka(nilai, self.desimal)


def _desimal(lkj: LaporanKinerja) -> int:
    jumlah: list[Decimal] = []
    for p in lkj.anggaran.program:
        jumlah += [x for x in (p.pagu, p.realisasi) if x is not None]
        for k in p.kegiatan:
            jumlah += [x for x in (k.pagu, k.realisasi) if x is not None]
            jumlah += [x for s in k.sub_kegiatan for x in (s.pagu, s.realisasi)]
    jumlah += [x for k in lkj.anggaran.belanja for j in k.jenis for x in (j.pagu, j.realisasi)]
    return 0 if all(x == x.to_integral_value() for x in jumlah) else 2


def tabel_program(r: RingkasanAnggaran, _angka: _Angka) -> dict[str, Any]:
    """Programs (I, II, …) with their kegiatan (1, 2, …) and sub-kegiatan, and the Jumlah."""
    def baris(x: Any, nomor: str) -> dict[str, Any]:
        return {"nomor": nomor, "nama": getattr(x, "nama", "Jumlah"), "pagu": _angka(x.pagu), "realisasi": _angka(x.realisasi),
                "persen": persen(x.persen), "sisa": _angka(x.sisa)}
    return {
        "program": [dict(baris(p, f"{fmt.romawi(n)}."), kegiatan=[
            dict(baris(k, f"{m}."), sub=[baris(s, f"{fmt.huruf(o)}.") for o, s in enumerate(k.sub_kegiatan, start=1)])
            for m, k in enumerate(p.kegiatan, start=1)]) for n, p in enumerate(r.program, start=1)],
        "jumlah": baris(r, ""),
    }


def tabel_belanja(data: DataKecamatan, lkj: LaporanKinerja, r: RingkasanAnggaran,
                  _angka: _Angka) -> dict[str, Any] | None:
    """Belanja by class with computed proportions; the classes inside programs must sum to the programs."""
    kelompok = lkj.anggaran.belanja
    if not kelompok:
        return None
    jumlah = [(sum((j.pagu for j in k.jenis), Decimal(0)), sum((j.realisasi for j in k.jenis), Decimal(0)))
              for k in kelompok]
    dalam = [(p, q) for k, (p, q) in zip(kelompok, jumlah) if not k.di_luar_program]
    pagu_dalam = sum((p for p, _ in dalam), Decimal(0))
    real_dalam = sum((q for _, q in dalam), Decimal(0))
    lokasi = bersama.lokasi_berkas(data, "lkj", "anggaran", "belanja")
    rp = _Rp(data.instansi.pengaturan.gaya_rupiah)
    if dalam and (pagu_dalam, real_dalam) != (r.pagu, r.realisasi):
        raise DataError(f"rincian belanja berjumlah pagu {rp(pagu_dalam)} dan realisasi {rp(real_dalam)}, tetapi "
                        f"jumlah program adalah pagu {rp(r.pagu)} dan realisasi {rp(r.realisasi)}; perbaiki salah "
                        "satunya (belanja di luar program ditandai di_luar_program: true)", lokasi)
    total_pagu = sum((p for p, _ in jumlah), Decimal(0))
    total_real = sum((q for _, q in jumlah), Decimal(0))
    bagian = proporsi({k.kelompok: p for k, (p, _) in zip(kelompok, jumlah)}) if total_pagu else {}
    baris = []
    for n, (k, (p, q)) in enumerate(zip(kelompok, jumlah), start=1):
        baris.append({
            "nomor": f"{fmt.huruf(n)}.", "nama": k.kelompok, "pagu": _angka(p), "realisasi": _angka(q),
            "proporsi": persen(bagian.get(k.kelompok)), "persen": persen(persen_dari(q, p)),
            "jenis": [{"nama": j.nama, "pagu": _angka(j.pagu), "realisasi": _angka(j.realisasi),
                       "proporsi": persen(persen_dari(j.pagu, total_pagu)),
                       "persen": persen(persen_dari(j.realisasi, j.pagu))} for j in k.jenis],
        })
    uraian = " dan ".join(f"{k.kelompok} {persen(bagian.get(k.kelompok))}" for k in kelompok)
    return {
        "kelompok": baris,
        "jumlah": {"pagu": _angka(total_pagu), "realisasi": _angka(total_real), "proporsi": persen(Decimal(100)),
                   "persen": persen(persen_dari(total_real, total_pagu))},
        "kalimat": f"Menurut jenisnya, proporsi pagu belanja adalah {uraian}.",
    }


@dataclass
class AnggaranSasaran:
    pagu: Decimal
    realisasi: Decimal
    program: dict[str, list[str]]
    """Program name → names of its kegiatan that support the sasaran."""


def per_sasaran(data: DataKecamatan, lkj: LaporanKinerja, r: RingkasanAnggaran) -> list[AnggaranSasaran]:
    """Pagu and realisasi of the kegiatan supporting each sasaran of kinerja.yaml (in its order)."""
    kinerja = data.kinerja
    assert kinerja is not None
    hasil = [AnggaranSasaran(Decimal(0), Decimal(0), {}) for _ in kinerja.sasaran]
    for p_i, (prog, rp) in enumerate(zip(lkj.anggaran.program, r.program)):
        for k_i, (keg, rk) in enumerate(zip(prog.kegiatan, rp.kegiatan)):
            if keg.sasaran is not None:
                s_i = rujukan.sasaran(data, keg.sasaran, "anggaran", "program", p_i, "kegiatan", k_i, "sasaran")
            elif prog.sasaran is not None:
                s_i = rujukan.sasaran(data, prog.sasaran, "anggaran", "program", p_i, "sasaran")
            else:
                raise DataError(f"kegiatan '{keg.nama}' belum menyebut sasaran yang didukungnya; isi 'sasaran' pada "
                                "kegiatan atau pada programnya",
                                bersama.lokasi_berkas(data, "lkj", "anggaran", "program", p_i, "kegiatan", k_i))
            a = hasil[s_i]
            a.pagu += rk.pagu
            a.realisasi += rk.realisasi
            a.program.setdefault(prog.nama, []).append(keg.nama)
    return hasil


def temuan(data: DataKecamatan, r: RingkasanAnggaran) -> list[Temuan]:
    """Warnings for every realisasi above its pagu (allowed, but worth a look)."""
    return [Temuan("peringatan", c.pesan, bersama.lokasi_berkas(data, "lkj", "anggaran", *_jalur(c.jalur)))
            for c in r.catatan]


def konteks(data: DataKecamatan, lkj: LaporanKinerja, p: Pengukuran) -> dict[str, Any]:
    """Everything the Akuntabilitas Keuangan part prints."""
    r = ringkas(data, lkj)
    rp = _Rp(data.instansi.pengaturan.gaya_rupiah)
    _angka = _Angka(_desimal(lkj))
    sasaran = per_sasaran(data, lkj, r)
    baris_sasaran, efisiensi = [], []
    for hs, a in zip(p.sasaran, sasaran):
        serap = persen_dari(a.realisasi, a.pagu)
        baris_sasaran.append({"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "pagu": _angka(a.pagu),
                              "proporsi": persen(persen_dari(a.pagu, r.pagu)), "realisasi": _angka(a.realisasi),
                              "persen": persen(serap)})
        selisih = None if serap is None else hs.capaian - serap
        efisiensi.append({"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "capaian": persen(hs.capaian),
                          "serapan": persen(serap), "selisih": "-" if selisih is None else fmt.angka(selisih, 2),
                          "keterangan": "-" if selisih is None else ("Efisien" if selisih >= 0 else "Kurang efisien")})
    jumlah_kegiatan = sum(len(x.kegiatan) for x in r.program)
    kalimat = (f"Pagu anggaran Kecamatan {data.instansi.kecamatan.nama} tahun {lkj.tahun} yang bersumber dari "
               f"{lkj.anggaran.sumber_dana} sebesar {rp(r.pagu)} untuk {fmt.bilangan_kata(len(r.program))} program "
               f"dan {fmt.bilangan_kata(jumlah_kegiatan)} kegiatan. Realisasinya sampai dengan 31 Desember "
               f"{lkj.tahun} sebesar {rp(r.realisasi)} ({persen(r.persen)}), dengan sisa anggaran {rp(r.sisa)}.")
    return {
        "kalimat": kalimat,
        "program": tabel_program(r, _angka),
        "belanja": tabel_belanja(data, lkj, r, _angka),
        "sasaran": baris_sasaran,
        "jumlah_sasaran": {"pagu": _angka(r.pagu), "realisasi": _angka(r.realisasi), "proporsi": persen(Decimal(100)),
                           "persen": persen(r.persen)},
        "efisiensi": efisiensi,
        "per_sasaran": sasaran,
        "ringkasan": r,
    }
