"""Convert finished .docx files to PDF with LibreOffice headless.

One ``soffice`` process converts the whole batch (starting LibreOffice costs seconds; converting a
document, a fraction of that). Each run gets its own throw-away profile directory, because two
LibreOffice processes sharing a profile hand work to each other or fail on its lock, so parallel
builds would collide. PDFs are written to a private folder first and moved into place only when
every one of them exists, so a failed run never leaves a half set; the .docx files are not touched.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
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
    keluar.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="doctools-lo-") as profil, \
            tempfile.TemporaryDirectory(prefix=".pdf-", dir=keluar) as sementara:
        perintah = [soffice, f"-env:UserInstallation={Path(profil).as_uri()}", "--headless", "--norestore",
                    "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir", sementara,
                    *[str(Path(p).resolve()) for p in paths]]
        try:
            proses = subprocess.Popen(perintah, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, start_new_session=True, cwd=profil)
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
