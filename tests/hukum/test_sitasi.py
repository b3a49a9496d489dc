"""Citation text per UU 12/2011 Lampiran II."""

from __future__ import annotations

from datetime import date

from doctools.hukum import (
    Katalog,
    Peraturan,
    nama_singkat,
    penempatan,
    sebutan,
    sitasi,
    sitasi_tunggal,
)


def test_tanpa_penempatan_permenpan_lama(bawaan: Katalog) -> None:
    p = bawaan.ambil("permenpan-per-9-2007")
    assert sitasi(p, bawaan) == (
        "Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 tentang "
        "Pedoman Umum Penetapan Indikator Kinerja Utama di Lingkungan Instansi Pemerintah"
    )
    assert penempatan(p) is None


def test_ln_dan_tln(bawaan: Katalog) -> None:
    assert sitasi(bawaan.ambil("uu-25-2009"), bawaan) == (
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia "
        "Tahun 2009 Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038)"
    )


def test_berita_negara_permen(bawaan: Katalog) -> None:
    assert sitasi(bawaan.ambil("permendagri-77-2020"), bawaan) == (
        "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis Pengelolaan Keuangan "
        "Daerah (Berita Negara Republik Indonesia Tahun 2020 Nomor 1781)"
    )
    teks = sitasi(bawaan.ambil("permendagri-86-2017"), bawaan)
    assert teks.startswith("Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, ")
    assert teks.endswith("Rencana Kerja Pemerintah Daerah (Berita Negara Republik Indonesia Tahun 2017 Nomor 1312)")


def test_perpres_tanpa_tln(bawaan: Katalog) -> None:
    assert sitasi(bawaan.ambil("perpres-29-2014"), bawaan) == (
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
        "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 80)"
    )


def test_satu_perubahan(bawaan: Katalog) -> None:
    assert sitasi(bawaan.ambil("pp-18-2016"), bawaan) == (
        "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik "
        "Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia Nomor 5887) "
        "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 72 Tahun 2019 tentang Perubahan atas "
        "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik "
        "Indonesia Tahun 2019 Nomor 187, Tambahan Lembaran Negara Republik Indonesia Nomor 6402)"
    )


def test_beberapa_kali_diubah(bawaan: Katalog) -> None:
    assert sitasi(bawaan.ambil("uu-12-2011"), bawaan) == (
        "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran "
        "Negara Republik Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara Republik Indonesia Nomor "
        "5234) sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 13 Tahun 2022 "
        "tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan "
        "Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2022 Nomor 143, Tambahan Lembaran "
        "Negara Republik Indonesia Nomor 6801)"
    )


def test_uu_pemda_terakhir_dengan_uu_6_2023(bawaan: Katalog) -> None:
    teks = sitasi(bawaan.ambil("uu-23-2014"), bawaan)
    assert " sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang " in teks
    assert teks.endswith(
        "(Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, Tambahan Lembaran Negara Republik Indonesia Nomor 6856)"
    )


def test_per_tanggal_mengabaikan_perubahan_sesudahnya(bawaan: Katalog) -> None:
    p = bawaan.ambil("uu-23-2014")
    # A decree of January 2017 (Bululawang): amended twice by then (UU 2/2015, UU 9/2015).
    teks = sitasi(p, bawaan, per_tanggal=date(2017, 1, 2))
    assert teks.endswith(
        "sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang "
        "Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran "
        "Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679)"
    )
    # Before any amendment: no amendment phrase at all.
    assert "diubah" not in sitasi(p, bawaan, per_tanggal=date(2014, 12, 31))


def test_perubahan_yang_tidak_ada_di_katalog_tidak_dihitung(kecil: Katalog) -> None:
    p = Peraturan(
        kunci="uu-1-2020",
        jenis="uu",
        nomor="1",
        tahun=2020,
        tentang="Contoh",
        perubahan=("uu-2-2021", "uu-9-2015"),
    )
    # uu-2-2021 is in no catalog: one amendment counted, so "diubah dengan", not "beberapa kali".
    assert sitasi(p, kecil) == (
        "Undang-Undang Nomor 1 Tahun 2020 tentang Contoh sebagaimana telah diubah dengan Undang-Undang "
        "Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang "
        "Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran "
        "Negara Republik Indonesia Nomor 5679)"
    )


def test_perda_lembaran_daerah_kabupaten(lokal: Katalog) -> None:
    assert sitasi(lokal.ambil("perda-kab-jember-1-2020"), lokal) == (
        "Peraturan Daerah Kabupaten Jember Nomor 1 Tahun 2020 tentang Contoh Peraturan Daerah (Lembaran "
        "Daerah Kabupaten Jember Tahun 2020 Nomor 1, Tambahan Lembaran Daerah Kabupaten Jember Nomor 5)"
    )


def test_perbup_berita_daerah(lokal: Katalog) -> None:
    assert sitasi(lokal.ambil("perbup-jember-61-2016"), lokal) == (
        "Peraturan Bupati Jember Nomor 61 Tahun 2016 tentang Contoh Peraturan Bupati (Berita Daerah "
        "Kabupaten Jember Tahun 2016 Nomor 61)"
    )


def test_keputusan_camat_dan_sebutan_khusus(lokal: Katalog) -> None:
    assert sitasi(lokal.ambil("kepcamat-mumbulsari-5-2019"), lokal) == (
        "Keputusan Camat Mumbulsari Nomor 05 Tahun 2019 tentang Indikator Kinerja Utama Kecamatan Mumbulsari"
    )
    assert sebutan(lokal.ambil("perwali-batu-93-2016")) == "Peraturan Walikota Batu"
    assert nama_singkat(lokal.ambil("kepcamat-bululawang-11-2016")) == (
        "Keputusan Camat Bululawang Nomor 188.45/011/KEP/35.07.14/2016"
    )


def test_uud_dengan_dan_tanpa_pasal(bawaan: Katalog) -> None:
    uud = bawaan.ambil("uud-1945")
    assert sitasi(uud, bawaan) == "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"
    assert sitasi(uud, bawaan, pasal="Pasal 18 ayat (6)") == (
        "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"
    )


def test_tanpa_titik_koma_di_akhir(bawaan: Katalog) -> None:
    for p in bawaan:
        teks = sitasi(p, bawaan)
        assert not teks.rstrip().endswith(";"), p.kunci
        assert "  " not in teks, p.kunci
        assert sitasi_tunggal(p) in teks
