"""PDF export through LibreOffice headless (``doctools.pdf.ke_pdf`` and ``build --pdf``).

The failure paths run everywhere, with a fake ``soffice`` on PATH. The tests marked
``libreoffice`` convert the example's Perjanjian Kinerja for real and read the PDFs back with
poppler: F4 pages, the statement on exactly one page, signatures with their titles.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from doctools.build import bangun_folder
from doctools.cli import main
from doctools.errors import ConversionError
from doctools.pdf import ke_pdf
from tests.conftest import CONTOH

BERKAS_PK = ("instansi.yaml", "kinerja.yaml", "perjanjian-kinerja.yaml")
F4_PT = (215 / 25.4 * 72, 330 / 25.4 * 72)


def _data_pk(tujuan: Path) -> Path:
    tujuan.mkdir(parents=True)
    for nama in BERKAS_PK:
        shutil.copy2(CONTOH / nama, tujuan / nama)
    return tujuan


def _docx(tmp_path: Path, *nama: str) -> list[Path]:
    hasil = []
    for n in nama:
        path = tmp_path / "docx" / f"{n}.docx"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"bukan docx sungguhan")
        hasil.append(path)
    return hasil


def _soffice_palsu(folder: Path, badan: str) -> Path:
    """A fake ``soffice`` (a Python script) alone on a PATH folder."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "soffice"
    path.write_text(f"#!{sys.executable}\nimport sys, time, pathlib, json\nargs = sys.argv[1:]\n{badan}\n")
    path.chmod(0o755)
    return folder


MENULIS_PDF = """
with open(pathlib.Path(__file__).parent / "panggilan.jsonl", "a") as log:
    log.write(json.dumps(args) + "\\n")
outdir = pathlib.Path(args[args.index("--outdir") + 1])
for a in args:
    if a.endswith(".docx"):
        (outdir / (pathlib.Path(a).stem + ".pdf")).write_bytes(b"%PDF-1.4 palsu")
"""


# ---- failures: always the Indonesian ConversionError, the .docx stay -------------------------------


