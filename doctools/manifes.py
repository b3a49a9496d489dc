"""Which kecamatan of a batch changed since the last build: fingerprints kept beside the outputs.

A batch build writes, in each kabupaten's output folder, a small JSON manifest with one entry per
kecamatan built: the SHA-256 of every file its documents were made from (its data files, the files
they name — survey and budget exports, logo, bagan — the kabupaten's ``kabupaten.yaml`` and
``peraturan.yaml``, and the Word templates of its own and its kabupaten's ``templat/`` folders),
the names of its data files and own templates (a new one counts as a change), the names of the
other kecamatan (the reviu checks that a document names no other kecamatan), the toolkit (its
version, code, templates and built-in catalogs), the reviu settings, and the SHA-256 of every
document written (and of its PDF, once converted). The next build skips a kecamatan whose entry
still matches all of that: nothing it depends on changed and its documents are still there,
unaltered. Anything unreadable or unexpected in the manifest simply means "build it again".
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from doctools.model.kabupaten import NAMA_BERKAS as BERKAS_KABUPATEN

if TYPE_CHECKING:
    from doctools.model import DataKecamatan

NAMA_MANIFES = ".doctools-manifes.json"
FORMAT = 1
AKHIRAN_DATA = (".yaml", ".yml")
_PAKET = Path(__file__).resolve().parent


def sidik_berkas(path: Path) -> str | None:
    """SHA-256 of a file's bytes; None when it is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def sidik_teks(*bagian: object) -> str:
    return hashlib.sha256(repr(bagian).encode("utf-8")).hexdigest()


@functools.cache
def sidik_alat() -> str:
    """The toolkit itself: its version, code, templates and built-in catalogs (once per process)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        versi = version("doctools")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        versi = "?"
    from doctools import sumber

    h = hashlib.sha256(versi.encode())
    berkas: set[tuple[str, Path]] = set()
    for folder in (_PAKET, sumber.folder_templat(), sumber.folder(sumber.PAKET_KATALOG)):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                berkas.add((f"{folder.name}/{path.relative_to(folder).as_posix()}", path))
    for nama, path in sorted(berkas):
        h.update(nama.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def berkas_data(folder: Path) -> list[str]:
    """The names of the data files directly in a kecamatan folder (sorted)."""
    try:
        return sorted(p.name for p in folder.iterdir() if p.suffix in AKHIRAN_DATA and p.is_file())
    except OSError:
        return []


def berkas_bersama(folder: Path) -> list[Path]:
    """The kabupaten's files every kecamatan of ``folder``'s parent reads."""
    induk = folder.resolve().parent
    return [p for p in (induk / BERKAS_KABUPATEN, induk / "peraturan.yaml") if p.is_file()]


def berkas_templat(folder: Path) -> list[Path]:
    """The Word templates of the kecamatan's and kabupaten's own ``templat/`` folders (sorted)."""
    from doctools.errors import DocToolsError
    from doctools.templat.cari import abaikan, folder_templat

    try:
        folder_sendiri = folder_templat(folder)
    except DocToolsError:  # e.g. a folder named kabupaten.yaml: the reviu reports it, nothing is recorded
        return []
    hasil: list[Path] = []
    for f in folder_sendiri:
        try:
            hasil += sorted(p for p in f.glob("*.docx") if not abaikan(p) and p.is_file())
        except OSError:
            continue
    return hasil


def berkas_rujukan(data: DataKecamatan) -> list[Path]:
    """Files the data names (logo, bagan, survey and budget exports), resolved as the documents read them."""
    nama: list[str | None] = [data.instansi.logo]
    if data.lkj is not None:
        nama += [data.lkj.organisasi.bagan, data.lkj.anggaran.berkas,
                 data.lkj.skm.berkas if data.lkj.skm is not None else None]
    return [(data.folder / n).resolve() for n in nama if n]


def sidik_masukan(paths: Iterable[Path]) -> dict[str, str | None]:
    return {str(p.resolve()): sidik_berkas(p) for p in paths}


@dataclass
class Catatan:
    """The manifest entry of one kecamatan."""

    alat: str
    pengaturan: str
    saudara: str
    data: list[str]
    masukan: dict[str, str | None]
    keluaran: dict[str, str]
    """Document file name → SHA-256, PDFs included once converted."""
    peringatan: list[str] = field(default_factory=list)
    templat: list[str] = field(default_factory=list)
    """The kecamatan's and kabupaten's own templates (a new one counts as a change)."""

    @classmethod
    def dari_json(cls, isi: Any) -> Catatan | None:
        try:
            catatan = cls(**isi)
        except TypeError:
            return None
        ok = all(isinstance(getattr(catatan, k), str) for k in ("alat", "pengaturan", "saudara")) and \
            isinstance(catatan.data, list) and isinstance(catatan.masukan, dict) and \
            isinstance(catatan.keluaran, dict) and isinstance(catatan.peringatan, list) and \
            isinstance(catatan.templat, list)
        return catatan if ok else None


def muat(folder_keluar: Path) -> dict[str, Catatan]:
    """The entries of the manifest in ``folder_keluar``, by kecamatan folder name (empty when none or unreadable)."""
    try:
        isi = json.loads((folder_keluar / NAMA_MANIFES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(isi, dict) or isi.get("format") != FORMAT or not isinstance(isi.get("kecamatan"), dict):
        return {}
    hasil = {}
    for nama, entri in isi["kecamatan"].items():
        catatan = Catatan.dari_json(entri) if isinstance(entri, dict) else None
        if catatan is not None:
            hasil[nama] = catatan
    return hasil


def isi_manifes(catatan: Mapping[str, Catatan]) -> bytes:
    """The manifest's bytes (sorted, so an unchanged batch rewrites the same file)."""
    isi = {"format": FORMAT, "kecamatan": {k: asdict(catatan[k]) for k in sorted(catatan)}}
    return (json.dumps(isi, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def tidak_berubah(catatan: Catatan | None, folder: Path, tujuan: Path, *, alat: str, pengaturan: str,
                  saudara: str, pdf: bool) -> bool:
    """Whether the kecamatan in ``folder``, last built into ``tujuan``, may be skipped."""
    if catatan is None or (catatan.alat, catatan.pengaturan, catatan.saudara) != (alat, pengaturan, saudara):
        return False
    if not catatan.keluaran or catatan.data != berkas_data(folder):
        return False
    if catatan.templat != [str(p) for p in berkas_templat(folder)]:
        return False
    if any(sidik_berkas(Path(p)) != h for p, h in catatan.masukan.items()):
        return False
    if pdf and any(f"{Path(n).stem}.pdf" not in catatan.keluaran for n in catatan.keluaran if n.endswith(".docx")):
        return False
    return all(sidik_berkas(tujuan / nama) == h for nama, h in catatan.keluaran.items())


__all__ = [
    "NAMA_MANIFES", "Catatan", "berkas_bersama", "berkas_data", "berkas_rujukan", "isi_manifes", "muat",
    "sidik_alat", "sidik_berkas", "sidik_masukan", "sidik_teks", "tidak_berubah",
]
