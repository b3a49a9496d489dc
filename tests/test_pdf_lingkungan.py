"""Where LibreOffice and its Python are found, and what is left when a conversion is cut short.

Everything runs with fakes, on any system: a fake ``soffice`` on PATH, through ``DOCTOOLS_SOFFICE``
and at (monkeypatched) standard install locations laid out as on Windows and macOS, a fake
LibreOffice Python beside it, fakes that hang and start a child. The Windows-only calls (process
group flag, ``taskkill``) are checked by switching :data:`doctools.pdf.WINDOWS`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from doctools import pdf
from doctools.errors import ConversionError
from doctools.init import buat_awal
from tests.conftest import CONTOH
from tests.libreoffice_palsu import MENGGANTUNG, MENULIS, PYTHON_UNO, docx_palsu, palsu, panggilan

POSIX = pytest.mark.skipif(os.name != "posix", reason="sinyal POSIX dan /proc")

@pytest.fixture(autouse=True)
def lingkungan_bersih(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No real LibreOffice is found: empty PATH, no variables, no standard locations, no system Python.

    Each test has a cache folder of its own (a space in its path), so no kept profile carries over.
    """
    kosong = tmp_path / "path-kosong"
    kosong.mkdir()
    monkeypatch.setenv("PATH", str(kosong))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "singgahan pengguna"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "singgahan pengguna"))
    for nama in (pdf.VARIABEL_SOFFICE, pdf.VARIABEL_PYTHON_UNO, "ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        monkeypatch.delenv(nama, raising=False)
    monkeypatch.setattr(pdf, "LOKASI_BAKU", ())
    monkeypatch.setattr(pdf, "PYTHON_UNO", ())
    pdf.cari_python_uno.cache_clear()
    yield
    pdf.cari_python_uno.cache_clear()
    for catatan in tmp_path.rglob("pid.json"):  # a failed test must not leave its fakes running
        pid = json.loads(catatan.read_text())
        for kunci in ("anak", "induk"):
            with contextlib.suppress(OSError):
                os.kill(pid[kunci], getattr(signal, "SIGKILL", signal.SIGTERM))


def _tunggu(syarat: Callable[[], bool], batas: float = 60) -> bool:
    """Poll ``syarat`` until it holds (or ``batas`` seconds pass); return its last value."""
    akhir = time.monotonic() + batas
    while not syarat() and time.monotonic() < akhir:
        time.sleep(0.05)
    return syarat()


def _hidup(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its parent counts as ended)."""
    status = Path(f"/proc/{pid}/status")
    try:
        return "\nState:\tZ" not in status.read_text()
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _profil(args: list[str]) -> Path:
    tanda = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    return Path(urllib.parse.unquote(tanda.removeprefix("-env:UserInstallation=file://")))


# ---- relative paths ------------------------------------------------------------------------------


def test_jalur_relatif_menjadi_mutlak(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice runs in its profile folder: a relative --outdir or file would land there."""
    bin_ = tmp_path / "bin"
    palsu(bin_ / "soffice", MENULIS)
    monkeypatch.setenv("PATH", str(bin_))
    docx_palsu(tmp_path / "build" / "mumbulsari", "pk")
    monkeypatch.chdir(tmp_path)
    hasil = pdf.ke_pdf([Path("build/mumbulsari/pk.docx")], Path("build/mumbulsari"))
    assert hasil == [tmp_path / "build" / "mumbulsari" / "pk.pdf"]
    assert hasil[0].read_bytes() == b"%PDF-1.4 palsu"
    [args] = [p["args"] for p in panggilan(bin_)]
    outdir = Path(args[args.index("--outdir") + 1])
    assert outdir.is_absolute() and outdir.parent == tmp_path / "build" / "mumbulsari"
    assert args[-1] == str(tmp_path / "build" / "mumbulsari" / "pk.docx")
    assert sorted(p.name for p in (tmp_path / "build" / "mumbulsari").iterdir()) == ["pk.docx", "pk.pdf"]


def test_jalur_dengan_spasi_dan_garis_miring_terbalik(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_ = tmp_path / "Program Files" / "Libre Office"
    palsu(bin_ / "soffice", MENULIS)
    monkeypatch.setenv("PATH", str(bin_))
    folder = tmp_path / "Dokumen Saya" / "sakip\\2025"
    docx = docx_palsu(folder, "keputusan iku")
    [hasil] = pdf.ke_pdf([docx], folder / "pdf hasil")
    assert hasil == folder / "pdf hasil" / "keputusan iku.pdf" and hasil.is_file()
    [args] = [p["args"] for p in panggilan(bin_)]
    assert args[-1] == str(docx)  # one argument, spaces and backslash intact
    assert _profil(args) == tmp_path / "singgahan pengguna" / "doctools" / "libreoffice" / "profil-1"


# ---- finding LibreOffice -------------------------------------------------------------------------


def test_soffice_dari_variabel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice = palsu(tmp_path / "LibreOffice 24" / "program" / "soffice", MENULIS)
    palsu(tmp_path / "bin" / "soffice", "sys.exit(9)")  # on PATH, but the variable wins
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv(pdf.VARIABEL_SOFFICE, str(soffice))
    assert pdf.cari_soffice() == str(soffice)
    [hasil] = pdf.ke_pdf([docx_palsu(tmp_path / "d", "a")], tmp_path / "k")
    assert hasil.read_bytes() == b"%PDF-1.4 palsu"
    assert not panggilan(tmp_path / "bin")


def test_variabel_soffice_salah_adalah_galat_yang_jelas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdf.VARIABEL_SOFFICE, str(tmp_path / "tidak-ada" / "soffice.exe"))
    with pytest.raises(ConversionError) as exc:
        pdf.ke_pdf([docx_palsu(tmp_path / "d", "a")], tmp_path / "k")
    pesan = str(exc.value)
    assert f"variabel DOCTOOLS_SOFFICE menunjuk ke '{tmp_path / 'tidak-ada' / 'soffice.exe'}'" in pesan
    assert "Berkas .docx tetap tersimpan." in pesan
    assert not (tmp_path / "k").exists()


def test_soffice_exe_di_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    palsu(tmp_path / "bin" / "soffice.exe", MENULIS)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert pdf.cari_soffice() == str(tmp_path / "bin" / "soffice.exe")


def test_lokasi_baku_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not on PATH: found where the Windows installer puts it, with its own Python beside it."""
    program = tmp_path / "Program Files" / "LibreOffice" / "program"
    soffice = palsu(program / "soffice.exe", MENULIS)
    python = palsu(program / "python.exe", PYTHON_UNO)
    monkeypatch.setattr(pdf, "LOKASI_BAKU", (str(tmp_path / "Program Files (x86)" / "x" / "soffice.exe"), str(soffice)))
    assert pdf.cari_soffice() == str(soffice)
    assert pdf.cari_python_uno(str(soffice)) == str(python)

    keluar = tmp_path / "hasil"
    hasil = pdf.ke_pdf([docx_palsu(tmp_path / "d", "lkj", daftar_isi=True), docx_palsu(tmp_path / "d", "pk")], keluar)
    assert [p.read_bytes() for p in hasil] == [b"%PDF-1.4 daftar isi"] * 2  # one run through toc.py
    jalan = [p for p in panggilan(program) if p["args"][:1] != ["-c"]]
    assert [p["program"] for p in jalan] == ["python.exe"]
    args = jalan[0]["args"]
    assert args[0] == str(pdf.SKRIP_DAFTAR_ISI) and args[1] == str(soffice)
    assert all(Path(a).is_absolute() for a in args[1:])


def test_lokasi_baku_macos(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isi = tmp_path / "Applications" / "LibreOffice.app" / "Contents"
    soffice = palsu(isi / "MacOS" / "soffice", MENULIS)
    python = palsu(isi / "Resources" / "python", PYTHON_UNO)
    monkeypatch.setattr(pdf, "LOKASI_BAKU", (str(soffice),))
    assert pdf.cari_soffice() == str(soffice)
    assert pdf.cari_python_uno(str(soffice)) == str(python)


def test_lokasi_baku_mengikuti_program_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ProgramFiles", "D:\\Aplikasi")
    monkeypatch.setenv("ProgramFiles(x86)", "D:\\Aplikasi (x86)\\")
    monkeypatch.setattr(pdf, "LOKASI_BAKU", ("C:\\Program Files\\LibreOffice\\program\\soffice.exe",))
    assert pdf._lokasi_baku() == ["D:\\Aplikasi\\LibreOffice\\program\\soffice.exe",
                                  "D:\\Aplikasi (x86)\\LibreOffice\\program\\soffice.exe",
                                  "C:\\Program Files\\LibreOffice\\program\\soffice.exe"]


def test_variabel_python_uno_didahulukan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "LibreOffice" / "program"
    soffice = palsu(program / "soffice.exe", MENULIS)
    palsu(program / "python.exe", PYTHON_UNO)
    pilihan = palsu(tmp_path / "lain" / "python3", PYTHON_UNO)
    monkeypatch.setenv(pdf.VARIABEL_PYTHON_UNO, str(pilihan))
    assert pdf.cari_python_uno(str(soffice)) == str(pilihan)


def test_python_tanpa_uno_dilewati(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "LibreOffice" / "program"
    soffice = palsu(program / "soffice.exe", MENULIS)
    palsu(program / "python.exe", "sys.exit(1)")  # cannot import uno
    assert pdf.cari_python_uno(str(soffice)) is None
    with pytest.raises(ConversionError, match=r"lkj\.docx memuat Daftar Isi .* DOCTOOLS_PYTHON_UNO"):
        monkeypatch.setenv(pdf.VARIABEL_SOFFICE, str(soffice))
        pdf.ke_pdf([docx_palsu(tmp_path / "d", "lkj", daftar_isi=True)], tmp_path / "k")


# ---- Windows process handling (the branch, checked by switching WINDOWS) -----------------------


def test_windows_grup_proses_baru(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "WINDOWS", True)
    assert pdf._grup_baru() == {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0x200)}
    monkeypatch.setattr(pdf, "WINDOWS", False)
    assert pdf._grup_baru() == {"start_new_session": True}


def test_windows_hentikan_dengan_taskkill(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows the tree goes through ``taskkill /F /T``; the child itself is killed as well."""
    proses = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], stdout=subprocess.PIPE)
    panggil: list[list[str]] = []
    monkeypatch.setattr(pdf, "WINDOWS", True)
    monkeypatch.setattr(pdf.subprocess, "run", lambda args, **_: panggil.append(args))
    pdf.hentikan_grup(proses)
    assert panggil == [["taskkill", "/F", "/T", "/PID", str(proses.pid)]]
    assert proses.returncode is not None


