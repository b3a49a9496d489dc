"""Realisasi anggaran for LKj BAB III B: per kegiatan, per program, grand total and shares.

Input (either the dataclasses below or plain mappings with the same keys; other keys of a
mapping are ignored, so a dumped pydantic model can be passed as it is)::

    program:      {nama, kegiatan: [...], pagu?, realisasi?}
    kegiatan:     {nama, sub_kegiatan: [...]?, pagu?, realisasi?}
    sub_kegiatan: {nama, pagu, realisasi}

Amounts are int, float or Decimal (rupiah), never negative. A level with children takes its
pagu and realisasi as the sum of its children; if it also states its own pagu or realisasi, the
stated value must equal that sum exactly (a wrong total is an error, not something to print).
A level without children must state both.

Computed for every row (sub-kegiatan, kegiatan, program) and for the total, all unrounded:

* ``persen`` = realisasi / pagu × 100, or None when the pagu is 0 (shown as "-");
* ``sisa``   = pagu − realisasi (the unspent part, "sisa/efisiensi"; negative when over);
* ``porsi``  = pagu / total pagu × 100 (share of the whole budget), None when the total is 0.

A realisasi above its pagu is allowed but recorded in :attr:`RingkasanAnggaran.catatan`, one
:class:`CatatanAnggaran` for every row (and the total) where it happens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from doctools.errors import DataError, Lokasi
from doctools.kinerja.capaian import Angka, bulatkan, ke_decimal

_SERATUS = Decimal(100)

# --- input ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubKegiatanAnggaran:
    nama: str
    pagu: Angka
    realisasi: Angka


@dataclass(frozen=True)
class KegiatanAnggaran:
    nama: str
    pagu: Angka | None = None
    realisasi: Angka | None = None
    sub_kegiatan: Sequence[SubKegiatanAnggaran | Mapping[str, Any]] = ()


@dataclass(frozen=True)
class ProgramAnggaran:
    nama: str
    kegiatan: Sequence[KegiatanAnggaran | Mapping[str, Any]] = ()
    pagu: Angka | None = None
    realisasi: Angka | None = None


# --- output --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RingkasanSubKegiatan:
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    sisa: Decimal
    porsi: Decimal | None


@dataclass(frozen=True)
class RingkasanKegiatan:
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    sisa: Decimal
    porsi: Decimal | None
    sub_kegiatan: tuple[RingkasanSubKegiatan, ...] = ()


@dataclass(frozen=True)
class RingkasanProgram:
    nama: str
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    sisa: Decimal
    porsi: Decimal | None
    kegiatan: tuple[RingkasanKegiatan, ...] = ()


TingkatAnggaran = Literal["total", "program", "kegiatan", "sub_kegiatan"]


@dataclass(frozen=True)
class CatatanAnggaran:
    """A fact worth a finding; ``jalur`` is the field path, e.g. ``program[1].kegiatan[2]``."""

    jenis: Literal["realisasi_melebihi_pagu"]
    tingkat: TingkatAnggaran
    jalur: str
    nama: str
    pagu: Decimal
    realisasi: Decimal
    pesan: str


@dataclass(frozen=True)
class RingkasanAnggaran:
    program: tuple[RingkasanProgram, ...]
    pagu: Decimal
    realisasi: Decimal
    persen: Decimal | None
    sisa: Decimal
    catatan: tuple[CatatanAnggaran, ...] = ()


# --- computation ---------------------------------------------------------------------------


def persen_dari(bagian: Decimal, keseluruhan: Decimal) -> Decimal | None:
    """``bagian / keseluruhan × 100``, or None when ``keseluruhan`` is 0."""
    if keseluruhan == 0:
        return None
    return bagian * _SERATUS / keseluruhan


def _rupiah(nilai: Decimal) -> str:
    """Plain ``Rp1.234.567,50`` for messages (the document formatting lives elsewhere)."""
    teks = f"{bulatkan(nilai, 2):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"Rp{teks.removesuffix(',00')}"


def _ambil(item: object, kunci: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(kunci)
    return getattr(item, kunci, None)


def _nama(item: object, jalur: str, apa: str) -> str:
    if not isinstance(item, Mapping) and not hasattr(item, "nama"):
        raise DataError(f"{apa} harus berupa data dengan kolom nama, pagu dan realisasi", Lokasi(kolom=jalur))
    nama = _ambil(item, "nama")
    if nama is None or not str(nama).strip():
        raise DataError(f"nama {apa} belum diisi", Lokasi(kolom=f"{jalur}.nama"))
    return str(nama).strip()


def _jumlah(nilai: object, jalur: str, kolom: str, apa: str, nama: str) -> Decimal:
    lokasi = Lokasi(kolom=f"{jalur}.{kolom}")
    d = ke_decimal(nilai, f"{kolom} {apa} '{nama}'", lokasi)
    if d < 0:
        raise DataError(f"{kolom} {apa} '{nama}' negatif ({d}); isi dengan angka 0 atau lebih", lokasi)
    return d


def _anak(item: object, kunci: str, jalur: str) -> Sequence[Any]:
    anak = _ambil(item, kunci)
    if anak is None:
        return ()
    if isinstance(anak, (str, bytes, Mapping)) or not isinstance(anak, Sequence):
        raise DataError(f"kolom '{kunci}' harus berupa daftar", Lokasi(kolom=f"{jalur}.{kunci}"))
    return anak


def _pagu_realisasi(
    item: object, jalur: str, apa: str, nama: str, dari_anak: tuple[Decimal, Decimal] | None
) -> tuple[Decimal, Decimal]:
    """The row's own amounts, or its children's sums checked against any stated amount."""
    hasil: list[Decimal] = []
    for indeks, kolom in enumerate(("pagu", "realisasi")):
        mentah = _ambil(item, kolom)
        if dari_anak is None:
            hasil.append(_jumlah(mentah, jalur, kolom, apa, nama))
            continue
        jumlah_anak = dari_anak[indeks]
        if mentah is not None:
            tertulis = _jumlah(mentah, jalur, kolom, apa, nama)
            if tertulis != jumlah_anak:
                raise DataError(
                    f"{kolom} {apa} '{nama}' tertulis {_rupiah(tertulis)} tetapi jumlah rinciannya "
                    f"{_rupiah(jumlah_anak)}; perbaiki salah satunya atau hapus {kolom} {apa} agar "
                    "dihitung dari rinciannya",
                    Lokasi(kolom=f"{jalur}.{kolom}"),
                )
        hasil.append(jumlah_anak)
    return hasil[0], hasil[1]


@dataclass
class _Baris:
    tingkat: TingkatAnggaran
    jalur: str
    nama: str
    pagu: Decimal
    realisasi: Decimal
    anak: list[_Baris]


def _baca_program(program: Sequence[Any]) -> list[_Baris]:
    hasil: list[_Baris] = []
    for p, prog in enumerate(program, start=1):
        jp = f"program[{p}]"
        nama_p = _nama(prog, jp, "program")
        kegiatan: list[_Baris] = []
        for k, keg in enumerate(_anak(prog, "kegiatan", jp), start=1):
            jk = f"{jp}.kegiatan[{k}]"
            nama_k = _nama(keg, jk, "kegiatan")
            sub: list[_Baris] = []
            for s, sk in enumerate(_anak(keg, "sub_kegiatan", jk), start=1):
                js = f"{jk}.sub_kegiatan[{s}]"
                nama_s = _nama(sk, js, "sub kegiatan")
                pagu_s, real_s = _pagu_realisasi(sk, js, "sub kegiatan", nama_s, None)
                sub.append(_Baris("sub_kegiatan", js, nama_s, pagu_s, real_s, []))
            jumlah_sub = (sum((b.pagu for b in sub), Decimal(0)), sum((b.realisasi for b in sub), Decimal(0)))
            pagu_k, real_k = _pagu_realisasi(keg, jk, "kegiatan", nama_k, jumlah_sub if sub else None)
            kegiatan.append(_Baris("kegiatan", jk, nama_k, pagu_k, real_k, sub))
        jumlah_keg = (sum((b.pagu for b in kegiatan), Decimal(0)), sum((b.realisasi for b in kegiatan), Decimal(0)))
        pagu_p, real_p = _pagu_realisasi(prog, jp, "program", nama_p, jumlah_keg if kegiatan else None)
        hasil.append(_Baris("program", jp, nama_p, pagu_p, real_p, kegiatan))
    return hasil


_NAMA_TINGKAT = {"total": "jumlah seluruh program", "program": "program", "kegiatan": "kegiatan",
                 "sub_kegiatan": "sub kegiatan"}


def _catat(b: _Baris, catatan: list[CatatanAnggaran]) -> None:
    if b.realisasi > b.pagu:
        apa = _NAMA_TINGKAT[b.tingkat]
        judul = apa if b.tingkat == "total" else f"{apa} '{b.nama}'"
        catatan.append(
            CatatanAnggaran(
                jenis="realisasi_melebihi_pagu",
                tingkat=b.tingkat,
                jalur=b.jalur,
                nama=b.nama,
                pagu=b.pagu,
                realisasi=b.realisasi,
                pesan=(
                    f"realisasi {judul} {_rupiah(b.realisasi)} melebihi pagunya {_rupiah(b.pagu)} "
                    f"(lebih {_rupiah(b.realisasi - b.pagu)})"
                ),
            )
        )


def ringkas_anggaran(
    program: Sequence[ProgramAnggaran | Mapping[str, Any]],
) -> RingkasanAnggaran:
    """Summarise programs → kegiatan → sub-kegiatan (see the module docstring for the rules)."""
    if program is None or isinstance(program, (str, bytes, Mapping)) or not isinstance(program, Sequence):
        raise DataError("data anggaran harus berupa daftar program")
    baris = _baca_program(program)
    total_pagu = sum((b.pagu for b in baris), Decimal(0))
    total_real = sum((b.realisasi for b in baris), Decimal(0))
    catatan: list[CatatanAnggaran] = []

    def porsi(pagu: Decimal) -> Decimal | None:
        return persen_dari(pagu, total_pagu)

    hasil_program: list[RingkasanProgram] = []
    for bp in baris:
        _catat(bp, catatan)
        hasil_kegiatan: list[RingkasanKegiatan] = []
        for bk in bp.anak:
            _catat(bk, catatan)
            hasil_sub: list[RingkasanSubKegiatan] = []
            for bs in bk.anak:
                _catat(bs, catatan)
                hasil_sub.append(
                    RingkasanSubKegiatan(bs.nama, bs.pagu, bs.realisasi, persen_dari(bs.realisasi, bs.pagu),
                                         bs.pagu - bs.realisasi, porsi(bs.pagu))
                )
            hasil_kegiatan.append(
                RingkasanKegiatan(bk.nama, bk.pagu, bk.realisasi, persen_dari(bk.realisasi, bk.pagu),
                                  bk.pagu - bk.realisasi, porsi(bk.pagu), tuple(hasil_sub))
            )
        hasil_program.append(
            RingkasanProgram(bp.nama, bp.pagu, bp.realisasi, persen_dari(bp.realisasi, bp.pagu),
                             bp.pagu - bp.realisasi, porsi(bp.pagu), tuple(hasil_kegiatan))
        )
    _catat(_Baris("total", "", "Jumlah", total_pagu, total_real, []), catatan)
    return RingkasanAnggaran(
        program=tuple(hasil_program),
        pagu=total_pagu,
        realisasi=total_real,
        persen=persen_dari(total_real, total_pagu),
        sisa=total_pagu - total_real,
        catatan=tuple(catatan),
    )


def proporsi(kelompok: Mapping[str, Angka]) -> dict[str, Decimal]:
    """Each group's share of the total, in percent (unrounded), e.g. belanja langsung/tidak langsung.

    Rounded shares need not add up to exactly 100,00 for display; the unrounded ones do.
    """
    if not isinstance(kelompok, Mapping) or not kelompok:
        raise DataError("kelompok anggaran untuk proporsi kosong; isi setidaknya satu kelompok")
    nilai: dict[str, Decimal] = {}
    for nama, jumlah in kelompok.items():
        d = ke_decimal(jumlah, f"anggaran kelompok '{nama}'", Lokasi(kolom=str(nama)))
        if d < 0:
            raise DataError(f"anggaran kelompok '{nama}' negatif ({d}); isi dengan angka 0 atau lebih",
                            Lokasi(kolom=str(nama)))
        nilai[str(nama)] = d
    total = sum(nilai.values(), Decimal(0))
    if total == 0:
        raise DataError("jumlah seluruh kelompok anggaran 0, sehingga proporsinya tidak dapat dihitung")
    return {nama: d * _SERATUS / total for nama, d in nilai.items()}


__all__ = [
    "CatatanAnggaran",
    "KegiatanAnggaran",
    "ProgramAnggaran",
    "RingkasanAnggaran",
    "RingkasanKegiatan",
    "RingkasanProgram",
    "RingkasanSubKegiatan",
    "SubKegiatanAnggaran",
    "persen_dari",
    "proporsi",
    "ringkas_anggaran",
]
