"""The models on valid data: what the example folder becomes once loaded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pydantic
import pytest

from doctools.load import muat_teks
from doctools.model import Indikator, Kinerja, Pecahan, Pemerintah, muat_data
from doctools.model.validasi import validasi
from tests.conftest import SalinanData


@pytest.fixture(scope="module")
def data_contoh():
    from tests.conftest import CONTOH

    return muat_data(CONTOH)


def test_instansi_contoh(data_contoh) -> None:
    ins = data_contoh.instansi
    assert ins.pemerintah.jenis == "kabupaten"
    assert ins.pemerintah.sebutan == "Kabupaten Jember"
    assert ins.pemerintah.jabatan_kepala == "Bupati Jember"
    assert ins.pemerintah.kepala_daerah.nama == "Ir. H. SUHARTONO WIBISONO, M.M."
    assert ins.kecamatan.nama == "Mumbulsari"
    assert ins.kecamatan.kode_wilayah == "35.09.14"
    assert ins.kecamatan.kode_pos == "68174"
    assert ins.kecamatan.tempat is None
    assert len(ins.kecamatan.tugas) == 10
    assert len(ins.kecamatan.fungsi) == 18
    assert ins.jabatan_camat == "Camat Mumbulsari"


def test_pejabat_nip_dan_pangkat_dipilah(data_contoh) -> None:
    camat = data_contoh.instansi.camat
    assert camat.nama == "Drs. BAMBANG SETIAWAN, M.Si."
    assert camat.nip.angka == "197005121995031004"
    assert camat.nip.tanggal_lahir == dt.date(1970, 5, 12)
    assert camat.nip.tmt == dt.date(1995, 3, 1)
    assert camat.nip.jenis_kelamin == "L"
    assert camat.pangkat.golongan == "IV/b"
    assert camat.model_dump()["nip"] == "197005121995031004"
    assert camat.model_dump()["pangkat"] == "IV/b"


def test_pengaturan_contoh(data_contoh) -> None:
    p = data_contoh.instansi.pengaturan
    assert p.kertas == "F4"
    assert (p.margin.atas, p.margin.bawah, p.margin.kiri, p.margin.kanan) == \
        (Decimal(2), Decimal("2.5"), Decimal(3), Decimal(2))
    assert p.huruf.nama == "Bookman Old Style"
    assert p.huruf.ukuran == Decimal(12)
    assert p.pola_nomor_keputusan == "{kode}/{urut}/{wilayah}/{tahun}"


def test_pengaturan_bawaan(salin_contoh: SalinanData) -> None:
    teks = salin_contoh.baca("instansi.yaml")
    salin_contoh.tulis("instansi.yaml", teks[:teks.index("pengaturan:")])
    p = muat_data(salin_contoh.folder).instansi.pengaturan
    assert p.kertas == "F4"
    assert p.margin.kiri == Decimal(3)
    assert p.huruf.nama == "Bookman Old Style"
    assert p.gaya_pangkat == "lengkap"
    assert p.huruf_setelah_z == "ganda"


def test_keputusan_contoh(data_contoh) -> None:
    kep = data_contoh.keputusan_iku
    assert kep.nomor.kode == "065"
    assert kep.nomor.urut == "007"
    assert kep.nomor.tahun is None
    assert kep.tanggal is not None and kep.tanggal.lengkap == dt.date(2025, 1, 6)
    assert len(kep.menimbang) == 2
    assert len(kep.mengingat) == 6
    assert [d.id for d in kep.diktum] == ["penetapan", None, None, None]
    assert kep.diktum[1].gaya_rincian == "angka-kurung"
    assert kep.diktum[1].penghubung == "dan"
    assert kep.diktum[2].gaya_rincian == "huruf"
    assert kep.ulang_judul is False
    assert kep.tembusan[0] == "Bupati Jember"


def test_kinerja_contoh(data_contoh) -> None:
    kin = data_contoh.kinerja
    assert (kin.periode_awal, kin.periode_akhir) == (2021, 2026)
    assert list(kin.tahun_periode) == [2021, 2022, 2023, 2024, 2025, 2026]
    assert len(kin.sasaran) == 5
    assert [len(s.indikator) for s in kin.sasaran] == [1, 1, 1, 1, 2]
    ind = kin.sasaran[2].indikator[0]
    assert isinstance(ind.formulasi, Pecahan)
    assert ind.formulasi.pembilang == "Jumlah kegiatan pemberdayaan yang difasilitasi"
    assert ind.formulasi.penyebut == "Jumlah kegiatan pemberdayaan"
    assert ind.formulasi.pengali == "100%"
    assert isinstance(kin.sasaran[0].indikator[0].formulasi, str)
    # a single name is accepted where a list of names is expected
    assert kin.sasaran[0].indikator[0].penanggung_jawab == ["Camat"]
    assert len(kin.sasaran[1].indikator[0].penanggung_jawab) == 4


def test_peta_lokasi_per_berkas(data_contoh) -> None:
    assert {"instansi", "kinerja", "keputusan-iku"} <= set(data_contoh.peta)
    lokasi = data_contoh.peta["kinerja"].lokasi(("periode_awal",))
    assert Path(lokasi.berkas).name == "kinerja.yaml"
    baris = Path(lokasi.berkas).read_text(encoding="utf-8").splitlines()
    assert baris[lokasi.baris - 1].startswith("periode_awal:")
    assert Path(data_contoh.berkas("kinerja")).name == "kinerja.yaml"


def test_model_beku(data_contoh) -> None:
    with pytest.raises(pydantic.ValidationError):
        data_contoh.instansi.kecamatan.nama = "Lain"  # type: ignore[misc]


def test_spasi_di_tepi_teks_dibuang(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Mumbulsari\n", '  nama: "  Mumbulsari  "\n')
    assert muat_data(salin_contoh.folder).instansi.kecamatan.nama == "Mumbulsari"


def test_pemerintah_kota() -> None:
    data, peta = muat_teks("jenis: kota\nnama: Batu\nkepala_daerah: {nama: X}\n", "i.yaml")
    pem = validasi(Pemerintah, data, peta)
    assert pem.sebutan == "Kota Batu"
    assert pem.jabatan_kepala == "Walikota Batu"


@pytest.mark.parametrize(("yaml", "nilai"), [
    ("85", Decimal(85)),
    ("85.5", Decimal("85.5")),
    ("-2", Decimal(-2)),
    ("delapan puluh", "delapan puluh"),   # a target may be text (a predicate such as "BB")
    ("BB", "BB"),
    # a number typed as text is still a number: never printed "85 %" beside the unit "%"
    ('"85"', Decimal(85)),
    ('"85%"', Decimal(85)),
    ("85 %", Decimal(85)),
    ('"85,5"', Decimal("85.5")),
])
def test_target_angka_atau_teks(yaml: str, nilai: object) -> None:
    data, peta = muat_teks(f"nama: X\ntarget:\n  2025: {yaml}\n", "k.yaml")
    ind = validasi(Indikator, data, peta)
    assert ind.target == {2025: nilai}
    assert type(ind.target[2025]) is type(nilai)


def test_indikator_bawaan() -> None:
    data, peta = muat_teks("nama: X\n", "k.yaml")
    ind = validasi(Indikator, data, peta)
    assert ind.iku is True
    assert ind.polaritas == "positif"
    assert ind.penanggung_jawab == []
    assert ind.formulasi is None


def test_sasaran_iku_hanya_indikator_iku() -> None:
    teks = """\
periode_awal: 2021
periode_akhir: 2026
tujuan: [{uraian: T}]
sasaran:
  - uraian: S1
    indikator:
      - {nama: A, iku: false}
  - uraian: S2
    indikator:
      - {nama: B}
      - {nama: C, iku: false}
      - {nama: D}
"""
    data, peta = muat_teks(teks, "k.yaml")
    kin = validasi(Kinerja, data, peta)
    hasil = kin.sasaran_iku()
    assert [(s.uraian, [i.nama for i in ind]) for s, ind in hasil] == [("S2", ["B", "D"])]
