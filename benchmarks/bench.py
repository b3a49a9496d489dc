"""Speed and memory of doctools on synthetic data; every figure against a baseline measured in the same run.

    python benchmarks/bench.py [--runs 5] [--kecamatan 33] [--baris 5000] [--no-pdf] [--pdf-docs 24]
    python benchmarks/bench.py --provinsi [--kabupaten 38] [--kecamatan-provinsi 660] [--jobs N]
    python benchmarks/bench.py --sebelum-python /path/to/python-with-matplotlib

Not a test: nothing is asserted. The two sides of each comparison run in turn (A B A B …), so a
change in the machine's speed during the run hits both; a ratio is the median of the per-pair
ratios, a time the median of its runs. Whole commands run as child processes (their peak memory is
the kernel's account of that child alone, their CPU time that of the child and the workers it
waited for); renders are timed inside one process. The load average is printed beside a figure:
on a machine other jobs keep busy, CPU time is the steadier measure.

The synthetic data is made from the example in ``data/mumbulsari``: kecamatan whose sasaran,
indicator, tugas and jabatan lists are 1–4 times as long as the example's, each named on its own
and each with its own survey answers (the example's answers resampled per kecamatan, so every
kecamatan scores its own IKM and draws its own chart), and IKU decrees of 20 to 5,000 rows.

Figures (baseline in brackets):
  * each document kind rendered by doctools [the same template and context rendered by bare docxtpl];
  * ``doctools build`` of the example [bare docxtpl rendering the same contexts, in one process];
  * ``doctools build`` of the example as it was, and of today's [the toolkit at ``--sebelum`` building
    its own example, run by ``--sebelum-python``];
  * ``doctools build`` of a ``--baris``-row IKU, time and peak memory [bare docxtpl, same rows];
  * ``doctools build`` of a 2,000-row IKU [a 20-row one];
  * the kabupaten batch with ``--jobs`` = cores [``--jobs 1``]; an unchanged second build [a full one];
  * ``--pdf-docs`` documents to PDF with one LibreOffice per core [one LibreOffice];
  * ``doctools --help`` [``python -c pass``];
  * with ``--provinsi``: a province without PDF, cost per document [the kabupaten batch's, same jobs],
    and the memory of each worker over the run.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import functools
import json
import math
import os
import pickle
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TAHUN_LKJ = 2025
CONTOH = ROOT / "data" / "mumbulsari"
LEMBAR_SKM = "Form Responses 1"
sys.path.insert(0, str(ROOT))
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT)}
"""The children's environment: as an installed package runs, with its modules' bytecode kept (a shell
that sets PYTHONDONTWRITEBYTECODE would make every child compile every module it imports, ~0.2 s)."""
DOCTOOLS = [sys.executable, "-m", "doctools"]


# ---- synthetic data --------------------------------------------------------------------------------


def _kali(daftar: list, faktor: int, ubah) -> list:
    hasil = list(daftar)
    for k in range(1, faktor):
        hasil += [ubah(copy.deepcopy(item), k) for item in daftar]
    return hasil


def _sasaran(s: dict, k: int) -> dict:
    s["uraian"] = f"{s['uraian']} (bagian {k + 1})"
    if "id" in s:
        s["id"] = f"{s['id']}-{k + 1}"
    for ind in s["indikator"]:
        # only the original IKM indicator takes its realisasi from the survey
        realisasi = ind.setdefault("realisasi", {})
        for tahun, target in ind.get("target", {}).items():
            if tahun <= TAHUN_LKJ:
                realisasi.setdefault(tahun, target)
    return s


def _jabatan(b: dict, k: int) -> dict:
    b["jabatan"] = f"{b['jabatan']} {k + 1}"
    return b


def _muat(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _simpan(path: Path, isi: dict) -> None:
    """As a person writes it: lists and mappings of plain values in flow style (``{2021: 4, …}``)."""
    path.write_text(yaml.safe_dump(isi, allow_unicode=True, sort_keys=False, default_flow_style=None, width=120),
                    encoding="utf-8")


SEBELUM = "3b2502b"
"""The toolkit before the work on large batches (its example: eight documents, the chart by matplotlib)."""

NAMA_VARIAN = "Varian 000"


def buat_varian(tujuan: Path, faktor: int) -> Path:
    """The example with its lists ``faktor`` times as long, named ``NAMA_VARIAN`` (renamed per copy)."""
    shutil.copytree(CONTOH, tujuan)
    for berkas in tujuan.glob("*.yaml"):  # each kecamatan speaks of itself
        teks = berkas.read_text(encoding="utf-8")
        berkas.write_text(teks.replace("Mumbulsari", NAMA_VARIAN).replace("MUMBULSARI", NAMA_VARIAN.upper()),
                          encoding="utf-8")
    instansi = _muat(tujuan / "instansi.yaml")
    instansi["kecamatan"]["nama"] = NAMA_VARIAN
    instansi["kecamatan"]["tugas"] = _kali(instansi["kecamatan"]["tugas"], faktor, lambda t, k: t)
    _simpan(tujuan / "instansi.yaml", instansi)
    kinerja = _muat(tujuan / "kinerja.yaml")
    kinerja["sasaran"] = _kali(kinerja["sasaran"], faktor, _sasaran)
    _simpan(tujuan / "kinerja.yaml", kinerja)
    pk = _muat(tujuan / "perjanjian-kinerja.yaml")
    pk["camat"].pop("sasaran", None)  # the Camat's PK covers every (multiplied) sasaran
    _simpan(tujuan / "perjanjian-kinerja.yaml", pk)
    iki = _muat(tujuan / "keputusan-iki.yaml")
    iki["jabatan"] = _kali(iki["jabatan"], faktor, _jabatan)
    _simpan(tujuan / "keputusan-iki.yaml", iki)
    return tujuan


@functools.cache
def _jawaban_contoh() -> tuple[list, list[list]]:
    import openpyxl

    buku = openpyxl.load_workbook(CONTOH / "skm-2025.xlsx", read_only=True)
    [kepala, *baris] = [list(r) for r in buku[LEMBAR_SKM].iter_rows(values_only=True)]
    buku.close()
    return kepala, baris


def tulis_survei(path: Path, benih: int) -> None:
    """The example's survey with each answer drawn again from its column: a survey of its own."""
    import xlsxwriter

    kepala, baris = _jawaban_contoh()
    kolom = [j for j, judul in enumerate(kepala) if str(judul).startswith("Bagaimana")]
    rng = random.Random(benih)
    buku = xlsxwriter.Workbook(str(path))
    lembar = buku.add_worksheet(LEMBAR_SKM)
    waktu = buku.add_format({"num_format": "m/d/yyyy h:mm:ss"})
    lembar.write_row(0, 0, kepala)
    for i, b in enumerate(baris, start=1):
        b = list(b)
        for j in kolom:
            b[j] = baris[rng.randrange(len(baris))][j]
        for j, nilai in enumerate(b):
            if isinstance(nilai, dt.datetime):
                lembar.write_datetime(i, j, nilai, waktu)
            elif nilai is not None:
                lembar.write(i, j, nilai)
    buku.close()


