"""Budget sanity: the PK's programs and kegiatan add up, and realisasi stays within its pagu.

Negative amounts never get this far: every amount is a ``Uang`` and refused at load (rule
``data.muat``). A lower official's kegiatan belongs to a program of the Camat's PK when it says so
(``program:`` on the kegiatan) or, once the data set has an LKj, when the LKj lists a kegiatan of
the same name under that program (traced by the year, :class:`doctools.tahun.PerjanjianTahun`);
the kegiatan traced to a program must add up to its pagu.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.nilai import normal_nama
from doctools.reviu.temuan import CATATAN_DOKUMEN, Temuan, aturan
from doctools.tahun.anggaran import jalur_anggaran

if TYPE_CHECKING:
    from doctools.model.perjanjian import MataAnggaran

PROGRAM_TAK_DIKENAL = aturan("anggaran.program-tidak-dikenal", "galat",
                             "program yang disebut sebuah kegiatan ada dalam PK Camat")
KEGIATAN_LEBIH = aturan("anggaran.kegiatan-melebihi-program", "galat",
                        "kegiatan pejabat dalam satu program tidak berjumlah lebih dari pagu program di PK Camat")
KEGIATAN_KURANG = aturan("anggaran.kegiatan-kurang-dari-program", "peringatan",
                         "kegiatan pejabat dalam satu program berjumlah sama dengan pagu program di PK Camat")
PAGU_PROGRAM_PEJABAT = aturan("anggaran.pagu-program-pejabat", "galat",
                              "program dalam PK pejabat berpagu sama dengan program bernama sama di PK Camat")
NAMA_GANDA = aturan("anggaran.nama-ganda", "peringatan",
                    "satu program atau kegiatan tidak ditulis dua kali dalam satu perjanjian kinerja")
KEGIATAN_PK_CAMAT = aturan("anggaran.kegiatan-pk-camat", "galat",
                           "kegiatan PK pejabat yang juga tercantum dalam PK Camat mempunyai anggaran yang sama")
REALISASI_LEBIH = aturan("anggaran.realisasi-melebihi-pagu", "galat",
                         "realisasi anggaran dalam Laporan Kinerja tidak melebihi pagunya")


def _sebut_program(program: Sequence[MataAnggaran]) -> str:
    return ", ".join(f"'{p.id}'" if p.id else str(i) for i, p in enumerate(program, start=1)) or "tidak ada"


@pemeriksa
def periksa_kegiatan_program(k: KonteksReviu) -> Iterator[Temuan]:
    """Kegiatan name a known program, and those of one program add up to its pagu."""
    pt = k.tahun.perjanjian
    if pt is None:
        return
    pk = pt.berkas
    program = pk.camat.program
    for p_i, g_i in pt.program_tak_dikenal:
        g = pk.pejabat[p_i].kegiatan[g_i]
        yield PROGRAM_TAK_DIKENAL(
            f"kegiatan '{g.nama}' menyebut program '{g.program}', tetapi program itu tidak ada dalam "
            f"Perjanjian Kinerja Camat; yang dapat dipilih (id atau nomor): {_sebut_program(program)}",
            k.lokasi("perjanjian-kinerja", "pejabat", p_i, "kegiatan", g_i, "program"))
    for indeks, daftar in pt.kegiatan_program.items():
        prog = program[indeks]
        jumlah = pt.jumlah_kegiatan(indeks)
        if jumlah == prog.anggaran:
            continue
        pejabat = ", ".join(dict.fromkeys(g.pejabat for g in daftar))
        rincian = f"{len(daftar)} kegiatan pejabat {pejabat} yang menginduk padanya berjumlah {k.rupiah(jumlah)}"
        lokasi = k.lokasi("perjanjian-kinerja", "camat", "program", indeks, "anggaran")
        if jumlah > prog.anggaran:
            yield KEGIATAN_LEBIH(f"pagu program '{prog.nama}' {k.rupiah(prog.anggaran)}, tetapi {rincian}, lebih "
                                 f"{k.rupiah(jumlah - prog.anggaran)}; kegiatan tidak dapat melampaui pagu programnya",
                                 lokasi)
        elif not pt.program_tak_dikenal:  # a shortfall means nothing while a kegiatan names no program
            yield KEGIATAN_KURANG(f"pagu program '{prog.nama}' {k.rupiah(prog.anggaran)}, tetapi {rincian}, kurang "
                                  f"{k.rupiah(prog.anggaran - jumlah)}; sisa pagu itu belum diperjanjikan pejabat "
                                  "mana pun", lokasi)


@pemeriksa
def periksa_kegiatan_pk_camat(k: KonteksReviu) -> Iterator[Temuan]:
    """A lower official's kegiatan printed also under a program of the Camat's PK has the same anggaran there."""
    pk = k.data.perjanjian_kinerja
    if pk is None:
        return
    camat = {normal_nama(g.nama): (p_i, g_i, g) for p_i, p in enumerate(pk.camat.program)
             for g_i, g in enumerate(p.kegiatan)}
    for p_i, p in enumerate(pk.pejabat):
        for g_i, g in enumerate(p.kegiatan):
            cocok = camat.get(normal_nama(g.nama))
            if cocok is None or cocok[2].anggaran == g.anggaran:
                continue
            di = k.lokasi("perjanjian-kinerja", "camat", "program", cocok[0], "kegiatan", cocok[1], "anggaran")
            yield KEGIATAN_PK_CAMAT(
                f"anggaran kegiatan '{g.nama}' tertulis {k.rupiah(g.anggaran)}, tetapi dalam Perjanjian Kinerja Camat "
                f"(baris {di.baris}) {k.rupiah(cocok[2].anggaran)}; samakan keduanya",
                k.lokasi("perjanjian-kinerja", "pejabat", p_i, "kegiatan", g_i, "anggaran"))


@pemeriksa
def periksa_program_pejabat(k: KonteksReviu) -> Iterator[Temuan]:
    """A lower official's program named like a Camat's program has the same pagu."""
    pk = k.data.perjanjian_kinerja
    if pk is None:
        return
    per_nama = {normal_nama(p.nama): (i, p) for i, p in enumerate(pk.camat.program)}
    for p_i, p in enumerate(pk.pejabat):
        for m_i, m in enumerate(p.program):
            cocok = per_nama.get(normal_nama(m.nama))
            if cocok is None or cocok[1].anggaran == m.anggaran:
                continue
            di = k.lokasi("perjanjian-kinerja", "camat", "program", cocok[0], "anggaran")
            yield PAGU_PROGRAM_PEJABAT(
                f"anggaran program '{m.nama}' tertulis {k.rupiah(m.anggaran)}, tetapi dalam Perjanjian Kinerja Camat "
                f"(baris {di.baris}) {k.rupiah(cocok[1].anggaran)}; samakan keduanya",
                k.lokasi("perjanjian-kinerja", "pejabat", p_i, "program", m_i, "anggaran"))


@pemeriksa
def periksa_nama_ganda(k: KonteksReviu) -> Iterator[Temuan]:
    """The same program or kegiatan twice in one PK's table (a row copied twice)."""
    pk = k.data.perjanjian_kinerja
    if pk is None:
        return
    daftar: list[tuple[tuple[str | int, ...], Sequence[MataAnggaran]]] = [(("camat", "program"), pk.camat.program)]
    daftar += [(("camat", "program", m_i, "kegiatan"), m.kegiatan) for m_i, m in enumerate(pk.camat.program)]
    for p_i, p in enumerate(pk.pejabat):
        daftar += [(("pejabat", p_i, "program"), p.program), (("pejabat", p_i, "kegiatan"), p.kegiatan)]
    for jalur, baris in daftar:
        lihat: dict[str, int] = {}
        for m_i, m in enumerate(baris):
            nama = normal_nama(m.nama)
            if nama in lihat:
                yield NAMA_GANDA(f"'{m.nama}' sudah ditulis pada butir ke-{lihat[nama] + 1} tabel yang sama; "
                                 "hapus salah satunya atau gabungkan anggarannya",
                                 k.lokasi("perjanjian-kinerja", *jalur, m_i, "nama"))
            else:
                lihat[nama] = m_i


