"""LibreOffice profiles kept between PDF conversions: one per slot, each held by a lock while in use.

On a new profile LibreOffice fills it, restarts itself (exit code 81, which its launcher answers by
starting it again) and only then converts: a one-document conversion takes 0.48 s instead of
0.31 s on a profile it made before (LibreOffice 7.4), paid by every process of every run. The profiles are therefore kept in the user's
cache folder (:mod:`doctools.singgahan`: ``~/.cache/doctools/libreoffice/profil-N`` on Linux,
``%LOCALAPPDATA%\\doctools\\Cache\\libreoffice\\profil-N`` on Windows), one per slot N.

Two LibreOffice processes must never share a profile (the second hands its work to the first
through the profile's pipe, or fails on its lock), and two doctools runs may convert at once (two
terminals, a batch and a user). Slot N is held by an operating-system file lock
(``profil-N.lock``, through filelock: ``flock`` on POSIX, ``LockFileEx`` on Windows) for the whole
conversion; a slot that is held is skipped for the next, and when none of :data:`BATAS_SLOT` is
free a throw-away profile is used, as with ``DOCTOOLS_TANPA_SINGGAHAN=1``. The system releases
the lock of a process that dies, so a killed run blocks no one.

A profile that LibreOffice may have left half-written (it was stopped: a timeout, Ctrl-C) is
emptied when the run ends, and a share that fails in a profile kept from before is converted
again in a fresh one (:func:`segarkan`), which then takes the slot's place.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from doctools import singgahan

BATAS_SLOT = 16
"""Slots tried before falling back to a throw-away profile (more when one run asks for more processes)."""


@dataclass
class Profil:
    """A LibreOffice profile folder for one process (its ``-env:UserInstallation``)."""

    path: Path
    slot: int | None
    """The slot it is kept in, or None for a throw-away profile."""
    dipakai_ulang: bool
    """Whether it holds what an earlier run's LibreOffice made (so a failure may be the profile's)."""


def folder_profil() -> Path:
    """Where the kept profiles and their locks live (deleting the folder clears them)."""
    return singgahan.folder("libreoffice")


def _ada_isinya(path: Path) -> bool:
    try:
        return any(path.iterdir())
    except OSError:
        return False


def kosongkan(path: Path) -> None:
    """Remove a profile folder (best effort: on Windows a dying LibreOffice may still hold a file)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def segarkan(profil: Profil) -> Profil:
    """The same folder emptied: LibreOffice makes a new profile there (a slot stays locked and keeps it)."""
    kosongkan(profil.path)
    profil.path.mkdir(parents=True, exist_ok=True)
    return Profil(profil.path, profil.slot, dipakai_ulang=False)


@contextlib.contextmanager
def pinjam_profil(jumlah: int) -> Iterator[list[Profil]]:
    """``jumlah`` profiles for LibreOffice processes running side by side, each its own.

    Free slots first (each locked until the block ends), throw-away folders for the rest. When the
    block ends with an exception (a timeout, Ctrl-C, a failed conversion) the slots' profiles are
    emptied, since a LibreOffice stopped in the middle may have left them half-written.
    """
    with contextlib.ExitStack() as tumpuk:
        profil = _ambil_slot(tumpuk, jumlah) if singgahan.aktif() else []
        while len(profil) < jumlah:
            sementara = tumpuk.enter_context(
                tempfile.TemporaryDirectory(prefix="doctools-lo-", ignore_cleanup_errors=True))
            profil.append(Profil(Path(sementara), None, dipakai_ulang=False))
        try:
            yield profil
        except BaseException:
            for p in profil:
                if p.slot is not None:
                    kosongkan(p.path)
            raise


def _ambil_slot(tumpuk: contextlib.ExitStack, jumlah: int) -> list[Profil]:
    """Lock up to ``jumlah`` free slots; none when the cache folder cannot be written."""
    from filelock import FileLock, Timeout  # only a PDF conversion pays for importing it

    folder = folder_profil()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return []
    hasil: list[Profil] = []
    for slot in range(1, max(BATAS_SLOT, 2 * jumlah) + 1):
        if len(hasil) == jumlah:
            break
        kunci = FileLock(folder / f"profil-{slot}.lock", timeout=0)
        try:
            kunci.acquire()
        except Timeout:
            continue  # another run converts with it now
        except OSError:
            return hasil
        tumpuk.callback(kunci.release)
        path = folder / f"profil-{slot}"
        dipakai_ulang = path.is_dir() and _ada_isinya(path)
        try:
            if not path.is_dir():
                kosongkan(path)  # a file in its place
            path.mkdir(exist_ok=True)
        except OSError:
            continue
        hasil.append(Profil(path, slot, dipakai_ulang))
    return hasil

