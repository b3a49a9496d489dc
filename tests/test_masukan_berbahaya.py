"""Hostile and careless input: every probe is refused by ``check`` and ``build`` alike.

Each test breaks one thing in a full copy of the example data, the way a tired user (or a hostile
file) would, and asserts what the user sees: a galat in Bahasa Indonesia naming the file and the
line to edit, exit status 2 from both ``doctools check`` and ``doctools build``, no traceback, and
no output folder.
"""

from __future__ import annotations

import csv
import shutil
import struct
import zlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner, Result

from doctools.cli import main
from doctools.model import muat_data
from tests.conftest import CONTOH, SalinanData, buka, semua_paragraf
from tests.lembar import baris_kode, modul_contoh


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
    salinan.ganti("lkj.yaml", "{nama: Belanja Pegawai, pagu: 1402600000,", "{nama: Belanja Pegawai, pagu: 1.402.600.000,")
    data = muat_data(salinan.folder)
    target = data.kinerja.sasaran[1].indikator[0].target
    assert target == {2021: 80, 2022: Decimal("80.5"), 2023: 81, 2024: 82, 2025: Decimal("82.5"), 2026: 83}
    assert all(isinstance(v, Decimal) for v in target.values())
    belanja = data.lkj.anggaran.belanja[0].jenis[0]
    assert (belanja.nama, belanja.pagu) == ("Belanja Pegawai", 1402600000)


def test_persen_tertulis_tidak_dicetak_sebagai_teks(salinan: SalinanData, keluar: Path) -> None:
    # "95 %" beside the unit column "%" would print "95 %" "%"; it is the number 95, and its capaian is computed
    salinan.ganti("kinerja.yaml", "target: {2021: 85, 2022: 87, 2023: 90, 2024: 92, 2025: 95, 2026: 97}",
                  'target: {2021: 85, 2022: 87, 2023: 90, 2024: 92, 2025: 95 %, 2026: "97%"}')
    salinan.ganti("kinerja.yaml", "target_pk: {2025: 90}", "target_pk: {2025: 90 %}")
    hasil = _jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    nama = "Persentase penyelesaian laporan pelanggaran ketertiban umum dan ketenteraman masyarakat"
    pk = buka(keluar / CONTOH.name / "perjanjian-kinerja-2025-camat.docx")
    baris = [[c.text for c in r.cells] for t in pk.tables for r in t.rows if nama in [c.text for c in r.cells]]
    assert [b[-2:] for b in baris] == [["90", "%"]]
    lkj = buka(keluar / CONTOH.name / "laporan-kinerja-2025.docx")
    capaian = [[c.text for c in r.cells] for t in lkj.tables for r in t.rows
               if [c.text for c in r.cells][1:3] == [nama, "2025"]]
    assert capaian == [["4.", nama, "2025", "90", "80", "88,89%"]]


@pytest.mark.parametrize("besar", ["9" * 5000, "1" + "0" * 30])
def test_angka_raksasa_ditolak(salinan: SalinanData, keluar: Path, besar: str) -> None:
    salinan.ganti("lkj.yaml", "{nama: Belanja Pegawai, pagu: 1402600000,", f"{{nama: Belanja Pegawai, pagu: {besar},")
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