def test_soffice_tidak_ada(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kosong = tmp_path / "path-kosong"
    kosong.mkdir()
    monkeypatch.setenv("PATH", str(kosong))
    [docx] = _docx(tmp_path, "pk")
    keluar = tmp_path / "keluar"
    with pytest.raises(ConversionError) as exc:
        ke_pdf([docx], keluar)
    pesan = str(exc.value)
    assert "LibreOffice (perintah 'soffice') tidak ditemukan di PATH" in pesan
    assert "Berkas .docx tetap tersimpan." in pesan
    assert exc.value.exit_code == 5
    assert docx.is_file()
    assert not list(tmp_path.rglob("*.pdf"))


def test_soffice_gagal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    palsu = _soffice_palsu(tmp_path / "bin", "print('Error: source file could not be loaded')\nsys.exit(1)")
    monkeypatch.setenv("PATH", str(palsu))
    docx = _docx(tmp_path, "a", "b")
    keluar = tmp_path / "keluar"
    with pytest.raises(ConversionError) as exc:
        ke_pdf(docx, keluar)
    pesan = str(exc.value)
    assert pesan.startswith("LibreOffice gagal mengubah berkas ke PDF (kode keluar 1: Error: source file could "
                            "not be loaded); PDF tidak terbentuk: a.pdf, b.pdf")
    assert all(p.is_file() for p in docx)
    assert list(keluar.iterdir()) == []  # no half set, no temporary folder left


def test_pdf_tidak_terbentuk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice exits 0 even when it could not convert a file: every PDF is checked."""
    badan = MENULIS_PDF.replace('if a.endswith(".docx"):', 'if a.endswith("a.docx"):')
    monkeypatch.setenv("PATH", str(_soffice_palsu(tmp_path / "bin", badan)))
    with pytest.raises(ConversionError, match=r"\(kode keluar 0\); PDF tidak terbentuk: b\.pdf\."):
        ke_pdf(_docx(tmp_path, "a", "b"), tmp_path / "keluar")
    assert list((tmp_path / "keluar").iterdir()) == []


def test_batas_waktu(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(_soffice_palsu(tmp_path / "bin", "time.sleep(60)")))
    mulai = time.monotonic()
    with pytest.raises(ConversionError, match=r"tidak selesai mengubah 1 berkas ke PDF dalam 1 detik dan dihentikan"):
        ke_pdf(_docx(tmp_path, "a"), tmp_path / "keluar", timeout=1)
    assert time.monotonic() - mulai < 30


def test_satu_proses_profil_pribadi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``DOCTOOLS_TANPA_SINGGAHAN=1`` nothing is kept: a throw-away profile each run."""
    palsu = _soffice_palsu(tmp_path / "bin", MENULIS_PDF)
    monkeypatch.setenv("PATH", str(palsu))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "singgahan"))
    monkeypatch.setenv("DOCTOOLS_TANPA_SINGGAHAN", "1")
    docx = _docx(tmp_path, "satu", "dua", "tiga")
    hasil = ke_pdf(docx, tmp_path / "keluar")
    assert hasil == [tmp_path / "keluar" / f"{n}.pdf" for n in ("satu", "dua", "tiga")]
    assert all(p.read_bytes().startswith(b"%PDF") for p in hasil)
    ke_pdf(docx[:1], tmp_path / "keluar2")
    panggilan = [json.loads(b) for b in (palsu / "panggilan.jsonl").read_text().splitlines()]
    assert len(panggilan) == 2  # one LibreOffice process per batch
    pertama = panggilan[0]
    assert [a for a in pertama if a.endswith(".docx")] == [str(p.resolve()) for p in docx]
    assert "--headless" in pertama and pertama[pertama.index("--convert-to") + 1] == "pdf"
    profil = [next(a for a in p if a.startswith("-env:UserInstallation=file:///")) for p in panggilan]
    assert profil[0] != profil[1]  # a private profile each run
    assert not Path(profil[0].removeprefix("-env:UserInstallation=file://")).exists()  # and removed after
    assert not (tmp_path / "singgahan").exists()  # nothing in the user's cache folder


def test_nama_ganda_ditolak(tmp_path: Path) -> None:
    a = tmp_path / "x" / "pk.docx"
    b = tmp_path / "y" / "pk.docx"
    for p in (a, b):
        p.parent.mkdir()
        p.write_bytes(b"-")
    with pytest.raises(ConversionError, match="bernama sama"):
        ke_pdf([a, b], tmp_path / "keluar")


def test_cli_pdf_tanpa_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data_pk(tmp_path / "data" / "mumbulsari")
    kosong = tmp_path / "path-kosong"
    kosong.mkdir()
    monkeypatch.setenv("PATH", str(kosong))
    hasil = CliRunner().invoke(main, ["build", str(data), "-o", str(tmp_path / "keluar"), "--pdf"])
    assert hasil.exit_code == 5, hasil.output
    assert "galat: LibreOffice (perintah 'soffice') tidak ditemukan di PATH" in hasil.stderr
    assert "Traceback" not in hasil.output
    docx = sorted(p.name for p in (tmp_path / "keluar" / "mumbulsari").iterdir())
    assert docx == [f"perjanjian-kinerja-2025-{k}.docx" for k in
                    sorted(["camat", "sekretaris", "kasi-pemerintahan", "kasi-pmks", "kasi-trantib"])]


# ---- real LibreOffice -----------------------------------------------------------------------------


def _halaman(pdf: Path) -> list[str]:
    jumlah = int(next(b.split()[1] for b in _pdfinfo(pdf).splitlines() if b.startswith("Pages:")))
    return [" ".join(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], check=True,
                                    capture_output=True, text=True).stdout.split())
            for n in range(1, jumlah + 1)]


