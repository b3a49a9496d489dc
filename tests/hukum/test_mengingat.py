"""susun_mengingat: resolving, ordering, and every bad-citation finding with its exact message."""

from __future__ import annotations

import random
from datetime import date

import pytest

from doctools.errors import Lokasi
from doctools.hukum import (
    Katalog,
    Kutipan,
    Peraturan,
    Temuan,
    susun_mengingat,
)


def lok(baris: int) -> Lokasi:
    return Lokasi("keputusan.yaml", baris, f"mengingat[{baris - 10}]")


def kutip(*nilai: object) -> list[Kutipan]:
    """Items as the decree loader would hand them over: each with its file:line."""
    return [Kutipan.dari_data(v, lok(10 + i)) for i, v in enumerate(nilai)]


# --- resolving ---------------------------------------------------------------------------------


def test_bentuk_masukan(kecil: Katalog) -> None:
    hasil = susun_mengingat(
        [
            "uu-23-2014",
            {"kunci": "uud-1945", "pasal": "Pasal 18 ayat (6)"},
            {"jenis": "pp", "nomor": 18, "tahun": 2016},
            {"jenis": "Peraturan Presiden", "nomor": "29", "tahun": "2014"},
            {"jenis": "Permendagri", "nomor": "77", "tahun": 2020},
            {"jenis": "permen", "nomor": "53", "tahun": 2014, "lembaga": "Reformasi Birokrasi"},
            {"teks": "Surat Edaran Bupati Jember Nomor 1 Tahun 2023 tentang Contoh;"},
        ],
        kecil,
    )
    assert [p.kunci if p else None for p in hasil.peraturan] == [
        "uud-1945",
        "uu-23-2014",
        "pp-18-2016",
        "perpres-29-2014",
        "permenpanrb-53-2014",
        "permendagri-77-2020",
        None,
    ]
    assert hasil.butir[0] == "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"
    assert hasil.butir[1].endswith(
        "sebagaimana telah diubah dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas "
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia "
        "Tahun 2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679)"
    )
    # Free text: verbatim, at the end, without the user's trailing ";".
    assert hasil.butir[-1] == "Surat Edaran Bupati Jember Nomor 1 Tahun 2023 tentang Contoh"
    assert [t.tingkat for t in hasil.temuan] == ["peringatan"]
    assert not hasil.ada_galat


def test_kutipan_tanpa_lokasi_dan_kutipan_jadi(kecil: Katalog) -> None:
    k = Kutipan(kunci="perpres-29-2014", lokasi=lok(3))
    hasil = susun_mengingat([k, "uu-23-2014"], kecil)
    assert [p.kunci for p in hasil.peraturan if p] == ["uu-23-2014", "perpres-29-2014"]
    assert hasil.temuan == ()


def test_nomor_permenpan_ditulis_dua_cara_adalah_satu_peraturan(bawaan: Katalog) -> None:
    # The seeds write PER/09/M.PAN/5/2007 as "PER/9/M.PAN/5/2007" and as "09/M.PAN/05/2007".
    a = bawaan.cari("permenpan", "PER/9/M.PAN/5/2007", 2007)
    b = bawaan.cari("Peraturan Menteri", "09/M.PAN/05/2007", 2007)
    assert [p.kunci for p in a] == [p.kunci for p in b] == ["permenpan-per-9-2007"]


# --- ordering ----------------------------------------------------------------------------------

URUTAN_BENAR = [
    "uud-1945",
    "uu-17-2003",
    "uu-1-2004",
    "uu-25-2004",
    "uu-25-2009",
    "uu-12-2011",
    "uu-23-2014",
    "pp-8-2006",
    "pp-39-2006",
    "pp-60-2008",
    "pp-18-2016",
    "pp-17-2018",
    "pp-12-2019",
    "perpres-29-2014",
    "permenpan-per-9-2007",
    "permenpan-per-20-2008",
    "permenpanrb-53-2014",
    "permendagri-80-2015",
    "permenpanrb-14-2017",  # same year, no dates known: by number
    "permendagri-86-2017",
    "permendagri-77-2020",
    "perda-kab-jember-1-2020",
    "perbup-jember-61-2016",
    "kepcamat-mumbulsari-5-2019",
]


