"""The Laporan Kinerja (LKj) of one year: the facts no other data file holds.

``lkj.yaml`` adds to ``kinerja.yaml`` (sasaran, indicators, targets and realisasi per year) and
``perjanjian-kinerja.yaml`` (the Camat's PK) only what the report needs besides them: the year
and signing date, the narratives, SDM counts, sarana, the Renstra's strategy and indicative
funding, the budget with its realisasi, the SKM source and the predikat scale. No total,
percentage, capaian or predikat is ever written here; they are computed.

Narratives (:data:`Narasi`) use a small text format, parsed by :func:`urai_narasi`:

* a blank line separates paragraphs; lines of one paragraph are joined with a space, so a long
  paragraph may be wrapped in the YAML file;
* a line starting with ``- `` is a bullet item (rendered with the bullet style); a following
  indented line continues that item;
* nothing else is special: no numbering, no markup.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from doctools import fmt
from doctools.masukan.lembar import AKHIRAN_CSV, AKHIRAN_XLSX, normal, periksa_nama_berkas
from doctools.model.base import Angka, Bulat, DaftarTeks, Jumlah, Model, Tahun, TanggalTtd, Teks, Uang
from doctools.model.penanda_tangan import PenandaTangan
from doctools.model.pengukuran import Pengukuran
from doctools.model.rujukan import Rujukan, kunci_kondisi  # noqa: F401  (kept importable from here)
from doctools.model.validasi import GalatDiKolom

_BUTIR = re.compile(r"^\s*[-•]\s+(.*)$")


@dataclass(frozen=True)
class BlokNarasi:
    """One block of a narrative: a paragraph or a bullet item."""

    jenis: Literal["paragraf", "butir"]
    teks: str


def urai_narasi(teks: str) -> list[BlokNarasi]:
    """Split a narrative into paragraphs and bullet items (see the module docstring)."""
    blok: list[BlokNarasi] = []
    jenis: Literal["paragraf", "butir"] | None = None
    baris: list[str] = []

    def tutup() -> None:
        nonlocal jenis, baris
        if jenis is not None and baris:
            blok.append(BlokNarasi(jenis, " ".join(b.strip() for b in baris if b.strip())))
        jenis, baris = None, []

    for mentah in teks.replace("\r\n", "\n").replace("\t", " ").split("\n"):
        if not mentah.strip():
            tutup()
            continue
        butir = _BUTIR.match(mentah)
        if butir:
            tutup()
            jenis, baris = "butir", [butir.group(1)]
        elif jenis == "butir" and mentah[:1] == " " or jenis == "paragraf":
            baris.append(mentah)
        else:
            tutup()
            jenis, baris = "paragraf", [mentah]
    tutup()
    return blok


def _narasi(nilai: str) -> str:
    if not urai_narasi(nilai):
        raise ValueError("narasi kosong; isi teksnya atau hapus kolom ini")
    return nilai


Narasi = Annotated[Teks, AfterValidator(_narasi)]
"""Free text in the narrative format (paragraphs separated by blank lines, ``- `` bullets)."""


class BagianNarasi(Model):
    """The user's own text for each narrative paragraph of the LKj, one key per paragraph.

    A key whose paragraph the LKj generates replaces it; ``ikhtisar`` is added at the end of the
    Ikhtisar Eksekutif; ``kendala`` and ``upaya`` have no generated text (left out, nothing prints).
    """

    kata_pengantar: Narasi | None = Field(default=None, description="Kata Pengantar (menggantikan)")
    ikhtisar_pembuka: Narasi | None = Field(
        default=None, description="Ikhtisar Eksekutif, paragraf pembuka: pedoman dan capaian umum (menggantikan)")
    ikhtisar_anggaran: Narasi | None = Field(
        default=None, description="Ikhtisar Eksekutif, paragraf anggaran dan SKM (menggantikan)")
    ikhtisar: Narasi | None = Field(default=None, description="Ikhtisar Eksekutif, di akhirnya (ditambahkan)")
    latar_belakang: Narasi | None = Field(default=None, description="BAB I, Latar Belakang (menggantikan)")
    maksud_tujuan: Narasi | None = Field(default=None, description="BAB I, Maksud dan Tujuan (menggantikan)")
    kendala: Narasi | None = Field(default=None, description="kendala, di Ikhtisar dan BAB IV")
    upaya: Narasi | None = Field(default=None, description="upaya, di Ikhtisar dan BAB IV")
    kesimpulan: Narasi | None = Field(default=None, description="BAB IV, paragraf kesimpulan (menggantikan)")
    penutup: Narasi | None = Field(default=None, description="BAB IV, paragraf penutup (menggantikan)")


def _unit(nilai: Any) -> Any:
    """``- Seksi Pemerintahan`` is short for ``- unit: Seksi Pemerintahan``."""
    return {"unit": nilai} if isinstance(nilai, str) else nilai


class UnitOrganisasi(Model):
    """A unit of the kecamatan's organisation, with the units under it."""

    unit: Teks
    membawahi: DaftarTeks = []


