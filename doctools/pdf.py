"""Convert finished .docx files to PDF with LibreOffice headless.

One ``soffice`` process converts a whole share of the batch (starting LibreOffice costs seconds;
converting a document, a fraction of that); with ``jobs`` above one, that many processes convert
their shares side by side, one per core. Each process gets a profile of its own, because two
LibreOffice processes sharing a profile hand work to each other or fail on its lock: one kept
between runs in a locked slot of the user's cache folder (:mod:`doctools.profil_lo`; LibreOffice
starts faster on a profile it made before), else a throw-away one. A share that fails in a kept
profile is converted once more in a fresh one. PDFs are written to a private folder first and
moved into place only when every one of them exists, so a failed run never leaves a half set; the
.docx files are not touched.

A document with a Daftar Isi (a TOC field, e.g. the LKj) needs its TOC rebuilt before export, which
``--convert-to`` does not do: a share holding one goes through ``toc.py`` (still one LibreOffice),
run by a Python that has LibreOffice's ``uno`` module.

LibreOffice runs in its own folder (the profile), so every path it is given is absolute. It runs
in its own process group: on a timeout, Ctrl-C or SIGTERM the whole group (the launcher and
``soffice.bin``, or ``toc.py`` and its LibreOffice) is stopped before the temporary folders go,
and a kept profile it was using is emptied (it may be half-written).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

from doctools.errors import ConversionError, sebab_os
from doctools.oxml.fields import has_toc_field
from doctools.profil_lo import Profil, pinjam_profil, segarkan
from doctools.tata_letak.libreoffice import ProfilRusak, atur_profil, versi_libreoffice
from doctools.tulis import sebab

WINDOWS = os.name == "nt"
"""Read at call time, so the Windows branches can be exercised by tests on any system."""

VARIABEL_SOFFICE = "DOCTOOLS_SOFFICE"
VARIABEL_PYTHON_UNO = "DOCTOOLS_PYTHON_UNO"

PERINTAH = ("soffice", "libreoffice", "soffice.exe")
"""Names LibreOffice's command goes by on PATH, in the order tried."""

LOKASI_BAKU = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)
"""Where the LibreOffice installers put ``soffice`` (Windows 64/32-bit, macOS), tried after PATH."""

PYTHON_UNO = ("/usr/bin/python3", "/usr/lib/libreoffice/program/python", "/opt/libreoffice/program/python")
"""System Pythons tried for LibreOffice's ``uno`` module, after ``DOCTOOLS_PYTHON_UNO`` and the
Python LibreOffice ships beside its ``soffice`` (Windows, macOS, the Linux tarball)."""

SKRIP_DAFTAR_ISI = Path(__file__).resolve().with_name("toc.py")
_TANPA = "Berkas .docx tetap tersimpan."


def _lokasi_baku() -> list[str]:
    """Standard install locations, the Windows ones also under a non-default Program Files."""
    calon = []
    for variabel in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        akar = os.environ.get(variabel)
        if akar:
            calon.append(akar.rstrip("\\/") + r"\LibreOffice\program\soffice.exe")
    return list(dict.fromkeys([*calon, *LOKASI_BAKU]))


