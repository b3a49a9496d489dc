"""LibreOffice profiles kept between PDF conversions, with the real LibreOffice.

A second run converts in the profile the first one's LibreOffice made; a profile LibreOffice
cannot start on (its ``user/extensions`` folder replaced by a file: LibreOffice 7.4 aborts) costs
one retry in a fresh profile, not the run; an equation font changed since the profile's last run
reaches the PDF; the graphics self-test LibreOffice would run at every start does not run.
Read back with poppler.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree

from doctools import pdf
from doctools.build import bangun_folder
from doctools.oxml.math import fraction_xml
from doctools.pdf import ke_pdf
from tests.conftest import CONTOH, NS

pytestmark = pytest.mark.libreoffice

F4_PT = (215 / 25.4 * 72, 330 / 25.4 * 72)


@pytest.fixture(autouse=True)
def singgahan_sendiri(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache folder of this test's own (with a space, as in a Windows user name): slot 1 is free."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "Cache Pengguna"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Cache Pengguna"))


def _slot(tmp_path: Path, n: int = 1) -> Path:
    return tmp_path / "Cache Pengguna" / "doctools" / "libreoffice" / f"profil-{n}"


@pytest.fixture(scope="module")
def pk(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two of the example's Perjanjian Kinerja (2 pages each, F4)."""
    akar = tmp_path_factory.mktemp("pk")
    data = akar / "mumbulsari"
    data.mkdir()
    for nama in ("instansi.yaml", "kinerja.yaml", "perjanjian-kinerja.yaml"):
        shutil.copy2(CONTOH / nama, data / nama)
    return [h.path for h in bangun_folder(data, akar / "keluar")][:2]


def _info(berkas: Path) -> dict[str, str]:
    keluaran = subprocess.run(["pdfinfo", str(berkas)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (b.partition(":") for b in keluaran.splitlines())}


def _pk_benar(berkas: Path) -> None:
    info = _info(berkas)
    assert info["Pages"] == "2", info
    lebar, _, tinggi = info["Page size"].split()[:3]
    assert abs(float(lebar) - F4_PT[0]) < 1 and abs(float(tinggi) - F4_PT[1]) < 1, info


def test_profil_dipakai_lagi_pada_konversi_berikutnya(tmp_path: Path, pk: list[Path]) -> None:
    [pertama] = ke_pdf(pk[:1], tmp_path / "pdf1", timeout=240)
    _pk_benar(pertama)
    profil = _slot(tmp_path)
    assert (profil / "user" / "registrymodifications.xcu").is_file()  # LibreOffice's profile, kept
    (profil / "penanda").write_text("dari konversi pertama")
    [kedua] = ke_pdf(pk[1:], tmp_path / "pdf2", timeout=240)
    _pk_benar(kedua)
    assert (profil / "penanda").read_text() == "dari konversi pertama"  # the same profile, not a new one
    assert sorted(p.name for p in profil.parent.iterdir()) == ["profil-1", "profil-1.lock"]
    xcu = (profil / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert '<prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>' in xcu
    assert not (profil / "user" / "GraphicsRenderTests.log").exists()  # the self-test never ran


def test_profil_rusak_diganti_profil_baru(tmp_path: Path, pk: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    ke_pdf(pk[:1], tmp_path / "pdf1", timeout=240)
    user = _slot(tmp_path) / "user"
    shutil.rmtree(user / "extensions")
    (user / "extensions").write_text("sisa profil yang rusak")
    kode: list[int] = []
    asli = pdf._jalankan_semua

    def catat(*args: Any, **kwargs: Any) -> list[tuple[int, bytes]]:
        hasil = asli(*args, **kwargs)
        kode.extend(k for k, _ in hasil)
        return hasil

    monkeypatch.setattr(pdf, "_jalankan_semua", catat)
    hasil = ke_pdf(pk, tmp_path / "pdf2", timeout=240)
    for berkas in hasil:
        _pk_benar(berkas)
    assert len(kode) == 2 and kode[0] != 0 and kode[1] == 0  # it failed there; the retry converted
    assert (user / "extensions").is_dir()  # a new profile in the slot


def _dengan_rumus(path: Path, huruf: str, setengah_pt: int) -> Path:
    """A document whose one equation asks for ``huruf`` (the text around it is in DejaVu Sans)."""
    dok = docx.Document()
    paragraf = dok.add_paragraph()
    paragraf.add_run("Capaian = ").font.name = "DejaVu Sans"
    rpr = f'<w:rPr><w:rFonts w:ascii="{huruf}" w:hAnsi="{huruf}"/><w:sz w:val="{setengah_pt}"/></w:rPr>'
    rumus = fraction_xml("realisasi", "target").replace("<m:rPr><m:nor/></m:rPr>", f"<m:rPr><m:nor/></m:rPr>{rpr}")
    paragraf._p.append(etree.fromstring(f'<w:p xmlns:w="{NS["w"]}" xmlns:m="{NS["m"]}">{rumus}</w:p>')[0])
    dok.save(str(path))
    return path


def _huruf(berkas: Path) -> set[str]:
    keluaran = subprocess.run(["pdffonts", str(berkas)], check=True, capture_output=True, text=True).stdout
    return {b.split()[0].partition("+")[2] for b in keluaran.splitlines()[2:]}


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler) tidak tersedia")
def test_huruf_rumus_yang_berganti_sampai_ke_pdf(tmp_path: Path) -> None:
    """The kept profile's earlier equation font does not carry over to the next run."""
    (tmp_path / "docx").mkdir()
    [lama] = ke_pdf([_dengan_rumus(tmp_path / "docx" / "lama.docx", "Liberation Mono", 28)], tmp_path / "pdf1",
                    timeout=240)
    assert _huruf(lama) == {"DejaVuSans", "LiberationMono"}
    [baru] = ke_pdf([_dengan_rumus(tmp_path / "docx" / "baru.docx", "DejaVu Serif", 20)], tmp_path / "pdf2",
                    timeout=240)
    assert _huruf(baru) == {"DejaVuSans", "DejaVuSerif"}
    xcu = (_slot(tmp_path) / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert "<value>DejaVu Serif</value>" in xcu and "Liberation Mono" not in xcu
