"""Rules ``templat.*``: a kecamatan's or kabupaten's own Word templates, read before anything is built.

Only the templates a kecamatan brings itself (in its ``templat/`` folder or its kabupaten's) are
read, together with the built-in ones they are combined with; the shipped templates are checked
by the tests. Each template is read once per process while its files are unchanged.

What a template of each document kind may print is declared by the documents
(:data:`doctools.documents.KETENTUAN_TEMPLAT`); the build passes it in, so the reviu needs
nothing of the documents themselves.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from doctools.errors import Lokasi
from doctools.render import KERTAS_MM
from doctools.reviu.temuan import Temuan, aturan
from doctools.templat import BAGIAN, CariTemplat, folder_templat
from doctools.templat.cari import abaikan
from doctools.templat.periksa import Halaman, Masalah, periksa_templat
from doctools.templat.skema import KetentuanTemplat

if TYPE_CHECKING:
    from doctools.model import DataKecamatan

Ketentuan = Mapping[str, KetentuanTemplat]
"""Document kind → what its template may print and must hold."""

BERKAS = aturan("templat.berkas", "galat", "templat sendiri ada dan merupakan berkas Word (.docx) yang utuh")
SINTAKS = aturan("templat.sintaks", "galat",
                 "tag templat ditulis benar: utuh dalam satu paragraf, blok for/if ditutup, filter dikenal")
VARIABEL = aturan("templat.variabel", "galat", "templat hanya memakai variabel yang disediakan jenis dokumennya")
BAGIAN_WAJIB = aturan("templat.bagian", "galat",
                      "templat menyisipkan bagian bersama yang diperlukan (kop, tanda tangan, kepala Lampiran)")
HALAMAN = aturan("templat.halaman", "peringatan",
                 "Lampiran dimulai di halaman baru; bagian (section) dan halaman mendatar yang diperlukan ada")
TEKS_HILANG = aturan("templat.teks-hilang", "peringatan", "tidak ada teks di paragraf atau baris yang diganti tag")
TIDAK_DIKENAL = aturan("templat.tidak-dikenal", "peringatan", "setiap berkas di folder templat/ dikenal namanya")
PENGATURAN = aturan("templat.pengaturan", "peringatan",
                    "kertas, margin dan huruf templat sendiri yang tidak dipakai karena pengaturan yang berlaku")
HEADER_BAGIAN = aturan("templat.header-bagian", "peringatan", "bagian bersama tidak menaruh isi di header/footer")

_ATURAN = {a.id: a for a in (BERKAS, SINTAKS, VARIABEL, BAGIAN_WAJIB, HALAMAN, TEKS_HILANG, TIDAK_DIKENAL,
                             PENGATURAN, HEADER_BAGIAN)}


def _tampil(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _temuan(m: Masalah) -> Temuan:
    return _ATURAN[m.aturan](m.pesan, Lokasi(_tampil(m.berkas)))


_NAMA_DATA = {"rkt.docx": "rencana-kinerja-tahunan.docx", "lkj.docx": "laporan-kinerja.docx"}
"""A template named after its data file (``rkt.yaml``): the two whose names differ from the kind's."""


def _bukan_berkas(path: Path) -> str:
    if path.is_dir():
        return ("harus berupa berkas Word (.docx), bukan folder; templat ini tidak dipakai selama berupa folder: "
                "pindahkan isinya atau ganti nama folder ini")
    if path.is_symlink() and not path.exists():
        return "tautan simbolis ini tidak menunjuk ke berkas yang ada; hapus atau perbaiki tautannya"
    return "bukan berkas biasa (mis. pipa atau perangkat); simpan templatnya sebagai berkas Word (.docx)"


def _folder_di_templat(folder: Path, dikenal: Sequence[str]) -> str:
    """Why a folder inside ``templat/`` is not read, naming the templates a user may have meant to use."""
    try:
        di_dalam = sorted(p.name for p in folder.rglob("*.docx") if p.name.lower() in dikenal and not abaikan(p))
    except OSError:
        di_dalam = []
    if di_dalam:
        return (f"folder ini tidak dibaca, jadi {', '.join(dict.fromkeys(di_dalam))} di dalamnya tidak dipakai; "
                f"templat hanya dibaca langsung dari folder {folder.parent.name}/: pindahkan berkas yang dimaksud "
                "ke sana, atau simpan arsip templat lama di luar folder ini")
    return (f"folder ini tidak dibaca: templat hanya dibaca langsung dari folder {folder.parent.name}/; "
            "pindahkan folder ini keluar bila tidak diperlukan")


