"""BAB III, akuntabilitas keuangan: realisasi per program and kegiatan, belanja by class, per sasaran.

Every sum, share and percentage is the year's (:class:`doctools.tahun.anggaran.AnggaranTahun`);
here they are put in tables and sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents.lkj.kalimat import persen
from doctools.templat.skema import Daftar, Isian, Kumpulan, Simpul

if TYPE_CHECKING:
    from doctools.kinerja import RingkasanAnggaran
    from doctools.model import DataKecamatan, LaporanKinerja
    from doctools.tahun import LaporanTahun
    from doctools.tahun.anggaran import Belanja

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
    jumlah += [x for k in lkj.anggaran.belanja for j in k.jenis for x in (j.pagu, j.realisasi) if x is not None]
    jumlah += [x for k in lkj.anggaran.belanja for x in (k.pagu, k.realisasi) if x is not None]
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


def tabel_belanja(b: Belanja | None, _angka: _Angka) -> dict[str, Any] | None:
    """Belanja by class with its proportions."""
    if b is None:
        return None
    baris = []
    for n, k in enumerate(b.kelompok, start=1):
        baris.append({
            "nomor": f"{fmt.huruf(n)}.", "nama": k.kelompok.kelompok, "pagu": _angka(k.pagu),
            "realisasi": _angka(k.realisasi), "proporsi": persen(k.proporsi), "persen": persen(k.persen),
            "jenis": [{"nama": j.jenis.nama, "pagu": _angka(j.jenis.pagu),
                       "realisasi": "-" if j.jenis.realisasi is None else _angka(j.jenis.realisasi),
                       "proporsi": persen(j.proporsi), "persen": persen(j.persen)} for j in k.jenis],
        })
    uraian = " dan ".join(f"{k.kelompok.kelompok} {persen(k.proporsi)}" for k in b.kelompok)
    return {
        "kelompok": baris,
        "jumlah": {"pagu": _angka(b.pagu), "realisasi": _angka(b.realisasi), "proporsi": persen(Decimal(100)),
                   "persen": persen(b.persen)},
        "kalimat": f"Menurut jenisnya, proporsi pagu belanja adalah {uraian}.",
    }


def konteks(data: DataKecamatan, lt: LaporanTahun) -> dict[str, Any]:
    """Everything the Akuntabilitas Keuangan part prints."""
    lkj, a = lt.lkj, lt.anggaran
    r = a.ringkasan
    rp = _Rp(data.instansi.pengaturan.gaya_rupiah)
    _angka = _Angka(_desimal(lkj))
    baris_sasaran, efisiensi = [], []
    for hs, s in zip(lt.pengukuran.sasaran, a.sasaran):
        baris_sasaran.append({"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "pagu": _angka(s.pagu),
                              "proporsi": persen(s.proporsi), "realisasi": _angka(s.realisasi),
                              "persen": persen(s.serapan)})
        efisiensi.append({"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "capaian": persen(hs.capaian),
                          "serapan": persen(s.serapan),
                          "selisih": "-" if s.selisih is None else fmt.angka(s.selisih, 2),
                          "keterangan": "-" if s.efisien is None else ("Efisien" if s.efisien else "Kurang efisien")})
    nama = data.instansi.kecamatan.nama
    cakupan = lkj.anggaran.cakupan
    kalimat = (f"Pagu {cakupan or 'anggaran'} Kecamatan {nama} tahun {lkj.tahun} yang bersumber dari "
               f"{lkj.anggaran.sumber_dana} sebesar {rp(r.pagu)} untuk {fmt.bilangan_kata(len(r.program))} program "
               f"dan {fmt.bilangan_kata(a.jumlah_kegiatan)} kegiatan. Realisasinya sampai dengan 31 Desember "
               f"{lkj.tahun} sebesar {rp(r.realisasi)} ({persen(r.persen)}), dengan sisa anggaran {rp(r.sisa)}.")
    if cakupan:
        kalimat += (f" Angka program, kegiatan dan sasaran dalam bagian ini mencakup {cakupan} saja, bukan seluruh "
                    f"Dokumen Pelaksanaan Anggaran (DPA) Kecamatan {nama}.")
    return {
        "kalimat": kalimat,
        "program": tabel_program(r, _angka),
        "belanja": tabel_belanja(a.belanja, _angka),
        "sasaran": baris_sasaran,
        "jumlah_sasaran": {"pagu": _angka(r.pagu), "realisasi": _angka(r.realisasi), "proporsi": persen(Decimal(100)),
                           "persen": persen(r.persen)},
        "efisiensi": efisiensi,
    }
