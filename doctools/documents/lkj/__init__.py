"""The Laporan Kinerja (LKj): an editable yearly report computed from the year's data.

Sistematika of PermenPAN-RB 53/2014: cover, Kata Pengantar, Daftar Isi (a Word TOC field),
Ikhtisar Eksekutif, BAB I Pendahuluan, BAB II Perencanaan dan Perjanjian Kinerja, BAB III
Akuntabilitas Kinerja, BAB IV Penutup, Lampiran. Every number, table, percentage and predikat is
computed here from kinerja.yaml, perjanjian-kinerja.yaml and lkj.yaml; every narrative is the
user's text (lkj.yaml, ``narasi``) or a generated paragraph the user can edit in Word.

Layout (sections, page numbering, landscape Lampiran, heading styles) lives in
``templates_docx/laporan-kinerja.docx``; the parts:

========================  =====================================================
``pengukuran``            capaian, predikat, history, Renstra progress
``kalimat``               generated sentences
``keuangan``              budget tables, belanja split, per sasaran, efisiensi
``survei``                SKM: IKM, unsur table, chart
``profil``                BAB I gambaran umum
``perencanaan``           BAB II, Lampiran, the Renstra matrix
``narasi`` / ``tabel``    WordprocessingML objects for narratives and the matrix
========================  =====================================================
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.dokumen import Dokumen
from doctools.documents.lkj import (
    kalimat,
    keuangan,
    perencanaan,
    profil,
    rujukan,
    survei,
)
from doctools.documents.lkj.narasi import Narasi
from doctools.documents.lkj.pengukuran import Pengukuran, keterangan_skala, ukur
from doctools.errors import DataError
from doctools.hukum import Temuan
from doctools.kinerja import persen_dari
from doctools.model import DataKecamatan, LaporanKinerja

JENIS = "laporan-kinerja"
TEMPLAT = "laporan-kinerja.docx"
PERMENPAN_53 = ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
                "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
                "Kinerja Instansi Pemerintah")
RUMUS_NEGATIF = {
    "selisih": "Capaian = (Target − (Realisasi − Target)) / Target × 100%",
    "rasio": "Capaian = Target / Realisasi × 100%",
}


def urutan(bagian: list[tuple[str, bool]], gaya: str, awalan: str = "") -> dict[str, str]:
    """Labels of the parts present, in order ("A", "B" / "1", "2" / "3.1", "3.2"); "" for an absent part.

    Optional parts (no SKM, no national figure) shift the labels of those after them, so labels
    are computed, never typed in the template.
    """
    hasil, n = {}, 0
    for kunci, ada in bagian:
        if ada:
            n += 1
        hasil[kunci] = (fmt.huruf(n).upper() if gaya == "huruf" else f"{awalan}{n}") if ada else ""
    return hasil


def _ttd(data: DataKecamatan, lkj: LaporanKinerja) -> dict[str, str]:
    t = bersama.ttd_camat(data, bersama.tempat_penetapan(data, lkj.tempat), fmt.tanggal(lkj.tanggal))
    return {"tempat_tanggal": f"{t['tempat']}, {t['tanggal']}", "jabatan": t["jabatan"], "nama": t["nama"],
            "pangkat": t["pangkat"], "nip": t["nip"]}


def _sampul(data: DataKecamatan, lkj: LaporanKinerja) -> dict[str, Any]:
    ins = data.instansi
    kop = bersama.kop(data)
    logo = kop["logo"]
    if logo:
        logo = type(logo)(logo.path, 45.0)
    return {"kecamatan": f"KECAMATAN {ins.kecamatan.nama.upper()}", "daerah": ins.pemerintah.sebutan.upper(),
            "tahun": f"TAHUN {lkj.tahun}", "logo": logo, "pemerintah": kop["pemerintah"], "alamat": kop["alamat"]}


def _kata_pengantar(data: DataKecamatan, lkj: LaporanKinerja) -> Narasi:
    if lkj.narasi.kata_pengantar:
        return Narasi.dari_teks(lkj.narasi.kata_pengantar).ditahan()
    nama = data.instansi.kecamatan.nama
    return Narasi.paragraf([
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja "
        f"Kecamatan {nama} Tahun {lkj.tahun} dapat diselesaikan.",
        f"Laporan Kinerja ini disusun sebagai wujud pertanggungjawaban Camat {nama} atas pelaksanaan tugas dan "
        f"fungsi serta pencapaian sasaran yang ditetapkan dalam Perjanjian Kinerja Tahun {lkj.tahun}, sebagaimana "
        "diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
        f"Pemerintah dan {PERMENPAN_53}.",
        "Kami berharap laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun berikutnya. "
        "Kepada semua pihak yang telah membantu penyusunannya kami sampaikan terima kasih.",
    ]).ditahan()


def _bab1(data: DataKecamatan, lkj: LaporanKinerja) -> dict[str, Any]:
    nama = data.instansi.kecamatan.nama
    n = lkj.narasi
    latar = Narasi.dari_teks(n.latar_belakang) if n.latar_belakang else Narasi.paragraf([
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah mewajibkan "
        "setiap entitas akuntabilitas kinerja menyusun Laporan Kinerja sebagai bentuk pertanggungjawaban atas "
        "pelaksanaan tugas dan fungsi serta pengelolaan anggaran.",
        f"Laporan Kinerja Kecamatan {nama} Tahun {lkj.tahun} menyajikan capaian kinerja atas sasaran strategis yang "
        f"ditetapkan dalam Rencana Strategis dan Perjanjian Kinerja Tahun {lkj.tahun}, diukur dengan Indikator "
        f"Kinerja Utama, dan disusun berpedoman pada {PERMENPAN_53}.",
    ])
    maksud = Narasi.dari_teks(n.maksud_tujuan) if n.maksud_tujuan else Narasi.paragraf([
        f"Laporan Kinerja Kecamatan {nama} disusun dengan maksud menyajikan capaian kinerja selama tahun {lkj.tahun} "
        "yang dikaitkan dengan pencapaian sasaran dan indikator yang telah ditetapkan. Tujuannya adalah:",
    ]) + Narasi.butir([
        "sebagai sarana pertanggungjawaban kinerja kepada pemangku kepentingan atas pelaksanaan tugas, fungsi dan "
        "pengelolaan sumber daya;",
        "sebagai bahan evaluasi untuk meningkatkan kinerja dan kualitas pelayanan publik pada tahun berikutnya.",
    ])
    p = profil.konteks(data, lkj)
    p.update(latar_belakang=latar, maksud_tujuan=maksud)
    p["nomor"] = urutan([("tugas", True), ("susunan", True), ("sdm", p["sdm"] is not None),
                         ("sarana", bool(p["sarana"]))], "angka")
    sdm = p["sdm"]
    p["tabel"] = urutan([("pendidikan", sdm is not None), ("golongan", sdm is not None),
                         ("eselon", bool(sdm and sdm["eselon"])), ("sarana", bool(p["sarana"]))], "angka", "1.")
    return p


def _bab2(data: DataKecamatan, lkj: LaporanKinerja) -> dict[str, Any]:
    r = perencanaan.renstra(data, lkj)
    pk = perencanaan.perjanjian(data, lkj)
    return {
        "renstra": r,
        "nomor": urutan([("visi", bool(r["visi"] or r["misi"])), ("tujuan", True), ("strategi", bool(r["strategi"]))],
                        "angka"),
        "tabel": urutan([("strategi", bool(r["strategi"])), ("rkt", True), ("pk", True), ("iku", True)], "angka", "2."),
        "rkt": perencanaan.rkt(data, lkj),
        "pk": pk,
        "iku": perencanaan.iku(data),
    }


def _analisis(data: DataKecamatan, lkj: LaporanKinerja, p: Pengukuran,
              per_sasaran: list[keuangan.AnggaranSasaran]) -> list[dict[str, Any]]:
    narasi: dict[int, str] = {}
    for n, a in enumerate(lkj.analisis):
        s_i = rujukan.sasaran(data, a.sasaran, "analisis", n, "sasaran")
        if s_i in narasi:
            raise DataError("analisis untuk sasaran ini sudah ditulis sebelumnya",
                                    bersama.lokasi_berkas(data, "lkj", "analisis", n, "sasaran"))
        narasi[s_i] = a.narasi
    akhir = data.kinerja.periode_akhir  # type: ignore[union-attr]
    rp = data.instansi.pengaturan.gaya_rupiah
    hasil = []
    for hs, anggaran in zip(p.sasaran, per_sasaran):
        teks = [kalimat.sasaran(hs)]
        for h in hs.indikator:
            teks.append(" ".join(kalimat.indikator(h, p.tahun, akhir)))
        if anggaran.program:
            daftar = "; ".join(f"{prog} (kegiatan {', '.join(keg)})" for prog, keg in anggaran.program.items())
            teks.append(f"Pencapaian sasaran ini didukung oleh {daftar}, dengan pagu {fmt.rupiah(anggaran.pagu, rp)} "
                        f"dan realisasi {fmt.rupiah(anggaran.realisasi, rp)} "
                        f"({kalimat.persen(persen_dari(anggaran.realisasi, anggaran.pagu))}).")
        hasil.append({"judul": f"Sasaran {hs.nomor}: {hs.sasaran.uraian}", "kalimat": Narasi.paragraf(teks),
                      "narasi": Narasi.dari_teks(narasi.get(hs.nomor - 1))})
    return hasil


def _capaian(p: Pengukuran) -> list[dict[str, Any]]:
    return [{"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "indikator": [{
        "nama": h.indikator.nama, "satuan": h.indikator.satuan or "-",
        "target": kalimat.nilai_teks(h.target), "realisasi": kalimat.nilai_teks(h.realisasi),
        "capaian": kalimat.persen(h.capaian), "predikat": h.predikat,
        "target_akhir": kalimat.nilai_teks(h.target_akhir), "kemajuan": kalimat.persen(h.kemajuan),
    } for h in hs.indikator]} for hs in p.sasaran]


def _riwayat(p: Pengukuran) -> list[dict[str, Any]]:
    return [{"nomor": f"{n}.", "nama": h.indikator.nama, "tahun": [{
        "tahun": str(r.tahun), "target": kalimat.nilai_teks(r.target), "realisasi": kalimat.nilai_teks(r.realisasi),
        "capaian": kalimat.persen(r.capaian),
    } for r in h.riwayat]} for n, h in enumerate(p.indikator, start=1)]


def _rujukan_skala(p: Pengukuran) -> str:
    """The scale and its source, once: "Kriteria … kinerja (Peraturan Menteri …)".

    A scale's name may carry a short citation in brackets ("(Permendagri 86/2017)"); the full
    source replaces it rather than following it.
    """
    nama = re.sub(r"\s*\([^()]*\)$", "", p.skala.nama)
    return f"{nama} ({p.skala.sumber})" if p.skala.sumber else p.skala.nama


def _nasional(p: Pengukuran) -> list[dict[str, str]]:
    hasil = []
    for h in p.indikator:
        if h.nasional is None or not isinstance(h.realisasi, Decimal):
            continue
        selisih = h.realisasi - h.nasional.nilai
        baik = selisih >= 0 if h.indikator.polaritas == "positif" else selisih <= 0
        hasil.append({"nomor": f"{len(hasil) + 1}.", "nama": h.indikator.nama,
                      "realisasi": kalimat.nilai_teks(h.realisasi), "nasional": kalimat.nilai_teks(h.nasional.nilai),
                      "selisih": ("+" if selisih > 0 else "") + fmt.angka(selisih, 2),
                      "keterangan": "Lebih baik" if baik and selisih else ("Sama" if not selisih else "Lebih rendah"),
                      "sumber": h.nasional.sumber})
    return hasil


def _bab3(data: DataKecamatan, lkj: LaporanKinerja, p: Pengukuran, skm: dict[str, Any] | None,
          uang: dict[str, Any]) -> dict[str, Any]:
    nasional = _nasional(p)
    riwayat = _riwayat(p)
    return {
        "rumus_positif": "Capaian = Realisasi / Target × 100%",
        "rumus_negatif": RUMUS_NEGATIF[lkj.pengukuran.rumus_negatif],
        "skala": {"nama": p.skala.nama, "sumber": p.skala.sumber, "rujukan": _rujukan_skala(p),
                  "baris": keterangan_skala(p.skala)},
        "capaian": _capaian(p),
        "riwayat": riwayat,
        "catatan_riwayat": ("Tanda “-” pada kolom target berarti Renstra tidak memuat target tahun itu."
                            if any(t["target"] == "-" for i in riwayat for t in i["tahun"]) else ""),
        "nasional": nasional,
        "analisis": _analisis(data, lkj, p, uang["per_sasaran"]),
        "skm": skm,
        "keuangan": {k: v for k, v in uang.items() if k not in ("per_sasaran", "ringkasan")},
        "huruf": urutan([("pengukuran", True), ("evaluasi", True), ("skm", skm is not None), ("keuangan", True)],
                        "huruf"),
        "nomor": urutan([("riwayat", True), ("kemajuan", True), ("nasional", bool(nasional)), ("analisis", True)],
                        "angka"),
        "nomor_keuangan": urutan([("program", True), ("belanja", uang["belanja"] is not None), ("sasaran", True),
                                  ("efisiensi", True)], "angka"),
        "tabel": urutan([("skala", True), ("capaian", True), ("riwayat", True), ("kemajuan", True),
                         ("nasional", bool(nasional)), ("skm", skm is not None), ("program", True),
                         ("belanja", uang["belanja"] is not None), ("sasaran", True), ("efisiensi", True)],
                        "angka", "3."),
    }


def _ikhtisar_dan_penutup(data: DataKecamatan, lkj: LaporanKinerja, p: Pengukuran, skm: dict[str, Any] | None,
                          uang: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    kin = data.kinerja
    assert kin is not None
    nama = data.instansi.kecamatan.nama
    capaian = kalimat.capaian_umum(p, nama)
    ikm = (f"Hasil Survei Kepuasan Masyarakat tahun {lkj.tahun} menunjukkan Indeks Kepuasan Masyarakat (IKM) "
           f"{skm['ikm']} dengan mutu pelayanan {skm['mutu']}." if skm else "")
    belanja = uang["belanja"]["kalimat"] if uang["belanja"] else ""
    n = lkj.narasi
    ikhtisar = {
        "pembuka": Narasi.paragraf([
            f"Laporan Kinerja Kecamatan {nama} Tahun {lkj.tahun} disusun berpedoman pada {PERMENPAN_53}. Laporan ini "
            f"mempertanggungjawabkan target kinerja dalam Rencana Strategis Kecamatan {nama} Tahun "
            f"{kin.periode_awal}–{kin.periode_akhir} yang dituangkan dalam Perjanjian Kinerja Tahun {lkj.tahun}.",
            " ".join(capaian),
        ]),
        "sasaran": [{"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "jumlah": str(len(hs.indikator)),
                     "capaian": kalimat.persen(hs.capaian), "predikat": hs.predikat} for hs in p.sasaran],
        "anggaran": Narasi.paragraf([" ".join(x for x in (uang["kalimat"], belanja) if x), ikm]),
        "kendala": Narasi.dari_teks(n.kendala),
        "upaya": Narasi.dari_teks(n.upaya),
        "tambahan": Narasi.dari_teks(n.ikhtisar),
    }
    penutup = {
        "kesimpulan": Narasi.paragraf([
            f"Dalam tahun {lkj.tahun} Kecamatan {nama} telah melaksanakan program dan kegiatan untuk mencapai "
            f"sasaran strategis Renstra {kin.periode_awal}–{kin.periode_akhir}. " + " ".join(capaian),
            uang["kalimat"], ikm,
        ]),
        "kendala": ikhtisar["kendala"],
        "upaya": ikhtisar["upaya"],
        "penutup": (Narasi.dari_teks(n.penutup) if n.penutup else Narasi.paragraf([
            f"Demikian Laporan Kinerja Kecamatan {nama} Tahun {lkj.tahun} ini disusun sebagai pertanggungjawaban atas "
            "pelaksanaan tugas dan fungsi, bahan evaluasi, dan masukan bagi perencanaan tahun berikutnya.",
        ])).ditahan(),
    }
    return ikhtisar, penutup


def _lampiran(data: DataKecamatan, lkj: LaporanKinerja, uang: dict[str, Any]) -> dict[str, Any]:
    kin = data.kinerja
    assert kin is not None
    matriks, catatan = perencanaan.matriks(data, lkj, bersama.halaman(data))
    return {
        "matriks": matriks,
        "catatan_matriks": catatan,
        "periode": f"{kin.periode_awal}–{kin.periode_akhir}",
        "program": uang["program"],
    }


def konteks(data: DataKecamatan) -> tuple[dict[str, Any], list[Temuan]]:
    """Everything the LKj template prints, and the warnings found on the way."""
    lkj = data.lkj
    assert lkj is not None
    s = survei.hitung(data, lkj)
    ikm = None if s is None or s.indikator is None else (*s.indikator, s.hasil.ikm, s.hasil.mutu)
    p = ukur(data, lkj, ikm)  # type: ignore[arg-type]
    skm = survei.konteks(data, lkj, s) if s is not None else None
    uang = keuangan.konteks(data, lkj, p)
    ikhtisar, penutup = _ikhtisar_dan_penutup(data, lkj, p, skm, uang)
    kin = data.kinerja
    assert kin is not None
    hasil = {
        "tahun": lkj.tahun,
        "kecamatan": data.instansi.kecamatan.nama,
        "periode": f"{kin.periode_awal}–{kin.periode_akhir}",
        "sampul": _sampul(data, lkj),
        "kata_pengantar": _kata_pengantar(data, lkj),
        "ttd": _ttd(data, lkj),
        "ikhtisar": ikhtisar,
        "bab1": _bab1(data, lkj),
        "bab2": _bab2(data, lkj),
        "bab3": _bab3(data, lkj, p, skm, uang),
        "bab4": penutup,
        "lampiran": _lampiran(data, lkj, uang),
    }
    return hasil, keuangan.temuan(data, uang["ringkasan"]) + (list(s.temuan) if s is not None else [])


def susun(data: DataKecamatan) -> list[Dokumen]:
    """The LKj, when the data set has ``lkj.yaml``."""
    if data.lkj is None or data.kinerja is None or data.perjanjian_kinerja is None:
        return []
    lkj = data.lkj
    isi, temuan = konteks(data)
    nama = data.instansi.kecamatan.nama
    return [bersama.dokumen(
        data, jenis=JENIS, nama_berkas=f"{JENIS}-{lkj.tahun}.docx", templat=TEMPLAT, konteks=isi,
        judul=f"Laporan Kinerja Kecamatan {nama} Tahun {lkj.tahun}", tanggal=lkj.tanggal, temuan=temuan)]