# ---- timeout and interrupt: LibreOffice's whole group stops, nothing is left -----------------------


def _tunggu_pid(folder: Path) -> dict[str, object]:
    assert _tunggu(lambda: (folder / "pid.json").exists()), "palsu tidak pernah berjalan"
    return json.loads((folder / "pid.json").read_text())


@POSIX
@pytest.mark.parametrize("daftar_isi", [False, True], ids=["convert-to", "daftar-isi"])
def test_batas_waktu_menghentikan_seluruh_grup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               daftar_isi: bool) -> None:
    bin_ = tmp_path / "bin"
    palsu(bin_ / "soffice", MENGGANTUNG)
    monkeypatch.setenv("PATH", str(bin_))
    if daftar_isi:  # toc.py's Python hangs with its LibreOffice child
        monkeypatch.setenv(pdf.VARIABEL_PYTHON_UNO, str(palsu(bin_ / "python-uno", MENGGANTUNG)))
    keluar = tmp_path / "keluar"
    with pytest.raises(ConversionError, match="tidak selesai mengubah 1 berkas ke PDF dalam 2 detik"):
        pdf.ke_pdf([docx_palsu(tmp_path / "d", "a", daftar_isi)], keluar, timeout=2)
    pid = json.loads((bin_ / "pid.json").read_text())
    assert _tunggu(lambda: not _hidup(pid["induk"]) and not _hidup(pid["anak"])), pid
    assert list(keluar.iterdir()) == []  # no hidden .pdf-xxxx folder
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["a.docx"]  # no lock file left beside it
    profil = Path(pid["args"][2]) if daftar_isi else _profil(pid["args"])
    assert not profil.exists()


