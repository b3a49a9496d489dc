"""The decree-number pattern: documented fields only, a zero-padded width for urut, nothing else.

A Python format spec in the pattern once printed "065/700/…" for urut "7" and exit 0; every such
spec is now a galat at the pattern's line, in instansi.yaml or in kabupaten.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from doctools.cli import main
from doctools.errors import DataError
from doctools.fmt.pola_nomor import Unsur, susun_nomor, urai_pola
from doctools.model import KumpulanGalat, muat_data
from tests.conftest import SalinanData, buka, paragraf_body

POLA_CONTOH = 'pola_nomor_keputusan: "{kode}/{urut}/{wilayah}/{tahun}"'


def _nomor(pola: str, urut: str | None = "7") -> str:
    return susun_nomor(pola, kode="065", urut=urut, wilayah="35.09.14", tahun=2025, kosong="___")


def test_pola_bawaan() -> None:
    assert urai_pola("{kode}/{urut}/{wilayah}/{tahun}") == (
        Unsur("kode"), "/", Unsur("urut"), "/", Unsur("wilayah"), "/", Unsur("tahun"))
    assert _nomor("{kode}/{urut}/{wilayah}/{tahun}") == "065/7/35.09.14/2025"


@pytest.mark.parametrize("pola", ["{kode}/{urut:3}/{wilayah}/{tahun}", "{kode}/{urut:03}/{wilayah}/{tahun}"])
def test_lebar_urut_diisi_nol_di_kiri(pola: str) -> None:
    assert _nomor(pola) == "065/007/35.09.14/2025"
    assert _nomor(pola, urut="1234") == "065/1234/35.09.14/2025"  # never cut
    assert _nomor(pola, urut=None) == "065/___/35.09.14/2025"  # left for the agenda clerk, not padded


def test_teks_tetap_di_sekitar_unsur() -> None:
    assert _nomor("Kep. {urut}/{kode}-{tahun} (Kec)") == "Kep. 7/065-2025 (Kec)"


@pytest.mark.parametrize(("pola", "potongan"), [
    ("{kode!r}/{urut}", "'{kode!r}' tidak dikenal; tulis {kode} tanpa tambahan"),
    ("{kode}/{urut}/{tahun:,}", "'{tahun:,}' tidak dikenal; tulis {tahun} tanpa tambahan"),
    ("{kode}/{urut}/{tahun:>200000000}", "'{tahun:>200000000}' tidak dikenal; tulis {tahun} tanpa tambahan"),
    ("{kode}/{urut:x}", "'{urut:x}' tidak dikenal; tulis {urut} tanpa tambahan"),
    ("{kode}/{urut:>5}", "'{urut:>5}' tidak dikenal"),
    ("{kode:3}/{urut}", "'{kode:3}' tidak dikenal; tulis {kode} tanpa tambahan"),
    ("{kode}/{urut:0}", "lebar nomor urut {urut:0} harus antara 1 dan 10"),
    ("{kode}/{urut:99}", "lebar nomor urut {urut:99} harus antara 1 dan 10"),
    ("{kode}/{urut}/{nomor}", "unsur tidak dikenal: nomor; yang dikenal: {kode} {urut} {wilayah} {tahun}"),
    ("{kode}/{urut}/{}", "unsur tidak dikenal: {}"),
    ("{kode}/{urut}/{0}", "unsur tidak dikenal: {0}"),
    ("{kode.real}/{urut}", "'{kode.real}' tidak dikenal"),
    ("{kode}/{urut}/{{tahun}}", "tanda '{' tanpa pasangannya"),
    ("{kode}/{urut}}", "tanda '}' tanpa pasangannya (karakter ke-14)"),
    ("{kode}/{tahun}", "pola nomor harus memuat {urut}"),
])
def test_pola_ditolak(pola: str, potongan: str) -> None:
    with pytest.raises(ValueError) as info:
        urai_pola(pola)
    assert potongan in str(info.value)


@pytest.mark.parametrize("pola", ["{kode}/{urut:03}/{wilayah}/{tahun}", "{kode}/{urut:3}/{wilayah}/{tahun}"])
def test_dokumen_memakai_lebar_urut(salin_contoh: SalinanData, tmp_path: Path, pola: str) -> None:
    salin_contoh.ganti("instansi.yaml", POLA_CONTOH, f'pola_nomor_keputusan: "{pola}"')
    salin_contoh.ganti("keputusan-iku.yaml", 'urut: "007"', 'urut: "7"')
    body = paragraf_body(buka(salin_contoh.bangun(tmp_path / "hasil")))
    assert "NOMOR 065/007/35.09.14/2025" in body
    assert "NOMOR\t:\t065/007/35.09.14/2025" in body  # the Lampiran header repeats it


@pytest.mark.parametrize("pola", ["{kode}/{urut:x}/{tahun}", "{kode!r}/{urut}", "{kode}/{urut}/{tahun:>200000000}"])
def test_check_dan_build_menolak_di_barisnya(salin_contoh: SalinanData, tmp_path: Path, pola: str) -> None:
    salin_contoh.ganti("instansi.yaml", POLA_CONTOH, f'pola_nomor_keputusan: "{pola}"')
    baris = salin_contoh.baris("instansi.yaml", "pola_nomor_keputusan:")
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    galat = info.value.galat if isinstance(info.value, KumpulanGalat) else [info.value]
    assert len(galat) == 1
    assert galat[0].lokasi is not None and galat[0].lokasi.baris == baris
    assert galat[0].lokasi.kolom == "pengaturan.pola_nomor_keputusan"

    cek = CliRunner().invoke(main, ["check", str(salin_contoh.folder)])
    assert cek.exit_code == 2
    assert f"instansi.yaml:{baris}, kolom 'pengaturan.pola_nomor_keputusan'" in cek.output
    bangun = CliRunner().invoke(main, ["build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar")])
    assert bangun.exit_code == 2
    assert "Traceback" not in bangun.output
    assert not (tmp_path / "keluar").exists()


def test_pola_salah_di_kabupaten_yaml(tmp_path: Path) -> None:
    from tests.test_kabupaten import KABUPATEN_YAML, _kecamatan

    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text(
        KABUPATEN_YAML + '  pola_nomor_keputusan: "{kode}/{urut:03}/{tahun:,}"\n', encoding="utf-8")
    _kecamatan(folder / "mumbulsari", "Mumbulsari")
    baris = len(KABUPATEN_YAML.splitlines()) + 1
    with pytest.raises(DataError) as info:
        muat_data(folder / "mumbulsari")
    assert f"kabupaten.yaml:{baris}, kolom 'pengaturan.pola_nomor_keputusan'" in str(info.value)
    assert "'{tahun:,}' tidak dikenal" in str(info.value)