@pytest.mark.parametrize("karakter", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_pengubah_arah_tulisan_ditolak(salinan: SalinanData, keluar: Path, karakter: str) -> None:
    # a right-to-left override prints what follows reversed: "No. 02" read as "20 .oN" in Word, while the
    # file shows it the right way round in some editors; like the other invisible characters it is a galat
    salinan.ganti("instansi.yaml", "Agus Salim No. 02", f"Agus Salim {karakter}No. 02")
    tolak(salinan, keluar, "instansi.yaml", salinan.baris("instansi.yaml", "alamat:"), "kolom 'kecamatan.alamat'",
          f"U+{ord(karakter):04X} (pengubah arah tulisan)", "hapus karakter itu")


def test_tulisan_arab_tetap_diterima(salinan: SalinanData, keluar: Path) -> None:
    # only the invisible direction controls are refused, not text written right to left
    salinan.ganti("keputusan-iku.yaml", MENIMBANG_A, MENIMBANG_A.replace("kinerja", "kinerja (\u0645\u062f\u064a\u0631)", 1))
    hasil = _jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    teks = semua_paragraf(buka(keluar / CONTOH.name / "keputusan-iku-2025.docx"))
    assert any("kinerja (\u0645\u062f\u064a\u0631) serta" in p for p in teks)


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


def test_berkas_data_tautan_ke_luar_folder_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # a data file that is a link leading out of the folder (another kecamatan's data, a system file) is not read:
    # what a folder describes is what lies in it, and a message could quote the other file
    lain = salinan.folder.parent / "lain" / "lkj.yaml"
    lain.parent.mkdir()
    lain.write_text("RAHASIA-KUNCI: RAHASIA-NILAI\n", encoding="utf-8")
    salinan.hapus("lkj.yaml")
    salinan.path("lkj.yaml").symlink_to(lain)
    hasil = tolak(salinan, keluar, "lkj.yaml", None, "tautan simbolis ini menunjuk ke luar folder data; salin berkasnya "
                                                     "ke folder ini")
    json = _jalankan("check", str(salinan.folder), "--format", "json").output
    assert "RAHASIA" not in hasil.check + hasil.build + json
    assert str(lain) not in hasil.check  # named as the user sees it, not by where the link leads


def test_berkas_data_tautan_di_dalam_folder_diikuti(salinan: SalinanData, keluar: Path) -> None:
    arsip = salinan.path("arsip")
    arsip.mkdir()
    salinan.path("lkj.yaml").rename(arsip / "lkj-2025.yaml")
    salinan.path("lkj.yaml").symlink_to(Path("arsip") / "lkj-2025.yaml")
    hasil = _jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    assert (keluar / CONTOH.name / "laporan-kinerja-2025.docx").is_file()


def test_berkas_data_tautan_berputar_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # Path.resolve raised RuntimeError naming the file: a traceback
    salinan.hapus("lkj.yaml")
    salinan.path("lkj.yaml").symlink_to("lkj.yaml")
    tolak(salinan, keluar, "lkj.yaml", None, "tautan simbolis ini berputar")


def test_kabupaten_yaml_tautan_ke_luar_folder_ditolak(tmp_path: Path) -> None:
    kabupaten = tmp_path / "jember"
    shutil.copytree(CONTOH, kabupaten / "mumbulsari")
    (tmp_path / "lain.yaml").write_text("logo: RAHASIA.png\n", encoding="utf-8")
    (kabupaten / "kabupaten.yaml").symlink_to(tmp_path / "lain.yaml")
    for perintah in (("check", str(kabupaten)), ("build", str(kabupaten), "-o", str(tmp_path / "keluar"))):
        hasil = _jalankan(*perintah)
        assert hasil.exit_code == 2, hasil.output
        assert "kabupaten.yaml: tautan simbolis ini menunjuk ke luar folder data" in hasil.output, hasil.output
        assert "RAHASIA" not in hasil.output
    assert not list((tmp_path / "keluar").rglob("*.docx"))


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


def test_kabupaten_yaml_berupa_folder_disebut_seperti_diketik(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a kecamatan built on its own named its kabupaten.yaml by its absolute path, unlike every other file
    shutil.copytree(CONTOH, tmp_path / "data" / "mumbulsari")
    (tmp_path / "data" / "kabupaten.yaml").mkdir()
    monkeypatch.chdir(tmp_path)
    for perintah in (("check", "data/mumbulsari"), ("build", "data/mumbulsari", "-o", "keluar")):
        hasil = _jalankan(*perintah)
        assert hasil.exit_code == 2, hasil.output
        assert ("galat: data/kabupaten.yaml: harus berupa berkas YAML, bukan folder; pindahkan isinya atau ganti nama "
                "folder ini") in hasil.output, hasil.output
    assert not (tmp_path / "keluar").exists()


# ---- files the data refers to ---------------------------------------------------------------------


def png(path: Path, lebar: int = 1, tinggi: int = 1, *, potong: int = 0) -> Path:
    """A PNG of ``lebar`` × ``tinggi`` red pixels (``potong`` bytes cut off its end)."""
    def bagian(jenis: bytes, isi: bytes) -> bytes:
        return struct.pack(">I", len(isi)) + jenis + isi + struct.pack(">I", zlib.crc32(jenis + isi))

    baris = b"\x00" + b"\xff\x00\x00" * lebar
    isi = (b"\x89PNG\r\n\x1a\n" + bagian(b"IHDR", struct.pack(">IIBBBBB", lebar, tinggi, 8, 2, 0, 0, 0))
           + bagian(b"IDAT", zlib.compress(baris * min(tinggi, 4))) + bagian(b"IEND", b""))
    path.write_bytes(isi[:len(isi) - potong] if potong else isi)
    return path


def pakai_logo(salinan: SalinanData, nama: str) -> int:
    salinan.ganti("instansi.yaml", "# logo: logo-jember.png ", f"logo: '{nama}' ")
    return salinan.baris("instansi.yaml", "logo: ")


def test_logo_gambar_sah_dimuat(salinan: SalinanData, keluar: Path) -> None:
    png(salinan.path("logo.png"), 4, 4)
    pakai_logo(salinan, "logo.png")
    hasil = _jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    assert buka(keluar / CONTOH.name / "keputusan-iku-2025.docx").inline_shapes


@pytest.mark.parametrize(("nama", "pesan"), [
    ("/etc/logo.png", "logo harus ditulis relatif terhadap folder data, misalnya logo.png, bukan jalur lengkap"),
    ("C:\\Users\\camat\\logo.png", "logo harus ditulis relatif terhadap folder data"),
    ("../logo.png", "logo harus berada di dalam folder data; '..' (folder di atasnya) tidak boleh dipakai"),
    ("gambar/../../logo.png", "'..' (folder di atasnya) tidak boleh dipakai"),
])
def test_logo_di_luar_folder_ditolak(salinan: SalinanData, keluar: Path, nama: str, pesan: str) -> None:
    png(salinan.folder.parent / "logo.png")
    baris = pakai_logo(salinan, nama)
    tolak(salinan, keluar, "instansi.yaml", baris, pesan)


def test_logo_tautan_ke_luar_folder_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.path("logo.png").symlink_to(png(salinan.folder.parent / "milik-orang-lain.png"))
    baris = pakai_logo(salinan, "logo.png")
    hasil = tolak(salinan, keluar, "instansi.yaml", baris, "menunjuk ke luar folder data (melalui tautan simbolis)")
    assert "milik-orang-lain" not in hasil.check + hasil.build


def test_berkas_survei_tautan_ke_berkas_sistem_tidak_dikutip(salinan: SalinanData, keluar: Path) -> None:
    # a link to a system file used as the survey echoed that file's first line, also in --format json
    rahasia = salinan.folder.parent / "rahasia.xlsx"
    rahasia.write_text("root:x:0:0:RAHASIA-BARIS-PERTAMA\n", encoding="utf-8")
    salinan.hapus("skm-2025.xlsx")
    salinan.path("skm-2025.xlsx").symlink_to(rahasia)
    baris = salinan.baris("lkj.yaml", "berkas: skm-2025.xlsx")
    hasil = tolak(salinan, keluar, "lkj.yaml", baris, "kolom 'skm.berkas'", "harus berada di dalam folder data")
    json = _jalankan("check", str(salinan.folder), "--format", "json").output
    assert "RAHASIA" not in hasil.check + hasil.build + json


def test_berkas_survei_bukan_survei_tidak_dikutip(salinan: SalinanData, keluar: Path) -> None:
    # a file in which no column names an unsur may be anything: its first line is not quoted
    salinan.tulis("skm.csv", "kata sandi server: RAHASIA-BARIS-PERTAMA,x\nbaris kedua,y\n")
    teks = salinan.baca("lkj.yaml")
    awal, akhir = teks.index("  kolom:                        # kolom jawaban"), teks.index("  # label:")
    salinan.tulis("lkj.yaml", teks[:awal] + teks[akhir:])
    salinan.ganti("lkj.yaml", "  berkas: skm-2025.xlsx ", "  berkas: skm.csv ")
    salinan.ganti("lkj.yaml", "  lembar: Form Responses 1\n", "")
    hasil = tolak(salinan, keluar, "skm.csv", 1, "tidak tampak seperti jawaban survei")
    assert "RAHASIA" not in hasil.check + hasil.build


def test_lembar_survei_terlalu_besar_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # openpyxl was given any file: no limit on its size, what it unpacks to, or its rows and columns
    with salinan.path("skm-2025.xlsx").open("r+b") as f:
        f.truncate(20_000_001)
    tolak(salinan, keluar, "skm-2025.xlsx", None, "berkas terlalu besar (20,0 MB; paling besar 20,0 MB)")


def test_bagan_di_luar_folder_ditolak(salinan: SalinanData, keluar: Path) -> None:
    png(salinan.folder.parent / "bagan.png")
    salinan.ganti("lkj.yaml", "  # bagan: bagan-organisasi.png ", "  bagan: ../bagan.png ")
    tolak(salinan, keluar, "lkj.yaml", salinan.baris("lkj.yaml", "bagan: ../bagan.png"),
          "kolom 'organisasi.bagan'", "bagan organisasi harus berada di dalam folder data")


def test_logo_kabupaten_dicari_di_folder_kabupaten(tmp_path: Path) -> None:
    kabupaten = tmp_path / "jember"
    shutil.copytree(CONTOH, kabupaten / "mumbulsari")
    png(kabupaten / "logo-jember.png", 3, 3)
    (kabupaten / "kabupaten.yaml").write_text("logo: logo-jember.png\n", encoding="utf-8")
    hasil = _jalankan("build", str(kabupaten), "-o", str(tmp_path / "keluar"))
    assert hasil.exit_code == 0, hasil.output
    assert buka(tmp_path / "keluar" / "jember" / "mumbulsari" / "keputusan-iku-2025.docx").inline_shapes
    # and outside the kabupaten folder it is refused, in kabupaten.yaml
    png(tmp_path / "lain.png")
    (kabupaten / "kabupaten.yaml").write_text("logo: ../lain.png\n", encoding="utf-8")
    hasil = _jalankan("check", str(kabupaten))
    assert hasil.exit_code == 2
    assert "kabupaten.yaml:1, kolom 'logo': logo harus berada di dalam folder data" in hasil.output, hasil.output


# ---- images are decoded, not judged by their name -----------------------------------------------------


@pytest.mark.parametrize(("buat", "pesan"), [
    (lambda p: p.write_text("ini teks, bukan gambar\n", encoding="utf-8"), "logo bukan gambar yang dapat dibaca"),
    (lambda p: png(p, 8, 8, potong=30), "logo bukan gambar yang dapat dibaca"),
    (lambda p: png(p, 0, 0), "logo bukan gambar yang dapat dibaca"),
    (lambda p: png(p, 100_000, 100_000), "logo terlalu besar"),
    (lambda p: p.write_bytes(b"GIF89a" + b"\x00" * 7), "logo bukan gambar yang dapat dibaca"),
])
def test_logo_yang_bukan_gambar_ditolak(salinan: SalinanData, keluar: Path, buat: Any, pesan: str) -> None:
    buat(salinan.path("logo.png"))
    baris = pakai_logo(salinan, "logo.png")
    tolak(salinan, keluar, "instansi.yaml", baris, "kolom 'logo'", pesan)


def test_bagan_terpotong_ditolak(salinan: SalinanData, keluar: Path) -> None:
    png(salinan.path("bagan.png"), 16, 16, potong=20)
    salinan.ganti("lkj.yaml", "  # bagan: bagan-organisasi.png ", "  bagan: bagan.png ")
    tolak(salinan, keluar, "lkj.yaml", salinan.baris("lkj.yaml", "bagan: bagan.png"),
          "bagan organisasi bukan gambar yang dapat dibaca")


# ---- long titles ----------------------------------------------------------------------------------


def test_tentang_panjang_tidak_merusak_build(salinan: SalinanData, keluar: Path) -> None:
    # Word's core properties stop at 255 characters: only the file's title is shortened, the printed one stays whole
    tentang = ("Indikator Kinerja Utama Kecamatan Mumbulsari Kabupaten Jember untuk Periode Rencana Strategis "
               "Tahun 2021 sampai dengan Tahun 2026 sebagaimana telah diubah dengan Perubahan Rencana Strategis "
               "Perangkat Daerah Tahun 2024 dan seterusnya")
    assert len(tentang) > 230
    salinan.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06\n", f"tanggal: 2025-01-06\ntentang: {tentang}\n")
    assert _jalankan("check", str(salinan.folder)).exit_code == 0
    hasil = _jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    doc = buka(keluar / CONTOH.name / "keputusan-iku-2025.docx")
    judul = doc.core_properties.title
    assert len(judul) <= 255 and judul.endswith("…")
    assert judul.startswith("Keputusan Camat Mumbulsari tentang Indikator Kinerja Utama")
    teks = [" ".join(p.split()) for p in semua_paragraf(doc)]
    assert any(tentang.upper() in p for p in teks), [p for p in teks if "TENTANG" in p][:3]


def test_katalog_peraturan_sendiri_dibaca_seperti_data_lain(salinan: SalinanData, keluar: Path) -> None:
    # the user's peraturan.yaml used PyYAML's own reader: a 5,000-digit year was a traceback
    salinan.tulis("peraturan.yaml", "peraturan:\n  perbup-1-2020:\n    jenis: perbup\n    nomor: '1'\n"
                                    f"    tahun: {'9' * 5000}\n    tentang: Contoh\n")
    hasil = tolak(salinan, keluar, "peraturan.yaml", 5, "kolom 'peraturan.perbup-1-2020.tahun'", "angka terlalu besar")
    assert "9" * 100 not in hasil.check


def test_jawaban_survei_raksasa_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # an answer of 5,000 digits was given to int(), which refuses more than 4,300
    buku = openpyxl.load_workbook(salinan.path("skm-2025.xlsx"))
    buku["Form Responses 1"]["O2"] = "9" * 5000  # the Sarana dan Prasarana answer of the first respondent
    buku.save(salinan.path("skm-2025.xlsx"))
    hasil = tolak(salinan, keluar, "skm-2025.xlsx, lembar 'Form Responses 1', sel O2", None,
                  "tidak sah untuk unsur 'Sarana dan Prasarana'")
    assert "9" * 100 not in hasil.check


def test_tahun_mengingat_raksasa_ditolak(salinan: SalinanData, keluar: Path) -> None:
    salinan.ganti("keputusan-iku.yaml", "mengingat:\n", f"mengingat:\n  - {{jenis: perbup, nomor: '1', tahun: {'9' * 5000}}}\n")
    tolak(salinan, keluar, "keputusan-iku.yaml", salinan.baris("keputusan-iku.yaml", "jenis: perbup, nomor: '1'"),
          "kolom 'tahun' dalam butir Mengingat harus bilangan bulat")


@pytest.mark.parametrize(("nama", "pesan"), [
    ("Administrasi {{ Keuangan }}", "teks ini memuat '{{', tanda tag templat Word"),
    ("Administrasi \u202eKeuangan", "U+202E (pengubah arah tulisan)"),
])
def test_nama_kegiatan_di_lembar_realisasi_diperiksa_seperti_teks_data(salinan: SalinanData, keluar: Path,
                                                                        nama: str, pesan: str) -> None:
    # a kegiatan's name from the finance export is printed in the LKj: check passed a template mark that then
    # stopped the build without a location, and a control character (possible in a CSV export) crashed it
    modul = modul_contoh()
    modul.PROGRAM = [(kp, np_, [(kk, nama if kk == "7.01.01.2.02" else nk, *r) for kk, nk, *r in ks])
                     for kp, np_, ks in modul.PROGRAM]
    modul.tulis_realisasi(salinan.path("realisasi-2025.xlsx"))
    baris = baris_kode(salinan.path("realisasi-2025.xlsx"), "7.01.01.2.02")
    tolak(salinan, keluar, f"realisasi-2025.xlsx, lembar 'Realisasi Belanja', sel B{baris}", None, pesan)


def test_karakter_kendali_di_realisasi_csv_ditolak(salinan: SalinanData, keluar: Path) -> None:
    # a CSV export can hold any character; a bell in a kegiatan's name crashed the build writing the LKj
    buku = openpyxl.load_workbook(salinan.path("realisasi-2025.xlsx"), read_only=True, data_only=True)
    baris = [["" if v is None else str(v) for v in r] for r in buku["Realisasi Belanja"].iter_rows(values_only=True)]
    buku.close()
    nomor = next(i for i, r in enumerate(baris, start=1) if r[0] == "7.01.01.2.02")
    baris[nomor - 1][1] = "Administrasi \x07Keuangan"
    with salinan.path("realisasi-2025.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(baris)
    salinan.ganti("lkj.yaml", "  berkas: realisasi-2025.xlsx", "  berkas: realisasi-2025.csv")
    salinan.ganti("lkj.yaml", "  lembar: Realisasi Belanja\n", "")
    tolak(salinan, keluar, f"realisasi-2025.csv, sel B{nomor}", None, "U+0007 (bunyi bel")


@pytest.mark.parametrize("nilai", [1e300, 1e16])
def test_pagu_raksasa_di_lembar_realisasi_ditolak(salinan: SalinanData, keluar: Path, nilai: float) -> None:
    # a float too large for sen made Decimal.quantize raise InvalidOperation
    buku = openpyxl.load_workbook(salinan.path("realisasi-2025.xlsx"))
    buku["Realisasi Belanja"]["C12"] = nilai
    buku.save(salinan.path("realisasi-2025.xlsx"))
    tolak(salinan, keluar, "realisasi-2025.xlsx, lembar 'Realisasi Belanja', sel C12", None,
          "bukan jumlah uang yang dapat dibaca; angka terbesar yang diterima 999.999.999.999.999")
