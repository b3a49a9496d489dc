"""Convert finished .docx files to PDF with LibreOffice headless.

One ``soffice`` process converts the whole batch (starting LibreOffice costs seconds; converting a
document, a fraction of that). Each run gets its own throw-away profile directory, because two
LibreOffice processes sharing a profile hand work to each other or fail on its lock, so parallel
builds would collide. PDFs are written to a private folder first and moved into place only when
every one of them exists, so a failed run never leaves a half set; the .docx files are not touched.

A document with a Daftar Isi (a TOC field, e.g. the LKj) needs its TOC rebuilt before export, which
``--convert-to`` does not do: when the batch holds one, the whole batch goes through ``toc.py``
(still one LibreOffice), run by a Python that has LibreOffice's ``uno`` module.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from doctools.errors import ConversionError

PERINTAH = ("soffice", "libreoffice")
"""Names LibreOffice's command goes by on PATH, in the order tried."""


def cari_soffice() -> str | None:
    """The LibreOffice command on PATH, or None."""
    for nama in PERINTAH:
        path = shutil.which(nama)
        if path:
            return path
    return None


SKRIP_DAFTAR_ISI = Path(__file__).resolve().with_name("toc.py")
PYTHON_UNO = ("/usr/bin/python3", "/usr/lib/libreoffice/program/python", "/opt/libreoffice/program/python")
"""Pythons tried for LibreOffice's ``uno`` module, after the ``DOCTOOLS_PYTHON_UNO`` variable."""
_FIELD_TOC = re.compile(rb"<w:instrText[^>]*>\s*TOC\b")


def punya_daftar_isi(path: Path) -> bool:
    """Whether a .docx holds a TOC field (which only a refresh through UNO fills in a PDF)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return bool(_FIELD_TOC.search(zf.read("word/document.xml")))
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _lingkungan_python() -> dict[str, str]:
    """Our environment without what would make another Python load our packages."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


