"""Errors a user can act on.

Every error the toolkit raises for bad input is a :class:`DocToolsError`. Its message is a
single line in Bahasa Indonesia; when the problem sits in a data file it names the file, the
line and the field path, so the CLI can print it as it is, without a traceback.

    DocToolsError
     ├── DataError        bad data: YAML syntax, a missing or wrong field, a broken rule
     │    └── KumpulanGalat  several of them, found in one run
     ├── TemplateError    a template that is missing, broken, or asks for unknown data
     ├── RenderError      rendering failed (a tag left in the output, an unwritable file)
     └── ConversionError  the PDF conversion through LibreOffice failed or is unavailable
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


@dataclass(frozen=True)
class Lokasi:
    """Where a value came from: file, 1-based line, and the field path inside the data."""

    berkas: str | None = None
    baris: int | None = None
    kolom: str | None = None

    def __str__(self) -> str:
        bagian = []
        if self.berkas:
            bagian.append(self.berkas if self.baris is None else f"{self.berkas}:{self.baris}")
        if self.kolom:
            bagian.append(f"kolom '{self.kolom}'")
        return ", ".join(bagian)


class DocToolsError(Exception):
    """Base of every error meant for the user; ``exit_code`` is what the CLI exits with."""

    exit_code: int = 1

    def __init__(self, pesan: str, lokasi: Lokasi | None = None) -> None:
        self.pesan = pesan
        self.lokasi = lokasi
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.lokasi and str(self.lokasi):
            return f"{self.lokasi}: {self.pesan}"
        return self.pesan


class DataError(DocToolsError):
    """The user's data is wrong: syntax, a missing field, a wrong type or a broken rule."""

    exit_code = 2


class KumpulanGalat(DataError):
    """Several data errors found at once; each is printed on its own line."""

    def __init__(self, galat: list[DataError]) -> None:
        self.galat = galat
        super().__init__("\n".join(str(g) for g in galat))

    def __str__(self) -> str:
        return "\n".join(str(g) for g in self.galat)


class TemplateError(DocToolsError):
    """A Word template is missing, unreadable, or uses data the document does not provide."""

    exit_code = 3


class RenderError(DocToolsError):
    """Rendering or writing a document failed."""

    exit_code = 4


class ConversionError(DocToolsError):
    """Converting to PDF failed; the .docx files that were written stay."""

    exit_code = 5


_SEBAB_OS = {
    errno.ENOENT: "tidak ditemukan",
    errno.EACCES: "tidak ada izin untuk membukanya",
    errno.EPERM: "tidak ada izin untuk membukanya",
    errno.EISDIR: "berupa folder, bukan berkas",
    errno.ENOTDIR: "salah satu folder di jalurnya berupa berkas",
    errno.ELOOP: "tautan simbolisnya berputar",
    errno.ENAMETOOLONG: "namanya terlalu panjang",
    errno.ENOSPC: "disk penuh",
    errno.EROFS: "disk hanya dapat dibaca",
    errno.EMFILE: "terlalu banyak berkas terbuka",
    errno.EIO: "kesalahan baca/tulis disk",
    errno.EBUSY: "sedang dipakai program lain",
    errno.ETXTBSY: "sedang dipakai program lain",
    errno.EFBIG: "berkas terlalu besar untuk sistem berkas ini",
    errno.ENOEXEC: "bukan program yang dapat dijalankan",
}


def sebab_os(exc: OSError) -> str:
    """Why the operating system refused a file, in Bahasa Indonesia (``strerror`` is English).

    An uncommon reason is named by its code, never by the OS's English text.
    """
    return _SEBAB_OS.get(exc.errno or -1, f"kesalahan sistem berkas (kode {exc.errno})" if exc.errno else
                         "kesalahan sistem berkas")
