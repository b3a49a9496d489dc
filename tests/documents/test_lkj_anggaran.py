"""The LKj's budget as the LKj Mumbulsari 2020 writes it, read back from the rendered document.

That report prints Belanja Tidak Langsung as one total, Belanja Langsung by jenis with pagu only
(its realisasi for the class as a whole), "Belanja Modal Rp. -", and programs that are the Belanja
Langsung only. Its figures are typed here as the report states them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx.document import Document as DocumentObject

from doctools.errors import DataError
from tests.conftest import SalinanData, buka, paragraf_body
from tests.documents.test_laporan_kinerja import bangun_lkj, id_angka, isi, salin_lkj, tabel_berkepala

ANGGARAN_2020 = """anggaran:
  sumber_dana: APBD Kabupaten Jember Tahun Anggaran 2020
  cakupan: belanja langsung
  program:
    - nama: Program Pelayanan Administrasi Perkantoran
      sasaran: pelayanan
      kegiatan:
        - {nama: Penyediaan Jasa Perbaikan Peralatan Kerja, pagu: 15000000, realisasi: 13459500}
        - {nama: Penunjang Tupoksi Kantor, pagu: 140000000, realisasi: 121240000}
        - {nama: Penyediaan Jasa Pelayanan Kantor, pagu: 55000000, realisasi: 43864567}
    - nama: Program Peningkatan Sarana dan Prasarana Aparatur
      sasaran: tata-kelola
      kegiatan:
        - {nama: Pemeliharaan Rutin/Berkala Rumah Jabatan/Rumah Dinas, pagu: 5000000, realisasi: 4991000}
        - {nama: Pemeliharaan Rutin/Berkala Gedung Kantor, pagu: 2500000, realisasi: 2498000}
        - {nama: Pemeliharaan Rutin/Berkala Mobil Jabatan, pagu: 15000000, realisasi: 13939113}
        - {nama: Pemeliharaan Rutin/Berkala Kendaraan Dinas Operasional, pagu: 9200000, realisasi: 7691581}
    - nama: Program Peningkatan Disiplin Aparatur
      sasaran: tata-kelola
      kegiatan:
        - {nama: Penyelenggaraan Peringatan dan Upacara Hari-hari Besar Nasional, pagu: 20000000, realisasi: 12845000}
    - nama: Program Koordinasi Pemerintahan, Pembangunan dan Penyelenggaraan Pemerintahan Wilayah Kecamatan
      sasaran: tata-kelola
      kegiatan:
        - {nama: Koordinasi Penyelenggaraan Pemberdayaan Masyarakat dan Kesejahteraan Sosial, pagu: 37500000, realisasi: 33150000}
        - {nama: Koordinasi Penyelenggaraan Ketertiban dan Keamanan, pagu: 100800000, realisasi: 100800000}
  belanja:
    - kelompok: Belanja Tidak Langsung
      di_luar_program: true
      pagu: 1274830966.58
      realisasi: 889672130
    - kelompok: Belanja Langsung
      realisasi: 354478761
      jenis:
        - {nama: Belanja Pegawai, pagu: 230550000}
        - {nama: Belanja Barang/Jasa, pagu: 169450000}
        - {nama: Belanja Modal, pagu: 0}
