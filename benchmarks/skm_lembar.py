"""Speed of reading and scoring a large SKM form export (not a test: no assertions).

    python benchmarks/skm_lembar.py [--responden 10000] [--runs 5]

Writes a Google Forms-shaped .xlsx (Timestamp, respondent columns, nine questions answered with
the questionnaire's labels, a free-text column) of fictional respondents into a temporary folder,
then times :func:`doctools.masukan.survei.baca_survei` followed by :func:`doctools.kinerja.hitung_skm`:
the first run in a fresh process (openpyxl's import included) and the median of the runs after it.
The target is under one second for 10,000 respondents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LABEL = [("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
         ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
         ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
         ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
         ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
         ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
         ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
         ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
         ("Buruk", "Cukup", "Baik", "Sangat Baik")]
UNSUR = ("Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
         "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
         "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana")


def tulis(path: Path, jumlah: int) -> None:
    import xlsxwriter

    rng = random.Random(17)
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet("Form Responses 1")
    waktu = buku.add_format({"num_format": "m/d/yyyy h:mm:ss"})
    ws.write_row(0, 0, ["Timestamp", "Alamat email", "Jenis Kelamin", "Usia", "Pekerjaan", "Jenis layanan",
                        *(f"Pertanyaan {u}" for u in UNSUR), "Saran dan masukan"])
    awal = dt.datetime(2025, 1, 2, 8)
    for i in range(1, jumlah + 1):
        ws.write_datetime(i, 0, awal + dt.timedelta(minutes=47 * i), waktu)
        ws.write_row(i, 1, [f"warga{i}@contoh.id", rng.choice(("Laki-laki", "Perempuan")), rng.randint(18, 70),
                            rng.choice(("Petani", "Wiraswasta", "Lainnya")), "Surat keterangan",
                            *(lab[rng.choices((0, 1, 2, 3), weights=(2, 8, 50, 40))[0]] for lab in LABEL)])
    buku.close()


def sekali(path: Path) -> float:
    from doctools.kinerja import hitung_skm, skala_skm_berlaku
    from doctools.masukan.survei import PetaSurvei, baca_survei

    peta = PetaSurvei(kolom={f"Pertanyaan {u}": u for u in UNSUR})
    skala = skala_skm_berlaku(2025)
    assert skala is not None
    mulai = time.perf_counter()
    bacaan = baca_survei(path, path.name, peta)
    hasil = hitung_skm(bacaan.jawaban, skala)  # type: ignore[arg-type]
    lama = time.perf_counter() - mulai
    assert hasil.jumlah_responden is not None
    return lama


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--responden", type=int, default=10000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--satu", help=argparse.SUPPRESS)  # one timed run of this file, in this process
    a = p.parse_args()
    if a.satu:
        print(f"{sekali(Path(a.satu)):.4f}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "skm-besar.xlsx"
        tulis(path, a.responden)
        pertama = float(subprocess.run([sys.executable, __file__, "--satu", str(path)], check=True,
                                       capture_output=True, text=True).stdout)
        lain = [sekali(path) for _ in range(a.runs)]
    print(f"{a.responden} responden, {path.name}: proses baru {pertama * 1000:.0f} ms (termasuk impor openpyxl); "
          f"median {a.runs} kali berikutnya {statistics.median(lain) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