class Organisasi(Model):
    """Kedudukan and susunan organisasi (the Peraturan Bupati/Walikota on the kecamatan)."""

    dasar_hukum: Teks | None = Field(default=None, description="peraturan yang mengatur kedudukan, tugas dan fungsi")
    kedudukan: Narasi | None = None
    susunan: list[Annotated[UnitOrganisasi, BeforeValidator(_unit)]] = []
    bagan: Teks | None = Field(default=None, description="gambar bagan organisasi (PNG/JPG) di folder data")


class SDM(Model):
    """Head counts of the kecamatan's staff; every total is computed.

    ``pendidikan`` and ``golongan`` count the same ASN, so their totals must agree.
    """

    pendidikan: dict[Teks, Jumlah] = Field(min_length=1)
    golongan: dict[Teks, Jumlah] = Field(min_length=1)
    eselon: dict[Teks, Jumlah] = {}
    non_asn: Jumlah | None = Field(default=None, description="tenaga non-ASN/kontrak (tidak termasuk jumlah ASN)")

    @model_validator(mode="after")
    def _jumlah_sama(self) -> SDM:
        pendidikan, golongan = sum(self.pendidikan.values()), sum(self.golongan.values())
        if pendidikan != golongan:
            raise ValueError(f"jumlah pegawai menurut pendidikan ({pendidikan}) tidak sama dengan jumlah menurut "
                             f"pangkat/golongan ({golongan}); keduanya menghitung ASN yang sama")
        eselon = sum(self.eselon.values())
        if eselon > pendidikan:
            raise ValueError(f"jumlah pejabat eselon ({eselon}) lebih banyak dari jumlah ASN ({pendidikan})")
        return self


_KOSONG = ("-", "–", "—")
_KOLOM_SARANA = ("jenis", "satuan", "keterangan", "kondisi")


def _kondisi_datar(data: Any) -> Any:
    """``{jenis: …, baik: 2, sedang: 1}``: every key that is not a field of the row is a condition's count."""
    if not isinstance(data, dict):
        return data
    lain = {k: v for k, v in data.items() if k not in _KOLOM_SARANA}
    if not lain:
        return data
    for kunci, nilai in lain.items():
        if isinstance(nilai, str) and nilai.strip() not in _KOSONG and not fmt.tampak_angka(nilai):
            saran = difflib.get_close_matches(str(kunci), _KOLOM_SARANA, n=1, cutoff=0.6)
            petunjuk = f"; maksudnya '{saran[0]}'?" if saran else ""
            raise ValueError(f"kolom '{kunci}' tidak dikenal{petunjuk} (selain jenis, satuan dan keterangan, kolom "
                             "sarana adalah jumlah per kondisi, mis. baik: 2)")
    kondisi = dict(data.get("kondisi") or {})
    kondisi.update(lain)
    return {**{k: v for k, v in data.items() if k in _KOLOM_SARANA}, "kondisi": kondisi}


def _jumlah_atau_kosong(nilai: Any) -> Any:
    """A count, or '-' (no count), as the seeds print an item without one."""
    if nilai is None or isinstance(nilai, str) and nilai.strip() in _KOSONG:
        return None
    return nilai


JumlahAtauKosong = Annotated[Jumlah | None, BeforeValidator(_jumlah_atau_kosong)]


class Sarana(Model):
    """One kind of sarana/prasarana with its count per condition (the total is computed).

    The conditions are the kecamatan's labels (``pengaturan.kondisi_sarana``; bawaan Baik, Rusak
    Ringan, Rusak Berat), written as keys of the row (``baik: 2``, ``rusak_ringan: 1``) or under
    ``kondisi``; a condition without a count, or a row without any ("-"), prints "–".
    """

    jenis: Teks
    satuan: Teks = "unit"
    kondisi: dict[Teks, JumlahAtauKosong] = Field(default={}, description="kondisi → jumlah; '-' bila tidak ada")
    keterangan: Teks | None = None

    @model_validator(mode="before")
    @classmethod
    def _datar(cls, data: Any) -> Any:
        return _kondisi_datar(data)