@pytest.mark.parametrize("benih", [1, 2, 3, 4, 5])
def test_urutan_hierarki_dari_daftar_acak(lokal: Katalog, benih: int) -> None:
    acak = URUTAN_BENAR[:]
    random.Random(benih).shuffle(acak)
    hasil = susun_mengingat(acak, lokal)
    assert [p.kunci for p in hasil.peraturan if p] == URUTAN_BENAR
    assert hasil.temuan == ()


def test_urutan_terbalik(lokal: Katalog) -> None:
    hasil = susun_mengingat(list(reversed(URUTAN_BENAR)), lokal)
    assert [p.kunci for p in hasil.peraturan if p] == URUTAN_BENAR


def test_urutan_pengguna_dipertahankan(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip({"teks": "Teks bebas"}, "perpres-29-2014", "uu-23-2014"), kecil, urutkan=False)
    assert hasil.peraturan[0] is None
    assert [p.kunci for p in hasil.peraturan if p] == ["perpres-29-2014", "uu-23-2014"]


# --- findings, with their exact messages ----------------------------------------------------


def test_kunci_tidak_dikenal_dengan_saran(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("uu-23-2015"), kecil)
    assert hasil.butir == ()
    assert hasil.temuan == (
        Temuan(
            "galat",
            "butir 1: peraturan 'uu-23-2015' tidak ada dalam katalog; mungkin maksud Anda: 'uu-23-2014' "
            "(Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah); 'uu-9-2015' (Undang-Undang "
            "Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun…)",
            lok(10),
        ),
    )
    assert hasil.ada_galat
    assert str(hasil.temuan[0]).startswith("keputusan.yaml:10, kolom 'mengingat[0]': butir 1: ")


def test_tahun_keliru_seperti_seed_bangsalsari(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip({"jenis": "PermenPAN-RB", "nomor": 53, "tahun": 2015}), kecil)
    assert hasil.temuan == (
        Temuan(
            "galat",
            "butir 1: PermenPAN-RB Nomor 53 Tahun 2015 tidak ada dalam katalog; mungkin maksud Anda: "
            "'permenpanrb-53-2014' (Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
            "Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja)",
            lok(10),
        ),
    )


def test_tahun_keliru_dengan_katalog_bawaan(bawaan: Katalog) -> None:
    hasil = susun_mengingat(kutip({"jenis": "permenpanrb", "nomor": "53", "tahun": 2015}), bawaan)
    (t,) = hasil.temuan
    assert t.tingkat == "galat"
    assert "mungkin maksud Anda: 'permenpanrb-53-2014' (" in t.pesan


def test_kunci_tidak_dikenal_tanpa_saran(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("perbup-jember-61-2016"), kecil)
    assert hasil.temuan == (
        Temuan(
            "galat",
            (
                "butir 1: peraturan 'perbup-jember-61-2016' tidak ada dalam katalog; tambahkan ke katalog "
                "peraturan lokal atau tulis sebagai {teks: …}"
            ),
            lok(10),
        ),
    )


def test_teks_polos_yang_menyebut_peraturan_dicetak_dari_katalog(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("Undang-Undang Nomor 23 Tahun 2014"), kecil)
    assert hasil.temuan == ()
    assert [p.kunci for p in hasil.peraturan if p] == ["uu-23-2014"]
    assert hasil.butir[0].startswith("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara")


def test_teks_polos_yang_bukan_peraturan_adalah_kunci_salah(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("uu 23 2014"), kecil)
    assert hasil.temuan == (
        Temuan(
            "galat",
            "butir 1: peraturan 'uu 23 2014' tidak ada dalam katalog dan tidak terbaca sebagai peraturan (tulis "
            "kunci katalog, sitasi lengkap seperti 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', "
            "atau {teks: …} untuk teks bebas); mungkin maksud Anda: 'uu-23-2014' (Undang-Undang Nomor 23 Tahun 2014 "
            "tentang Pemerintahan Daerah); 'uu-9-2015' (Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua "
            "atas Undang-Undang Nomor 23 Tahun…)",
            lok(10),
        ),
    )


def test_jenis_nomor_tahun_tidak_dikenal(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip({"jenis": "uu", "nomor": 32, "tahun": 2014}), kecil)
    assert hasil.temuan == (
        Temuan(
            "galat",
            (
                "butir 1: Undang-Undang Nomor 32 Tahun 2014 tidak ada dalam katalog; mungkin maksud Anda: "
                "'uu-23-2014' (Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah)"
            ),
            lok(10),
        ),
    )


