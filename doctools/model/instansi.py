"""Who issues the documents: the pemerintah daerah, the kecamatan, its officials and settings.

These facts are written once per kecamatan (``instansi.yaml``) and feed every document, so a
kecamatan's name can only ever be spelled one way across the decree, its Lampiran and the PK.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from doctools.fmt import TanggalTulis
from doctools.model.base import Angka, Butir, DaftarButir, Model, SkalaSKM, Teks
from doctools.model.penanda_tangan import (
    Pejabat,
    PenandaTangan,
    Pihak,
    StatusKepalaDaerah,
    penanda_tangan_camat,
    sama_jabatan,
)
from doctools.model.rapikan import pisah_sebutan_daerah, pisah_sebutan_kecamatan
from doctools.model.validasi import GalatDiKolom

ID_PEJABAT = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class PejabatKecamatan(Pejabat):
    """An official of the kecamatan other than the Camat (Sekretaris, Kepala Seksi, …).

    Written once in ``instansi.yaml`` and referred to by ``id`` from other files (the PK), so a
    name or NIP is never typed twice.
    """

    id: Teks = Field(description="nama pendek untuk dirujuk, mis. sekretaris, kasi-pemerintahan")
    jabatan: Teks = Field(description="mis. Sekretaris Kecamatan, Kepala Seksi Pemerintahan")

    @field_validator("id")
    @classmethod
    def _id(cls, nilai: str) -> str:
        if not ID_PEJABAT.match(nilai):
            raise ValueError(f"id pejabat '{nilai}' hanya boleh berisi huruf kecil, angka dan tanda '-', "
                             "misalnya kasi-pemerintahan")
        if nilai == "camat":
            raise ValueError("id 'camat' sudah dipakai untuk Camat (kolom camat); pilih id lain")
        return nilai


class KepalaDaerah(Model):
    """The Bupati or Walikota: a political office, so no NIP or pangkat."""

    nama: Teks
    status: StatusKepalaDaerah | None = Field(
        default=None, description="pj (Penjabat), plt atau plh: dicetak Pj./Plt./Plh. di depan jabatannya")


class Pemerintah(Model):
    """The kabupaten or kota the kecamatan belongs to."""

    jenis: Literal["kabupaten", "kota"] = "kabupaten"
    nama: Teks
    ibu_kota: Teks | None = None
    kepala_daerah: KepalaDaerah | None = Field(
        default=None, description="Bupati/Walikota; diperlukan bila Perjanjian Kinerja Camat disusun")
    sebutan_kepala: Literal["Bupati", "Walikota", "Wali Kota"] | None = Field(
        default=None, description="sebutan kepala daerah; bawaan: Bupati untuk kabupaten, Walikota untuk kota "
                                  "(Wali Kota bila kota menulisnya dua kata)")

    @model_validator(mode="after")
    def _sebutan_sesuai(self) -> Pemerintah:
        if self.sebutan_kepala is not None and (self.sebutan_kepala == "Bupati") != (self.jenis == "kabupaten"):
            benar = "Bupati" if self.jenis == "kabupaten" else "Walikota atau Wali Kota"
            raise GalatDiKolom([(("sebutan_kepala",), f"kepala daerah {self.jenis} disebut {benar}, bukan "
                                                       f"{self.sebutan_kepala}")])
        return self

    @model_validator(mode="before")
    @classmethod
    def _tanpa_sebutan(cls, data: Any) -> Any:
        """"Kabupaten Jember" is the name "Jember"; "Kota Batu" without a jenis is a kota named "Batu"."""
        if not isinstance(data, dict) or not isinstance(data.get("nama"), str):
            return data
        pisah = pisah_sebutan_daerah(data["nama"])
        if pisah is None:
            return data
        jenis, kata, inti = pisah
        tertulis = data.get("jenis", jenis)
        if tertulis != jenis:
            benar = "Kabupaten" if tertulis == "kabupaten" else "Kota"
            raise GalatDiKolom([(("nama",), f"nama '{data['nama']}' menyebut {jenis}, padahal jenis: {tertulis}; "
                                          f"tulis jenis: {jenis} dan nama: {inti}, atau nama tanpa '{kata}' bila "
                                          f"memang {benar} {inti}")])
        return {**data, "jenis": jenis, "nama": inti}

    @property
    def sebutan(self) -> str:
        """``Kabupaten Jember`` / ``Kota Batu``."""
        return f"{self.jenis.capitalize()} {self.nama}"

    @property
    def kepala(self) -> str:
        """``Bupati`` / ``Walikota`` (or ``Wali Kota``, as the kota writes it)."""
        return self.sebutan_kepala or ("Bupati" if self.jenis == "kabupaten" else "Walikota")

    @property
    def jabatan_kepala(self) -> str:
        """``Bupati Jember`` / ``Walikota Batu``."""
        return f"{self.kepala} {self.nama}"


class Kecamatan(Model):
    """The kecamatan: its name, code, address and its duties as set by the Perbup."""

    nama: Teks
    kode_wilayah: Teks | None = Field(default=None, description="kode wilayah Kemendagri, mis. 35.09.14")
    alamat: Teks | None = Field(default=None, description="alamat kantor, baris kop surat")
    telepon: Teks | None = None
    faksimile: Teks | None = None
    laman: Teks | None = None
    pos_el: Teks | None = None
    kode_pos: Teks | None = None
    tempat: Teks | None = Field(default=None, description="tempat penetapan; bawaan: nama kecamatan")
    tugas: Annotated[DaftarButir, Field(min_length=1)] | None = Field(
        default=None, description="tugas Camat (Perbup); dicetak oleh Keputusan IKU dan Laporan Kinerja")
    fungsi: Annotated[DaftarButir, Field(min_length=1)] | None = Field(
        default=None, description="fungsi Camat (Perbup); dicetak oleh Keputusan IKU dan Laporan Kinerja")

    def tugas_fungsi(self) -> tuple[list[Butir], list[Butir]]:
        """(tugas, fungsi) for a document that prints them; the loader refuses a folder that lacks them."""
        if self.tugas is None or self.fungsi is None:
            raise ValueError("tugas dan fungsi kecamatan belum diisi di instansi.yaml")
        return self.tugas, self.fungsi

    @field_validator("nama")
    @classmethod
    def _tanpa_kata_kecamatan(cls, nilai: str) -> str:
        """"Kecamatan Bangsalsari" is the name "Bangsalsari": documents add "Kecamatan" themselves."""
        pisah = pisah_sebutan_kecamatan(nilai)
        return nilai if pisah is None else pisah[1]

    @field_validator("kode_wilayah")
    @classmethod
    def _kode(cls, nilai: str | None) -> str | None:
        if nilai is not None and not all(bagian.isdigit() for bagian in nilai.split(".")):
            raise ValueError(f"kode wilayah harus berupa angka bertitik, misalnya 35.09.14; tertulis '{nilai}'")
        return nilai


class Margin(Model):
    """Page margins in centimetres (tata naskah dinas: left ≥ 3 cm for the binding)."""

    atas: Angka = Decimal("2")
    bawah: Angka = Decimal("2.5")
    kiri: Angka = Decimal("3")
    kanan: Angka = Decimal("2")

    @field_validator("atas", "bawah", "kiri", "kanan")
    @classmethod
    def _wajar(cls, nilai: Decimal) -> Decimal:
        if not Decimal("0.5") <= nilai <= Decimal("8"):
            raise ValueError(f"margin {nilai} cm tidak wajar; isi antara 0.5 dan 8 (cm)")
        return nilai


class Huruf(Model):
    """The document font. Produk hukum daerah customarily use Bookman Old Style 12."""

    nama: Teks = "Bookman Old Style"
    ukuran: Angka = Field(default=Decimal("12"), ge=8, le=16)


class Pengaturan(Model):
    """Layout and style settings that a kabupaten usually fixes for all its kecamatan."""

    kertas: Literal["F4", "A4"] = "F4"
    margin: Margin = Margin()
    huruf: Huruf = Huruf()
    gaya_rupiah: Literal["baku", "puebi", "titik", "titik-strip", "polos", "tanpa-sen"] = "baku"
    huruf_setelah_z: Literal["ganda", "kolom"] = "ganda"
    gaya_pangkat: Literal["lengkap", "singkat", "lengkap-golongan", "singkat-golongan"] = "lengkap"
    skala_predikat: Teks | dict[str, Any] = Field(
        default="permendagri-86-2017",
        description="skala predikat capaian: kode di data/katalog/skala-predikat.yaml, atau skala sendiri "
                    "{nama, sumber, rentang}; LKj boleh menimpanya (pengukuran.skala_predikat)")
    rumus_negatif: Literal["selisih", "rasio"] = Field(
        default="selisih", description="indikator berpolaritas negatif: (2T − R)/T × 100 atau T/R × 100")
    skala_skm: SkalaSKM | None = Field(
        default=None,
        description="interval mutu SKM: kode di data/katalog/skala-skm.yaml atau skala sendiri {nama, dasar_hukum, "
                    "mutu}; bawaan: peraturan yang berlaku pada tahun laporan (PermenPAN-RB 14/2017 sejak 2017)")
    tata_letak: Literal["pengaturan", "templat"] = Field(
        default="pengaturan",
        description="pengaturan: kertas, margin dan huruf dari pengaturan ini; templat: ukuran halaman, margin "
                    "dan gaya Normal dari templat Word")
    kondisi_sarana: list[Teks] = Field(
        default=["Baik", "Rusak Ringan", "Rusak Berat"], min_length=1,
        description="kolom kondisi tabel sarana dan prasarana LKj, mis. [Baik, Sedang, Rusak Ringan, Rusak Berat]")
    status_di_jabatan: bool = Field(
        default=True,
        description="Plt./Plh. juga di depan jabatan yang disebut dalam teks (baris Jabatan dan judul lampiran "
                    "Perjanjian Kinerja, judul Rencana Aksi, kalimat LKj); false: hanya di atas tanda tangan")
    atas_nama_pk: bool = Field(
        default=False,
        description="Perjanjian Kinerja pejabat yang atasannya bukan Camat ditandatangani atasannya atas nama Camat "
                    "(a.n. CAMAT …)")
    pola_nomor_keputusan: Teks = Field(
        default="{kode}/{urut}/{wilayah}/{tahun}",
        description="pola nomor keputusan; unsur: {kode} {urut} {wilayah} {tahun}; {urut:3} menulis nomor urut "
                    "paling sedikit tiga angka (007)",
    )

    @field_validator("skala_predikat")
    @classmethod
    def _skala(cls, nilai: str | dict[str, Any]) -> str | dict[str, Any]:
        """A kabupaten's scale is checked where it is written (kabupaten.yaml or instansi.yaml)."""
        from doctools.errors import DataError
        from doctools.kinerja.predikat import muat_skala_bawaan, skala_dari_data

        if isinstance(nilai, str):
            bawaan = muat_skala_bawaan()
            if nilai not in bawaan:
                raise ValueError(f"skala predikat '{nilai}' tidak dikenal; pilih salah satu dari "
                                 f"{', '.join(bawaan)} atau tulis skala sendiri (nama, sumber, rentang)")
            return nilai
        try:
            skala_dari_data(nilai)
        except DataError as exc:
            raise ValueError(exc.pesan) from None
        return nilai

    @field_validator("kondisi_sarana")
    @classmethod
    def _kondisi(cls, nilai: list[str]) -> list[str]:
        from doctools.model.rujukan import kunci_kondisi

        dilihat = [kunci_kondisi(k) for k in nilai]
        dobel = sorted({k for k in nilai if dilihat.count(kunci_kondisi(k)) > 1})
        if dobel:
            raise ValueError(f"kondisi sarana ditulis lebih dari sekali: {', '.join(dobel)}")
        return nilai

    @field_validator("pola_nomor_keputusan")
    @classmethod
    def _pola(cls, nilai: str) -> str:
        """Only the documented fields (and a width for urut): never a Python format string."""
        from doctools.fmt.pola_nomor import urai_pola

        urai_pola(nilai)
        return nilai


