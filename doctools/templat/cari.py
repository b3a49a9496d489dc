"""Which Word file a document kind or a shared part is read from.

A kecamatan's own ``templat/`` folder comes first, then the ``templat/`` folder of the kabupaten
folder it sits in, then the templates doctools ships (``templates_docx/`` for document kinds,
``templates_docx/bagian/`` for the shared parts). Each file is looked up on its own, so a
kabupaten may replace only its kop and keep every other built-in template.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from doctools import sumber
from doctools.errors import TemplateError
from doctools.model.kabupaten import berkas_kabupaten

FOLDER_TEMPLAT = "templat"
"""The folder, inside a kecamatan or kabupaten folder, that holds its own templates."""

FOLDER_BAGIAN = "bagian"
"""The folder of the shipped shared parts, inside ``templates_docx/``."""

BAGIAN: dict[str, str] = {
    "kop": "kop surat: pemerintah, kecamatan, alamat, kontak, logo dan garis di bawahnya",
    "tanda-tangan": "tanda tangan Camat (keputusan, Lampiran keputusan, LKj)",
    "tanda-tangan-berdampingan": "dua tanda tangan berdampingan: Pihak Kedua dan Pihak Pertama (Perjanjian Kinerja)",
    "kepala-lampiran": "kepala Lampiran keputusan: LAMPIRAN, judul, NOMOR, TANGGAL, TENTANG",
}
"""The shared parts a template inserts with ``{%p include "<nama>" %}``, and what each holds."""


def folder_templat(folder_data: Path) -> tuple[Path, ...]:
    """The override folders of a kecamatan folder, most specific first (existing or not)."""
    folder = folder_data.resolve()
    hasil = [folder / FOLDER_TEMPLAT]
    if berkas_kabupaten(folder) is not None:
        hasil.append(folder.parent / FOLDER_TEMPLAT)
    return tuple(hasil)


def folder_bawaan() -> Path:
    """The shipped templates (``templates_docx/``)."""
    return sumber.folder_templat()


@dataclass(frozen=True)
class CariTemplat:
    """Looks up a kecamatan's templates: its override folders first, then the built-in ones.

    ``bawaan`` is the folder of the built-in document templates (its ``bagian/`` holds the
    shared parts); None means the shipped ``templates_docx/``.
    """

    folder: tuple[Path, ...] = ()
    bawaan: Path | None = None

    @property
    def folder_bawaan(self) -> Path:
        return self.bawaan if self.bawaan is not None else folder_bawaan()

    def _sendiri(self, nama_berkas: str) -> Path | None:
        for folder in self.folder:
            calon = folder / nama_berkas
            if calon.is_file():
                return calon
        return None

    def dokumen(self, nama_berkas: str) -> Path:
        """The template of a document kind (``keputusan-iku.docx``); it may not exist (render says so)."""
        return self._sendiri(nama_berkas) or self.folder_bawaan / nama_berkas

    def bagian(self, nama: str) -> Path:
        """The file of a shared part (``kop`` → ``templat/kop.docx`` or the built-in one)."""
        if nama not in BAGIAN:
            saran = difflib.get_close_matches(nama, BAGIAN, n=1)
            petunjuk = f"; maksudnya \"{saran[0]}\"?" if saran else f"; yang ada: {', '.join(BAGIAN)}"
            raise TemplateError(f"bagian \"{nama}\" tidak dikenal{petunjuk}")
        berkas = f"{nama}.docx"
        path = self._sendiri(berkas) or self.folder_bawaan / FOLDER_BAGIAN / berkas
        if not path.is_file():
            raise TemplateError(f"templat bagian tidak ditemukan: {path}")
        return path

    def sendiri(self, nama_berkas: str) -> bool:
        """True when the file comes from a kecamatan's or kabupaten's own folder."""
        return self._sendiri(nama_berkas) is not None


def berkas_bawaan(bawaan: Path | None = None) -> dict[str, Path]:
    """Every shipped template by its name without ``.docx``: document kinds and shared parts."""
    akar = bawaan if bawaan is not None else folder_bawaan()
    hasil = {p.stem: p for p in sorted(akar.glob("*.docx"))}
    hasil.update({nama: akar / FOLDER_BAGIAN / f"{nama}.docx" for nama in BAGIAN})
    return hasil


def abaikan(path: Path) -> bool:
    """Files an office suite leaves beside an open document (``~$kop.docx``, ``.~lock.kop.docx#``)."""
    return path.name.startswith(("~$", ".~lock.", ".")) or path.is_dir()
