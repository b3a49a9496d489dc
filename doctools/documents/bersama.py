"""Context parts several documents share: the kop surat, titles and the Camat's signature."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents.dokumen import Dokumen
from doctools.render import Gambar, Halaman, Metadata
from doctools.templat import folder_templat
from doctools.templat.skema import Daftar, Isian, Kumpulan

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, Pihak
    from doctools.tahun import TahunKinerja

GAMBAR_LOGO_MM = 22.0

BUTIR = Kumpulan("satu butir daftar bernomor", {
    "tanda": Isian("penanda yang dihitung: a., b., … / 1., 2., … / (1), (2), …"),
    "huruf": Isian("penanda, sama dengan tanda (dipakai pada daftar berhuruf: Menimbang, Tugas)"),
    "angka": Isian("penanda, sama dengan tanda (dipakai pada daftar bernomor: Mengingat, Tembusan)"),
    "teks": Isian("isi butir, dengan tanda baca akhir (;, ; dan, .) yang dihitung"),
})
"""An item of a legal list (:func:`butir`)."""


def daftar_butir(uraian: str) -> Daftar:
    return Daftar(uraian, BUTIR)


KOP = Kumpulan("kop surat", {
    "pemerintah": Isian("baris pertama kop: PEMERINTAH KABUPATEN …/PEMERINTAH KOTA …"),
    "instansi": Isian("nama instansi: KECAMATAN …"),
    "alamat": Isian("alamat kantor dengan telepon dan faksimile"),
    "kontak": Isian("laman, pos-el dan kode pos (kosong bila tidak ada)"),
    "logo": Isian("logo dari instansi.yaml (logo:), kosong bila tidak ada", "gambar"),
})
"""The letterhead (:func:`kop`), printed by the shared part ``kop``."""

TTD_CAMAT = Kumpulan("tanda tangan Camat", {
    "ditetapkan": Isian("benar untuk penetapan keputusan (Ditetapkan di … pada tanggal …)", "ya-tidak"),
    "tempat": Isian("tempat penandatanganan"),
    "tanggal": Isian("tanggal penandatanganan, mis. 6 Januari 2025; tanpa hari: ruang untuk hari lalu Januari "
                     "2025; tanpa tanggal: ruang kosong"),
    "jabatan": Isian("jabatan penanda tangan: CAMAT …, Plt. CAMAT … (pelaksana tugas)"),
    "nama": Isian("nama Camat"),
    "pangkat": Isian("pangkat Camat (kosong bila tidak ada)"),
    "nip": Isian("NIP. … (kosong bila tidak ada)"),
})
"""The Camat's signature (:func:`ttd_camat`), printed by the shared part ``tanda-tangan``."""


def halaman(data: DataKecamatan) -> Halaman:
    """The page set-up from the data's pengaturan."""
    p = data.instansi.pengaturan
    return Halaman(
        kertas=p.kertas,
        margin_cm=(float(p.margin.atas), float(p.margin.bawah), float(p.margin.kiri), float(p.margin.kanan)),
        huruf=p.huruf.nama,
        ukuran_huruf=float(p.huruf.ukuran),
        dari_templat=p.tata_letak == "templat",
    )


def dokumen(data: DataKecamatan, *, jenis: str, nama_berkas: str, templat: str, konteks: dict[str, Any],
            judul: str, tanggal: dt.date) -> Dokumen:
    """A document of this kecamatan: its author, page set-up and rupiah style come from the data."""
    return Dokumen(
        jenis=jenis, nama_berkas=nama_berkas, templat=templat, konteks=konteks,
        metadata=Metadata(judul=judul, penulis=f"Kecamatan {data.instansi.kecamatan.nama}", tanggal=tanggal),
        halaman=halaman(data),
        gaya_rupiah=data.instansi.pengaturan.gaya_rupiah,
        folder_templat=folder_templat(data.folder),
    )


def tanggal_metadata(tanggal: fmt.TanggalTulis | None, tahun: int) -> dt.date:
    """The document's date in its properties: its signing date, or the first day it may be."""
    return tanggal.awal if tanggal is not None else dt.date(tahun, 1, 1)