"""

BTL, BL = Decimal("1274830966.58"), Decimal(400000000)


def pakai_anggaran_2020(salinan: SalinanData, tambahan: str = "") -> None:
    """Replace the example's budget in lkj.yaml by the 2020 report's (and ``tambahan`` lines under it)."""
    teks = salinan.baca("lkj.yaml")
    awal, akhir = teks.index("\nanggaran:") + 1, teks.index("\nskm:") + 1  # keys, not words in a comment
    salinan.tulis("lkj.yaml", teks[:awal] + ANGGARAN_2020 + tambahan + "\n" + teks[akhir:])


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> DocumentObject:
    akar = tmp_path_factory.mktemp("anggaran")
    salinan = salin_lkj(akar / "data" / "mumbulsari")
    pakai_anggaran_2020(salinan)
    return buka(bangun_lkj(salinan.folder, akar / "keluar"))


def test_kelompok_sebagai_jumlah_dan_realisasi_per_jenis_kosong(doc: DocumentObject) -> None:
    t = tabel_berkepala(doc, "NO", "JENIS BELANJA", "PAGU (Rp)", "PROPORSI", "REALISASI (Rp)", "% REALISASI")
    baris = isi(t)
    total = BTL + BL
    assert baris[0] == ["a.", "Belanja Tidak Langsung", "1.274.830.966,58", id_angka(BTL * 100 / total) + "%",
                        "889.672.130,00", id_angka(Decimal(889672130) * 100 / BTL) + "%"]
    assert baris[1] == ["b.", "Belanja Langsung", "400.000.000,00", "23,88%", "354.478.761,00", "88,62%"]
    # the jenis of Belanja Langsung: pagu and share only, the realisasi is the class's
    jenis = {r[1]: r for r in baris[2:-1]}
    assert jenis["Belanja Pegawai"][2:] == ["230.550.000,00", id_angka(Decimal(230550000) * 100 / total) + "%",
                                            "-", "-"]
    assert jenis["Belanja Modal"][2:4] == ["0,00", "0,00%"]
    assert baris[-1][-4:] == ["1.674.830.966,58", "100,00%", "1.244.150.891,00",
                              id_angka(Decimal(1244150891) * 100 / total) + "%"]


def test_kalimat_menyebut_cakupan(doc: DocumentObject) -> None:
    # in the Ikhtisar, BAB III and the conclusion alike
    daftar = [p for p in paragraf_body(doc) if p.startswith("Pagu belanja langsung Kecamatan Mumbulsari")]
    assert len(daftar) == 3
    kalimat = daftar[1]
    assert "sebesar Rp\u00a0400.000.000,00 untuk 4 (empat) program dan 10 (sepuluh) kegiatan" in kalimat
    assert ("Angka program, kegiatan dan sasaran dalam bagian ini mencakup belanja langsung saja, bukan seluruh "
            "Dokumen Pelaksanaan Anggaran (DPA) Kecamatan Mumbulsari.") in kalimat
    t = tabel_berkepala(doc, "NO", "SASARAN STRATEGIS", "PAGU (Rp)", "PROPORSI")
    assert [r[2:4] for r in isi(t)][:2] == [["190.000.000,00", "47,50%"], ["210.000.000,00", "52,50%"]]


def test_kelompok_tanpa_pagu_dan_tanpa_jenis(salinan_2020: SalinanData, tmp_path: Path) -> None:
    salinan_2020.ganti("lkj.yaml", "      pagu: 1274830966.58\n", "")
    with pytest.raises(DataError) as info:
        bangun_lkj(salinan_2020.folder, tmp_path / "keluar")
    assert info.value.lokasi is not None
    assert info.value.lokasi.baris == salinan_2020.baris("lkj.yaml", "- kelompok: Belanja Tidak Langsung")
    assert ("kelompok belanja 'Belanja Tidak Langsung' membutuhkan jenis (nama, pagu, realisasi) atau jumlahnya"
            in info.value.pesan)


def test_realisasi_jenis_tidak_lengkap_tanpa_jumlah(salinan_2020: SalinanData, tmp_path: Path) -> None:
    salinan_2020.ganti("lkj.yaml", "      realisasi: 354478761\n", "")
    salinan_2020.ganti("lkj.yaml", "{nama: Belanja Pegawai, pagu: 230550000}",
                       "{nama: Belanja Pegawai, pagu: 230550000, realisasi: 200000000}")
    with pytest.raises(DataError) as info:
        bangun_lkj(salinan_2020.folder, tmp_path / "keluar")
    assert ("kelompok belanja 'Belanja Langsung': jenis 'Belanja Barang/Jasa' belum punya realisasi; isi realisasi "
            "setiap jenis, atau realisasi kelompok (jumlahnya)") in info.value.pesan


def test_pagu_kelompok_bukan_jumlah_jenisnya(salinan_2020: SalinanData, tmp_path: Path) -> None:
    salinan_2020.ganti("lkj.yaml", "      realisasi: 354478761\n", "      pagu: 410000000\n      realisasi: 354478761\n")
    with pytest.raises(DataError) as info:
        bangun_lkj(salinan_2020.folder, tmp_path / "keluar")
    assert ("pagu kelompok belanja 'Belanja Langsung' tertulis Rp 410.000.000,00, tetapi jumlah pagu jenisnya "
            "Rp 400.000.000,00") in info.value.pesan


@pytest.fixture
def salinan_2020(tmp_path: Path) -> SalinanData:
    salinan = salin_lkj(tmp_path / "data" / "mumbulsari")
    pakai_anggaran_2020(salinan)
    return salinan