def kecamatan_dari(varian: Path, tujuan: Path, nomor: int) -> Path:
    """A copy of ``varian`` named 'Sintetis NNN' with its own survey answers."""
    shutil.copytree(varian, tujuan)
    nama = f"Sintetis {nomor:03d}"
    for berkas in tujuan.glob("*.yaml"):
        teks = berkas.read_text(encoding="utf-8")
        berkas.write_text(teks.replace(NAMA_VARIAN, nama).replace(NAMA_VARIAN.upper(), nama.upper()),
                          encoding="utf-8")
    tulis_survei(tujuan / "skm-2025.xlsx", nomor)
    return tujuan


def buat_kabupaten(tujuan: Path, jumlah: int, varian: list[Path], awal: int = 1) -> Path:
    """A kabupaten folder with ``jumlah`` kecamatan of sizes ×1…×4 in turn."""
    tujuan.mkdir(parents=True)
    (tujuan / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    for i in range(jumlah):
        kecamatan_dari(varian[i % len(varian)], tujuan / f"kecamatan-{awal + i:03d}", awal + i)
    return tujuan


def buat_provinsi(tujuan: Path, kabupaten: int, kecamatan: int, varian: list[Path]) -> Path:
    """``kecamatan`` kecamatan spread over ``kabupaten`` kabupaten folders under a provinsi.yaml."""
    tujuan.mkdir(parents=True)
    (tujuan / "provinsi.yaml").write_text("nama: Provinsi Sintetis\n", encoding="utf-8")
    nomor = 1
    for k in range(kabupaten):
        jumlah = kecamatan // kabupaten + (1 if k < kecamatan % kabupaten else 0)
        buat_kabupaten(tujuan / f"kabupaten-{k + 1:02d}", jumlah, varian[(k % len(varian)):] + varian[:k % len(varian)],
                       awal=nomor)
        nomor += jumlah
    return tujuan


def buat_iku(tujuan: Path, baris: int) -> Path:
    """A kecamatan with only an IKU decree of (about) ``baris`` indicator rows."""
    tujuan.mkdir(parents=True)
    for nama in ("instansi.yaml", "keputusan-iku.yaml"):
        shutil.copy2(CONTOH / nama, tujuan / nama)
    kinerja = _muat(CONTOH / "kinerja.yaml")
    asli = kinerja["sasaran"]
    per_sasaran = 5
    tambahan = []
    for i in range(max(0, math.ceil((baris - sum(len(s["indikator"]) for s in asli)) / per_sasaran))):
        s = copy.deepcopy(asli[i % len(asli)])
        s["id"] = f"tambahan-{i + 1}"
        s["uraian"] = f"{s['uraian']} (tambahan {i + 1})"
        dasar = s["indikator"][0]
        s["indikator"] = [{"nama": f"{dasar['nama']} ({i + 1}.{j + 1})", "satuan": dasar.get("satuan", "%"),
                           "formulasi": "Jumlah yang terlaksana dibagi jumlah yang direncanakan",
                           "penanggung_jawab": "Camat", "sumber_data": "Laporan kecamatan",
                           "target": copy.deepcopy(dasar["target"])}
                          for j in range(per_sasaran)]  # a row as long as a real one; the file within its limit
        tambahan.append(s)
    kinerja["sasaran"] = asli + tambahan
    _simpan(tujuan / "kinerja.yaml", kinerja)
    return tujuan


# ---- measuring -----------------------------------------------------------------------------------


def jalankan(perintah: list[str], env: dict[str, str] | None = None, **kw) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one child process.

    The kernel's account of that child, with the worker processes it waited for in its CPU time;
    its peak memory is the largest single process's. CPU time is the steadier measure on a
    machine that other jobs keep busy.
    """
    mulai = time.perf_counter()
    proses = subprocess.Popen(perintah, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env or ENV, **kw)
    _, status, pakai = os.wait4(proses.pid, 0)
    detik = time.perf_counter() - mulai
    proses.returncode = os.waitstatus_to_exitcode(status)
    galat = proses.stderr.read().decode("utf-8", "replace") if proses.stderr else ""
    if proses.returncode != 0:
        raise RuntimeError(f"{' '.join(perintah)} exited {proses.returncode}: {galat[-800:]}")
    return detik, pakai.ru_maxrss / 1024, pakai.ru_utime + pakai.ru_stime


def berpasangan(a: Callable[[], tuple[float, ...]], b: Callable[[], tuple[float, ...]],
                runs: int, pemanasan: bool = True) -> tuple[list[tuple[float, ...]], list[tuple[float, ...]]]:
    """Run A and B in turn, ``runs`` times each (after one unrecorded pair)."""
    if pemanasan:
        a(), b()
    hasil_a, hasil_b = [], []
    for _ in range(runs):
        hasil_a.append(a())
        hasil_b.append(b())
    return hasil_a, hasil_b


def rasio(a: list[tuple[float, ...]], b: list[tuple[float, ...]], i: int = 0) -> float:
    return statistics.median(x[i] / y[i] for x, y in zip(a, b))


def median(xs: list[tuple[float, ...]], i: int = 0) -> float:
    return statistics.median(x[i] for x in xs)


_BARE = r"""
import io, pickle, sys
sys.path.insert(0, {root!r})
from docxtpl import DocxTemplate
from doctools.render import _place_images, jinja_env
for templat, konteks, gaya in pickle.load(open({berkas!r}, "rb")):
    tpl = DocxTemplate(io.BytesIO(templat))
    tpl.render(_place_images(konteks, tpl), jinja_env(gaya), autoescape=True)
    tpl.save(io.BytesIO())
"""


def konteks_bare(folder: Path, tujuan: Path) -> list[str]:
    """A child command rendering ``folder``'s documents by bare docxtpl, from contexts composed here."""
    import io

    from docxtpl import DocxTemplate

    from doctools.build import TEMPLATES_DIR
    from doctools.documents import susun_semua
    from doctools.model import muat_data
    from doctools.tahun import hitung_tahun, pilih_kebijakan
    from doctools.templat import CariTemplat, siapkan

    def siap(templat: str) -> bytes:  # the template with its shared parts inserted, as doctools renders it
        t = DocxTemplate(TEMPLATES_DIR / templat)
        t.init_docx()
        siapkan(t.docx, CariTemplat().bagian)
        b = io.BytesIO()
        t.docx.save(b)
        return b.getvalue()

    data = muat_data(folder)
    isi = [(siap(d.templat), dict(d.konteks), d.gaya_rupiah)
           for d in susun_semua(hitung_tahun(data, pilih_kebijakan(data)))]
    tujuan.write_bytes(pickle.dumps(isi))
    return [sys.executable, "-c", _BARE.format(root=str(ROOT), berkas=str(tujuan))]


_PER_KIND = r"""
import io, json, statistics, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from doctools.build import render_dokumen, TEMPLATES_DIR
from doctools.documents import susun_semua
from doctools.model import muat_data
from docxtpl import DocxTemplate
from doctools.render import jinja_env, _place_images
from doctools.templat import CariTemplat, siapkan
from doctools.tahun import hitung_tahun, pilih_kebijakan
data = muat_data(Path({folder!r}))
docs = {{}}
for d in susun_semua(hitung_tahun(data, pilih_kebijakan(data))):
    docs.setdefault(d.jenis, d)
def siap(templat):  # the template with its shared parts inserted, as doctools renders it
    t = DocxTemplate(TEMPLATES_DIR / templat); t.init_docx(); siapkan(t.docx, CariTemplat().bagian); b = io.BytesIO(); t.docx.save(b)
    return b.getvalue()
isi = {{d.templat: siap(d.templat) for d in docs.values()}}
def bare(dok):  # docxtpl as it comes: no preparation kept between renders, the template read from memory
    tpl = DocxTemplate(io.BytesIO(isi[dok.templat]))
    tpl.render(_place_images(dict(dok.konteks), tpl), jinja_env(dok.gaya_rupiah), autoescape=True)
    tpl.save(io.BytesIO())
out = {{}}
for jenis, dok in docs.items():
    render_dokumen(dok); bare(dok)  # warm: template bytes, Jinja environment
    a, b = [], []
    for _ in range({runs}):
        s = time.perf_counter(); render_dokumen(dok); a.append(time.perf_counter() - s)
        s = time.perf_counter(); bare(dok); b.append(time.perf_counter() - s)
    out[jenis] = {{"a": statistics.median(a), "b": statistics.median(b),
                   "rasio": statistics.median(x / y for x, y in zip(a, b))}}
print(json.dumps(out))
"""


def per_jenis(folder: Path, runs: int) -> dict:
    kode = _PER_KIND.format(root=str(ROOT), folder=str(folder), runs=runs)
    keluaran = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True, env=ENV)
    return json.loads(keluaran.stdout)


