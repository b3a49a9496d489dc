"""Hostile and careless input: every probe is refused by ``check`` and ``build`` alike.

Each test breaks one thing in a full copy of the example data, the way a tired user (or a hostile
file) would, and asserts what the user sees: a galat in Bahasa Indonesia naming the file and the
line to edit, exit status 2 from both ``doctools check`` and ``doctools build``, no traceback, and
no output folder.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from doctools.cli import main
from doctools.model import muat_data
from tests.conftest import CONTOH, SalinanData, buka


@dataclass(frozen=True)
class Penolakan:
    """What ``check`` and ``build`` printed for a refused data folder."""

    check: str
    build: str


def _jalankan(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def tolak(salinan: SalinanData, keluar: Path, berkas: str, baris: int | None, *potongan: str) -> Penolakan:
    """Run check and build on ``salinan``; both must refuse it at ``berkas:baris`` saying ``potongan``."""
    letak = f"{berkas}:{baris}" if baris is not None else berkas
    hasil = []
    for perintah in (("check", str(salinan.folder)), ("build", str(salinan.folder), "-o", str(keluar))):
        keluaran = _jalankan(*perintah)
        teks = keluaran.output
        assert keluaran.exit_code == 2, (perintah[0], teks)
        assert keluaran.exception is None or isinstance(keluaran.exception, SystemExit), teks
        assert "Traceback" not in teks
        galat = [b for b in teks.splitlines() if "galat: " in b and letak in b]
        assert galat, (perintah[0], letak, teks)
        for p in potongan:
            assert any(p in b for b in galat), (perintah[0], p, galat)
        hasil.append(teks)
    assert not keluar.exists()
    return Penolakan(*hasil)


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    """A full copy of the example (every document kind) to break one thing in."""
    folder = tmp_path / "data" / CONTOH.name
    shutil.copytree(CONTOH, folder)
    return SalinanData(folder)


@pytest.fixture
def keluar(tmp_path: Path) -> Path:
    return tmp_path / "keluar"


# ---- numbers --------------------------------------------------------------------------------------


TARGET_IKM = "target: {2021: 80, 2022: 80.5, 2023: 81, 2024: 82, 2025: 82.5, 2026: 83}"


@pytest.mark.parametrize(("ditulis", "pecahan"), [("1.250", "1,25"), ("82.500", "82,5")])
def test_titik_ribuan_pada_target_ditolak(salinan: SalinanData, keluar: Path, ditulis: str, pecahan: str) -> None:
    # YAML reads 1.250 as one and a quarter; an Indonesian means one thousand two hundred and fifty
    salinan.ganti("kinerja.yaml", TARGET_IKM, TARGET_IKM.replace("2025: 82.5", f"2025: {ditulis}"))
    ribuan = ditulis.replace(".", "")
    tolak(salinan, keluar, "kinerja.yaml", salinan.baris("kinerja.yaml", f"2025: {ditulis}"),
          f"angka '{ditulis}' meragukan", f"tulis {ribuan} bila", f'"{pecahan}"', "target.2025")


def test_titik_ribuan_pada_realisasi_dan_jumlah_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.ganti("kinerja.yaml", "realisasi: {2023: 79.85, 2024: 81.12}", "realisasi: {2023: 79.85, 2024: 81.120}")
    salinan.ganti("lkj.yaml", "pendidikan: {S2: 2, S1: 7,", "pendidikan: {S2: 2, S1: 7.000,")
    hasil = tolak(salinan, keluar, "kinerja.yaml", salinan.baris("kinerja.yaml", "2024: 81.120"),
                  "angka '81.120' meragukan", "tulis 81120 bila")
    baris_sdm = salinan.baris("lkj.yaml", "S1: 7.000")
    assert f"lkj.yaml:{baris_sdm}, kolom 'sdm.pendidikan.S1': angka '7.000' meragukan" in hasil.check


def test_angka_berpemisah_indonesia_dibaca(salinan: SalinanData) -> None:
    # unambiguous Indonesian forms are read as the number they are
    salinan.ganti("kinerja.yaml", TARGET_IKM, 'target: {2021: 80, 2022: "80,5", 2023: 81 %, 2024: "82%", '
                  "2025: 82.5, 2026: 83}")
    salinan.ganti("lkj.yaml", "pagu: 1402600000\n", "pagu: 1.402.600.000\n")
    data = muat_data(salinan.folder)
    target = data.kinerja.sasaran[1].indikator[0].target
    assert target == {2021: 80, 2022: Decimal("80.5"), 2023: 81, 2024: 82, 2025: Decimal("82.5"), 2026: 83}
    assert all(isinstance(v, Decimal) for v in target.values())
    kegiatan = data.lkj.anggaran.program[0].kegiatan[1]
    assert (kegiatan.nama, kegiatan.pagu) == ("Administrasi Keuangan Perangkat Daerah", 1402600000)


def test_persen_tertulis_tidak_dicetak_sebagai_teks(salinan: SalinanData, keluar: Path) -> None:
    # "95 %" beside the unit column "%" would print "95 %" "%"; it is the number 95, and its capaian is computed
    salinan.ganti("kinerja.yaml", "target: {2021: 85, 2022: 87, 2023: 90, 2024: 92, 2025: 95, 2026: 97}",
                  'target: {2021: 85, 2022: 87, 2023: 90, 2024: 92, 2025: 95 %, 2026: "97%"}')
    hasil = _jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    nama = "Persentase penyelesaian laporan pelanggaran ketertiban umum dan ketenteraman masyarakat"
    pk = buka(keluar / CONTOH.name / "perjanjian-kinerja-2025-camat.docx")
    baris = [[c.text for c in r.cells] for t in pk.tables for r in t.rows if nama in [c.text for c in r.cells]]
    assert [b[-2:] for b in baris] == [["95", "%"]]
    lkj = buka(keluar / CONTOH.name / "laporan-kinerja-2025.docx")
    capaian = [[c.text for c in r.cells] for t in lkj.tables for r in t.rows
               if [c.text for c in r.cells][1:3] == [nama, "2025"]]
    assert capaian == [["4.", nama, "2025", "95", "80", "84,21%"]]


@pytest.mark.parametrize("besar", ["9" * 5000, "1" + "0" * 30])
def test_angka_raksasa_ditolak(salinan: SalinanData, keluar: Path, besar: str) -> None:
    salinan.ganti("lkj.yaml", "pagu: 1402600000\n", f"pagu: {besar}\n")
    tolak(salinan, keluar, "lkj.yaml", salinan.baris("lkj.yaml", f"pagu: {besar[:50]}"),
          "terlalu besar", "angka terbesar yang diterima 999.999.999.999.999")


def test_anggaran_pk_raksasa_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # its terbilang (words stop at 10^21) would have crashed the build
    salinan.ganti("perjanjian-kinerja.yaml", "anggaran: 186537500", "anggaran: 1000000000000000000000")
    tolak(salinan, keluar, "perjanjian-kinerja.yaml", salinan.baris("perjanjian-kinerja.yaml", "anggaran: 1000000000"),
          "angka terbesar yang diterima 999.999.999.999.999")


def test_tahun_raksasa_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: " + "2" * 5000)
    tolak(salinan, keluar, "kinerja.yaml", salinan.baris("kinerja.yaml", "periode_awal:"), "terlalu besar")


# ---- invisible characters in text -----------------------------------------------------------------
# A galat, not a silent removal: the character is often a paste accident, but "\f" may have been
# meant as a page break; removing it would print text the data file does not say, and a peringatan
# lets the build go on unnoticed. The user decides what the text should be.

MENIMBANG_A = "  - bahwa dalam rangka pengukuran dan peningkatan kinerja"


@pytest.mark.parametrize(("ditulis", "kode"), [("\\f", "U+000C (pindah halaman"), ("\\a", "U+0007 (bunyi bel"),
                                               ("\\x1b", "U+001B (escape"), ("\\uFFFE", "U+FFFE (bukan karakter"),
                                               ("\\u2028", "U+2028 (line separator")])
def test_karakter_kendali_dalam_teks_ditolak(salinan: SalinanData, keluar: Path, ditulis: str, kode: str) -> None:
    salinan.ganti("keputusan-iku.yaml", MENIMBANG_A, f'  - "bahwa dalam{ditulis} rangka pengukuran dan peningkatan kinerja')
    salinan.ganti("keputusan-iku.yaml", "perlu menetapkan Indikator Kinerja Utama sebagai acuan ukuran kinerja\n",
                  'perlu menetapkan Indikator Kinerja Utama sebagai acuan ukuran kinerja"\n')
    tolak(salinan, keluar, "keputusan-iku.yaml", salinan.baris("keputusan-iku.yaml", "bahwa dalam"),
          f"kolom 'menimbang[1]': teks berisi karakter tak terlihat {kode}", "hapus karakter itu")


def test_karakter_kendali_dalam_nama_pejabat_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # a U+FFFE in a name made the build crash writing XML; check passed it
    salinan.ganti("instansi.yaml", "  nama: Drs. BAMBANG SETIAWAN, M.Si.", '  nama: "Drs. BAMBANG\\uFFFE SETIAWAN, M.Si."')
    tolak(salinan, keluar, "instansi.yaml", salinan.baris("instansi.yaml", "BAMBANG"), "kolom 'camat.nama'", "U+FFFE")


def test_karakter_kendali_dalam_narasi_blok_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # inside a block of several lines the message names the line of the character itself
    salinan.ganti("lkj.yaml", "penambahan satu loket pelayanan", 'penambahan satu\x0bloket pelayanan')
    tolak(salinan, keluar, "lkj.yaml", salinan.baris("lkj.yaml", "penambahan satu"), "karakter kendali tak terlihat")


# ---- YAML limits ----------------------------------------------------------------------------------

BOM_ALIAS = "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9 if p else ['lol'] * 9)}]\n"
    for p, n in zip(["", *"abcdefgh"], "abcdefghi"))


def test_bom_alias_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # 360 bytes that expand to 9^9 values: refused without expanding them
    assert len(BOM_ALIAS.encode()) < 400
    salinan.tulis("kinerja.yaml", BOM_ALIAS + salinan.baca("kinerja.yaml"))
    tolak(salinan, keluar, "kinerja.yaml", 5, "alias YAML ('*') mengulang terlalu banyak", "tulis nilainya langsung")


def test_alias_rekursif_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.ganti("instansi.yaml", "  nama: Jember\n", "  nama: &n [*n]\n")
    tolak(salinan, keluar, "instansi.yaml", salinan.baris("instansi.yaml", "&n [*n]"),
          "alias YAML merujuk dirinya sendiri")


@pytest.mark.parametrize("teks", ["x: " + "[" * 5000 + "]" * 5000 + "\n",
                                  "".join(f"{'  ' * i}a{i}:\n" for i in range(200)) + "  " * 200 + "b: 1\n"])
def test_data_bersarang_terlalu_dalam_ditolak(salinan: SalinanData, keluar: Path, teks: str) -> None:
    salinan.tulis("keputusan-iku.yaml", teks)
    hasil = tolak(salinan, keluar, "keputusan-iku.yaml", None, "data bersarang lebih dari 40 tingkat")
    assert "RecursionError" not in hasil.check + hasil.build


def test_berkas_data_terlalu_besar_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.tulis("lkj.yaml", salinan.baca("lkj.yaml") + ("# " + "x" * 98 + "\n") * 21_000)
    tolak(salinan, keluar, "lkj.yaml", None, "berkas terlalu besar", "paling besar 2.000.000 bita")


def test_bom_alias_di_katalog_peraturan_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # the user's own regulation catalog goes through the same bounded reader
    salinan.tulis("peraturan.yaml", BOM_ALIAS + "peraturan: {}\n")
    tolak(salinan, keluar, "peraturan.yaml", 5, "alias YAML ('*') mengulang terlalu banyak")


# ---- messages -------------------------------------------------------------------------------------


def test_titik_dua_dalam_butir_menimbang(salinan: SalinanData, keluar: Path) -> None:
    # YAML reads "- teks: lanjutan" as a mapping; the message says why and shows the quoted text
    lama = "  - bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu"
    salinan.ganti("keputusan-iku.yaml", lama, lama.replace("huruf a, perlu", "huruf a: perlu"))
    tolak(salinan, keluar, "keputusan-iku.yaml", salinan.baris("keputusan-iku.yaml", "huruf a: perlu"),
          "kolom 'menimbang[2]': harus berupa teks; teks yang berisi ': ' harus diberi tanda kutip, misalnya "
          "\"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a: perlu menetapkan")


def test_titik_dua_dalam_nilai_kolom(salinan: SalinanData, keluar: Path) -> None:
    salinan.ganti("instansi.yaml", "  alamat: Jl. KH. Agus Salim No. 02 Mumbulsari",
                  "  alamat: Jl. KH. Agus Salim No. 02 Mumbulsari, Kode: 68174")
    tolak(salinan, keluar, "instansi.yaml", salinan.baris("instansi.yaml", "Kode: 68174"),
          "YAML tidak dapat dibaca (karakter ke-", "teks yang berisi ': ' harus diberi tanda kutip, misalnya "
          "alamat: \"Jl. KH. Agus Salim No. 02 Mumbulsari, Kode: 68174\"")


def test_kolom_asing_tidak_menghentikan_pemeriksaan_kolom_lain(salinan: SalinanData, keluar: Path) -> None:
    # a typo used to hide every other problem of its mapping until it was fixed
    salinan.ganti("instansi.yaml", "  nama: Mumbulsari\n", "  nama: Mumbulsari\n  tlp: 123\n")
    salinan.ganti("instansi.yaml", 'kode_wilayah: "35.09.14"', 'kode_wilayah: "35.09.1A"')
    salinan.ganti("instansi.yaml", "  alamat: Jl. KH. Agus Salim", "  alamatt: Jl. KH. Agus Salim")
    hasil = tolak(salinan, keluar, "instansi.yaml", salinan.baris("instansi.yaml", "tlp: 123"), "kolom tidak dikenal")
    for baris, pesan in [(salinan.baris("instansi.yaml", "kode_wilayah:"), "kode wilayah harus berupa angka bertitik"),
                         (salinan.baris("instansi.yaml", "alamatt:"), "kolom tidak dikenal; maksudnya 'alamat'?")]:
        assert any(f"instansi.yaml:{baris}" in b and pesan in b for b in hasil.check.splitlines()), hasil.check
    # the misspelt alamat is not reported a second time as a missing alamat
    assert "wajib diisi tetapi tidak ada" not in hasil.check


# ---- data files that are not files ----------------------------------------------------------------


@pytest.mark.parametrize("nama", ["lkj.yaml", "keputusan-iku.yaml", "peraturan.yaml"])
def test_berkas_data_berupa_folder_ditolak(salinan: SalinanData, keluar: Path, nama: str) -> None:
    # the document used to be left out silently (exit 0)
    if salinan.path(nama).exists():
        salinan.hapus(nama)
    salinan.path(nama).mkdir()
    (salinan.path(nama) / "isi.yaml").write_text("a: 1\n", encoding="utf-8")
    tolak(salinan, keluar, nama, None, "harus berupa berkas YAML, bukan folder")


def test_tautan_data_yang_putus_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.hapus("lkj.yaml")
    salinan.path("lkj.yaml").symlink_to(salinan.folder / "tidak-ada.yaml")
    tolak(salinan, keluar, "lkj.yaml", None, "tautan simbolis ini tidak menunjuk ke berkas yang ada")


def test_kabupaten_yaml_berupa_folder_ditolak(tmp_path: Path) -> None:
    # the kabupaten's settings (logo, page, pattern) would have been dropped without a word
    kabupaten = tmp_path / "jember"
    shutil.copytree(CONTOH, kabupaten / "mumbulsari")
    (kabupaten / "kabupaten.yaml").mkdir()
    for perintah in (("check", str(kabupaten)), ("build", str(kabupaten), "-o", str(tmp_path / "keluar"))):
        hasil = _jalankan(*perintah)
        assert hasil.exit_code == 2, hasil.output
        assert "kabupaten.yaml: harus berupa berkas YAML, bukan folder" in hasil.output, hasil.output
        assert "Traceback" not in hasil.output
    assert not list((tmp_path / "keluar").rglob("*.docx"))
