"""rencana-aksi.yaml, rkt.yaml and pohon-kinerja.yaml: validation, and their resolution against the PK and the Renstra."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from doctools.errors import DataError
from doctools.model import muat_data, rangkai
from doctools.model.pohon import pelaksana_pk, susun_pohon
from doctools.model.rangkai_aksi import rangkai_aksi
from doctools.model.rencana_aksi import RencanaAksi
from tests.conftest import CONTOH, SalinanData


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    folder = tmp_path / "mumbulsari"
    shutil.copytree(CONTOH, folder)
    return SalinanData(folder)


def _ra(**isi: object) -> RencanaAksi:
    dasar: dict[str, object] = {"tahun": 2025, "tanggal": "2025-01-13",
                                "camat": [{"sasaran": 1, "target": [1, 2, 3, 4]}]}
    return RencanaAksi.model_validate({**dasar, **isi})


def test_nilai_triwulan_daftar_atau_per_triwulan() -> None:
    ra = _ra(camat=[{"sasaran": 1, "target": ["-", 82, None, "82,5"], "realisasi": {"I": 81, "tw 2": "81.9"}}])
    r = ra.camat[0]
    assert r.target == {2: D(82), 4: D("82.5")}
    assert r.realisasi == {1: D(81), 2: D("81.9")}
    assert r.jenis == "kumulatif"


@pytest.mark.parametrize(("isi", "pesan"), [
    ({"target": [1, 2, 3]}, "tepat empat nilai"),
    ({"target": [1, 2, 3, 4], "realisasi": [1, 2, 3, 4, 5]}, "paling banyak empat nilai"),
    ({"target": {5: 1}}, "triwulan harus 1, 2, 3 atau 4"),
    ({"target": [1, 2, 3, 4], "aksi": [{"uraian": "x", "triwulan": [1, "I"]}]}, "lebih dari sekali"),
    ({"target": [1, 2, 3, 4], "jenis": "bulanan"}, "kumulatif"),
])
def test_nilai_triwulan_yang_salah(isi: dict[str, object], pesan: str) -> None:
    with pytest.raises(ValueError, match=pesan):
        _ra(camat=[{"sasaran": 1, **isi}])


def test_aksi_triwulan_diurutkan() -> None:
    ra = _ra(camat=[{"sasaran": 1, "target": [1, 2, 3, 4], "aksi": [{"uraian": "x", "triwulan": ["IV", 2]}]}])
    assert ra.camat[0].aksi[0].triwulan == [2, 4]


def test_rencana_aksi_contoh_terangkai() -> None:
    data = muat_data(CONTOH)
    assert data.rencana_aksi is not None and data.perjanjian_kinerja is not None and data.kinerja is not None
    pk = rangkai(data.perjanjian_kinerja, data.instansi, data.kinerja, lambda *a: None)  # type: ignore[arg-type,return-value]
    daftar = rangkai_aksi(data.rencana_aksi, data.instansi, data.kinerja, data.perjanjian_kinerja, pk,
                          lambda *a: None, pk[0].pertama)  # type: ignore[arg-type,return-value]
    assert [r.kunci for r in daftar] == ["camat", "sekretaris", "kasi-pmks", "kasi-trantib"]
    camat = daftar[0]
    assert camat.tanpa_rencana == ()
    ikm = camat.indikator[1]
    assert ikm.nama == "Indeks Kepuasan Masyarakat" and ikm.target_tahun == D("82.5")
    assert ikm.target == {2: D(82), 4: D("82.5")}
    assert ikm.asal_target == ("kinerja", ("sasaran", 1, "indikator", 0, "target", 2025))
    assert [a.penanggung_jawab for a in ikm.aksi] == ["Kepala Seksi Pemerintahan", "Seksi Pelayanan Umum",
                                                      "Kepala Seksi Pemerintahan"]
    pmks = daftar[2]
    assert pmks.indikator[1].jenis == "per-triwulan" and pmks.indikator[1].target_tahun == D(12)
    # a pejabat's action without a penanggung jawab is his own
    assert {a.penanggung_jawab for a in pmks.indikator[0].aksi} == {
        "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial"}


def _galat_aksi(salinan: SalinanData) -> list[str]:
    data = muat_data(salinan.folder)
    assert data.rencana_aksi and data.perjanjian_kinerja and data.kinerja
    pk = rangkai(data.perjanjian_kinerja, data.instansi, data.kinerja, data._lokasi)  # type: ignore[arg-type]
    with pytest.raises(DataError) as info:
        rangkai_aksi(data.rencana_aksi, data.instansi, data.kinerja, data.perjanjian_kinerja, pk,
                     data._lokasi, pk[0].pertama)  # type: ignore[arg-type]
    return str(info.value).splitlines()


def test_rujukan_rencana_aksi_yang_salah_disebut_semua(salinan: SalinanData) -> None:
    salinan.ganti("rencana-aksi.yaml", "  - sasaran: tata-kelola        #", "  - sasaran: tata-kelolaa        #")
    salinan.ganti("rencana-aksi.yaml", "    indikator: 2\n    target: [85", "    indikator: 3\n    target: [85")
    salinan.ganti("rencana-aksi.yaml", "  - pejabat: kasi-pmks", "  - pejabat: kasi-umum")
    salinan.ganti("rencana-aksi.yaml", "penanggung_jawab: Seksi Pelayanan Umum", "penanggung_jawab: kasi-pelayanan")
    galat = _galat_aksi(salinan)
    baris = salinan.baris
    assert any(f"rencana-aksi.yaml:{baris('rencana-aksi.yaml', 'tata-kelolaa')}" in g
               and "sasaran 'tata-kelolaa' tidak ada di kinerja.yaml; yang ada: 'tata-kelola', 'pelayanan'" in g
               for g in galat), galat
    assert any("indikator '3' tidak ada pada sasaran 'Meningkatnya kualitas pengelolaan keuangan" in g for g in galat)
    assert any("pejabat 'kasi-umum' tidak mempunyai Perjanjian Kinerja di perjanjian-kinerja.yaml; pejabat yang "
               "mempunyai: 'sekretaris', 'kasi-pemerintahan', 'kasi-pmks', 'kasi-trantib'" in g for g in galat)
    assert len(galat) == 4, galat
    assert any("penanggung jawab 'kasi-pelayanan' tampak seperti id pejabat" in g and "maksudnya" in g for g in galat)


def test_indikator_wajib_disebut_bila_sasaran_berindikator_banyak(salinan: SalinanData) -> None:
    salinan.ganti("rencana-aksi.yaml", "    indikator: 1                # id, nomor", "    # id, nomor")
    [galat] = _galat_aksi(salinan)
    assert "mempunyai 2 indikator; tulis 'indikator:' dengan salah satu dari: 1, 2" in galat


def test_indikator_di_luar_pk_camat(salinan: SalinanData) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "sasaran: [tata-kelola, pelayanan, kesejahteraan, trantib, akuntabilitas]",
                  "sasaran: [tata-kelola, pelayanan, kesejahteraan, trantib, {sasaran: akuntabilitas, indikator: [1]}]")
    [galat] = _galat_aksi(salinan)
    assert "indikator 'Persentase indikator program yang tercapai' tidak termasuk Perjanjian Kinerja Camat" in galat


def test_tahun_rencana_aksi_sama_dengan_pk(salinan: SalinanData) -> None:
    salinan.ganti("rencana-aksi.yaml", "tahun: 2025", "tahun: 2026")
    salinan.ganti("rencana-aksi.yaml", "tanggal: 2025-01-13", "tanggal: 2026-01-13")
    [galat] = _galat_aksi(salinan)
    assert "Rencana Aksi tahun 2026, tetapi perjanjian-kinerja.yaml berisi Perjanjian Kinerja tahun 2025" in galat


def test_pohon_contoh() -> None:
    data = muat_data(CONTOH)
    assert data.kinerja is not None
    [tujuan] = susun_pohon(data.kinerja, 2025, data._lokasi, pelaksana_pk(data.perjanjian_kinerja, data.instansi))
    assert [s.uraian.split()[1] for s in tujuan.anak] == ["penataan", "kepuasan", "fasilitasi", "ketertiban",
                                                          "kualitas"]
    tata_kelola, akuntabilitas = tujuan.anak[0], tujuan.anak[4]
    # the shared program appears under both of its sasaran, each with the kegiatan that serve that one
    [penunjang] = tata_kelola.anak
    assert penunjang.uraian == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    assert [k.uraian for k in penunjang.anak] == [
        "Administrasi Umum Perangkat Daerah", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah"]
    assert [k.uraian for k in akuntabilitas.anak[0].anak] == [
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"]
    kegiatan = akuntabilitas.anak[0].anak[0]
    assert kegiatan.pelaksana == "Sekretaris Kecamatan"
    assert kegiatan.indikator[0].target == D(100)
    assert [s.indikator[0].target for s in kegiatan.anak] == [D(4), D(4)]
    assert tata_kelola.indikator[0].target == D(4)


def test_pohon_rujukan_yang_salah(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "          sasaran: akuntabilitas        # kegiatan program",
                  "          sasaran: pelayanan        # kegiatan program")
    salinan.ganti("kinerja.yaml", "      sasaran: kesejahteraan\n", "      sasaran: sejahtera\n")
    data = muat_data(salinan.folder)
    assert data.kinerja is not None
    with pytest.raises(DataError) as info:
        susun_pohon(data.kinerja, 2025, data._lokasi)
    galat = str(info.value).splitlines()
    assert len(galat) == 2, galat
    assert any("kegiatan 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah' menyebut sasaran 'pelayanan'"
               in g and "'tata-kelola', 'akuntabilitas'" in g for g in galat)
    assert any("sasaran 'sejahtera' tidak ada di kinerja.yaml" in g for g in galat)


def test_pohon_tujuan_ganda_perlu_rujukan(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "tujuan:\n  - uraian:", "tujuan:\n  - uraian: Tujuan kedua\n  - uraian:")
    salinan.ganti("kinerja.yaml", "  - id: pelayanan\n", "  - id: pelayanan\n    tujuan: 2\n")
    data = muat_data(salinan.folder)
    assert data.kinerja is not None
    with pytest.raises(DataError) as info:
        susun_pohon(data.kinerja, 2025, data._lokasi)
    galat = str(info.value).splitlines()
    assert len(galat) == 4  # every sasaran but 'pelayanan'
    assert all("tidak menyebut tujuan yang didukungnya; ada 2 tujuan" in g for g in galat)


def test_berkas_rencana_butuh_kinerja_dan_pk(salinan: SalinanData) -> None:
    salinan.hapus("perjanjian-kinerja.yaml")
    salinan.hapus("lkj.yaml")
    with pytest.raises(DataError) as info:
        muat_data(salinan.folder)
    pesan = str(info.value)
    assert "Rencana Kinerja Tahunan membutuhkan perjanjian-kinerja.yaml" in pesan
    assert "Rencana Aksi membutuhkan perjanjian-kinerja.yaml" in pesan
    assert "Pohon Kinerja" not in pesan


def _galat_muat(salinan: SalinanData) -> list[str]:
    with pytest.raises(DataError) as info:
        muat_data(salinan.folder)
    return str(info.value).splitlines()


def test_nilai_triwulan_yang_salah_disebut_di_butirnya(salinan: SalinanData) -> None:
    # the first quarter's value was named target[2] (the quarter 1 read as the list's second item)
    salinan.ganti("rencana-aksi.yaml", "    target: [2, 3, 4, 4]", "    target:\n      - 1.250\n      - 3\n      - 4\n      - 4")
    [galat] = _galat_muat(salinan)
    baris = salinan.baris("rencana-aksi.yaml", "- 1.250")
    assert galat.startswith(f"{salinan.folder / 'rencana-aksi.yaml'}:{baris}, kolom 'camat[1].target[1]': "
                            "angka '1.250' meragukan")


def test_nilai_per_triwulan_yang_salah_disebut_di_kuncinya(salinan: SalinanData) -> None:
    salinan.ganti("rencana-aksi.yaml", "    realisasi: [100, 90, 91.67, 92.31]",
                  "    realisasi:\n      I: 100\n      II: [90]")
    [galat] = _galat_muat(salinan)
    baris = salinan.baris("rencana-aksi.yaml", "II: [90]")
    assert galat == (f"{salinan.folder / 'rencana-aksi.yaml'}:{baris}, kolom 'camat[3].realisasi.II': harus berupa "
                     "satu angka atau satu label (mis. 85 atau B), yang tertulis '[90]'")
