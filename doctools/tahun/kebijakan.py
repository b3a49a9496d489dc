"""The kecamatan's policy for capaian and predikat, chosen once from its settings.

A policy is the predikat scale, the formula of a negative-polarity indicator, the values of
qualitative labels and the SKM's mutu scale. Precedence, lowest first:

1. the toolkit's defaults (:class:`doctools.model.instansi.Pengaturan`, :class:`doctools.model.pengukuran.Pengukuran`);
2. ``kabupaten.yaml`` ``pengaturan`` of the parent folder;
3. the kecamatan's ``instansi.yaml`` ``pengaturan``;
4. ``lkj.yaml`` ``pengukuran``, when it names one (a report may use another scale than the kabupaten).

The SKM's mutu scale has no toolkit default: without a choice it is the regulation in force in
the LKj's year (``data/katalog/skala-skm.yaml``: PermenPAN-RB 14/2017 from 2017).

Every computation takes the policy as an argument (:mod:`doctools.kinerja` has no default of its
own), so the documents and the reviu cannot disagree on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from doctools.errors import DataError, Lokasi
from doctools.kinerja import (
    RumusNegatif,
    SkalaMutu,
    SkalaPredikat,
    muat_skala_bawaan,
    pilih_skala_skm,
    skala_dari_data,
    skala_skm_berlaku,
)
from doctools.model.pengukuran import Pengukuran
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model import DataKecamatan


@dataclass(frozen=True)
class Kebijakan:
    """How capaian and predikat are computed for one kecamatan."""

    skala: SkalaPredikat | None
    """The predikat scale; None when the one lkj.yaml names cannot be used (see :attr:`galat`)."""
    rumus_negatif: RumusNegatif
    nilai_kualitatif: Mapping[str, Decimal]
    """Label → its number, for an indicator whose target is a label (an SKM mutu, an audit opinion)."""
    lokasi_skala: Lokasi | None = None
    """Where the scale was chosen; None for the toolkit's default."""
    lokasi_rumus: Lokasi | None = None
    """Where the formula was chosen; None for the toolkit's default."""
    galat: DataError | None = None
    """Why the scale lkj.yaml names cannot be used."""
    skala_skm: SkalaMutu | None = None
    """The SKM's mutu scale: the one chosen, else the regulation's in force in the LKj's year; None without
    an LKj, or when no regulation of the catalog is in force that year (see :attr:`galat_skm`)."""
    skala_skm_berlaku: SkalaMutu | None = None
    """The regulation's scale in force in the LKj's year (None when the catalog has none for it)."""
    lokasi_skala_skm: Lokasi | None = None
    """Where the SKM's scale was chosen; None when it is the one in force."""
    galat_skm: DataError | None = None
    """Why the LKj's year has no SKM scale (a year no regulation of the catalog covers, and no choice)."""


def _skala(pilihan: str | Mapping[str, Any], lokasi: Lokasi, baris: list[int | None]) -> SkalaPredikat:
    """A preset by its code, or the kecamatan's own scale (with the line of each band)."""
    if isinstance(pilihan, str):
        bawaan = muat_skala_bawaan()
        if pilihan not in bawaan:
            raise DataError(f"skala predikat '{pilihan}' tidak dikenal; pilih salah satu dari "
                            f"{', '.join(bawaan)} atau tulis skala sendiri (nama, sumber, rentang)", lokasi)
        return bawaan[pilihan]
    return skala_dari_data(pilihan, lokasi, baris_rentang=baris)


def _baris_rentang(data: DataKecamatan, stem: str, jalur: tuple[str, ...], pilihan: Any) -> list[int | None]:
    peta = data.peta.get(stem)
    jumlah = len(pilihan.get("rentang") or []) if isinstance(pilihan, Mapping) else 0
    return [peta.lokasi((*jalur, "rentang", i)).baris if peta else None for i in range(jumlah)]


def pilih_kebijakan(data: DataKecamatan) -> Kebijakan:
    """The policy of ``data`` (see the module docstring); never raises, a bad scale is :attr:`Kebijakan.galat`."""
    pengaturan = data.instansi.pengaturan
    ditulis = pengaturan.model_fields_set if "pengaturan" in data.instansi.model_fields_set else set()
    ukur = data.lkj.pengukuran if data.lkj is not None else Pengukuran()

    if ukur.skala_predikat is not None:
        stem, jalur, pilihan = "lkj", ("pengukuran", "skala_predikat"), ukur.skala_predikat
        dipilih: Lokasi | None = lokasi_di(data, stem, *jalur)
    else:
        stem, jalur, pilihan = "instansi", ("pengaturan", "skala_predikat"), pengaturan.skala_predikat
        dipilih = lokasi_di(data, stem, *jalur) if "skala_predikat" in ditulis else None
    try:
        skala: SkalaPredikat | None = _skala(pilihan, lokasi_di(data, stem, *jalur),
                                             _baris_rentang(data, stem, jalur, pilihan))
        galat = None
    except DataError as exc:
        skala, galat = None, exc

    lokasi_rumus: Lokasi | None
    if ukur.rumus_negatif is not None:
        rumus, lokasi_rumus = ukur.rumus_negatif, lokasi_di(data, "lkj", "pengukuran", "rumus_negatif")
    else:
        rumus = pengaturan.rumus_negatif
        lokasi_rumus = lokasi_di(data, "instansi", "pengaturan", "rumus_negatif") if "rumus_negatif" in ditulis \
            else None
    skm = _skala_skm(data, ukur)
    return Kebijakan(skala=skala, rumus_negatif=rumus, nilai_kualitatif=dict(ukur.nilai_kualitatif),
                     lokasi_skala=dipilih, lokasi_rumus=lokasi_rumus, galat=galat, skala_skm=skm[0],
                     skala_skm_berlaku=skm[1], lokasi_skala_skm=skm[2], galat_skm=skm[3])


def _skala_skm(data: DataKecamatan, ukur: Pengukuran
               ) -> tuple[SkalaMutu | None, SkalaMutu | None, Lokasi | None, DataError | None]:
    """(applied, in force, where chosen, why none): lkj.yaml, then the settings, then the report year's regulation.

    The choices were validated where they are written, so choosing cannot fail here.
    """
    if data.lkj is None:
        return None, None, None, None
    tahun = data.lkj.tahun
    berlaku = skala_skm_berlaku(tahun)
    pengaturan = data.instansi.pengaturan
    if ukur.skala_skm is not None:
        lokasi = lokasi_di(data, "lkj", "pengukuran", "skala_skm")
        return pilih_skala_skm(ukur.skala_skm, lokasi), berlaku, lokasi, None
    if pengaturan.skala_skm is not None:
        lokasi = lokasi_di(data, "instansi", "pengaturan", "skala_skm")
        return pilih_skala_skm(pengaturan.skala_skm, lokasi), berlaku, lokasi, None
    if berlaku is None:
        return None, None, None, DataError(
            f"tidak ada interval mutu SKM di katalog untuk tahun {tahun} (PermenPAN-RB 14/2017 berlaku sejak 2017); "
            "pilih skalanya di pengukuran.skala_skm (lkj.yaml) atau pengaturan.skala_skm (instansi.yaml)",
            lokasi_di(data, "lkj", "tahun"))
    return berlaku, berlaku, None, None