@functools.lru_cache(maxsize=1)
def cari_python_uno() -> str | None:
    """A Python that can ``import uno`` (Debian: /usr/bin/python3 with python3-uno), or None."""
    calon = [os.environ.get("DOCTOOLS_PYTHON_UNO", ""), *PYTHON_UNO]
    for path in calon:
        if not path or not os.access(path, os.X_OK):
            continue
        try:
            uji = subprocess.run([path, "-c", "import uno"], capture_output=True, timeout=30,
                                 env=_lingkungan_python(), check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if uji.returncode == 0:
            return path
    return None


def _hentikan(proses: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and the children it started (oosplash starts soffice.bin)."""
    try:
        os.killpg(proses.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proses.kill()
    proses.communicate()  # reap it and close its pipe


def _ringkas(keluaran: bytes) -> str:
    baris = [b.strip() for b in keluaran.decode("utf-8", "replace").splitlines() if b.strip()]
    return "; ".join(baris[-3:])


def ke_pdf(paths: list[Path], keluar: Path, timeout: float = 300) -> list[Path]:
    """Convert ``paths`` to PDF in ``keluar`` with one LibreOffice run; return the PDFs in order.

    Raises :class:`ConversionError` (in Bahasa Indonesia) when LibreOffice is missing, fails, runs
    longer than ``timeout`` seconds, or leaves any expected PDF unwritten.
    """
    if not paths:
        return []
    nama = [Path(p).stem for p in paths]
    dobel = sorted({n for n in nama if nama.count(n) > 1})
    if dobel:
        raise ConversionError(f"beberapa berkas bernama sama ({', '.join(dobel)}); PDF-nya akan saling menimpa")
    hilang = [str(p) for p in paths if not Path(p).is_file()]
    if hilang:
        raise ConversionError(f"berkas untuk dijadikan PDF tidak ditemukan: {', '.join(hilang)}")
    soffice = cari_soffice()
    if soffice is None:
        raise ConversionError(
            "LibreOffice (perintah 'soffice') tidak ditemukan di PATH, sehingga PDF tidak dapat dibuat; "
            "pasang LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) lalu ulangi. "
            "Berkas .docx tetap tersimpan.")
    python_uno = None
    daftar_isi = [Path(p).name for p in paths if punya_daftar_isi(Path(p))]
    if daftar_isi:
        python_uno = cari_python_uno()
        if python_uno is None:
            raise ConversionError(
                f"{', '.join(daftar_isi)} memuat Daftar Isi yang harus diperbarui LibreOffice melalui UNO, tetapi "
                "tidak ada Python yang dapat memuat modul 'uno'; pasang python3-uno (Debian/Ubuntu: apt-get "
                "install python3-uno) atau tunjuk Python-nya dengan variabel DOCTOOLS_PYTHON_UNO. "
                "Berkas .docx tetap tersimpan.")
    keluar.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="doctools-lo-") as profil, \
            tempfile.TemporaryDirectory(prefix=".pdf-", dir=keluar) as sementara:
        sumber = [str(Path(p).resolve()) for p in paths]
        if python_uno is not None:
            perintah = [python_uno, str(SKRIP_DAFTAR_ISI), soffice, profil, sementara, *sumber]
        else:
            perintah = [soffice, f"-env:UserInstallation={Path(profil).as_uri()}", "--headless", "--norestore",
                        "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir", sementara,
                        *sumber]
        try:
            proses = subprocess.Popen(perintah, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, start_new_session=True, cwd=profil,
                                      env=_lingkungan_python() if python_uno else None)
        except OSError as exc:
            raise ConversionError(f"LibreOffice ({soffice}) tidak dapat dijalankan: {exc.strerror or exc}. "
                                  "Berkas .docx tetap tersimpan.") from None
        try:
            keluaran, _ = proses.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _hentikan(proses)
            raise ConversionError(f"LibreOffice tidak selesai mengubah {len(paths)} berkas ke PDF dalam "
                                  f"{timeout:g} detik dan dihentikan. Berkas .docx tetap tersimpan.") from None
        hasil = [Path(sementara) / f"{n}.pdf" for n in nama]
        gagal = [p.name for p in hasil if not p.is_file() or p.stat().st_size == 0]
        if proses.returncode != 0 or gagal:
            sebab = f"kode keluar {proses.returncode}" + (f": {_ringkas(keluaran)}" if keluaran.strip() else "")
            daftar = f"; PDF tidak terbentuk: {', '.join(gagal)}" if gagal else ""
            raise ConversionError(f"LibreOffice gagal mengubah berkas ke PDF ({sebab}){daftar}. "
                                  "Berkas .docx tetap tersimpan.")
        tujuan = [keluar / p.name for p in hasil]
        for asal, ke in zip(hasil, tujuan):
            os.replace(asal, ke)
    return tujuan


def ke_pdf_di_samping(paths: list[Path], timeout: float = 600) -> list[Path]:
    """Convert files from several folders with ONE LibreOffice run; each PDF lands beside its .docx.

    Files of different kecamatan share names (``keputusan-iku-2025.docx``), so each is linked
    into a scratch folder under a unique name first.
    """
    if not paths:
        return []
    with tempfile.TemporaryDirectory(prefix="doctools-batch-") as kerja:
        kerja_path = Path(kerja)
        tautan = []
        for i, path in enumerate(paths):
            tujuan = kerja_path / f"{i:05d}-{Path(path).name}"
            try:
                os.link(Path(path).resolve(), tujuan)
            except OSError:
                shutil.copyfile(path, tujuan)
            tautan.append(tujuan)
        pdf = ke_pdf(tautan, kerja_path / "pdf", timeout=timeout)
        hasil = []
        for asal, sumber in zip(pdf, paths):
            ke = Path(sumber).with_suffix(".pdf")
            shutil.move(str(asal), ke)
            hasil.append(ke)
    return hasil