def _data_pk(tujuan: Path) -> Path:
    tujuan.mkdir(parents=True)
    for nama in ("instansi.yaml", "kinerja.yaml", "perjanjian-kinerja.yaml"):
        shutil.copy2(CONTOH / nama, tujuan / nama)
    return tujuan


@POSIX
@pytest.mark.parametrize("sinyal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interupsi_saat_pdf(tmp_path: Path, sinyal: signal.Signals) -> None:
    """Ctrl-C or SIGTERM during ``build --pdf``: LibreOffice and its child stop, its folders go."""
    bin_ = tmp_path / "bin"
    palsu(bin_ / "soffice", MENGGANTUNG)
    data = _data_pk(tmp_path / "data" / "mumbulsari")
    keluar = tmp_path / "keluar"
    env = {k: v for k, v in os.environ.items() if k not in (pdf.VARIABEL_SOFFICE, pdf.VARIABEL_PYTHON_UNO)}
    env["PATH"] = os.pathsep.join([str(bin_), env.get("PATH", "")])
    proses = subprocess.Popen([sys.executable, "-m", "doctools", "build", str(data), "-o", str(keluar), "--pdf"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        pid = _tunggu_pid(bin_)
        proses.send_signal(sinyal)
        _, galat = proses.communicate(timeout=120)
    finally:
        if proses.poll() is None:
            proses.kill()
    assert proses.returncode == 128 + sinyal
    assert "dibatalkan." in galat and "Traceback" not in galat, galat
    assert _tunggu(lambda: not _hidup(pid["induk"]) and not _hidup(pid["anak"])), pid
    folder = keluar / "mumbulsari"
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]
    assert sorted(p.suffix for p in folder.iterdir()) == [".docx"] * 5  # the documents stay, no PDF
    assert not _profil(pid["args"]).exists()


def test_kabupaten_relatif_dengan_pdf(tmp_path: Path) -> None:
    """A kabupaten folder and -o given relative to the working directory, two kecamatan in parallel."""
    buat_awal(tmp_path / "jember", kecamatan="Sukamaju", kabupaten="Jember", dengan_kabupaten=True, tahun=2026)
    shutil.copytree(tmp_path / "jember" / "sukamaju", tmp_path / "jember" / "sukamulya")
    bin_ = tmp_path / "bin"
    palsu(bin_ / "soffice", MENULIS)
    env = {k: v for k, v in os.environ.items() if k not in (pdf.VARIABEL_SOFFICE, pdf.VARIABEL_PYTHON_UNO)}
    env["PATH"] = os.pathsep.join([str(bin_), env.get("PATH", "")])
    env[pdf.VARIABEL_PYTHON_UNO] = str(palsu(bin_ / "python-uno", PYTHON_UNO))
    hasil = subprocess.run([sys.executable, "-m", "doctools", "build", "jember", "-o", "hasil kabupaten", "--pdf",
                            "-j", "2"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
                           check=False)
    assert hasil.returncode == 0, hasil.stderr
    for kecamatan in ("sukamaju", "sukamulya"):
        folder = tmp_path / "hasil kabupaten" / "jember" / kecamatan
        docx = sorted(p.stem for p in folder.glob("*.docx"))
        assert len(docx) == 8 and sorted(p.stem for p in folder.glob("*.pdf")) == docx
    jalan = [p["args"] for p in panggilan(bin_) if p["args"][:1] != ["-c"]]
    assert len(jalan) == 2  # -j 2: two LibreOffice processes, each converting its share
    assert all(Path(a).is_absolute() for args in jalan for a in args[1:])


def test_kunci_yang_sudah_ada_dibiarkan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock file from before the run belongs to someone who has the document open: it stays."""
    palsu(tmp_path / "bin" / "soffice", MENULIS)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = docx_palsu(tmp_path / "d", "a")
    kunci = tmp_path / "d" / ".~lock.a.docx#"
    kunci.write_text("dibuka orang lain")
    pdf.ke_pdf([docx], tmp_path / "k")
    assert kunci.read_text() == "dibuka orang lain"


def test_pdf_tujuan_tidak_dapat_ditulis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The target PDF cannot be replaced (a folder there; on Windows: open in a viewer): a clear galat."""
    palsu(tmp_path / "bin" / "soffice", MENULIS)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    (tmp_path / "k" / "a.pdf").mkdir(parents=True)
    (tmp_path / "k" / "a.pdf" / "isi").write_text("x")
    with pytest.raises(ConversionError, match=r"tidak dapat menulis .*a\.pdf: sudah ada folder dengan nama itu; bila "
                                              r".*tutup dulu, lalu ulangi"):
        pdf.ke_pdf([docx_palsu(tmp_path / "d", "a")], tmp_path / "k")
    assert sorted(p.name for p in (tmp_path / "k").iterdir()) == ["a.pdf"]  # the work folder is gone


def test_soffice_yang_bukan_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file marked executable that is no program: the reason in Bahasa Indonesia, not the OS's English."""
    bukan = tmp_path / "bin" / "soffice"
    bukan.parent.mkdir()
    bukan.write_bytes(b"\x00\x01 bukan program")
    bukan.chmod(0o755)
    monkeypatch.setenv("PATH", str(bukan.parent))
    with pytest.raises(ConversionError) as exc:
        pdf.ke_pdf([docx_palsu(tmp_path / "d", "a")], tmp_path / "k")
    assert f"LibreOffice ({bukan}) tidak dapat dijalankan: bukan program yang dapat dijalankan. " in str(exc.value)
    assert "format" not in str(exc.value).lower()


def test_pdf_dipindah_antar_sistem_berkas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch converts in the system's temporary folder; the output may sit on another drive."""
    palsu(tmp_path / "bin" / "soffice", MENULIS)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))

    def lain_drive(asal: object, ke: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(pdf.os, "replace", lain_drive)
    [hasil] = pdf.ke_pdf_di_samping([docx_palsu(tmp_path / "kec" / "a", "iku")])
    assert hasil == tmp_path / "kec" / "a" / "iku.pdf" and hasil.read_bytes() == b"%PDF-1.4 palsu"


# ---- several LibreOffice processes at once (--jobs) ------------------------------------------------

# A fake soffice that writes a PDF for every .docx but the one named "rusak" (and says why).
MENULIS_KECUALI_RUSAK = """
catat(args)
outdir = pathlib.Path(args[args.index("--outdir") + 1])
for a in args:
    if a.endswith(".docx"):
        if pathlib.Path(a).stem == "rusak":
            print("Error: source file could not be loaded")
            sys.exit(1)
        (outdir / (pathlib.Path(a).stem + ".pdf")).write_bytes(b"%PDF-1.4 palsu")
"""

# A fake that hangs with a child, recording both pids in a file of its own (several run at once).
MENGGANTUNG_BANYAK = MENGGANTUNG.replace('FOLDER / "pid.json.tmp"', 'FOLDER / f"pid-{os.getpid()}.tmp"').replace(
    'FOLDER / "pid.json")', 'FOLDER / f"pid-{os.getpid()}.json")')


def _docx_sebesar(folder: Path, nama: str, teks: int, daftar_isi: bool = False, gambar: int = 0) -> Path:
    """A .docx-shaped zip whose document.xml is ``teks`` bytes uncompressed (padded with a comment),
    with ``gambar`` bytes of a picture, stored as they are."""
    path = docx_palsu(folder, nama, daftar_isi)
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml")
    isi = xml.replace(b"<w:body>", b"<w:body><!--" + b"x" * (teks - len(xml) - 7) + b"-->")
    assert len(isi) == teks
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", isi, zipfile.ZIP_DEFLATED)
        if gambar:
            zf.writestr("word/media/image1.png", os.urandom(gambar), zipfile.ZIP_STORED)
    return path


def test_beban_dari_teks_daftar_isi_dan_gambar(tmp_path: Path) -> None:
    """Work is estimated from what LibreOffice lays out and draws, not from the compressed file's size."""
    pk = _docx_sebesar(tmp_path, "pk", 20_000)
    lkj = _docx_sebesar(tmp_path, "lkj", 400_000, daftar_isi=True)
    pohon = _docx_sebesar(tmp_path, "pohon", 50_000, gambar=600_000)
    assert lkj.stat().st_size < 2_000  # a comment compresses to almost nothing
    assert pdf.beban(pk) == pytest.approx(pdf.DETIK_DASAR + 20_000 * 0.9e-6)
    assert pdf.beban(lkj) == pytest.approx(pdf.DETIK_DASAR + 2 * 400_000 * 0.9e-6)  # laid out again after the refresh
    assert pdf.beban(pohon) == pytest.approx(pdf.DETIK_DASAR + 50_000 * 0.9e-6 + 600_000 * 0.5e-6)
    rusak = tmp_path / "rusak.docx"
    rusak.write_bytes(b"bukan zip")
    assert pdf.beban(rusak) == pdf.DETIK_DASAR == pdf.beban(tmp_path / "hilang.docx")


def test_bagi_menurut_beban(tmp_path: Path) -> None:
    """An LKj whose Daftar Isi must be refreshed weighs as much as several others; so do pictures."""
    nama = ("a", "b", "lkj", "c", "d", "e", "f", "g", "h")
    berkas = [_docx_sebesar(tmp_path, n, 500_000 if n == "lkj" else 40_000, daftar_isi=(n == "lkj")) for n in nama]
    bagian = pdf.bagi(berkas, 2)
    [dengan_lkj] = [b for b in bagian if berkas[2] in b]
    assert len(dengan_lkj) == 2  # 1.02 s + 0.16 s against 7 × 0.16 s
    for b in bagian:  # each share keeps the given order
        assert b == sorted(b, key=berkas.index)
    assert sorted(p for b in bagian for p in b) == sorted(berkas)
    assert pdf.bagi(berkas, 1) == [berkas]
    assert len(pdf.bagi(berkas[:2], 8)) == 2  # never more processes than files
    pohon = [*berkas[:2], _docx_sebesar(tmp_path, "pohon", 50_000, gambar=1_300_000), *berkas[3:6]]
    assert [pohon[2]] in pdf.bagi(pohon, 2)  # 0.8 s, most of it pictures, against five short documents


def test_beberapa_proses_masing_masing_dengan_profil_sendiri(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    palsu(tmp_path / "bin" / "soffice", MENULIS)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "b", "c", "d", "e")]
    hasil = pdf.ke_pdf(docx, tmp_path / "k", jobs=2)
    assert hasil == [tmp_path / "k" / f"{n}.pdf" for n in ("a", "b", "c", "d", "e")]
    assert all(p.read_bytes() == b"%PDF-1.4 palsu" for p in hasil)
    jalan = [p["args"] for p in panggilan(tmp_path / "bin")]
    assert len(jalan) == 2
    assert len({_profil(a) for a in jalan}) == 2  # two profiles: LibreOffice processes must not share one
    assert sorted(Path(a).name for args in jalan for a in args if a.endswith(".docx")) == [p.name for p in docx]
    assert sorted((tmp_path / "k").iterdir()) == sorted(hasil)  # no private folder left behind


def test_satu_bagian_gagal_tidak_ada_pdf_yang_ditaruh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    palsu(tmp_path / "bin" / "soffice", MENULIS_KECUALI_RUSAK)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "rusak", "c", "d")]
    with pytest.raises(ConversionError, match="could not be loaded.*PDF tidak terbentuk: rusak.pdf"):
        pdf.ke_pdf(docx, tmp_path / "k", jobs=2)
    assert list((tmp_path / "k").iterdir()) == []  # the other share's PDFs are not put in place either


