"""Images a data set refers to (a logo, an organisation chart), checked before use.

A data folder is untrusted: ``logo: /etc/passwd``, ``bagan: ../../rahasia.png`` or a symbolic
link to a system file must not be read, and a file that only carries an image's name (a text
file called ``logo.png``, a truncated or a 0×0 PNG, a picture of 100 000 × 100 000 pixels) must
not reach the renderer. Each problem is a galat at the line that names the file. A message never
quotes the contents of a file, since a file that is not what it should be may hold anything.
"""

from __future__ import annotations

import errno
import functools
import warnings
from pathlib import Path, PurePath

from doctools.errors import DataError, Lokasi

BATAS_BITA = 20_000_000
"""Largest file a data set may refer to (20 MB): far above a logo, a chart or a year's survey."""
BATAS_PIKSEL = 40_000_000
"""Most pixels an image may have (a 300-dpi scan of an A3 page has 17 million)."""
FORMAT_GAMBAR = ("PNG", "JPEG", "GIF", "BMP", "TIFF")
"""Image formats Word (through python-docx) embeds; Pillow's names."""

NAMA_DOKUMEN = {
    "keputusan-iku": "Keputusan IKU", "keputusan-iki": "Keputusan IKI", "perjanjian-kinerja": "Perjanjian Kinerja",
    "lkj": "Laporan Kinerja", "rkt": "Rencana Kinerja Tahunan", "rencana-aksi": "Rencana Aksi",
    "pohon-kinerja": "Pohon Kinerja",
}
"""A document data file's stem → the name of the document it describes, as messages name it."""


def _mb(bita: int) -> str:
    return f"{bita / 1_000_000:.1f}".replace(".", ",") + " MB"


AKHIRAN_GAMBAR = (".png", ".jpg", ".jpeg", ".gif", ".bmp")


def nama_tampil(path: Path) -> str:
    """How a data file is named in messages: relative to the working folder where it lies below it.

    Only its folder is resolved: a file that is a symbolic link is named as the user sees it, not
    by where the link leads (and a looping link is no RecursionError or RuntimeError).
    """
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def periksa_berkas_yaml(path: Path, folder: Path, nama: str) -> None:
    """A data file found by its name (``lkj.yaml``, ``kabupaten.yaml``) must be a regular file in ``folder``.

    A folder, a pipe or a device of that name, a broken or looping symbolic link, and a link that
    leads out of ``folder`` are each a galat, never skipped silently nor read: the data a folder
    describes is what lies in it, and a link to a file elsewhere (another kecamatan's data, a
    system file) would be read and quoted in messages. A link to another file inside the folder
    is followed. ``nama`` names the file in messages.
    """
    lokasi = Lokasi(nama)
    if path.is_symlink():
        try:
            nyata = path.resolve(strict=True)
        except RuntimeError:  # a loop (Python before 3.13)
            nyata = None
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise DataError("tautan simbolis ini tidak menunjuk ke berkas yang ada; hapus atau perbaiki tautannya",
                                lokasi) from None
            nyata = None
        if nyata is None:
            raise DataError("tautan simbolis ini berputar (menunjuk ke dirinya sendiri); ganti dengan berkas aslinya",
                            lokasi)
        if not nyata.is_relative_to(folder.resolve()):
            raise DataError("tautan simbolis ini menunjuk ke luar folder data; salin berkasnya ke folder ini "
                            "(berkas di luar folder data tidak dibaca)", lokasi)
    if path.is_file():
        return
    if path.is_dir():
        raise DataError("harus berupa berkas YAML, bukan folder; pindahkan isinya atau ganti nama folder ini", lokasi)
    if not path.exists():
        raise DataError("berkas tidak ditemukan", lokasi)
    raise DataError("bukan berkas biasa (mis. pipa atau perangkat); simpan datanya sebagai berkas YAML", lokasi)