def _anak(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _rss_mb(pid: int) -> float | None:
    try:
        for baris in Path(f"/proc/{pid}/status").read_text().splitlines():
            if baris.startswith("VmRSS:"):
                return int(baris.split()[1]) / 1024
    except OSError:
        pass
    return None


def build_dengan_memori(perintah: list[str]) -> tuple[float, float, dict[int, list[tuple[float, float]]]]:
    """Wall and CPU seconds of a build, and each worker's RSS sampled every second (Linux /proc)."""
    sampel: dict[int, list[tuple[float, float]]] = {}
    mulai = time.perf_counter()
    proses = subprocess.Popen(perintah, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    selesai = threading.Event()

    def amati() -> None:
        while not selesai.wait(1.0):
            for pid in _anak(proses.pid):
                rss = _rss_mb(pid)
                if rss is not None:
                    sampel.setdefault(pid, []).append((time.perf_counter() - mulai, rss))

    pengamat = threading.Thread(target=amati, daemon=True)
    pengamat.start()
    _, status, pakai = os.wait4(proses.pid, 0)
    kode = os.waitstatus_to_exitcode(status)
    proses.returncode = kode
    detik = time.perf_counter() - mulai
    selesai.set()
    pengamat.join()
    if kode != 0:
        raise RuntimeError(f"{' '.join(perintah)} exited {kode}")
    return detik, pakai.ru_utime + pakai.ru_stime, sampel


def toolkit_sebelum(ref: str, tujuan: Path) -> Path:
    """The toolkit (and its example) at git commit ``ref``, exported into ``tujuan``."""
    tujuan.mkdir(parents=True)
    arsip = subprocess.run(["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tujuan)], input=arsip, check=True)
    return tujuan


def beban() -> str:
    """The load average over the last minute, to print beside a figure."""
    return f"load {os.getloadavg()[0]:.1f}"


# ---- the benchmark ---------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="pairs per in-process or small comparison")
    parser.add_argument("--batch-runs", type=int, default=3, help="pairs per batch comparison")
    parser.add_argument("--kecamatan", type=int, default=33)
    parser.add_argument("--baris", type=int, default=5000, help="rows of the large IKU decree")
    parser.add_argument("--pdf-docs", type=int, default=24)
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--provinsi", action="store_true", help="also build a province (minutes)")
    parser.add_argument("--kabupaten", type=int, default=38)
    parser.add_argument("--kecamatan-provinsi", type=int, default=660)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--sebelum", default=SEBELUM, metavar="REF",
                        help=f"git commit of the toolkit the example is compared with (default {SEBELUM[:7]})")
    parser.add_argument("--sebelum-python", default=sys.executable, metavar="PY",
                        help="a Python with that toolkit's dependencies (it drew its chart with matplotlib)")
    parser.add_argument("--hanya", choices=("render", "contoh", "iku", "batch", "pdf", "mulai", "provinsi"),
                        action="append", help="run only these parts (repeatable)")
    args = parser.parse_args()
    bagian = set(args.hanya or ("render", "contoh", "iku", "batch", "pdf", "mulai")) | (
        {"provinsi"} if args.provinsi else set())
    baris: list[tuple[str, str, str]] = []

    def catat(nama: str, nilai: str, dasar: str) -> None:
        baris.append((nama, nilai, dasar))
        print(f"{nama}: {nilai} [{dasar}]", flush=True)

    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
    with tempfile.TemporaryDirectory(prefix="doctools-bench-") as kerja:
        k = Path(kerja)
        varian = [buat_varian(k / "varian" / f"x{f}", f) for f in (1, 2, 3, 4)]
        kab = buat_kabupaten(k / "kabupaten", args.kecamatan, varian)

        if "render" in bagian:
            for nama, folder in (("smallest (x1)", kab / "kecamatan-001"), ("largest (x4)", kab / "kecamatan-004")):
                for jenis, h in per_jenis(folder, args.runs).items():
                    catat(f"render {jenis}, {nama}", f"{h['a'] * 1000:.0f} ms, ratio {h['rasio']:.2f}",
                          f"bare docxtpl {h['b'] * 1000:.0f} ms")

        if "contoh" in bagian:
            bare = konteks_bare(CONTOH, k / "contoh.pickle")
            a, b = berpasangan(lambda: jalankan([*DOCTOOLS, "build", str(CONTOH), "-o", str(k / "out-contoh")]),
                               lambda: jalankan(bare), args.runs)
            jumlah = sum(1 for _ in (k / "out-contoh").rglob("*.docx"))
            catat(f"doctools build of the example ({jumlah} documents)",
                  f"{median(a):.2f} s, ratio {rasio(a, b):.2f}; peak {median(a, 1):.0f} MB, ratio {rasio(a, b, 1):.2f}; "
                  f"CPU ratio {rasio(a, b, 2):.2f} ({beban()})",
                  f"bare docxtpl, same contexts: {median(b):.2f} s, {median(b, 1):.0f} MB")
            try:
                lama = toolkit_sebelum(args.sebelum, k / "sebelum")
            except (OSError, subprocess.CalledProcessError) as exc:
                print(f"the toolkit at {args.sebelum}: not exported ({exc}), skipped", flush=True)
            else:
                env_lama = dict(os.environ, PYTHONPATH=str(lama))
                contoh_lama = lama / "data" / "mumbulsari"

                def dulu() -> tuple[float, float, float]:
                    return jalankan([args.sebelum_python, "-m", "doctools", "build", str(contoh_lama), "-o",
                                     str(k / "out-lama")], env=env_lama, cwd=str(lama))

                try:
                    dulu()
                except RuntimeError as exc:
                    print(f"the toolkit at {args.sebelum} does not run with {args.sebelum_python} "
                          f"(--sebelum-python: a Python with its dependencies): {str(exc)[-200:]}", flush=True)
                else:
                    n_lama = sum(1 for _ in (k / "out-lama").rglob("*.docx"))
                    for nama, data in ((f"the example as it was ({n_lama} documents)", contoh_lama),
                                       (f"today's example ({jumlah} documents)", CONTOH)):
                        a, b = berpasangan(
                            lambda data=data: jalankan([*DOCTOOLS, "build", str(data), "-o", str(k / "out-baru")]),
                            dulu, args.runs)
                        catat(f"doctools build of {nama}",
                              f"{median(a):.2f} s, ratio {rasio(a, b):.2f}; CPU {median(a, 2):.2f} s, ratio "
                              f"{rasio(a, b, 2):.2f}; peak {median(a, 1):.0f} MB ({beban()})",
                              f"the toolkit at {args.sebelum[:7]}, its example: {median(b):.2f} s, CPU "
                              f"{median(b, 2):.2f} s, {median(b, 1):.0f} MB")

        if "iku" in bagian:
            besar = buat_iku(k / "iku-besar" / "iku", args.baris)
            bare = konteks_bare(besar, k / "iku-besar.pickle")
            a, b = berpasangan(lambda: jalankan([*DOCTOOLS, "build", str(besar), "-o", str(k / "out-iku")]),
                               lambda: jalankan(bare), max(2, args.batch_runs))
            catat(f"doctools build of a {args.baris}-row IKU",
                  f"{median(a):.2f} s, ratio {rasio(a, b):.2f}; CPU {median(a, 2):.2f} s, ratio {rasio(a, b, 2):.2f}; "
                  f"peak {median(a, 1):.0f} MB, ratio {rasio(a, b, 1):.2f} ({beban()})",
                  f"bare docxtpl, same rows: {median(b):.2f} s, CPU {median(b, 2):.2f} s, {median(b, 1):.0f} MB")
            dua_ribu, dua_puluh = buat_iku(k / "iku-2000" / "iku", 2000), buat_iku(k / "iku-20" / "iku", 20)
            a, b = berpasangan(lambda: jalankan([*DOCTOOLS, "build", str(dua_ribu), "-o", str(k / "out-2000")]),
                               lambda: jalankan([*DOCTOOLS, "build", str(dua_puluh), "-o", str(k / "out-20")]),
                               args.runs)
            catat("doctools build of a 2000-row IKU",
                  f"{median(a):.2f} s, ratio {rasio(a, b):.2f}; CPU ratio {rasio(a, b, 2):.2f} ({beban()})",
                  f"a 20-row IKU: {median(b):.2f} s")

        per_dokumen_kab = None
        if "batch" in bagian or "provinsi" in bagian:
            out = k / "out-kab"

            def batch(jobs: int, *opsi: str) -> tuple[float, float, float]:
                return jalankan([*DOCTOOLS, "build", str(kab), "-o", str(out), "-j", str(jobs), *opsi])

            a, b = berpasangan(lambda: batch(args.jobs, "--semua"), lambda: batch(1, "--semua"), args.batch_runs,
                               pemanasan=False)
            jumlah = sum(1 for _ in out.rglob("*.docx"))
            per_dokumen_kab = median(a) / jumlah
            cpu_kab = median(a, 2) / jumlah
            catat(f"batch, {args.kecamatan} kecamatan ({jumlah} documents), --jobs {args.jobs}",
                  f"{median(a):.1f} s ({per_dokumen_kab * 1000:.0f} ms per document), ratio {rasio(a, b):.2f}; "
                  f"CPU {median(a, 2):.1f} s ({cpu_kab * 1000:.0f} ms per document) ({beban()})",
                  f"--jobs 1: {median(b):.1f} s")
            a, b = berpasangan(lambda: batch(args.jobs), lambda: batch(args.jobs, "--semua"), args.batch_runs)
            catat(f"second build of the unchanged {args.kecamatan}-kecamatan kabupaten",
                  f"{median(a):.2f} s, ratio {rasio(a, b):.3f} ({beban()})", f"a full build: {median(b):.1f} s")

        if "pdf" in bagian and not args.no_pdf:
            from doctools.pdf import cari_soffice, ke_pdf_di_samping

            if cari_soffice() is None:
                print("PDF: LibreOffice not found, skipped", flush=True)
            else:
                if not (k / "out-kab").exists():
                    jalankan([*DOCTOOLS, "build", str(kab), "-o", str(k / "out-kab"), "-j", str(args.jobs)])
                sumber = sorted((k / "out-kab").rglob("*.docx"))[:args.pdf_docs]

                def pdf(jobs: int) -> tuple[float, float]:
                    salinan = []
                    folder = Path(tempfile.mkdtemp(dir=k))
                    for p in sumber:
                        q = folder / p.parent.name / p.name
                        q.parent.mkdir(exist_ok=True)
                        shutil.copyfile(p, q)
                        salinan.append(q)
                    anak = resource.getrusage(resource.RUSAGE_CHILDREN)
                    mulai = time.perf_counter()
                    ke_pdf_di_samping(salinan, jobs=jobs)
                    detik = time.perf_counter() - mulai
                    sesudah = resource.getrusage(resource.RUSAGE_CHILDREN)
                    shutil.rmtree(folder)
                    return detik, sesudah.ru_utime + sesudah.ru_stime - anak.ru_utime - anak.ru_stime

                a, b = berpasangan(lambda: pdf(args.jobs), lambda: pdf(1), args.batch_runs)
                catat(f"PDF of {len(sumber)} documents, {args.jobs} LibreOffice processes",
                      f"{median(a):.1f} s ({median(a) / len(sumber):.2f} s per document), ratio {rasio(a, b):.2f}; "
                      f"LibreOffice CPU {median(a, 1):.1f} s ({beban()})",
                      f"one LibreOffice process: {median(b):.1f} s, CPU {median(b, 1):.1f} s")

        if "mulai" in bagian:
            a, b = berpasangan(lambda: jalankan([*DOCTOOLS, "--help"]), lambda: jalankan([sys.executable, "-c", "pass"]),
                               max(args.runs, 10))
            catat("doctools --help start-up", f"{median(a) * 1000:.0f} ms, ratio {rasio(a, b):.1f}",
                  f"python -c pass: {median(b) * 1000:.0f} ms")

        if "provinsi" in bagian:
            mulai = time.perf_counter()
            prov = buat_provinsi(k / "provinsi", args.kabupaten, args.kecamatan_provinsi, varian)
            print(f"(province data written in {time.perf_counter() - mulai:.0f} s)", flush=True)
            muat_awal = os.getloadavg()[0]
            detik, cpu, sampel = build_dengan_memori(
                [*DOCTOOLS, "build", str(prov), "-o", str(k / "out-prov"), "-j", str(args.jobs)])
            jumlah = sum(1 for _ in (k / "out-prov").rglob("*.docx"))
            shutil.rmtree(k / "out-prov")
            # the kabupaten batch again, after the province, as its baseline's second half
            ulang, _, _ = jalankan([*DOCTOOLS, "build", str(kab), "-o", str(k / "out-kab"), "-j", str(args.jobs),
                                    "--semua"])
            jumlah_kab = sum(1 for _ in (k / "out-kab").rglob("*.docx"))
            dasar = statistics.mean([per_dokumen_kab, ulang / jumlah_kab]) if per_dokumen_kab else ulang / jumlah_kab
            catat(f"province, {args.kabupaten} kabupaten, {args.kecamatan_provinsi} kecamatan ({jumlah} documents), "
                  f"--jobs {args.jobs}, no PDF",
                  f"{detik / 60:.1f} min ({detik / jumlah * 1000:.1f} ms per document), "
                  f"ratio per document {detik / jumlah / dasar:.2f}; CPU {cpu / 60:.1f} min ({cpu / jumlah * 1000:.0f} ms "
                  f"per document: {cpu / args.jobs / 60:.1f} min on {args.jobs} idle cores) "
                  f"(load {muat_awal:.1f} before, {os.getloadavg()[0]:.1f} after)",
                  f"the {args.kecamatan}-kecamatan batch: {dasar * 1000:.1f} ms per document")
            for pid, rss in sorted(sampel.items()):
                if len(rss) < 4:
                    continue
                nilai = [r for _, r in rss]
                seperempat = nilai[len(nilai) // 4:]  # after the first quarter (imports, caches filled)
                catat(f"worker {pid} memory over {rss[-1][0] - rss[0][0]:.0f} s",
                      f"RSS {min(seperempat):.0f}–{max(seperempat):.0f} MB after the first quarter "
                      f"(median {statistics.median(seperempat):.0f} MB)",
                      f"first sample {nilai[0]:.0f} MB")

    lebar = max(len(b[0]) for b in baris)
    print(f"\n{'measurement'.ljust(lebar)}  median [baseline, same run]")
    print(f"{'-' * lebar}  ------")
    for kiri, nilai, dasar in baris:
        print(f"{kiri.ljust(lebar)}  {nilai} [{dasar}]")


if __name__ == "__main__":
    main()
