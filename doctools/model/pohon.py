"""The pohon kinerja of one year, built from the data: tujuan → sasaran → program → kegiatan → sub-kegiatan.

Everything comes from ``kinerja.yaml``: the tujuan and sasaran with their indicators, and the
Renstra's programs (``renstra.program``) with their indicators, kegiatan and sub-kegiatan; each
indicator shows its target for the year. A sasaran belongs to the tujuan it names (``tujuan:``,
optional when there is one tujuan); a program appears under every sasaran it supports, and a
kegiatan under its program's sasaran, or only under the one it names (``sasaran:``). Who carries
out a kegiatan (or a program) comes from the pejabat's Perjanjian Kinerja that lists it by name.

Every reference that cannot be resolved is reported at its file and line, all at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from doctools.errors import DataError
from doctools.kinerja.pohon import IndikatorSimpul, Simpul
from doctools.model.instansi import Instansi
from doctools.model.kinerja import Indikator, Kinerja
from doctools.model.perjanjian import LokasiDi, PerjanjianKinerja
from doctools.model.renstra import IndikatorPohon, KegiatanRenstra, ProgramRenstra
from doctools.model.rujukan import cari_rujukan, normal_nama
from doctools.model.validasi import KumpulanGalat


def _sebut(daftar: Sequence[tuple[str | None, str]]) -> str:
    return ", ".join(f"'{ident}'" if ident else str(n) for n, (ident, _) in enumerate(daftar, start=1)) or "tidak ada"


def _indikator(daftar: Sequence[Indikator | IndikatorPohon], tahun: int) -> tuple[IndikatorSimpul, ...]:
    # a sasaran's indicator shows the PK's target (the RKT and the PK agree); the tree's own, the Renstra's
    return tuple(IndikatorSimpul(i.nama, i.target_perjanjian(tahun) if isinstance(i, Indikator) else i.target.get(tahun),
                                 i.satuan) for i in daftar)


def pelaksana_pk(pk: PerjanjianKinerja | None, instansi: Instansi) -> dict[str, str]:
    """Name of a program or kegiatan (normalised) → the jabatan of the pejabat whose PK lists it."""
    if pk is None:
        return {}
    hasil: dict[str, str] = {}
    for p in pk.pejabat:
        pejabat = instansi.cari_pejabat(p.pejabat)
        if pejabat is None:
            continue  # reported by the PK
        for m in [*p.program, *p.kegiatan]:
            hasil.setdefault(normal_nama(m.nama), pejabat.jabatan)
    return hasil


class _Susun:
    def __init__(self, kinerja: Kinerja, tahun: int, lokasi: LokasiDi, pelaksana: Mapping[str, str]) -> None:
        self.kinerja, self.tahun, self.lokasi, self.pelaksana = kinerja, tahun, lokasi, pelaksana
        self.galat: list[DataError] = []
        self.daftar_sasaran = [(s.id, s.uraian) for s in kinerja.sasaran]
        self._sasaran_kegiatan: dict[tuple[int, int], int | None] = {}

    def salah(self, pesan: str, *jalur: str | int) -> None:
        self.galat.append(DataError(pesan, self.lokasi("kinerja", *jalur)))

    def tujuan_sasaran(self) -> list[list[int]]:
        """For each tujuan, the indexes of its sasaran."""
        tujuan = self.kinerja.tujuan
        daftar = [(t.id, t.uraian) for t in tujuan]
        hasil: list[list[int]] = [[] for _ in tujuan]
        for s_i, s in enumerate(self.kinerja.sasaran):
            if s.tujuan is None:
                if len(tujuan) == 1:
                    hasil[0].append(s_i)
                else:
                    self.salah(f"sasaran '{s.uraian}' tidak menyebut tujuan yang didukungnya; ada {len(tujuan)} tujuan, "
                               f"tulis 'tujuan:' dengan salah satu dari: {_sebut(daftar)}", "sasaran", s_i)
                continue
            t_i = cari_rujukan(s.tujuan, daftar)
            if t_i is None:
                self.salah(f"tujuan '{s.tujuan}' tidak ada di kinerja.yaml; yang ada: {_sebut(daftar)}",
                           "sasaran", s_i, "tujuan")
                continue
            hasil[t_i].append(s_i)
        return hasil

    def sasaran_program(self) -> dict[int, list[int]]:
        """For each sasaran index, the indexes of the Renstra programs that support it (in order)."""
        hasil: dict[int, list[int]] = {}
        for p_i, prog in enumerate(self.kinerja.renstra.program):
            for k, ruj in enumerate(prog.sasaran):
                s_i = cari_rujukan(ruj, self.daftar_sasaran)
                if s_i is None:
                    self.salah(f"sasaran '{ruj}' tidak ada di kinerja.yaml; yang ada: {_sebut(self.daftar_sasaran)}",
                               "renstra", "program", p_i, "sasaran", k)
                elif p_i not in hasil.setdefault(s_i, []):
                    hasil[s_i].append(p_i)
        return hasil

    def sasaran_kegiatan(self, p_i: int, prog: ProgramRenstra, g_i: int, keg: KegiatanRenstra) -> int | None:
        """The sasaran a kegiatan narrows itself to (None: all of its program's; -1: unknown), checked once."""
        if (p_i, g_i) not in self._sasaran_kegiatan:
            self._sasaran_kegiatan[(p_i, g_i)] = self._cari_sasaran_kegiatan(p_i, prog, g_i, keg)
        return self._sasaran_kegiatan[(p_i, g_i)]

    def _cari_sasaran_kegiatan(self, p_i: int, prog: ProgramRenstra, g_i: int, keg: KegiatanRenstra) -> int | None:
        if keg.sasaran is None:
            return None
        s_i = cari_rujukan(keg.sasaran, self.daftar_sasaran)
        milik = [cari_rujukan(r, self.daftar_sasaran) for r in prog.sasaran]
        if s_i is None or s_i not in milik:
            pilihan = ", ".join(f"'{r}'" for r in prog.sasaran)
            self.salah(f"kegiatan '{keg.nama}' menyebut sasaran '{keg.sasaran}', yang tidak didukung programnya "
                       f"'{prog.nama}'; pilih salah satu sasaran program itu: {pilihan}",
                       "renstra", "program", p_i, "kegiatan", g_i, "sasaran")
            return -1
        return s_i

    def program(self, s_i: int, p_i: int) -> Simpul:
        prog = self.kinerja.renstra.program[p_i]
        kegiatan = []
        for g_i, keg in enumerate(prog.kegiatan):
            sasaran = self.sasaran_kegiatan(p_i, prog, g_i, keg)
            if sasaran is not None and sasaran != s_i:
                continue
            sub = tuple(Simpul("sub-kegiatan", sk.nama, _indikator(sk.indikator, self.tahun),
                               pelaksana=self.pelaksana.get(normal_nama(sk.nama))) for sk in keg.sub_kegiatan)
            kegiatan.append(Simpul("kegiatan", keg.nama, _indikator(keg.indikator, self.tahun), sub,
                                   self.pelaksana.get(normal_nama(keg.nama))))
        return Simpul("program", prog.nama, _indikator(prog.indikator, self.tahun), tuple(kegiatan),
                      self.pelaksana.get(normal_nama(prog.nama)))


def susun_pohon(kinerja: Kinerja, tahun: int, lokasi: LokasiDi,
                pelaksana: Mapping[str, str] | None = None) -> tuple[Simpul, ...]:
    """The pohon kinerja of ``tahun``: one tree per tujuan (see the module docstring)."""
    s = _Susun(kinerja, tahun, lokasi, pelaksana or {})
    per_tujuan = s.tujuan_sasaran()
    per_sasaran = s.sasaran_program()
    hasil = []
    for t_i, tujuan in enumerate(kinerja.tujuan):
        sasaran = []
        for s_i in per_tujuan[t_i]:
            sas = kinerja.sasaran[s_i]
            program = tuple(s.program(s_i, p_i) for p_i in per_sasaran.get(s_i, []))
            sasaran.append(Simpul("sasaran", sas.uraian, _indikator(sas.indikator, tahun), program))
        hasil.append(Simpul("tujuan", tujuan.uraian, _indikator(tujuan.indikator, tahun), tuple(sasaran)))
    if s.galat:
        raise s.galat[0] if len(s.galat) == 1 else KumpulanGalat(s.galat)
    return tuple(hasil)


