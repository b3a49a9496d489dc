"""The Laporan Kinerja (LKj): an editable yearly report computed from the year's data.

Sistematika of PermenPAN-RB 53/2014: cover, Kata Pengantar, Daftar Isi (a Word TOC field),
Ikhtisar Eksekutif, BAB I Pendahuluan, BAB II Perencanaan dan Perjanjian Kinerja, BAB III
Akuntabilitas Kinerja, BAB IV Penutup, Lampiran. Every number, table, percentage and predikat is
computed by the year (:class:`doctools.tahun.LaporanTahun`) and formatted here; every narrative is
the user's text (lkj.yaml, ``narasi``) or a generated paragraph the user can edit in Word.

Layout (sections, page numbering, landscape Lampiran, heading styles) lives in
``templates_docx/laporan-kinerja.docx``; the parts:

========================  =====================================================
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
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.lkj import kalimat, keuangan, perencanaan, profil, survei
from doctools.documents.lkj.narasi import Narasi
from doctools.tahun import LAPORAN_KINERJA, LaporanTahun, Pengukuran, TahunKinerja
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.kinerja import SkalaPredikat
    from doctools.model import DataKecamatan, LaporanKinerja

JENIS = LAPORAN_KINERJA
TEMPLAT = "laporan-kinerja.docx"
PERMENPAN_53 = ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 "
                "tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan "
                "Kinerja Instansi Pemerintah")
RUMUS_NEGATIF = {
    "selisih": "Capaian = (Target − (Realisasi − Target)) / Target × 100%",
    "rasio": "Capaian = Target / Realisasi × 100%",
}


def _narasi(uraian: str) -> Isian:
    return Isian(uraian, "narasi")


def _nomor(uraian: str, *kunci: str) -> Kumpulan:
    return Kumpulan(uraian, {k: Isian(f"nomor atau huruf bagian {k} (kosong bila bagian itu tidak ada)")
                             for k in kunci})


_INDIKATOR_CAPAIAN = Kumpulan("satu indikator", {
    "nama": Isian("nama indikator"),
    "satuan": Isian("satuan"),
    "target": Isian("target tahun laporan"),
    "realisasi": Isian("realisasi tahun laporan"),
    "capaian": Isian("capaian (dihitung menurut polaritas)"),
    "predikat": Isian("predikat capaian"),
    "target_akhir": Isian("target akhir Renstra"),
    "kemajuan": Isian("tingkat kemajuan terhadap target akhir Renstra"),
})

KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Laporan Kinerja: sampul, Kata Pengantar, Daftar Isi, Ikhtisar, BAB I–IV dan Lampiran",
    Kumpulan("Laporan Kinerja", {
        "tahun": Isian("tahun laporan", "angka"),
        "kecamatan": Isian("nama kecamatan"),
        "periode": Isian("periode Renstra, mis. 2021–2026"),
        "sampul": Kumpulan("sampul", {
            "kecamatan": Isian("KECAMATAN …"),
            "daerah": Isian("KABUPATEN …"),
            "tahun": Isian("TAHUN …"),
            "logo": Isian("logo (kosong bila tidak ada)", "gambar"),
            "pemerintah": Isian("PEMERINTAH KABUPATEN …"),
            "alamat": Isian("alamat kantor"),
        }),
        "kata_pengantar": _narasi("Kata Pengantar"),
        "ttd": bersama.TTD_CAMAT,
        "ikhtisar": Kumpulan("Ikhtisar Eksekutif", {
            "pembuka": _narasi("paragraf pembuka"),
            "sasaran": Daftar("ringkasan capaian per sasaran", Kumpulan("satu sasaran", {
                "nomor": Isian("1., 2., …"),
                "uraian": Isian("uraian sasaran"),
                "jumlah": Isian("jumlah indikator"),
                "capaian": Isian("rata-rata capaian"),
                "predikat": Isian("predikat"),
            })),
            "anggaran": _narasi("ringkasan anggaran dan SKM"),
            "kendala": _narasi("kendala"),
            "upaya": _narasi("upaya"),
            "tambahan": _narasi("narasi ikhtisar tambahan dari lkj.yaml (kosong bila tidak ada)"),
        }),
        "bab1": Kumpulan("BAB I Pendahuluan", {
            **profil.VARIABEL,
            "latar_belakang": _narasi("Latar Belakang"),
            "maksud_tujuan": _narasi("Maksud dan Tujuan"),
            "nomor": _nomor("nomor sub-bagian Gambaran Umum", "tugas", "susunan", "sdm", "sarana"),
            "tabel": _nomor("nomor tabel BAB I", "pendidikan", "golongan", "eselon", "sarana"),
        }),
        "bab2": Kumpulan("BAB II Perencanaan dan Perjanjian Kinerja", {
            "renstra": perencanaan.RENSTRA,
            "nomor": _nomor("nomor sub-bagian Renstra", "visi", "tujuan", "strategi"),
            "tabel": _nomor("nomor tabel BAB II", "strategi", "rkt", "pk", "iku"),
            "rkt": perencanaan.RKT,
            "pk": perencanaan.PERJANJIAN,
            "iku": perencanaan.IKU,
        }),
        "bab3": Kumpulan("BAB III Akuntabilitas Kinerja", {
            "rumus_positif": Isian("rumus capaian indikator berpolaritas positif"),
            "rumus_negatif": Isian("rumus capaian indikator berpolaritas negatif"),
            "skala": Kumpulan("skala predikat", {
                "nama": Isian("nama skala"),
                "sumber": Isian("sumber skala"),
                "rujukan": Isian("nama dan sumber skala"),
                "baris": Daftar("rentang predikat", Kumpulan("satu rentang", {
                    "nomor": Isian("1., 2., …"), "rentang": Isian("rentang capaian"), "predikat": Isian("predikat"),
                })),
            }),
            "capaian": Daftar("capaian per sasaran", Kumpulan("satu sasaran", {
                "nomor": Isian("1., 2., …"),
                "uraian": Isian("uraian sasaran"),
                "indikator": Daftar("indikator sasaran", _INDIKATOR_CAPAIAN),
            })),
            "catatan_capaian": Daftar("catatan di bawah tabel capaian: target Perjanjian Kinerja yang berbeda dari "
                                      "target Renstra, satu per indikator (kosong bila tidak ada)",
                                      Isian("satu catatan")),
            "riwayat": Daftar("realisasi dan capaian per tahun, per indikator", Kumpulan("satu indikator", {
                "nomor": Isian("1., 2., …"),
                "nama": Isian("nama indikator"),
                "tahun": Daftar("tahun-tahun", Kumpulan("satu tahun", {
                    "tahun": Isian("tahun"), "target": Isian("target (- bila tidak ada)"),
                    "realisasi": Isian("realisasi"), "capaian": Isian("capaian"),
                })),
            })),
            "catatan_riwayat": Isian("catatan di bawah tabel riwayat (kosong bila tidak perlu)"),
            "nasional": Daftar("perbandingan dengan angka pembanding", Kumpulan("satu indikator", {
                "nomor": Isian("1., 2., …"),
                "nama": Isian("nama indikator"),
                "realisasi": Isian("realisasi"),
                "nasional": Isian("angka pembanding"),
                "selisih": Isian("selisih"),
                "keterangan": Isian("Lebih baik / Sama / Lebih rendah"),
                "sumber": Isian("sumber angka pembanding"),
            })),
            "analisis": Daftar("analisis per sasaran", Kumpulan("satu sasaran", {
                "judul": Isian("Sasaran n: uraian"),
                "kalimat": _narasi("analisis yang dihitung, atau analisis.ganti dari lkj.yaml"),
                "narasi": _narasi("analisis.narasi dari lkj.yaml, setelahnya (kosong bila tidak ada)"),
            })),
            "skm": survei.VARIABEL,
            "keuangan": Kumpulan("akuntabilitas keuangan", keuangan.VARIABEL),
            "huruf": _nomor("huruf sub-bab BAB III", "pengukuran", "evaluasi", "skm", "keuangan"),
            "nomor": _nomor("nomor bagian evaluasi", "riwayat", "kemajuan", "nasional", "analisis"),
            "nomor_keuangan": _nomor("nomor bagian keuangan", "program", "belanja", "sasaran", "efisiensi"),
            "tabel": _nomor("nomor tabel BAB III", "skala", "capaian", "riwayat", "kemajuan", "nasional",
                            "skm_sebaran", "skm", "skm_setara", "program", "belanja", "sasaran", "efisiensi"),
        }),
        "bab4": Kumpulan("BAB IV Penutup", {
            "kesimpulan": _narasi("kesimpulan"),
            "kendala": _narasi("kendala"),
            "upaya": _narasi("upaya"),
            "penutup": _narasi("paragraf penutup"),
        }),
        "lampiran": Kumpulan("Lampiran", {
            "matriks": Isian("matriks Renstra (kolom per tahun)", "tabel"),
            "catatan_matriks": Isian("catatan di bawah matriks (kosong bila tidak perlu)"),
            "periode": Isian("periode Renstra"),
            "program": keuangan.PROGRAM,
        }),
    }),
    bagian=("tanda-tangan", "tanda-tangan-berdampingan"),
    jumlah_bagian=4,
    mendatar=("lampiran.matriks",),
)


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


def _sampul(tahun: TahunKinerja, lkj: LaporanKinerja) -> dict[str, Any]:
    ins = tahun.data.instansi
    kop = bersama.kop(tahun)
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


def _bab1(data: DataKecamatan, lt: LaporanTahun) -> dict[str, Any]:
    lkj = lt.lkj
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
    p = profil.konteks(data, lt)
    p.update(latar_belakang=latar, maksud_tujuan=maksud)
    p["nomor"] = urutan([("tugas", True), ("susunan", True), ("sdm", p["sdm"] is not None),
                         ("sarana", bool(p["sarana"]))], "angka")
    sdm = p["sdm"]
    p["tabel"] = urutan([("pendidikan", sdm is not None), ("golongan", sdm is not None),
                         ("eselon", bool(sdm and sdm["eselon"])), ("sarana", bool(p["sarana"]))], "angka", "1.")
    return p


def _bab2(tahun: TahunKinerja, lt: LaporanTahun) -> dict[str, Any]:
    data = tahun.data
    r = perencanaan.renstra(data, lt)
    pk = perencanaan.perjanjian(tahun, lt)
    return {
        "renstra": r,
        "nomor": urutan([("visi", bool(r["visi"] or r["misi"])), ("tujuan", True), ("strategi", bool(r["strategi"]))],
                        "angka"),
        "tabel": urutan([("strategi", bool(r["strategi"])), ("rkt", True), ("pk", True), ("iku", True)], "angka", "2."),
        "rkt": perencanaan.rkt(data, lt.lkj),
        "pk": pk,
        "iku": perencanaan.iku(data, lt),
    }


def _analisis(data: DataKecamatan, lt: LaporanTahun) -> list[dict[str, Any]]:
    p = lt.pengukuran
    akhir = data.kinerja.periode_akhir  # type: ignore[union-attr]
    rp = data.instansi.pengaturan.gaya_rupiah
    hasil = []
    for hs, anggaran in zip(p.sasaran, lt.anggaran.sasaran):
        pengguna = lt.analisis_sasaran(hs)
        judul = f"Sasaran {hs.nomor}: {hs.sasaran.uraian}"
        if pengguna is not None and pengguna.ganti:
            hasil.append({"judul": judul, "kalimat": Narasi.dari_teks(pengguna.ganti),
                          "narasi": Narasi.dari_teks(pengguna.narasi)})
            continue
        teks = [kalimat.sasaran(hs)]
        for h in hs.indikator:
            teks.append(" ".join(kalimat.indikator(h, p.tahun, akhir)))
        if anggaran.program:
            daftar = "; ".join(f"{prog} (kegiatan {', '.join(keg)})" for prog, keg in anggaran.program.items())
            teks.append(f"Pencapaian sasaran ini didukung oleh {daftar}, dengan pagu {fmt.rupiah(anggaran.pagu, rp)} "
                        f"dan realisasi {fmt.rupiah(anggaran.realisasi, rp)} "
                        f"({kalimat.persen(anggaran.serapan)}).")
        hasil.append({"judul": judul, "kalimat": Narasi.paragraf(teks),
                      "narasi": Narasi.dari_teks(pengguna.narasi if pengguna is not None else None)})
    return hasil


def _capaian(p: Pengukuran) -> list[dict[str, Any]]:
    return [{"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "indikator": [{
        "nama": h.indikator.nama, "satuan": h.indikator.satuan or "-",
        "target": kalimat.nilai_teks(h.target) + (f" {kalimat.TANDA_REVISI}" if h.target_direvisi else ""),
        "realisasi": kalimat.nilai_teks(h.realisasi),
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
    hasil: list[dict[str, str]] = []
    for h in p.indikator:
        banding = h.banding_nasional
        if banding is None or h.nasional is None:
            continue
        selisih = banding.selisih
        hasil.append({"nomor": f"{len(hasil) + 1}.", "nama": h.indikator.nama,
                      "realisasi": kalimat.nilai_teks(h.realisasi), "nasional": kalimat.nilai_teks(banding.nilai),
                      "selisih": ("+" if selisih > 0 else "") + fmt.angka(selisih, 2),
                      "keterangan": "Lebih baik" if banding.membaik else ("Sama" if not selisih else "Lebih rendah"),
                      "sumber": h.nasional.sumber})
    return hasil


def keterangan_skala(skala: SkalaPredikat) -> list[dict[str, Any]]:
    """Rows of the scale table, highest band first (as a reader expects)."""
    return [{"nomor": f"{n}.", "rentang": r.uraian().replace("x", "capaian"), "predikat": r.label}
            for n, r in enumerate(reversed(skala.rentang), start=1)]


def _bab3(data: DataKecamatan, lt: LaporanTahun, skm: dict[str, Any] | None,
          uang: dict[str, Any]) -> dict[str, Any]:
    p = lt.pengukuran
    nasional = _nasional(p)
    riwayat = _riwayat(p)
    return {
        "rumus_positif": "Capaian = Realisasi / Target × 100%",
        "rumus_negatif": RUMUS_NEGATIF[lt.kebijakan.rumus_negatif],
        "skala": {"nama": p.skala.nama, "sumber": p.skala.sumber, "rujukan": _rujukan_skala(p),
                  "baris": keterangan_skala(p.skala)},
        "capaian": _capaian(p),
        "catatan_capaian": [kalimat.catatan_revisi(h, p.tahun) for h in p.indikator if h.target_direvisi],
        "riwayat": riwayat,
        "catatan_riwayat": ("Tanda “-” pada kolom target berarti Renstra tidak memuat target tahun itu."
                            if any(t["target"] == "-" for i in riwayat for t in i["tahun"]) else ""),
        "nasional": nasional,
        "analisis": _analisis(data, lt),
        "skm": skm,
        "keuangan": uang,
        "huruf": urutan([("pengukuran", True), ("evaluasi", True), ("skm", skm is not None), ("keuangan", True)],
                        "huruf"),
        "nomor": urutan([("riwayat", True), ("kemajuan", True), ("nasional", bool(nasional)), ("analisis", True)],
                        "angka"),
        "nomor_keuangan": urutan([("program", True), ("belanja", uang["belanja"] is not None), ("sasaran", True),
                                  ("efisiensi", True)], "angka"),
        "tabel": urutan([("skala", True), ("capaian", True), ("riwayat", True), ("kemajuan", True),
                         ("nasional", bool(nasional)), ("skm_sebaran", bool(skm and skm["sebaran"])),
                         ("skm", skm is not None), ("skm_setara", bool(skm and skm["setara"])), ("program", True),
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
        "pembuka": Narasi.dari_teks(n.ikhtisar_pembuka) if n.ikhtisar_pembuka else Narasi.paragraf([
            f"Laporan Kinerja Kecamatan {nama} Tahun {lkj.tahun} disusun berpedoman pada {PERMENPAN_53}. Laporan ini "
            f"mempertanggungjawabkan target kinerja dalam Rencana Strategis Kecamatan {nama} Tahun "
            f"{kin.periode_awal}–{kin.periode_akhir} yang dituangkan dalam Perjanjian Kinerja Tahun {lkj.tahun}.",
            " ".join(capaian),
        ]),
        "sasaran": [{"nomor": f"{hs.nomor}.", "uraian": hs.sasaran.uraian, "jumlah": str(len(hs.indikator)),
                     "capaian": kalimat.persen(hs.capaian), "predikat": hs.predikat} for hs in p.sasaran],
        "anggaran": Narasi.dari_teks(n.ikhtisar_anggaran) if n.ikhtisar_anggaran else
        Narasi.paragraf([" ".join(x for x in (uang["kalimat"], belanja) if x), ikm]),
        "kendala": Narasi.dari_teks(n.kendala),
        "upaya": Narasi.dari_teks(n.upaya),
        "tambahan": Narasi.dari_teks(n.ikhtisar),
    }
    penutup = {
        "kesimpulan": Narasi.dari_teks(n.kesimpulan) if n.kesimpulan else Narasi.paragraf([
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


def _lampiran(data: DataKecamatan, lt: LaporanTahun, uang: dict[str, Any]) -> dict[str, Any]:
    kin = data.kinerja
    assert kin is not None
    matriks, catatan = perencanaan.matriks(data, lt, bersama.halaman(data))
    return {
        "matriks": matriks,
        "catatan_matriks": catatan,
        "periode": f"{kin.periode_awal}–{kin.periode_akhir}",
        "program": uang["program"],
    }


def konteks(tahun: TahunKinerja) -> dict[str, Any]:
    """Everything the LKj template prints."""
    lt = tahun.laporan
    assert lt is not None
    data, lkj, p = tahun.data, lt.lkj, lt.pengukuran
    skm = survei.konteks(data, lkj, lt.survei) if lt.survei is not None else None
    uang = keuangan.konteks(data, lt)
    ikhtisar, penutup = _ikhtisar_dan_penutup(data, lkj, p, skm, uang)
    kin = data.kinerja
    assert kin is not None
    hasil = {
        "tahun": lkj.tahun,
        "kecamatan": data.instansi.kecamatan.nama,
        "periode": f"{kin.periode_awal}–{kin.periode_akhir}",
        "sampul": _sampul(tahun, lkj),
        "kata_pengantar": _kata_pengantar(data, lkj),
        "ttd": bersama.ttd_camat(tahun, "lkj", bersama.tempat_penetapan(data, lkj.tempat),
                                  fmt.tanggal_tulis(lkj.tanggal)),
        "ikhtisar": ikhtisar,
        "bab1": _bab1(data, lt),
        "bab2": _bab2(tahun, lt),
        "bab3": _bab3(data, lt, skm, uang),
        "bab4": penutup,
        "lampiran": _lampiran(data, lt, uang),
    }
    return hasil


def susun(tahun: TahunKinerja) -> list[Dokumen]:
    """The LKj, when the data set has ``lkj.yaml``."""
    lt = tahun.laporan
    if lt is None:
        return []
    lkj = lt.lkj
    nama = tahun.data.instansi.kecamatan.nama
    return [bersama.dokumen(
        tahun.data, jenis=JENIS, nama_berkas=f"{JENIS}-{lkj.tahun}.docx", templat=TEMPLAT, konteks=konteks(tahun),
        judul=f"Laporan Kinerja Kecamatan {nama} Tahun {lkj.tahun}",
        tanggal=bersama.tanggal_metadata(lkj.tanggal, lkj.tahun))]
