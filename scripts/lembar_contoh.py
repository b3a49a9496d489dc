"""Generate the example's spreadsheets, fictional but in the shape staff receive them, deterministically.

    python scripts/lembar_contoh.py

* ``data/mumbulsari/skm-2025.xlsx``: a Google Forms export ("Form Responses 1"): a Timestamp
  column, respondent columns, the nine questions of the PermenPAN-RB 14/2017 questionnaire as
  headers (in a shuffled order) answered with each question's labels, and a free-text column.
  100 fictional respondents; the answers are the ones the earlier CSV example had (same seed, same
  draws), so the IKM stays 82,83.
* ``data/mumbulsari/realisasi-2025.xlsx``: a realisation export of the regional finance system:
  title lines, a header with a row of column numbers under it, urusan and bidang subtotal rows,
  programs, kegiatan and sub kegiatan with kode rekening, subtotals and the % and sisa columns as
  formulas with their computed values, some amounts stored as text with thousands dots, and a
  JUMLAH row. The program and kegiatan amounts are those the example LKj always had.

XlsxWriter writes fixed zip timestamps and the creation date is set here, so the same script
gives the same bytes; a test reads both files back and compares them with :func:`survei` and
:func:`realisasi`.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

FOLDER = Path(__file__).resolve().parents[1] / "data" / "mumbulsari"
DIBUAT = dt.datetime(2026, 1, 5, 8, 0, 0)
BENIH = 2025
JUMLAH_RESPONDEN = 100

# unsur → (question as the form asks it, labels for 1..4, weights of the answers 1..4)
UNSUR: dict[str, tuple[str, tuple[str, str, str, str], tuple[int, int, int, int]]] = {
    "Persyaratan": ("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
                    ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"), (1, 5, 44, 50)),
    "Sistem, Mekanisme, dan Prosedur": ("Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
                                        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"), (1, 6, 47, 46)),
    "Waktu Penyelesaian": ("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
                           ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"), (2, 10, 50, 38)),
    "Biaya/Tarif": ("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
                    ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"), (0, 2, 22, 76)),
    "Produk Spesifikasi Jenis Pelayanan": (
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
        "pelayanan dengan hasil yang diberikan?", ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
        (1, 6, 47, 46)),
    "Kompetensi Pelaksana": ("Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
                             ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"), (1, 7, 48, 44)),
    "Perilaku Pelaksana": (
        "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
        (1, 4, 40, 55)),
    "Penanganan Pengaduan, Saran dan Masukan": (
        "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
        (3, 14, 53, 30)),
    "Sarana dan Prasarana": ("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
                             ("Buruk", "Cukup", "Baik", "Sangat Baik"), (1, 8, 48, 43)),
}
PEKERJAAN = ("Petani", "Wiraswasta", "Pegawai Swasta", "PNS/TNI/Polri", "Pelajar/Mahasiswa", "Ibu Rumah Tangga",
             "Lainnya")
PENDIDIKAN = ("SD", "SMP", "SMA/SMK", "D3", "S1", "S2")
LAYANAN = ("Rekomendasi administrasi kependudukan", "Surat keterangan", "Legalisasi dokumen",
           "Rekomendasi perizinan", "Pengaduan masyarakat")
SARAN = ("Pertahankan pelayanan", "Ruang tunggu diperluas", "Informasi persyaratan dipasang di papan")
LEMBAR_SURVEI = "Form Responses 1"
JUDUL_RESPONDEN = ["Timestamp", "Jenis Kelamin", "Usia", "Pendidikan Terakhir", "Pekerjaan",
                   "Jenis layanan yang diterima"]


def survei() -> tuple[list[str], list[list[Any]]]:
    """The header and the rows (in submission order) of the survey export."""
    rng = random.Random(BENIH)
    jam = random.Random(BENIH + 1)  # times of day: a stream of their own, so the answers stay as they were
    unsur = list(UNSUR)
    rng.shuffle(unsur)
    judul = [*JUDUL_RESPONDEN, *(UNSUR[u][0] for u in unsur), "Saran dan masukan"]
    baris: list[list[Any]] = []
    for _ in range(JUMLAH_RESPONDEN):
        bulan = rng.randint(1, 12)
        tanggal = dt.datetime(2025, bulan, rng.randint(1, 28), jam.randint(8, 14), jam.randint(0, 59),
                              jam.randint(0, 59))
        r: list[Any] = [tanggal, "Laki-laki" if rng.choice("LP") == "L" else "Perempuan", rng.randint(18, 70),
                        rng.choice(PENDIDIKAN), rng.choice(PEKERJAAN), rng.choice(LAYANAN)]
        r += [UNSUR[u][1][rng.choices((1, 2, 3, 4), weights=UNSUR[u][2])[0] - 1] for u in unsur]
        r.append(None if rng.random() < 0.8 else rng.choice(SARAN))
        baris.append(r)
    baris.sort(key=lambda r: r[0])
    return judul, baris


# --- realisation ---------------------------------------------------------------------------------

# (kode, name, [(sub kode, sub name, pagu share)], pagu, realisasi) per program
PROGRAM: list[tuple[str, str, list[tuple[str, str, list[tuple[str, str]], int, int]]]] = [
    ("7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
        ("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", [
            ("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"),
            ("0007", "Evaluasi Kinerja Perangkat Daerah")], 18750000, 18120000),
        ("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", [
            ("0001", "Penyediaan Gaji dan Tunjangan ASN")], 1402600000, 1368945200),
        ("7.01.01.2.06", "Administrasi Umum Perangkat Daerah", [
            ("0002", "Penyediaan Peralatan dan Perlengkapan Kantor"),
            ("0004", "Penyediaan Bahan Logistik Kantor"),
            ("0005", "Penyediaan Barang Cetakan dan Penggandaan"),
            ("0009", "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD")], 96400000, 91372500),
        ("7.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", [
            ("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"),
            ("0004", "Penyediaan Jasa Pelayanan Umum Kantor")], 231700000, 224815000),
        ("7.01.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
            ("0002", "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas "
                     "Operasional atau Lapangan"),
            ("0009", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya")], 124000000, 117640000),
    ]),
    ("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", [
        ("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", [
            ("0001", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah "
                     "dan Instansi Vertikal Terkait"),
            ("0004", "Penyelenggaraan Rapat Koordinasi Pemerintahan di Tingkat Kecamatan")], 96537500, 93210000),
        ("7.01.02.2.02", "Peningkatan Efektivitas Pelayanan Publik", [
            ("0001", "Fasilitasi Pelayanan Administrasi Terpadu Kecamatan")], 90000000, 86455000),
    ]),
    ("7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", [
        ("7.01.03.2.01", "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa", [
            ("0001", "Fasilitasi Musyawarah Perencanaan Pembangunan Desa")], 32250000, 31900000),
        ("7.01.03.2.02", "Pemberdayaan Masyarakat Desa", [
            ("0002", "Pembinaan Kelembagaan Masyarakat Desa"),
            ("0003", "Fasilitasi Kegiatan Pemberdayaan Kesejahteraan Keluarga")], 65000000, 62750000),
    ]),
    ("7.01.04", "Program Koordinasi Ketenteraman dan Ketertiban Umum", [
        ("7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", [
            ("0001", "Sinergi dengan Instansi Vertikal dan Unsur Forkopimcam"),
            ("0002", "Pembinaan Ketenteraman dan Ketertiban Masyarakat")], 112800000, 110420000),
        ("7.01.04.2.02", "Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah", [
            ("0001", "Koordinasi Penegakan Peraturan Daerah dan Peraturan Kepala Daerah")], 40000000, 37850000),
    ]),
]
LEMBAR_REALISASI = "Realisasi Belanja"
BARIS_JUDUL = 6
TEKS_RIBUAN = frozenset({"7.01.02.2.01.0004", "7.01.04.2.02.0001"})
"""Sub kegiatan whose amounts the export stores as text with thousands dots."""


def _bagi(jumlah: int, n: int, rng: random.Random) -> list[int]:
    """Split ``jumlah`` into ``n`` positive parts, multiples of 5.000 except the last."""
    if n == 1:
        return [jumlah]
    bobot = [rng.randint(2, 6) for _ in range(n)]
    bagian = [jumlah * b // sum(bobot) // 5000 * 5000 for b in bobot[:-1]]
    return [*bagian, jumlah - sum(bagian)]


def realisasi() -> list[tuple[str | None, str, int, int, str]]:
    """Rows of the realisation table: (kode, uraian, pagu, realisasi, tingkat) in sheet order."""
    rng = random.Random(BENIH)
    baris: list[tuple[str | None, str, int, int, str]] = []
    total = (sum(k[3] for _, _, ks in PROGRAM for k in ks), sum(k[4] for _, _, ks in PROGRAM for k in ks))
    baris.append(("7", "UNSUR KEWILAYAHAN", *total, "urusan"))
    baris.append(("7.01", "KECAMATAN", *total, "urusan"))
    for kode_p, nama_p, kegiatan in PROGRAM:
        baris.append((kode_p, nama_p, sum(k[3] for k in kegiatan), sum(k[4] for k in kegiatan), "program"))
        for kode_k, nama_k, sub, pagu, real in kegiatan:
            baris.append((kode_k, nama_k, pagu, real, "kegiatan"))
            for (kode_s, nama_s), p, r in zip(sub, _bagi(pagu, len(sub), rng), _bagi(real, len(sub), rng)):
                baris.append((f"{kode_k}.{kode_s}", nama_s, p, r, "sub_kegiatan"))
    return baris


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def tulis_survei(path: Path) -> None:
    judul, baris = survei()
    buku = xlsxwriter.Workbook(str(path))
    buku.set_properties({"created": DIBUAT, "author": "Formulir SKM Kecamatan Mumbulsari"})
    ws = buku.add_worksheet(LEMBAR_SURVEI)
    waktu = buku.add_format({"num_format": "m/d/yyyy h:mm:ss"})
    ws.write_row(0, 0, judul)
    for i, r in enumerate(baris, start=1):
        ws.write_datetime(i, 0, r[0], waktu)
        for j, v in enumerate(r[1:], start=1):
            if v is not None:
                ws.write(i, j, v)
    ws.freeze_panes(1, 0)
    buku.close()


def tulis_realisasi(path: Path) -> None:
    buku = xlsxwriter.Workbook(str(path))
    buku.set_properties({"created": DIBUAT, "author": "Sistem Informasi Keuangan Daerah (contoh rekaan)"})
    ws = buku.add_worksheet(LEMBAR_REALISASI)
    tebal = buku.add_format({"bold": True})
    tengah = buku.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1, "text_wrap": True})
    uang = buku.add_format({"num_format": "#,##0", "border": 1})
    uang_tebal = buku.add_format({"num_format": "#,##0", "border": 1, "bold": True})
    persen = buku.add_format({"num_format": "0.00", "border": 1})
    biasa = buku.add_format({"border": 1, "text_wrap": True})
    for i, teks in enumerate(("PEMERINTAH KABUPATEN JEMBER",
                              "LAPORAN REALISASI ANGGARAN BELANJA PER PROGRAM, KEGIATAN DAN SUB KEGIATAN",
                              "SKPD: 7.01.0.00.0.00.14.0000 KECAMATAN MUMBULSARI",
                              "PERIODE: 1 JANUARI 2025 S.D. 31 DESEMBER 2025")):
        ws.merge_range(i, 0, i, 5, teks, tebal)
    ws.write_row(BARIS_JUDUL - 1, 0, ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%",
                                      "Sisa Anggaran (Rp)"], tengah)
    ws.write_row(BARIS_JUDUL, 0, [1, 2, 3, 4, 5, 6], tengah)
    baris = realisasi()
    mulai = BARIS_JUDUL + 1  # 0-based index of the first data row
    nomor = {kode: mulai + i + 1 for i, (kode, *_rest) in enumerate(baris)}  # kode → 1-based row
    for i, (kode, nama, pagu, real, tingkat) in enumerate(baris):
        r = mulai + i
        f = uang if tingkat == "sub_kegiatan" else uang_tebal
        ws.write_string(r, 0, kode or "", biasa)
        ws.write_string(r, 1, nama, biasa)
        if tingkat == "sub_kegiatan":
            if kode in TEKS_RIBUAN:
                ws.write_string(r, 2, _ribuan(pagu), f)
                ws.write_string(r, 3, _ribuan(real), f)
            else:
                ws.write_number(r, 2, pagu, f)
                ws.write_number(r, 3, real, f)
        else:  # subtotals are SUM formulas over their parts, saved with their values
            assert kode is not None
            segmen = {1: 2, 2: 3, 3: 5, 5: 6}[len(kode.split("."))]  # the level of its parts
            anak = [nomor[k] for k, *_x in baris if k and k.startswith(f"{kode}.") and len(k.split(".")) == segmen]
            for c, nilai in ((2, pagu), (3, real)):
                huruf = "CD"[c - 2]
                rumus = "=" + "+".join(f"{huruf}{n}" for n in anak)
                ws.write_formula(r, c, rumus, f, nilai)
        ws.write_formula(r, 4, f"=IF(C{r + 1}=0,0,D{r + 1}/C{r + 1}*100)", persen,
                         float(Decimal(real) * 100 / Decimal(pagu)) if pagu else 0)
        ws.write_formula(r, 5, f"=C{r + 1}-D{r + 1}", f, pagu - real)
    akhir = mulai + len(baris)
    total_pagu, total_real = baris[0][2], baris[0][3]
    ws.write_string(akhir, 1, "JUMLAH BELANJA", tengah)
    programs = [nomor[k] for k, *_x, t in baris if t == "program"]
    ws.write_formula(akhir, 2, "=" + "+".join(f"C{n}" for n in programs), uang_tebal, total_pagu)
    ws.write_formula(akhir, 3, "=" + "+".join(f"D{n}" for n in programs), uang_tebal, total_real)
    ws.write_formula(akhir, 4, f"=D{akhir + 1}/C{akhir + 1}*100", persen,
                     float(Decimal(total_real) * 100 / Decimal(total_pagu)))
    ws.write_formula(akhir, 5, f"=C{akhir + 1}-D{akhir + 1}", uang_tebal, total_pagu - total_real)
    ws.set_column(0, 0, 20)
    ws.set_column(1, 1, 60)
    ws.set_column(2, 5, 16)
    buku.close()


if __name__ == "__main__":
    tulis_survei(FOLDER / "skm-2025.xlsx")
    tulis_realisasi(FOLDER / "realisasi-2025.xlsx")
    print(f"ditulis: {FOLDER / 'skm-2025.xlsx'}, {FOLDER / 'realisasi-2025.xlsx'}")