def kop(tahun: TahunKinerja) -> dict[str, Any]:
    """The letterhead lines, from instansi.yaml so no other kecamatan's name can appear, and the logo."""
    ins = tahun.data.instansi
    kec = ins.kecamatan
    # a label and its value are never separated at a line break: "Telepon (0331) 5444177"; a fact left
    # out leaves no label (no address: no address line)
    alamat = " ".join([*([kec.alamat] if kec.alamat else []),
                       *(tak_putus(f"{label} {nilai}") for label, nilai in (("Telepon", kec.telepon),
                                                                             ("Faksimile", kec.faksimile)) if nilai)])
    kontak = []
    if kec.laman:
        kontak.append(tak_putus(f"Laman {kec.laman}"))
    if kec.pos_el:
        kontak.append(tak_putus(f"Pos-el {kec.pos_el}"))
    if kec.kode_pos:
        kontak.append(tak_putus(f"Kode Pos {kec.kode_pos}"))
    return {
        "pemerintah": f"PEMERINTAH {ins.pemerintah.sebutan.upper()}",
        "instansi": f"KECAMATAN {kec.nama.upper()}",
        "alamat": alamat,
        "kontak": ", ".join(kontak),
        "logo": Gambar(tahun.logo, GAMBAR_LOGO_MM) if tahun.logo is not None else "",
    }


def tak_putus(teks: str) -> str:
    """Text that never breaks across lines: no-break spaces, and a no-break hyphen ("Pos-el")."""
    return teks.replace(" ", "\u00a0").replace("-", "\u2011")


def jabatan_ttd(pihak: Pihak) -> str:
    """The title above a signature: ``CAMAT MUMBULSARI``, ``Plt. CAMAT JUNREJO`` (the status as written)."""
    return f"{pihak.awalan}{pihak.jabatan_ttd.upper()}"


def jabatan_teks(data: DataKecamatan, pihak: Pihak, *, kapital: bool = False) -> str:
    """A signer's jabatan where the text names it (``Plt. Camat Junrejo``, ``Plt. CAMAT JUNREJO``): with his
    status unless the kabupaten prints it above the signature only (``pengaturan.status_di_jabatan: false``)."""
    jabatan = pihak.jabatan.upper() if kapital else pihak.jabatan
    return f"{pihak.awalan}{jabatan}" if data.instansi.pengaturan.status_di_jabatan else jabatan


def ttd_pihak(data: DataKecamatan, pihak: Pihak, tempat: str, tanggal: str, *,
              ditetapkan: bool = False) -> dict[str, Any]:
    """One signature block (``ditetapkan``: a decree's "Ditetapkan di … pada tanggal …")."""
    return {
        "ditetapkan": ditetapkan,
        "tempat": tempat,
        "tanggal": tanggal,
        "jabatan": jabatan_ttd(pihak),
        "nama": pihak.nama,
        "pangkat": pihak.pangkat.format(data.instansi.pengaturan.gaya_pangkat) if pihak.pangkat else "",
        "nip": f"NIP. {pihak.nip.format}" if pihak.nip else "",
    }


def ttd_camat(tahun: TahunKinerja, stem: str, tempat: str, tanggal: str, *, ditetapkan: bool = False) -> dict[str, Any]:
    """The signature of the Camat who signs the document of data file ``stem`` (see :mod:`doctools.tahun.penanda_tangan`)."""
    return ttd_pihak(tahun.data, tahun.penanda_tangan[stem], tempat, tanggal, ditetapkan=ditetapkan)


def tempat_penetapan(data: DataKecamatan, tempat: str | None) -> str:
    kec = data.instansi.kecamatan
    return tempat or kec.tempat or kec.nama


def butir(teks: list[str], penanda: str, *, penghubung: str | None, akhir: str,
          huruf_lanjut: str = "ganda") -> list[dict[str, str]]:
    """A legal list: computed markers (a., 1., (1)) and UU 12/2011 punctuation; a list of one item has no
    marker (a single tugas, like a single Menimbang, is not lettered)."""
    hasil = []
    for i, isi in enumerate(fmt.rincian(list(teks), penghubung, akhir), start=1):  # type: ignore[arg-type]
        if len(teks) == 1:
            tanda = ""
        elif penanda == "huruf":
            tanda = f"{fmt.huruf(i, huruf_lanjut)}."  # type: ignore[arg-type]
        elif penanda == "angka-kurung":
            tanda = f"({i})"
        else:
            tanda = f"{i}."
        hasil.append({"tanda": tanda, "huruf": tanda, "angka": tanda, "teks": isi})
    return hasil


def sel_daftar(isi: list[str]) -> str:
    """A list in one table cell (penanggung jawab, sumber data): one item as is, several as "- " lines; none
    leaves the cell empty (a fact not written is not printed as a placeholder)."""
    if len(isi) <= 1:
        return isi[0] if isi else ""
    return "\n".join(f"- {n}" for n in isi)