class SubKegiatan(Model):
    nama: Teks
    pagu: Uang
    realisasi: Uang


class Kegiatan(Model):
    """A kegiatan with its pagu and realisasi (or sub-kegiatan whose sums they are)."""

    nama: Teks
    sasaran: Rujukan | None = Field(default=None, description="sasaran yang didukung; bawaan: sasaran programnya")
    pagu: Uang | None = None
    realisasi: Uang | None = None
    sub_kegiatan: list[SubKegiatan] = []

    @model_validator(mode="after")
    def _angka(self) -> Kegiatan:
        if not self.sub_kegiatan and (self.pagu is None or self.realisasi is None):
            raise ValueError(f"kegiatan '{self.nama}' membutuhkan pagu dan realisasi (atau sub_kegiatan)")
        return self


class Program(Model):
    """A program of the year's budget; its pagu and realisasi are the sums of its kegiatan."""

    nama: Teks
    sasaran: Rujukan | None = Field(default=None, description="sasaran yang didukung semua kegiatannya")
    kegiatan: list[Kegiatan] = Field(min_length=1)
    pagu: Uang | None = Field(default=None, description="boleh dikosongkan: dihitung; bila diisi harus sama")
    realisasi: Uang | None = None


class JenisBelanja(Model):
    nama: Teks
    pagu: Uang
    realisasi: Uang | None = Field(default=None, description="boleh kosong bila realisasi kelompoknya ditulis")


class KelompokBelanja(Model):
    """A group of the budget by economic class (Belanja Operasi, Belanja Modal, …).

    Written as its jenis (each with pagu, realisasi optional), as totals (``pagu``, ``realisasi``), or
    both; a total written beside its jenis must be their sum. The realisasi is the sum of the jenis'
    when every jenis has one, else the total written.
    """

    kelompok: Teks
    jenis: list[JenisBelanja] = []
    pagu: Uang | None = Field(default=None, description="jumlah pagu kelompok; bawaan: jumlah jenisnya")
    realisasi: Uang | None = Field(default=None, description="jumlah realisasi kelompok; bawaan: jumlah jenisnya")
    di_luar_program: bool = Field(
        default=False, description="true untuk belanja yang tidak dianggarkan dalam program (mis. Belanja Tidak "
                                   "Langsung); kelompok lain harus berjumlah sama dengan jumlah program")

    @model_validator(mode="after")
    def _jumlah(self) -> KelompokBelanja:
        nama = f"kelompok belanja '{self.kelompok}'"
        if not self.jenis and self.pagu is None:
            raise ValueError(f"{nama} membutuhkan jenis (nama, pagu, realisasi) atau jumlahnya (pagu, realisasi)")
        pagu = sum((j.pagu for j in self.jenis), Decimal(0))
        if self.jenis and self.pagu is not None and self.pagu != pagu:
            raise ValueError(f"pagu {nama} tertulis {fmt.rupiah(self.pagu)}, tetapi jumlah pagu jenisnya "
                             f"{fmt.rupiah(pagu)}; perbaiki salah satunya atau hapus pagu kelompok agar dihitung")
        ada = [j.realisasi for j in self.jenis if j.realisasi is not None]
        lengkap = bool(self.jenis) and len(ada) == len(self.jenis)
        realisasi = sum(ada, Decimal(0))
        if self.realisasi is None and not lengkap:
            kurang = next((j.nama for j in self.jenis if j.realisasi is None), None)
            sebab = f"jenis '{kurang}' belum punya realisasi" if kurang else "realisasinya belum diisi"
            raise ValueError(f"{nama}: {sebab}; isi realisasi setiap jenis, atau realisasi kelompok (jumlahnya)")
        if self.realisasi is not None and (lengkap and realisasi != self.realisasi or realisasi > self.realisasi):
            raise ValueError(f"realisasi {nama} tertulis {fmt.rupiah(self.realisasi)}, tetapi realisasi jenisnya "
                             f"berjumlah {fmt.rupiah(realisasi)}; perbaiki salah satunya")
        return self


_RENTANG = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")


