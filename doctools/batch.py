"""Build every kecamatan of a kabupaten folder (or of every kabupaten of a province), in parallel.

One kecamatan's failure does not stop the others, whatever its kind (bad data, a template, a disk
error, a fault of the toolkit, a worker process that died): it is reported for that kecamatan,
nothing of it is written, and the summary says that something failed. Each worker process prepares the templates once and
reuses them for every kecamatan it builds.

A kecamatan whose data, shared files and toolkit are unchanged since the last build, and whose
documents are still there unaltered, is skipped (:mod:`doctools.manifes`); ``semua`` builds every
kecamatan again. The kecamatan of all the kabupaten of a province share one pool of workers.
"""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from doctools import manifes
from doctools.errors import DataError, DocToolsError, Lokasi, sebab_os
from doctools.folder import NAMA_PROVINSI, daftar_kabupaten, daftar_kecamatan
from doctools.manifes import Catatan
from doctools.sinyal import pasang_penghenti
from doctools.tulis import tulis_semua

if TYPE_CHECKING:
    from doctools.reviu import PengaturanReviu

KOLOM_PROVINSI = ("nama",)


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
    catatan: Catatan | None = None
    """Its manifest entry (what it was built from and what was written), when it was built."""
    dilewati: bool = False
    """Nothing changed since the last build: not built again, its documents are those of that build."""
    wilayah: str = ""
    """The kabupaten folder's name, in a province run."""

    @property
    def berhasil(self) -> bool:
        return not self.galat

    @property
    def nama(self) -> str:
        """How the reports name it: ``kecamatan`` or, in a province run, ``kabupaten/kecamatan``."""
        return f"{self.wilayah}/{self.folder.name}" if self.wilayah else self.folder.name


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
        """Documents written by this run (those of skipped kecamatan are not counted)."""
        return sum(len(h.berkas) for h in self.hasil if not h.dilewati)

    @property
    def dilewati(self) -> list[HasilKecamatan]:
        return [h for h in self.hasil if h.dilewati]

    @property
    def gagal(self) -> list[HasilKecamatan]:
        return [h for h in self.hasil if not h.berhasil]

    @property
    def kode_keluar(self) -> int:
        """The highest exit status of the failed kecamatan (0 when none failed)."""
        return max((h.kode_keluar for h in self.gagal), default=0)


def periksa_provinsi(folder: Path) -> None:
    """``provinsi.yaml`` may be empty or name the province; anything else is a galat at its line."""
    import difflib

    from doctools.load import muat_berkas
    from doctools.model.dataset import _nama_tampil

    path = folder / NAMA_PROVINSI
    nama = _nama_tampil(path)
    data, peta = muat_berkas(path, nama)
    if data is None:
        return
    if not isinstance(data, dict):
        raise DataError("isi provinsi.yaml harus berupa kumpulan kolom (nama: nilai), misalnya 'nama: Jawa Timur'",
                        Lokasi(nama, 1))
    for kunci in data:
        if kunci not in KOLOM_PROVINSI:
            saran = difflib.get_close_matches(str(kunci), KOLOM_PROVINSI, n=1)
            petunjuk = f"; maksudnya '{saran[0]}'?" if saran else "; yang dikenal hanya 'nama'"
            raise DataError(f"kolom tidak dikenal di provinsi.yaml{petunjuk} (pengaturan bersama ditulis di "
                            "kabupaten.yaml setiap kabupaten)", peta.lokasi((kunci,)))
    if not daftar_kabupaten(folder):
        raise DataError("folder provinsi tidak berisi subfolder kabupaten (dengan kabupaten.yaml)", Lokasi(nama))


