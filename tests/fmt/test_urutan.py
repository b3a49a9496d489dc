"""Tests for doctools.fmt.urutan: diktum, ordinals, list letters, roman numerals, rincian."""

from __future__ import annotations

import pytest
from num2words import num2words  # type: ignore[import-untyped]

from doctools.fmt.urutan import diktum, huruf, ordinal, ordinal_angka, rincian, romawi

DIKTUM_1_30 = [
    "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
    "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS", "KETIGA BELAS", "KEEMPAT BELAS",
    "KELIMA BELAS", "KEENAM BELAS", "KETUJUH BELAS", "KEDELAPAN BELAS", "KESEMBILAN BELAS",
    "KEDUA PULUH", "KEDUA PULUH SATU", "KEDUA PULUH DUA", "KEDUA PULUH TIGA", "KEDUA PULUH EMPAT",
    "KEDUA PULUH LIMA", "KEDUA PULUH ENAM", "KEDUA PULUH TUJUH", "KEDUA PULUH DELAPAN",
    "KEDUA PULUH SEMBILAN", "KETIGA PULUH",
]


@pytest.mark.parametrize(("n", "label"), list(enumerate(DIKTUM_1_30, start=1)))
def test_diktum_1_sampai_30(n: int, label: str) -> None:
    assert diktum(n) == label


@pytest.mark.parametrize(
    ("n", "label"),
    [
        (99, "KESEMBILAN PULUH SEMBILAN"),
        (100, "KESERATUS"),
        (101, "KESERATUS SATU"),
        (111, "KESERATUS SEBELAS"),
        (200, "KEDUA RATUS"),
        (999, "KESEMBILAN RATUS SEMBILAN PULUH SEMBILAN"),
        (1000, "KESERIBU"),
    ],
)
def test_diktum_besar(n: int, label: str) -> None:
    assert diktum(n) == label


def test_diktum_tidak_pernah_pertama() -> None:
    assert diktum(1) == "KESATU"
    assert ordinal(1) == "kesatu"


def test_ordinal_sama_dengan_num2words_kecuali_satu() -> None:
    # num2words' ordinals are right except 1 ("pertama") and its "satu ribu" cardinal defect,
    # which only shows above a million.
    for n in range(2, 2000):
        assert ordinal(n) == num2words(n, lang="id", to="ordinal"), n
        assert diktum(n) == ordinal(n).upper()


@pytest.mark.parametrize(
    ("n", "kata"),
    [(2, "kedua"), (11, "kesebelas"), (12, "kedua belas"), (21, "kedua puluh satu")],
)
def test_ordinal(n: int, kata: str) -> None:
    assert ordinal(n) == kata


def test_ordinal_angka() -> None:
    assert ordinal_angka(1) == "ke-1"
    assert ordinal_angka(2) == "ke-2"
    assert ordinal_angka(11) == "ke-11"


@pytest.mark.parametrize("fungsi", [diktum, ordinal, ordinal_angka, huruf, romawi])
@pytest.mark.parametrize("n", [0, -1])
def test_kurang_dari_satu_ditolak(fungsi, n: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="1 atau lebih"):
        fungsi(n)


@pytest.mark.parametrize("fungsi", [diktum, ordinal, huruf, romawi])
@pytest.mark.parametrize("salah", [1.0, "1", True])
def test_bukan_bilangan_bulat_ditolak(fungsi, salah: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        fungsi(salah)


@pytest.mark.parametrize(
    ("n", "ganda", "kolom"),
    [
        (1, "a", "a"),
        (2, "b", "b"),
        (26, "z", "z"),
        (27, "aa", "aa"),
        (28, "bb", "ab"),
        (52, "zz", "az"),
        (53, "aaa", "ba"),
        (78, "zzz", "bz"),
        (702, "z" * 27, "zz"),
        (703, "a" * 28, "aaa"),
    ],
)
def test_huruf(n: int, ganda: str, kolom: str) -> None:
    assert huruf(n, "ganda") == ganda
    assert huruf(n, "kolom") == kolom


def test_huruf_bawaan_ganda() -> None:
    assert huruf(28) == "bb"


def test_huruf_unik() -> None:
    for cara in ("ganda", "kolom"):
        daftar = [huruf(n, cara) for n in range(1, 1000)]
        assert len(set(daftar)) == len(daftar)


def test_huruf_cara_salah() -> None:
    with pytest.raises(ValueError, match="ganda"):
        huruf(1, "excel")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "r"),
    [(1, "I"), (2, "II"), (3, "III"), (4, "IV"), (5, "V"), (9, "IX"), (10, "X"), (14, "XIV"),
     (40, "XL"), (49, "XLIX"), (90, "XC"), (400, "CD"), (900, "CM"), (1994, "MCMXCIV"),
     (2024, "MMXXIV"), (3999, "MMMCMXCIX")],
)
def test_romawi(n: int, r: str) -> None:
    assert romawi(n) == r
    assert romawi(n, kecil=True) == r.lower()