def _rentang_baris(nilai: Any) -> Any:
    """``3`` → (3, 3); ``"1-2"`` or ``[1, 2]`` → (1, 2): the header rows of a sheet."""
    if isinstance(nilai, bool):
        raise ValueError("tulis nomor baris judul, mis. 1, atau 1-2 bila judulnya dua baris (sel digabung)")
    if isinstance(nilai, int):
        awal = akhir = nilai
    elif isinstance(nilai, str) and (m := _RENTANG.match(nilai)):
        awal, akhir = int(m[1]), int(m[2])
    elif isinstance(nilai, str) and nilai.strip().isdigit():
        awal = akhir = int(nilai)
    elif isinstance(nilai, (list, tuple)) and len(nilai) == 2 and all(isinstance(x, int) for x in nilai):
        awal, akhir = nilai
    else:
        raise ValueError(f"baris judul '{nilai}' tidak dapat dibaca; tulis nomor barisnya, mis. 1, atau 1-2 bila "
                         "judulnya dua baris (sel digabung)")
    if awal < 1 or akhir < awal or akhir - awal > 4:
        raise ValueError(f"baris judul {awal}–{akhir} tidak masuk akal; tulis nomor baris pertama lalu terakhir, "
                         "mis. 5-6")
    return (awal, akhir)


RentangBaris = Annotated[tuple[int, int], BeforeValidator(_rentang_baris)]
"""The header row of a sheet, or its first and last row when titles are merged over two rows."""


def _berkas_lembar(nilai: str) -> str:
    return periksa_nama_berkas(nilai, (*AKHIRAN_XLSX, *AKHIRAN_CSV))


BerkasLembar = Annotated[Teks, AfterValidator(_berkas_lembar)]
"""A spreadsheet (.xlsx or .csv) inside the data folder, named relative to it."""


class KolomAnggaran(Model):
    """The columns of a realisation export: each a column letter (``B``) or the header's text."""

    kode: Teks | None = Field(default=None, description="kode rekening; tanpa kolom ini hierarki dibaca dari nama")
    uraian: Teks
    pagu: Teks
    realisasi: Teks


class TertulisBelanja(Model):
    """One kelompok belanja as an earlier report printed it (``tertulis:``): compared, never printed."""

    kelompok: Rujukan = Field(description="nama kelompok (mis. Belanja Langsung) atau nomor urutnya")
    pagu: Uang | None = None
    realisasi: Uang | None = None
    proporsi: Angka | None = Field(default=None, description="% pagu kelompok terhadap seluruh belanja")
    persen: Angka | None = Field(default=None, description="% realisasi terhadap pagu kelompok")


class TertulisJumlahBelanja(Model):
    """The Jumlah of every belanja class (those outside the programs too), as an earlier report printed it."""

    pagu: Uang | None = None
    realisasi: Uang | None = None
    persen: Angka | None = Field(default=None, description="% realisasi terhadap pagu")


class TertulisAnggaranSasaran(Model):
    """The budget of one sasaran as an earlier report printed it (``tertulis:``)."""

    sasaran: Rujukan
    pagu: Uang | None = None
    realisasi: Uang | None = None
    proporsi: Angka | None = Field(default=None, description="% pagu sasaran terhadap seluruh pagu")
    serapan: Angka | None = Field(default=None, description="% realisasi terhadap pagu sasaran")
    selisih: Angka | None = Field(default=None, description="efisiensi: rata-rata capaian dikurangi serapan")
    keterangan: Teks | None = Field(default=None, description="Efisien atau Kurang efisien")


class TertulisAnggaranLkj(Model):
    """The budget's figures as an earlier LKj printed them (the ``tertulis:`` convention): compared, not printed."""

    pagu: Uang | None = Field(default=None, description="jumlah pagu seluruh program")
    realisasi: Uang | None = None
    persen: Angka | None = Field(default=None, description="% realisasi terhadap pagu")
    sisa: Uang | None = None
    belanja: list[TertulisBelanja] = []
    jumlah_belanja: TertulisJumlahBelanja | None = Field(
        default=None, description="jumlah seluruh kelompok belanja, termasuk yang di luar program")
    sasaran: list[TertulisAnggaranSasaran] = []


