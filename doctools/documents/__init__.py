"""One module per document kind: a computed year (:mod:`doctools.tahun`) → template context, template, output name.

Each kind exposes ``susun(tahun) -> list[Dokumen]``; a kind the data does not describe returns [].
A document only formats what the year holds: it computes no figure and finds no problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from doctools.documents import (
    bersama,
    keputusan,
    keputusan_iki,
    keputusan_iku,
    lkj,
    perjanjian_kinerja,
    pohon_kinerja,
    rencana_aksi,
    rkt,
)
from doctools.documents.dokumen import Dokumen
from doctools.templat.skema import KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.tahun import TahunKinerja

JENIS_DOKUMEN: dict[str, Callable[[TahunKinerja], list[Dokumen]]] = {
    keputusan_iku.JENIS: keputusan_iku.susun,
    keputusan_iki.JENIS: keputusan_iki.susun,
    perjanjian_kinerja.JENIS: perjanjian_kinerja.susun,
    lkj.JENIS: lkj.susun,
    rkt.JENIS: rkt.susun,
    rencana_aksi.JENIS: rencana_aksi.susun,
    pohon_kinerja.JENIS: pohon_kinerja.susun,
}


KETENTUAN_TEMPLAT: dict[str, KetentuanTemplat] = {
    keputusan_iku.JENIS: keputusan_iku.KETENTUAN_TEMPLAT,
    keputusan_iki.JENIS: keputusan_iki.KETENTUAN_TEMPLAT,
    perjanjian_kinerja.JENIS: perjanjian_kinerja.KETENTUAN_TEMPLAT,
    lkj.JENIS: lkj.KETENTUAN_TEMPLAT,
    rkt.JENIS: rkt.KETENTUAN_TEMPLAT,
    rencana_aksi.JENIS: rencana_aksi.KETENTUAN_TEMPLAT,
    rencana_aksi.JENIS_PEMANTAUAN: rencana_aksi.KETENTUAN_TEMPLAT_PEMANTAUAN,
    pohon_kinerja.JENIS: pohon_kinerja.KETENTUAN_TEMPLAT,
}
"""Each document kind → what its template may print and must hold (its file is ``<kind>.docx``)."""

VARIABEL_BAGIAN: dict[str, Kumpulan] = {
    "kop": Kumpulan("kop surat", {"kop": bersama.KOP}),
    "tanda-tangan": Kumpulan("tanda tangan Camat", {"ttd": bersama.TTD_CAMAT}),
    "tanda-tangan-berdampingan": Kumpulan("dua tanda tangan", {"ttd": perjanjian_kinerja.TTD_BERDAMPINGAN}),
    "kepala-lampiran": keputusan.KEPALA_LAMPIRAN,
}
"""Each shared part → the variables it prints (those of the documents it is inserted into)."""


def susun_jenis(jenis: str, tahun: TahunKinerja, triwulan: int | None = None) -> list[Dokumen]:
    """The documents of one kind; ``triwulan`` adds the Rencana Aksi's monitoring report of that quarter."""
    if jenis == rencana_aksi.JENIS:
        return rencana_aksi.susun(tahun, triwulan)
    return JENIS_DOKUMEN[jenis](tahun)


def susun_semua(tahun: TahunKinerja, triwulan: int | None = None) -> list[Dokumen]:
    """Every document the year describes, in a stable order (with ``triwulan``, that quarter's monitoring report)."""
    hasil: list[Dokumen] = []
    for jenis in JENIS_DOKUMEN:
        hasil.extend(susun_jenis(jenis, tahun, triwulan))
    return hasil


__all__ = ["Dokumen", "JENIS_DOKUMEN", "KETENTUAN_TEMPLAT", "VARIABEL_BAGIAN", "susun_jenis", "susun_semua"]