def test_dicabut_dengan_pengganti(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("permendagri-13-2006"), kecil)
    assert hasil.butir == (
        "Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah",
    )
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            "butir 1: Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 sudah tidak berlaku, dicabut dengan "
            "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 (kunci 'permendagri-77-2020'); peraturan yang "
            "dicabut tidak dikutip dalam Mengingat",
            lok(10),
        ),
    )


def test_dicabut_berantai_menyebut_yang_berlaku_kini(bawaan: Katalog) -> None:
    hasil = susun_mengingat(kutip("kepmenpan-25-2004"), bawaan)
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            "butir 1: Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/25/M.PAN/2/2004 sudah tidak "
            "berlaku, dicabut dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
            "Nomor 16 Tahun 2014 (kunci 'permenpanrb-16-2014'), yang juga telah dicabut; yang berlaku kini "
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 "
            "(kunci 'permenpanrb-14-2017'); peraturan yang dicabut tidak dikutip dalam Mengingat",
            lok(10),
        ),
    )


def test_dicabut_sesudah_tanggal_keputusan_tidak_diperingatkan(bawaan: Katalog) -> None:
    # Mumbulsari's 2019 decree could still cite Permendagri 13/2006 (revoked in 2020).
    hasil = susun_mengingat(kutip("permendagri-13-2006"), bawaan, per_tanggal=date(2019, 1, 2))
    assert hasil.temuan == ()
    assert hasil.butir[0].endswith("(Berita Negara Republik Indonesia Tahun 2011 Nomor 310)")
    assert "sebagaimana telah beberapa kali diubah terakhir dengan" in hasil.butir[0]
    # The 2021 Mumbulsari and 2023 Bangsalsari decrees could not.
    hasil = susun_mengingat(kutip("permendagri-13-2006"), bawaan, per_tanggal=date(2021, 1, 4))
    assert [t.tingkat for t in hasil.temuan] == ["peringatan"]


def test_dikutip_dua_kali_dengan_kunci(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("uu-23-2014", "pp-18-2016", "uu-23-2014"), kecil)
    assert len(hasil.butir) == 2
    assert hasil.temuan == (
        Temuan(
            "galat",
            (
                "butir 3: Undang-Undang Nomor 23 Tahun 2014 sudah dikutip pada butir 1 (keputusan.yaml:10, kolom "
                "'mengingat[0]'); hapus salah satunya"
            ),
            lok(12),
        ),
    )


def test_dikutip_dua_kali_kunci_dan_jenis_nomor_tahun(kecil: Katalog) -> None:
    hasil = susun_mengingat(
        kutip("permenpan-per-9-2007", {"jenis": "permenpan", "nomor": "09/M.PAN/05/2007", "tahun": 2007}), kecil
    )
    assert hasil.temuan == (
        Temuan(
            "galat",
            (
                "butir 2: Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/09/M.PAN/5/2007 sudah "
                "dikutip pada butir 1 (keputusan.yaml:10, kolom 'mengingat[0]'); hapus salah satunya"
            ),
            lok(11),
        ),
    )


def test_uud_dua_kali_disarankan_digabung(kecil: Katalog) -> None:
    hasil = susun_mengingat(
        kutip({"kunci": "uud-1945", "pasal": "Pasal 5 ayat (2)"}, {"kunci": "uud-1945", "pasal": "Pasal 18 ayat (6)"}),
        kecil,
    )
    assert hasil.temuan[0].pesan == (
        "butir 2: Undang-Undang Dasar Negara Republik Indonesia Tahun 1945 sudah dikutip pada butir 1 "
        "(keputusan.yaml:10, kolom 'mengingat[0]'); hapus salah satunya dan gabungkan pasalnya dalam satu butir"
    )


def test_perubahan_dikutip_tersendiri(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("uu-9-2015", "uu-23-2014"), kecil)
    assert len(hasil.butir) == 2
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            "butir 1: Undang-Undang Nomor 9 Tahun 2015 adalah perubahan atas Undang-Undang Nomor 23 Tahun 2014 "
            '(butir 2), yang sudah dikutip beserta perubahannya ("sebagaimana telah … diubah …"); hapus '
            "butir ini",
            lok(10),
        ),
    )


