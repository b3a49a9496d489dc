"""The computed year: between a kecamatan's validated data and its documents and reviu.

    kebijakan = pilih_kebijakan(data)        # the predikat scale and formulas, from the settings, once
    tahun = hitung_tahun(data, kebijakan)    # every reference resolved, every figure computed, once
    tahun.perjanjian.daftar                  # the PK of every signing pair, with its Jumlah
    tahun.laporan.pengukuran                 # the LKj's capaian and predikat
    tahun.masalah                            # what could not be computed, and why

Layers point one way: the documents (:mod:`doctools.documents`) format a year and the reviu
(:mod:`doctools.reviu`) checks against it; the year reads the data model (:mod:`doctools.model`)
and computes with :mod:`doctools.kinerja`, :mod:`doctools.hukum` and :mod:`doctools.fmt`.
"""

from doctools.tahun import rujukan
from doctools.tahun.capaian import CapaianIndikator, Hitungan, Nilai, RealisasiSurvei
from doctools.tahun.hitung import (
    KEPUTUSAN_IKI,
    KEPUTUSAN_IKU,
    LAPORAN_KINERJA,
    PERJANJIAN_KINERJA,
    POHON_KINERJA,
    RENCANA_AKSI,
    RENCANA_KINERJA_TAHUNAN,
    TahunKinerja,
    hitung_tahun,
)
from doctools.tahun.kebijakan import Kebijakan, pilih_kebijakan
from doctools.tahun.keputusan import NOMOR_KOSONG, DiktumTahun, KeputusanTahun
from doctools.tahun.laporan import LaporanTahun
from doctools.tahun.pengukuran import Banding, HasilIndikator, HasilSasaran, Pengukuran, Riwayat
from doctools.tahun.perjanjian import PerjanjianDihitung, PerjanjianTahun
from doctools.tahun.rencana import AksiTahun, RktTahun
from doctools.tahun.survei import SurveiTahun

__all__ = [
    "KEPUTUSAN_IKI", "KEPUTUSAN_IKU", "LAPORAN_KINERJA", "NOMOR_KOSONG", "PERJANJIAN_KINERJA", "POHON_KINERJA",
    "RENCANA_AKSI", "RENCANA_KINERJA_TAHUNAN", "AksiTahun", "Banding", "RktTahun", "CapaianIndikator", "DiktumTahun", "HasilIndikator", "HasilSasaran", "Hitungan", "Kebijakan",
    "KeputusanTahun", "LaporanTahun", "Nilai", "Pengukuran", "PerjanjianDihitung", "PerjanjianTahun",
    "RealisasiSurvei", "Riwayat", "SurveiTahun", "TahunKinerja", "hitung_tahun", "pilih_kebijakan", "rujukan",
]
