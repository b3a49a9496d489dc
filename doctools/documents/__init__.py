"""One module per document kind: data model → template context, template name, output name.

Each kind exposes ``susun(data) -> list[Dokumen]``; a kind the data does not describe returns [].
"""

from __future__ import annotations

from collections.abc import Callable

from doctools.documents import keputusan_iki, keputusan_iku, lkj, perjanjian_kinerja
from doctools.documents.dokumen import Dokumen
from doctools.model import DataKecamatan

JENIS_DOKUMEN: dict[str, Callable[[DataKecamatan], list[Dokumen]]] = {
    keputusan_iku.JENIS: keputusan_iku.susun,
    keputusan_iki.JENIS: keputusan_iki.susun,
    perjanjian_kinerja.JENIS: perjanjian_kinerja.susun,
    lkj.JENIS: lkj.susun,
}


def susun_semua(data: DataKecamatan) -> list[Dokumen]:
    """Every document the data set describes, in a stable order."""
    hasil: list[Dokumen] = []
    for susun in JENIS_DOKUMEN.values():
        hasil.extend(susun(data))
    return hasil


__all__ = ["Dokumen", "JENIS_DOKUMEN", "susun_semua"]
