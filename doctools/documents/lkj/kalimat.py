"""Generated sentences: every number in them comes from the year (:mod:`doctools.tahun`), the user edits the rest.

Each function returns plain strings; :class:`~doctools.documents.lkj.narasi.Narasi` turns them
into paragraphs. The wording follows the seeds (LKj Mumbulsari and Bantur 2020): "… mengalami
keberhasilan …" when the target is reached, a plain statement of the gap otherwise.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from doctools import fmt

if TYPE_CHECKING:
    from doctools.tahun import Banding, HasilIndikator, HasilSasaran, Nilai, Pengukuran


def desimal(nilai: Decimal) -> int:
    """Decimals to show a typed value with: as typed, at most 2."""
    return min(max(-nilai.normalize().as_tuple().exponent, 0), 2)  # type: ignore[operator]


def nilai_teks(nilai: Nilai | None, satuan: str | None = None) -> str:
    """A target or realisasi as written (``82,5``, ``92,31%``, ``B``); ``-`` when missing."""
    if nilai is None:
        return "-"
    if isinstance(nilai, str):
        return nilai
    teks = fmt.angka(nilai, desimal(nilai))
    return f"{teks}%" if satuan == "%" else teks


def dengan_satuan(nilai: Nilai | None, satuan: str | None) -> str:
    """``4 dokumen``, ``92,31%``, ``82,83`` (an index or a score has no unit word); in a sentence a mutu letter
    stays on the line of its figure (``B (68,12)`` joined by a no-break space)."""
    if isinstance(nilai, str):
        return nilai.replace(" (", "\u00a0(")
    teks = nilai_teks(nilai, satuan)
    if satuan and satuan != "%" and not isinstance(nilai, str) and nilai is not None \
            and satuan.lower() not in ("indeks", "nilai", "skor"):
        return f"{teks} {satuan}"
    return teks


TANDA_REVISI = "*)"
"""Marks a target of the capaian table that the PK revised (explained under the table)."""


def catatan_revisi(h: HasilIndikator, tahun: int) -> str:
    """The note under the capaian table for an indicator whose PK target is not the Renstra's."""
    sat = h.indikator.satuan
    return (f"{TANDA_REVISI} {h.indikator.nama}: target Perjanjian Kinerja Tahun {tahun} adalah "
            f"{dengan_satuan(h.target, sat)}, sedangkan target Renstra tahun {tahun} adalah "
            f"{dengan_satuan(h.target_renstra, sat)}; capaian diukur terhadap target Perjanjian Kinerja.")


def persen(nilai: Decimal | None) -> str:
    return "-" if nilai is None else fmt.persen(nilai)


def _selisih(banding: Banding, satuan: str | None) -> str:
    beda = banding.beda
    return dengan_satuan(beda, satuan) if satuan != "%" else f"{fmt.angka(beda, 2)} poin persentase"


def _arah(banding: Banding) -> tuple[str, str]:
    """("meningkat", "membaik") and so on, as the year read them with the indicator's polarity."""
    if not banding.selisih:
        return "tetap", "tidak berubah"
    return ("meningkat" if banding.selisih > 0 else "menurun"), ("membaik" if banding.membaik else "menurun")


