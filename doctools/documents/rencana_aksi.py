"""The Rencana Aksi of the year, and the monitoring report of a quarter (``doctools build --triwulan N``).

The Rencana Aksi prints, for the Camat and then each pejabat with a plan, one landscape table:
per PK indicator its year's target, a row of quarterly targets (TW I–IV) and a row per action
with its quarters ticked and who is responsible; each level on its own page, signed by its
holder. The monitoring report of quarter N prints, per indicator, each quarter up to N with its
target, realisasi and capaian (cumulative, with the LKj's polarity rules) and the capaian against
the year's target.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.perjanjian_kinerja import target_teks
from doctools.kinerja.triwulan import TRIWULAN
from doctools.oxml.table import TANDA_GABUNG
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan, Simpul

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.model.rangkai_aksi import IndikatorAksi, RencanaPihak
    from doctools.tahun import TahunKinerja
    from doctools.tahun.rencana import AksiTahun

JENIS = "rencana-aksi"
JENIS_PEMANTAUAN = "pemantauan-rencana-aksi"
TEMPLAT = "rencana-aksi.docx"
TEMPLAT_PEMANTAUAN = "pemantauan-rencana-aksi.docx"
CENTANG = "\u221a"  # √, in every font the documents use


_KEPALA_BARIS: dict[str, Simpul] = {
    "nomor": Isian("nomor sasaran: 1., 2., …"),
    "sasaran": Isian("uraian sasaran"),
    "indikator": Isian("indikator kinerja"),
    "satuan": Isian("satuan (- bila tidak ada)"),
    "target": Isian("target tahunan (dari PK)"),
}
_PIHAK: dict[str, Simpul] = {
    "judul": Isian("RENCANA AKSI TAHUN … / LAPORAN PEMANTAUAN RENCANA AKSI TRIWULAN … TAHUN …"),
    "jabatan": Isian("jabatan pemilik rencana aksi, huruf kapital"),
    "ttd": bersama.TTD_CAMAT.dengan("tanda tangan pemilik rencana aksi (Camat atau pejabat)"),
}
_GABUNG = "; sel yang melanjutkan sel di atasnya digabungkan dengannya"

KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Rencana Aksi: per Camat dan pejabat, tabel mendatar target per triwulan dan aksi",
    Kumpulan("Rencana Aksi", {
        "kop": bersama.KOP,
        "tahun": Isian("tahun Rencana Aksi", "angka"),
        "pihak": Daftar("satu rencana per Camat dan pejabat, masing-masing di halaman baru", Kumpulan("satu rencana", {
            **_PIHAK,
            "baris": Daftar("baris tabel: per indikator satu baris target, lalu satu baris per aksi" + _GABUNG,
                            Kumpulan("satu baris", {
                                **_KEPALA_BARIS,
                                "uraian": Isian("Target (kumulatif) / Target per triwulan, atau uraian aksi"),
                                "tw1": Isian("target TW I, atau √ bila aksi dilaksanakan pada TW I"),
                                "tw2": Isian("target TW II, atau √"),
                                "tw3": Isian("target TW III, atau √"),
                                "tw4": Isian("target TW IV, atau √"),
                                "penanggung_jawab": Isian("penanggung jawab aksi (kosong pada baris target)"),
                            })),
        })),
    }),
    bagian=("kop", "tanda-tangan"),
    mendatar=("p.baris",),
)

KETENTUAN_TEMPLAT_PEMANTAUAN = KetentuanTemplat(
    "Laporan pemantauan Rencana Aksi satu triwulan (doctools build --triwulan N)",
    Kumpulan("Laporan pemantauan Rencana Aksi", {
        "kop": bersama.KOP,
        "tahun": Isian("tahun Rencana Aksi", "angka"),
        "triwulan": Isian("triwulan yang dilaporkan: I, II, III atau IV"),
        "per_triwulan": Isian("benar bila ada indikator bertarget per triwulan", "ya-tidak"),
        "pihak": Daftar("satu laporan per Camat dan pejabat, masing-masing di halaman baru", Kumpulan("satu laporan", {
            **_PIHAK,
            "baris": Daftar("baris tabel: per indikator satu baris per triwulan sampai triwulan laporan" + _GABUNG,
                            Kumpulan("satu baris", {
                                **_KEPALA_BARIS,
                                "triwulan": Isian("I, II, III, IV"),
                                "target_tw": Isian("target kumulatif sampai triwulan itu (per triwulan: dalam kurung)"),
                                "realisasi_tw": Isian("realisasi kumulatif sampai triwulan itu"),
                                "capaian": Isian("capaian (%) terhadap target triwulan itu"),
                                "capaian_tahun": Isian("capaian (%) terhadap target tahunan"),
                            })),
        })),
    }),
    bagian=("kop", "tanda-tangan"),
    mendatar=("p.baris",),
)


def _nilai(nilai: Decimal | str | None) -> str:
    return "-" if nilai is None else target_teks(nilai)


def _kelompok(indikator: Sequence[IndikatorAksi]) -> list[tuple[str, list[IndikatorAksi]]]:
    """Consecutive indicators of one sasaran, grouped (the sasaran cell spans them)."""
    hasil: list[tuple[str, list[IndikatorAksi]]] = []
    for ind in indikator:
        if hasil and hasil[-1][0] == ind.sasaran:
            hasil[-1][1].append(ind)
        else:
            hasil.append((ind.sasaran, [ind]))
    return hasil


def _baris_bergabung(kepala: dict[str, str], isi: list[dict[str, str]]) -> list[dict[str, str]]:
    """``kepala``'s cells on the first of ``isi``'s rows, merged down the others."""
    return [{**{k: (v if n == 0 else TANDA_GABUNG) for k, v in kepala.items()}, **baris} for n, baris in enumerate(isi)]


def baris_rencana(rp: RencanaPihak) -> list[dict[str, str]]:
    """The Rencana Aksi table's rows: per indicator a target row, then one row per action."""
    hasil = []
    for nomor, (sasaran, daftar) in enumerate(_kelompok(rp.indikator), start=1):
        blok = []
        for ind in daftar:
            target = {f"tw{tw}": _nilai(ind.target.get(tw)) for tw in TRIWULAN}
            uraian = "Target (kumulatif)" if ind.jenis == "kumulatif" else "Target per triwulan"
            isi = [{"uraian": uraian, **target, "penanggung_jawab": ""}]
            isi += [{"uraian": a.uraian, **{f"tw{tw}": CENTANG if tw in a.triwulan else "" for tw in TRIWULAN},
                     "penanggung_jawab": a.penanggung_jawab} for a in ind.aksi]
            blok += _baris_bergabung({"indikator": ind.nama, "satuan": ind.satuan or "-",
                                      "target": _nilai(ind.target_tahun)}, isi)
        hasil += _baris_bergabung({"nomor": f"{nomor}.", "sasaran": sasaran}, blok)
    return hasil


