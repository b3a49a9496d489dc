"""The ``doctools`` command, in process through click's CliRunner.

For every bad input: the Indonesian message names the file and the line, the exit status is not
zero, and no output file exists. A traceback appears only with ``--debug``.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import doctools.build
from doctools.cli import main
from doctools.errors import DataError
from tests.conftest import CONTOH, CONTOH_KOTA, SalinanData, buka, semua_paragraf, tabel_iku


def jalankan(*args: str, catch_exceptions: bool = True) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=catch_exceptions)


def _galat(hasil: Result) -> list[str]:
    baris = hasil.stderr.splitlines()
    assert baris, hasil.output
    assert all(b.startswith("galat: ") for b in baris), baris
    return [b.removeprefix("galat: ") for b in baris]


def _bangun_gagal(salinan: SalinanData, keluar: Path, kode: int = 2) -> list[str]:
    hasil = jalankan("build", str(salinan.folder), "-o", str(keluar))
    assert hasil.exit_code == kode, hasil.output
    assert "Traceback" not in hasil.output
    assert "ditulis:" not in hasil.output
    assert not keluar.exists()
    return _galat(hasil)


# ---- help ---------------------------------------------------------------------------------------


def _rata(teks: str) -> str:
    """Help text with click's line wrapping undone."""
    return " ".join(teks.split())


def test_bantuan_utama() -> None:
    hasil = jalankan("--help")
    assert hasil.exit_code == 0
    assert "doctools — dokumen SAKIP kecamatan dari data terstruktur." in hasil.output
    assert "Tampilkan traceback lengkap saat terjadi galat." in hasil.output
    assert "Tampilkan versi lalu keluar." in hasil.output
    assert "Tampilkan bantuan ini lalu keluar." in hasil.output
    assert "Susun semua dokumen yang dijelaskan oleh folder DATA." in hasil.output
    assert "Periksa folder DATA tanpa menulis dokumen" in hasil.output
    assert jalankan("-h").output == hasil.output


def test_bantuan_build() -> None:
    hasil = jalankan("build", "--help")
    assert hasil.exit_code == 0
    teks = _rata(hasil.output)
    assert "Susun semua dokumen yang dijelaskan oleh folder DATA." in teks
    assert "Bila data satu kecamatan salah, tidak ada berkasnya yang ditulis" in teks
    assert "-o, --keluar" in teks
    assert "Folder hasil." in teks
    assert "Tampilkan bantuan ini lalu keluar." in teks


def test_bantuan_check() -> None:
    hasil = jalankan("check", "-h")
    assert hasil.exit_code == 0
    assert "Periksa folder DATA tanpa menulis dokumen; keluar dengan status bukan nol bila ada galat." \
        in _rata(hasil.output)


def test_versi() -> None:
    hasil = jalankan("--version")
    assert hasil.exit_code == 0
    assert hasil.output.strip() == f"doctools {doctools.__version__}"


# ---- success ------------------------------------------------------------------------------------


