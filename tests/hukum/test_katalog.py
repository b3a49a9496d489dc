"""The catalog: the shipped file's consistency, loading errors with file:line, lookups, merging."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from doctools.errors import DataError
from doctools.hukum import (
    BERKAS_BAWAAN,
    JENIS,
    Katalog,
    Peraturan,
    periksa_kelengkapan,
    peringkat,
)
from doctools.hukum.model import POLA_KUNCI
from doctools.load import muat_teks

# --- the shipped catalog ----------------------------------------------------------------------


def test_katalog_bawaan_dimuat_tanpa_galat(bawaan: Katalog) -> None:
    assert len(bawaan) >= 50
    assert Katalog.dari_berkas(BERKAS_BAWAAN).kunci() == bawaan.kunci()


def test_kunci_unik_dan_sesuai_skema() -> None:
    data, _ = muat_teks(BERKAS_BAWAAN.read_text(encoding="utf-8"), str(BERKAS_BAWAAN))  # rejects duplicates
    entri = data["peraturan"]
    teks = BERKAS_BAWAAN.read_text(encoding="utf-8")
    # Every key appears exactly once as a mapping key in the text.
    for kunci, isi in entri.items():
        assert teks.count(f"\n  {kunci}:\n") == 1, kunci
        assert POLA_KUNCI.match(kunci), kunci
        assert kunci.endswith(f"-{isi['tahun']}"), f"{kunci}: the key ends with the year"


def test_rujukan_menunjuk_entri_yang_ada(bawaan: Katalog) -> None:
    for p in bawaan:
        for k in (*p.perubahan, *p.mengubah, *([p.dicabut_oleh] if p.dicabut_oleh else [])):
            assert k in bawaan, f"{p.kunci} → {k}"
        for k in p.mengubah:
            assert p.kunci in bawaan.ambil(k).perubahan, f"{p.kunci} mengubah {k}"
        for k in p.perubahan:
            assert k in {q.kunci for q in bawaan if p.kunci in q.mengubah}, f"{k} should say mengubah: {p.kunci}"


def test_yang_dicabut_menyebut_pengganti(bawaan: Katalog) -> None:
    for p in bawaan:
        if p.dicabut_oleh:
            assert not p.berlaku, p.kunci
        if not p.berlaku:
            assert p.dicabut_oleh or p.catatan, f"{p.kunci}: revoked without dicabut_oleh or catatan"
    assert bawaan.ambil("permendagri-13-2006").dicabut_oleh == "permendagri-77-2020"
    assert not bawaan.ambil("permendagri-13-2006").berlaku
    assert bawaan.ambil("uu-5-2014").dicabut_oleh == "uu-20-2023"
    assert bawaan.ambil("uu-32-2004").dicabut_oleh == "uu-23-2014"
    assert bawaan.ambil("permenpanrb-53-2014").berlaku
    assert bawaan.ambil("permenpanrb-53-2014").dicabut_oleh is None


def test_terverifikasi_memuat_penempatan_yang_diwajibkan(bawaan: Katalog) -> None:
    assert periksa_kelengkapan(bawaan) == []
    for p in bawaan:
        if not p.terverifikasi:
            continue
        if p.jenis in {"uu", "perppu", "pp"}:
            assert p.lembaran is not None and p.lembaran.jenis == "LN", p.kunci
            assert p.tambahan is not None and p.tambahan.jenis == "TLN", p.kunci
        elif p.jenis == "perpres":
            assert p.lembaran is not None and p.lembaran.jenis == "LN", p.kunci
            assert p.tambahan is None, p.kunci
        elif p.jenis == "permen" and p.tahun > 2011:
            assert p.lembaran is not None and p.lembaran.jenis == "BN", p.kunci


def test_yang_tidak_terverifikasi_memuat_catatan(bawaan: Katalog) -> None:
    for p in bawaan:
        if not p.terverifikasi:
            assert p.catatan, f"{p.kunci}: say in 'catatan' what is unsure"


def test_amandemen_yang_disebut_brief_ada(bawaan: Katalog) -> None:
    assert bawaan.ambil("uu-23-2014").perubahan == ("uu-2-2015", "uu-9-2015", "uu-6-2023")
    assert bawaan.ambil("uu-12-2011").perubahan == ("uu-15-2019", "uu-13-2022")
    assert bawaan.ambil("pp-18-2016").perubahan == ("pp-72-2019",)
    assert bawaan.ambil("permendagri-13-2006").perubahan == ("permendagri-59-2007", "permendagri-21-2011")
    assert bawaan.ambil("permendagri-80-2015").perubahan == ("permendagri-120-2018",)


SEMUA_DARI_SEED = [
    # Bangsalsari 2023 and Mumbulsari 2021 (Mengingat, Menimbang)
    "uu-23-2014",
    "uu-9-2015",
    "pp-39-2006",
    "pp-8-2006",
    "pp-18-2016",
    "perpres-29-2014",
    "permendagri-13-2006",
    "permendagri-21-2011",
    "permenpan-per-9-2007",
    "permenpan-per-20-2008",
    "permenpanrb-53-2014",
    # Bululawang 2017
    "uu-12-2011",
    "pp-38-2007",
    "perda-kab-malang-6-2016",
    "perda-kab-malang-9-2016",
    "perbup-malang-64-2016",
    "kepcamat-bululawang-11-2016",
    # Bantur, Mumbulsari and Bumiaji narratives
    "perbup-malang-13-2011",
    "uu-28-1999",
    "tap-mpr-xi-1998",
    "perbup-jember-26-2016",
    "perwali-batu-93-2016",
    "permendesa-2-2016",
    "permendagri-84-2015",
    "kepmenpan-25-2004",
    "permenpanrb-14-2017",
]


@pytest.mark.parametrize("kunci", SEMUA_DARI_SEED)
def test_peraturan_dari_seed_ada(bawaan: Katalog, kunci: str) -> None:
    assert kunci in bawaan


def test_kekeliruan_seed_tidak_ditiru(bawaan: Katalog) -> None:
    assert bawaan.cari("permenpanrb", 53, 2015) == []
    assert [p.kunci for p in bawaan.cari("PermenPAN-RB", "53", 2014)] == ["permenpanrb-53-2014"]
    assert bawaan.ambil("permenpanrb-53-2014").tentang.startswith("Petunjuk Teknis Perjanjian Kinerja")
    assert bawaan.ambil("permenpan-per-9-2007").tentang.startswith("Pedoman Umum Penetapan")
    assert bawaan.cari("permendagri", 84, 2016) == []
    assert [p.kunci for p in bawaan.cari("Permendagri", 84, 2015)] == ["permendagri-84-2015"]


def test_starter_formats_md(bawaan: Katalog) -> None:
    harap = {
        "uu-17-2003": ("LN", 2003, "47", "4286"),
        "uu-1-2004": ("LN", 2004, "5", "4355"),
        "uu-25-2004": ("LN", 2004, "104", "4421"),
        "uu-25-2009": ("LN", 2009, "112", "5038"),
        "uu-12-2011": ("LN", 2011, "82", "5234"),
        "uu-15-2019": ("LN", 2019, "183", "6398"),
        "uu-13-2022": ("LN", 2022, "143", "6801"),
        "uu-23-2014": ("LN", 2014, "244", "5587"),
        "uu-6-2023": ("LN", 2023, "41", "6856"),
        "uu-9-2015": ("LN", 2015, "58", "5679"),
        "uu-5-2014": ("LN", 2014, "6", "5494"),
        "pp-8-2006": ("LN", 2006, "25", "4614"),
        "pp-39-2006": ("LN", 2006, "96", "4663"),
        "pp-60-2008": ("LN", 2008, "127", "4890"),
        "pp-18-2016": ("LN", 2016, "114", "5887"),
        "pp-72-2019": ("LN", 2019, "187", "6402"),
        "pp-17-2018": ("LN", 2018, "73", "6206"),
        "pp-12-2019": ("LN", 2019, "42", "6322"),
        "perpres-29-2014": ("LN", 2014, "80", None),
        "permenpanrb-53-2014": ("BN", 2014, "1842", None),
        "permendagri-80-2015": ("BN", 2015, "2036", None),
        "permendagri-120-2018": ("BN", 2019, "157", None),
        "permendagri-86-2017": ("BN", 2017, "1312", None),
        "permendagri-77-2020": ("BN", 2020, "1781", None),
    }
    for kunci, (jenis, tahun, nomor, tambahan) in harap.items():
        p = bawaan.ambil(kunci)
        assert p.lembaran is not None, kunci
        assert (p.lembaran.jenis, p.lembaran.tahun, p.lembaran.nomor) == (jenis, tahun, nomor), kunci
        assert (p.tambahan.nomor if p.tambahan else None) == tambahan, kunci


def test_tabel_peringkat() -> None:
    urutan = [
        "uud", "tap-mpr", "uu", "pp", "perpres", "permen", "perda-provinsi", "pergub", "perda", "perbup",
        "keputusan-gubernur", "keputusan-bupati", "keputusan-camat",
    ]  # fmt: skip
    assert [peringkat(j) for j in urutan] == sorted(peringkat(j) for j in urutan)
    assert len({peringkat(j) for j in urutan}) == len(urutan)
    assert peringkat("uu") == peringkat("perppu")
    assert peringkat("perbup") == peringkat("perwali")
    assert peringkat("permen") == peringkat("peraturan-lembaga")
    assert set(JENIS) >= set(urutan)


# --- lookups and merging -------------------------------------------------------------------


def test_ambil_dan_cari(kecil: Katalog) -> None:
    assert kecil.ambil("uu-23-2014").tentang == "Pemerintahan Daerah"
    with pytest.raises(KeyError):
        kecil.ambil("uu-99-2099")
    assert "uu-23-2014" in kecil and "uu-99-2099" not in kecil
    assert [p.kunci for p in kecil.cari("Undang-Undang", "23", "2014")] == ["uu-23-2014"]
    assert kecil.cari("Permendagri", 53, 2014) == []  # the PAN-RB one does not match Dalam Negeri
    assert kecil.cari("tidak-ada", 1, 2014) == []
    assert kecil.cari("uu", 23, "bukan tahun") == []
    assert [p.kunci for p in kecil.diubah("uu-9-2015")] == ["uu-23-2014"]
    assert [p.kunci for p in kecil.pengganti("permendagri-13-2006")] == ["permendagri-77-2020"]
    lok = kecil.lokasi("uu-23-2014", "perubahan[0]")
    assert lok is not None and lok.baris == 12 and lok.kolom == "peraturan.uu-23-2014.perubahan[0]"


def test_gabung_katalog_lokal(lokal: Katalog, bawaan: Katalog) -> None:
    assert len(lokal) == len(bawaan) + 3
    assert lokal.ambil("perbup-jember-61-2016").daerah == "Kabupaten Jember"
    assert lokal.lokasi("perbup-jember-61-2016") is not None
    assert str(lokal.lokasi("perbup-jember-61-2016")).endswith(
        "kecamatan.yaml:11, kolom 'peraturan.perbup-jember-61-2016'"
    )


def test_gabung_entri_pengguna_menggantikan_bawaan(tmp_path: Path, bawaan: Katalog) -> None:
    berkas = tmp_path / "koreksi.yaml"
    berkas.write_text(
        textwrap.dedent(
            """\
            peraturan:
              permenpanrb-14-2017:
                jenis: permen
                lembaga: Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
                nomor: "14"
                tahun: 2017
                tentang: Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik
                lembaran: {jenis: BN, tahun: 2017, nomor: "9999"}
                terverifikasi: true
            """
        ),
        encoding="utf-8",
    )
    gabungan = Katalog.gabung(bawaan, Katalog.dari_berkas(berkas))
    assert gabungan.ambil("permenpanrb-14-2017").lembaran.nomor == "9999"  # type: ignore[union-attr]
    assert bawaan.ambil("permenpanrb-14-2017").lembaran is None  # the shipped one is untouched
    assert "permenpanrb-16-2014" in gabungan  # and its revocation still points at the entry


def test_berkas_lokal_boleh_merujuk_katalog_bawaan(tmp_path: Path, bawaan: Katalog) -> None:
    berkas = tmp_path / "lokal.yaml"
    berkas.write_text(
        textwrap.dedent(
            """\
            peraturan:
              perbup-jember-1-2010:
                jenis: perbup
                daerah: Kabupaten Jember
                nomor: "1"
                tahun: 2010
                tentang: Contoh Lama
                dicabut_oleh: permendagri-77-2020
                berlaku: false
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as e:
        Katalog.dari_berkas(berkas)  # alone, the reference dangles
    assert "lokal.yaml:8, kolom 'peraturan.perbup-jember-1-2010.dicabut_oleh'" in str(e.value)
    assert Katalog.dari_berkas(berkas, dasar=bawaan).pengganti("perbup-jember-1-2010")[0].kunci == "permendagri-77-2020"