@POSIX
def test_batas_waktu_menghentikan_semua_proses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_ = tmp_path / "bin"
    palsu(bin_ / "soffice", MENGGANTUNG_BANYAK)
    monkeypatch.setenv("PATH", str(bin_))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "b", "c")]
    try:
        with pytest.raises(ConversionError, match="tidak selesai mengubah 3 berkas ke PDF dalam 3 detik"):
            pdf.ke_pdf(docx, tmp_path / "keluar", timeout=3, jobs=3)
        catatan = [json.loads(p.read_text()) for p in bin_.glob("pid-*.json")]
        assert len(catatan) == 3
        assert _tunggu(lambda: not any(_hidup(c[k]) for c in catatan for k in ("induk", "anak"))), catatan
        assert list((tmp_path / "keluar").iterdir()) == []
        assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["a.docx", "b.docx", "c.docx"]
        assert not any(_profil(c["args"]).exists() for c in catatan)
    finally:
        for p in bin_.glob("pid-*.json"):
            c = json.loads(p.read_text())
            for kunci in ("anak", "induk"):
                with contextlib.suppress(OSError):
                    os.kill(c[kunci], signal.SIGKILL)


# ---- profiles kept between runs (doctools.profil_lo) ---------------------------------------------

# A fake soffice that needs its profile as LibreOffice does: a "user" that is not a folder stops it
# (LibreOffice 7.4: exit code 77, "User installation could not be completed"); else it makes one,
# then converts as MENULIS_KECUALI_RUSAK does.
MEMAKAI_PROFIL = """
catat(args)
import urllib.parse
tanda = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
profil = pathlib.Path(urllib.parse.unquote(tanda.removeprefix("-env:UserInstallation=file://")))
if (profil / "user").exists() and not (profil / "user").is_dir():
    print("LibreOffice 7.4 - Fatal Error: The application cannot be started. User installation could not be completed.")
    sys.exit(77)
(profil / "user").mkdir(parents=True, exist_ok=True)
""" + MENULIS_KECUALI_RUSAK.removeprefix("\ncatat(args)\n")