def bangun_kecamatan(folder: Path, keluar: Path, pengaturan: PengaturanReviu | None = None) -> HasilKecamatan:
    """Review, then build one kecamatan into ``keluar/<folder name>``; every error becomes the result.

    The build path is :func:`doctools.build.susun_folder`'s, in the worker: the reviu gates it. An
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
    """One line for an error the toolkit did not expect: its kind, never its own text.

    An unexpected error's text may quote what it was reading (a line of a file, a value), and a
    file in a data folder may be anything; the details are one ``--debug`` away, asked for by the
    user. An OS error's reason is said in Bahasa Indonesia, which names no content.
    """
    sebab = f": {sebab_os(exc)}" if isinstance(exc, OSError) else ""
    return (f"kesalahan tak terduga ({type(exc).__name__}{sebab}); tidak ada dokumen kecamatan ini yang ditulis. "
            f"Rinciannya: doctools --debug build {folder}")


def _bangun_kecamatan(folder: Path, keluar: Path, pengaturan: PengaturanReviu | None,
                      mulai: float) -> HasilKecamatan:
    from doctools.build import susun_folder
    from doctools.reviu import baris_temuan, nama_saudara, pengaturan_bawaan

    # the data files are fingerprinted before they are read: an edit during the build is seen next time
    data = manifes.berkas_data(folder)
    templat = manifes.berkas_templat(folder)
    masukan = manifes.sidik_masukan([folder / n for n in data] + manifes.berkas_bersama(folder) + templat)
    susunan = susun_folder(folder, pengaturan)
    laporan = susunan.laporan
    peringatan = tuple(baris_temuan(t).removeprefix("peringatan: ") for t in laporan.temuan
                       if t.tingkat == "peringatan")
    if not susunan.lulus:
        galat = tuple(baris_temuan(t).removeprefix("galat: ") for t in laporan.temuan if t.tingkat == "galat")
        return HasilKecamatan(folder, (), peringatan, galat, time.perf_counter() - mulai, laporan.kode_keluar)
    try:
        hasil = susunan.tulis(keluar / folder.resolve().name)
    except DocToolsError as exc:
        return HasilKecamatan(folder, (), peringatan, tuple(str(exc).splitlines()), time.perf_counter() - mulai,
                              exc.exit_code)
    assert laporan.data is not None  # the reviu passed: the data loaded
    masukan.update(manifes.sidik_masukan(manifes.berkas_rujukan(laporan.data)))
    catatan = Catatan(alat=manifes.sidik_alat(), pengaturan=manifes.sidik_teks(pengaturan or pengaturan_bawaan()),
                      saudara=manifes.sidik_teks(nama_saudara(folder)), data=data, masukan=masukan,
                      keluaran={h.path.name: h.sidik for h in hasil}, peringatan=list(peringatan),
                      templat=[str(p) for p in templat])
    return HasilKecamatan(folder, tuple(h.path for h in hasil), peringatan, detik=time.perf_counter() - mulai,
                          catatan=catatan)


def _jalankan(args: tuple[Path, Path, PengaturanReviu | None]) -> HasilKecamatan:
    return bangun_kecamatan(*args)


def jumlah_inti() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def bangun_kabupaten(folder: Path, keluar: Path, *, jobs: int | None = None,
                     pengaturan: PengaturanReviu | None = None,
                     saat_selesai: Callable[[HasilKecamatan], None] | None = None,
                     semua: bool = False, pdf: bool = False) -> Ringkasan:
    """Build every kecamatan of ``folder`` into ``keluar/<kabupaten>/<kecamatan>/``.

    ``jobs`` worker processes (default: all cores); ``saat_selesai`` is called as each finishes.
    Every kecamatan gets a result, whatever went wrong with it; an interruption (Ctrl-C) ends the
    batch with the results so far and ``dibatalkan`` set. An unchanged kecamatan is skipped unless
    ``semua``; with ``pdf``, its PDFs must be intact too.
    """
    return bangun_wilayah([(folder, keluar / folder.resolve().name, "")], jobs=jobs, pengaturan=pengaturan,
                          saat_selesai=saat_selesai, semua=semua, pdf=pdf)


def bangun_provinsi(folder: Path, keluar: Path, **opsi: object) -> Ringkasan:
    """Build every kecamatan of every kabupaten of ``folder`` into ``keluar/<provinsi>/<kabupaten>/<kecamatan>/``."""
    tujuan = keluar / folder.resolve().name
    return bangun_wilayah([(kab, tujuan / kab.resolve().name, kab.name) for kab in daftar_kabupaten(folder)],
                          **opsi)  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Tugas:
    folder: Path
    tujuan: Path
    """The kabupaten's output folder (the kecamatan's documents go to ``tujuan/<folder name>``)."""
    wilayah: str


def bangun_wilayah(kabupaten: list[tuple[Path, Path, str]], *, jobs: int | None = None,
                   pengaturan: PengaturanReviu | None = None,
                   saat_selesai: Callable[[HasilKecamatan], None] | None = None,
                   semua: bool = False, pdf: bool = False) -> Ringkasan:
    """Build the kecamatan of each ``(kabupaten folder, its output folder, name in reports)``, in one pool."""
    mulai = time.perf_counter()
    ringkasan = Ringkasan()
    tugas: list[_Tugas] = []
    semua_tugas: list[_Tugas] = []
    lama: dict[Path, dict[str, Catatan]] = {}
    for folder, tujuan, wilayah in kabupaten:
        lama[tujuan] = manifes.muat(tujuan)
        for kec in daftar_kecamatan(folder):
            t = _Tugas(kec, tujuan, wilayah)
            semua_tugas.append(t)
            dilewati = None if semua else _tidak_berubah(t, lama[tujuan].get(kec.name), pengaturan, pdf)
            if dilewati is not None:
                ringkasan.hasil.append(dilewati)
                if saat_selesai is not None:
                    saat_selesai(dilewati)
            else:
                tugas.append(t)
    jobs = max(1, min(jobs or jumlah_inti(), len(tugas) or 1))
    try:
        for hasil in _urutan(tugas, jobs, pengaturan):
            ringkasan.hasil.append(hasil)
            if saat_selesai is not None:
                saat_selesai(hasil)
    except KeyboardInterrupt as exc:
        ringkasan.dibatalkan = True
        ringkasan.kode_batal = getattr(exc, "kode_keluar", 130)
    finally:
        tulis_manifes(ringkasan, {t.folder: t.tujuan for t in semua_tugas}, lama)
    ringkasan.hasil.sort(key=lambda h: (h.wilayah, h.folder.name))
    ringkasan.detik = time.perf_counter() - mulai
    return ringkasan


def _tidak_berubah(t: _Tugas, catatan: Catatan | None, pengaturan: PengaturanReviu | None,
                   pdf: bool) -> HasilKecamatan | None:
    """The result of a kecamatan that need not be built again, or None."""
    if catatan is None:
        return None
    from doctools.reviu import nama_saudara, pengaturan_bawaan

    tujuan = t.tujuan / t.folder.resolve().name
    if not manifes.tidak_berubah(catatan, t.folder, tujuan, alat=manifes.sidik_alat(),
                                 pengaturan=manifes.sidik_teks(pengaturan or pengaturan_bawaan()),
                                 saudara=manifes.sidik_teks(nama_saudara(t.folder)), pdf=pdf):
        return None
    berkas = tuple(tujuan / n for n in catatan.keluaran if n.endswith(".docx"))
    return HasilKecamatan(t.folder, berkas, tuple(catatan.peringatan), catatan=catatan, dilewati=True,
                          wilayah=t.wilayah)


def tulis_manifes(ringkasan: Ringkasan, asal: dict[Path, Path], lama: dict[Path, dict[str, Catatan]]) -> None:
    """Record in each kabupaten's output folder what each kecamatan was built from.

    ``asal`` maps each kecamatan folder to its kabupaten's output folder. Kecamatan built or
    skipped get their entry; a failed one loses it (it is built next time); one not reached (an
    interrupted run) keeps its old entry. Best effort: a manifest that cannot be written only
    means a full build next time.
    """
    baru: dict[Path, dict[str, Catatan]] = {t: dict(c) for t, c in lama.items()}
    for h in ringkasan.hasil:
        tujuan = asal.get(h.folder)
        if tujuan is None:
            continue
        if h.catatan is not None and h.berhasil:
            baru[tujuan][h.folder.name] = h.catatan
        else:
            baru[tujuan].pop(h.folder.name, None)
    isi = [(t / manifes.NAMA_MANIFES, manifes.isi_manifes(c)) for t, c in baru.items()
           if c != lama.get(t) and (c or lama.get(t))]
    if isi:
        try:
            tulis_semua(isi)
        except DocToolsError:
            pass


def catat_pdf(ringkasan: Ringkasan, pdf: list[Path]) -> None:
    """Add the PDFs converted after the batch to the entries of their kecamatan, and rewrite the manifests."""
    per_folder = {p.parent: [] for p in pdf}  # type: dict[Path, list[Path]]
    for p in pdf:
        per_folder[p.parent].append(p)
    tujuan: dict[Path, dict[str, Catatan]] = {}
    for h in ringkasan.hasil:
        if h.catatan is None or not h.berkas:
            continue
        folder = h.berkas[0].parent
        for p in per_folder.get(folder, []):
            sidik = manifes.sidik_berkas(p)
            if sidik is not None:
                h.catatan.keluaran[p.name] = sidik
        tujuan.setdefault(folder.parent, {})[h.folder.name] = h.catatan
    isi = []
    for t, baru in tujuan.items():
        semua = {**manifes.muat(t), **baru}
        isi.append((t / manifes.NAMA_MANIFES, manifes.isi_manifes(semua)))
    if isi:
        try:
            tulis_semua(isi)
        except DocToolsError:
            pass


def _dengan_wilayah(hasil: HasilKecamatan, t: _Tugas) -> HasilKecamatan:
    return replace(hasil, wilayah=t.wilayah) if t.wilayah else hasil


def _urutan(tugas: list[_Tugas], jobs: int, pengaturan: PengaturanReviu | None) -> Iterator[HasilKecamatan]:
    if jobs == 1:
        for t in tugas:
            yield _dengan_wilayah(bangun_kecamatan(t.folder, t.tujuan, pengaturan), t)
        return
    terhenti: list[_Tugas] = []
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=pasang_penghenti)
    try:
        futures = {pool.submit(_jalankan, (t.folder, t.tujuan, pengaturan)): t for t in tugas}
        for future in as_completed(futures):
            t = futures[future]
            try:
                yield _dengan_wilayah(future.result(), t)
            except BrokenProcessPool:
                terhenti.append(t)
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                yield HasilKecamatan(t.folder, galat=(pesan_tak_terduga(exc, t.folder),), kode_keluar=1,
                                     wilayah=t.wilayah)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    # A worker died (out of memory, killed): every kecamatan it took down with it is tried again
    # alone, so only the one that kills its worker again is reported.
    for t in sorted(terhenti, key=lambda t: (t.wilayah, t.folder)):
        yield _dengan_wilayah(_sendiri(t.folder, t.tujuan, pengaturan), t)


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
