"""SKM answers from form exports: labels and codes, wrong labels, merged headers, formulas, locations."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from doctools.errors import DataError
from doctools.kinerja import MODEL_2017, hitung_skm, skala_skm_bawaan
from doctools.masukan.lembar import baca_lembar
from doctools.masukan.survei import PetaSurvei, baca_survei
from tests.kinerja.skm import JAWABAN, JUDUL, baca, tulis_csv

SKALA_2017 = skala_skm_bawaan()["permenpanrb-14-2017"]

UNSUR = ("Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
         "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
         "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana")
TANYA = [f"Pertanyaan {i}" for i in range(1, 10)]
PETA = PetaSurvei(lembar="Form Responses 1", kolom=dict(zip(TANYA, UNSUR)))
BAIK = ("Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik")


def tulis(path: Path, baris: list[list], lembar: str = "Form Responses 1") -> Path:
    """An .xlsx written by XlsxWriter; ``("=F", nilai)`` is a formula saved with its value."""
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet(lembar)
    waktu = buku.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    for r, isi in enumerate(baris):
        for c, v in enumerate(isi):
            if isinstance(v, tuple):
                ws.write_formula(r, c, v[0], None, v[1])
            elif isinstance(v, dt.datetime):
                ws.write_datetime(r, c, v, waktu)
            elif v is not None:
                ws.write(r, c, v)
    buku.close()
    return path


def jawaban(*nilai: object) -> list[object]:
    return list(nilai) if len(nilai) == 9 else [nilai[0]] * 9


def test_label_dan_kode_dibaca(tmp_path: Path) -> None:
    t0 = dt.datetime(2025, 3, 4, 9, 0)
    path = tulis(tmp_path / "skm.xlsx", [
        ["Timestamp", "Nama", *TANYA],
        [t0, "A", *jawaban("Sangat Baik")],
        [t0 + dt.timedelta(days=200), "B", *jawaban(3)],                 # codes
        [t0 + dt.timedelta(days=1), "C", *jawaban("  kurang   BAIK ")],  # case and spaces aside
        [t0 + dt.timedelta(days=2), "D", *jawaban("a. Tidak Baik")],     # option letter dropped
    ])
    b = baca_survei(path, "skm.xlsx", PETA)
    assert b.temuan == () and b.jawaban is not None
    assert b.jawaban.nilai == ((4,) * 9, (3,) * 9, (2,) * 9, (1,) * 9)
    assert b.jawaban.baris == (2, 3, 4, 5)
    assert b.periode == (dt.date(2025, 3, 4), dt.date(2025, 9, 20))
    assert hitung_skm(b.jawaban, SKALA_2017).ikm == Decimal("62.5")  # (4+3+2+1)/4 × 25


def test_setiap_kolom_memakai_kumpulan_labelnya(tmp_path: Path) -> None:
    # "Cukup" is 2 for sarana (Buruk/Cukup/Baik/Sangat Baik), "Tidak Puas" 1 or 2 by the column's set
    baris = [["Timestamp", *TANYA]]
    for sarana, puas in (("Cukup", "Tidak Puas"), ("Buruk", "Kurang Puas"), ("Baik", "Puas")):
        baris.append([dt.datetime(2025, 1, 2), *["Sesuai"] * 7, puas, sarana])
    b = baca_survei(tulis(tmp_path / "skm.xlsx", baris), None, PETA)
    assert [r[7:] for r in b.jawaban.nilai] == [(1, 2), (2, 1), (3, 3)]
    for r, puas in zip(baris[1:], ("Sangat Tidak Puas", "Tidak Puas", "Sangat Puas")):
        r[8] = puas  # now the column speaks the other set: Tidak Puas = 2
    b = baca_survei(tulis(tmp_path / "skm2.xlsx", baris), None, PETA)
    assert [r[7] for r in b.jawaban.nilai] == [1, 2, 4] and b.temuan == ()


def test_label_salah_adalah_temuan_di_selnya(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm-2025.xlsx", [
        ["Timestamp", *TANYA],
        [dt.datetime(2025, 1, 2), *jawaban("Baik")],
        [dt.datetime(2025, 1, 2, 10), *jawaban("Kurang Baik")],
        [dt.datetime(2025, 1, 2, 11), *jawaban("Kurang Baik")],
        [dt.datetime(2025, 1, 3), *jawaban("Baik", "Cukup", "Baik", "Baik", "Baik", "Sangat Bagus", "Baik", 5, "Baik")],
    ])
    b = baca_survei(path, "skm-2025.xlsx", PETA)
    assert b.jawaban is None
    pesan = {str(t.lokasi): (t.tingkat, t.aturan, t.pesan) for t in b.temuan}
    assert pesan["skm-2025.xlsx, lembar 'Form Responses 1', sel C5"] == (
        "galat", "skm.jawaban", "jawaban 'Cukup' tidak dikenal untuk unsur 'Sistem, Mekanisme, dan Prosedur'; "
        "pilihan: 'Tidak Baik' (1), 'Kurang Baik' (2), 'Baik' (3), 'Sangat Baik' (4), atau angka 1–4")
    assert "maksudnya 'Sangat Baik'?" in pesan["skm-2025.xlsx, lembar 'Form Responses 1', sel G5"][2]
    assert pesan["skm-2025.xlsx, lembar 'Form Responses 1', sel I5"][2].startswith(
        "jawaban '5' tidak sah untuk unsur 'Penanganan Pengaduan, Saran dan Masukan'; isi dengan bilangan bulat 1 "
        "sampai 4")
    assert len(b.temuan) == 3


def test_judul_digabung_dua_baris(tmp_path: Path) -> None:
    # "Nama" merged down over rows 1–2; "Penilaian" merged across the question columns, questions under it
    path = tmp_path / "skm.xlsx"
    buku = xlsxwriter.Workbook(str(path))
    ws = buku.add_worksheet("Rekap")
    ws.merge_range("A1:A2", "Nama")
    ws.merge_range("B1:J1", "Penilaian")
    ws.write_row("B2", UNSUR)
    ws.write_row("A3", ["Siti", *[4] * 9])
    ws.write_row("A4", ["Budi", *[2] * 9])
    buku.close()
    lembar = baca_lembar(path)
    judul = lembar.judul()
    assert (judul.pertama, judul.terakhir) == (1, 2)
    assert judul.sendiri[:3] == ("Nama", "Persyaratan", "Sistem, Mekanisme, dan Prosedur")
    assert judul.lengkap[1] == "Penilaian Persyaratan"
    b = baca_survei(path)  # no mapping: the headers name the unsur
    assert b.jawaban.nilai == ((4,) * 9, (2,) * 9) and b.jawaban.baris == (3, 4)
    # a mapping may use the joined title too; an explicit header range gives the same result
    peta = PetaSurvei(baris_judul=(1, 2), kolom={"Penilaian Persyaratan": "Persyaratan",
                                                 **{u: u for u in UNSUR[1:]}})
    assert baca_survei(path, None, peta).jawaban.nilai == ((4,) * 9, (2,) * 9)


def test_baris_kosong_di_tengah_dilewati(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm.xlsx", [
        ["Timestamp", *TANYA],
        [dt.datetime(2025, 1, 2), *jawaban(4)],
        [],
        [None, None, None, None, None, None, None, None, None, None],
        [dt.datetime(2025, 1, 5), *jawaban(2)],
    ])
    b = baca_survei(path, None, PETA)
    assert b.jawaban.baris == (2, 5) and b.temuan == ()


def test_rumus_dengan_nilai_tersimpan_dibaca(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm.xlsx", [
        ["Timestamp", *TANYA],
        [dt.datetime(2025, 1, 2), ("=2+1", 3), *jawaban(4)[1:]],
    ])
    assert baca_survei(path, None, PETA).jawaban.nilai == ((3, 4, 4, 4, 4, 4, 4, 4, 4),)


def test_rumus_tanpa_nilai_tersimpan_adalah_temuan(tmp_path: Path) -> None:
    path = tmp_path / "skm.xlsx"
    buku = openpyxl.Workbook()  # openpyxl saves formulas without a computed value
    ws = buku.active
    ws.title = "Form Responses 1"
    ws.append(["Timestamp", *TANYA])
    ws.append(["2025-01-02", "=1+2", *[4] * 8])
    ws.append(["2025-01-03", 4, None, *[4] * 7])
    buku.save(path)
    b = baca_survei(path, "skm.xlsx", PETA)
    assert b.jawaban is None
    [rumus, kosong] = b.temuan
    assert (str(rumus.lokasi), rumus.tingkat) == ("skm.xlsx, lembar 'Form Responses 1', sel B2", "galat")
    assert rumus.pesan.startswith("sel ini berisi rumus '=1+2' tanpa nilai tersimpan; buka berkas di Excel")
    assert (str(kosong.lokasi), kosong.aturan) == ("skm.xlsx, lembar 'Form Responses 1', sel C3",
                                                   "skm.jawaban-kosong")


def test_csv_google_forms_dengan_label(tmp_path: Path) -> None:
    path = tmp_path / "jawaban.csv"
    path.write_text('"Timestamp","Email Address",' + ",".join(f'"{t}"' for t in TANYA) + "\n"
                    + '"2025/03/01 9:00:00 GMT+7","a@x.id",' + ",".join(["Baik"] * 9) + "\n"
                    + '"2025/11/30 9:00:00 GMT+7","b@x.id",' + ",".join(["Sangat Baik"] * 9) + "\n"
                    + '"2025/12/01 9:00:00 GMT+7","a@x.id",' + ",".join(["Baik"] * 9) + "\n", encoding="utf-8")
    b = baca_survei(path, "jawaban.csv", PetaSurvei(kolom=PETA.kolom))
    assert b.jawaban.nilai == ((3,) * 9, (4,) * 9, (3,) * 9)
    assert b.periode == (dt.date(2025, 3, 1), dt.date(2025, 12, 1))
    [ganda] = b.temuan  # the e-mail column is the respondent's
    assert str(ganda.lokasi) == "jawaban.csv, sel B4" and "sudah mengisi pada baris 2" in ganda.pesan


def test_judul_mirip_diberi_saran(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm.xlsx", [["Timestamp", *TANYA], [dt.datetime(2025, 1, 2), *jawaban(4)]])
    kolom = dict(PETA.kolom)
    kolom["Pertanyan 1"] = kolom.pop("Pertanyaan 1")
    with pytest.raises(DataError) as info:
        baca_survei(path, "skm.xlsx", PetaSurvei(kolom=kolom))
    assert info.value.pesan == ("kolom jawaban survei berjudul 'Pertanyan 1' tidak ada di skm.xlsx, lembar "
                                "'Form Responses 1', baris 1; maksudnya 'Pertanyaan 1' (kolom B)?")


def test_lembar_tidak_ada_diberi_saran(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm.xlsx", [["Timestamp", *TANYA], [dt.datetime(2025, 1, 2), *jawaban(4)]])
    with pytest.raises(DataError) as info:
        baca_survei(path, "skm.xlsx", PetaSurvei(lembar="Form Response 1", kolom=PETA.kolom))
    assert str(info.value) == ("skm.xlsx: lembar 'Form Response 1' tidak ada; maksudnya 'Form Responses 1'? lembar "
                               "yang ada: 'Form Responses 1'")


def test_kumpulan_label_sendiri(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm.xlsx", [["Timestamp", *TANYA], [dt.datetime(2025, 1, 2), *jawaban("Mantap")],
                                         [dt.datetime(2025, 1, 3), *jawaban("Payah")]])
    peta = PetaSurvei(kolom=PETA.kolom, label=[["Payah", "Lumayan", "Bagus", "Mantap"]])
    assert baca_survei(path, None, peta).jawaban.nilai == ((4,) * 9, (1,) * 9)


def test_berkas_tidak_diubah(tmp_path: Path) -> None:
    path = tulis(tmp_path / "skm.xlsx", [["Timestamp", *TANYA], [dt.datetime(2025, 1, 2), *jawaban(None)],
                                         [dt.datetime(2025, 1, 3), *jawaban("Baik")]])
    sebelum = (path.read_bytes(), path.stat().st_mtime_ns)
    baca_survei(path, None, PETA)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == sebelum


# ---- a plain answer sheet: headers that name the unsur, codes 1–4 ---------------------------------------


def test_urutan_kolom_tidak_berpengaruh(tmp_path: Path) -> None:
    a = hitung_skm(baca(tmp_path / "a.csv", JUDUL, JAWABAN), SKALA_2017)
    urutan = [10, 2, 9, 0, 8, 3, 7, 1, 6, 4, 5]
    b = hitung_skm(baca(tmp_path / "b.csv", [JUDUL[i] for i in urutan], [[r[i] for i in urutan] for r in JAWABAN]),
                   SKALA_2017)
    assert a == b


def test_csv_titik_koma_dan_bom(tmp_path: Path) -> None:
    a = hitung_skm(baca(tmp_path / "a.csv", JUDUL, JAWABAN), SKALA_2017)
    path = tmp_path / "b.csv"
    # Written by hand, unquoted, as Excel (Indonesian locale) saves it: commas inside names.
    teks = ";".join(JUDUL) + "\r\n" + "\r\n".join(";".join(r) for r in JAWABAN) + "\r\n;;;\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + teks.encode("utf-8"))
    b = baca_survei(path)
    assert b.jawaban is not None and hitung_skm(b.jawaban, SKALA_2017) == a


def test_xlsx_sama_dengan_csv(tmp_path: Path) -> None:
    path = tulis(tmp_path / "survei.xlsx", [[], JUDUL, *[[int(v) if v.isdigit() else v or None for v in r]
                                                         for r in JAWABAN]], lembar="Sheet1")
    b = baca_survei(path)
    assert b.jawaban is not None and b.jawaban.baris == (3, 4, 5, 6)
    assert hitung_skm(b.jawaban, SKALA_2017) == hitung_skm(baca(tmp_path / "s.csv", JUDUL, JAWABAN), SKALA_2017)


@pytest.mark.parametrize(("isi", "pesan"), [
    ("5", "jawaban '5' tidak sah untuk unsur 'Persyaratan'; isi dengan bilangan bulat 1 sampai 4"),
    ("3,5", "jawaban '3,5' tidak sah untuk unsur 'Persyaratan'"),
    ("2.5", "jawaban '2.5' tidak sah untuk unsur 'Persyaratan'"),
    ("0", "jawaban '0' tidak sah"),
    ("-1", "jawaban '-1' tidak sah"),
    ("x", "jawaban 'x' tidak dikenal untuk unsur 'Persyaratan'; pilihan: 'Tidak Baik' (1)"),
])
def test_jawaban_tidak_sah_adalah_galat_di_selnya(tmp_path: Path, isi: str, pesan: str) -> None:
    baris = [r[:] for r in JAWABAN]
    baris[3][2] = isi  # respondent 4 = row 5, column C (Persyaratan)
    path = tulis_csv(tmp_path / "s.csv", JUDUL, baris, pemisah=";")
    b = baca_survei(path)
    assert b.jawaban is None
    [galat] = [t for t in b.temuan if t.tingkat == "galat"]
    assert galat.pesan.startswith(pesan) and galat.aturan == "skm.jawaban"
    assert str(galat.lokasi) == f"{path}, sel C5"


@pytest.mark.parametrize(("judul", "pesan"), [
    (["Persyaratn" if j == "Persyaratan" else j for j in JUDUL],
     "kolom 'Persyaratn': unsur 'Persyaratn' tidak dikenal pada model SKM PermenPAN-RB 14/2017 (9 unsur); "
     "yang paling mirip: 'Persyaratan'"),
    (["Ongkos" if j == "Biaya / Tarif" else j for j in JUDUL], "unsur 'Biaya/Tarif' tidak ditemukan"),
    (["No"] + [f"U{i}" for i in range(1, 10)], "kolom 'U1': 'U1' adalah kode posisi unsur"),
])
def test_judul_unsur_salah_adalah_galat(tmp_path: Path, judul: list[str], pesan: str) -> None:
    with pytest.raises(DataError, match=re.escape(pesan)):
        baca_survei(tulis_csv(tmp_path / "s.csv", judul, [["1"] + ["4"] * (len(judul) - 1)]))


def test_unsur_di_dua_kolom(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="muncul di dua kolom, 'Sistem, Mekanisme & Prosedur' dan 'Prosedur'"):
        baca_survei(tulis_csv(tmp_path / "s.csv", JUDUL + ["Prosedur"], [r + ["3"] for r in JAWABAN]))


def test_nama_lain_unsur_dan_baris_kosong(tmp_path: Path) -> None:
    judul = ["1. Persyaratan", "PROSEDUR", "Waktu", "Biaya", "Produk", "Kompetensi", "Perilaku", "Pengaduan", "Sarana"]
    jawaban_ = baca(tmp_path / "a.csv", judul, [["4"] * 9])
    assert jawaban_.model is MODEL_2017 and jawaban_.kolom_unsur == tuple(judul)
    jawaban_ = baca(tmp_path / "b.csv", JUDUL, [JAWABAN[0], ["5", "L"] + [""] * 9, JAWABAN[1]])
    assert jawaban_.jumlah_responden == 2 and jawaban_.baris == (2, 4)  # a row with no answer is no respondent


def test_berkas_yang_tidak_dapat_dibaca(tmp_path: Path) -> None:
    (tmp_path / "lama.xls").write_bytes(b"x")
    with pytest.raises(DataError, match=".xls lama tidak didukung"):
        baca_survei(tmp_path / "lama.xls")
    (tmp_path / "latin.csv").write_bytes("Persyaratan;Kenyamanan\xe9\n".encode("latin-1"))
    with pytest.raises(DataError, match="bukan teks UTF-8"):
        baca_survei(tmp_path / "latin.csv")


# ---- through lkj.yaml ---------------------------------------------------------------------------------

PERSYARATAN = '"Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?"'


@pytest.mark.parametrize(("lama", "baru", "pesan"), [
    (f"{PERSYARATAN}: Persyaratan", f"{PERSYARATAN}: Persyaratn",
     "unsur 'Persyaratn' tidak dikenal; maksudnya 'Persyaratan'?"),
    (f"{PERSYARATAN}: Persyaratan", PERSYARATAN.replace("kesesuaian", "kesesuain") + ": Persyaratan",
     "maksudnya 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?' "
     "(kolom J)?"),
    ("    O: Sarana dan Prasarana", "    N: Sarana dan Prasarana\n    O: Sarana dan Prasarana",
     "unsur 'Sarana dan Prasarana' dipetakan dari dua kolom"),
    ("  berkas: skm-2025.xlsx", "  berkas: /srv/skm-2025.xlsx", "harus berada di dalam folder data"),
    ("  berkas: skm-2025.xlsx", "  berkas: skm-2026.xlsx", "berkas jawaban survei 'skm-2026.xlsx' tidak ditemukan"),
    ("  lembar: Form Responses 1", "  lembar: Form Responses", "maksudnya 'Form Responses 1'?"),
])
def test_pemetaan_survei_salah_ditolak_check_dan_build(tmp_path: Path, lama: str, baru: str, pesan: str) -> None:
    from doctools.build import bangun_folder
    from doctools.reviu import periksa_folder
    from tests.conftest import CONTOH
    from tests.reviu.conftest import salin

    salinan = salin(tmp_path / "data" / CONTOH.name)
    salinan.ganti("lkj.yaml", lama, baru)
    galat = [str(t) for t in periksa_folder(salinan.folder).temuan if t.tingkat == "galat"]
    assert any(pesan in t for t in galat), galat
    with pytest.raises(DataError) as info:
        bangun_folder(salinan.folder, tmp_path / "keluar")
    assert pesan in str(info.value)
    assert not any((tmp_path / "keluar").rglob("*.docx"))
