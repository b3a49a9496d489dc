"""``doctools templat salin`` and ``doctools templat variabel``: a template to edit, and what it may print."""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from doctools.errors import DataError, Lokasi
from doctools.templat.cari import BAGIAN, FOLDER_TEMPLAT, berkas_bawaan
from doctools.templat.skema import KetentuanTemplat, Kumpulan, baris, keterangan


def _pilih(jenis: Sequence[str], dikenal: Sequence[str]) -> list[str]:
    hasil = []
    for j in (x.strip().removesuffix(".docx") for item in jenis for x in item.split(",")):
        if not j:
            continue
        if j not in dikenal:
            saran = difflib.get_close_matches(j, dikenal, n=1)
            petunjuk = f"; maksudnya {saran[0]}?" if saran else f"; pilih dari: {', '.join(dikenal)}"
            raise DataError(f"jenis templat '{j}' tidak dikenal{petunjuk}")
        hasil.append(j)
    return list(dict.fromkeys(hasil))


def salin(folder: Path, jenis: Sequence[str] = (), *, timpa: bool = False) -> list[Path]:
    """Copy built-in templates (all, or the kinds and parts named) into ``folder/templat/``.

    Nothing is copied when one of the files is there already, unless ``timpa``: a kecamatan's
    edited template is never replaced by accident.
    """
    if not folder.is_dir():
        raise DataError("folder tidak ditemukan; berikan folder kecamatan atau folder kabupaten", Lokasi(str(folder)))
    bawaan = berkas_bawaan()
    pilihan = _pilih(jenis, list(bawaan)) or list(bawaan)
    tujuan = folder / FOLDER_TEMPLAT
    sudah = [tujuan / f"{j}.docx" for j in pilihan if (tujuan / f"{j}.docx").exists()]
    if sudah and not timpa:
        raise DataError(f"sudah ada: {', '.join(p.name for p in sudah)}; tidak ada yang disalin (pakai --timpa untuk "
                        "menggantinya dengan templat bawaan)", Lokasi(str(tujuan)))
    tujuan.mkdir(exist_ok=True)
    hasil = []
    for j in pilihan:
        shutil.copyfile(bawaan[j], tujuan / f"{j}.docx")
        hasil.append(tujuan / f"{j}.docx")
    return hasil


def daftar_variabel(jenis: str, ketentuan: Mapping[str, KetentuanTemplat],
                    bagian: Mapping[str, Kumpulan], filter_: Sequence[str]) -> Iterator[str]:
    """The lines ``doctools templat variabel`` prints for a document kind or a shared part."""
    dikenal = [*ketentuan, *bagian]
    [jenis] = _pilih([jenis], dikenal) or [""]
    if not jenis:
        raise DataError(f"sebutkan jenis templat: {', '.join(dikenal)}")
    if jenis in ketentuan:
        k = ketentuan[jenis]
        konteks = k.konteks
        yield f"{jenis}: {k.uraian}"
        yield f"berkas: {FOLDER_TEMPLAT}/{jenis}.docx (di folder kecamatan atau kabupaten)"
        yield ""
        yield "bagian bersama yang harus disisipkan, masing-masing sendirian di paragrafnya:"
        for b in k.bagian:
            syarat = " (dimulai di halaman baru)" if b in k.halaman_baru else ""
            yield f"  {{%p include \"{b}\" %}}  {BAGIAN[b]}{syarat}"
        for h in k.halaman_baru:
            if h not in BAGIAN:
                yield f"halaman baru: paragraf yang mencetak {{{{ {h} }}}} dimulai di halaman baru"
        if k.jumlah_bagian > 1:
            yield f"bagian (section): sedikitnya {k.jumlah_bagian}"
        for m in k.mendatar:
            yield f"halaman mendatar (landscape): {{{{p {m} }}}}"
    else:
        konteks = bagian[jenis]
        yield f"{jenis}: bagian bersama — {BAGIAN[jenis]}"
        yield f"berkas: {FOLDER_TEMPLAT}/{jenis}.docx (di folder kecamatan atau kabupaten)"
        yield "variabelnya adalah variabel dokumen yang menyisipkannya; {%p with ttd = lampiran.ttd %} sebelum"
        yield "{%p include … %} (ditutup {%p endwith %}) memberi bagian itu ttd yang lain."
    yield ""
    yield "variabel (a[] = satu butir dalam {%p for x in a %}: tulis x.nama, bukan a[].nama):"
    semua = list(baris(konteks))
    lebar = min(max(len(j) for j, _ in semua), 48)
    for jalur, simpul in semua:
        yield f"  {jalur.ljust(lebar)}  {keterangan(simpul)}"
    yield ""
    yield f"filter: {', '.join(filter_)}"
