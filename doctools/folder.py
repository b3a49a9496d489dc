"""How data folders are laid out: a kabupaten folder and the kecamatan folders inside it.

The command line, the batch and the reviu all ask these questions; they live here, below all
three, so that none of them imports another to find out.
"""

from __future__ import annotations

from pathlib import Path

from doctools.model.kabupaten import NAMA_BERKAS

BERKAS_KECAMATAN = "instansi.yaml"
"""The file that makes a folder a kecamatan's data set."""
NAMA_PROVINSI = "provinsi.yaml"
"""The file that makes a folder a province: a folder of kabupaten folders."""


def adalah_kabupaten(folder: Path) -> bool:
    """A kabupaten folder is recognised by its ``kabupaten.yaml``."""
    berkas = folder / NAMA_BERKAS
    return berkas.exists() or berkas.is_symlink()  # a folder or a broken link of that name: reported by each kecamatan


def daftar_kecamatan(folder: Path) -> list[Path]:
    """Sub-folders holding a kecamatan's ``instansi.yaml``, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / BERKAS_KECAMATAN).is_file())


def adalah_provinsi(folder: Path) -> bool:
    """A province folder is recognised by its ``provinsi.yaml``; its kabupaten folders sit under it."""
    return (folder / NAMA_PROVINSI).is_file()


def daftar_kabupaten(folder: Path) -> list[Path]:
    """Sub-folders holding a ``kabupaten.yaml``, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and adalah_kabupaten(p))
