"""BAB II and the Lampiran: Renstra, Rencana Kinerja Tahunan, Perjanjian Kinerja and IKU.

Nothing is retyped: tujuan, sasaran, indicators and targets come from kinerja.yaml, the Camat's
PK from the year (resolved once, as the PK document prints it), the IKU table from the same
function the IKU decree uses. The Renstra matrix, whose columns depend on the period, is a
:class:`~doctools.documents.lkj.tabel.TabelXML`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from doctools import fmt
from doctools.documents import bersama, keputusan_iku, perjanjian_kinerja
from doctools.documents.lkj.kalimat import nilai_teks
from doctools.documents.lkj.tabel import Baris, Sel, TabelXML, twip
from doctools.render import KERTAS_MM, Halaman
from doctools.tahun import NOMOR_KOSONG, LaporanTahun, TahunKinerja
from doctools.templat.skema import Daftar, Isian, Kumpulan

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, Kinerja, LaporanKinerja

GAYA_ISI = "Isi Matriks"
GAYA_ANGKA = "Angka Matriks"
GAYA_KEPALA = "Kepala Matriks"
LEBAR_NO, LEBAR_SATUAN, LEBAR_TARGET = 0.7, 1.5, 1.15
LEBAR_RP, LEBAR_RP_JUTA = 2.1, 1.4
LEBAR_TEKS_MINIMAL = 5.5  # cm for Sasaran + uraian before the pagu switches to Rp juta


RENSTRA = Kumpulan("Rencana Strategis", {
    "kalimat": Isian("kalimat pengantar Renstra (periode dan dasar hukumnya)"),
    "visi": Isian("visi daerah (kosong bila tidak ditulis)"),
    "misi": Daftar("misi", Kumpulan("satu misi", {"tanda": Isian("1., 2., …"), "teks": Isian("isi misi")})),
    "tujuan": Daftar("tujuan Renstra", Kumpulan("satu tujuan", {
        "label": Isian("Tujuan, atau Tujuan 1, Tujuan 2, …"),
        "uraian": Isian("uraian tujuan"),
        "indikator": Daftar("indikator tujuan", Isian("nama indikator")),
    })),
    "sasaran": Daftar("sasaran Renstra", Kumpulan("satu sasaran", {
        "nomor": Isian("1., 2., …"),
        "uraian": Isian("uraian sasaran"),
        "indikator": Daftar("indikator sasaran", Isian("nama indikator")),
    })),
    "strategi": Daftar("strategi dan kebijakan per sasaran", Kumpulan("satu sasaran", {
        "nomor": Isian("nomor sasaran"),
        "uraian": Isian("uraian sasaran"),
        "strategi": Daftar("strategi", Isian("satu strategi")),
        "kebijakan": Daftar("kebijakan", Isian("satu kebijakan")),
    })),
})
"""What :func:`renstra` gives."""

PERJANJIAN = Kumpulan("Perjanjian Kinerja Camat tahun laporan", {
    "kalimat": Isian("kalimat pengantar (penanda tangan dan tanggal)"),
    "sasaran": perjanjian_kinerja.BARIS_SASARAN,
    "ttd": perjanjian_kinerja.TTD_BERDAMPINGAN.dengan(
        "tanda tangan PK; dipakai dengan {%p with ttd = bab2.pk.ttd %}"),
    "anggaran": Kumpulan("program dan anggaran PK", {
        "ada": Isian("benar bila ada program", "ya-tidak"),
        "judul": Isian("PROGRAM atau KEGIATAN"),
        "baris": Daftar("baris tabel", Kumpulan("satu program", {
            "nomor": Isian("nomor baris"),
            "nama": Isian("nama program"),
            "anggaran": Isian("anggaran, sudah ditulis dalam rupiah"),
            "keterangan": Isian("sumber dana"),
        })),
        "jumlah": Isian("jumlah anggaran, sudah ditulis dalam rupiah"),
        "terbilang": Isian("jumlah anggaran dengan huruf"),
    }),
})
"""What :func:`perjanjian` gives."""

RKT = Daftar("Rencana Kinerja Tahunan, satu baris per sasaran", Kumpulan("satu sasaran", {
    "nomor": Isian("1., 2., …"),
    "uraian": Isian("uraian sasaran"),
    "indikator": Daftar("indikator", Kumpulan("satu indikator", {
        "nama": Isian("nama indikator"),
        "target": Isian("target tahun laporan"),
        "satuan": Isian("satuan"),
    })),
}))
"""What :func:`rkt` gives."""

IKU = Kumpulan("Indikator Kinerja Utama", {
    "kalimat": Isian("kalimat pengantar (keputusan yang menetapkannya)"),
    "tabel": keputusan_iku.BARIS_IKU,
})
"""What :func:`iku` gives."""


def _kinerja(data: DataKecamatan) -> Kinerja:
    assert data.kinerja is not None
    return data.kinerja


def renstra(data: DataKecamatan, lt: LaporanTahun) -> dict[str, Any]:
    """Renstra part of BAB II: visi, misi, tujuan, sasaran, strategi and kebijakan."""
    kin = _kinerja(data)
    r = kin.renstra
    nama = data.instansi.kecamatan.nama
    kalimat = f"Rencana Strategis (Renstra) Kecamatan {nama} Tahun {kin.periode_awal}–{kin.periode_akhir}"
    kalimat += f" ditetapkan dengan {r.dasar_hukum}." if r.dasar_hukum else " menjadi acuan perencanaan kinerja tahunan."
    return {
        "kalimat": kalimat,
        "visi": r.visi or "",
        "misi": [{"tanda": f"{n}.", "teks": m} for n, m in enumerate(r.misi, start=1)],
        "tujuan": [{"label": "Tujuan" if len(kin.tujuan) == 1 else f"Tujuan {n}", "uraian": t.uraian,
                    "indikator": [i.nama for i in t.indikator]} for n, t in enumerate(kin.tujuan, start=1)],
        "sasaran": [{"nomor": f"{n}.", "uraian": s.uraian, "indikator": [i.nama for i in s.indikator]}
                    for n, s in enumerate(kin.sasaran, start=1)],
        "strategi": [{"nomor": f"{s_i + 1}.", "uraian": kin.sasaran[s_i].uraian, "strategi": list(st.strategi),
                      "kebijakan": list(st.kebijakan)} for s_i, st in lt.strategi],
    }


def rkt(data: DataKecamatan, lkj: LaporanKinerja) -> list[dict[str, Any]]:
    """Sasaran, indicators and the report year's targets, as the PK commits to them (checked by the measurement)."""
    return [{"nomor": f"{n}.", "uraian": s.uraian,
             "indikator": [{"nama": i.nama, "target": nilai_teks(i.target_perjanjian(lkj.tahun)), "satuan": i.satuan or "-"}
                           for i in s.indikator]}
            for n, s in enumerate(_kinerja(data).sasaran, start=1)]


