"""The rendered decree through LibreOffice: paper size of every page, page numbers, the last page.

One soffice run converts both the F4 example and an A4 variant; pdfinfo and pdftotext read them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SalinanData, salin_iku

pytestmark = pytest.mark.libreoffice

F4_PT = (609.99, 936.0)   # 215 × 330 mm as LibreOffice rounds it
A4_PT = (595.3, 841.9)
TOLERANSI_PT = 1.5


@pytest.fixture(scope="module")
def pdf(docx_contoh: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    akar = tmp_path_factory.mktemp("pdf")
    masuk = akar / "masuk"
    masuk.mkdir()
    shutil.copy2(docx_contoh, masuk / "f4.docx")

    a4 = salin_iku(akar / "data" / "mumbulsari")
    a4.ganti("instansi.yaml", "  kertas: F4 ", "  kertas: A4 ")
    shutil.copy2(SalinanData.bangun(a4, akar / "keluar-a4"), masuk / "a4.docx")

    keluar = akar / "keluar"
    profil = akar / "profil"
    perintah = ["soffice", f"-env:UserInstallation={profil.as_uri()}", "--headless", "--convert-to", "pdf",
                "--outdir", str(keluar), str(masuk / "f4.docx"), str(masuk / "a4.docx")]
    hasil = subprocess.run(perintah, capture_output=True, text=True, timeout=180, check=False)
    berkas = {nama: keluar / f"{nama}.pdf" for nama in ("f4", "a4")}
    hilang = [str(p) for p in berkas.values() if not p.is_file()]
    if hasil.returncode != 0 or hilang:
        pytest.fail(f"soffice gagal (kode {hasil.returncode}, tidak ada {hilang}): {hasil.stderr[-2000:]}")
    return berkas


def ukuran_halaman(path: Path) -> list[tuple[float, float]]:
    keluaran = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True,
                              timeout=60, check=True).stdout
    jumlah = int(re.search(r"^Pages:\s+(\d+)", keluaran, re.MULTILINE)[1])
    ukuran = [(float(w), float(h)) for w, h in
              re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", keluaran, re.MULTILINE)]
    assert len(ukuran) == jumlah
    return ukuran


def teks_halaman(path: Path, halaman: int) -> list[str]:
    keluaran = subprocess.run(["pdftotext", "-raw", "-f", str(halaman), "-l", str(halaman), str(path), "-"],
                              capture_output=True, text=True, timeout=60, check=True).stdout
    return [b.strip() for b in keluaran.splitlines() if b.strip()]


def test_semua_halaman_f4(pdf: dict[str, Path]) -> None:
    ukuran = ukuran_halaman(pdf["f4"])
    assert len(ukuran) > 1
    for lebar, tinggi in ukuran:
        assert lebar == pytest.approx(F4_PT[0], abs=TOLERANSI_PT)
        assert tinggi == pytest.approx(F4_PT[1], abs=TOLERANSI_PT)


def test_semua_halaman_a4(pdf: dict[str, Path]) -> None:
    ukuran = ukuran_halaman(pdf["a4"])
    assert len(ukuran) > 1
    for lebar, tinggi in ukuran:
        assert lebar == pytest.approx(A4_PT[0], abs=TOLERANSI_PT)
        assert tinggi == pytest.approx(A4_PT[1], abs=TOLERANSI_PT)


def test_halaman_pertama_berkop_tanpa_nomor(pdf: dict[str, Path]) -> None:
    baris = teks_halaman(pdf["f4"], 1)
    assert baris[:2] == ["PEMERINTAH KABUPATEN JEMBER", "KECAMATAN MUMBULSARI"]
    assert "- 1 -" not in baris


def test_nomor_halaman_mulai_halaman_dua(pdf: dict[str, Path]) -> None:
    jumlah = len(ukuran_halaman(pdf["f4"]))
    for halaman in range(2, jumlah + 1):
        assert teks_halaman(pdf["f4"], halaman)[0] == f"- {halaman} -"


def test_halaman_terakhir_berisi_nip(pdf: dict[str, Path]) -> None:
    jumlah = len(ukuran_halaman(pdf["f4"]))
    baris = teks_halaman(pdf["f4"], jumlah)
    assert "NIP. 19700512 199503 1 004" in baris
    assert "CAMAT MUMBULSARI," in baris
    # the NIP closes the document: it is the last line of the last page
    assert baris[-1] == "NIP. 19700512 199503 1 004"


def test_lampiran_mulai_di_halaman_baru(pdf: dict[str, Path]) -> None:
    jumlah = len(ukuran_halaman(pdf["f4"]))
    awal = [h for h in range(1, jumlah + 1) if "LAMPIRAN" in teks_halaman(pdf["f4"], h)]
    assert len(awal) == 1
    # the page holds the Lampiran header right under the page number
    assert teks_halaman(pdf["f4"], awal[0])[1] == "LAMPIRAN"