def _dapat_dijalankan(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def cari_soffice() -> str | None:
    """LibreOffice's command: ``DOCTOOLS_SOFFICE``, else PATH, else a standard install location."""
    pilihan = os.environ.get(VARIABEL_SOFFICE, "").strip().strip('"')
    if pilihan:
        return shutil.which(pilihan)  # a full path, or a command name on PATH
    for nama in PERINTAH:
        path = shutil.which(nama)
        if path:
            return path
    return next((p for p in _lokasi_baku() if _dapat_dijalankan(p)), None)


def _soffice() -> str:
    """:func:`cari_soffice`, or a :class:`ConversionError` saying where to get LibreOffice."""
    soffice = cari_soffice()
    if soffice is not None:
        return soffice
    pilihan = os.environ.get(VARIABEL_SOFFICE, "").strip().strip('"')
    if pilihan:
        raise ConversionError(
            f"variabel {VARIABEL_SOFFICE} menunjuk ke '{pilihan}', tetapi tidak ada program LibreOffice di sana; "
            "tulis jalur lengkap soffice (Windows: C:\\Program Files\\LibreOffice\\program\\soffice.exe) atau "
            f"hapus variabel itu. {_TANPA}")
    raise ConversionError(
        "LibreOffice (perintah 'soffice') tidak ditemukan di PATH maupun di tempat pemasangan bakunya, sehingga "
        "PDF tidak dapat dibuat; pasang LibreOffice (Windows/macOS: dari libreoffice.org; Debian/Ubuntu: "
        f"apt-get install libreoffice-writer-nogui) atau tunjuk soffice dengan variabel {VARIABEL_SOFFICE}, "
        f"lalu ulangi. {_TANPA}")


def punya_daftar_isi(path: Path) -> bool:
    """Whether a .docx holds a TOC field (which only a refresh through UNO fills in a PDF)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return has_toc_field(zf.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _lingkungan_python() -> dict[str, str]:
    """Our environment without what would make another Python load our packages."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


def python_bawaan_libreoffice(soffice: str) -> list[str]:
    """Where LibreOffice keeps its own Python, relative to its ``soffice`` (links followed).

    Windows: ``program\\python.exe`` beside ``soffice.exe``; macOS: ``Contents/Resources/python``
    beside ``Contents/MacOS/soffice``; the Linux tarball: ``program/python``.
    """
    folder = Path(soffice).resolve().parent
    return [str(folder / "python.exe"), str(folder / "python"), str(folder.parent / "Resources" / "python")]


@functools.lru_cache(maxsize=8)
def cari_python_uno(soffice: str | None = None) -> str | None:
    """A Python that can ``import uno``, or None.

    Tried in order: ``DOCTOOLS_PYTHON_UNO``, the Python LibreOffice ships (beside ``soffice``), the
    system's (Debian: /usr/bin/python3 with python3-uno).
    """
    soffice = soffice or cari_soffice()
    calon = [os.environ.get(VARIABEL_PYTHON_UNO, "").strip().strip('"'),
             *(python_bawaan_libreoffice(soffice) if soffice else ()), *PYTHON_UNO]
    for path in dict.fromkeys(calon):
        if not path or not _dapat_dijalankan(path):
            continue
        try:
            uji = subprocess.run([path, "-c", "import uno"], capture_output=True, timeout=60,
                                 env=_lingkungan_python(), check=False, **_grup_baru())
        except (OSError, subprocess.TimeoutExpired):
            continue
        if uji.returncode == 0:
            return path
    return None


# ---- running LibreOffice in its own process group --------------------------------------------------


class _ArgumenGrup(TypedDict, total=False):
    creationflags: int
    start_new_session: bool


def _grup_baru() -> _ArgumenGrup:
    """Popen arguments that start a child in a process group of its own (Ctrl-C does not reach it)."""
    if WINDOWS:
        return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0x200)}
    return {"start_new_session": True}


def hentikan_grup(proses: subprocess.Popen[bytes]) -> None:
    """Stop a child and everything it started (oosplash starts soffice.bin; toc.py starts soffice)."""
    if WINDOWS:
        # taskkill /T ends the whole tree; the process group alone would not be killed by a signal
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proses.pid)], capture_output=True,
                           timeout=30, check=False)
    else:
        _bunuh_grup_posix(proses.pid)
    with contextlib.suppress(OSError):
        proses.kill()
    with contextlib.suppress(OSError, ValueError, subprocess.SubprocessError):
        proses.communicate(timeout=30)  # reap it and close its pipe


def _bunuh_grup_posix(pgid: int) -> None:
    killpg, sinyal = getattr(os, "killpg", None), getattr(signal, "SIGKILL", None)
    if killpg is None or sinyal is None:
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        killpg(pgid, sinyal)


def _jalankan(perintah: Sequence[str], timeout: float, cwd: str, env: dict[str, str] | None,
              pesan_waktu: str) -> tuple[int, bytes]:
    """Run LibreOffice (or toc.py) in its own process group; stop the whole group however it ends."""
    [hasil] = _jalankan_semua([(list(perintah), cwd, env)], timeout, pesan_waktu)
    return hasil