MEMEGANG_KUNCI = """
import sys, filelock
kunci = filelock.FileLock(sys.argv[1])
kunci.acquire()
print("dipegang", flush=True)
sys.stdin.read()
"""


def _slot(tmp_path: Path, n: int) -> Path:
    return tmp_path / "singgahan pengguna" / "doctools" / "libreoffice" / f"profil-{n}"


def _profil_jalan(tmp_path: Path) -> list[Path]:
    return [_profil(p["args"]) for p in panggilan(tmp_path / "bin")]


def _pegang_kunci(kunci: Path) -> subprocess.Popen[str]:
    """Another process (another doctools run) holding a slot's lock."""
    kunci.parent.mkdir(parents=True, exist_ok=True)
    proses = subprocess.Popen([sys.executable, "-c", MEMEGANG_KUNCI, str(kunci)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert proses.stdout is not None and proses.stdout.readline() == "dipegang\n"
    return proses


def test_profil_disimpan_dan_dipakai_lagi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second run converts in the profile the first one's LibreOffice made; the slot is free after."""
    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "b", "c")]
    assert pdf.ke_pdf(docx[:1], tmp_path / "k1") == [tmp_path / "k1" / "a.pdf"]
    assert (_slot(tmp_path, 1) / "user").is_dir()  # kept after the run
    hasil = pdf.ke_pdf(docx[1:], tmp_path / "k2", jobs=2)
    assert [p.read_bytes() for p in hasil] == [b"%PDF-1.4 palsu"] * 2
    assert sorted(_profil_jalan(tmp_path)) == [_slot(tmp_path, 1), _slot(tmp_path, 1), _slot(tmp_path, 2)]
    assert sorted(p.name for p in _slot(tmp_path, 1).parent.iterdir()) == [
        "profil-1", "profil-1.lock", "profil-2", "profil-2.lock"]
    from filelock import FileLock

    for n in (1, 2):  # released: the next run can take them
        kunci = FileLock(_slot(tmp_path, n).with_suffix(".lock"), timeout=0)
        kunci.acquire()
        kunci.release()