def test_konstruktor_dan_saran(kecil: Katalog) -> None:
    k = Katalog(kecil)
    assert k.kunci() == kecil.kunci()
    assert [p.kunci for p in kecil.saran("uu-23-2041")][:1] == ["uu-23-2014"]
    assert kecil.saran("") == []
    with pytest.raises(DataError):
        Katalog([kecil.ambil("uu-23-2014")])  # its amendment uu-9-2015 is missing


# --- broken catalog files: the error names file, line and field -------------------------------


def _muat(tmp_path: Path, teks: str) -> DataError:
    berkas = tmp_path / "rusak.yaml"
    berkas.write_text(textwrap.dedent(teks), encoding="utf-8")
    with pytest.raises(DataError) as e:
        Katalog.dari_berkas(berkas)
    return e.value


_UU = """\
peraturan:
  uu-23-2014:
    jenis: uu
    nomor: "23"
    tahun: 2014
    tentang: Pemerintahan Daerah
"""


def test_kunci_ganda(tmp_path: Path) -> None:
    e = _muat(tmp_path, _UU + "  uu-23-2014:\n    jenis: uu\n    nomor: '23'\n    tahun: 2014\n    tentang: Lagi\n")
    assert e.lokasi is not None and e.lokasi.baris == 7
    assert str(e) == (
        f"{tmp_path / 'rusak.yaml'}:7, kolom 'peraturan.uu-23-2014': kunci 'uu-23-2014' ditulis dua kali "
        "(pertama pada baris 2); hapus salah satunya"
    )