def _realisasi(k: KonteksReviu, item: Any, apa: str, jalur: tuple[str | int, ...]) -> Iterator[Temuan]:
    pagu, realisasi = getattr(item, "pagu", None), getattr(item, "realisasi", None)
    if pagu is None or realisasi is None or realisasi <= pagu:
        return
    nama = getattr(item, "nama", None) or getattr(item, "kelompok", "")
    yield REALISASI_LEBIH(
        f"realisasi {apa} '{nama}' {k.rupiah(realisasi)} melebihi pagunya {k.rupiah(pagu)} (lebih "
        f"{k.rupiah(realisasi - pagu)}); realisasi belanja tidak dapat melampaui pagu DPA — periksa angkanya",
        k.lokasi("lkj", *jalur, "realisasi"))


@pemeriksa
def periksa_realisasi_lkj(k: KonteksReviu) -> Iterator[Temuan]:
    """Every stated realisasi of the LKj's budget is within its stated pagu."""
    anggaran = getattr(k.lkj, "anggaran", None)
    if anggaran is None:
        return
    for p_i, p in enumerate(getattr(anggaran, "program", [])):
        yield from _realisasi(k, p, "program", ("anggaran", "program", p_i))
        for g_i, g in enumerate(getattr(p, "kegiatan", [])):
            jalur = ("anggaran", "program", p_i, "kegiatan", g_i)
            yield from _realisasi(k, g, "kegiatan", jalur)
            for s_i, s in enumerate(getattr(g, "sub_kegiatan", [])):
                yield from _realisasi(k, s, "sub kegiatan", (*jalur, "sub_kegiatan", s_i))
    for b_i, b in enumerate(getattr(anggaran, "belanja", [])):
        yield from _realisasi(k, b, "kelompok belanja", ("anggaran", "belanja", b_i))
        for j_i, j in enumerate(getattr(b, "jenis", [])):
            yield from _realisasi(k, j, "belanja", ("anggaran", "belanja", b_i, "jenis", j_i))


def _baris_anggaran(anggaran: Any, jalur: tuple[str | int, ...]) -> Any:
    """The program, kegiatan or sub kegiatan of lkj.yaml at ``jalur`` (None for the total)."""
    if not jalur:
        return None
    item = anggaran
    for bagian in jalur:
        item = item[bagian] if isinstance(bagian, int) else getattr(item, bagian)
    return item


@pemeriksa
def periksa_realisasi_hitung(k: KonteksReviu) -> Iterator[Temuan]:
    """A realisasi above its pagu where one of them is a sum the LKj computes (a total, a program of kegiatan).

    Allowed but worth a look (``dokumen.catatan``); where both are stated,
    :func:`periksa_realisasi_lkj` has already reported the row as a galat.
    """
    laporan = k.tahun.laporan
    if laporan is None:
        return
    for c in laporan.anggaran.ringkasan.catatan:
        jalur = jalur_anggaran(c.jalur)
        item = _baris_anggaran(laporan.lkj.anggaran, jalur)
        if getattr(item, "pagu", None) is not None and getattr(item, "realisasi", None) is not None:
            continue
        yield CATATAN_DOKUMEN(c.pesan, k.tahun.lokasi("lkj", "anggaran", *jalur))