def berkas_di_folder(nama: str, folder: Path, lokasi: Lokasi, apa: str, *, akhiran: tuple[str, ...],
                     jenis: str) -> Path:
    """The file ``nama`` names, relative to ``folder``; it must lie inside ``folder``.

    ``apa`` names the file in messages ("logo", "bagan organisasi"); ``akhiran`` are the accepted
    suffixes (lower case, with the dot) and ``jenis`` says what they are ("gambar PNG atau JPG").
    """
    jalur = PurePath(nama)
    if jalur.is_absolute() or PurePath(nama.replace("\\", "/")).is_absolute() or ":" in jalur.parts[0]:
        raise DataError(f"{apa} harus ditulis relatif terhadap folder data, misalnya {jalur.name or 'gambar.png'}, "
                        "bukan jalur lengkap; salin berkasnya ke folder data", lokasi)
    if ".." in jalur.parts or ".." in PurePath(nama.replace("\\", "/")).parts:
        raise DataError(f"{apa} harus berada di dalam folder data; '..' (folder di atasnya) tidak boleh dipakai. "
                        "Salin berkasnya ke folder data", lokasi)
    if jalur.suffix.lower() not in akhiran:
        raise DataError(f"{apa} harus berupa {jenis}, bukan '{jalur.suffix or jalur.name}'", lokasi)
    path = folder / jalur
    asli = folder.resolve()
    try:
        nyata = path.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        raise DataError(f"{apa} '{nama}' adalah tautan simbolis yang berputar; ganti dengan berkas aslinya",
                        lokasi) from None
    if not nyata.is_relative_to(asli):
        raise DataError(f"{apa} '{nama}' menunjuk ke luar folder data (melalui tautan simbolis); salin berkas "
                        "aslinya ke folder data", lokasi)
    if not nyata.exists():
        raise DataError(f"berkas {apa} '{nama}' tidak ditemukan di {folder}", lokasi)
    if nyata.is_dir():
        raise DataError(f"{apa} '{nama}' berupa folder, bukan berkas", lokasi)
    if not nyata.is_file():
        raise DataError(f"{apa} '{nama}' bukan berkas biasa (mis. pipa atau perangkat)", lokasi)
    ukuran = nyata.stat().st_size
    if ukuran > BATAS_BITA:
        raise DataError(f"berkas {apa} terlalu besar ({_mb(ukuran)}; paling besar {_mb(BATAS_BITA)})", lokasi)
    return nyata


def periksa_gambar(path: Path, lokasi: Lokasi, apa: str) -> Path:
    """``path`` if it is an image Word can embed: decoded in full, at least 1×1, at most BATAS_PIKSEL."""
    stat = path.stat()
    masalah = _masalah_gambar(path, stat.st_mtime_ns, stat.st_size)
    if masalah:
        raise DataError(f"{apa} {masalah}", lokasi)
    return path


@functools.lru_cache(maxsize=64)
def _masalah_gambar(path: Path, _diubah: int, _ukuran: int) -> str | None:
    """What is wrong with the image at ``path`` (None: nothing); cached while the file is unchanged."""
    from PIL import Image  # Pillow only when a data set names an image

    rusak = "bukan gambar yang dapat dibaca (rusak, terpotong, atau bukan gambar); simpan ulang sebagai PNG atau JPG"
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as gambar:
                lebar, tinggi = gambar.size
                if gambar.format not in FORMAT_GAMBAR:
                    return f"berformat {gambar.format}, yang tidak dapat dimuat di Word; simpan ulang sebagai PNG atau JPG"
                if lebar < 1 or tinggi < 1:
                    return f"berukuran {lebar}×{tinggi} piksel; simpan ulang gambarnya"
                if lebar * tinggi > BATAS_PIKSEL:
                    return (f"terlalu besar ({lebar}×{tinggi} piksel; paling banyak {BATAS_PIKSEL // 1_000_000} "
                            "juta piksel); perkecil gambarnya")
                gambar.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return f"terlalu besar (lebih dari {BATAS_PIKSEL // 1_000_000} juta piksel); perkecil gambarnya"
        except (OSError, SyntaxError, ValueError, EOFError, Image.UnidentifiedImageError):
            return rusak
    return None
