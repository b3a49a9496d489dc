"""One module per document kind: a computed year (:mod:`doctools.tahun`) → template context, template, output name.

Each kind exposes ``susun(tahun) -> list[Dokumen]``; a kind the data does not describe returns [].
A document only formats what the year holds: it computes no figure and finds no problem.
"""

from __future__ import annotations

from collections.abc import Callable

from doctools.documents import bersama, keputusan, keputusan_iki, keputusan_iku, lkj, perjanjian_kinerja
from doctools.documents.dokumen import Dokumen
from doctools.tahun import TahunKinerja
from doctools.templat.skema import KetentuanTemplat, Kumpulan

JENIS_DOKUMEN: dict[str, Callable[[TahunKinerja], list[Dokumen]]] = {
    keputusan_iku.JENIS: keputusan_iku.susun,
    keputusan_iki.JENIS: keputusan_iki.susun,
    perjanjian_kinerja.JENIS: perjanjian_kinerja.susun,
    lkj.JENIS: lkj.susun,
}


KETENTUAN_TEMPLAT: dict[str, KetentuanTemplat] = {
    keputusan_iku.JENIS: keputusan_iku.KETENTUAN_TEMPLAT,
    keputusan_iki.JENIS: keputusan_iki.KETENTUAN_TEMPLAT,
    perjanjian_kinerja.JENIS: perjanjian_kinerja.KETENTUAN_TEMPLAT,
    lkj.JENIS: lkj.KETENTUAN_TEMPLAT,
}
"""Each document kind → what its template may print and must hold (its file is ``<kind>.docx``)."""

VARIABEL_BAGIAN: dict[str, Kumpulan] = {
    "kop": Kumpulan("kop surat", {"kop": bersama.KOP}),
    "tanda-tangan": Kumpulan("tanda tangan Camat", {"ttd": bersama.TTD_CAMAT}),
    "tanda-tangan-berdampingan": Kumpulan("dua tanda tangan", {"ttd": perjanjian_kinerja.TTD_BERDAMPINGAN}),
    "kepala-lampiran": keputusan.KEPALA_LAMPIRAN,
}
"""Each shared part → the variables it prints (those of the documents it is inserted into)."""


def susun_semua(tahun: TahunKinerja) -> list[Dokumen]:
    """Every document the year describes, in a stable order."""
    hasil: list[Dokumen] = []
    for susun in JENIS_DOKUMEN.values():
        hasil.extend(susun(tahun))
    return hasil


__all__ = ["Dokumen", "JENIS_DOKUMEN", "KETENTUAN_TEMPLAT", "VARIABEL_BAGIAN", "susun_semua"]