def _jalankan_semua(rencana: Sequence[tuple[list[str], str, dict[str, str] | None]], timeout: float,
                    pesan_waktu: str) -> list[tuple[int, bytes]]:
    """Run several LibreOffice processes at once, each in its own process group, until all have ended.

    Their output goes to files (a pipe left unread could fill and stall one). On a timeout, Ctrl-C or
    SIGTERM every group still running is stopped; when one fails the others are left to finish
    (their error says more than a stop would).
    """
    with contextlib.ExitStack() as tumpuk:
        proses: list[subprocess.Popen[bytes]] = []
        keluaran = []
        try:
            for perintah, cwd, env in rencana:
                berkas = tumpuk.enter_context(tempfile.TemporaryFile())
                keluaran.append(berkas)
                try:
                    proses.append(subprocess.Popen(perintah, stdin=subprocess.DEVNULL, stdout=berkas,
                                                   stderr=subprocess.STDOUT, cwd=cwd, env=env, **_grup_baru()))
                except OSError as exc:
                    raise ConversionError(f"LibreOffice ({perintah[0]}) tidak dapat dijalankan: "
                                          f"{sebab_os(exc)}. {_TANPA}") from None
            batas = time.monotonic() + timeout
            tunggu = 0.01
            while any(p.poll() is None for p in proses):
                if time.monotonic() > batas:
                    raise ConversionError(pesan_waktu)
                time.sleep(tunggu)
                tunggu = min(tunggu * 2, 0.1)
        except BaseException:  # a timeout, Ctrl-C, or SIGTERM made one by doctools.sinyal: none may outlive us
            for p in proses:
                hentikan_grup(p)
            raise
        hasil = []
        for p, berkas in zip(proses, keluaran):
            if not WINDOWS:
                _bunuh_grup_posix(p.pid)  # whatever it left running (a soffice.bin that did not quit)
            berkas.seek(0)
            hasil.append((p.returncode, berkas.read()))
        return hasil


def _berkas_kunci(path: Path) -> Path:
    """The lock file LibreOffice writes beside a document it opens (``.~lock.NAME#``)."""
    return path.with_name(f".~lock.{path.name}#")


def _ringkas(keluaran: bytes) -> str:
    baris = [b.strip() for b in keluaran.decode("utf-8", "replace").splitlines() if b.strip()]
    return "; ".join(baris[-3:])


