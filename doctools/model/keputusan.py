"""A Keputusan Camat: the decree's own facts (nomor, tanggal, konsiderans, diktum).

Ordinals, list letters and the Lampiran header are never typed: they are computed from these
fields when the document is built.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from doctools.model.base import DaftarButir, DaftarTeks, Model, Tahun, TanggalTtd, Teks, _butir_berisi
from doctools.model.kinerja import Formulasi
from doctools.model.penanda_tangan import PenandaTangan
from doctools.model.tanda import RUJUKAN_DIKTUM, RUJUKAN_LONGGAR, semua_teks
from doctools.model.validasi import GalatDiKolom


def _kosong_jadi_none(nilai: Any) -> Any:
    """``urut: ""`` means what the field's help says: left blank for the agenda clerk."""
    return None if isinstance(nilai, str) and not nilai.strip() else nilai


_TANPA_RUJUKAN = {
    "menimbang": "Menimbang mendahului diktum dan memuat alasannya, bukan rujukan ke diktum",
    "mengingat": "Mengingat memuat dasar hukum, bukan diktum keputusan ini",
    "memperhatikan": "Memperhatikan mendahului diktum dan tidak merujuknya",
    "tentang": "judul keputusan tidak merujuk diktumnya sendiri",
    "tembusan": "tembusan hanya menyebut penerimanya",
}
"""Why a decree's part cannot refer to a diktum (the diktum are numbered after it, or it names no diktum)."""


class Nomor(Model):
    """The parts of a decree number; the kabupaten's pattern puts them together."""

    kode: Teks = Field(description="kode klasifikasi arsip, mis. 065 atau 000.5.6.2")
    urut: Annotated[Teks | None, BeforeValidator(_kosong_jadi_none)] = Field(
        default=None, description="nomor urut; kosongkan untuk diisi petugas agenda")
    tahun: Tahun | None = None


class Diktum(Model):
    """One diktum; ``rincian`` is an optional sub-list rendered with computed letters or numbers."""

    id: Teks | None = Field(default=None, description="nama untuk dirujuk dalam teks: {diktum.<id>}")
    teks: Teks
    rincian: DaftarButir = []
    gaya_rincian: Literal["huruf", "angka", "angka-kurung"] = "huruf"
    penghubung: Literal["dan", "atau", "tanpa"] = "tanpa"


class Keputusan(Model):
    """``keputusan-iku.yaml`` (and later other decrees): what a clerk fills in for one decree."""

    nomor: Nomor
    tanggal: TanggalTtd | None = Field(
        default=None, description="tanggal penetapan; 2025-01 bila harinya ditulis tangan, kosong bila seluruhnya")
    tempat: Teks | None = Field(default=None, description="Ditetapkan di; bawaan: tempat kecamatan")
    penanda_tangan: PenandaTangan | None = Field(
        default=None, description="yang menandatangani sebagai Camat (id pejabat di instansi.yaml, atau nama, nip, "
                                  "pangkat, status); bawaan: camat di instansi.yaml")
    tentang: Teks | None = Field(default=None, description="judul; bawaan dihitung dari jenis keputusan")
    menimbang: DaftarButir = Field(min_length=1)
    mengingat: list[Any] = Field(min_length=1)
    urutkan_mengingat: bool = Field(default=True, description="urutkan Mengingat menurut hierarki dan tahun")
    memperhatikan: DaftarButir = []
    ulang_judul: bool = Field(default=False, description="ulangi judul setelah 'Menetapkan'")
    diktum: list[Diktum] = Field(min_length=1)
    tembusan: DaftarButir = []

    @field_validator("mengingat")
    @classmethod
    def _mengingat(cls, nilai: list[Any]) -> list[Any]:
        for i, item in enumerate(nilai, start=1):
            if not isinstance(item, (str, dict)) or (isinstance(item, str) and not item.strip()):
                raise ValueError("setiap butir Mengingat harus berupa teks atau rujukan katalog")
            if isinstance(item, str):
                try:
                    _butir_berisi(item)
                except ValueError:
                    raise ValueError(f"butir Mengingat ke-{i} hanya berisi tanda baca; isi butirnya atau hapus") from None
        return nilai

    @field_validator("diktum")
    @classmethod
    def _id_unik(cls, diktum: list[Diktum]) -> list[Diktum]:
        """Diktum ids are unique (a reference must name one diktum)."""
        ids = [d.id for d in diktum if d.id]
        dobel = {i for i in ids if ids.count(i) > 1}
        if dobel:
            raise ValueError(f"id diktum dipakai lebih dari sekali: {', '.join(sorted(dobel))}")
        return diktum

    @classmethod
    def _tempat_rujukan(cls, jalur: tuple[str | int, ...]) -> str | None:
        """None where ``{diktum.<id>}`` is replaced by an ordinal, else why it cannot be used there."""
        if len(jalur) >= 3 and jalur[0] == "diktum" and jalur[2] in ("teks", "rincian"):
            return None
        alasan = _TANPA_RUJUKAN.get(str(jalur[0]), "kolom ini tidak memuat rujukan diktum")
        return f"{alasan}; rujukan diktum hanya dipakai dalam {cls._tempat_boleh()}"

    @classmethod
    def _tempat_boleh(cls) -> str:
        return "teks diktum dan rinciannya"

    @model_validator(mode="after")
    def _rujukan_diktum(self) -> Keputusan:
        """Every ``{diktum.<id>}`` is well written, in a place that resolves it, and names a diktum."""
        ids = [d.id for d in self.diktum if d.id]
        galat: list[tuple[tuple[str | int, ...], str]] = []
        for jalur, teks in semua_teks(self.model_dump(mode="python")):
            for m in RUJUKAN_LONGGAR.finditer(teks):
                pesan = _masalah_rujukan(m.group(0), self._tempat_rujukan(jalur), ids)
                if pesan:
                    galat.append((jalur, pesan))
        if galat:
            raise GalatDiKolom(galat)
        return self

    @model_validator(mode="after")
    def _tahun_nomor(self) -> Keputusan:
        if self.tanggal is None and self.nomor.tahun is None:
            raise GalatDiKolom([(("tanggal",), "tanggal penetapan tidak ditulis, dan nomor.tahun juga tidak: tulis "
                                               "tanggalnya (2025-01 bila harinya ditulis tangan) atau tahun keputusan "
                                               "di nomor (tahun: 2025)")])
        if self.nomor.tahun is not None and self.tanggal is not None and self.nomor.tahun != self.tanggal.tahun:
            raise ValueError(
                f"tahun pada nomor ({self.nomor.tahun}) berbeda dengan tahun tanggal penetapan ({self.tanggal.tahun})")
        return self

    @property
    def tahun(self) -> int:
        """The decree's year: its nomor's, else its date's (one of them is written)."""
        if self.nomor.tahun is not None:
            return self.nomor.tahun
        assert self.tanggal is not None
        return self.tanggal.tahun


