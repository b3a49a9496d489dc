"""Build every kecamatan of a kabupaten folder, in parallel across the machine's cores.

One kecamatan's failure does not stop the others, whatever its kind (bad data, a template, a disk
error, a fault of the toolkit, a worker process that died): it is reported for that kecamatan,
nothing of it is written, and the summary says that something failed. Each worker process prepares the templates once and
reuses them for every kecamatan it builds.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from doctools.errors import DataError, DocToolsError
from doctools.folder import daftar_kecamatan
from doctools.sinyal import pasang_penghenti

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
    kode_keluar: int = 0
    """The exit status this kecamatan alone would give (0 when it was built)."""
    jejak: str | None = None
    """The traceback of an unexpected error, shown with ``--debug``."""

    @property
    def berhasil(self) -> bool:
        return not self.galat


@dataclass
class Ringkasan:
    """The whole batch: per-kecamatan results and the elapsed time."""

    hasil: list[HasilKecamatan] = field(default_factory=list)
    detik: float = 0.0
    dibatalkan: bool = False
    """The user interrupted the batch: the kecamatan not in ``hasil`` were not built."""
    kode_batal: int = 130
    """The exit status of the interruption (130 Ctrl-C, 143 SIGTERM)."""

    @property
    def jumlah_berkas(self) -> int:
        return sum(len(h.berkas) for h in self.hasil)

    @property
    def gagal(self) -> list[HasilKecamatan]:
        return [h for h in self.hasil if not h.berhasil]

    @property
    def kode_keluar(self) -> int:
        """The highest exit status of the failed kecamatan (0 when none failed)."""
        return max((h.kode_keluar for h in self.gagal), default=0)


def bangun_kecamatan(folder: Path, keluar: Path, pengaturan: PengaturanReviu | None = None) -> HasilKecamatan:
    """Review, then build one kecamatan into ``keluar/<folder name>``; every error becomes the result.

    The reviu runs here, in the worker, and the documents it composed are the ones rendered. An
    unexpected error (a fault of the toolkit, not of the data) is reported for this kecamatan too:
    it must not stop the others.
    """
    mulai = time.perf_counter()
    try:
        return _bangun_kecamatan(folder, keluar, pengaturan, mulai)
    except Exception as exc:  # noqa: BLE001 - one kecamatan's fault must not abort the batch
        return HasilKecamatan(folder, galat=(pesan_tak_terduga(exc, folder),), detik=time.perf_counter() - mulai,
                              kode_keluar=1, jejak=traceback.format_exc())


def pesan_tak_terduga(exc: BaseException, folder: Path) -> str:
    """One line for an error the toolkit did not expect (its own text shortened: it may quote a file)."""
    teks = " ".join(str(exc).split())
    teks = f": {teks[:120]}{'…' if len(teks) > 120 else ''}" if teks else ""
    return (f"kesalahan tak terduga ({type(exc).__name__}{teks}); tidak ada dokumen kecamatan ini yang ditulis. "
            f"Rinciannya: doctools --debug build {folder}")


def _bangun_kecamatan(folder: Path, keluar: Path, pengaturan: PengaturanReviu | None,
                      mulai: float) -> HasilKecamatan:
    from doctools.build import tulis_dokumen
    from doctools.reviu import baris_temuan, periksa_folder

    laporan = periksa_folder(folder, pengaturan)
    peringatan = tuple(baris_temuan(t).removeprefix("peringatan: ") for t in laporan.temuan
                       if t.tingkat == "peringatan")
    if laporan.data is None or laporan.galat:
        galat = tuple(baris_temuan(t).removeprefix("galat: ") for t in laporan.temuan if t.tingkat == "galat")
        kode = laporan.kode_keluar if laporan.data is not None else DataError.exit_code
        return HasilKecamatan(folder, (), peringatan, galat, time.perf_counter() - mulai, kode)
    try:
        hasil = tulis_dokumen(laporan.dokumen, keluar / folder.resolve().name)
    except DocToolsError as exc:
        return HasilKecamatan(folder, (), peringatan, tuple(str(exc).splitlines()), time.perf_counter() - mulai,
                              exc.exit_code)
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
    Every kecamatan gets a result, whatever went wrong with it; an interruption (Ctrl-C) ends the
    batch with the results so far and ``dibatalkan`` set.
    """
    mulai = time.perf_counter()
    kecamatan = daftar_kecamatan(folder)
    tujuan = keluar / folder.resolve().name
    ringkasan = Ringkasan()
    jobs = max(1, min(jobs or jumlah_inti(), len(kecamatan) or 1))
    try:
        for hasil in _urutan(kecamatan, tujuan, jobs, pengaturan):
            ringkasan.hasil.append(hasil)
            if saat_selesai is not None:
                saat_selesai(hasil)
    except KeyboardInterrupt as exc:
        ringkasan.dibatalkan = True
        ringkasan.kode_batal = getattr(exc, "kode_keluar", 130)
    ringkasan.hasil.sort(key=lambda h: h.folder.name)
    ringkasan.detik = time.perf_counter() - mulai
    return ringkasan


def _urutan(kecamatan: list[Path], tujuan: Path, jobs: int,
            pengaturan: PengaturanReviu | None) -> Iterator[HasilKecamatan]:
    if jobs == 1:
        for folder in kecamatan:
            yield bangun_kecamatan(folder, tujuan, pengaturan)
        return
    terhenti: list[Path] = []
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=pasang_penghenti)
    try:
        futures = {pool.submit(_jalankan, (folder, tujuan, pengaturan)): folder for folder in kecamatan}
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                terhenti.append(futures[future])
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                yield HasilKecamatan(futures[future], galat=(pesan_tak_terduga(exc, futures[future]),), kode_keluar=1)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    # A worker died (out of memory, killed): every kecamatan it took down with it is tried again
    # alone, so only the one that kills its worker again is reported.
    for folder in sorted(terhenti):
        yield _sendiri(folder, tujuan, pengaturan)


def _sendiri(folder: Path, tujuan: Path, pengaturan: PengaturanReviu | None) -> HasilKecamatan:
    """Build one kecamatan in a process of its own; its death is this kecamatan's failure."""
    with ProcessPoolExecutor(max_workers=1, initializer=pasang_penghenti) as pool:
        try:
            return pool.submit(_jalankan, (folder, tujuan, pengaturan)).result()
        except BrokenProcessPool:
            return HasilKecamatan(folder, galat=(
                "proses yang menyusun kecamatan ini berhenti tiba-tiba (misalnya kehabisan memori atau dihentikan "
                "sistem); tidak ada dokumen kecamatan ini yang ditulis. Coba lagi dengan 'doctools --debug build "
                f"{folder}'",), kode_keluar=1)
