"""Every PK of the year, resolved once, with its Jumlah; kegiatan traced to the Camat's programs."""

from __future__ import annotations

from decimal import Decimal as D

from doctools.model.perjanjian import MataAnggaran
from doctools.tahun import TahunKinerja
from doctools.tahun.perjanjian import cari_program
from tests.conftest import SalinanData, tahun_dari

PK = "perjanjian-kinerja.yaml"


def test_daftar_dan_jumlah(tahun: TahunKinerja) -> None:
    pt = tahun.perjanjian
    assert pt is not None and pt.lengkap
    assert [d.perjanjian.kunci for d in pt.daftar] == ["camat", "sekretaris", "kasi-pemerintahan", "kasi-pmks",
                                                       "kasi-trantib"]
    # the Camat's four programs: 1.873,45 + 186,5375 + 97,25 + 152,8 juta
    assert pt.daftar[0].jumlah == pt.jumlah[("camat",)] == D(2_310_037_500)
    assert [d.jumlah for d in pt.daftar[1:]] == [D(1_873_450_000), D(186_537_500), D(97_250_000), D(152_800_000)]
    assert pt.camat is pt.daftar[0]


def test_kegiatan_ditelusuri_ke_program(tahun: TahunKinerja) -> None:
    pt = tahun.perjanjian
    assert pt is not None and pt.program_tak_dikenal == ()
    assert [g.pejabat for g in pt.kegiatan_program[0]] == ["sekretaris"] * 5
    assert [pt.jumlah_kegiatan(i) for i in range(4)] == [m.anggaran for m in pt.berkas.camat.program]


def test_rujukan_rusak(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  - pejabat: kasi-pmks\n", "  - pejabat: kasi-pmk\n")
    tahun = tahun_dari(salinan.folder)
    pt = tahun.perjanjian
    assert pt is not None and not pt.lengkap and pt.camat is None
    assert pt.jumlah[("pejabat", 2)] == D(97_250_000)  # still known: a declared Jumlah can be checked
    [m] = tahun.masalah  # reported once, though the LKj needs the PK too
    assert m.pesan.startswith("pejabat 'kasi-pmk' tidak ada di daftar pejabat instansi.yaml")
    assert tahun.laporan is None and "perjanjian-kinerja" not in tahun.dokumen


def test_cari_program() -> None:
    program = [MataAnggaran(id="penunjang", nama="Program Penunjang", anggaran=D(1)),
               MataAnggaran(nama="Program Pelayanan Publik.", anggaran=D(2))]
    assert [cari_program(r, program) for r in (2, "penunjang", "program pelayanan publik", 3, "lain")] == \
        [1, 0, 1, None, None]
