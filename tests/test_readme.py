"""The README's commands, exactly as written, run from the root of a copy of the repository.

The quick-start block of the README is read from the README itself and its build command is run
as it stands (``doctools`` from PATH, the data folder and the default ``build/`` relative to the
working directory), then the ``--pdf`` variant the README gives. The copy sits in a folder whose
name has a space. The documents are read back: python-docx for the .docx, poppler for the PDFs.
The install half of the first command (``pip install -e ".[test]"``) and the test command are the
ones ``.ci/run`` runs, which is checked here too.

Another test runs the build from a sub-folder, with the data folder, ``-o``, the logo, the
organisation chart and the survey file all given relative to where the command runs, through a
fake LibreOffice that records the paths it receives.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import sysconfig
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.conftest import ROOT, buka, semua_paragraf
from tests.libreoffice_palsu import MENULIS, PYTHON_UNO, palsu, panggilan

README = ROOT / "README.md"
CI = ROOT / ".ci" / "run"

PERINTAH_BUILD = "doctools build data/mumbulsari data/junrejo"
PERINTAH_PDF = "doctools build data/mumbulsari --pdf"
PERINTAH_TES = "python3 -m pytest -q"
PERINTAH_PASANG = 'pip install -e ".[test]"'

DOKUMEN = sorted([
    "keputusan-iku-2025", "keputusan-iki-2025", "laporan-kinerja-2025",
    *(f"perjanjian-kinerja-2025-{k}" for k in ("camat", "sekretaris", "kasi-pemerintahan", "kasi-pmks",
                                                "kasi-trantib")),
    "rencana-kinerja-tahunan-2025", "rencana-aksi-2025", "pohon-kinerja-2025",
])
DOKUMEN_KOTA = sorted([
    "keputusan-iku-2025", "keputusan-iki-2025", "laporan-kinerja-2025",
    *(f"perjanjian-kinerja-2025-{k}" for k in ("camat", "sekretaris", "kasi-pemerintahan", "kasi-pmk")),
    "rencana-kinerja-tahunan-2025", "rencana-aksi-2025", "pohon-kinerja-2025",
])
F4_PT = (609.99, 936.0)


def blok_mulai_cepat() -> list[str]:
    """The commands of the first ``bash`` block under the README's "Mulai cepat" heading, without comments."""
    teks = README.read_text(encoding="utf-8")
    bagian = re.split(r"^## Mulai cepat.*$", teks, maxsplit=1, flags=re.MULTILINE)
    assert len(bagian) == 2, "README tidak punya bagian '## Mulai cepat'"
    blok = re.search(r"```bash\n(.*?)```", bagian[1], re.DOTALL)
    assert blok, "bagian 'Mulai cepat' tidak punya blok ```bash"
    return [re.sub(r"\s+#.*$", "", b).strip() for b in blok[1].splitlines() if b.strip()]


def test_dua_perintah_di_atas_readme() -> None:
    assert blok_mulai_cepat() == [f"{PERINTAH_PASANG} && {PERINTAH_BUILD}", PERINTAH_TES]
    assert f"`{PERINTAH_PDF}`" in README.read_text(encoding="utf-8")


def test_ci_menjalankan_perintah_readme() -> None:
    baris = [b.strip() for b in CI.read_text(encoding="utf-8").splitlines()]
    assert [b for b in baris if b.replace(" -q", "") == f"python3 -m {PERINTAH_PASANG}"]
    assert PERINTAH_TES in baris


def _folder_skrip() -> Path:
    """The folder where pip put the ``doctools`` command of the Python running these tests."""
    calon = [sysconfig.get_path("scripts"), sysconfig.get_path("scripts", f"{os.name}_user"),
             str(Path(sys.executable).parent)]
    for folder in calon:
        if folder and any((Path(folder) / nama).is_file() for nama in ("doctools", "doctools.exe")):
            return Path(folder)
    ditemukan = shutil.which("doctools")
    assert ditemukan, "perintah doctools tidak ada; pasang dulu dengan: pip install -e \".[test]\""
    return Path(ditemukan).parent