def test_teks_bebas(kecil: Katalog) -> None:
    hasil = susun_mengingat(
        kutip({"teks": "Surat Edaran Bupati Jember Nomor 1 Tahun 2023 tentang Contoh;"}, "uu-23-2014"), kecil
    )
    assert hasil.butir[-1] == "Surat Edaran Bupati Jember Nomor 1 Tahun 2023 tentang Contoh"
    assert hasil.peraturan[-1] is None
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            (
                "butir 1 berupa teks bebas yang tidak terbaca sebagai peraturan (jenis, nomor, tahun), tidak "
                'diperiksa terhadap katalog dan diletakkan di akhir: "Surat Edaran Bupati Jember Nomor 1 Tahun 2023 '
                'tentang Contoh;"'
            ),
            lok(10),
        ),
    )


def test_teks_bebas_yang_ada_di_katalog(kecil: Katalog) -> None:
    hasil = susun_mengingat(
        kutip({"teks": "Undang - Undang Nomor 23 tahun 2014 tentang Pemerintahan Daerah;"}, "perpres-29-2014"), kecil
    )
    assert hasil.temuan == ()
    assert [p.kunci for p in hasil.peraturan if p] == ["uu-23-2014", "perpres-29-2014"]
    assert hasil.dikutip == ((kecil.ambil("uu-23-2014"), lok(10)), (kecil.ambil("perpres-29-2014"), lok(11)))
    assert "sebagaimana telah diubah dengan Undang-Undang Nomor 9 Tahun 2015" in hasil.butir[0]


def test_urutan_pengguna_menyalahi_hierarki(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip("perpres-29-2014", "uu-23-2014", "pp-18-2016", "uud-1945"), kecil, urutkan=False)
    assert [p.kunci for p in hasil.peraturan if p] == ["perpres-29-2014", "uu-23-2014", "pp-18-2016", "uud-1945"]
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            (
                "urutan Mengingat menyalahi hierarki: butir 1 (Peraturan Presiden Nomor 29 Tahun 2014) ditulis "
                "sebelum butir 2 (Undang-Undang Nomor 23 Tahun 2014) yang lebih tinggi"
            ),
            lok(11),
        ),
        Temuan(
            "peringatan",
            (
                "urutan Mengingat menyalahi hierarki: butir 3 (Peraturan Pemerintah Nomor 18 Tahun 2016) ditulis "
                "sebelum butir 4 (Undang-Undang Dasar Negara Republik Indonesia Tahun 1945) yang lebih tinggi"
            ),
            lok(13),
        ),
    )


def test_urutan_pengguna_tidak_kronologis(bawaan: Katalog) -> None:
    # Bangsalsari and Mumbulsari: PP 39/2006 written before PP 8/2006.
    hasil = susun_mengingat(kutip("pp-39-2006", "pp-8-2006"), bawaan, urutkan=False)
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            (
                "urutan Mengingat tidak kronologis: butir 1 (Peraturan Pemerintah Nomor 39 Tahun 2006) ditulis "
                "sebelum butir 2 (Peraturan Pemerintah Nomor 8 Tahun 2006) yang setingkat dan lebih dahulu"
            ),
            lok(11),
        ),
    )


def test_urutan_pengguna_yang_benar_tanpa_temuan(kecil: Katalog) -> None:
    hasil = susun_mengingat(
        kutip("uud-1945", "uu-23-2014", "pp-18-2016", {"teks": "X"}, "perpres-29-2014"), kecil, urutkan=False
    )
    assert [t.tingkat for t in hasil.temuan] == ["peringatan"]  # only the free-text one


def test_pasal_selain_uud_diabaikan(kecil: Katalog) -> None:
    hasil = susun_mengingat(kutip({"kunci": "pp-18-2016", "pasal": "Pasal 3"}), kecil)
    assert hasil.butir[0].startswith("Peraturan Pemerintah Nomor 18 Tahun 2016 tentang")
    assert hasil.temuan == (
        Temuan(
            "peringatan",
            (
                "butir 1: pasal hanya disebut untuk UUD 1945 (UU 12/2011 Lampiran II); 'Pasal 3' pada Peraturan "
                "Pemerintah Nomor 18 Tahun 2016 diabaikan"
            ),
            lok(10),
        ),
    )