def test_romawi_di_atas_3999() -> None:
    with pytest.raises(ValueError, match="3999"):
        romawi(4000)


def test_romawi_unik_dan_menaik() -> None:
    semua = [romawi(n) for n in range(1, 4000)]
    assert len(set(semua)) == 3999


# --- rincian --------------------------------------------------------------------------------


def test_rincian_dasar() -> None:
    assert rincian(["satu", "dua", "tiga"]) == ["satu;", "dua; dan", "tiga."]


def test_rincian_tanda_baca_pengguna_diganti() -> None:
    assert rincian(["satu;", "dua; dan", "tiga."]) == ["satu;", "dua; dan", "tiga."]
    assert rincian(["satu; dan", "dua;", "tiga;"]) == ["satu;", "dua; dan", "tiga."]
    assert rincian(["satu.", "dua,", "tiga"]) == ["satu;", "dua; dan", "tiga."]
    assert rincian(["satu ;  ", " dua, dan ", "tiga ."]) == ["satu;", "dua; dan", "tiga."]
    assert rincian(["satu; atau", "dua dan", "tiga;;"]) == ["satu;", "dua; dan", "tiga."]
    assert rincian(["satu DAN", "dua; Atau;", "tiga..."]) == ["satu;", "dua; dan", "tiga."]


def test_rincian_atau() -> None:
    assert rincian(["a", "b", "c"], "atau") == ["a;", "b; atau", "c."]
    assert rincian(["a; dan", "b; dan", "c"], "atau") == ["a;", "b; atau", "c."]


def test_rincian_tanpa_penghubung() -> None:
    assert rincian(["a", "b; dan", "c"], None) == ["a;", "b;", "c."]


def test_rincian_akhir_titik_koma_untuk_menimbang() -> None:
    assert rincian(["bahwa x;", "bahwa y;", "bahwa z;"], None, ";") == ["bahwa x;", "bahwa y;", "bahwa z;"]
    assert rincian(["UU 1", "UU 2."], None, akhir=";") == ["UU 1;", "UU 2;"]


def test_rincian_dua_butir() -> None:
    assert rincian(["a", "b"]) == ["a; dan", "b."]


def test_rincian_satu_butir() -> None:
    assert rincian(["satu;"]) == ["satu."]
    assert rincian(["satu; dan"], akhir=";") == ["satu;"]


def test_rincian_kosong() -> None:
    assert rincian([]) == []


def test_rincian_kata_dan_di_tengah_tetap() -> None:
    # Only a trailing conjunction is stripped, never a word merely ending in "dan"/"atau".
    assert rincian(["sarana dan prasarana", "badan", "Ketua Kelompok Kerja Ikatan Lawatau"]) == [
        "sarana dan prasarana;", "badan; dan", "Ketua Kelompok Kerja Ikatan Lawatau."]


def test_rincian_kurung_dan_kutip_tetap() -> None:
    assert rincian(["Pasal 18 ayat (6)", "\"Sekretariat\""]) == ["Pasal 18 ayat (6); dan", "\"Sekretariat\"."]


def test_rincian_butir_kosong_ditolak() -> None:
    with pytest.raises(ValueError, match="ke-2 kosong"):
        rincian(["a", " ; ", "c"])


def test_rincian_penghubung_salah() -> None:
    with pytest.raises(ValueError, match="penghubung"):
        rincian(["a", "b"], "serta")  # type: ignore[arg-type]


def test_rincian_tidak_mengubah_masukan() -> None:
    butir = ["a;", "b"]
    rincian(butir)
    assert butir == ["a;", "b"]