def _lingkungan(*depan: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCTOOLS_")}
    env["PATH"] = os.pathsep.join([*(str(p) for p in depan), str(_folder_skrip()), env.get("PATH", "")])
    return env


def _salin_repositori(tujuan: Path) -> Path:
    """What a clone holds that the commands read: the data, the templates, the package and its metadata."""
    abaikan = shutil.ignore_patterns(".venv", ".git", "build", "__pycache__", "*.egg-info", ".pytest_cache")
    shutil.copytree(ROOT, tujuan, ignore=abaikan)
    return tujuan


def _jalankan(perintah: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    hasil = subprocess.run(shlex.split(perintah), cwd=cwd, env=env, capture_output=True, text=True,
                           timeout=900, check=False)
    assert hasil.returncode == 0, f"{perintah} (kode {hasil.returncode}):\n{hasil.stdout}\n{hasil.stderr}"
    assert "Traceback" not in hasil.stderr
    return hasil


@pytest.fixture(scope="module")
def salinan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository in a folder whose name has a space; the README's build run from its root."""
    akar = _salin_repositori(tmp_path_factory.mktemp("readme") / "salinan doctools")
    perintah = blok_mulai_cepat()[0].split(" && ", 1)[1]
    _jalankan(perintah, akar, _lingkungan())
    return akar


def test_build_readme_menulis_semua_dokumen(salinan: Path) -> None:
    folder = salinan / "build" / "mumbulsari"
    assert sorted(p.stem for p in folder.glob("*.docx")) == DOKUMEN
    iku = semua_paragraf(buka(folder / "keputusan-iku-2025.docx"))
    assert "KECAMATAN MUMBULSARI" in iku and "PEMERINTAH KABUPATEN JEMBER" in iku
    lkj = semua_paragraf(buka(folder / "laporan-kinerja-2025.docx"))
    assert any(p.startswith("BAB I") for p in lkj)
    kota = salinan / "build" / "junrejo"
    assert sorted(p.stem for p in kota.glob("*.docx")) == DOKUMEN_KOTA
    iku = semua_paragraf(buka(kota / "keputusan-iku-2025.docx"))
    assert "PEMERINTAH KOTA BATU" in iku and "Plt. CAMAT JUNREJO," in iku


def _pdfinfo(pdf: Path) -> tuple[int, list[tuple[float, float]]]:
    teks = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True,
                          timeout=60, check=True).stdout
    halaman = int(re.search(r"^Pages:\s+(\d+)", teks, re.MULTILINE)[1])
    ukuran = [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", teks,
                                                          re.MULTILINE)]
    return halaman, ukuran


def _teks(pdf: Path, halaman: int | None = None) -> str:
    rentang = ["-f", str(halaman), "-l", str(halaman)] if halaman else []
    return subprocess.run(["pdftotext", *rentang, str(pdf), "-"], capture_output=True, text=True, timeout=60,
                          check=True).stdout


@pytest.mark.libreoffice
def test_build_pdf_readme(salinan: Path) -> None:
    """``doctools build data/mumbulsari --pdf`` as written: a PDF beside every .docx, read back."""
    hasil = _jalankan(PERINTAH_PDF, salinan, _lingkungan())
    folder = salinan / "build" / "mumbulsari"
    assert sorted(p.stem for p in folder.glob("*.pdf")) == DOKUMEN
    assert "ditulis: build/mumbulsari/laporan-kinerja-2025.pdf" in hasil.stdout.replace(os.sep, "/")
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]  # no work folder left
    lanskap_saja = {"rencana-kinerja-tahunan-2025", "rencana-aksi-2025", "pohon-kinerja-2025"}
    for nama in DOKUMEN:
        halaman, ukuran = _pdfinfo(folder / f"{nama}.pdf")
        assert halaman == len(ukuran) >= 1
        potret = [(w, h) for w, h in ukuran if h > w]
        assert bool(potret) != (nama in lanskap_saja), (nama, ukuran)
        assert all(sorted((w, h)) == [pytest.approx(F4_PT[0], abs=1.5), pytest.approx(F4_PT[1], abs=1.5)]
                   for w, h in ukuran), (nama, ukuran)
    assert _pdfinfo(folder / "perjanjian-kinerja-2025-camat.pdf")[0] == 2
    assert "KECAMATAN MUMBULSARI" in _teks(folder / "keputusan-iku-2025.pdf", 1)
    lkj = _teks(folder / "laporan-kinerja-2025.pdf")
    assert "DAFTAR ISI" in lkj and "Daftar isi belum diperbarui" not in lkj
    assert re.search(r"BAB I PENDAHULUAN\s*\.{3,}\s*1\b", lkj)