def test_slot_yang_dipegang_proses_lain_dilewati(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs at once never share a profile; a holder that is killed leaves no lock behind."""
    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "b", "c", "d")]
    lain = _pegang_kunci(_slot(tmp_path, 1).with_suffix(".lock"))
    try:
        pdf.ke_pdf(docx, tmp_path / "k1", jobs=2)
        assert sorted(_profil_jalan(tmp_path)) == [_slot(tmp_path, 2), _slot(tmp_path, 3)]
        assert not _slot(tmp_path, 1).exists()
    finally:
        lain.kill()  # as a run killed in the middle (SIGKILL; TerminateProcess on Windows)
        lain.communicate()
    pdf.ke_pdf(docx[:1], tmp_path / "k2")
    assert _profil_jalan(tmp_path)[-1] == _slot(tmp_path, 1)


def test_semua_slot_terpakai_profil_sekali_pakai(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock

    from doctools import profil_lo

    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(profil_lo, "BATAS_SLOT", 2)
    _slot(tmp_path, 1).parent.mkdir(parents=True)
    kunci = [FileLock(_slot(tmp_path, n).with_suffix(".lock"), timeout=0) for n in (1, 2)]
    for k in kunci:
        k.acquire()
    try:
        [hasil] = pdf.ke_pdf([docx_palsu(tmp_path / "d", "a")], tmp_path / "k")
    finally:
        for k in kunci:
            k.release()
    assert hasil.read_bytes() == b"%PDF-1.4 palsu"
    [profil] = _profil_jalan(tmp_path)
    assert profil.name.startswith("doctools-lo-") and not profil.exists()  # thrown away, as before
    assert not _slot(tmp_path, 1).exists() and not _slot(tmp_path, 2).exists()


def test_saklar_mematikan_profil_simpanan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("DOCTOOLS_TANPA_SINGGAHAN", "1")
    pdf.ke_pdf([docx_palsu(tmp_path / "d", n) for n in ("a", "b")], tmp_path / "k", jobs=2)
    profil = _profil_jalan(tmp_path)
    assert len(set(profil)) == 2 and all(p.name.startswith("doctools-lo-") and not p.exists() for p in profil)
    assert not (tmp_path / "singgahan pengguna").exists()


def test_profil_rusak_diulang_di_profil_baru(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kept profile LibreOffice cannot use fails its share once; the share is converted again in a
    fresh profile, which takes the slot's place."""
    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "b")]
    pdf.ke_pdf(docx[:1], tmp_path / "k1")
    user = _slot(tmp_path, 1) / "user"
    shutil.rmtree(user)
    user.write_text("sisa yang rusak")
    hasil = pdf.ke_pdf(docx, tmp_path / "k2")
    assert [p.read_bytes() for p in hasil] == [b"%PDF-1.4 palsu"] * 2
    assert _profil_jalan(tmp_path) == [_slot(tmp_path, 1)] * 3  # the first run, the failure, the retry
    assert user.is_dir()  # the fresh profile is the slot's now
    pdf.ke_pdf(docx[:1], tmp_path / "k3")
    assert len(panggilan(tmp_path / "bin")) == 4  # and works the next time at once