def _masalah_rujukan(tulisan: str, alasan_tolak: str | None, ids: list[str]) -> str | None:
    """What is wrong with one written reference, or None when it resolves."""
    if alasan_tolak is not None:
        return f"'{tulisan}' tidak dapat dipakai di sini: {alasan_tolak}"
    m = RUJUKAN_DIKTUM.fullmatch(tulisan)
    if m is None:
        contoh = ids[0] if ids else "penetapan"
        return (f"rujukan '{tulisan}' salah tulis; tulis {{diktum.<id>}} persis, tanpa spasi dan dengan id "
                f"seperti tertulis di diktumnya, misalnya {{diktum.{contoh}}}")
    nama = m.group(1)
    if nama in ids:
        return None
    ada = (f"id yang ada: {', '.join(ids)}" if ids else
           f"belum ada diktum yang diberi id; tulis 'id: {nama}' pada diktum yang dimaksud")
    return f"merujuk {{diktum.{nama}}}, tetapi tidak ada diktum dengan id '{nama}'; {ada}"


class IndikatorIndividu(Model):
    """An Indikator Kinerja Individu: its formula (text or fraction) and data source."""

    nama: Teks
    formulasi: Formulasi | None = None
    penjelasan: Teks | None = None
    sumber_data: DaftarTeks = []


class SasaranIndividu(Model):
    """A sasaran/kinerja utama of one jabatan, spanning its indicators in the table."""

    uraian: Teks
    indikator: list[IndikatorIndividu] = Field(min_length=1)


class BlokJabatan(Model):
    """One Lampiran block of the IKI decree: a jabatan with its tugas, fungsi and indicators."""

    kelompok: Teks | None = Field(default=None, description="judul kelompok, mis. PEJABAT ESELON III")
    jabatan: Teks
    tugas: DaftarButir = Field(min_length=1)
    fungsi: DaftarButir = []
    kinerja: list[SasaranIndividu] = Field(min_length=1)


class KeputusanIKI(Keputusan):
    """``keputusan-iki.yaml``: the decree's facts plus one block per jabatan."""

    jabatan: list[BlokJabatan] = Field(min_length=1)

    @classmethod
    def _tempat_rujukan(cls, jalur: tuple[str | int, ...]) -> str | None:
        """The Lampiran is part of the decree: its text may refer to a diktum, its formulas may not."""
        if jalur[0] == "jabatan":
            if "formulasi" in jalur:
                return ("rumus indikator tidak merujuk diktum; tulis rujukannya di penjelasan — rujukan diktum "
                        f"hanya dipakai dalam {cls._tempat_boleh()}")
            return None
        return super()._tempat_rujukan(jalur)

    @classmethod
    def _tempat_boleh(cls) -> str:
        return "teks diktum dan rinciannya, dan teks Lampiran (jabatan, tugas, fungsi, sasaran, indikator)"
