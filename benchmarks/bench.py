"""Speed and memory of doctools, measured on a synthetic kabupaten (not a test: no assertions).

    python benchmarks/bench.py [--kecamatan 33] [--runs 5] [--pdf-sample 3] [--no-pdf]

Prints a table of medians. The synthetic kabupaten is made from the example data in
``data/mumbulsari``: 33 kecamatan whose sasaran, indicator and jabatan lists are 1–4 times as
long as the example's, so table sizes vary.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TAHUN_LKJ = 2025
CONTOH = ROOT / "data" / "mumbulsari"
sys.path.insert(0, str(ROOT))


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


def buat_kabupaten(tujuan: Path, jumlah: int) -> Path:
    """Write a kabupaten folder with ``jumlah`` kecamatan of varied sizes."""
    tujuan.mkdir(parents=True)
    (tujuan / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    for i in range(jumlah):
        faktor = 1 + i % 4
        folder = tujuan / f"kecamatan-{i + 1:02d}"
        shutil.copytree(CONTOH, folder)
        for berkas in folder.glob("*.yaml"):  # each kecamatan speaks of itself
            teks = berkas.read_text(encoding="utf-8")
            berkas.write_text(teks.replace("Mumbulsari", f"Sintetis {i + 1:02d}")
                              .replace("MUMBULSARI", f"SINTETIS {i + 1:02d}"), encoding="utf-8")
        instansi = yaml.safe_load((folder / "instansi.yaml").read_text(encoding="utf-8"))
        instansi["kecamatan"]["nama"] = f"Sintetis {i + 1:02d}"
        instansi["kecamatan"]["tugas"] = _kali(instansi["kecamatan"]["tugas"], faktor, lambda t, k: t)
        (folder / "instansi.yaml").write_text(yaml.safe_dump(instansi, allow_unicode=True), encoding="utf-8")
        kinerja = yaml.safe_load((folder / "kinerja.yaml").read_text(encoding="utf-8"))
        kinerja["sasaran"] = _kali(kinerja["sasaran"], faktor, _sasaran)
        (folder / "kinerja.yaml").write_text(yaml.safe_dump(kinerja, allow_unicode=True), encoding="utf-8")
        pk_path = folder / "perjanjian-kinerja.yaml"
        pk = yaml.safe_load(pk_path.read_text(encoding="utf-8"))
        pk["camat"].pop("sasaran", None)  # the Camat's PK covers every (multiplied) sasaran
        pk_path.write_text(yaml.safe_dump(pk, allow_unicode=True), encoding="utf-8")
        iki_path = folder / "keputusan-iki.yaml"
        if iki_path.exists():
            iki = yaml.safe_load(iki_path.read_text(encoding="utf-8"))
            iki["jabatan"] = _kali(iki["jabatan"], faktor, _jabatan)
            iki_path.write_text(yaml.safe_dump(iki, allow_unicode=True), encoding="utf-8")
    return tujuan


_PER_KIND = r"""
import json, resource, statistics, sys, time, io
from pathlib import Path
sys.path.insert(0, {root!r})
from doctools.build import render_dokumen, TEMPLATES_DIR
from doctools.documents import susun_semua
from doctools.model import muat_data
from doctools.render import jinja_env, load_template, _place_images
from doctools.templat import CariTemplat, siapkan
from docxtpl import DocxTemplate
data = muat_data(Path({folder!r}))
docs = {{}}
for d in susun_semua(data):
    if d.jenis == {jenis!r}:
        docs.setdefault(d.jenis, d)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = {{}}
for jenis, dok in docs.items():
    render_dokumen(dok)  # warm: template bytes and Jinja environment
    t = []
    for _ in range({runs}):
        s = time.perf_counter(); render_dokumen(dok); t.append(time.perf_counter() - s)
    # bare docxtpl renders the same template with its shared parts already inserted
    gabungan = load_template(TEMPLATES_DIR / dok.templat)
    siapkan(gabungan.docx, CariTemplat().bagian)
    isi = io.BytesIO()
    gabungan.docx.save(isi)
    bare = []
    for _ in range({runs}):
        s = time.perf_counter()
        tpl = DocxTemplate(io.BytesIO(isi.getvalue()))
        tpl.render(_place_images(dict(dok.konteks), tpl), jinja_env(dok.gaya_rupiah), autoescape=True)
        tpl.save(io.BytesIO())
        bare.append(time.perf_counter() - s)
    out[jenis] = {{"median": statistics.median(t), "bare": statistics.median(bare)}}
