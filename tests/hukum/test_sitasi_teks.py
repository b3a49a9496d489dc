"""Mengingat items written out in full, as the seeds print them: read, checked against the catalog
and put in their place in the hierarchy."""

from __future__ import annotations

from datetime import date

import pytest

from doctools.hukum import Katalog, Temuan, susun_mengingat
from doctools.hukum.urai import SitasiTeks, judul_sama, urai_sitasi
from tests.hukum.test_mengingat import kutip, lok

#: The Mengingat of the Keputusan Camat Bululawang 2017 on IKI, as printed (seed), numbers removed.
BULULAWANG_2017 = [
    "Undang - Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang - Undangan (Lembaran Negara "
    "Tahun 2011 Nomor 82, Tambahan Lembaran Negara Nomor 5234);",
    "Undang - Undang Nomor 23 tahun 2014 tentang Pemerintahan Daerah",
    "Peraturan Pemerintah Nomor 39 Tahun 2006 tentang Tata Cara Pengendalian dan Evaluasi Pelaksanaan Rencana "
    "Pembangunan (Lembaran Negara Tahun 2006 Nomor 96, Tambahan Lembaran Negara Nomor 4663);",
    "Peraturan Pemerintah Nomor 38 Tahun 2007 tentang Pembagian Urusan Pemerintahan antara Pemerintah, "
    "Pemerintahan Daerah Provinsi dan Pemerintahan Daerah Kabupaten/Kota (Lembaran Negara Tahun 2007 Nomor 82, "
    "Tambahan Lembaran Negara Nomor 4737);",
    "Peraturan Presiden 29 tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman Umum "
    "Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah;",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
    "Pedoman Penyusunan Penetapan Kinerja dan Pelaporan Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Daerah Malang Nomor 6 Tahun 2016 tentang Rencana Pembangunan Jangka Menengah Daerah (RPJMD) "
    "Kabupaten Malang Tahun 2016-2021;",
    "Peraturan Daerah Kabupaten Malang Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah;",
    "Peraturan Bupati Malang Nomor 64 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta "
    "Tata Kerja Kecamatan;",
    "Surat Keputusan Camat Bululawang Nomor 188.45/011/KEP/35.07.14/2016 tentang Penetapan Renstra Kecamatan "
    "Bululawang.",
]


# --- reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("teks", "harapan"), [
    ("Peraturan Daerah Kabupaten Malang Nomor 6 Tahun 2016 tentang Rencana Pembangunan Jangka Menengah Daerah",
     SitasiTeks("perda", 2016, "Peraturan Daerah Kabupaten Malang Nomor 6 Tahun 2016", nomor="6",
                daerah="Kabupaten Malang", tentang="Rencana Pembangunan Jangka Menengah Daerah")),
    ("Peraturan Bupati Jember Nomor 50 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta "
     "Tata Kerja Kecamatan;",
     SitasiTeks("perbup", 2021, "Peraturan Bupati Jember Nomor 50 Tahun 2021", nomor="50", daerah="Kabupaten Jember",
                tentang="Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Kecamatan")),
    ("Peraturan Walikota Batu Nomor 93 Tahun 2016 Tentang Kedudukan Kecamatan",
     SitasiTeks("perwali", 2016, "Peraturan Walikota Batu Nomor 93 Tahun 2016", nomor="93", daerah="Kota Batu",
                tentang="Kedudukan Kecamatan")),
    ("Peraturan Daerah Kota Batu Nomor 7 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah",
     SitasiTeks("perda", 2016, "Peraturan Daerah Kota Batu Nomor 7 Tahun 2016", nomor="7", daerah="Kota Batu",
                tentang="Pembentukan dan Susunan Perangkat Daerah")),
    ("Peraturan Daerah Provinsi Jawa Timur Nomor 1 Tahun 2019 tentang Contoh",
     SitasiTeks("perda-provinsi", 2019, "Peraturan Daerah Provinsi Jawa Timur Nomor 1 Tahun 2019", nomor="1",
                daerah="Provinsi Jawa Timur", tentang="Contoh")),
    ("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, sebagaimana telah diubah dengan Undang- "
     "Undang Nomor 9 Tahun 2015 ;",
     SitasiTeks("uu", 2014, "Undang-Undang Nomor 23 Tahun 2014", nomor="23", tentang="Pemerintahan Daerah")),
    ("Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan",
     SitasiTeks("permen", 2017, "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017", nomor="86",
                lembaga="Menteri Dalam Negeri", tentang="Tata Cara Perencanaan")),
    ("Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang Pedoman",
     SitasiTeks("permen", 2007, "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007",
                nomor="PER/09/M.PAN/5/2007", lembaga="Menteri Negara Pendayagunaan Aparatur Negara",
                tentang="Pedoman")),
    ("Peraturan Presiden 29 tahun 2014", SitasiTeks("perpres", 2014, "Peraturan Presiden 29 tahun 2014", nomor="29")),
    ("Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
     SitasiTeks("uud", 1945, "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", pasal="Pasal 18 ayat (6)")),
])
def test_urai(teks: str, harapan: SitasiTeks) -> None:
    assert urai_sitasi(teks) == harapan


