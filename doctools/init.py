"""``doctools init``: write a commented starter data set that builds at once.

A new user edits working YAML instead of writing it from nothing. The starter files live in
``doctools/starter/``, one per document kind (every kind doctools builds); the names of the
kecamatan and kabupaten and the year are filled in. A name is written as a double-quoted YAML
value, escaped, so a name with ``:``, ``#`` or quotes reads back exactly as given. Stand-ins the
user must replace (NAMA CAMAT, kode wilayah 00.00.00, …) are reported by the reviu rule
``awal.isian-contoh`` until they are.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from doctools import sumber
from doctools.errors import DataError, Lokasi
from doctools.model.rapikan import pisah_sebutan_daerah, pisah_sebutan_kecamatan

BERKAS_KECAMATAN = ("instansi.yaml", "kinerja.yaml", "keputusan-iku.yaml", "keputusan-iki.yaml",
                    "perjanjian-kinerja.yaml", "lkj.yaml", "rkt.yaml", "rencana-aksi.yaml", "pohon-kinerja.yaml")
"""Every file of a kecamatan the starter writes: a document kind is built when its file is present."""

_PENANDA = re.compile(r"__[A-Z][A-Z0-9_]*?__")
_KATEGORI_DILARANG = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _baca(nama: str) -> str:
    return sumber.teks_awal(nama)


def _slug(nama: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", nama.lower()).strip("-") or "kecamatan"


def _dalam_kutip(sebelum: str) -> bool:
    """Whether a position follows an unclosed double quote on its line (the starter uses no single quotes)."""
    return len(re.findall(r'(?<!\\)"', sebelum)) % 2 == 1


def _dalam_komentar(sebelum: str) -> bool:
    return re.search(r'(^|\s)#', re.sub(r'"(?:\\.|[^"\\])*"', '""', sebelum)) is not None


def _isi(teks: str, nilai: Mapping[str, str | int]) -> str:
    """Fill the ``__PLACEHOLDERS__`` of a starter file.

    A number goes in as written. A text goes into a double-quoted YAML value, escaped the way YAML
    reads it back (JSON's escapes are YAML's), or into a comment on one line. A text placeholder
    anywhere else is a mistake in the starter file, not in the user's input.
    """
    def satu_baris(baris: str) -> str:
        def ganti(m: re.Match[str]) -> str:
            isi = nilai[m.group()]
            if isinstance(isi, int):
                return str(isi)
            sebelum = baris[:m.start()]
            if _dalam_kutip(sebelum):
                return json.dumps(isi, ensure_ascii=False)[1:-1]
            if _dalam_komentar(sebelum):
                return " ".join(isi.split())
            raise ValueError(f"starter placeholder {m.group()} must sit in a double-quoted value or a comment: "
                             f"{baris.strip()!r}")
        return _PENANDA.sub(ganti, baris)

    return "".join(satu_baris(b) for b in teks.splitlines(keepends=True))


def _sisipkan(teks: str, blok: Mapping[str, str]) -> str:
    """Put the parts a layout shares or leaves out (the pemerintah block, the settings) in place, unfilled."""
    for kunci, isi in blok.items():
        teks = teks.replace(kunci, isi)
    return teks


def _periksa_nama(nama: str, opsi: str) -> str:
    """A name fit for every document: not empty, no control or line-separator characters."""
    bersih = nama.strip()
    if not bersih:
        raise DataError(f"nama tidak boleh kosong; tulis misalnya {opsi} \"Sukamaju\"", Lokasi(kolom=opsi))
    salah = sorted({f"U+{ord(c):04X}" for c in bersih if unicodedata.category(c) in _KATEGORI_DILARANG})
    if salah:
        raise DataError(f"nama '{bersih.encode('unicode_escape').decode()}' memuat karakter kendali ({', '.join(salah)}); "
                        "tulis nama tanpa karakter itu", Lokasi(kolom=opsi))
    return bersih


def buat_awal(folder: Path, *, kecamatan: str, kabupaten: str, kota: bool = False,
              dengan_kabupaten: bool = False, tahun: int | None = None) -> list[Path]:
    """Write the starter files; with ``dengan_kabupaten`` the folder becomes a kabupaten folder.

    Refuses to write into a folder that already holds files, so nothing a user wrote is lost.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DataError("folder sudah ada dan tidak kosong; pilih folder baru agar tidak ada berkas yang tertimpa",
                        Lokasi(str(folder)))
    kecamatan = _periksa_nama(kecamatan, "--kecamatan")
    kabupaten = _periksa_nama(kabupaten, "--kabupaten")
    # "Kecamatan Sukamaju" / "Kota Batu": the documents add the kind themselves
    kecamatan = (pisah_sebutan_kecamatan(kecamatan) or ("", kecamatan))[1]
    daerah = pisah_sebutan_daerah(kabupaten)
    if daerah is not None:
        if kota and daerah[0] == "kabupaten":
            raise DataError(f"--kota dipakai, padahal nama '{kabupaten}' menyebut kabupaten; tulis --kabupaten "
                            f"\"{daerah[2]}\" dengan atau tanpa --kota", Lokasi(kolom="--kabupaten"))
        kota, kabupaten = kota or daerah[0] == "kota", daerah[2]
    tahun = tahun or dt.date.today().year
    jenis = "kota" if kota else "kabupaten"
    nilai: dict[str, str | int] = {
        "__KECAMATAN__": kecamatan, "__KABUPATEN__": kabupaten, "__JENIS__": jenis,
        "__SEBUTAN__": f"{jenis.capitalize()} {kabupaten}", "__JABATAN_KEPALA__": f"{'Walikota' if kota else 'Bupati'} "
        f"{kabupaten}", "__TAHUN__": tahun, "__AWAL__": tahun - 1, "__TAHUN_1__": tahun + 1, "__TAHUN_2__": tahun + 2,
        "__AKHIR__": tahun + 3,
    }
    ditulis: list[Path] = []
    if dengan_kabupaten:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "kabupaten.yaml").write_text(_isi(_baca("kabupaten.yaml"), nilai), encoding="utf-8")
        ditulis.append(folder / "kabupaten.yaml")
        tujuan = folder / _slug(kecamatan)
        blok = {"__PEMERINTAH__": "", "__PENGATURAN__": ""}
    else:
        tujuan = folder
        blok = {"__PEMERINTAH__": _baca("pemerintah.yaml.part"), "__PENGATURAN__": _baca("pengaturan.yaml.part")}
    tujuan.mkdir(parents=True, exist_ok=True)
    for nama in BERKAS_KECAMATAN:
        path = tujuan / nama
        path.write_text(_isi(_sisipkan(_baca(nama), blok), nilai), encoding="utf-8")
        ditulis.append(path)
    return ditulis
