"""What every reviu rule sees: the computed year, where each value was written, the settings.

A rule family is a module of functions decorated with :func:`pemeriksa`; each takes a
:class:`KonteksReviu` and yields findings. A function returns nothing when the data it checks is
absent, so a rule over the LKj simply waits until a data set has one. A rule compares what the
user declared, and what one document says against another, with the year
(:class:`doctools.tahun.TahunKinerja`): it computes no figure of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.errors import Lokasi
from doctools.hukum.temuan import Temuan
from doctools.load import format_jalur
from doctools.reviu.pengaturan import PengaturanReviu, pengaturan_bawaan

if TYPE_CHECKING:
    from doctools.model import DataKecamatan
    from doctools.model.perjanjian import Perjanjian
    from doctools.tahun import TahunKinerja

__all__ = ["PEMERIKSA", "KonteksReviu", "Pemeriksa", "pemeriksa"]


@dataclass
class KonteksReviu:
    """The year under review and the helpers rules share."""

    tahun: TahunKinerja
    pengaturan: PengaturanReviu = field(default_factory=pengaturan_bawaan)
    kecamatan_lain: tuple[str, ...] = ()
    """Names of the other kecamatan of the same kabupaten folder (their folders and instansi)."""

    @property
    def data(self) -> DataKecamatan:
        """The validated data set of the year."""
        return self.tahun.data

    def lokasi(self, stem: str, *jalur: str | int) -> Lokasi:
        """Where ``jalur`` of data file ``stem`` was written (or its nearest written parent)."""
        peta = self.data.peta.get(stem)
        if peta is None:
            return Lokasi(self.data.berkas(stem), None, format_jalur(tuple(jalur)) or None)
        return peta.lokasi(tuple(jalur))

    def rupiah(self, nilai: Decimal | int) -> str:
        """Money as the kecamatan's documents print it (its ``gaya_rupiah``)."""
        return fmt.rupiah(nilai, self.data.instansi.pengaturan.gaya_rupiah)

    @property
    def lkj(self) -> Any | None:
        """The LKj model when the data set has ``lkj.yaml``."""
        return getattr(self.data, "lkj", None)

    @property
    def perjanjian(self) -> list[Perjanjian] | None:
        """Every resolved PK (the Camat's first), or None when there is none or it does not resolve.

        A PK that does not resolve is reported once, by the year (rule ``dokumen.susun``).
        """
        pt = self.tahun.perjanjian
        return [p.perjanjian for p in pt.daftar] if pt is not None and pt.lengkap else None

    @cached_property
    def tanggal_acuan(self) -> dt.date | None:
        """The latest date anyone signs a document of this data set (ages and careers are read then)."""
        d = self.data
        tanggal: list[fmt.TanggalTulis | None] = []
        for kep in (d.keputusan_iku, d.keputusan_iki):
            if kep is not None:
                tanggal.append(kep.tanggal)
        if d.perjanjian_kinerja is not None:
            pk = d.perjanjian_kinerja
            tanggal += [pk.tanggal, pk.camat.tanggal, *(p.tanggal for p in pk.pejabat)]
        if self.lkj is not None:
            tanggal.append(getattr(self.lkj, "tanggal", None))
        # a date without its day may be as late as its month ends
        ada = [t.akhir for t in tanggal if isinstance(t, fmt.TanggalTulis)]
        return max(ada) if ada else None

    def berkas_model(self) -> Iterator[tuple[str, Any]]:
        """(stem, validated model) of every data file loaded, in the order they were read."""
        for stem in self.data.peta:
            model = getattr(self.data, stem.replace("-", "_"), None)
            if model is not None:
                yield stem, model


Pemeriksa = Callable[[KonteksReviu], Iterable[Temuan]]
PEMERIKSA: list[Pemeriksa] = []
"""Every registered check, in registration (import) order."""


def pemeriksa(fungsi: Pemeriksa) -> Pemeriksa:
    """Register a check of the data set; see the module docstring."""
    PEMERIKSA.append(fungsi)
    return fungsi