def indikator(h: HasilIndikator, tahun: int, akhir: int) -> list[str]:
    """What a reader needs about one indicator: target, realisasi, capaian, predikat, trend."""
    ind = h.indikator
    sat = ind.satuan
    realisasi = dengan_satuan(h.realisasi, sat)
    if h.ikm_disebut is not None:
        realisasi += f" (IKM {fmt.angka(h.ikm_disebut, 2)})"
    kalimat = [f"Indikator “{ind.nama}” pada tahun {tahun} ditargetkan {dengan_satuan(h.target, sat)} dan "
               f"terealisasi {realisasi}, sehingga capaiannya {persen(h.capaian)} dengan predikat {h.predikat}."]
    if h.target_direvisi:
        kalimat.append(f"Target tersebut adalah target Perjanjian Kinerja Tahun {tahun}, yang berbeda dari target "
                       f"Renstra tahun {tahun} sebesar {dengan_satuan(h.target_renstra, sat)}.")
    if ind.polaritas == "negatif":
        kalimat.append("Indikator ini berpolaritas negatif: makin rendah realisasinya, makin baik kinerjanya.")
    if h.kurang < 0:
        kalimat.append(f"Dengan demikian indikator ini mengalami keberhasilan: target tahun {tahun} tercapai dan "
                       "terlampaui.")
    elif h.tercapai:
        kalimat.append(f"Dengan demikian indikator ini mengalami keberhasilan: target tahun {tahun} tercapai.")
    else:
        kalimat.append(f"Dengan demikian target tahun {tahun} belum tercapai; capaiannya masih "
                       f"{fmt.angka(h.kurang, 2)} poin persentase di bawah 100%.")
    lalu = h.lalu
    if lalu is not None:
        banding = h.banding_lalu
        if banding is not None:
            arah, mutu = _arah(banding)
            beda = "" if arah == "tetap" else f" {_selisih(banding, sat)}"
            kalimat.append(f"Dibandingkan realisasi tahun {lalu.tahun} sebesar {dengan_satuan(lalu.realisasi, sat)}, "
                           f"realisasi tahun {tahun} {arah}{beda}; kinerja indikator ini {mutu}.")
        else:
            kalimat.append(f"Realisasi tahun {lalu.tahun} adalah {nilai_teks(lalu.realisasi, sat)}.")
    if akhir > tahun:
        kalimat.append(f"Terhadap target akhir Renstra tahun {akhir} sebesar {dengan_satuan(h.target_akhir, sat)}, "
                       f"tingkat kemajuannya {persen(h.kemajuan)}.")
    nasional = h.banding_nasional
    if h.nasional is not None and nasional is not None:
        n = h.nasional
        arah, mutu = _arah(nasional)
        posisi = "sama dengan" if arah == "tetap" else ("di atas" if arah == "meningkat" else "di bawah")
        kalimat.append(f"Sebagai pembanding, {n.sumber} mencatat {dengan_satuan(n.nilai, sat)}; realisasi ini "
                       f"{posisi} angka tersebut"
                       + ("." if arah == "tetap" else f" ({'lebih baik' if mutu == 'membaik' else 'lebih rendah kinerjanya'})."))
    return kalimat


def sasaran(hs: HasilSasaran) -> str:
    jumlah = len(hs.indikator)
    if jumlah == 1:
        return (f"Sasaran {hs.nomor} “{hs.sasaran.uraian}” diukur dengan 1 (satu) indikator kinerja dengan capaian "
                f"{persen(hs.capaian)}, berpredikat {hs.predikat}.")
    return (f"Sasaran {hs.nomor} “{hs.sasaran.uraian}” diukur dengan {fmt.bilangan_kata(jumlah)} indikator kinerja. "
            f"Rata-rata capaiannya {persen(hs.capaian)}, berpredikat {hs.predikat}.")


def ringkasan_predikat(p: Pengukuran) -> str:
    """``2 (dua) indikator berpredikat Sangat Tinggi dan 1 (satu) berpredikat Tinggi``."""
    bagian = [f"{fmt.bilangan_kata(n)} indikator berpredikat {label}" for label, n in p.jumlah_predikat.items() if n]
    return bagian[0] if len(bagian) == 1 else ", ".join(bagian[:-1]) + " dan " + bagian[-1]


def capaian_umum(p: Pengukuran, nama: str) -> list[str]:
    """The opening of the Ikhtisar and the conclusion of BAB IV."""
    semua = p.indikator
    tercapai = p.jumlah_tercapai
    kalimat = [f"Pada tahun {p.tahun} Kecamatan {nama} menetapkan {fmt.bilangan_kata(len(p.sasaran))} sasaran "
               f"strategis yang diukur dengan {fmt.bilangan_kata(len(semua))} indikator kinerja."]
    if tercapai == len(semua):
        kalimat.append("Seluruh indikator mencapai atau melampaui targetnya.")
    elif tercapai == 0:
        kalimat.append("Belum ada indikator yang mencapai targetnya.")
    else:
        kalimat.append(f"Sebanyak {fmt.bilangan_kata(tercapai)} indikator mencapai atau melampaui target dan "
                       f"{fmt.bilangan_kata(p.jumlah_belum_tercapai)} indikator belum mencapai target.")
    kalimat.append(f"Menurut {p.skala.nama}, {ringkasan_predikat(p)}.")
    return kalimat