class Anggaran(Model):
    """The year's budget (DPA) and its realisasi at 31 December: typed here, or read from an export."""

    sumber_dana: Teks = "APBD"
    cakupan: Teks | None = Field(
        default=None, description="bagian DPA yang dimuat bila tidak seluruhnya, mis. belanja langsung; disebut "
                                  "dalam kalimat anggaran LKj")
    tertulis: TertulisAnggaranLkj | None = Field(
        default=None, description="angka anggaran yang disalin dari laporan lama, untuk diperiksa; tidak dicetak")
    program: list[Program] = []
    belanja: list[KelompokBelanja] = []
    berkas: BerkasLembar | None = Field(default=None, description="ekspor realisasi dari sistem keuangan daerah "
                                                                  "(.xlsx) di folder data, pengganti program:")
    lembar: Teks | None = Field(default=None, description="nama lembar; bawaan: lembar pertama")
    baris_judul: RentangBaris | None = Field(default=None, description="baris judul tabel, mis. 6 atau 6-7")
    kolom: KolomAnggaran | None = None
    sasaran: dict[Teks, Rujukan] = Field(
        default={}, description="kode atau nama program/kegiatan di berkas → sasaran yang didukungnya")
    rincian: Literal["kegiatan", "sub_kegiatan"] = Field(
        default="sub_kegiatan", description="tingkat terendah yang dimuat di tabel LKj")

    @model_validator(mode="after")
    def _sumber(self) -> Anggaran:
        if self.berkas is None:
            if not self.program:
                raise ValueError("isi program (pagu dan realisasi per kegiatan) atau berkas (ekspor realisasi .xlsx "
                                 "dengan kolom:)")
            lain = [k for k in ("lembar", "baris_judul", "kolom") if getattr(self, k) is not None]
            lain += ["sasaran"] if self.sasaran else []
            if lain:
                raise ValueError(f"{', '.join(lain)} hanya dipakai bersama berkas (ekspor realisasi); tambahkan "
                                 "berkas: atau hapus kolom itu")
            return self
        if self.program:
            raise ValueError("isi salah satu: program (diketik) atau berkas (ekspor realisasi), tidak keduanya")
        if self.kolom is None:
            raise ValueError("berkas realisasi membutuhkan kolom: {kode: A, uraian: B, pagu: C, realisasi: D} "
                             "(huruf kolom atau judul kolom di berkas)")
        if not self.sasaran:
            raise ValueError("berkas realisasi membutuhkan sasaran: kode atau nama setiap program (atau kegiatan) "
                             "→ sasaran yang didukungnya, mis. \"7.01.02\": pelayanan")
        return self


class TertulisSKM(Model):
    """SKM results as printed in an earlier report, typed to be checked (the ``tertulis:`` convention)."""

    ikm: Angka | None = None
    nrr_tertimbang: Angka | None = Field(default=None, description="jumlah NRR tertimbang (1–4), mis. 3,400")
    mutu: Teks | None = Field(default=None, description="huruf mutu pelayanan, mis. B")
    kinerja: Teks | None = Field(default=None, description="kinerja unit pelayanan, mis. Baik")


class TertulisUnsur(Model):
    """One unsur's results as printed in an earlier report (the SKOR and PREDIKAT columns), to be checked."""

    nrr: Angka | None = Field(default=None, description="nilai rata-rata (1–4)")
    nilai: Angka | None = Field(default=None, description="nilai konversi (NRR × 25, 25–100), mis. 72,5")
    mutu: Teks | None = Field(default=None, description="huruf mutu, mis. B")
    kinerja: Teks | None = Field(default=None, description="kinerja, mis. Baik")


def _unsur_kuesioner(nilai: Any) -> Any:
    """``- Kenyamanan`` is short for ``- nama: Kenyamanan``."""
    return {"nama": nilai} if isinstance(nilai, str) else nilai


def _empat(nilai: list[Any]) -> list[Any]:
    if len(nilai) != 4:
        raise ValueError(f"harus berisi 4 angka, untuk jawaban 1 (tidak baik) sampai 4 (sangat baik); yang tertulis "
                         f"{len(nilai)} angka")
    return nilai


def _persen(nilai: Decimal) -> Decimal:
    if not 0 <= nilai <= 100:
        raise ValueError(f"persentase {nilai} di luar 0–100")
    return nilai


Persen = Annotated[Angka, AfterValidator(_persen)]


