"""Budget realisation exports: hierarchy by kode or by name, subtotals, amounts, formulas, locations."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from doctools.build import bangun_folder
from doctools.errors import DataError
from doctools.masukan.realisasi import PetaRealisasi, baca_realisasi
from doctools.model import KumpulanGalat, muat_data
from doctools.reviu import periksa_folder
from tests.conftest import CONTOH
from tests.reviu.conftest import salin

KOLOM = {"kode": "A", "uraian": "B", "pagu": "C", "realisasi": "D"}
SASARAN = {"7.01.02": "pelayanan", "7.01.04": "trantib"}


def tulis(path: Path, baris: list[list], judul: int = 3) -> Path:
    """A finance-system export: title lines, the header at row ``judul``, column numbers, ``baris``.

    An amount ``("=F", nilai)`` is a formula saved with its value; None leaves the row empty.
    """
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet("Realisasi")
    ws.merge_range("A1:D1", "LAPORAN REALISASI ANGGARAN PER PROGRAM, KEGIATAN DAN SUB KEGIATAN")
    ws.write_row(judul - 1, 0, ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"])
    ws.write_row(judul, 0, [1, 2, 3, 4])
    for i, isi in enumerate(baris, start=judul + 1):
        for c, v in enumerate(isi or []):
            if isinstance(v, tuple):
                ws.write_formula(i, c, v[0], None, v[1])
            elif v is not None:
                ws.write(i, c, v)
    buku.close()
    return path


CONTOH_BARIS: list[list] = [
    ["7", "UNSUR KEWILAYAHAN", ("=C6+C10", 250000), ("=D6+D10", 238750)],
    ["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", ("=C7", 150000), ("=D7", 145000)],
    ["7.01.02.2.02", "Peningkatan Efektivitas Pelayanan Publik", ("=C8+C9", 150000), ("=D8+D9", 145000)],
    ["7.01.02.2.02.0001", "Fasilitasi Pelayanan Terpadu", "100.000", "96.250,00"],      # text with dots
    ["7.01.02.2.02.0002", "Koreksi Belanja Tahun Lalu", 50000, "48.750"],
    ["7.01.04", "Program Koordinasi Ketenteraman dan Ketertiban Umum", 100000, 93750],
    ["7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", 100000, 93750],
    None,                                                                                 # empty row
    ["7.01.04.2.01.0001", "Sinergi dengan Forkopimcam", 100000, 93750],
    ["5.1.02.01", "Belanja Barang", 102500, 96250],                                      # its account rows
    ["5.1.02.02", "Koreksi Belanja", "(2.500)", "(2.500)"],                               # parentheses negative
    ["5.1.02.03", "Belanja Jasa", 0, "-"],
    [None, "JUMLAH", ("=C5", 250000), ("=D5", 238750)],
]


def test_hierarki_dari_kode_subtotal_tidak_dihitung_dua_kali(tmp_path: Path) -> None:
    path = tulis(tmp_path / "realisasi.xlsx", CONTOH_BARIS)
    r = baca_realisasi(path, "realisasi.xlsx", PetaRealisasi(kolom=KOLOM, sasaran=SASARAN))
    [p1, p2] = r.program
    assert (p1["nama"], p1["sasaran"], p2["sasaran"]) == (
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "pelayanan", "trantib")
    [k1] = p1["kegiatan"]
    assert [(s["pagu"], s["realisasi"]) for s in k1["sub_kegiatan"]] == [(100000, Decimal("96250.00")),
                                                                           (50000, 48750)]
    [k2] = p2["kegiatan"]
    assert [(s["pagu"], s["realisasi"]) for s in k2["sub_kegiatan"]] == [(100000, 93750)]  # accounts: its parts
    # the urusan, program, kegiatan and JUMLAH rows are checked, and only the lowest rows carry amounts
    semua = [s[x] for p in r.program for k in p["kegiatan"] for s in k["sub_kegiatan"] for x in ("pagu",)]
    assert sum(semua) == 250000
    assert r.baris[("program", 1, "kegiatan", 0, "sub_kegiatan", 0)] == 13  # the empty row 12 is skipped


def test_rincian_kegiatan(tmp_path: Path) -> None:
    path = tulis(tmp_path / "realisasi.xlsx", CONTOH_BARIS)
    r = baca_realisasi(path, None, PetaRealisasi(kolom=KOLOM, sasaran=SASARAN, rincian="kegiatan"))
    assert [(k["nama"], k["pagu"], k["realisasi"], "sub_kegiatan" in k) for p in r.program for k in p["kegiatan"]] == [
        ("Peningkatan Efektivitas Pelayanan Publik", 150000, 145000, False),
        ("Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", 100000, 93750, False)]


def _galat(path: Path, peta: PetaRealisasi) -> list[str]:
    with pytest.raises(DataError) as info:
        baca_realisasi(path, "realisasi.xlsx", peta)
    daftar = info.value.galat if isinstance(info.value, KumpulanGalat) else [info.value]
    return [str(g) for g in daftar]


def test_subtotal_salah_di_selnya(tmp_path: Path) -> None:
    baris = [list(b) if b else b for b in CONTOH_BARIS]
    baris[1][2] = ("=C7", 160000)  # the program's pagu says 160.000, its kegiatan 150.000
    baris[-1][3] = ("=D5", 240000)
    salah = _galat(tulis(tmp_path / "realisasi.xlsx", baris), PetaRealisasi(kolom=KOLOM, sasaran=SASARAN))
    # the program's wrong pagu also makes the urusan and the JUMLAH above and below it disagree
    assert [g.split(":")[0].rsplit(" ", 1)[1] for g in salah] == ["C5", "C6", "C17", "D17"]
    assert [salah[1], salah[3]] == [
        "realisasi.xlsx, lembar 'Realisasi', sel C6: pagu program 'Program Penyelenggaraan Pemerintahan dan "
        "Pelayanan Publik' tertulis Rp 160.000,00, tetapi jumlah rinciannya (baris 7) Rp 150.000,00; selisih "
        "Rp 10.000,00, perbaiki salah satunya",
        "realisasi.xlsx, lembar 'Realisasi', sel D17: realisasi 'JUMLAH' tertulis Rp 240.000,00, tetapi jumlah "
        "rinciannya (baris 6–10) Rp 238.750,00; selisih Rp 1.250,00, perbaiki salah satunya"]


def test_baris_tanpa_program_dan_program_tanpa_sasaran(tmp_path: Path) -> None:
    baris = [list(b) if b else b for b in CONTOH_BARIS[:-1]]
    baris.append(["7.01.05.2.01", "Fasilitasi Kerukunan", 10000, 10000])  # its program 7.01.05 is not there
    salah = _galat(tulis(tmp_path / "realisasi.xlsx", baris), PetaRealisasi(kolom=KOLOM, sasaran={"7.01.02": "x"}))
    assert len(salah) == 2
    assert salah[1] == ("realisasi.xlsx, lembar 'Realisasi', sel A17: kegiatan '7.01.05.2.01 Fasilitasi Kerukunan' "
                        "tidak masuk program mana pun di lembar ini: program 7.01.05 tidak ada; tambahkan baris "
                        "programnya atau perbaiki kodenya")
    assert salah[0] == ("realisasi.xlsx, lembar 'Realisasi', sel A10: program 'Program Koordinasi Ketenteraman dan "
                         "Ketertiban Umum' tidak disebut di anggaran.sasaran lkj.yaml, sehingga tidak diketahui "
                         "sasaran yang didukungnya; tambahkan '\"7.01.04\": <id sasaran>' di bawah sasaran:")


def test_rekening_dan_angka_negatif_yang_dimuat(tmp_path: Path) -> None:
    baris = [list(b) if b else b for b in CONTOH_BARIS]
    baris[9][3] = "(2.500)"  # an account row: its sub kegiatan's realisasi is now -Rp 5.000 by its accounts
    salah = _galat(tulis(tmp_path / "realisasi.xlsx", baris), PetaRealisasi(kolom=KOLOM, sasaran=SASARAN))
    assert salah == ["realisasi.xlsx, lembar 'Realisasi', sel D13: realisasi sub kegiatan 'Sinergi dengan "
                     "Forkopimcam' tertulis Rp 93.750,00, tetapi jumlah rinciannya (baris 14–16) -Rp 5.000,00; "
                     "selisih Rp 98.750,00, perbaiki salah satunya"]
    baris[9][3], baris[8][3], baris[6][3] = 96250, "(93.750)", ("=D13", -93750)  # a negative row the LKj prints
    salah = _galat(tulis(tmp_path / "realisasi2.xlsx", baris), PetaRealisasi(kolom=KOLOM, sasaran=SASARAN))
    assert "sel D13: realisasi sub kegiatan 'Sinergi dengan Forkopimcam' negatif (-Rp 93.750,00); LKj memuat " \
           "angka 0 atau lebih" in "\n".join(salah)


def test_kunci_sasaran_tidak_dikenal_diberi_saran(tmp_path: Path) -> None:
    path = tulis(tmp_path / "realisasi.xlsx", CONTOH_BARIS)
    salah = _galat(path, PetaRealisasi(kolom=KOLOM, sasaran={**SASARAN, "7.01.4": "trantib"}))
    assert salah == ["'7.01.4' bukan kode atau nama program/kegiatan di realisasi.xlsx; maksudnya '7.01.04'?"]


def test_rumus_tanpa_nilai_dan_angka_tak_terbaca(tmp_path: Path) -> None:
    path = tmp_path / "realisasi.xlsx"
    buku = openpyxl.Workbook()  # openpyxl saves formulas without their value
    ws = buku.active
    ws.append(["Kode", "Uraian", "Pagu", "Realisasi"])
    ws.append(["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "=C3", 100])
    ws.append(["7.01.02.2.02", "Peningkatan Efektivitas Pelayanan Publik", 100, "1.00.000"])
    buku.save(path)
    sebelum = (path.read_bytes(), path.stat().st_mtime_ns)
    salah = _galat(path, PetaRealisasi(kolom=KOLOM, sasaran=SASARAN))
    assert salah[1].startswith("realisasi.xlsx, lembar 'Sheet', sel D3: realisasi '1.00.000' tidak dapat dibaca: "
                               "angka '1.00.000' tidak bisa dibaca")
    assert salah[0].startswith("realisasi.xlsx, lembar 'Sheet', sel C2: sel ini berisi rumus '=C3' tanpa nilai "
                               "tersimpan")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == sebelum  # never written to


def test_pagu_berupa_kata_disebut_sekali_cara_menulisnya(tmp_path: Path) -> None:
    # the advice came twice ("tulis seperti …; tulis angka saja, …"), the second offering negative numbers
    path = tmp_path / "realisasi.xlsx"
    buku = openpyxl.Workbook()
    ws = buku.active
    ws.append(["Kode", "Uraian", "Pagu", "Realisasi"])
    ws.append(["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 100, 100])
    ws.append(["7.01.02.2.02", "Peningkatan Efektivitas Pelayanan Publik", "empat belas juta", 100])
    buku.save(path)
    salah = _galat(path, PetaRealisasi(kolom=KOLOM, sasaran=SASARAN))
    assert ("realisasi.xlsx, lembar 'Sheet', sel C3: pagu 'empat belas juta' tidak dapat dibaca: 'empat belas juta' "
            "bukan angka yang bisa dibaca; tulis seperti 1.250.000 atau 1.250.000,50; angka negatif ditulis dalam "
            "kurung, mis. (1.250.000)") in salah


def test_hierarki_dari_nama_dan_judul_kolom(tmp_path: Path) -> None:
    path = tmp_path / "realisasi.xlsx"
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet("Lap")
    ws.write_row("A1", ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"])
    rows = [[1, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 150000, 145000],
            [None, "Kegiatan: Peningkatan Efektivitas Pelayanan Publik", 150000, 145000],
            [None, "Fasilitasi Pelayanan Terpadu", 150000, 145000],
            [2, "Program Koordinasi Ketenteraman dan Ketertiban Umum", 100000, 93750],
            [None, "Kegiatan Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", 100000, 93750],
            [None, "Total", 250000, 238750]]
    for i, r in enumerate(rows, start=1):
        ws.write_row(i, 0, r)
    buku.close()
    peta = PetaRealisasi(kolom={"uraian": "Program/Kegiatan", "pagu": "Pagu (Rp)", "realisasi": "Realisasi (Rp)"},
                         sasaran={"Program Penyelenggaraan Pemerintahan dan Pelayanan Publik": "pelayanan",
                                  "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum": "trantib"})
    r = baca_realisasi(path, None, peta)
    assert [(p["nama"], [(k["nama"], k.get("sasaran"), len(k.get("sub_kegiatan", []))) for k in p["kegiatan"]])
            for p in r.program] == [
        ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
         [("Peningkatan Efektivitas Pelayanan Publik", None, 1)]),
        ("Program Koordinasi Ketenteraman dan Ketertiban Umum",
         [("Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", "trantib", 0)])]
    # a kegiatan above every program fits no program
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet("Lap")
    ws.write_row("A1", ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"])
    ws.write_row("A2", [None, "Kegiatan Rapat Koordinasi", 5000, 5000])
    ws.write_row("A3", rows[0])
    ws.write_row("A4", rows[1])
    buku.close()
    assert _galat(path, peta)[0] == (
        "realisasi.xlsx, lembar 'Lap', sel B2: kegiatan 'Rapat Koordinasi' tidak masuk program mana pun: tidak ada "
        "baris program di atasnya; tambahkan baris programnya (diawali 'Program')")


# ---- through lkj.yaml ---------------------------------------------------------------------------------


def test_contoh_memuat_anggaran_dari_ekspor(tmp_path: Path) -> None:
    salinan = salin(tmp_path / "data" / CONTOH.name)
    xlsx = salinan.path("realisasi-2025.xlsx")
    sebelum = (xlsx.read_bytes(), xlsx.stat().st_mtime_ns)
    data = muat_data(salinan.folder)
    program = data.lkj.anggaran.program
    assert [p.nama for p in program][1] == "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    assert sum(k.pagu for p in program for k in p.kegiatan) == 2310037500
    assert [(k.sasaran, p.sasaran) for p in program[:1] for k in p.kegiatan][2] == ("tata-kelola", "akuntabilitas")
    bangun_folder(salinan.folder, tmp_path / "keluar")
    assert (xlsx.read_bytes(), xlsx.stat().st_mtime_ns) == sebelum  # read, never written


@pytest.mark.parametrize(("lama", "baru", "pesan"), [
    ("  berkas: realisasi-2025.xlsx", "  berkas: ../realisasi-2025.xlsx",
     "berkas '../realisasi-2025.xlsx' harus berada di dalam folder data"),
    ("  berkas: realisasi-2025.xlsx", "  berkas: realisasi-2025.xls", "berformat .xls lama"),
    ("  kolom: {kode: A, uraian: B, pagu: C, realisasi: D}", "  kolom: {kode: A, uraian: B, pagu: C}",
     "kolom 'anggaran.kolom.realisasi': wajib diisi"),
    ("  baris_judul: 6 ", "  baris_judul: 6-2 ", "baris judul 6–2 tidak masuk akal"),
    ("  kolom: {kode: A, uraian: B, pagu: C, realisasi: D}", "  kolom: {kode: A, uraian: B, pagu: E, realisasi: D}",
     "sel E8: pagu urusan '7 UNSUR KEWILAYAHAN' tertulis"),
    ("  lembar: Realisasi Belanja", "  lembar: Realisasi", "lembar 'Realisasi' tidak ada; maksudnya"),
    ('    "7.01.04": trantib', '    "7.01.04": trantib\n    "7.01.05": trantib',
     "'7.01.05' bukan kode atau nama program/kegiatan"),
])
def test_pemetaan_salah_ditolak_check_dan_build(tmp_path: Path, lama: str, baru: str, pesan: str) -> None:
    salinan = salin(tmp_path / "data" / CONTOH.name)
    salinan.ganti("lkj.yaml", lama, baru)
    laporan = periksa_folder(salinan.folder)
    galat = [t for t in laporan.temuan if t.tingkat == "galat"]
    assert any(pesan in str(t) for t in galat), [str(t) for t in galat]
    with pytest.raises(DataError) as info:
        bangun_folder(salinan.folder, tmp_path / "keluar")
    assert pesan in str(info.value)
    assert not (tmp_path / "keluar").exists() or not any((tmp_path / "keluar").rglob("*.docx"))