def _pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def pdf_pk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example's PKs built with ``doctools build --pdf`` (skipped without LibreOffice)."""
    if shutil.which("soffice") is None or shutil.which("pdfinfo") is None:
        pytest.skip("LibreOffice/poppler tidak tersedia")
    akar = tmp_path_factory.mktemp("pdf")
    data = _data_pk(akar / "data" / "mumbulsari")
    hasil = CliRunner().invoke(main, ["build", str(data), "-o", str(akar / "keluar"), "--pdf"])
    assert hasil.exit_code == 0, hasil.output
    folder = akar / "keluar" / "mumbulsari"
    assert sorted(p.suffix for p in folder.iterdir()) == [".docx"] * 5 + [".pdf"] * 5
    return {p.stem.removeprefix("perjanjian-kinerja-2025-"): p for p in folder.glob("*.pdf")}


TTD = {
    "camat": (("BUPATI JEMBER", "SUHARTONO WIBISONO"), ("CAMAT MUMBULSARI", "BAMBANG SETIAWAN, M.Si.")),
    "kasi-pemerintahan": (("CAMAT MUMBULSARI", "BAMBANG SETIAWAN, M.Si."),
                          ("KEPALA SEKSI PEMERINTAHAN", "AGUS PRIYANTO, S.Sos.")),
    "sekretaris": (("CAMAT MUMBULSARI", "BAMBANG SETIAWAN, M.Si."), ("SEKRETARIS KECAMATAN", "SITI AMINAH")),
}


@pytest.mark.libreoffice
@pytest.mark.parametrize("kunci", ["camat", "sekretaris", "kasi-pemerintahan", "kasi-pmks", "kasi-trantib"])
def test_pdf_siap_tanda_tangan(pdf_pk: dict[str, Path], kunci: str) -> None:
    pdf = pdf_pk[kunci]
    ukuran = next(b for b in _pdfinfo(pdf).splitlines() if b.startswith("Page size:")).split()
    assert abs(float(ukuran[2]) - F4_PT[0]) < 1 and abs(float(ukuran[4]) - F4_PT[1]) < 1, ukuran
    halaman = _halaman(pdf)
    assert len(halaman) == 2, halaman
    pernyataan, lampiran = halaman
    # the statement is exactly page 1; the lampiran title opens page 2
    assert pernyataan.count("PERJANJIAN KINERJA TAHUN 2025") == 1
    assert "Pihak Kedua akan melakukan supervisi" in pernyataan
    assert "SASARAN STRATEGIS" not in pernyataan
    assert lampiran.startswith("PERJANJIAN KINERJA TAHUN 2025")
    assert "SASARAN STRATEGIS" in lampiran and "JUMLAH" in lampiran and "Terbilang:" in lampiran
    for teks in (pernyataan, lampiran):
        assert teks.count("PIHAK KEDUA,") == 1 and teks.count("PIHAK PERTAMA,") == 1
        assert "NIP. " in teks
        for jabatan, nama in TTD.get(kunci, ()):
            assert jabatan in teks and nama in teks


@pytest.mark.libreoffice
def test_dua_proses_paralel(tmp_path: Path) -> None:
    """Two builds converting at once both succeed: each LibreOffice has its own profile."""
    sumber = []
    for i in range(2):
        hasil = bangun_folder(_data_pk(tmp_path / f"data{i}" / "mumbulsari"), tmp_path / f"keluar{i}")
        sumber.append([h.path for h in hasil][:2])
    keluaran: dict[int, list[Path]] = {}
    galat: list[BaseException] = []

    def ubah(i: int) -> None:
        try:
            keluaran[i] = ke_pdf(sumber[i], tmp_path / f"pdf{i}", timeout=240)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            galat.append(exc)

    utas = [threading.Thread(target=ubah, args=(i,)) for i in range(2)]
    for u in utas:
        u.start()
    for u in utas:
        u.join()
    assert not galat, galat
    for i in range(2):
        assert [p.name for p in keluaran[i]] == [p.with_suffix(".pdf").name for p in sumber[i]]
        assert all(p.stat().st_size > 1000 and p.read_bytes().startswith(b"%PDF") for p in keluaran[i])
        assert all(p.is_file() for p in sumber[i])