def test_kolom_ganda_dalam_entri(tmp_path: Path) -> None:
    e = _muat(tmp_path, _UU + "    tahun: 2015\n")
    assert str(e).endswith(
        "rusak.yaml:7, kolom 'peraturan.uu-23-2014.tahun': kunci 'tahun' ditulis dua kali (pertama pada baris 5); "
        "hapus salah satunya"
    )


@pytest.mark.parametrize(
    ("tambahan", "akhir"),
    [
        (
            "    nomer: '1'\n",
            "rusak.yaml:7, kolom 'peraturan.uu-23-2014.nomer': kolom tidak dikenal; maksudnya 'nomor'?",
        ),
        (
            "    lembaran: {jenis: BN, tahun: 2014, nomor: '1'}\n",
            (
                "rusak.yaml:7, kolom 'peraturan.uu-23-2014.lembaran.jenis': lembaran 'BN' tidak cocok untuk jenis 'uu'; "
                "yang sah: LN"
            ),
        ),
        (
            "    lembaran: {jenis: XX, tahun: 2014, nomor: '1'}\n",
            (
                "rusak.yaml:7, kolom 'peraturan.uu-23-2014.lembaran.jenis': harus salah satu dari 'LN', 'BN', 'LD' "
                "atau 'BD', yang tertulis 'XX'"
            ),
        ),
        (
            "    tambahan: {jenis: TLN, nomor: '1'}\n",
            "rusak.yaml:7, kolom 'peraturan.uu-23-2014.tambahan': kolom 'tambahan' hanya boleh ada bersama 'lembaran'",
        ),
        (
            "    dicabut_oleh: uu-23-2014\n",
            (
                "rusak.yaml:2, kolom 'peraturan.uu-23-2014.berlaku': peraturan yang dicabut (ada 'dicabut_oleh') harus "
                "'berlaku: false'"
            ),
        ),
        (
            "    berlaku: mungkin\n",
            "rusak.yaml:7, kolom 'peraturan.uu-23-2014.berlaku': harus true atau false, yang tertulis 'mungkin'",
        ),
        (
            "    tanggal_penetapan: kemarin\n",
            (
                "rusak.yaml:7, kolom 'peraturan.uu-23-2014.tanggal_penetapan': harus berupa tanggal dengan bentuk "
                "TTTT-BB-HH (misalnya 2024-01-15), yang tertulis 'kemarin'"
            ),
        ),
        (
            "    perubahan: [uu-23-2014]\n",
            "rusak.yaml:7, kolom 'peraturan.uu-23-2014.perubahan[0]': 'uu-23-2014' menunjuk dirinya sendiri",
        ),
    ],
)
def test_kolom_salah(tmp_path: Path, tambahan: str, akhir: str) -> None:
    e = _muat(tmp_path, _UU + tambahan)
    assert str(e).endswith(akhir), str(e)


