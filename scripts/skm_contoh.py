"""Generate the example's raw SKM answers (``data/mumbulsari/skm-2025.csv``), deterministically.

    python scripts/skm_contoh.py

100 fictional respondents answer the 9 unsur of PermenPAN-RB 14/2017 with values 1–4. The unsur
columns are named (not coded) and in a shuffled order, between the respondent columns a real
questionnaire export has, so the example exercises matching by name. Same seed, same bytes; a
test checks that the shipped file equals this output.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

BENIH = 2025
JUMLAH_RESPONDEN = 100
TUJUAN = Path(__file__).resolve().parents[1] / "data" / "mumbulsari" / "skm-2025.csv"

# unsur column header → weights of the answers 1, 2, 3, 4 (a mean of about 3,1–3,7)
UNSUR: dict[str, tuple[int, int, int, int]] = {
    "Persyaratan": (1, 5, 44, 50),
    "Sistem, Mekanisme, dan Prosedur": (1, 6, 47, 46),
    "Waktu Penyelesaian": (2, 10, 50, 38),
    "Biaya/Tarif": (0, 2, 22, 76),
    "Produk Spesifikasi Jenis Pelayanan": (1, 6, 47, 46),
    "Kompetensi Pelaksana": (1, 7, 48, 44),
    "Perilaku Pelaksana": (1, 4, 40, 55),
    "Penanganan Pengaduan, Saran dan Masukan": (3, 14, 53, 30),
    "Sarana dan Prasarana": (1, 8, 48, 43),
}
PEKERJAAN = ("Petani", "Wiraswasta", "Pegawai Swasta", "PNS/TNI/Polri", "Pelajar/Mahasiswa", "Ibu Rumah Tangga",
             "Lainnya")
PENDIDIKAN = ("SD", "SMP", "SMA/SMK", "D3", "S1", "S2")
LAYANAN = ("Rekomendasi administrasi kependudukan", "Surat keterangan", "Legalisasi dokumen",
           "Rekomendasi perizinan", "Pengaduan masyarakat")


def buat() -> str:
    """The CSV text: a header row and one row per respondent."""
    rng = random.Random(BENIH)
    unsur = list(UNSUR)
    rng.shuffle(unsur)
    kepala = ["No", "Tanggal Survei", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan", "Jenis Layanan",
              *unsur, "Saran"]
    keluar = io.StringIO()
    tulis = csv.writer(keluar, lineterminator="\n")
    tulis.writerow(kepala)
    for nomor in range(1, JUMLAH_RESPONDEN + 1):
        bulan = rng.randint(1, 12)
        baris = [nomor, f"2025-{bulan:02d}-{rng.randint(1, 28):02d}", rng.choice("LP"), rng.randint(18, 70),
                 rng.choice(PENDIDIKAN), rng.choice(PEKERJAAN), rng.choice(LAYANAN)]
        baris += [rng.choices((1, 2, 3, 4), weights=UNSUR[u])[0] for u in unsur]
        baris.append("" if rng.random() < 0.8 else rng.choice(("Pertahankan pelayanan", "Ruang tunggu diperluas",
                                                                 "Informasi persyaratan dipasang di papan")))
        tulis.writerow(baris)
    return keluar.getvalue()


if __name__ == "__main__":
    TUJUAN.write_text(buat(), encoding="utf-8")
    print(f"ditulis: {TUJUAN}")