def test_gagal_di_profil_baru_tidak_diulang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document LibreOffice cannot convert fails in a fresh profile too: no second try there; in a
    kept profile one retry, then the same galat, and the slot's profile is emptied."""
    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    docx = [docx_palsu(tmp_path / "d", n) for n in ("a", "rusak")]
    with pytest.raises(ConversionError, match=r"kode keluar 1: Error: source file could not be loaded\)"):
        pdf.ke_pdf(docx, tmp_path / "k1")
    assert len(panggilan(tmp_path / "bin")) == 1
    assert not _slot(tmp_path, 1).exists()
    pdf.ke_pdf(docx[:1], tmp_path / "k2")  # makes the slot's profile
    with pytest.raises(ConversionError, match=r"kode keluar 1: Error: source file could not be loaded\)"):
        pdf.ke_pdf(docx, tmp_path / "k3")
    assert len(panggilan(tmp_path / "bin")) == 4  # the kept profile, then a fresh one
    assert list((tmp_path / "k3").iterdir()) == []
    assert not _slot(tmp_path, 1).exists()


def test_pengaturan_profil_yang_tak_terbaca_diganti(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A settings file LibreOffice left half-written (stopped while saving) is not merged into: the
    profile starts fresh."""
    palsu(tmp_path / "bin" / "soffice", MEMAKAI_PROFIL)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    xcu = _slot(tmp_path, 1) / "user" / "registrymodifications.xcu"
    xcu.parent.mkdir(parents=True)
    xcu.write_bytes(b'<?xml version="1.0"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">\n<item oor:pa')
    [hasil] = pdf.ke_pdf([docx_palsu(tmp_path / "d", "a")], tmp_path / "k")
    assert hasil.read_bytes() == b"%PDF-1.4 palsu"
    assert not xcu.exists() and (_slot(tmp_path, 1) / "user").is_dir()