def konteks(tahun: TahunKinerja) -> dict[str, Any]:
    """Everything the Rencana Aksi template prints: one part per level."""
    data, aksi = tahun.data, tahun.aksi
    assert data.rencana_aksi is not None and aksi is not None
    tempat = bersama.tempat_penetapan(data, data.rencana_aksi.tempat)
    tanggal = fmt.tanggal_tulis(data.rencana_aksi.tanggal)
    return {
        "kop": bersama.kop(tahun),
        "tahun": aksi.tahun,
        "pihak": [{"judul": f"RENCANA AKSI TAHUN {aksi.tahun}", "jabatan": bersama.jabatan_teks(data, rp.pihak, kapital=True),
                   "baris": baris_rencana(rp), "ttd": bersama.ttd_pihak(data, rp.pihak, tempat, tanggal)} for rp in aksi.rencana],
    }


# --- the monitoring report of a quarter ------------------------------------------------------


def _capaian(nilai: Decimal | None) -> str:
    return "-" if nilai is None else fmt.angka(nilai, 2)


def _kumulatif_teks(nilai: Decimal | str | None, sendiri: Decimal | str | None, jenis: str) -> str:
    """A cumulative value; a per-quarter indicator shows the quarter's own value in brackets."""
    if nilai is None:
        return "-"
    if jenis == "per-triwulan":
        return f"{_nilai(nilai)} ({_nilai(sendiri) if sendiri is not None else '-'})"
    return _nilai(nilai)


