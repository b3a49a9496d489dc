"""``{diktum.<id>}`` is replaced wherever the decree prints it, refused (file:line) everywhere else.

Replaced: diktum text and rincian, the Lampiran of the Keputusan IKI. Refused: Menimbang,
Mengingat, Memperhatikan, tentang, tembusan, IKI formulas, and every file that is not a decree.
Never printed as typed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from doctools.cli import main
from doctools.errors import DataError
from doctools.model import KumpulanGalat, muat_data
from tests.conftest import CONTOH, SalinanData, buka, render_satu, semua_paragraf

TOLAK = "tidak dapat dipakai di sini"


def _galat(folder: Path) -> list[DataError]:
    with pytest.raises(DataError) as info:
        muat_data(folder)
    return list(info.value.galat) if isinstance(info.value, KumpulanGalat) else [info.value]


def _satu(folder: Path) -> DataError:
    galat = _galat(folder)
    assert len(galat) == 1, [str(g) for g in galat]
    return galat[0]


def _di(galat: DataError, berkas: str, baris: int, kolom: str) -> None:
    assert galat.lokasi is not None
    assert Path(galat.lokasi.berkas or "").name == berkas
    assert (galat.lokasi.baris, galat.lokasi.kolom) == (baris, kolom)


@pytest.fixture
def lengkap(tmp_path: Path) -> SalinanData:
    """A copy of the whole example (every document kind)."""
    shutil.copytree(CONTOH, tmp_path / "data" / CONTOH.name)
    return SalinanData(tmp_path / "data" / CONTOH.name)


# ---- refused, with the place's reason ------------------------------------------------------------


@pytest.mark.parametrize(("lama", "baru", "kolom", "alasan"), [
    ("  - bahwa dalam rangka pengukuran", "  - bahwa sesuai Diktum {diktum.penetapan} x dalam rangka pengukuran",
     "menimbang[1]", "Menimbang mendahului diktum"),
    ("  - Bupati Jember\n", "  - Bupati Jember (Diktum {diktum.penetapan} x)\n", "tembusan[1]",
     "tembusan hanya menyebut penerimanya"),
    ("  - permenpanrb-53-2014\n", "  - permenpanrb-53-2014\n  - teks: Lihat Diktum {diktum.penetapan} x\n",
     "mengingat[7].teks", "Mengingat memuat dasar hukum"),
    ("tanggal: 2025-01-06\n", "tanggal: 2025-01-06\ntentang: IKU menurut Diktum {diktum.penetapan} x\n", "tentang",
     "judul keputusan tidak merujuk diktumnya sendiri"),
    ("\ntembusan:\n", "\nmemperhatikan:\n  - hasil rapat {diktum.penetapan} x\ntembusan:\n", "memperhatikan[1]",
     "Memperhatikan mendahului diktum"),
])
def test_rujukan_di_bingkai_keputusan_ditolak(salin_contoh: SalinanData, tmp_path: Path, lama: str, baru: str,
                                              kolom: str, alasan: str) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", lama, baru)
    galat = _satu(salin_contoh.folder)
    _di(galat, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "{diktum.penetapan} x"), kolom)
    assert galat.pesan.startswith(f"'{{diktum.penetapan}}' {TOLAK}: {alasan}")
    assert galat.pesan.endswith("rujukan diktum hanya dipakai dalam teks diktum dan rinciannya")

    cek = CliRunner().invoke(main, ["check", str(salin_contoh.folder)])
    assert cek.exit_code == 2 and f"kolom '{kolom}'" in cek.output
    bangun = CliRunner().invoke(main, ["build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar")])
    assert bangun.exit_code == 2
    assert not (tmp_path / "keluar").exists()


@pytest.mark.parametrize(("berkas", "lama", "kolom"), [
    ("kinerja.yaml", "    uraian: Meningkatnya penataan organisasi", "sasaran[1].uraian"),
    ("instansi.yaml", "    - menyelenggarakan urusan pemerintahan umum", "kecamatan.tugas[1]"),
    ("lkj.yaml", "    - keterbatasan jumlah aparatur", "narasi.kendala"),
])
def test_rujukan_di_berkas_tanpa_diktum_ditolak(lengkap: SalinanData, berkas: str, lama: str, kolom: str) -> None:
    lengkap.ganti(berkas, lama, lama + " {diktum.penetapan}")
    galat = _satu(lengkap.folder)
    assert Path(galat.lokasi.berkas).name == berkas
    assert galat.lokasi.kolom == kolom
    if berkas != "lkj.yaml":  # a block scalar is reported at its key
        assert galat.lokasi.baris == lengkap.baris(berkas, "{diktum.penetapan}")
    assert galat.pesan.startswith(f"'{{diktum.penetapan}}' {TOLAK}: hanya teks keputusan")


def test_rujukan_di_kabupaten_yaml_ditolak(tmp_path: Path) -> None:
    from tests.test_kabupaten import KABUPATEN_YAML, _kecamatan

    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text(
        KABUPATEN_YAML.replace("nama: BUPATI BERSAMA", "nama: BUPATI {diktum.penetapan}"), encoding="utf-8")
    _kecamatan(folder / "mumbulsari", "Mumbulsari")
    galat = _satu(folder / "mumbulsari")
    _di(galat, "kabupaten.yaml", 5, "pemerintah.kepala_daerah.nama")
    assert TOLAK in galat.pesan


def test_rujukan_di_rumus_iki_ditolak(lengkap: SalinanData) -> None:
    lama = "formulasi: Nilai hasil evaluasi SAKIP oleh Inspektorat"
    lengkap.ganti("keputusan-iki.yaml", lama, lama + " (Diktum {diktum.penetapan})")
    galat = _satu(lengkap.folder)
    _di(galat, "keputusan-iki.yaml", lengkap.baris("keputusan-iki.yaml", "{diktum.penetapan})"),
        "jabatan[1].kinerja[2].indikator[1].formulasi")
    assert galat.pesan.startswith(f"'{{diktum.penetapan}}' {TOLAK}: rumus indikator tidak merujuk diktum")


# ---- misspelt or unknown ------------------------------------------------------------------------


@pytest.mark.parametrize("tulisan", ["{Diktum.penetapan}", "{diktum. penetapan}", "{diktum.penetapan }",
                                     "{diktum.}", "{diktum}"])
def test_rujukan_salah_tulis(salin_contoh: SalinanData, tulisan: str) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "dimaksud dalam Diktum {diktum.penetapan} dimanfaatkan",
                       f"dimaksud dalam Diktum {tulisan} dimanfaatkan")
    galat = _satu(salin_contoh.folder)
    _di(galat, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", tulisan), "diktum[3].teks")
    assert galat.pesan == (f"rujukan '{tulisan}' salah tulis; tulis {{diktum.<id>}} persis, tanpa spasi dan dengan "
                           "id seperti tertulis di diktumnya, misalnya {diktum.penetapan}")


def test_rujukan_tidak_dikenal_di_lampiran_iki(lengkap: SalinanData) -> None:
    lama = "      - melaksanakan sebagian kewenangan yang dilimpahkan oleh Bupati"
    lengkap.ganti("keputusan-iki.yaml", lama, lama + " sesuai Diktum {diktum.pokok}")
    galat = _satu(lengkap.folder)
    _di(galat, "keputusan-iki.yaml", lengkap.baris("keputusan-iki.yaml", "{diktum.pokok}"), "jabatan[1].tugas[2]")
    assert galat.pesan == "merujuk {diktum.pokok}, tetapi tidak ada diktum dengan id 'pokok'; id yang ada: penetapan"


def test_rujukan_tanpa_id_sama_sekali(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "  - id: penetapan\n    teks: Menetapkan", "  - teks: Menetapkan")
    galat = _galat(salin_contoh.folder)
    assert len(galat) == 2  # both diktum that refer to it
    assert all(g.pesan == "merujuk {diktum.penetapan}, tetapi tidak ada diktum dengan id 'penetapan'; belum ada "
               "diktum yang diberi id; tulis 'id: penetapan' pada diktum yang dimaksud" for g in galat)


# ---- replaced -----------------------------------------------------------------------------------


def test_rujukan_di_lampiran_iki_diganti(lengkap: SalinanData, tmp_path: Path) -> None:
    lama = "      - melaksanakan sebagian kewenangan yang dilimpahkan oleh Bupati"
    lengkap.ganti("keputusan-iki.yaml", lama, lama + " sebagaimana dimaksud dalam Diktum {diktum.penetapan}")
    lengkap.ganti("keputusan-iki.yaml", "sumber_data: Laporan Hasil Evaluasi SAKIP",
                  "sumber_data: Laporan menurut Diktum {diktum.penetapan}")
    teks = semua_paragraf(buka(render_satu(lengkap.folder, tmp_path / "keluar", "keputusan-iki")))
    gabung = "\n".join(teks)
    assert "{diktum" not in gabung and "}" not in gabung
    assert any(t.endswith("dilimpahkan oleh Bupati sebagaimana dimaksud dalam Diktum KESATU.") for t in teks), \
        [t for t in teks if "dilimpahkan" in t]
    assert "Laporan menurut Diktum KESATU" in teks


def test_diktum_merujuk_dirinya_sendiri_peringatan(salin_contoh: SalinanData, tmp_path: Path) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", '  - teks: "Indikator Kinerja Utama sebagaimana dimaksud dalam Diktum '
                       '{diktum.penetapan} bertujuan untuk:"',
                       '  - id: tujuan\n    teks: "Indikator Kinerja Utama sebagaimana dimaksud dalam Diktum '
                       '{diktum.penetapan} dan {diktum.tujuan} bertujuan untuk:"')
    baris = salin_contoh.baris("keputusan-iku.yaml", "{diktum.tujuan}")
    cek = CliRunner().invoke(main, ["check", str(salin_contoh.folder)])
    assert cek.exit_code == 0, cek.output
    assert (f"keputusan-iku.yaml:{baris}, kolom 'diktum[2].teks': diktum ke-2 (KEDUA) merujuk dirinya sendiri "
            "dengan {diktum.tujuan}; periksa rujukannya — biasanya yang dimaksud diktum sebelumnya "
            "[bentuk.rujukan-diktum-sendiri]") in cek.output
    bangun = CliRunner().invoke(main, ["build", str(salin_contoh.folder), "-o", str(tmp_path / "keluar")])
    assert bangun.exit_code == 0
    assert "peringatan: " in bangun.stderr and "merujuk dirinya sendiri" in bangun.stderr
    body = semua_paragraf(buka(tmp_path / "keluar" / CONTOH.name / "keputusan-iku-2025.docx"))
    assert any("dalam Diktum KESATU dan KEDUA bertujuan untuk:" in t for t in body)