def ke_pdf(paths: Sequence[Path], keluar: Path, timeout: float = 300, jobs: int = 1) -> list[Path]:
    """Convert ``paths`` to PDF in ``keluar``; return the PDFs in order.

    ``jobs`` LibreOffice processes, each with its own profile, convert a share of the files at the
    same time (one process when ``jobs`` is 1). The PDFs are moved into place only when every share
    succeeded; when one fails or the time runs out, all of them are stopped.

    Paths may be relative to the working directory. Raises :class:`ConversionError` (in Bahasa
    Indonesia) when LibreOffice is missing, fails, runs longer than ``timeout`` seconds, or leaves
    any expected PDF unwritten.
    """
    if not paths:
        return []
    sumber = [Path(os.path.abspath(p)) for p in paths]
    keluar = Path(os.path.abspath(keluar))
    nama = [p.stem for p in sumber]
    dobel = sorted({n for n in nama if nama.count(n) > 1})
    if dobel:
        raise ConversionError(f"beberapa berkas bernama sama ({', '.join(dobel)}); PDF-nya akan saling menimpa")
    hilang = [str(p) for p in sumber if not p.is_file()]
    if hilang:
        raise ConversionError(f"berkas untuk dijadikan PDF tidak ditemukan: {', '.join(hilang)}")
    soffice = _soffice()
    python_uno = None
    daftar_isi = [p.name for p in sumber if punya_daftar_isi(p)]
    if daftar_isi:
        python_uno = cari_python_uno(soffice)
        if python_uno is None:
            raise ConversionError(
                f"{', '.join(daftar_isi)} memuat Daftar Isi yang harus diperbarui LibreOffice melalui UNO, tetapi "
                "tidak ada Python yang dapat memuat modul 'uno' (Python bawaan LibreOffice di sebelah soffice, atau "
                "python3-uno: apt-get install python3-uno di Debian/Ubuntu); pasang salah satunya atau tunjuk "
                f"Python-nya dengan variabel {VARIABEL_PYTHON_UNO}. {_TANPA}")
    keluar.mkdir(parents=True, exist_ok=True)
    bagian = bagi(sumber, jobs)
    pesan_waktu = (f"LibreOffice tidak selesai mengubah {len(sumber)} berkas ke PDF dalam {timeout:g} detik dan "
                   f"dihentikan. {_TANPA}")
    with contextlib.ExitStack() as tumpuk:
        profil = tumpuk.enter_context(pinjam_profil(len(bagian)))
        sementara = [tumpuk.enter_context(tempfile.TemporaryDirectory(prefix=".pdf-", dir=keluar,
                                                                      ignore_cleanup_errors=True))
                     for _ in bagian]
        versi = versi_libreoffice(soffice)
        profil = [_siapkan_profil(p, berkas, versi) for p, berkas in zip(profil, bagian)]

        def rencana(i: int) -> tuple[list[str], str, dict[str, str] | None]:
            uno = python_uno if any(p.name in daftar_isi for p in bagian[i]) else None
            return _perintah(soffice, uno, profil[i].path, sementara[i], bagian[i])

        kunci = [_berkas_kunci(p) for p in sumber]
        kunci_lama = {k for k in kunci if k.exists()}
        batas = time.monotonic() + timeout
        try:
            hasil_jalan = _jalankan_semua([rencana(i) for i in range(len(bagian))], timeout, pesan_waktu)
            # a failure in a profile kept from an earlier run may be the profile's (LibreOffice stopped
            # while writing it, another version's): that share once more in a fresh profile
            ulang = [i for i, (kode, _) in enumerate(hasil_jalan)
                     if profil[i].dipakai_ulang and (kode != 0 or _tidak_terbentuk(bagian[i], sementara[i]))]
            for i in ulang:
                profil[i] = _siapkan_profil(segarkan(profil[i]), bagian[i], versi)
            if ulang:
                for i, h in zip(ulang, _jalankan_semua([rencana(i) for i in ulang],
                                                       max(batas - time.monotonic(), 1), pesan_waktu)):
                    hasil_jalan[i] = h
        finally:  # a stopped LibreOffice leaves its lock files beside the documents it had open
            for k in kunci:
                if k not in kunci_lama:
                    k.unlink(missing_ok=True)
        selesai: dict[str, Path] = {}
        for berkas, folder, (kode, keluaran) in zip(bagian, sementara, hasil_jalan):
            gagal = _tidak_terbentuk(berkas, folder)
            if kode != 0 or gagal:
                alasan = f"kode keluar {kode}" + (f": {_ringkas(keluaran)}" if keluaran.strip() else "")
                daftar = f"; PDF tidak terbentuk: {', '.join(gagal)}" if gagal else ""
                raise ConversionError(f"LibreOffice gagal mengubah berkas ke PDF ({alasan}){daftar}. {_TANPA}")
            selesai.update((p.stem, Path(folder) / f"{p.stem}.pdf") for p in berkas)
        tujuan = [keluar / f"{n}.pdf" for n in nama]
        for n, ke in zip(nama, tujuan):
            _pindahkan(selesai[n], ke)
    return tujuan


def _siapkan_profil(profil: Profil, berkas: Sequence[Path], versi: str | None) -> Profil:
    """Equations in the text's font and size, not LibreOffice's 12 pt, and no graphics self-test at
    start-up (:func:`atur_profil`); a profile whose settings cannot be read is replaced by a fresh one."""
    try:
        atur_profil(profil.path, berkas, versi)
    except (ProfilRusak, OSError):
        profil = segarkan(profil)
        atur_profil(profil.path, berkas, versi)
    return profil


def _perintah(soffice: str, uno: str | None, profil: Path, folder: str,
              berkas: Sequence[Path]) -> tuple[list[str], str, dict[str, str] | None]:
    """One LibreOffice process for a share: ``toc.py`` when ``uno`` (a Daftar Isi to refresh), else ``--convert-to``."""
    if uno is not None:
        return [uno, str(SKRIP_DAFTAR_ISI), soffice, str(profil), folder, *map(str, berkas)], str(profil), \
            _lingkungan_python()
    return [soffice, f"-env:UserInstallation={profil.as_uri()}", "--headless", "--norestore", "--nologo",
            "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir", folder, *map(str, berkas)], \
        str(profil), None


def _tidak_terbentuk(berkas: Sequence[Path], folder: str) -> list[str]:
    """The PDFs of a share that LibreOffice did not write (it exits 0 even when it could not convert a file)."""
    hasil = [Path(folder) / f"{p.stem}.pdf" for p in berkas]
    return [h.name for h in hasil if not h.is_file() or h.stat().st_size == 0]