out["_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["_base_mb"] = base / 1024
print(json.dumps(out))
"""


def per_jenis(folder: Path, jenis: str, runs: int) -> dict:
    """Render one document kind of one kecamatan in a fresh process; times and peak RSS."""
    kode = _PER_KIND.format(root=str(ROOT), folder=str(folder), runs=runs, jenis=jenis)
    keluaran = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True)
    return json.loads(keluaran.stdout)


def jenis_dokumen(folder: Path) -> list[str]:
    from doctools.documents import susun_semua
    from doctools.model import muat_data

    return list(dict.fromkeys(d.jenis for d in susun_semua(muat_data(folder))))


def waktu(perintah: list[str], runs: int, **kw) -> float:
    hasil = []
    for _ in range(runs):
        mulai = time.perf_counter()
        subprocess.run(perintah, check=True, capture_output=True, **kw)
        hasil.append(time.perf_counter() - mulai)
    return statistics.median(hasil)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kecamatan", type=int, default=33)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch-runs", type=int, default=3)
    parser.add_argument("--pdf-sample", type=int, default=3, help="kecamatan whose documents go to PDF")
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="doctools-bench-") as kerja:
        kerja_path = Path(kerja)
        kab = buat_kabupaten(kerja_path / "kabupaten", args.kecamatan)
        doctools = [sys.executable, "-m", "doctools"]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        baris: list[tuple[str, str]] = []

        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
        for nama, folder in (("smallest (x1)", kab / "kecamatan-01"), ("largest (x4)", kab / "kecamatan-04")):
            for jenis in jenis_dokumen(folder):
                hasil = per_jenis(folder, jenis, args.runs)
                nilai = hasil[jenis]
                rasio = nilai["median"] / nilai["bare"]
                baris.append((f"{jenis}, {nama}",
                              f"{nilai['median'] * 1000:.0f} ms (bare docxtpl {nilai['bare'] * 1000:.0f} ms, "
                              f"ratio {rasio:.2f}); peak RSS {hasil['_rss_mb']:.0f} MB "
                              f"({hasil['_base_mb']:.0f} MB before rendering)"))

        for jobs in (1, os.cpu_count() or 1):
            keluar = kerja_path / f"out-{jobs}"
            t = waktu([*doctools, "build", str(kab), "-o", str(keluar), "-j", str(jobs)], args.batch_runs, env=env)
            jumlah = sum(1 for _ in keluar.rglob("*.docx"))
            baris.append((f"batch, {args.kecamatan} kecamatan, all kinds, --jobs {jobs}",
                          f"{t:.1f} s ({jumlah} documents)"))

        t = waktu([*doctools, "--help"], max(args.runs, 10), env=env)
        baris.append(("doctools --help start-up", f"{t * 1000:.0f} ms"))

        if not args.no_pdf and shutil.which("soffice"):
            from doctools.pdf import ke_pdf, ke_pdf_di_samping

            berkas = sorted(p for i in range(args.pdf_sample)
                            for p in (kerja_path / "out-1" / "kabupaten" / f"kecamatan-{i + 1:02d}").glob("*.docx"))
            mulai = time.perf_counter()
            ke_pdf_di_samping(berkas)
            satu = time.perf_counter() - mulai
            mulai = time.perf_counter()
            for p in berkas:
                ke_pdf([p], kerja_path / "pdf-sendiri" / p.parent.name)
            sendiri = time.perf_counter() - mulai
            baris.append((f"PDF of {len(berkas)} documents, one LibreOffice process",
                          f"{satu:.1f} s ({satu / len(berkas):.2f} s per document)"))
            baris.append((f"PDF of {len(berkas)} documents, one process per file",
                          f"{sendiri:.1f} s ({sendiri / len(berkas):.2f} s per document)"))

    lebar = max(len(b[0]) for b in baris)
    print(f"\n{'measurement'.ljust(lebar)}  median")
    print(f"{'-' * lebar}  ------")
    for kiri, kanan in baris:
        print(f"{kiri.ljust(lebar)}  {kanan}")


if __name__ == "__main__":
    main()