def baris_pemantauan(aksi: AksiTahun, rp: RencanaPihak, triwulan: int) -> list[dict[str, str]]:
    """Per indicator, one row per quarter up to ``triwulan``: cumulative target and realisasi, capaian."""
    hasil = []
    for nomor, (sasaran, daftar) in enumerate(_kelompok(rp.indikator), start=1):
        blok = []
        for ind in daftar:
            isi = [{"triwulan": fmt.romawi(c.triwulan),
                    "target_tw": _kumulatif_teks(c.target_kumulatif, c.target, ind.jenis),
                    "realisasi_tw": _kumulatif_teks(c.realisasi_kumulatif, c.realisasi, ind.jenis),
                    "capaian": _capaian(c.capaian), "capaian_tahun": _capaian(c.capaian_tahun)}
                   for c in aksi.capaian_dari(rp.kunci, ind)[:triwulan]]
            blok += _baris_bergabung({"indikator": ind.nama, "satuan": ind.satuan or "-",
                                      "target": _nilai(ind.target_tahun)}, isi)
        hasil += _baris_bergabung({"nomor": f"{nomor}.", "sasaran": sasaran}, blok)
    return hasil


def konteks_pemantauan(tahun: TahunKinerja, triwulan: int) -> dict[str, Any]:
    """Everything the monitoring report of ``triwulan`` prints (its realisasi checked by the reviu)."""
    data, aksi = tahun.data, tahun.aksi
    assert data.rencana_aksi is not None and aksi is not None
    tempat = bersama.tempat_penetapan(data, data.rencana_aksi.tempat)
    # reported in the month after the quarter, the day written by hand: "April 2025"; the Camat's part is
    # signed by the Camat in office that month (instansi.yaml's, or the one whose written term covers it)
    hari = aksi.bulan_laporan(triwulan)
    bulan = fmt.TanggalTulis(hari.year, hari.month)
    tanggal = fmt.tanggal_tulis(bulan)
    camat = data.instansi.camat_pada(bulan)
    penanda = {rp.kunci: camat if camat is not None and rp.kunci == "camat" else rp.pihak for rp in aksi.rencana}
    return {
        "kop": bersama.kop(tahun),
        "tahun": aksi.tahun,
        "triwulan": fmt.romawi(triwulan),
        "per_triwulan": any(ind.jenis == "per-triwulan" for rp in aksi.rencana for ind in rp.indikator),
        "pihak": [{"judul": f"LAPORAN PEMANTAUAN RENCANA AKSI TRIWULAN {fmt.romawi(triwulan)} TAHUN {aksi.tahun}",
                   "jabatan": bersama.jabatan_teks(data, penanda[rp.kunci], kapital=True),
                   "baris": baris_pemantauan(aksi, rp, triwulan),
                   "ttd": bersama.ttd_pihak(data, penanda[rp.kunci], tempat, tanggal)} for rp in aksi.rencana],
    }


def nama_berkas(tahun: int) -> str:
    return f"{JENIS}-{tahun}.docx"


def nama_berkas_pemantauan(tahun: int, triwulan: int) -> str:
    return f"{JENIS}-{tahun}-triwulan-{triwulan}.docx"


def susun(tahun: TahunKinerja, triwulan: int | None = None) -> list[Dokumen]:
    """The Rencana Aksi when the data set has ``rencana-aksi.yaml``; with ``triwulan``, its monitoring report too."""
    ra, aksi = tahun.data.rencana_aksi, tahun.aksi
    if ra is None or aksi is None:
        return []
    hasil = [bersama.dokumen(tahun.data, jenis=JENIS, nama_berkas=nama_berkas(ra.tahun), templat=TEMPLAT,
                             konteks=konteks(tahun), judul=f"Rencana Aksi {ra.tahun}",
                             tanggal=bersama.tanggal_metadata(ra.tanggal, ra.tahun))]
    if triwulan is not None:
        hasil.append(bersama.dokumen(
            tahun.data, jenis=JENIS_PEMANTAUAN, nama_berkas=nama_berkas_pemantauan(ra.tahun, triwulan),
            templat=TEMPLAT_PEMANTAUAN, konteks=konteks_pemantauan(tahun, triwulan),
            judul=f"Laporan Pemantauan Rencana Aksi Triwulan {fmt.romawi(triwulan)} {ra.tahun}",
            tanggal=bersama.tanggal_metadata(ra.tanggal, ra.tahun)))
    return hasil


__all__ = ["JENIS", "JENIS_PEMANTAUAN", "konteks", "konteks_pemantauan", "susun"]