DETIK_DASAR = 0.12
"""Seconds of LibreOffice's work any document costs once LibreOffice has started (open, export).

These three estimates were measured with LibreOffice 7.4 (CPU time, 24 documents of 1–2 times
the example's size, each converted 1 and 3 times): a Perjanjian Kinerja 0.08–0.10 s, a
Keputusan or a Rencana Aksi 0.06–0.16 s, an LKj 0.58 s (document.xml 330 kB) and 0.92 s
(470 kB), a Pohon Kinerja 0.44–0.50 s (650–730 kB of diagrams); in a share of different
documents each costs about 0.05 s more than a copy of one converted before. The size of a file
says little: its text is compressed, its pictures are not."""
DETIK_PER_BITA_TEKS = 0.9e-6
"""Per byte of ``word/document.xml`` uncompressed (the text and tables LibreOffice lays out); twice
that for a document whose Daftar Isi is refreshed through UNO (laid out again after the refresh)."""
DETIK_PER_BITA_GAMBAR = 0.5e-6
"""Per byte of pictures (``word/media``), decoded and drawn again into the PDF."""


def beban(path: Path) -> float:
    """Estimated seconds LibreOffice spends converting ``path`` (a file it cannot read: the least)."""
    try:
        with zipfile.ZipFile(path) as zf:
            ukuran = {i.filename: i.file_size for i in zf.infolist()}
            daftar_isi = "word/document.xml" in ukuran and has_toc_field(zf.read("word/document.xml"))
    except (zipfile.BadZipFile, OSError):
        return DETIK_DASAR
    teks = ukuran.get("word/document.xml", 0) * (2 if daftar_isi else 1)
    gambar = sum(n for nama, n in ukuran.items() if nama.startswith("word/media/"))
    return DETIK_DASAR + teks * DETIK_PER_BITA_TEKS + gambar * DETIK_PER_BITA_GAMBAR


def bagi(sumber: Sequence[Path], jobs: int) -> list[list[Path]]:
    """``sumber`` in at most ``jobs`` shares of about equal work (:func:`beban`), each in the given order.

    The heaviest documents (a Daftar Isi to refresh, pictures, long tables) are placed first, each
    in the lightest share so far, so that one share does not get all the long reports while
    another waits idle.
    """
    n = max(1, min(jobs, len(sumber)))
    if n == 1:
        return [list(sumber)]
    urutan = {p: i for i, p in enumerate(sumber)}
    berat = {p: beban(p) for p in sumber}
    bagian: list[list[Path]] = [[] for _ in range(n)]
    total = [0.0] * n
    for p in sorted(sumber, key=lambda p: (-berat[p], urutan[p])):
        i = total.index(min(total))
        bagian[i].append(p)
        total[i] += berat[p]
    return [sorted(b, key=urutan.__getitem__) for b in bagian if b]


def _pindahkan(asal: Path, ke: Path) -> None:
    """Move a finished PDF into place; a PDF open in a viewer (locked on Windows) is named in the error."""
    try:
        try:
            os.replace(asal, ke)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            shutil.copyfile(asal, ke)  # across file systems: a batch converts in the system's temporary folder
    except OSError as exc:
        raise ConversionError(f"tidak dapat menulis {ke}: {sebab(exc)}; bila berkas itu sedang dibuka "
                              f"(mis. di pembaca PDF), tutup dulu, lalu ulangi. {_TANPA}") from None


def ke_pdf_di_samping(paths: Sequence[Path], timeout: float = 600, jobs: int = 1) -> list[Path]:
    """Convert files from several folders in one run (``jobs`` LibreOffice processes); each PDF lands beside its .docx.

    Files of different kecamatan share names (``keputusan-iku-2025.docx``), so each is linked
    into a scratch folder under a unique name first.
    """
    if not paths:
        return []
    with tempfile.TemporaryDirectory(prefix="doctools-batch-", ignore_cleanup_errors=True) as kerja:
        kerja_path = Path(kerja)
        tautan = []
        for i, path in enumerate(paths):
            tujuan = kerja_path / f"{i:05d}-{Path(path).name}"
            try:
                os.link(os.path.abspath(path), tujuan)
            except OSError:
                shutil.copyfile(path, tujuan)
            tautan.append(tujuan)
        pdf = ke_pdf(tautan, kerja_path / "pdf", timeout=timeout, jobs=jobs)
        hasil = []
        for asal, sumber in zip(pdf, paths):
            ke = Path(sumber).with_suffix(".pdf")
            _pindahkan(asal, ke)
            hasil.append(ke)
    return hasil