class UnsurKuesioner(Model):
    """One unsur of the kecamatan's own questionnaire, in its order, with its answers when the raw answers were not kept."""

    nama: Teks
    setara: Teks | None = Field(default=None, description="unsur PermenPAN-RB 14/2017 yang sepadan, untuk "
                                                          "perbandingan dengan sembilan unsur peraturan")
    persen: Annotated[list[Persen], AfterValidator(_empat)] | None = Field(
        default=None, description="persentase responden yang menjawab 1 (tidak baik), 2, 3, 4 (sangat baik)")
    jumlah: Annotated[list[Jumlah], AfterValidator(_empat)] | None = Field(
        default=None, description="banyak responden yang menjawab 1, 2, 3, 4")
    nilai: Angka | None = Field(default=None, description="nilai unsur yang sudah dihitung (skala: nrr atau "
                                                          "konversi), bila sebarannya tidak ada")
    tertulis: TertulisUnsur | None = None

    @model_validator(mode="after")
    def _satu_sebaran(self) -> UnsurKuesioner:
        ada = [k for k in ("persen", "jumlah", "nilai") if getattr(self, k) is not None]
        if len(ada) > 1:
            raise ValueError(f"unsur '{self.nama}': isi salah satu dari {' atau '.join(ada)}, tidak keduanya")
        return self

    @property
    def berisi(self) -> bool:
        """Carries its own answers (a distribution or a value)."""
        return self.persen is not None or self.jumlah is not None or self.nilai is not None


class SKM(Model):
    """The Survei Kepuasan Masyarakat: raw answers in a file, distributions per unsur, or aggregated scores."""

    unsur: list[Annotated[UnsurKuesioner, BeforeValidator(_unsur_kuesioner)]] = Field(
        default=[], description="unsur kuesioner sendiri (nama dan urutannya; 9, 14 atau berapa pun), masing-masing "
                                "boleh dengan persen/jumlah jawaban atau nilainya; bawaan: sembilan unsur PermenPAN-RB "
                                "14/2017 (atau 14 unsur KepMenPAN 25/2004), dikenali dari namanya")
    berkas: BerkasLembar | None = Field(default=None, description="jawaban responden (.csv/.xlsx) di folder data")
    lembar: Teks | None = Field(default=None, description="nama lembar; bawaan: lembar pertama")
    baris_judul: RentangBaris | None = Field(default=None, description="bawaan: baris pertama yang berisi")
    kolom: dict[Teks, Teks] | None = Field(
        default=None, description="huruf kolom atau judul kolom (teks pertanyaan) → nama unsur; bawaan: judul kolom "
                                  "bernama unsur")
    label: list[list[Teks]] = Field(default=[], description="kumpulan label jawaban sendiri, dari nilai 1 sampai 4")
    responden: Teks | None = Field(default=None, description="kolom penanda responden (mis. e-mail) untuk mencari "
                                                             "pengisian ganda")
    waktu: Teks | None = Field(default=None, description="kolom cap waktu; bawaan: judul Timestamp, Cap waktu, …")
    nilai: dict[Teks, Angka] | None = Field(default=None, description="nilai per unsur yang sudah dihitung")
    skala: Literal["nrr", "konversi"] = Field(default="nrr", description="nilai: NRR (1–4) atau konversi (25–100)")
    jumlah_responden: Bulat | None = Field(default=None, ge=1)
    model: Literal["permenpanrb-14-2017", "kepmenpan-25-2004"] | None = Field(
        default=None, description="unsur kuesioner menurut peraturan; bawaan: dikenali dari nama unsur")
    sasaran: Rujukan | None = Field(default=None, description="sasaran yang realisasinya adalah IKM ini")
    indikator: Rujukan = 1
    periode: Teks | None = Field(default=None, description="mis. Januari–Desember 2025")
    layanan: Teks | None = Field(default=None, description="jenis layanan yang disurvei")
    populasi: Bulat | None = Field(default=None, ge=1, description="jumlah penerima layanan dalam periode survei")
    tertulis: TertulisSKM | None = None

    @property
    def sebaran(self) -> bool:
        """The answers are given per unsur (distributions or values), in ``unsur``."""
        return any(u.berisi for u in self.unsur)

    @model_validator(mode="after")
    def _satu_sumber(self) -> SKM:
        sumber = [k for k, ada in (("berkas", self.berkas is not None), ("nilai", self.nilai is not None),
                                   ("unsur (persen, jumlah atau nilai per unsur)", self.sebaran)) if ada]
        if len(sumber) != 1:
            raise ValueError("isi salah satu: berkas (jawaban responden), unsur dengan persen/jumlah jawaban per unsur, "
                             "atau nilai (nilai per unsur)" + (f"; yang terisi: {', '.join(sumber)}" if sumber else ""))
        if self.berkas is not None and self.jumlah_responden is not None:
            raise ValueError("jumlah_responden dihitung dari berkas jawaban; hapus kolom jumlah_responden")
        if self.berkas is None:
            lain = [k for k in ("lembar", "baris_judul", "kolom", "responden", "waktu") if getattr(self, k) is not None]
            lain += ["label"] if self.label else []
            if lain:
                raise ValueError(f"{', '.join(lain)} hanya dipakai bersama berkas jawaban; hapus kolom itu")
        if self.sebaran:
            kosong = [u.nama for u in self.unsur if not u.berisi]
            if kosong:
                raise ValueError("unsur " + ", ".join(f"'{n}'" for n in kosong) + " belum berisi persen, jumlah atau "
                                 "nilai; setiap unsur membutuhkan sebaran jawabannya (atau nilainya)")
        if self.unsur and self.model is not None:
            raise ValueError("model menyebut unsur peraturan, padahal unsur kuesioner sendiri sudah ditulis di unsur:; "
                             "hapus salah satunya")
        for kumpulan in self.label:
            _periksa_label(kumpulan)
        return self


