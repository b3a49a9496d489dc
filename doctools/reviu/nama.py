"""Names of other places left in a copied document (rule family ``orang``, people and places).

A secretariat starts from a neighbour's file and forgets a name: "Tujuan dan sasaran Kecamatan
Paniti" in the Mumbulsari LKj 2020, "KABUPATEN MUMBULSARI" under the Camat's signature. Every
string of every data file is scanned for "Kecamatan X" / "Camat X" (any case) and "Kabupaten X"
/ "Kota X" / "Bupati X" / "Walikota X" (capitalised), where X is not this data set's own name.

X is recognised as a name when it is a known kecamatan of the kabupaten (``kecamatan.yaml``, plus
the sibling folders of a kabupaten folder) or, failing that, a capitalised word that is not a
common word of these documents ("Kecamatan Tahun 2025", "Camat Selaku …"). Another kecamatan's
name is a warning, not an error: an LKj may rightly name its neighbours ("berbatasan dengan
Kecamatan Tempurejo"). The kecamatan's own name written as a kabupaten is always an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.temuan import Temuan, aturan

KECAMATAN_LAIN = aturan("orang.nama-kecamatan-lain", "peringatan",
                        "tidak ada nama kecamatan lain dalam data kecamatan ini (salah salin)")
KABUPATEN_BERNAMA_KECAMATAN = aturan("orang.kabupaten-bernama-kecamatan", "galat",
                                     "nama kecamatan tidak ditulis sebagai nama kabupaten/kota")
KABUPATEN_LAIN = aturan("orang.nama-kabupaten-lain", "peringatan",
                        "tidak ada nama kabupaten/kota lain dalam data kecamatan ini (salah salin)")
SEBUTAN_DALAM_NAMA = aturan("orang.sebutan-dalam-nama", "peringatan",
                            "nama kecamatan dan kabupaten/kota ditulis tanpa kata Kecamatan/Kabupaten/Kota (dokumen "
                            "menambahkannya sendiri)")

_KATA_KECAMATAN = re.compile(r"(?<!\w)(kecamatan|camat)[ \t\u00a0]+", re.IGNORECASE)
_KATA_DAERAH = re.compile(r"(?<!\w)(kabupaten|bupati|wali[ \t]*kota|kota)[ \t\u00a0]+", re.IGNORECASE)
_KATA = re.compile(r"[^\W\d_][\w'’-]*")

KATA_UMUM = frozenset({
    "kabupaten", "kota", "provinsi", "kecamatan", "camat", "desa", "kelurahan", "dan", "atau", "yang", "di",
    "ke", "dari", "oleh", "untuk", "dalam", "pada", "dengan", "sebagai", "selaku", "serta", "tahun", "nomor",
    "no", "tentang", "tingkat", "wilayah", "setempat", "tersebut", "ini", "itu", "masing", "lain", "lainnya",
    "se", "kepala", "sekretaris", "sekretariat", "pemerintah", "pemerintahan", "daerah", "administrasi",
    "induk", "terkait", "agar", "akan", "bersama", "beserta", "melalui", "menurut", "sesuai", "sampai",
    "hingga", "atas", "bagi", "per", "adalah", "merupakan", "telah", "sudah", "belum", "juga", "plt", "plh",
    "pj",
})
"""Capitalised words that follow "Kecamatan"/"Kabupaten" in these documents without being a name."""


def teks_data(data: Any, jalur: tuple[str | int, ...] = (),
              saring: Callable[[str], object] | None = None) -> list[tuple[tuple[str | int, ...], str]]:
    """Every string inside dumped model data, with its field path (mapping keys as written), in order;
    with ``saring``, only the strings it accepts.

    A path is made for each list and mapping and for each string kept, not for every string: a
    long table's data holds tens of thousands, and few of them name a place.
    """
    hasil: list[tuple[tuple[str | int, ...], str]] = []

    def jalan(nilai: Any, jalur: tuple[str | int, ...]) -> None:
        peta = isinstance(nilai, dict)
        for kunci, isi in nilai.items() if peta else enumerate(nilai):
            if isinstance(isi, str):
                if saring is None or saring(isi):
                    hasil.append((jalur + (str(kunci) if peta and not isinstance(kunci, str) else kunci,), isi))
            elif isinstance(isi, (dict, list, tuple)):
                jalan(isi, jalur + (str(kunci) if peta and not isinstance(kunci, str) else kunci,))

    if isinstance(data, str):
        if saring is None or saring(data):
            hasil.append((jalur, data))
    elif isinstance(data, (dict, list, tuple)):
        jalan(data, jalur)
    return hasil


_ADA_KATA_KUNCI = re.compile(r"camat|kabupaten|bupati|kota", re.IGNORECASE)
"""Every keyword :data:`_KATA_KECAMATAN` and :data:`_KATA_DAERAH` find contains one of these (in any case)."""


def _pola_nama(nama: str) -> re.Pattern[str]:
    return re.compile(r"[ \t\u00a0]+".join(re.escape(b) for b in nama.split()) + r"(?!\w)", re.IGNORECASE)


def pola_kecamatan_lain(k: KonteksReviu) -> list[tuple[re.Pattern[str], str]]:
    """The other known kecamatan of this data set's kabupaten (``kecamatan.yaml``, sibling folders), each with
    a pattern that finds it (any case, spaces as written), longest name first."""
    return _Pemindai(k).lain


def _seperti_nama(kata: str) -> bool:
    kecil = kata.casefold()
    return kata[0].isupper() and len(kata) >= 3 and kecil not in KATA_UMUM and not kecil.startswith("se-")


def _sesuai_huruf(contoh: str, teks: str) -> str:
    """``teks`` in capitals when the keyword was written in capitals."""
    return teks.upper() if contoh.isupper() else teks


class _Pemindai:
    """Finds other places' names in one data set's strings."""

    def __init__(self, k: KonteksReviu) -> None:
        ins = k.data.instansi
        self.k = k
        self.kecamatan = ins.kecamatan.nama
        self.pemerintah = ins.pemerintah
        self.pola_sendiri = _pola_nama(self.kecamatan)
        self.pola_daerah = _pola_nama(self.pemerintah.nama)
        dikenal = [*k.pengaturan.kecamatan_dikenal(self.pemerintah.jenis, self.pemerintah.nama), *k.kecamatan_lain]
        sendiri = " ".join(self.kecamatan.casefold().split())
        lain = {" ".join(n.casefold().split()): n for n in dikenal if " ".join(n.casefold().split()) != sendiri}
        # longest first, so "Sumbermanjing Wetan" wins over a shorter name it starts with
        self.lain = [(_pola_nama(n), n) for n in sorted(lain.values(), key=len, reverse=True)]

    def kecamatan_lain(self, teks: str) -> Iterator[tuple[str, str, bool]]:
        """(keyword as written, other name, known) for each other kecamatan named in ``teks``."""
        for m in _KATA_KECAMATAN.finditer(teks):
            sisa = teks[m.end():]
            if self.pola_sendiri.match(sisa):
                continue
            dikenal = next((nama for pola, nama in self.lain if pola.match(sisa)), None)
            if dikenal is not None:
                yield m.group(1), dikenal, True
                continue
            kata = _KATA.match(sisa)
            if kata and _seperti_nama(kata.group()):
                yield m.group(1), kata.group(), False

    def daerah_lain(self, teks: str) -> Iterator[tuple[str, str, bool]]:
        """(keyword, name, is this kecamatan's own name) for each other kabupaten/kota named."""
        for m in _KATA_DAERAH.finditer(teks):
            kata_kunci = m.group(1)
            if not kata_kunci[0].isupper():
                continue  # "kota" as a common noun
            sisa = teks[m.end():]
            if self.pola_daerah.match(sisa):
                continue
            sendiri = self.pola_sendiri.match(sisa)
            if sendiri:
                yield kata_kunci, sendiri.group(), True
                continue
            kata = _KATA.match(sisa)
            if kata and _seperti_nama(kata.group()):
                yield kata_kunci, kata.group(), False

    def benar_daerah(self, kata_kunci: str) -> str:
        """What the keyword should be followed by: "Kabupaten Jember" or "Bupati Jember"."""
        jabatan = kata_kunci.casefold().replace(" ", "") in ("bupati", "walikota")
        return _sesuai_huruf(kata_kunci, self.pemerintah.jabatan_kepala if jabatan else self.pemerintah.sebutan)


@pemeriksa
def periksa_sebutan_dalam_nama(k: KonteksReviu) -> Iterator[Temuan]:
    """"Kecamatan Bangsalsari" as the kecamatan's name: read as "Bangsalsari" when loading, said here."""
    for c in k.data.catatan:
        if c.jenis == "sebutan":
            yield SEBUTAN_DALAM_NAMA(c.pesan, c.lokasi)


@pemeriksa
def periksa_nama_tempat(k: KonteksReviu) -> Iterator[Temuan]:
    """Another kecamatan's or kabupaten's name anywhere in this data set's files."""
    p = _Pemindai(k)
    for stem, model in k.berkas_model():
        for jalur, teks in teks_data(model.model_dump(mode="python"), saring=_ADA_KATA_KUNCI.search):
            lokasi = None
            for kata_kunci, nama, dikenal in p.kecamatan_lain(teks):
                lokasi = lokasi or k.lokasi(stem, *jalur)
                benar = _sesuai_huruf(kata_kunci, f"{kata_kunci} {p.kecamatan}")
                lain = f" (kecamatan lain di {p.pemerintah.sebutan})" if dikenal else ""
                yield KECAMATAN_LAIN(f"teks menyebut \"{kata_kunci} {nama}\"{lain}, padahal data ini milik Kecamatan "
                                     f"{p.kecamatan}; bila tersalin dari dokumen kecamatan lain, ganti dengan "
                                     f"\"{benar}\"", lokasi)
            for kata_kunci, nama, sendiri in p.daerah_lain(teks):
                lokasi = lokasi or k.lokasi(stem, *jalur)
                benar = p.benar_daerah(kata_kunci)
                if sendiri:
                    yield KABUPATEN_BERNAMA_KECAMATAN(
                        f"teks menyebut \"{kata_kunci} {nama}\", padahal {p.kecamatan} adalah nama kecamatan; "
                        f"yang benar \"{benar}\"", lokasi)
                else:
                    yield KABUPATEN_LAIN(
                        f"teks menyebut \"{kata_kunci} {nama}\", padahal data ini milik {p.pemerintah.sebutan}; bila "
                        f"tersalin dari dokumen daerah lain, ganti dengan \"{benar}\"", lokasi)