def _pada(tanggal: fmt.TanggalTulis | None) -> str:
    """" pada tanggal 6 Januari 2025", " pada bulan Januari 2025", or nothing when the date is left to the hand."""
    if tanggal is None:
        return ""
    return f" pada {'tanggal' if tanggal.hari is not None else 'bulan'} {tanggal}"


def _tanggal(tanggal: fmt.TanggalTulis | None) -> str:
    """" tanggal 6 Januari 2025" after a decree's number; nothing while its day is left to the hand."""
    return f" tanggal {tanggal}" if tanggal is not None and tanggal.hari is not None else ""


def perjanjian(tahun: TahunKinerja, lt: LaporanTahun) -> dict[str, Any]:
    """The Camat's PK of the report year, as the PK document prints it."""
    data, lkj = tahun.data, lt.lkj
    pk = lt.perjanjian.perjanjian
    gaya = data.instansi.pengaturan.gaya_rupiah
    anggaran = perjanjian_kinerja.tabel_anggaran(lt.perjanjian)
    return {
        "kalimat": (f"Perjanjian Kinerja Tahun {lkj.tahun} ditandatangani oleh {bersama.jabatan_teks(data, pk.pertama)} "
                    f"selaku Pihak Pertama dan {bersama.jabatan_teks(data, pk.kedua)} selaku Pihak "
                    f"Kedua{_pada(pk.tanggal)}, "
                    "dengan sasaran, indikator dan target sebagai berikut."),
        "sasaran": perjanjian_kinerja.tabel_sasaran(pk),
        "ttd": perjanjian_kinerja.ttd(data, pk),
        "anggaran": {
            "ada": anggaran["ada"],
            "judul": anggaran["judul"],
            "baris": [dict(b, anggaran=fmt.rupiah(b["anggaran"], gaya)) for b in anggaran["baris"]],
            "jumlah": fmt.rupiah(anggaran["jumlah"], gaya),
            "terbilang": fmt.kapital(fmt.terbilang_rupiah(anggaran["jumlah"])),
        },
    }


def iku(data: DataKecamatan, lt: LaporanTahun) -> dict[str, Any]:
    """The IKU table (the decree's Lampiran) and, when the decree is in the data, its citation."""
    kep = data.keputusan_iku
    nama = data.instansi.kecamatan.nama
    if kep is not None and lt.nomor_iku is not None:
        # a number whose nomor urut is left to the agenda clerk is not cited with its blank
        nomor = f" Nomor {lt.nomor_iku}" if NOMOR_KOSONG not in lt.nomor_iku else ""
        tentang = kep.tentang or keputusan_iku.tentang_bawaan(data)
        kalimat = (f"Indikator Kinerja Utama (IKU) Kecamatan {nama} ditetapkan dengan Keputusan Camat {nama}"
                   f"{nomor}{_tanggal(kep.tanggal)} tentang {tentang}, sebagai berikut.")
    else:
        kalimat = f"Indikator Kinerja Utama (IKU) Kecamatan {nama} adalah sebagai berikut."
    return {"kalimat": kalimat, "tabel": keputusan_iku.tabel_iku(_kinerja(data))}


