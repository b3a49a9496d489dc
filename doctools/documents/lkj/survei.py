"""The Survei Kepuasan Masyarakat section: the year's IKM (:class:`doctools.tahun.SurveiTahun`), table, chart.

The chart is a native Word chart (:func:`doctools.kinerja.grafik_skm`): the context holds only its
data, and the chart part with its workbook is written when the document is rendered, so composing
draws nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from doctools import fmt
from doctools.kinerja import MODEL_2004, grafik_skm
from doctools.model import DataKecamatan, LaporanKinerja
from doctools.tahun import SurveiTahun
from doctools.templat.skema import Daftar, Isian, Kumpulan

LEBAR_GRAFIK_MM = 150.0


VARIABEL = Kumpulan("Survei Kepuasan Masyarakat", {
    "kalimat": Daftar("paragraf uraian survei", Isian("satu paragraf")),
    "model": Isian("model survei"),
    "dasar_hukum": Isian("peraturan model survei"),
    "responden": Isian("jumlah responden (kosong bila tidak diketahui)"),
    "catatan": Isian("catatan di bawah tabel"),
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


def konteks(data: DataKecamatan, lkj: LaporanKinerja, survei: SurveiTahun) -> dict[str, Any]:
    """Everything the SKM part of BAB III prints."""
    h = survei.hasil
    assert h is not None
    model = h.model
    skm = lkj.skm
    assert skm is not None
    nama = data.instansi.kecamatan.nama
    responden = f" terhadap {fmt.bilangan_kata(h.jumlah_responden)} responden" if h.jumlah_responden else ""
    layanan = f" pada layanan {skm.layanan}" if skm.layanan else ""
    periode = f" selama {skm.periode or _periode(survei.periode, lkj.tahun)}" if skm.periode or survei.periode else ""
    kalimat = [
        f"Survei Kepuasan Masyarakat (SKM) Kecamatan {nama} tahun {lkj.tahun} dilaksanakan{layanan}{periode}"
        f"{responden} dengan model {model.nama}, berdasarkan {model.dasar_hukum}.",
        f"Nilai setiap unsur adalah nilai rata-rata (NRR) jawaban responden; Indeks Kepuasan Masyarakat (IKM) "
        f"adalah jumlah NRR tertimbang (bobot setiap unsur 1/{model.jumlah_unsur}) dikalikan "
        f"{model.faktor_konversi}. IKM tahun {lkj.tahun} adalah {_angka(h.ikm, 2)} dengan mutu pelayanan {h.mutu} "
        f"({h.kinerja}).",
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
    return {
        "kalimat": kalimat,
        "model": model.nama,
        "dasar_hukum": model.dasar_hukum,
        "responden": str(h.jumlah_responden) if h.jumlah_responden else "",
        # the note under the table: the number of respondents only when it is known
        "catatan": (f"Jumlah responden: {h.jumlah_responden}. " if h.jumlah_responden else "")
                   + f"Model: {model.nama}.",
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
        "grafik": grafik_skm(h, LEBAR_GRAFIK_MM),
    }
