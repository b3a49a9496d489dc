"""The SKM questionnaires: the unsur a regulation lists, as data.

:data:`MODEL_2017` (PermenPAN-RB 14/2017, 9 unsur) and :data:`MODEL_2004` (KepMenPAN 25/2004,
14 unsur, revoked); :func:`doctools.kinerja.skm.nama.model_dengan_unsur` makes the model of a
questionnaire with its own unsur. A model holds no mutu intervals: those are the regulation in
force in the report year (:mod:`doctools.kinerja.skm.skala`), whatever unsur were asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from doctools.kinerja.skm.skala import NILAI_MAKS, NILAI_MIN


@dataclass(frozen=True)
class UnsurSKM:
    """One unsur (service element) of a model: position code, canonical name, aliases."""

    kode: str
    nama: str
    alias: tuple[str, ...] = ()
    pasti: bool = True
    """False when the name is recalled from the regulation rather than verified."""
    setara: str | None = None
    """The name of the PermenPAN-RB 14/2017 unsur this one is compared with (a questionnaire's own unsur)."""


@dataclass(frozen=True)
class ModelSKM:
    """An SKM questionnaire: its unsur, and the regulation that lists them (None for the kecamatan's own)."""

    kode: str
    nama: str
    dasar_hukum: str | None
    unsur: tuple[UnsurSKM, ...]
    nilai_min: int = NILAI_MIN
    nilai_max: int = NILAI_MAKS
    catatan: str | None = None

    @property
    def bobot(self) -> Fraction:
        """Exactly ``1 / number of unsur``."""
        return Fraction(1, len(self.unsur))

    @property
    def jumlah_unsur(self) -> int:
        return len(self.unsur)


MODEL_2017 = ModelSKM(
    kode="permenpanrb-14-2017",
    nama="SKM PermenPAN-RB 14/2017 (9 unsur)",
    dasar_hukum=(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun "
        "2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan "
        "Publik"
    ),
    unsur=(
        UnsurSKM("U1", "Persyaratan", ("Persyaratan Pelayanan", "Syarat", "Syarat Pelayanan")),
        UnsurSKM(
            "U2",
            "Sistem, Mekanisme, dan Prosedur",
            ("Prosedur", "Prosedur Pelayanan", "Sistem Mekanisme", "Mekanisme dan Prosedur",
             "Sistem dan Prosedur", "Sistem, Mekanisme, dan Prosedur Pelayanan"),
        ),
        UnsurSKM(
            "U3",
            "Waktu Penyelesaian",
            ("Waktu", "Waktu Pelayanan", "Waktu Penyelesaian Pelayanan", "Jangka Waktu",
             "Jangka Waktu Pelayanan", "Jangka Waktu Penyelesaian"),
        ),
        UnsurSKM("U4", "Biaya/Tarif", ("Biaya", "Tarif", "Biaya Pelayanan", "Tarif Pelayanan")),
        UnsurSKM(
            "U5",
            "Produk Spesifikasi Jenis Pelayanan",
            ("Produk", "Produk Pelayanan", "Produk Layanan", "Spesifikasi Jenis Pelayanan",
             "Produk Spesifikasi Pelayanan", "Produk, Spesifikasi, dan Jenis Pelayanan"),
        ),
        UnsurSKM(
            "U6",
            "Kompetensi Pelaksana",
            ("Kompetensi", "Kompetensi Petugas", "Kompetensi Pelaksana Pelayanan"),
        ),
        UnsurSKM(
            "U7",
            "Perilaku Pelaksana",
            ("Perilaku", "Perilaku Petugas", "Perilaku Pelaksana Pelayanan"),
        ),
        UnsurSKM(
            "U8",
            "Penanganan Pengaduan, Saran dan Masukan",
            ("Pengaduan", "Penanganan Pengaduan", "Pengaduan, Saran dan Masukan",
             "Penanganan Pengaduan dan Saran", "Penanganan Pengaduan Pengguna Layanan"),
        ),
        UnsurSKM(
            "U9",
            "Sarana dan Prasarana",
            ("Sarana", "Prasarana", "Sarana Prasarana Pelayanan", "Sarana dan Prasarana Pelayanan"),
        ),
    ),
    catatan=(
        "Urutan unsur mengikuti ruang lingkup dalam peraturan; banyak kuesioner menukar urutan "
        "U8 dan U9, sehingga unsur dicocokkan menurut nama."
    ),
)

MODEL_2004 = ModelSKM(
    kode="kepmenpan-25-2004",
    nama="IKM KepMenPAN 25/2004 (14 unsur)",
    dasar_hukum=(
        "Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/25/M.PAN/2/2004 tentang "
        "Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat Unit Pelayanan Instansi Pemerintah"
    ),
    # Names as recalled from the regulation; not verified against its text (pasti=False).
    unsur=(
        UnsurSKM("U1", "Prosedur pelayanan", ("Prosedur", "Kemudahan prosedur",
                                              "Kemudahan prosedur pelayanan"), pasti=False),
        UnsurSKM("U2", "Persyaratan pelayanan", ("Persyaratan",), pasti=False),
        UnsurSKM("U3", "Kejelasan petugas pelayanan", ("Kejelasan petugas",), pasti=False),
        UnsurSKM("U4", "Kedisiplinan petugas pelayanan", ("Kedisiplinan petugas", "Kedisiplinan"),
                 pasti=False),
        UnsurSKM("U5", "Tanggung jawab petugas pelayanan", ("Tanggung jawab petugas", "Tanggung jawab"),
                 pasti=False),
        UnsurSKM("U6", "Kemampuan petugas pelayanan", ("Kemampuan petugas", "Kemampuan"), pasti=False),
        UnsurSKM("U7", "Kecepatan pelayanan", ("Kecepatan",), pasti=False),
        UnsurSKM("U8", "Keadilan mendapatkan pelayanan", ("Keadilan", "Keadilan pelayanan"), pasti=False),
        UnsurSKM("U9", "Kesopanan dan keramahan petugas", ("Kesopanan", "Kesopanan petugas",
                                                           "Keramahan petugas"), pasti=False),
        UnsurSKM("U10", "Kewajaran biaya pelayanan", ("Kewajaran biaya",), pasti=False),
        UnsurSKM("U11", "Kepastian biaya pelayanan", ("Kepastian biaya",), pasti=False),
        UnsurSKM("U12", "Kepastian jadwal pelayanan", ("Kepastian jadwal",), pasti=False),
        UnsurSKM("U13", "Kenyamanan lingkungan", ("Kenyamanan",), pasti=False),
        UnsurSKM("U14", "Keamanan pelayanan", ("Keamanan",), pasti=False),
    ),
    catatan=(
        "Model lama, sudah dicabut (digantikan PermenPAN-RB 16/2014, kemudian 14/2017); nama "
        "unsur berdasarkan ingatan atas lampiran keputusan, belum diverifikasi."
    ),
)

MODEL_SKM: tuple[ModelSKM, ...] = (MODEL_2017, MODEL_2004)
"""Models tried, in this order, when the model is detected from the unsur present."""
