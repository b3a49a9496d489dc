"""bentuk.*: numbering is computed, never typed; the Mengingat holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.reviu.bentuk import nomor_ordinal
from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, di, info, salin, satu, temuan

IKU = "keputusan-iku.yaml"
IKI = "keputusan-iki.yaml"
BERTUJUAN = "Diktum {diktum.penetapan} bertujuan"


def test_nomor_ordinal() -> None:
    assert [nomor_ordinal(t) for t in ("kesatu", "KEDUA BELAS", "Kedua  Puluh Satu", "pertama", "kemudian")] == \
        [1, 12, 21, 1, None]


@pytest.mark.parametrize(("lama", "baru", "penanda", "kolom"), [
    ("  - bahwa dalam rangka", "  - a. bahwa dalam rangka", "a.", "menimbang[1]"),
    ("      - perencanaan tahunan Perangkat Daerah", "      - (2) perencanaan tahunan Perangkat Daerah", "(2)",
     "diktum[3].rincian[2]"),
    ("  - Bupati Jember", "  - 1. Bupati Jember", "1.", "tembusan[1]"),
])
def test_penanda_diketik(salinan: SalinanData, lama: str, baru: str, penanda: str, kolom: str) -> None:
    salinan.ganti(IKU, lama, baru)
    cocok(satu(salinan), "bentuk.penanda-diketik", "peringatan", di(salinan, IKU, baru.strip(), kolom),
          f"butir ini diawali '{penanda}' (penanda daftar", f"hapus '{penanda}' dari data")


def test_penanda_diketik_di_instansi(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", "    - penanganan konflik sosial", "    - b) penanganan konflik sosial")
    cocok(satu(salinan), "bentuk.penanda-diketik", "peringatan",
          di(salinan, "instansi.yaml", "b) penanganan", "kecamatan.fungsi[2]"), "diawali 'b)'")


def test_diktum_diketik(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                  "  - teks: \"KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.\"")
    cocok(satu(salinan), "bentuk.diktum-diketik", "galat", di(salinan, IKU, "KEEMPAT", "diktum[4].teks"),
          "teks diktum ke-4 diawali 'KEEMPAT :' yang diketik", "hapus 'KEEMPAT :'")


def test_kata_kedua_biasa_bukan_nomor_diktum(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                  "  - teks: Kedua pihak melaksanakan Keputusan ini sejak tanggal ditetapkan.")
    assert temuan(salinan) == []


def test_rujukan_diktum(salinan: SalinanData) -> None:
    salinan.ganti(IKU, BERTUJUAN, "Diktum KESATU bertujuan")
    cocok(satu(salinan), "bentuk.rujukan-diktum", "galat", di(salinan, IKU, "Diktum KESATU", "diktum[2].teks"),
          "rujukan 'Diktum KESATU' diketik", "tulis {diktum.penetapan} (diktum ke-1)")


def test_rujukan_diktum_tanpa_id(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                  "  - teks: Keputusan ini mulai berlaku sejak Diktum Kedua dilaksanakan.")
    cocok(satu(salinan), "bentuk.rujukan-diktum", "galat", di(salinan, IKU, "Diktum Kedua", "diktum[4].teks"),
          "rujukan 'Diktum Kedua' diketik", "beri diktum ke-2 sebuah id")


def test_rujukan_diktum_yang_tidak_ada(salinan: SalinanData) -> None:
    salinan.ganti(IKI, "Diktum {diktum.penetapan} bertujuan", "Diktum KEENAM bertujuan")
    cocok(satu(salinan), "bentuk.rujukan-diktum", "galat", di(salinan, IKI, "Diktum KEENAM", "diktum[2].teks"),
          "keputusan ini hanya mempunyai 3 diktum")


def test_diktum_merujuk_dirinya_sendiri(salinan: SalinanData) -> None:
    salinan.ganti(IKI, "  - teks: \"Indikator Kinerja Individu sebagaimana dimaksud dalam Diktum {diktum.penetapan}",
                  "  - id: tujuan\n    teks: \"Indikator Kinerja Individu sebagaimana dimaksud dalam Diktum "
                  "{diktum.penetapan} dan {diktum.tujuan}")
    cocok(satu(salinan), "bentuk.rujukan-diktum-sendiri", "peringatan",
          di(salinan, IKI, "{diktum.tujuan}", "diktum[2].teks"),
          "diktum ke-2 (KEDUA) merujuk dirinya sendiri dengan {diktum.tujuan}")


def test_rujukan_huruf(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "dimaksud dalam huruf a, perlu", "dimaksud dalam huruf c, perlu")
    cocok(satu(salinan), "bentuk.rujukan-huruf", "galat", di(salinan, IKU, "huruf c", "menimbang[2]"),
          "butir ke-2 merujuk 'huruf c', tetapi Menimbang hanya mempunyai butir a sampai b")


def test_rujukan_huruf_ke_butir_sendiri(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "dimaksud dalam huruf a, perlu", "dimaksud dalam huruf b, perlu")
    cocok(satu(salinan), "bentuk.rujukan-huruf", "galat", di(salinan, IKU, "huruf b", "menimbang[2]"),
          "itu butir ini sendiri atau butir sesudahnya")


def test_mengingat_ganda(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - permenpanrb-53-2014\n", "  - permenpanrb-53-2014\n  - uu-23-2014\n")
    baris_pertama = salinan.baca(IKU).splitlines().index("  - uu-23-2014") + 1
    t = satu(salinan)
    cocok(t, "bentuk.mengingat", "galat", t.lokasi, "butir 7: Undang-Undang Nomor 23 Tahun 2014 sudah dikutip pada "
          f"butir 1 ({salinan.path(IKU)}:{baris_pertama}", "hapus salah satunya")
    assert (t.lokasi.baris, t.lokasi.kolom) == (salinan.baris(IKU, "  - permenpanrb-53-2014") + 1, "mengingat[7]")


def test_mengingat_tidak_dikenal(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - permenpanrb-53-2014\n", "  - permenpanrb-53-2041\n")
    cocok(satu(salinan), "bentuk.mengingat", "galat", di(salinan, IKU, "permenpanrb-53-2041", "mengingat[6]"),
          "peraturan 'permenpanrb-53-2041' tidak ada dalam katalog", "permenpanrb-53-2014")


def test_mengingat_catatan(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - permenpanrb-53-2014\n",
                  "  - permenpanrb-53-2014\n  - {teks: Surat Edaran Bupati Jember Nomor 7 Tahun 2016 tentang SAKIP}\n")
    cocok(satu(salinan), "bentuk.mengingat-catatan", "peringatan",
          di(salinan, IKU, "{teks: Surat Edaran", "mengingat[7]"),
          "butir 7 berupa teks bebas yang tidak terbaca sebagai peraturan", "diletakkan di akhir")


def test_mengingat_luar_katalog(salinan: SalinanData) -> None:
    # Mumbulsari 2020 cites its Perbup in full; the catalog does not know it
    salinan.ganti(IKU, "  - permenpanrb-53-2014\n",
                  "  - permenpanrb-53-2014\n  - Peraturan Bupati Jember Nomor 61 Tahun 2016 tentang Kedudukan, "
                  "Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Kecamatan\n")
    assert temuan(salinan) == []  # nothing to fix
    (t,) = [t for t in info(salinan) if t.aturan == "bentuk.mengingat-luar-katalog"]
    cocok(t, "bentuk.mengingat-luar-katalog", "info", di(salinan, IKU, "Jember Nomor 61 Tahun 2016", "mengingat[7]"),
          "butir 7: Peraturan Bupati Jember Nomor 61 Tahun 2016 tidak ada dalam katalog, jadi dicetak seperti tertulis")


def test_mengingat_belum_terverifikasi(salinan: SalinanData) -> None:
    # the shipped entry of PermenPAN-RB 53/2014 lacks a source check; the kecamatan's own verified entry replaces it
    (t,) = [t for t in info(salinan) if t.lokasi and t.lokasi.kolom == "mengingat[6]"]
    cocok(t, "bentuk.mengingat-belum-terverifikasi", "info", di(salinan, IKU, "- permenpanrb-53-2014", "mengingat[6]"),
          "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 dicetak dari "
          "entri katalog bawaan yang belum terverifikasi")
    salinan.tulis("peraturan.yaml", "peraturan:\n  permenpanrb-53-2014:\n    jenis: permen\n"
                  "    lembaga: Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi\n    nomor: '53'\n"
                  "    tahun: 2014\n    tentang: Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara "
                  "Reviu atas Laporan Kinerja Instansi Pemerintah\n    lembaran: {jenis: BN, tahun: 2014, nomor: '1842'}\n"
                  "    terverifikasi: true\n")
    assert not [t for t in info(salinan) if "Nomor 53 Tahun 2014" in t.pesan]
    salinan.ganti("peraturan.yaml", "terverifikasi: true", "terverifikasi: false")
    (t,) = [t for t in info(salinan) if "Nomor 53 Tahun 2014" in t.pesan and t.lokasi and "iku" in t.lokasi.berkas]
    assert f"dicetak dari entri katalog {salinan.path('peraturan.yaml')}:2 yang belum terverifikasi" in t.pesan


def test_tahun_peraturan_teks_bebas(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - permenpanrb-53-2014\n",
                  "  - permenpanrb-53-2014\n  - {teks: Peraturan Bupati Jember Nomor 61 Tahun 2106}\n")
    (tahun,) = temuan(salinan)
    cocok(tahun, "bentuk.tahun-peraturan", "galat", di(salinan, IKU, "Tahun 2106", "mengingat[7]"),
          "'Tahun 2106' dalam teks Mengingat tidak mungkin: keputusan ini ditetapkan tahun 2025")


def test_tahun_peraturan_dalam_menimbang(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "sebagai acuan ukuran kinerja",
                  "sebagai acuan ukuran kinerja sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2041")
    cocok(satu(salinan), "bentuk.tahun-peraturan", "galat", di(salinan, IKU, "Tahun 2041", "menimbang[1]"),
          "'Nomor 53 Tahun 2041' tidak mungkin: keputusan ini ditetapkan tahun 2025")


def test_tahun_peraturan_katalog_sesudah_keputusan(salinan: SalinanData) -> None:
    salinan.tulis("peraturan.yaml", "peraturan:\n  perbup-jember-9-2026:\n    jenis: perbup\n"
                  "    daerah: Kabupaten Jember\n    nomor: \"9\"\n    tahun: 2026\n"
                  "    tentang: Rencana Kerja Kecamatan\n    berlaku: true\n")
    salinan.ganti(IKU, "  - permenpanrb-53-2014\n", "  - permenpanrb-53-2014\n  - perbup-jember-9-2026\n")
    cocok(satu(salinan), "bentuk.tahun-peraturan", "galat", di(salinan, IKU, "perbup-jember-9-2026", "mengingat[7]"),
          "Peraturan Bupati Jember Nomor 9 Tahun 2026 ditetapkan sesudah keputusan ini (6 Januari 2025)")


KATALOG_MALANG = """\
peraturan:
  perda-malang-6-2016:
    jenis: perda
    daerah: Malang
    nomor: "6"
    tahun: 2016
    tentang: Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Malang Tahun 2016-2021
  perbup-malang-64-2016:
    jenis: perbup
    daerah: Kabupaten Malang
    nomor: "64"
    tahun: 2016
    tentang: Kedudukan, Struktur Koordinasi, Tugas dan Fungsi serta Tata Kerja Kecamatan
  pp-perangkat-daerah-2016:
    jenis: pp
    nomor: "18"
    tahun: 2016
    tentang: Perangkat Daerah
  perbup-malang-65-2016:
    jenis: perbup
    daerah: Kabupaten Malang
    nomor: "65"
    tahun: 2016
    tentang: Contoh yang tidak ada di katalog bawaan
