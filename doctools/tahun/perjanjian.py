"""The Perjanjian Kinerja of every level, resolved once: who signs, which targets, which budget, its Jumlah.

The references of perjanjian-kinerja.yaml (sasaran and indicators of kinerja.yaml, pejabat of
instansi.yaml, the atasan chain) are resolved by :func:`doctools.model.rangkai`; the PK documents,
the LKj (BAB II) and the reviu all read the result from here. The Jumlah of every level is
computed from the data as written, so a declared one can be checked even when a reference is
broken; a lower official's kegiatan is traced to the Camat's program it belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from doctools.errors import DataError, Lokasi
from doctools.model import DataKecamatan, Perjanjian, PerjanjianKinerja, rangkai
from doctools.model.rujukan import Rujukan, normal_nama
from doctools.tahun.lokasi import lokasi_di

if TYPE_CHECKING:
    from doctools.model.perjanjian import MataAnggaran

Jalur = tuple[str | int, ...]


@dataclass(frozen=True)
class PerjanjianDihitung:
    """One signing pair's PK with the Jumlah of its anggaran table."""

    perjanjian: Perjanjian
    jalur: Jalur
    """``("camat",)`` or ``("pejabat", i)``: the level in perjanjian-kinerja.yaml."""
    jumlah: Decimal
    lokasi: Lokasi


@dataclass(frozen=True)
class KegiatanProgram:
    """A lower official's kegiatan traced to a program of the Camat's PK."""

    pejabat: str
    anggaran: Decimal
    program: int
    """Index of the Camat's program."""


@dataclass(frozen=True)
class PerjanjianTahun:
    """Every PK of the year."""

    berkas: PerjanjianKinerja
    jumlah: Mapping[Jalur, Decimal]
    """The Jumlah of every level's anggaran table, as written (``("camat",)``, ``("pejabat", i)``)."""
    daftar: tuple[PerjanjianDihitung, ...]
    """The Camat's PK first, then the lower officials'; empty when a reference does not resolve."""
    kegiatan_program: Mapping[int, tuple[KegiatanProgram, ...]]
    """Camat's program index → the lower officials' kegiatan traced to it."""
    program_tak_dikenal: tuple[tuple[int, int], ...]
    """(pejabat, kegiatan) indexes of kegiatan whose ``program:`` names no program of the Camat."""

    @property
    def lengkap(self) -> bool:
        return bool(self.daftar)

    def jumlah_kegiatan(self, program: int) -> Decimal:
        """The sum of the lower officials' kegiatan traced to the Camat's program ``program``."""
        return sum((g.anggaran for g in self.kegiatan_program.get(program, ())), Decimal(0))

    @property
    def camat(self) -> PerjanjianDihitung | None:
        return self.daftar[0] if self.daftar else None


def cari_program(rujukan: Rujukan, program: Sequence[MataAnggaran]) -> int | None:
    """Index of the Camat's program a kegiatan names: 1-based number, id, or exact name."""
    if isinstance(rujukan, int):
        return rujukan - 1 if 1 <= rujukan <= len(program) else None
    for i, p in enumerate(program):
        if p.id == rujukan:
            return i
    for i, p in enumerate(program):
        if normal_nama(p.nama) == normal_nama(rujukan):
            return i
    return None


def _jumlah(daftar: Sequence[MataAnggaran]) -> Decimal:
    return sum((m.anggaran for m in daftar), Decimal(0))


def _program_lkj(data: DataKecamatan) -> dict[str, str]:
    """LKj kegiatan name → the name of its program (normalised), to trace PK kegiatan."""
    program = data.lkj.anggaran.program if data.lkj is not None else []
    return {normal_nama(g.nama): normal_nama(p.nama) for p in program for g in p.kegiatan}


def _lacak(data: DataKecamatan, pk: PerjanjianKinerja) -> tuple[dict[int, tuple[KegiatanProgram, ...]],
                                                                 tuple[tuple[int, int], ...]]:
    """Each lower official's kegiatan to its program: by its ``program:``, else by the kegiatan lines of the
    Camat's PK, else by the LKj's budget."""
    program = pk.camat.program
    per_nama = {normal_nama(p.nama): i for i, p in enumerate(program)}
    dari_lkj = _program_lkj(data)
    dari_lkj.update({normal_nama(g.nama): normal_nama(p.nama) for p in program for g in p.kegiatan})
    kegiatan: dict[int, list[KegiatanProgram]] = {}
    tak_dikenal: list[tuple[int, int]] = []
    for p_i, p in enumerate(pk.pejabat):
        for g_i, g in enumerate(p.kegiatan):
            if g.program is not None:
                indeks = cari_program(g.program, program)
                if indeks is None:
                    tak_dikenal.append((p_i, g_i))
                    continue
            else:
                nama_program = dari_lkj.get(normal_nama(g.nama))
                indeks = per_nama.get(nama_program) if nama_program is not None else None
                if indeks is None:
                    continue
            kegiatan.setdefault(indeks, []).append(KegiatanProgram(p.pejabat, g.anggaran, indeks))
    return {i: tuple(daftar) for i, daftar in sorted(kegiatan.items())}, tuple(tak_dikenal)


def hitung_perjanjian(data: DataKecamatan) -> tuple[PerjanjianTahun | None, DataError | None]:
    """Every PK of ``data`` (None without perjanjian-kinerja.yaml), and why the references do not resolve."""
    pk, kinerja = data.perjanjian_kinerja, data.kinerja
    if pk is None or kinerja is None:
        return None, None
    jumlah: dict[Jalur, Decimal] = {("camat",): _jumlah(pk.camat.program)}
    for p_i, p in enumerate(pk.pejabat):
        jumlah[("pejabat", p_i)] = _jumlah([*p.program, *p.kegiatan])
    kegiatan, tak_dikenal = _lacak(data, pk)
    try:
        daftar = rangkai(pk, data.instansi, kinerja, lambda stem, *jalur: lokasi_di(data, stem, *jalur))
        galat = None
    except DataError as exc:
        daftar, galat = [], exc
    jalur: list[Jalur] = [("camat",), *(("pejabat", i) for i in range(len(pk.pejabat)))]
    dihitung = tuple(PerjanjianDihitung(p, j, jumlah[j], lokasi_di(data, "perjanjian-kinerja", *j))
                     for p, j in zip(daftar, jalur))
    return PerjanjianTahun(pk, jumlah, dihitung, kegiatan, tak_dikenal), galat