@pytest.mark.parametrize("teks", [
    "Surat Edaran Bupati Jember Nomor 1 Tahun 2023 tentang Contoh",  # a kind the hierarchy does not have
    "Rencana Strategis Kecamatan Mumbulsari Tahun 2021-2026",
    "uu 23 2014",
    "Peraturan Bupati Jember tentang Tata Kerja",  # no number
    "Berdasarkan Peraturan Presiden Nomor 29 tahun 2014 tentang Sistem Akuntabilitas",  # a sentence
])
def test_bukan_sitasi(teks: str) -> None:
    assert urai_sitasi(teks) is None


def test_judul_sama() -> None:
    assert judul_sama("Pembentukan Peraturan Perundang - Undangan", "Pembentukan Peraturan Perundang-undangan")
    assert judul_sama("Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja, dan Tata Cara Reviu Atas Laporan",
                      "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan")
    assert not judul_sama("Penetapan Renstra Kecamatan Bululawang", "Penetapan Rencana Strategis Kecamatan Bululawang")


# --- checked against the catalog ----------------------------------------------------------------


def test_mengingat_seed_bululawang_ditulis_lengkap(bawaan: Katalog) -> None:
    """The list pasted in reverse: the hierarchy restores it; the seed's wrong titles are galat."""
    hasil = susun_mengingat(kutip(*reversed(BULULAWANG_2017)), bawaan, per_tanggal=date(2017, 1, 31))
    assert [p.kunci for p in hasil.peraturan if p] == [
        "uu-12-2011", "uu-23-2014", "pp-39-2006", "pp-38-2007", "perpres-29-2014", "permenpan-per-9-2007",
        "perda-kab-malang-9-2016", "perbup-malang-64-2016",
    ]
    assert all(p is not None for p in hasil.peraturan)
    galat = [t for t in hasil.temuan if t.tingkat == "galat"]
    assert [t.lokasi for t in galat] == [lok(10), lok(13), lok(14)]  # Keputusan Camat, Perda 6/2016, PermenPAN-RB
    assert galat[2].pesan == (
        "butir 5: judul Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
        "Tahun 2014 tertulis \"Pedoman Penyusunan Penetapan Kinerja dan Pelaporan Akuntabilitas Kinerja Instan…\", "
        "padahal menurut katalog \"Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas "
        "Laporan Kinerja Instansi Pemerintah\"; tulis judul itu, atau cukup kuncinya 'permenpanrb-53-2014' (entri "
        "katalog itu belum terverifikasi: bila tulisan Anda yang benar, koreksi entrinya di peraturan.yaml)")
    assert "padahal menurut katalog \"Rencana Pembangunan Jangka Menengah Daerah Kabupaten Malang Tahun 2016-2021\"" \
        in galat[1].pesan  # "Peraturan Daerah Malang" is found as the Kabupaten's; "(RPJMD)" is not in its title
    assert [t for t in hasil.temuan if t.tingkat != "galat"] == []
    # read from the catalog: the placement, the right name of the kind
    assert hasil.butir[0].startswith("Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
                                     "Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82")
    assert hasil.butir[6] == ("Peraturan Daerah Kabupaten Malang Nomor 9 Tahun 2016 tentang Pembentukan dan "
                              "Susunan Perangkat Daerah")


def test_tahun_keliru_adalah_galat_dengan_saran(bawaan: Katalog) -> None:
    hasil = susun_mengingat(kutip("Peraturan Pemerintah Nomor 18 Tahun 2017 tentang Perangkat Daerah;"), bawaan)
    assert hasil.butir == ()
    assert hasil.temuan == (Temuan(
        "galat",
        "butir 1: Peraturan Pemerintah Nomor 18 Tahun 2017 tentang Perangkat Daerah tidak ada dalam katalog; "
        "tahunnya keliru? Menurut katalog: Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah "
        "('pp-18-2016') — perbaiki, atau cukup tulis kuncinya",
        lok(10)),)


def test_nomor_keliru_adalah_galat_dengan_saran(bawaan: Katalog) -> None:
    hasil = susun_mengingat(kutip({"teks": "Undang-Undang Nomor 32 Tahun 2014 tentang Pemerintahan Daerah"}), bawaan)
    (t,) = hasil.temuan
    assert t.tingkat == "galat"
    # UU 23/2014 has that title and year, UU 32/2004 that title and number
    assert ("nomor atau tahunnya keliru? Menurut katalog: Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan "
            "Daerah ('uu-32-2004') atau Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah ('uu-23-2014')"
            in t.pesan)