class Instansi(Model):
    """``instansi.yaml``: everything about the issuing office that documents share."""

    pemerintah: Pemerintah
    kecamatan: Kecamatan
    camat: Pejabat | None = Field(default=None, description="Camat yang menjabat; dokumen boleh menyebut "
                                                            "penanda tangannya sendiri (penanda_tangan:)")
    pejabat: list[PejabatKecamatan] = Field(default=[], description="pejabat lain, dirujuk dengan id")
    logo: Teks | None = Field(default=None, description="berkas gambar logo, relatif terhadap folder data")
    pengaturan: Pengaturan = Pengaturan()

    @field_validator("pejabat")
    @classmethod
    def _id_unik(cls, nilai: list[PejabatKecamatan]) -> list[PejabatKecamatan]:
        ids = [p.id for p in nilai]
        dobel = sorted({i for i in ids if ids.count(i) > 1})
        if dobel:
            raise ValueError(f"id pejabat dipakai lebih dari sekali: {', '.join(dobel)}")
        return nilai

    def cari_pejabat(self, id_pejabat: str) -> PejabatKecamatan | None:
        """The official with this id, or None."""
        return next((p for p in self.pejabat if p.id == id_pejabat), None)

    @property
    def jabatan_camat(self) -> str:
        """``Camat Mumbulsari``."""
        return f"Camat {self.kecamatan.nama}"

    def penanda_tangan(self, tulis: PenandaTangan | None, berkas: str) -> Pihak:
        """Who signs document file ``berkas`` as Camat: its ``penanda_tangan`` (``tulis``), else the Camat here.

        Raises :class:`doctools.model.penanda_tangan.PenandaTanganTakDikenal` when neither is found.
        """
        return penanda_tangan_camat(self.jabatan_camat, self.camat, list(self.pejabat), tulis, berkas)

    def camat_pada(self, tanggal: TanggalTulis) -> Pihak | None:
        """The Camat in office during ``tanggal`` by the terms written here (``sejak``/``sampai``): the
        camat, else a pejabat whose jabatan is the Camat's; None when no written term covers it."""
        calon: list[tuple[Pejabat, str]] = [(self.camat, "camat di instansi.yaml")] if self.camat else []
        calon += [(p, f"pejabat '{p.id}' di instansi.yaml") for p in self.pejabat
                  if sama_jabatan(p.jabatan, self.jabatan_camat)]
        for orang, asal in calon:
            if ((orang.sejak is None or orang.sejak <= tanggal.akhir)
                    and (orang.sampai is None or tanggal.awal <= orang.sampai)):
                return Pihak(orang.nama, self.jabatan_camat, orang.nip, orang.pangkat, status=orang.status,
                             orang=orang, asal=asal)
        return None

    def kepala(self, tulis: KepalaDaerah | None = None) -> Pihak | None:
        """The Bupati/Walikota as a signer (``tulis``: another one a document names), None when not written."""
        kepala = tulis or self.pemerintah.kepala_daerah
        if kepala is None:
            return None
        return Pihak(kepala.nama, self.pemerintah.jabatan_kepala, status=kepala.status)
