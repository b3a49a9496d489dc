"""Who signs each document of the year as Camat: its file's ``penanda_tangan``, else the Camat of instansi.yaml.

Resolved once (:func:`hitung_penanda_tangan`); the documents print the signer from here and the
reviu checks him against the document's date (his term of office, his status). The PK's signer
is resolved with the PK itself (:func:`doctools.model.perjanjian.rangkai`), which signs the lower
officials' PK too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from doctools.hukum import Temuan
from doctools.model.penanda_tangan import PenandaTanganTakDikenal
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model import DataKecamatan, Pihak
    from doctools.tahun.perjanjian import PerjanjianTahun

BERKAS_TTD = ("keputusan-iku", "keputusan-iki", "lkj", "rkt", "rencana-aksi", "pohon-kinerja")
"""The data files of documents the Camat signs (the PK's is resolved with the PK)."""


def hitung_penanda_tangan(data: DataKecamatan, perjanjian: PerjanjianTahun | None) -> tuple[dict[str, Pihak],
                                                                                             list[Temuan]]:
    """Data file stem → the Camat who signs its document, and the signers that could not be found."""
    hasil: dict[str, Pihak] = {}
    masalah: list[Temuan] = []
    for stem in BERKAS_TTD:
        berkas = getattr(data, stem.replace("-", "_"), None)
        if berkas is None:
            continue
        tulis = berkas.penanda_tangan
        try:
            hasil[stem] = data.instansi.penanda_tangan(tulis, f"{stem}.yaml")
        except PenandaTanganTakDikenal as exc:
            lokasi = (lokasi_di(data, stem, "penanda_tangan", *exc.jalur) if tulis is not None
                      else lokasi_di(data, "instansi"))
            masalah.append(Temuan("galat", exc.pesan, lokasi))
    if perjanjian is not None and perjanjian.camat is not None:
        hasil["perjanjian-kinerja"] = perjanjian.camat.perjanjian.pertama
    return hasil, masalah
