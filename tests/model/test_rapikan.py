"""Pasted data, tidied when read: Word's list markers and "Kecamatan"/"Kabupaten" in a name.

The data is written the way the seeds print it (Bululawang 2017: "❖ " before every tugas, "- "
before every indicator, "1." before every Mengingat item; Bangsalsari 2023: "a." before the
Menimbang). Each marker is gone from the document and is a peringatan at its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from doctools.errors import DataError
from doctools.hukum import Temuan
from doctools.init import buat_awal
from doctools.model import Instansi, muat_data
from doctools.model.rapikan import buang_penanda
from doctools.reviu import periksa_folder
from tests.conftest import SalinanData, paragraf_baca, render_satu
from tests.reviu.conftest import salin

IKI = "keputusan-iki.yaml"


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin(tmp_path / "data" / "mumbulsari")


def _temuan(salinan: SalinanData, aturan: str) -> list[Temuan]:
    return [t for t in periksa_folder(salinan.folder).temuan if t.aturan == aturan]


@pytest.mark.parametrize(("teks", "sisa", "tanda"), [
    ("❖ Melaksanakan koordinasi", "Melaksanakan koordinasi", "❖"),
    ("•\tmerencanakan kegiatan", "merencanakan kegiatan", "•"),
    ("\uf0b7 merencanakan kegiatan", "merencanakan kegiatan", "\uf0b7"),  # Word's Symbol bullet, pasted
    ("▪mengelola urusan", "mengelola urusan", "▪"),
    ("- Persentase Tingkat Kehadiran", "Persentase Tingkat Kehadiran", "-"),
    ("a. bahwa untuk dapat mengukur", "bahwa untuk dapat mengukur", "a."),
    ("(1) Memberikan informasi", "Memberikan informasi", "(1)"),
    ("12. Peraturan Bupati", "Peraturan Bupati", "12."),
    ("b) penanganan konflik sosial", "penanganan konflik sosial", "b)"),
])
def test_penanda_dibuang(teks: str, sisa: str, tanda: str) -> None:
    assert buang_penanda(teks) == (sisa, tanda)


@pytest.mark.parametrize("teks", ["1.250 warga", "a.n. Bupati Jember", "Yth. Bupati Jember", "-", "Seksi Pemerintahan",
                                  "5 desa", "-an pada akhir kata"])
def test_bukan_penanda(teks: str) -> None:
    assert buang_penanda(teks) == (teks, None)


def test_penanda_dari_word_dibuang_dengan_peringatan(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(IKI, "      - melaksanakan koordinasi perencanaan, evaluasi",
                  "      - ❖ melaksanakan koordinasi perencanaan, evaluasi")
    salinan.ganti(IKI, "          - nama: Persentase tingkat kehadiran pegawai",
                  "          - nama: \"- Persentase tingkat kehadiran pegawai\"")
    salinan.ganti(IKI, "  - bahwa untuk mengukur kinerja", "  - a. bahwa untuk mengukur kinerja")
    salinan.ganti(IKI, "      - memberikan informasi kinerja", "      - (1) memberikan informasi kinerja")
    salinan.ganti(IKI, "            sumber_data: Data dokumen perencanaan dan pelaporan kecamatan",
                  "            sumber_data: \"• Data dokumen perencanaan dan pelaporan kecamatan\"")
    temuan = _temuan(salinan, "bentuk.penanda-diketik")
    assert [(t.tingkat, t.lokasi.baris if t.lokasi else None, t.lokasi.kolom if t.lokasi else None)
            for t in temuan] == [
        ("peringatan", salinan.baris(IKI, "a. bahwa"), "menimbang[1]"),
        ("peringatan", salinan.baris(IKI, "(1) memberikan"), "diktum[2].rincian[1]"),
        ("peringatan", salinan.baris(IKI, "❖ melaksanakan"), "jabatan[2].tugas[1]"),
        ("peringatan", salinan.baris(IKI, "- Persentase tingkat"), "jabatan[2].kinerja[1].indikator[1].nama"),
        ("peringatan", salinan.baris(IKI, "• Data dokumen"), "jabatan[2].kinerja[1].indikator[2].sumber_data"),
    ]
    assert temuan[2].pesan == (
        "butir ini diawali '❖' (penanda daftar yang diketik atau tersalin dari Word); penanda itu dibuang karena "
        "huruf dan nomor butir disusun otomatis — hapus '❖' dari data")
    assert temuan[3].pesan.startswith("nama indikator diawali '-'")
    assert not [t for t in periksa_folder(salinan.folder).temuan if t.tingkat == "galat"]

    doc = Document(str(render_satu(salinan.folder, tmp_path / "keluar", "keputusan-iki")))
    teks = paragraf_baca(doc)
    tugas = teks[teks.index("Jabatan\t:\tSekretaris Kecamatan") + 1]
    assert tugas.startswith("Tugas\t:\ta.\tmelaksanakan koordinasi perencanaan")
    assert any(t.startswith("Menimbang\t:\ta.\tbahwa untuk mengukur kinerja") for t in teks), teks[:20]
    semua = "\n".join(teks + [c.text for tb in doc.tables for r in tb.rows for c in r.cells])
    for tanda in ("❖", "a. bahwa", "(1) memberikan", "- Persentase", "•"):
        assert tanda not in semua
    assert "Persentase tingkat kehadiran pegawai" in semua


def test_mengingat_bernomor_dari_word(salinan: SalinanData) -> None:
    salinan.ganti(IKI, "  - uu-23-2014\n", "  - teks: \"1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan "
                                         "Daerah;\"\n")
    (t,) = _temuan(salinan, "bentuk.penanda-diketik")
    assert t.lokasi is not None and (t.lokasi.baris, t.lokasi.kolom) == (salinan.baris(IKI, "1. Undang"),
                                                                         "mengingat[1].teks")
    data = muat_data(salinan.folder)
    assert data.keputusan_iki is not None
    assert data.keputusan_iki.mengingat[0] == {"teks": "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;"}


# --- names written with their kind ------------------------------------------------------------


def test_kota_bertentangan_dengan_jenis_adalah_galat(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", "  nama: Jember\n", "  nama: Kota Batu\n")
    with pytest.raises(DataError) as info:
        muat_data(salinan.folder)
    assert str(info.value) == (
        f"{salinan.path('instansi.yaml')}:{salinan.baris('instansi.yaml', 'nama: Kota Batu')}, kolom "
        "'pemerintah.nama': nama 'Kota Batu' menyebut kota, padahal jenis: kabupaten; tulis jenis: kota dan nama: "
        "Batu, atau nama tanpa 'Kota' bila memang Kabupaten Batu")


def test_model_sendiri_membuang_sebutan() -> None:
    ins = Instansi.model_validate({
        "pemerintah": {"nama": "Kab. Malang", "kepala_daerah": {"nama": "Drs. H. M. SANUSI, M.M."}},
        "kecamatan": {"nama": "KECAMATAN BULULAWANG", "alamat": "Jalan Suropati Raya No. 06", "tugas": ["a"],
                      "fungsi": ["b"]},
        "camat": {"nama": "CHOLIK"},
    })
    assert (ins.pemerintah.sebutan, ins.kecamatan.nama, ins.jabatan_camat) == (
        "Kabupaten Malang", "BULULAWANG", "Camat BULULAWANG")


def test_init_tanpa_kata_ganda(tmp_path: Path) -> None:
    buat_awal(tmp_path / "bumiaji", kecamatan="Kecamatan Bumiaji", kabupaten="Kota Batu")
    instansi = (tmp_path / "bumiaji" / "instansi.yaml").read_text(encoding="utf-8")
    assert 'nama: "Bumiaji"' in instansi and 'nama: "Batu"' in instansi and 'jenis: "kota"' in instansi
    assert "Kecamatan Kecamatan" not in instansi and "Kota Kota" not in instansi
    with pytest.raises(DataError, match="--kota dipakai, padahal nama 'Kabupaten Malang' menyebut kabupaten"):
        buat_awal(tmp_path / "lain", kecamatan="Bululawang", kabupaten="Kabupaten Malang", kota=True)