@pytest.mark.parametrize(
    ("teks", "akhir"),
    [
        (
            "peraturan:\n  uu-23-2014:\n    jenis: uu\n    tahun: 2014\n    tentang: X\n",
            "rusak.yaml:2, kolom 'peraturan.uu-23-2014.nomor': kolom 'nomor' wajib diisi",
        ),
        (
            "peraturan:\n  uu-23-2014:\n    jenis: undang\n    nomor: '1'\n    tahun: 2014\n    tentang: X\n",
            "rusak.yaml:3, kolom 'peraturan.uu-23-2014.jenis': jenis 'undang' tidak dikenal; pilihan: "
            + ", ".join(JENIS),
        ),
        (
            "peraturan:\n  uu-23-2014:\n    jenis: permen\n    nomor: '1'\n    tahun: 2014\n    tentang: X\n",
            "rusak.yaml:2, kolom 'peraturan.uu-23-2014.lembaga': kolom 'lembaga' wajib untuk jenis 'permen' (mis. \"Menteri Dalam Negeri\", \"Camat X\")",
        ),
        (
            "peraturan:\n  UU 23/2014:\n    jenis: uu\n    nomor: '23'\n    tahun: 2014\n    tentang: X\n",
            "rusak.yaml:2, kolom 'peraturan.UU 23/2014.kunci': kunci 'UU 23/2014' tidak sah: pakai huruf kecil, angka dan tanda hubung, mis. 'uu-23-2014'",
        ),
        (
            "peraturan:\n  uu-23-2014: Pemerintahan Daerah\n",
            "rusak.yaml:2, kolom 'peraturan.uu-23-2014': entri 'uu-23-2014' harus berupa pemetaan (jenis, nomor, tahun, tentang, …)",
        ),
        (
            "peraturan:\n  - uu-23-2014\n",
            "rusak.yaml:1, kolom 'peraturan': daftar peraturan harus berupa pemetaan 'kunci: {jenis: …, nomor: …}'",
        ),
        ("peraturan: [\n", "rusak.yaml:2: YAML tidak dapat dibaca (karakter ke-1): berkas berakhir sebelum nilai ini selesai: "
                              "ada '[' atau '{' yang tidak ditutup"),
        ("katalog:\n  uu-23-2014: {}\n", "rusak.yaml:1, kolom 'peraturan': bagian 'peraturan:' tidak ada"),
    ],
)
def test_berkas_rusak(tmp_path: Path, teks: str, akhir: str) -> None:
    e = _muat(tmp_path, teks)
    assert str(e).endswith(akhir), str(e)