def test_build_contoh(salin_contoh: SalinanData, tmp_path: Path) -> None:
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(salin_contoh.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    path = keluar / "mumbulsari" / "keputusan-iku-2025.docx"
    assert hasil.stdout.splitlines() == [f"ditulis: {path}", "1 dokumen selesai."]
    assert "galat" not in hasil.stderr
    assert "KEPUTUSAN CAMAT MUMBULSARI" in semua_paragraf(buka(path))


def test_check_contoh(contoh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    hasil = jalankan("check", str(contoh))
    assert hasil.exit_code == 0, hasil.output
    baris = hasil.stdout.splitlines()
    [disusun] = [b for b in baris if "dokumen yang dapat disusun: " in b]
    assert "keputusan-iku" in disusun.split("dokumen yang dapat disusun: ")[1].rstrip(".").split(", ")
    assert re.fullmatch(r"0 galat, \d+ peringatan(, \d+ info)?\.", baris[-1])
    assert "galat:" not in hasil.stderr
    assert list(tmp_path.iterdir()) == []  # check writes nothing


def test_build_tanpa_dokumen(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.hapus("keputusan-iku.yaml")
    hasil = jalankan("build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"))
    assert hasil.exit_code == 0
    assert "tidak menjelaskan dokumen apa pun" in hasil.stderr
    assert not (tmp_path / "keluar").exists()


def test_nama_dengan_ampersand_dan_kurung_siku(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Mumbulsari\n", "  nama: 'Sumber & <Jaya>'\n")
    salin_contoh.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah",
                       "      - nama: 'Nilai <SAKIP> & \"AKIP\"'")
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(salin_contoh.folder), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    doc = buka(keluar / "mumbulsari" / "keputusan-iku-2025.docx")
    teks = semua_paragraf(doc)
    assert "KECAMATAN SUMBER & <JAYA>" in teks
    assert "CAMAT SUMBER & <JAYA>," in teks
    assert "Instansi\t:\tKecamatan Sumber & <Jaya>" in teks
    assert 'Nilai <SAKIP> & "AKIP"' in [r.cells[2].text for r in tabel_iku(doc).rows]


def test_target_teks_diterima(salin_contoh: SalinanData, tmp_path: Path) -> None:
    # kinerja targets are ``Angka | Teks``: a text target (a predicate such as "BB") is valid data
    salin_contoh.ganti("kinerja.yaml", "\nsasaran:\n",
                       "\nsasaran:\n  - uraian: Sasaran baru\n    indikator:\n      - nama: Indikator baru\n"
                       "        target: {2025: delapan puluh}\n")
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 0, hasil.output


# ---- bad input ----------------------------------------------------------------------------------


def test_kolom_wajib_hilang(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Drs. BAMBANG SETIAWAN, M.Si.\n", "")
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("instansi.yaml", "camat:")
    assert galat == f"{salin_contoh.path('instansi.yaml')}:{baris}, kolom 'camat.nama': wajib diisi tetapi tidak ada"


def test_tipe_salah(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: dua ribu dua puluh satu")
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("kinerja.yaml", "periode_awal:")
    assert galat.endswith(f"kinerja.yaml:{baris}, kolom 'periode_awal': "
                          "harus berupa bilangan bulat, yang tertulis 'dua ribu dua puluh satu'")


@pytest.mark.parametrize(("lama", "baru", "kolom", "pesan"), [
    ("margin: {atas: 2, bawah: 2.5, kiri: 3, kanan: 2}", "margin: {atas: 2, bawah: 2.5, kiri: -3, kanan: 2}",
     "pengaturan.margin.kiri", "margin -3 cm tidak wajar; isi antara 0.5 dan 8 (cm)"),
    ("huruf: {nama: Bookman Old Style, ukuran: 12}", "huruf: {nama: Bookman Old Style, ukuran: dua belas}",
     "pengaturan.huruf.ukuran", "harus berupa angka (misalnya 85 atau 85.5), yang tertulis 'dua belas'"),
])
def test_angka_negatif_atau_teks(salin_contoh: SalinanData, tmp_path: Path, lama: str, baru: str,
                                 kolom: str, pesan: str) -> None:
    salin_contoh.ganti("instansi.yaml", lama, baru)
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("instansi.yaml", baru)
    assert galat.endswith(f"instansi.yaml:{baris}, kolom '{kolom}': {pesan}")


def test_nip_salah(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("instansi.yaml", 'nip: "19700512 199503 1 004"', 'nip: "19700512 199503 3 004"')
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("instansi.yaml", 'nip: "19700512 199503 3 004"')
    assert galat.endswith(f"instansi.yaml:{baris}, kolom 'camat.nip': "
                          "digit jenis kelamin NIP harus 1 atau 2, yang tertulis 3")


def test_sintaks_yaml(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06\n", "tanggal: 2025-01-06\n\tulang_judul: true\n")
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("keputusan-iku.yaml", "\tulang_judul")
    assert galat.endswith(f"keputusan-iku.yaml:{baris}: YAML tidak dapat dibaca (karakter ke-1): "
                          "karakter TAB tidak boleh dipakai untuk indentasi; gunakan spasi")


def test_kutip_tidak_ditutup(salin_contoh: SalinanData, tmp_path: Path) -> None:
    # the quote is never closed: the message names the line where it was opened, not the last line
    salin_contoh.ganti("keputusan-iku.yaml", "  - Sekretaris Daerah Kabupaten Jember\n",
                       '  - "Sekretaris Daerah Kabupaten Jember\n')
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("keputusan-iku.yaml", '- "Sekretaris')
    assert baris < len(salin_contoh.baca("keputusan-iku.yaml").splitlines())
    assert galat.endswith(f"keputusan-iku.yaml:{baris}: YAML tidak dapat dibaca (karakter ke-5): "
                          "tanda kutip tidak ditutup")


def test_diktum_kosong(salin_contoh: SalinanData, tmp_path: Path) -> None:
    teks = salin_contoh.baca("keputusan-iku.yaml")
    awal, akhir = teks.index("diktum:\n"), teks.index("tembusan:\n")
    salin_contoh.tulis("keputusan-iku.yaml", teks[:awal] + "diktum: []\n\n" + teks[akhir:])
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    baris = salin_contoh.baris("keputusan-iku.yaml", "diktum: []")
    assert galat.endswith(f"keputusan-iku.yaml:{baris}, kolom 'diktum': "
                          "tidak boleh kosong; isi paling sedikit satu butir")


def test_butir_hanya_tanda_baca_tanpa_traceback(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "  - Bupati Jember\n", "  - ';'\n")
    [galat] = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    assert "kolom 'tembusan[1]': butir ini hanya berisi tanda baca" in galat


def test_beberapa_galat_satu_baris_masing_masing(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("instansi.yaml", 'nip: "19700512 199503 1 004"', 'nip: "123"')
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06", "tanggal: 2025-02-30")
    galat = _bangun_gagal(salin_contoh, tmp_path / "keluar")
    assert len(galat) == 2
    assert {g.split(":")[0].rsplit("/", 1)[-1] for g in galat} == {"instansi.yaml", "keputusan-iku.yaml"}
    assert any(g.endswith("NIP harus 18 angka, yang tertulis 3 angka") for g in galat)
    assert any("tanggal '2025-02-30' tidak ada di kalender" in g for g in galat)


def test_check_melaporkan_galat(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    hasil = jalankan("check", str(salin_contoh.folder))
    assert hasil.exit_code == 2
    # check prints its report on stdout, grouped by file: a header, then one indented line per finding
    [galat] = [b.strip().removeprefix("galat: ") for b in hasil.stdout.splitlines() if b.startswith("  galat: ")]
    assert "kinerja.yaml:" in galat and "kolom 'periode_awal'" in galat
    assert "0 galat" not in hasil.output


def test_folder_tidak_ada(tmp_path: Path) -> None:
    hasil = jalankan("build", str(tmp_path / "tidak-ada"), "-o", str(tmp_path / "keluar"))
    assert hasil.exit_code == 2
    assert _galat(hasil) == [f"{tmp_path / 'tidak-ada'}: folder data tidak ditemukan"]
    assert not (tmp_path / "keluar").exists()


def test_templat_hilang(salin_contoh: SalinanData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kosong = tmp_path / "templat-kosong"
    kosong.mkdir()
    monkeypatch.setattr(doctools.build, "TEMPLATES_DIR", kosong)
    galat = _bangun_gagal(salin_contoh, tmp_path / "keluar", kode=3)
    assert galat == [f"templat tidak ditemukan: {kosong / 'keputusan-iku.docx'}"]


def test_folder_keluar_tidak_dapat_ditulis(salin_contoh: SalinanData, tmp_path: Path) -> None:
    keluar = tmp_path / "keluar"
    keluar.mkdir()
    (keluar / "mumbulsari").write_text("sebuah berkas, bukan folder")
    hasil = jalankan("build", str(salin_contoh.folder), "-o", str(keluar))
    assert hasil.exit_code == 4
    assert "Traceback" not in hasil.output
    [galat] = _galat(hasil)
    assert galat.startswith(f"tidak dapat menulis {keluar / 'mumbulsari' / 'keputusan-iku-2025.docx'}: ")


# ---- --debug ------------------------------------------------------------------------------------


def test_debug_meneruskan_pengecualian(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    hasil = jalankan("--debug", "build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"))
    assert hasil.exit_code != 0
    assert isinstance(hasil.exception, DataError)
    jejak = "".join(traceback.format_exception(*hasil.exc_info))
    assert jejak.startswith("Traceback")
    assert "muat_data" in jejak and "kolom 'periode_awal'" in jejak  # build loads (then reviews) the data
    with pytest.raises(DataError, match="periode_awal"):
        jalankan("--debug", "build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"),
                 catch_exceptions=False)
    assert not (tmp_path / "keluar").exists()


def test_tanpa_debug_tidak_ada_traceback(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    hasil = jalankan("build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar"),
                     catch_exceptions=False)
    assert hasil.exit_code == 2
    assert isinstance(hasil.exception, SystemExit)
    assert "Traceback" not in hasil.output
    assert len(hasil.output.splitlines()) == 1


# ---- several folders at once ------------------------------------------------------------------------


def test_build_beberapa_folder(tmp_path: Path) -> None:
    """Both examples in one command, each into its own folder under -o."""
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(CONTOH), str(CONTOH_KOTA), "-o", str(keluar))
    assert hasil.exit_code == 0, hasil.output
    assert (keluar / "mumbulsari" / "keputusan-iku-2025.docx").is_file()
    assert (keluar / "junrejo" / "keputusan-iku-2025.docx").is_file()
    assert hasil.output.count("dokumen selesai.") == 2


def test_build_beberapa_folder_satu_salah(salin_contoh: SalinanData, tmp_path: Path) -> None:
    """A folder with a galat is reported and writes nothing; the next folder is still built."""
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: dua ribu dua puluh satu")
    keluar = tmp_path / "keluar"
    hasil = jalankan("build", str(salin_contoh.folder), str(CONTOH_KOTA), "-o", str(keluar))
    assert hasil.exit_code == 2, hasil.output
    assert "harus berupa bilangan bulat, yang tertulis 'dua ribu dua puluh satu'" in hasil.stderr
    assert not (keluar / "mumbulsari").exists()
    assert (keluar / "junrejo" / "laporan-kinerja-2025.docx").is_file()


def test_check_beberapa_folder() -> None:
    hasil = jalankan("check", str(CONTOH), str(CONTOH_KOTA))
    assert hasil.exit_code == 0, hasil.output
    assert "2 kecamatan diperiksa: 0 galat, 0 peringatan" in hasil.output
    assert "junrejo: dokumen yang dapat disusun: keputusan-iku, keputusan-iki, perjanjian-kinerja (4 berkas)" \
        in hasil.output
