"""Build every kecamatan of a kabupaten folder, in parallel across the machine's cores.

One kecamatan's bad data does not stop the others: it is reported, nothing of it is written, and
the summary says that something failed. Each worker process prepares the templates once and
reuses them for every kecamatan it builds.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from doctools.errors import DocToolsError
from doctools.model.kabupaten import NAMA_BERKAS

if TYPE_CHECKING:
    from doctools.reviu import PengaturanReviu


@dataclass(frozen=True)
class HasilKecamatan:
    """What happened to one kecamatan folder."""

    folder: Path
    berkas: tuple[Path, ...] = ()
    peringatan: tuple[str, ...] = ()
    galat: tuple[str, ...] = ()
    detik: float = 0.0

    @property
    def berhasil(self) -> bool:
        return not self.galat


@dataclass
class Ringkasan:
    """The whole batch: per-kecamatan results and the elapsed time."""

    hasil: list[HasilKecamatan] = field(default_factory=list)
    detik: float = 0.0

    @property
    def jumlah_berkas(self) -> int:
        return sum(len(h.berkas) for h in self.hasil)

    @property
    def gagal(self) -> list[HasilKecamatan]:
        return [h for h in self.hasil if not h.berhasil]


def adalah_kabupaten(folder: Path) -> bool:
    """A kabupaten folder is recognised by its ``kabupaten.yaml``."""
    return (folder / NAMA_BERKAS).is_file()


def daftar_kecamatan(folder: Path) -> list[Path]:
    """Sub-folders holding a kecamatan's ``instansi.yaml``, in name order."""
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "instansi.yaml").is_file())


def bangun_kecamatan(folder: Path, keluar: Path, pengaturan: PengaturanReviu | None = None) -> HasilKecamatan:
    """Review, then build one kecamatan into ``keluar/<folder name>``; errors become the result.

    The reviu runs here, in the worker, and the documents it composed are the ones rendered.
    """
    from doctools.build import tulis_dokumen
    from doctools.reviu import baris_temuan, periksa_folder

    mulai = time.perf_counter()
    laporan = periksa_folder(folder, pengaturan)
    peringatan = tuple(baris_temuan(t).removeprefix("peringatan: ") for t in laporan.temuan
                       if t.tingkat == "peringatan")
    if laporan.data is None or laporan.galat:
        galat = tuple(baris_temuan(t).removeprefix("galat: ") for t in laporan.temuan if t.tingkat == "galat")
        return HasilKecamatan(folder, (), peringatan, galat, time.perf_counter() - mulai)
    try:
        hasil = tulis_dokumen(laporan.dokumen, keluar / folder.resolve().name)
    except DocToolsError as exc:
        return HasilKecamatan(folder, (), peringatan, tuple(str(exc).splitlines()), time.perf_counter() - mulai)
    return HasilKecamatan(folder, tuple(h.path for h in hasil), peringatan, detik=time.perf_counter() - mulai)


def _jalankan(args: tuple[Path, Path, PengaturanReviu | None]) -> HasilKecamatan:
    return bangun_kecamatan(*args)


def jumlah_inti() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def bangun_kabupaten(folder: Path, keluar: Path, *, jobs: int | None = None,
                     pengaturan: PengaturanReviu | None = None,
                     saat_selesai: Callable[[HasilKecamatan], None] | None = None) -> Ringkasan:
    """Build every kecamatan of ``folder`` into ``keluar/<kabupaten>/<kecamatan>/``.

    ``jobs`` worker processes (default: all cores); ``saat_selesai`` is called as each finishes.
    """
    mulai = time.perf_counter()
    kecamatan = daftar_kecamatan(folder)
    tujuan = keluar / folder.resolve().name
    ringkasan = Ringkasan()
    jobs = max(1, min(jobs or jumlah_inti(), len(kecamatan) or 1))
    for hasil in _urutan(kecamatan, tujuan, jobs, pengaturan):
        ringkasan.hasil.append(hasil)
        if saat_selesai is not None:
            saat_selesai(hasil)
    ringkasan.hasil.sort(key=lambda h: h.folder.name)
    ringkasan.detik = time.perf_counter() - mulai
    return ringkasan


def _urutan(kecamatan: list[Path], tujuan: Path, jobs: int,
            pengaturan: PengaturanReviu | None) -> Iterator[HasilKecamatan]:
    if jobs == 1:
        for folder in kecamatan:
            yield bangun_kecamatan(folder, tujuan, pengaturan)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_jalankan, (folder, tujuan, pengaturan)) for folder in kecamatan]
        for future in as_completed(futures):
            yield future.result()