def test_perda_katalog_kabupaten_tahun_keliru(lokal: Katalog) -> None:
    # perda-kab-jember-1-2020 is the kabupaten's own entry (peraturan.yaml), not the shipped catalog's
    benar = "Peraturan Daerah Kabupaten Jember Nomor 1 Tahun 2020 tentang Contoh Peraturan Daerah"
    assert susun_mengingat(kutip(benar), lokal).dikutip == ((lokal.ambil("perda-kab-jember-1-2020"), lok(10)),)
    hasil = susun_mengingat(kutip(benar.replace("2020", "2021")), lokal)
    (t,) = hasil.temuan
    assert t.tingkat == "galat" and "tahunnya keliru?" in t.pesan and "('perda-kab-jember-1-2020')" in t.pesan


def test_peraturan_lokal_yang_tidak_dikenal_diurutkan_menurut_hierarki(bawaan: Katalog) -> None:
    perbup = "Peraturan Bupati Jember Nomor 50 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan " \
             "Fungsi serta Tata Kerja Kecamatan;"
    perda = "Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah"
    hasil = susun_mengingat(kutip(perbup, "permenpanrb-53-2014", perda, "uu-23-2014", "kepcamat-bululawang-11-2016"),
                            bawaan, per_tanggal=date(2023, 4, 4))
    assert [(p.kunci if p else None) for p in hasil.peraturan] == [
        "uu-23-2014", "permenpanrb-53-2014", None, None, "kepcamat-bululawang-11-2016"]
    assert hasil.butir[2] == perda  # printed as written, without the list punctuation
    assert hasil.butir[3] == perbup.rstrip(";")
    assert [(t.tingkat, t.lokasi) for t in hasil.temuan] == [("info", lok(10)), ("info", lok(12))]
    assert hasil.temuan[0].pesan == (
        "butir 1: Peraturan Bupati Jember Nomor 50 Tahun 2021 tidak ada dalam katalog, jadi dicetak seperti tertulis "
        "dan diurutkan menurut hierarkinya, tetapi judul dan penempatannya tidak diperiksa; tambahkan ke "
        "peraturan.yaml agar diperiksa")


def test_urutan_pengguna_dengan_teks_lengkap(bawaan: Katalog) -> None:
    hasil = susun_mengingat(
        kutip("Peraturan Walikota Batu Nomor 12 Tahun 2019 tentang Contoh",
              "Peraturan Daerah Kota Batu Nomor 7 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah"),
        bawaan, urutkan=False)
    assert hasil.butir[0].startswith("Peraturan Walikota Batu")  # the user's order is kept …
    assert [t for t in hasil.temuan if t.tingkat == "peringatan"] == [Temuan(  # … and its break is said
        "peringatan",
        "urutan Mengingat menyalahi hierarki: butir 1 (Peraturan Walikota Batu Nomor 12 Tahun 2019) ditulis sebelum "
        "butir 2 (Peraturan Daerah Kota Batu Nomor 7 Tahun 2016) yang lebih tinggi",
        lok(11))]


def test_perwali_kota_batu_dari_katalog(bawaan: Katalog) -> None:
    # Bumiaji 2019 (Kota Batu) writes the title in capitals here and there
    hasil = susun_mengingat(kutip(
        "Peraturan Walikota Batu Nomor 93 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Uraian Tugas Dan Fungsi "
        "Serta Tata Kerja KECAMATAN Kota Batu"), bawaan)
    assert hasil.temuan == ()
    assert [p.kunci for p in hasil.peraturan if p] == ["perwali-batu-93-2016"]


def test_teks_lengkap_ganda(bawaan: Katalog) -> None:
    perbup = "Peraturan Bupati Jember Nomor 50 Tahun 2021 tentang Tata Kerja Kecamatan"
    hasil = susun_mengingat(kutip(perbup, {"teks": perbup + ";"}, "uu-23-2014", "Undang-Undang Nomor 23 Tahun 2014"),
                            bawaan)
    assert [(t.tingkat, t.lokasi) for t in hasil.temuan if t.tingkat == "galat"] == [("galat", lok(11)),
                                                                                     ("galat", lok(13))]
    assert "butir 2: Peraturan Bupati Jember Nomor 50 Tahun 2021 sudah dikutip pada butir 1" in hasil.temuan[1].pesan
    assert len(hasil.butir) == 2


def test_pasal_uud_dalam_teks_lengkap(bawaan: Katalog) -> None:
    hasil = susun_mengingat(kutip("uu-23-2014", "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia "
                                                "Tahun 1945;"), bawaan)
    assert hasil.temuan == ()
    assert hasil.butir[0] == "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"
