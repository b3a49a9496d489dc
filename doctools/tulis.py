"""Write a set of documents all or nothing: every one to a temporary file first, then all into place.

The guarantee: after a build the output folder holds either every new document or the old ones
untouched, never a mix, and no temporary files.

1. Temporaries that an earlier run left behind (killed while writing) are removed.
2. Every target is checked before anything is written: it is not a folder, and where an open
   document is locked (Windows: a .docx open in Word cannot be replaced) it is not open.
3. Every document is written to a temporary file beside its target (same folder: the rename is
   atomic). A full disk or an unwritable folder stops here, before any target is touched.
4. All temporaries are renamed onto their targets, with Ctrl-C and SIGTERM held off. If a rename
   still fails, the targets already replaced get their previous contents back.

On any failure the temporaries are removed (and folders this call created, when left empty).
Only a hard kill (``kill -9``, power loss) in the middle of step 4, a few renames long, can leave
a mix; the next build replaces every document again and removes what was left.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from doctools.errors import RenderError, sebab_os
from doctools.sinyal import tahan_sinyal

BERKAS_TERKUNCI_SAAT_DIBUKA = os.name == "nt"
"""Whether an open document blocks its replacement (Windows); only then are targets probed."""

_SEMENTARA = re.compile(r"^\..+\.(docx|pdf)\.[a-z0-9_]{8}\.tmp$")
"""The name :func:`tulis_sementara` gives a temporary (``.NAME.docx.xxxxxxxx.tmp``, by mkstemp)."""

_SEBAB = {
    errno.ENOSPC: "ruang disk habis",
    errno.EACCES: "tidak ada izin menulis",
    errno.EPERM: "tidak ada izin menulis",
    errno.EROFS: "media penyimpanan hanya dapat dibaca",
    errno.EISDIR: "sudah ada folder dengan nama itu",
    errno.ENOTDIR: "sebagian jalurnya berupa berkas, bukan folder",
    errno.ENAMETOOLONG: "nama atau jalur berkas terlalu panjang",
}
if hasattr(errno, "EDQUOT"):
    _SEBAB[errno.EDQUOT] = "kuota disk habis"
_TIDAK_DIGANTI = "tidak ada dokumen yang diganti"


def sebab(exc: OSError) -> str:
    """Why writing failed, in Bahasa Indonesia: never the OS's own ``strerror``, which is English."""
    return _SEBAB.get(exc.errno or 0) or sebab_os(exc)


def pesan_terkunci(path: Path) -> str:
    """The message for a document another program (Word) holds open."""
    return (f"tidak dapat mengganti {path}: berkas sedang dibuka program lain (misalnya Word); "
            f"tutup {path.name} di Word, lalu ulangi")


def hapus_sementara_lama(folder: Path) -> list[Path]:
    """Remove temporaries an interrupted earlier run left in ``folder``; the paths removed."""
    dihapus = []
    try:
        calon = [p for p in folder.iterdir() if _SEMENTARA.match(p.name)]
    except OSError:
        return []
    for path in calon:
        try:
            if path.is_file() and not path.is_symlink():
                path.unlink()
                dihapus.append(path)
        except OSError:
            pass  # another program holds it; the next run tries again
    return dihapus


def _siapkan_folder(folder: Path, contoh: Path) -> list[Path]:
    """Create ``folder`` (and its parents); the folders that did not exist before, deepest first."""
    baru = [p for p in [folder, *folder.parents] if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"tidak dapat menulis {contoh}: {sebab(exc)}") from exc
    return baru


def _terkunci(path: Path) -> bool:
    """Whether another program holds ``path`` open for itself (a probe that changes nothing)."""
    try:
        with path.open("r+b"):
            return False
    except PermissionError:
        return True
    except OSError:
        return False


def _periksa_sasaran(sasaran: Sequence[Path]) -> None:
    """Refuse, before anything is written, targets that could not be replaced."""
    masalah = []
    for path in sasaran:
        if path.is_dir():
            masalah.append(f"tidak dapat menulis {path}: sudah ada folder dengan nama itu; pindahkan atau ganti "
                           "nama folder itu")
        elif BERKAS_TERKUNCI_SAAT_DIBUKA and path.is_file() and _terkunci(path):
            masalah.append(pesan_terkunci(path))
    if masalah:
        raise RenderError("\n".join(masalah) + f"\n{_TIDAK_DIGANTI}")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def tulis_sementara(path: Path, isi: bytes) -> Path:
    """Write ``isi`` to a new temporary file beside ``path`` (usual permissions, not mkstemp's 0600)."""
    fd, nama = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(nama)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(isi)
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _kembalikan(diganti: list[tuple[Path, bytes | None]]) -> list[Path]:
    """Put back the previous contents of replaced targets; the ones that could not be restored."""
    gagal = []
    for path, lama in reversed(diganti):
        try:
            if lama is None:
                path.unlink(missing_ok=True)
            else:
                os.replace(tulis_sementara(path, lama), path)
        except OSError:
            gagal.append(path)
    return gagal


def _ganti_semua(pasangan: Sequence[tuple[Path, Path]]) -> None:
    """Rename every temporary onto its target; on failure restore what was replaced."""
    diganti: list[tuple[Path, bytes | None]] = []
    for tmp, path in pasangan:
        try:
            lama = path.read_bytes() if path.is_file() else None
            os.replace(tmp, path)
        except OSError as exc:
            gagal = _kembalikan(diganti)
            if isinstance(exc, PermissionError):
                pesan = (f"tidak dapat mengganti {path}: berkas sedang dibuka program lain atau tidak boleh ditulis; "
                         f"bila terbuka di Word, tutup {path.name} di Word, lalu ulangi")
            else:
                pesan = f"tidak dapat menulis {path}: {sebab(exc)}"
            if gagal:
                pesan += "\nisi lama berkas ini tidak dapat dikembalikan: " + ", ".join(str(p) for p in gagal)
            else:
                pesan += f"\n{_TIDAK_DIGANTI}"
            raise RenderError(pesan) from exc
        diganti.append((path, lama))


def tulis_semua(berkas: Sequence[tuple[Path, bytes]]) -> None:
    """Write every ``(path, contents)`` or none of them (see the module docstring)."""
    sasaran = [Path(p) for p, _ in berkas]
    ganda = sorted({str(p) for p in sasaran if sasaran.count(p) > 1})
    if ganda:
        raise RenderError(f"dua dokumen akan ditulis ke berkas yang sama: {', '.join(ganda)}")
    folder = list(dict.fromkeys(p.parent for p in sasaran))
    dibuat: list[Path] = []
    sementara: list[Path] = []
    try:
        for f in folder:
            dibuat += _siapkan_folder(f, next(p for p in sasaran if p.parent == f))
        for f in folder:
            hapus_sementara_lama(f)
        _periksa_sasaran(sasaran)
        for path, isi in berkas:
            try:
                sementara.append(tulis_sementara(Path(path), isi))
            except OSError as exc:
                raise RenderError(f"tidak dapat menulis {path}: {sebab(exc)}\n{_TIDAK_DIGANTI}") from exc
        with tahan_sinyal():
            _ganti_semua(list(zip(sementara, sasaran)))
    except BaseException:
        for tmp in sementara:
            tmp.unlink(missing_ok=True)
        for f in sorted(dibuat, key=lambda p: len(p.parts), reverse=True):  # only the ones left empty
            try:
                f.rmdir()
            except OSError:
                pass
        raise
