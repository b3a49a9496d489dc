"""What the printed pages look like: LibreOffice's PDF of the two examples and of a new kecamatan.

* Visual regression: every page of the examples' documents, as a small greyscale image, matches
  the reference in ``tests/gambar_acuan/<example>/`` (:mod:`tests.halaman`); a layout change shows here and
  the references are refreshed on purpose with ``python scripts/perbarui_gambar_acuan.py``.
* Page facts read from the PDF: the page that says "Ditetapkan di" also holds the end of the last
  diktum; signatories' names, NIP, rupiah amounts and the words of the tables are never split
  across lines.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from doctools.init import buat_awal
from doctools.model import muat_data
from doctools.pdf import cari_python_uno
from tests.conftest import CONTOH, CONTOH_KOTA
from tests.halaman import ACUAN, TOLERANSI, bangun_pdf, beda, gambar_beda, halaman

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(cari_python_uno() is None, reason="python3-uno tidak tersedia untuk Daftar Isi LKj"),
]


@pytest.fixture(scope="module")
def pdf_contoh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return bangun_pdf(tmp_path_factory.mktemp("tampilan"))


@pytest.fixture(scope="module")
def pdf_kota(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The second example's documents (a kota, a Plt. Camat, a decree without its day)."""
    return bangun_pdf(tmp_path_factory.mktemp("tampilan-kota"), CONTOH_KOTA)