def _lebar_halaman_landscape(halaman: Halaman) -> float:
    """Text width of a landscape page in cm."""
    _, tinggi = KERTAS_MM[halaman.kertas]
    return tinggi / 10 - halaman.margin_cm[2] - halaman.margin_cm[3]


TANDA_BERSAMA = "*)"
CATATAN_BERSAMA = (f"{TANDA_BERSAMA} Program yang mendukung lebih dari satu sasaran: pagunya dicantumkan dan "
                   "dijumlahkan satu kali, pada sasaran pertama yang didukungnya.")


def matriks(data: DataKecamatan, lt: LaporanTahun, halaman: Halaman) -> tuple[TabelXML, str]:
    """The Renstra matrix: per sasaran its indicators (target per year) and programs (pagu per year).

    A program supporting several sasaran is listed under each, but its pagu only under the first,
    marked ``*)`` elsewhere, so the column adds up to the Jumlah; the note explaining the mark is
    returned with the table ("" when no program is shared).
    """
    kin = _kinerja(data)
    tahun = list(kin.tahun_periode)
    program = [(p.indeks, p.sasaran) for p in lt.program_renstra]
    tersedia = _lebar_halaman_landscape(halaman)
    juta = tersedia - LEBAR_NO - LEBAR_SATUAN - len(tahun) * (LEBAR_TARGET + LEBAR_RP) < LEBAR_TEKS_MINIMAL
    lebar_rp = LEBAR_RP_JUTA if juta else LEBAR_RP
    teks = max(tersedia - LEBAR_NO - LEBAR_SATUAN - len(tahun) * (LEBAR_TARGET + lebar_rp), 3.0)
    lebar = [LEBAR_NO, teks * 0.42, teks * 0.58, LEBAR_SATUAN] + [LEBAR_TARGET, lebar_rp] * len(tahun)

    def rp(nilai: Decimal | None) -> str:
        if nilai is None:
            return "-"
        return fmt.angka(nilai / Decimal(1_000_000), 2) if juta else fmt.angka(nilai, 0)

    satuan_rp = "Rp juta" if juta else "Rp"
    kepala = [
        Baris((Sel("No", GAYA_KEPALA, gabung="awal"), Sel("Sasaran", GAYA_KEPALA, gabung="awal"),
               Sel("Indikator Sasaran / Program", GAYA_KEPALA, gabung="awal"),
               Sel("Satuan", GAYA_KEPALA, gabung="awal"),
               *[Sel(str(t), GAYA_KEPALA, rentang=2) for t in tahun]), kepala=True),
        Baris((Sel("", GAYA_KEPALA, gabung="lanjut"), Sel("", GAYA_KEPALA, gabung="lanjut"),
               Sel("", GAYA_KEPALA, gabung="lanjut"), Sel("", GAYA_KEPALA, gabung="lanjut"),
               *[s for _ in tahun for s in (Sel("Target", GAYA_KEPALA), Sel(f"Pagu ({satuan_rp})", GAYA_KEPALA))]),
              kepala=True),
    ]
    isi: list[Baris] = []
    dijumlah: set[int] = set()
    for s_i, s in enumerate(kin.sasaran):
        baris: list[tuple[str, str, list[str]]] = []
        for ind in s.indikator:
            baris.append((ind.nama, ind.satuan or "-",
                          [x for t in tahun for x in (nilai_teks(ind.target.get(t)), "")]))
        for n, sasaran in program:
            if s_i not in sasaran:
                continue
            prog = kin.renstra.program[n]
            if n in dijumlah:
                baris.append((f"{prog.nama} {TANDA_BERSAMA}", "", [x for _ in tahun for x in ("", TANDA_BERSAMA)]))
            else:
                dijumlah.add(n)
                baris.append((prog.nama, "", [x for t in tahun for x in ("", rp(prog.pagu.get(t)))]))
        for k, (uraian, satuan, nilai) in enumerate(baris):
            awal: Literal["awal", "lanjut"] = "awal" if k == 0 else "lanjut"
            sel = [Sel(f"{s_i + 1}.", GAYA_ISI, gabung=awal), Sel(s.uraian, GAYA_ISI, gabung=awal),
                   Sel(uraian, GAYA_ISI), Sel(satuan, GAYA_ISI)]
            sel += [Sel(v, GAYA_ANGKA) for v in nilai]
            isi.append(Baris(tuple(sel)))
    pagu = lt.pagu_renstra
    jumlah = [x for t in tahun for x in ("", rp(pagu[t] if pagu is not None else None))]
    isi.append(Baris((Sel("Jumlah pagu indikatif", GAYA_KEPALA, rentang=4), *[Sel(v, GAYA_ANGKA) for v in jumlah])))
    bersama_ = any(len(sasaran) > 1 for _, sasaran in program)
    return TabelXML(tuple(twip(w) for w in lebar), tuple(kepala + isi)), CATATAN_BERSAMA if bersama_ else ""