def _periksa_label(kumpulan: list[str]) -> None:
    """A label set: four different labels (values 1 to 4), none of them a number."""
    if len(kumpulan) != 4:
        raise ValueError(f"kumpulan label {kumpulan} harus berisi 4 label, dari nilai 1 sampai 4, mis. "
                         "[Tidak Baik, Kurang Baik, Baik, Sangat Baik]")
    dilihat = [normal(t) for t in kumpulan]
    if len(set(dilihat)) != 4:
        raise ValueError(f"kumpulan label {kumpulan} memuat label yang sama dua kali")
    for t in kumpulan:
        if t.strip().isdigit():
            raise ValueError(f"label '{t}' berupa angka; angka 1–4 sudah dikenali tanpa ditulis di label")


class Pembanding(Model):
    """A national (or provincial) figure to compare an indicator's realisasi with."""

    sasaran: Rujukan
    indikator: Rujukan = 1
    nilai: Angka
    sumber: Teks


class AnalisisSasaran(Model):
    """The user's own analysis of one sasaran: after the generated sentences (``narasi``), or instead of them
    (``ganti``), or both."""

    sasaran: Rujukan
    narasi: Narasi | None = Field(default=None, description="dicetak setelah kalimat yang dihitung")
    ganti: Narasi | None = Field(default=None, description="dicetak menggantikan kalimat yang dihitung")

    @model_validator(mode="after")
    def _ada(self) -> AnalisisSasaran:
        if self.narasi is None and self.ganti is None:
            raise ValueError("isi narasi (dicetak setelah kalimat yang dihitung) atau ganti (menggantikannya)")
        return self


class LaporanKinerja(Model):
    """``lkj.yaml``: the Laporan Kinerja of one year."""

    tahun: Tahun
    tanggal: TanggalTtd | None = Field(
        default=None, description="tanggal penandatanganan (Kata Pengantar, Penutup); 2026-01 bila harinya ditulis "
                                  "tangan, kosong bila seluruhnya")
    tempat: Teks | None = Field(default=None, description="bawaan: tempat kecamatan")
    penanda_tangan: PenandaTangan | None = Field(
        default=None, description="yang menandatangani sebagai Camat (id pejabat di instansi.yaml, atau nama, nip, "
                                  "pangkat, status); bawaan: camat di instansi.yaml")
    pengukuran: Pengukuran = Pengukuran()
    narasi: BagianNarasi = BagianNarasi()
    organisasi: Organisasi = Organisasi()
    sdm: SDM | None = None
    sarana: list[Sarana] = []
    anggaran: Anggaran
    skm: SKM | None = None
    pembanding: list[Pembanding] = []
    analisis: list[AnalisisSasaran] = []

    @model_validator(mode="after")
    def _tanggal(self) -> LaporanKinerja:
        if self.tanggal is not None and self.tanggal.tahun not in (self.tahun, self.tahun + 1):
            raise GalatDiKolom([(("tanggal",), f"tanggal {self.tanggal.isoformat()} tidak cocok dengan laporan tahun "
                                               f"{self.tahun} (harus pada tahun {self.tahun} atau {self.tahun + 1})")])
        return self