def test_berkas_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(DataError) as e:
        Katalog.dari_berkas(tmp_path / "tidak-ada.yaml")
    assert str(e.value).endswith("tidak-ada.yaml: berkas katalog peraturan tidak ditemukan")


def test_peraturan_langsung_divalidasi() -> None:
    with pytest.raises(ValueError):
        Peraturan(kunci="perbup-x-1-2020", jenis="perbup", nomor="1", tahun=2020, tentang="X")  # no daerah
    p = Peraturan(kunci="uu-1-2020", jenis="uu", nomor=1, tahun=2020, tentang="X")  # type: ignore[arg-type]
    assert p.nomor == "1"


def test_nomor_berawalan_nol_tetap_teks(tmp_path: Path) -> None:
    # YAML 1.1 reads 065 as the octal 53 and 08 as a string; the catalog uses the data sets' reader
    berkas = tmp_path / "peraturan.yaml"
    berkas.write_text(
        textwrap.dedent(
            """\
            peraturan:
              kepcamat-bululawang-65-2016:
                jenis: keputusan-camat
                lembaga: Camat Bululawang
                daerah: Kabupaten Malang
                nomor: 065
                tahun: 2016
                tentang: Rencana Strategis Kecamatan Bululawang
              perbup-malang-8-2016:
                jenis: perbup
                daerah: Kabupaten Malang
                nomor: 08
                tahun: 2016
                tentang: Contoh
            """
        ),
        encoding="utf-8",
    )
    katalog = Katalog.dari_berkas(berkas)
    assert katalog.ambil("kepcamat-bululawang-65-2016").nomor == "065"
    assert katalog.ambil("perbup-malang-8-2016").nomor == "08"
    assert [p.kunci for p in katalog.cari("keputusan-camat", "65", 2016)] == ["kepcamat-bululawang-65-2016"]


def test_setiap_entri_rusak_dilaporkan_sekaligus(tmp_path: Path) -> None:
    from doctools.errors import KumpulanGalat

    berkas = tmp_path / "peraturan.yaml"
    berkas.write_text(
        textwrap.dedent(
            """\
            peraturan:
              perbup-jember-1-2020:
                jenis: perbup
                daerah: Kabupaten Jember
                nomor: "1"
                tahun: 2020
                tentng: Contoh
              perbup-jember-2-2020:
                jenis: perbupx
                nomor: "2"
                tahun: 2020
                tentang: Contoh
              perbup-jember-3-2020: Peraturan Bupati Jember Nomor 3 Tahun 2020
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(KumpulanGalat) as e:
        Katalog.dari_berkas(berkas)
    assert [(g.lokasi.baris if g.lokasi else None, g.lokasi.kolom if g.lokasi else None) for g in e.value.galat] == [
        (7, "peraturan.perbup-jember-1-2020.tentng"),
        (9, "peraturan.perbup-jember-2-2020.jenis"),
        (13, "peraturan.perbup-jember-3-2020"),
    ]
    assert e.value.galat[0].pesan == "kolom tidak dikenal; maksudnya 'tentang'?"
