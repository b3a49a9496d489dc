"""The Survei Kepuasan Masyarakat section: the year's IKM (:class:`doctools.tahun.SurveiTahun`), table, chart.

The chart is a native Word chart (:func:`doctools.kinerja.grafik_skm`): the context holds only its
data, and the chart part with its workbook is written when the document is rendered, so composing
draws nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.kinerja import MODEL_2004, HasilSKM, SkalaMutu, grafik_skm
from doctools.templat.skema import Daftar, Isian, Kumpulan

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, LaporanKinerja
    from doctools.tahun import SurveiTahun

LEBAR_GRAFIK_MM = 150.0


VARIABEL = Kumpulan("Survei Kepuasan Masyarakat", {
    "kalimat": Daftar("paragraf uraian survei", Isian("satu paragraf")),
    "model": Isian("kuesioner survei"),
    "dasar_hukum": Isian("peraturan perhitungan IKM dan interval mutunya"),
    "skala": Isian("interval mutu yang dipakai, mis. PermenPAN-RB 14/2017"),
    "faktor": Isian("faktor konversi (25)"),
    "responden": Isian("jumlah responden (kosong bila tidak diketahui)"),
    "catatan": Isian("catatan di bawah tabel"),
    "sebaran": Daftar("sebaran jawaban per unsur (kosong bila tidak diketahui)", Kumpulan("satu unsur", {
        "kode": Isian("U1, U2, …"),
        "nama": Isian("nama unsur"),
        "p1": Isian("persentase jawaban 1 (tidak baik)"),
        "p2": Isian("persentase jawaban 2"),
        "p3": Isian("persentase jawaban 3"),
        "p4": Isian("persentase jawaban 4 (sangat baik)"),
    })),
    "catatan_sebaran": Isian("catatan di bawah tabel sebaran"),
    "unsur": Daftar("unsur pelayanan", Kumpulan("satu unsur", {
        "kode": Isian("U1, U2, …"),
        "nama": Isian("nama unsur"),
        "nrr": Isian("nilai rata-rata"),
        "tertimbang": Isian("NRR tertimbang"),
        "konversi": Isian("nilai konversi"),
        "mutu": Isian("mutu pelayanan unsur"),
    })),
    "jumlah_tertimbang": Isian("jumlah NRR tertimbang"),
    "ikm": Isian("Indeks Kepuasan Masyarakat"),
    "mutu": Isian("mutu pelayanan"),
    "setara": Daftar("sembilan unsur PermenPAN-RB 14/2017 (kosong bila unsur kuesioner tidak dipetakan)",
                     Kumpulan("satu unsur peraturan", {
                         "nomor": Isian("1, 2, …"),
                         "unsur": Isian("unsur PermenPAN-RB 14/2017"),
                         "kuesioner": Isian("unsur kuesioner yang sepadan"),
                         "konversi": Isian("nilai konversi (rata-ratanya)"),
                         "mutu": Isian("mutu"),
                     })),
    "catatan_setara": Isian("catatan di bawah tabel perbandingan"),
    "grafik": Isian("grafik nilai unsur dan IKM (grafik Word yang dapat disunting)", "grafik"),
}, boleh_kosong=True)
"""What :func:`konteks` gives (``bab3.skm``; absent without a survey)."""


def _periode(periode: tuple[dt.date, dt.date] | None, tahun: int) -> str:
    """"Januari–Desember 2025" from the first and last day of the answers."""
    assert periode is not None
    awal, akhir = periode
    if (awal.year, awal.month) == (akhir.year, akhir.month):
        return fmt.bulan_tahun(akhir)
    if awal.year == akhir.year:
        return f"{fmt.bulan_tahun(awal).rsplit(' ', 1)[0]}–{fmt.bulan_tahun(akhir)}"
    return f"{fmt.bulan_tahun(awal)}–{fmt.bulan_tahun(akhir)}"


def _angka(nilai: Decimal, desimal: int) -> str:
    return fmt.angka(nilai, desimal)


def _desimal_persen(h: HasilSKM) -> int:
    """One precision for the whole table: none when every share is whole (80%), else two (80,00%, 33,33%)."""
    semua = [p for u in h.unsur if u.persen is not None for p in u.persen]
    return 0 if all(p == p.to_integral_value() for p in semua) else 2


def _interval(skala: SkalaMutu) -> str:
    return "; ".join(f"{i.mutu} {_angka(i.batas_bawah, 2)}–{_angka(i.batas_atas, 2)}" for i in skala.interval)


def _kalimat_skala(survei: SurveiTahun, tahun: int) -> str:
    """Which intervals gave the mutu; when chosen other than the regulation in force, what that one says."""
    h = survei.hasil
    assert h is not None
    kalimat = (f"IKM tahun {tahun} adalah {_angka(h.ikm, 2)} dengan mutu pelayanan {h.mutu} ({h.kinerja}) menurut "
               f"interval mutu {h.skala.nama}")
    if survei.skala_berlaku is None or survei.mutu_berlaku is None:
        return kalimat + "."
    huruf, kinerja = survei.mutu_berlaku
    return (kalimat + f"; menurut interval {survei.skala_berlaku.nama} yang berlaku pada tahun {tahun}, mutunya "
            f"{huruf} ({kinerja}).")


def _setara(survei: SurveiTahun) -> tuple[list[dict[str, str]], str]:
    """Rows of the comparison with the nine unsur of PermenPAN-RB 14/2017, and the note under it."""
    baris = []
    for n, s in enumerate(survei.setara, start=1):
        baris.append({
            "nomor": str(n),
            "unsur": s.unsur.nama,
            "kuesioner": "; ".join(u.nama for u in s.anggota) or "tidak ditanyakan",
            "konversi": _angka(s.nilai_konversi, 2) if s.nilai_konversi is not None else "–",
            "mutu": "{} ({})".format(*s.mutu) if s.mutu is not None else "–",
        })
    if not baris:
        return [], ""
    catatan = "Nilai unsur peraturan yang mencakup beberapa unsur kuesioner adalah rata-rata nilai konversinya."
    lain = survei.tanpa_setara
    if lain:
        catatan += (" Unsur kuesioner yang tidak sepadan dengan unsur PermenPAN-RB 14/2017: "
                    + ", ".join(u.nama for u in lain) + ".")
    return baris, catatan


def _kalimat_setara(survei: SurveiTahun) -> str:
    """The comparison with the nine unsur in one sentence: the lowest of them, and those not asked."""
    terendah = survei.setara_terendah
    assert terendah is not None and terendah.nilai_konversi is not None  # some unsur is mapped
    kalimat = (f"Dibandingkan menurut sembilan unsur PermenPAN-RB 14/2017, nilai terendah ada pada unsur "
               f"{terendah.unsur.nama} ({_angka(terendah.nilai_konversi, 2)})")
    tidak = [s.unsur.nama for s in survei.setara if not s.anggota]
    if tidak:
        kalimat += f"; unsur {', '.join(tidak)} tidak ditanyakan dalam kuesioner"
    return kalimat + "."


def konteks(data: DataKecamatan, lkj: LaporanKinerja, survei: SurveiTahun) -> dict[str, Any]:
    """Everything the SKM part of BAB III prints."""
    h = survei.hasil
    assert h is not None
    model, skala = h.model, h.skala
    skm = lkj.skm
    assert skm is not None
    nama = data.instansi.kecamatan.nama
    responden = f" terhadap {fmt.bilangan_kata(h.jumlah_responden)} responden" if h.jumlah_responden else ""
    layanan = f" pada layanan {skm.layanan}" if skm.layanan else ""
    periode = f" selama {skm.periode or _periode(survei.periode, lkj.tahun)}" if skm.periode or survei.periode else ""
    kuesioner = (f"model {model.nama}" if model.dasar_hukum else
                 f"kuesioner sendiri yang terdiri atas {fmt.bilangan_kata(model.jumlah_unsur)} unsur pelayanan")
    ada_sebaran = any(u.persen is not None for u in h.unsur)
    dari = " yang dihitung dari sebaran jawaban setiap unsur" if skm.sebaran and ada_sebaran else ""
    kalimat = [
        f"Survei Kepuasan Masyarakat (SKM) Kecamatan {nama} tahun {lkj.tahun} dilaksanakan{layanan}{periode}"
        f"{responden} dengan {kuesioner}.",
        f"Nilai setiap unsur adalah nilai rata-rata (NRR) jawaban responden{dari}; Indeks Kepuasan Masyarakat (IKM) "
        f"adalah jumlah NRR tertimbang (bobot setiap unsur 1/{model.jumlah_unsur}) dikalikan "
        f"{skala.faktor_konversi}, sesuai {skala.dasar_hukum}. " + _kalimat_skala(survei, lkj.tahun),
    ]
    if model is MODEL_2004:
        kalimat.append("Model 14 unsur ini berasal dari KepMenPAN 25/2004 yang telah dicabut; survei berikutnya "
                       "sebaiknya memakai 9 unsur PermenPAN-RB 14/2017.")
    urut, rendah = survei.unsur_urut, survei.unsur_di_bawah_ikm
    kalimat.append(f"Unsur dengan nilai tertinggi adalah {urut[-1].nama} ({_angka(urut[-1].nilai_konversi, 2)}) "
                   f"dan yang terendah {urut[0].nama} ({_angka(urut[0].nilai_konversi, 2)}).")
    if rendah:
        daftar = ", ".join(f"{u.nama} ({_angka(u.nilai_konversi, 2)})" for u in rendah)
        kalimat.append(f"Unsur yang nilainya di bawah IKM dan menjadi prioritas perbaikan: {daftar}.")
    setara, catatan_setara = _setara(survei)
    if setara:
        kalimat.append(_kalimat_setara(survei))
    desimal = _desimal_persen(h)
    sebaran = [{
        "kode": u.kode,
        "nama": u.nama,
        **{f"p{i}": f"{_angka(p, desimal)}%" for i, p in enumerate(u.persen, start=1)},
    } if u.persen is not None else {"kode": u.kode, "nama": u.nama, "p1": "–", "p2": "–", "p3": "–", "p4": "–"}
        for u in h.unsur] if ada_sebaran else []
    tanpa = [u.nama for u in h.unsur if u.persen is None]
    catatan_sebaran = ("Persentase responden yang memilih setiap jawaban"
                       + (f"; jumlah responden: {h.jumlah_responden}" if h.jumlah_responden else "") + "."
                       + (f" Sebaran jawaban unsur {', '.join(tanpa)} tidak tersedia; nilainya dari laporan survei."
                          if tanpa else ""))
    return {
        "kalimat": kalimat,
        "model": model.nama,
        "dasar_hukum": skala.dasar_hukum,
        "skala": skala.nama,
        "faktor": str(skala.faktor_konversi),
        "responden": str(h.jumlah_responden) if h.jumlah_responden else "",
        # the note under the table: the number of respondents only when it is known
        "catatan": (f"Jumlah responden: {h.jumlah_responden}. " if h.jumlah_responden else "")
                   + f"Model: {model.nama}. Interval mutu {skala.nama}: {_interval(skala)}.",
        "sebaran": sebaran,
        "catatan_sebaran": catatan_sebaran,
        "unsur": [{
            "kode": u.kode,
            "nama": u.nama,
            "nrr": _angka(u.nrr, 3),
            "tertimbang": _angka(u.nrr_tertimbang, 3),
            "konversi": _angka(u.nilai_konversi, 2),
            "mutu": f"{u.mutu} ({u.kinerja})",
        } for u in h.unsur],
        "jumlah_tertimbang": _angka(h.nrr_tertimbang, 3),
        "ikm": _angka(h.ikm, 2),
        "mutu": f"{h.mutu} ({h.kinerja})",
        "setara": setara,
        "catatan_setara": catatan_setara,
        "grafik": grafik_skm(h, LEBAR_GRAFIK_MM),
    }