def berkas_tak_dikenal(folder: Sequence[Path], ketentuan: Ketentuan) -> list[Temuan]:
    """Files in a ``templat/`` folder that no document kind or shared part reads.

    A template's name that is no regular file (a folder, a broken link) is a galat: the lookup
    passes over it to the built-in template, and the document would silently look otherwise
    than the user's template says.
    """
    dikenal = [f"{j}.docx" for j in ketentuan] + [f"{b}.docx" for b in BAGIAN]
    hasil = []
    for f in folder:
        if not f.is_dir():
            continue
        for path in sorted(f.iterdir()):
            if path.name in dikenal and not path.is_file():
                hasil.append(BERKAS(_bukan_berkas(path), Lokasi(_tampil(path))))
                continue
            if path.is_dir() and not path.name.startswith("."):
                hasil.append(TIDAK_DIKENAL(_folder_di_templat(path, dikenal), Lokasi(_tampil(path))))
                continue
            if abaikan(path) or path.name in dikenal:
                continue
            if path.name.lower() in dikenal:
                hasil.append(TIDAK_DIKENAL(f"tulis nama berkas dengan huruf kecil: {path.name.lower()} (komputer yang "
                                           "membedakan huruf besar dan kecil, seperti Linux, tidak memakainya)",
                                           Lokasi(_tampil(path))))
                continue
            saran = [n for n in (_NAMA_DATA.get(path.name.lower()),) if n in dikenal] or \
                difflib.get_close_matches(path.name.lower(), dikenal, n=1, cutoff=0.6)
            petunjuk = f"; maksudnya {saran[0]}?" if saran else f"; nama yang dikenal: {', '.join(dikenal)}"
            hasil.append(TIDAK_DIKENAL(f"berkas ini tidak dipakai oleh dokumen mana pun{petunjuk}",
                                       Lokasi(_tampil(path))))
    return hasil


def _versi(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    hasil = []
    for p in paths:
        try:
            st = p.stat()
            hasil.append((str(p), st.st_mtime_ns, st.st_size))
        except OSError:
            hasil.append((str(p), 0, 0))
    return tuple(hasil)


_SUDAH: dict[tuple[object, ...], tuple[Masalah, ...]] = {}
"""Templates already read by this process, by kind, folders, page, file versions and declaration."""


def _periksa(jenis: str, ketentuan: KetentuanTemplat, folder: tuple[Path, ...], halaman: Halaman | None,
             versi_berkas: tuple[tuple[str, int, int], ...]) -> tuple[Masalah, ...]:
    kunci = (jenis, id(ketentuan), folder, halaman, versi_berkas)
    if kunci not in _SUDAH:
        if len(_SUDAH) >= 128:
            _SUDAH.clear()
        _SUDAH[kunci] = tuple(periksa_templat(f"{jenis}.docx", CariTemplat(folder), ketentuan, halaman=halaman))
    return _SUDAH[kunci]


def periksa_templat_sendiri(data: DataKecamatan, jenis_dokumen: Sequence[str], ketentuan: Ketentuan) -> list[Temuan]:
    """The ``templat.*`` findings of a kecamatan: its own templates, for the kinds of document it will build."""
    folder = folder_templat(data.folder)
    hasil = berkas_tak_dikenal(folder, ketentuan)
    cari = CariTemplat(folder)
    berkas_sendiri = [f for f in folder if f.is_dir()]
    if not berkas_sendiri:
        return hasil
    for jenis in dict.fromkeys(jenis_dokumen):
        if jenis not in ketentuan:
            continue
        utama = cari.sendiri(f"{jenis}.docx")
        if not utama and not any(cari.sendiri(f"{b}.docx") for b in BAGIAN):
            continue
        p = data.instansi.pengaturan
        halaman = None
        if utama and p.tata_letak == "pengaturan":
            lebar, tinggi = KERTAS_MM[p.kertas]
            halaman = Halaman(lebar, tinggi, (float(p.margin.atas), float(p.margin.bawah), float(p.margin.kiri),
                                              float(p.margin.kanan)), p.huruf.nama, float(p.huruf.ukuran))
        semua = [f / f"{nama}.docx" for f in berkas_sendiri for nama in (jenis, *BAGIAN)]
        hasil += [_temuan(m) for m in _periksa(jenis, ketentuan[jenis], folder, halaman, _versi(semua))]
    return list(dict.fromkeys(hasil))  # a shared part every kind includes is reported once, not once per kind