@pytest.fixture(scope="module")
def kecamatan_baru(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("baru") / "sukamaju"
    buat_awal(folder, kecamatan="Sukamaju", kabupaten="Contoh")
    return folder


@pytest.fixture(scope="module")
def pdf_baru(kecamatan_baru: Path) -> dict[str, Path]:
    return bangun_pdf(kecamatan_baru.parent / "keluar", kecamatan_baru)


def _halaman_teks(pdf: Path) -> list[str]:
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return teks.split("\f")[:-1] if teks.endswith("\f") else teks.split("\f")


# ---- visual regression -----------------------------------------------------------------------------


@pytest.mark.parametrize(("contoh", "fixture"), [("mumbulsari", "pdf_contoh"), ("junrejo", "pdf_kota")])
def test_dokumen_contoh_sama_dengan_acuan(contoh: str, fixture: str, request: pytest.FixtureRequest,
                                          tmp_path: Path) -> None:
    pdf_semua: dict[str, Path] = request.getfixturevalue(fixture)
    assert sorted(p.name for p in ACUAN.iterdir()) == ["junrejo", "mumbulsari"]
    assert sorted(pdf_semua) == sorted(p.name for p in (ACUAN / contoh).iterdir()), \
        "dokumen contoh berubah; perbarui acuan dengan: python scripts/perbarui_gambar_acuan.py"
    berubah = []
    for nama, pdf in sorted(pdf_semua.items()):
        baru = halaman(pdf, tmp_path / nama)
        acuan = sorted((ACUAN / contoh).glob(f"{nama}/*.png"), key=lambda p: int(p.stem))
        if len(baru) != len(acuan):
            berubah.append(f"{nama}: {len(baru)} halaman, acuan {len(acuan)}")
            continue
        for a, b in zip(acuan, baru):
            if (nilai := beda(a, b)) > TOLERANSI:
                gambar_beda(a, b, tmp_path / f"{nama}-{a.stem}-beda.png")
                berubah.append(f"{nama} halaman {a.stem}: {nilai:.2%} piksel berbeda")
    assert not berubah, (
        "tata letak berubah (gambar baru dan bedanya di " + str(tmp_path) + "):\n  " + "\n  ".join(berubah)
        + "\nbila perubahan ini disengaja: python scripts/perbarui_gambar_acuan.py")


def test_pembanding_mengenali_perubahan(pdf_contoh: dict[str, Path], tmp_path: Path) -> None:
    """The comparison is not blind: another page, or the same page moved by a line, is a change."""
    [satu, dua, *_] = sorted(ACUAN.glob("mumbulsari/keputusan-iku-2025/*.png"), key=lambda p: int(p.stem))
    assert beda(satu, satu) == 0
    assert beda(satu, dua) > TOLERANSI
    from PIL import Image, ImageChops
    geser = tmp_path / "geser.png"
    ImageChops.offset(Image.open(satu).convert("L"), 0, 8).save(geser)  # one 12 pt line lower
    assert beda(satu, geser) > TOLERANSI


# ---- page facts ------------------------------------------------------------------------------------


def _akhir_diktum_terakhir(folder: Path) -> str:
    """The last words of the decree's last diktum (its last rincian, else its text)."""
    kep = muat_data(folder).keputusan_iku
    terakhir = kep.diktum[-1]
    teks = terakhir.rincian[-1] if terakhir.rincian else terakhir.teks
    return " ".join(teks.split()[-3:])


@pytest.mark.parametrize("sumber", ["contoh", "kota", "baru"])
def test_ditetapkan_di_bersama_akhir_diktum(sumber: str, request: pytest.FixtureRequest) -> None:
    """The signature never starts a page alone: its page holds the end of the last diktum."""
    pdf = request.getfixturevalue(f"pdf_{sumber}")
    folder = {"contoh": CONTOH, "kota": CONTOH_KOTA}.get(sumber) or request.getfixturevalue("kecamatan_baru")
    [keputusan] = [p for n, p in pdf.items() if n.startswith("keputusan-iku")]
    halaman_teks = [" ".join(h.split()) for h in _halaman_teks(keputusan)]
    [ditetapkan] = [i for i, h in enumerate(halaman_teks) if "Ditetapkan di" in h]
    akhir = _akhir_diktum_terakhir(folder)
    assert akhir in halaman_teks[ditetapkan], f"halaman {ditetapkan + 1} tanpa akhir diktum terakhir ('{akhir}')"
    # the signature block is whole on that page, down to the NIP
    assert re.search(r"Ditetapkan di.*pada tanggal.*NIP\. \d{8} \d{6} \d \d{3}", halaman_teks[ditetapkan])


def _baris(pdf: Path) -> list[str]:
    return [" ".join(b.split()) for h in _halaman_teks(pdf) for b in h.splitlines()]


def _docx(pdf: Path) -> Document:
    return Document(str(next((pdf.parent.parent / "docx").rglob(f"{pdf.stem}.docx"))))


def _paragraf(docx) -> list[str]:
    return [Paragraph(p, docx).text.replace("\u00a0", " ") for p in docx.element.body.iter(qn("w:p"))]


@pytest.mark.parametrize(("folder", "fixture"), [(CONTOH, "pdf_contoh"), (CONTOH_KOTA, "pdf_kota")])
def test_nama_nip_dan_rupiah_tidak_terpotong(folder: Path, fixture: str, request: pytest.FixtureRequest) -> None:
    """Each time a document prints a name, a NIP or a PK amount, one printed line holds it whole."""
    ins = muat_data(folder).instansi
    orang = [o for o in (ins.camat, *ins.pejabat) if o is not None]
    kepala = [ins.pemerintah.kepala_daerah.nama] if ins.pemerintah.kepala_daerah is not None else []
    utuh = [*kepala, *(o.nama for o in orang), *(o.nip.format for o in orang if o.nip is not None)]
    for nama, pdf in request.getfixturevalue(fixture).items():
        paragraf = _paragraf(_docx(pdf))
        baris = _baris(pdf)
        dicari = list(utuh)
        if nama.startswith("perjanjian-kinerja"):
            dicari += sorted({p for p in paragraf if re.fullmatch(r"Rp [\d.]+,\d\d", p)})
        for teks in dicari:
            ditulis = sum(p.count(teks) for p in paragraf)
            tercetak = sum(b.count(teks) for b in baris)
            assert tercetak == ditulis, f"{nama}: '{teks}' ditulis {ditulis} kali, tercetak utuh {tercetak} kali"


@pytest.mark.parametrize("nama", ["keputusan-iku-2025", "keputusan-iki-2025", "laporan-kinerja-2025",
                                  "perjanjian-kinerja-2025-camat"])
def test_kata_tabel_tidak_terpotong(pdf_contoh: dict[str, Path], nama: str) -> None:
    """Every word of every table cell prints whole: none is broken across two lines of its cell."""
    pdf = pdf_contoh[nama]
    docx = _docx(pdf)
    pisah = re.compile(r"[\s\u00a0/\-–(),;:.“”\"]+")
    tercetak = {k for b in _baris(pdf) for k in pisah.split(b) if k}
    kata = {k for t in docx.tables for r in t.rows for c in r.cells for k in pisah.split(c.text) if len(k) > 3}
    # pdftotext may glue a word to a narrow neighbouring column ("U1Persyaratan"): a word counts as
    # printed whole when some printed token holds it
    panjang = "\n".join(tercetak)
    terpotong = sorted(k for k in kata if k not in tercetak and k not in panjang)
    assert not terpotong


@pytest.fixture(scope="module")
def pdf_tembusan(kecamatan_baru: Path) -> Path:
    """The new kecamatan's decree with a tembusan (the starter has none)."""
    folder = kecamatan_baru.parent / "dengan-tembusan"
    shutil.copytree(kecamatan_baru, folder)
    berkas = folder / "keputusan-iku.yaml"
    berkas.write_text(berkas.read_text(encoding="utf-8") + "\ntembusan:\n  - Bupati Contoh\n"
                      "  - Sekretaris Daerah Kabupaten Contoh\n", encoding="utf-8")
    pdf = bangun_pdf(folder.parent / "keluar-tembusan", folder)
    return next(p for n, p in pdf.items() if n.startswith("keputusan-iku"))


def test_tembusan_di_halaman_tanda_tangan_bila_muat(pdf_tembusan: Path) -> None:
    """The Tembusan follows the signature on its page when there is room, never alone on the next."""
    halaman_teks = _halaman_teks(pdf_tembusan)
    [ditetapkan] = [i for i, h in enumerate(halaman_teks) if "Ditetapkan di" in h]
    [tembusan] = [i for i, h in enumerate(halaman_teks) if "Tembusan:" in h]
    assert tembusan == ditetapkan
    assert "Yth. Sekretaris Daerah Kabupaten Contoh." in " ".join(halaman_teks[tembusan].split())


@pytest.mark.parametrize("sumber", ["contoh", "kota", "baru"])
def test_tanda_tangan_lampiran_bersama_tabelnya(sumber: str, request: pytest.FixtureRequest) -> None:
    """The Lampiran's signature page also holds (the end of) the table it signs."""
    pdf = request.getfixturevalue(f"pdf_{sumber}")
    keputusan = [p for n, p in pdf.items() if n.startswith("keputusan-")]
    assert keputusan
    for path in keputusan:
        halaman_teks = _halaman_teks(path)
        [lampiran] = [i for i, h in enumerate(halaman_teks) if "LAMPIRAN" in h]
        ttd = [i for i, h in enumerate(halaman_teks) if "NIP." in h and i >= lampiran]
        assert ttd, path.name
        assert "SUMBER" in halaman_teks[ttd[-1]], f"{path.name}: halaman {ttd[-1] + 1} hanya tanda tangan"