# ---- every path relative, from a sub-folder, through a fake LibreOffice -------------------------


def _png(path: Path) -> Path:
    """A valid 2 × 2 grey PNG."""
    def potong(jenis: bytes, isi: bytes) -> bytes:
        return struct.pack(">I", len(isi)) + jenis + isi + struct.pack(">I", zlib.crc32(jenis + isi))
    data = zlib.compress(b"\x00\x80\x80" * 2)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + potong(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
                     + potong(b"IDAT", data) + potong(b"IEND", b""))
    return path


def test_semua_jalur_relatif_dari_subfolder(tmp_path: Path) -> None:
    akar = _salin_repositori(tmp_path / "salinan doctools")
    data = akar / "data" / "mumbulsari"
    _png(data / "logo kabupaten.png")
    _png(data / "bagan organisasi.png")
    instansi = (data / "instansi.yaml").read_text(encoding="utf-8")
    (data / "instansi.yaml").write_text(instansi + '\nlogo: "logo kabupaten.png"\n', encoding="utf-8")
    lkj = (data / "lkj.yaml").read_text(encoding="utf-8")
    assert lkj.count("  # bagan: bagan-organisasi.png") == 1
    (data / "lkj.yaml").write_text(lkj.replace("  # bagan: bagan-organisasi.png", '  bagan: "bagan organisasi.png"'),
                                   encoding="utf-8")
    bin_ = tmp_path / "bin"
    palsu(bin_ / "soffice", MENULIS)
    env = _lingkungan(bin_)
    env["DOCTOOLS_PYTHON_UNO"] = str(palsu(bin_ / "python-uno", PYTHON_UNO))
    _jalankan('doctools build mumbulsari -o "../hasil saya" --pdf', akar / "data", env)

    folder = akar / "hasil saya" / "mumbulsari"
    assert sorted(p.stem for p in folder.glob("*.docx")) == DOKUMEN
    assert sorted(p.stem for p in folder.glob("*.pdf")) == DOKUMEN
    jalan = [p["args"] for p in panggilan(bin_) if p["args"][:1] != ["-c"]]
    # one LibreOffice per core, each on its share; the share holding the LKj's Daftar Isi goes through toc.py
    assert 1 <= len(jalan) <= max(1, len(os.sched_getaffinity(0)))
    [toc] = [args for args in jalan if Path(args[0]).name == "toc.py"]
    assert all(Path(a).is_absolute() for a in toc[1:])
    assert "laporan-kinerja-2025.docx" in {Path(a).name for a in toc[4:]}
    dikonversi = [Path(a).name for args in jalan for a in args if a.endswith(".docx") and Path(a).is_absolute()]
    assert sorted(dikonversi) == sorted(f"{n}.docx" for n in DOKUMEN)
    assert [n for n in _isi_zip(folder / "laporan-kinerja-2025.docx") if n.startswith("word/media/")]
    with zipfile.ZipFile(folder / "laporan-kinerja-2025.docx") as zf:  # the two pictures share one image part
        assert zf.read("word/document.xml").count(b"<a:blip ") >= 2  # the logo on the cover and the organisation chart
    assert [n for n in _isi_zip(folder / "keputusan-iku-2025.docx") if n.startswith("word/media/")]


def _isi_zip(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()