"""


def test_katalog_pengguna_bertentangan_dengan_bawaan(salinan: SalinanData) -> None:
    # the seeds' own variants: Bululawang's "Peraturan Daerah Malang … (RPJMD)", Bantur's title of Perbup 64/2016
    salinan.tulis("peraturan.yaml", KATALOG_MALANG)
    daftar = [t for t in temuan(salinan) if t.aturan == "bentuk.katalog-bertentangan"]
    assert [t.lokasi.baris if t.lokasi else None for t in daftar] == [
        salinan.baris("peraturan.yaml", "daerah: Malang"),
        salinan.baris("peraturan.yaml", "(RPJMD)"),
        salinan.baris("peraturan.yaml", "Struktur Koordinasi"),
        salinan.baris("peraturan.yaml", "pp-perangkat-daerah-2016:"),
    ]
    cocok(daftar[0], "bentuk.katalog-bertentangan", "peringatan",
          di(salinan, "peraturan.yaml", "daerah: Malang", "peraturan.perda-malang-6-2016.daerah"),
          "daerah 'Malang' ditulis tanpa 'Kabupaten', 'Kota' atau 'Provinsi'", "tulis daerah: Kabupaten Malang")
    assert daftar[2].pesan == (
        "Peraturan Bupati Malang Nomor 64 Tahun 2016 berjudul \"Kedudukan, Struktur Koordinasi, Tugas dan Fungsi "
        "serta Tata Kerja Kecamatan\" di sini, tetapi \"Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata "
        "Kerja Kecamatan\" dalam entri katalog bawaan 'perbup-malang-64-2016' yang belum terverifikasi; periksa "
        "judul resminya (JDIH) dan perbaiki yang keliru")
    assert daftar[3].pesan.startswith("Peraturan Pemerintah Nomor 18 Tahun 2016 sudah ada dalam katalog bawaan "
                                      "dengan kunci 'pp-18-2016'")
    assert all(t.tingkat == "peringatan" for t in daftar)


def test_katalog_kabupaten_bertentangan(tmp_path: Path) -> None:
    kabupaten = tmp_path / "malang"
    kabupaten.mkdir()
    (kabupaten / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    (kabupaten / "peraturan.yaml").write_text(KATALOG_MALANG, encoding="utf-8")
    salinan = salin(kabupaten / "bululawang", ("instansi.yaml", "kinerja.yaml", "keputusan-iku.yaml"))
    daftar = [t for t in temuan(salinan) if t.aturan == "bentuk.katalog-bertentangan"]
    assert len(daftar) == 4
    assert {Path(t.lokasi.berkas).name for t in daftar if t.lokasi and t.lokasi.berkas} == {"peraturan.yaml"}
    assert all(Path(t.lokasi.berkas).parent.name == "malang" for t in daftar if t.lokasi and t.lokasi.berkas)