def test_cocok_lebih_dari_satu(kecil: Katalog) -> None:
    katalog = Katalog.gabung(
        kecil,
        Katalog(
            [
                Peraturan(
                    kunci="permenkeu-53-2014",
                    jenis="permen",
                    lembaga="Menteri Keuangan",
                    nomor="53",
                    tahun=2014,
                    tentang="Contoh",
                )
            ]
        ),
    )
    hasil = susun_mengingat([{"jenis": "permen", "nomor": 53, "tahun": 2014}], katalog)
    assert hasil.temuan == (
        Temuan(
            "galat",
            "butir 1: permen Nomor 53 Tahun 2014 cocok dengan lebih dari satu peraturan: 'permenpanrb-53-2014' "
            "(Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014), "
            "'permenkeu-53-2014' (Peraturan Menteri Keuangan Nomor 53 Tahun 2014); tambahkan 'lembaga' atau "
            "pakai kuncinya",
        ),
    )
    hasil = susun_mengingat([{"jenis": "permen", "nomor": 53, "tahun": 2014, "lembaga": "Keuangan"}], katalog)
    assert [p.kunci for p in hasil.peraturan if p] == ["permenkeu-53-2014"]


@pytest.mark.parametrize(
    ("nilai", "pesan"),
    [
        (
            {"kunci": "uu-23-2014", "teks": "x"},
            (
                "butir 1: butir Mengingat harus memakai tepat satu bentuk: 'kunci', atau 'jenis' + 'nomor' + "
                "'tahun', atau 'teks'"
            ),
        ),
        ({"jenis": "uu", "nomor": 23}, "butir 1: butir Mengingat dengan 'jenis' juga memerlukan kolom 'tahun'"),
        (
            42,
            (
                "butir 1: butir Mengingat harus berupa kunci katalog (mis. 'uu-23-2014'), {jenis, nomor, tahun}, "
                "{kunci, pasal} atau {teks}"
            ),
        ),
        (
            {"kunci": "uu-23-2014", "ayat": 1},
            (
                "butir 1: kolom 'ayat' tidak dikenal dalam butir Mengingat; yang sah: kunci, jenis, nomor, tahun, "
                "lembaga, pasal, teks"
            ),
        ),
        (
            {"kunci": "uu-23-2014", "tahun": 2014},
            "butir 1: kolom 'nomor', 'tahun' dan 'lembaga' hanya dipakai bersama 'jenis'",
        ),
        (
            {"jenis": "uu", "nomor": 23, "tahun": "dua ribu"},
            "butir 1: kolom 'tahun' dalam butir Mengingat harus bilangan bulat",
        ),
        ({"teks": "x", "pasal": "Pasal 1"}, "butir 1: butir Mengingat berupa 'teks' tidak boleh memuat kolom lain"),
        ("  ", "butir 1: butir Mengingat kosong"),
    ],
)
def test_bentuk_butir_salah(kecil: Katalog, nilai: object, pesan: str) -> None:
    hasil = susun_mengingat([nilai], kecil)  # type: ignore[list-item]
    assert hasil.temuan == (Temuan("galat", pesan),)
    assert hasil.butir == ()


def test_mengingat_seed_bangsalsari(bawaan: Katalog) -> None:
    """The Bangsalsari 2023 list as its author meant it, with the seed's mistakes flagged."""
    hasil = susun_mengingat(
        kutip(
            "uu-23-2014",
            "pp-39-2006",
            "pp-8-2006",
            "pp-18-2016",
            "perpres-29-2014",
            "permendagri-13-2006",
            {"jenis": "permenpan", "nomor": "09/M.PAN/05/2007", "tahun": 2007},
            {"jenis": "permenpan", "nomor": "20/M.PAN/11/2008", "tahun": 2008},
            {"jenis": "permenpanrb", "nomor": 53, "tahun": 2015},
        ),
        bawaan,
        per_tanggal=date(2023, 4, 4),
    )
    assert [p.kunci for p in hasil.peraturan if p] == [
        "uu-23-2014",
        "pp-8-2006",
        "pp-39-2006",
        "pp-18-2016",
        "perpres-29-2014",
        "permendagri-13-2006",
        "permenpan-per-9-2007",
        "permenpan-per-20-2008",
    ]
    assert [(t.tingkat, t.lokasi) for t in hasil.temuan] == [("peringatan", lok(15)), ("galat", lok(18))]
    assert "terakhir dengan Undang-Undang Nomor 6 Tahun 2023" in hasil.butir[0]
    assert "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 72 Tahun 2019" in hasil.butir[3]
