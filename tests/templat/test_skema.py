"""The declared context of each kind is the context actually built: nothing undeclared, nothing missing.

The example is built as shipped and with the optional parts it leaves out (Memperhatikan, a last
diktum with rincian, a tembusan in the IKI decree, a logo), so every declared path is met at
least once with a value of its declared kind; ``doctools templat variabel`` prints them all.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from PIL import Image

from doctools.cli import main
from doctools.documents import KETENTUAN_TEMPLAT, VARIABEL_BAGIAN, susun_semua
from doctools.documents.lkj import keuangan
from doctools.kinerja.anggaran import KegiatanAnggaran, ProgramAnggaran, SubKegiatanAnggaran, ringkas_anggaran
from doctools.templat.filter import filters
from doctools.templat.skema import Daftar, Isian, Kumpulan, baris, cocokkan
from tests.conftest import CONTOH, SalinanData, tahun_dari
from tests.skm_sebaran import pasang


@pytest.fixture(scope="module")
def dokumen(tmp_path_factory: pytest.TempPathFactory) -> list:
    """Every document of the example, and of a copy that has the optional parts."""
    lengkap = tmp_path_factory.mktemp("lengkap") / "mumbulsari"
    shutil.copytree(CONTOH, lengkap)
    Image.new("RGB", (40, 40), "green").save(lengkap / "logo.png")
    instansi = lengkap / "instansi.yaml"
    instansi.write_text(instansi.read_text(encoding="utf-8").replace("# logo: logo-jember.png", "logo: logo.png"),
                        encoding="utf-8")
    iku = lengkap / "keputusan-iku.yaml"
    teks = iku.read_text(encoding="utf-8")
    teks = teks.replace("  - teks: Keputusan ini mulai berlaku pada tanggal ditetapkan.\n",
                        "  - teks: \"Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan:\"\n"
                        "    rincian: [berlaku untuk tahun 2025, ditinjau setiap tahun]\n")
    teks = teks.replace("\ntembusan:", "\nmemperhatikan:\n  - Hasil evaluasi SAKIP tahun 2024\n\ntembusan:")
    iku.write_text(teks, encoding="utf-8")
    iki = lengkap / "keputusan-iki.yaml"
    teks = iki.read_text(encoding="utf-8")
    teks = teks.replace("akan diadakan perbaikan sebagaimana mestinya.\n",
                        "akan diadakan perbaikan sebagaimana mestinya.\n    rincian: [ditinjau setiap tahun]\n")
    teks = teks.replace("\ndiktum:", "\nmemperhatikan:\n  - Hasil evaluasi SAKIP tahun 2024\n\ndiktum:")
    iki.write_text(teks + "\ntembusan:\n  - Bupati Jember\n", encoding="utf-8")
    pasang(SalinanData(lengkap))  # a questionnaire of its own mapped to the nine unsur: the comparison table
    return susun_semua(tahun_dari(CONTOH), triwulan=2) + susun_semua(tahun_dari(lengkap))


@pytest.mark.parametrize("jenis", list(KETENTUAN_TEMPLAT))
def test_konteks_sesuai_deklarasi(jenis: str, dokumen: list) -> None:
    ketentuan = KETENTUAN_TEMPLAT[jenis]
    terlihat: set[str] = set()
    dipakai = [d for d in dokumen if d.jenis == jenis]
    assert dipakai
    for d in dipakai:
        assert cocokkan(ketentuan.konteks, d.konteks, "", terlihat) == [], d.nama_berkas
    tak_terlihat = {j for j, _ in baris(ketentuan.konteks)} - terlihat
    if jenis == "laporan-kinerja":  # the example's table stops at kegiatan: its sub-kegiatan rows below
        tak_terlihat = {j for j in tak_terlihat if ".kegiatan[].sub[]." not in j}
    assert tak_terlihat == set()


def test_baris_sub_kegiatan_sesuai_deklarasi() -> None:
    r = ringkas_anggaran([ProgramAnggaran("Program A", [KegiatanAnggaran("Kegiatan A", sub_kegiatan=[
        SubKegiatanAnggaran("Sub A", 1000, 900), SubKegiatanAnggaran("Sub B", 500, 500)])])])
    terlihat: set[str] = set()
    assert cocokkan(keuangan.PROGRAM, keuangan.tabel_program(r, keuangan._Angka(0)), "", terlihat) == []
    assert {j for j, _ in baris(keuangan.PROGRAM)} <= terlihat


def test_cocokkan_menyebut_yang_tidak_dideklarasikan() -> None:
    konteks = KETENTUAN_TEMPLAT["keputusan-iku"].konteks
    [d] = [d for d in susun_semua(tahun_dari(CONTOH)) if d.jenis == "keputusan-iku"]
    rusak = dict(d.konteks, baru="x", nomor=7)
    rusak["kop"] = {k: v for k, v in d.konteks["kop"].items() if k != "alamat"}
    assert sorted(cocokkan(konteks, rusak)) == ["baru: tidak dideklarasikan", "kop.alamat: dideklarasikan tetapi tidak ada",
                                                "nomor: int '7', bukan teks"]


def _bentuk(simpul: object) -> object:
    """A node's shape without its descriptions: kinds and names only."""
    if isinstance(simpul, Isian):
        return simpul.jenis
    if isinstance(simpul, Daftar):
        return ["daftar", _bentuk(simpul.butir)]
    assert isinstance(simpul, Kumpulan)
    return {k: _bentuk(v) for k, v in simpul.isi.items()}


def test_bagian_memakai_variabel_dokumen_yang_menyisipkannya() -> None:
    """A part's declared variables are there, of the same shape, in every kind that inserts it."""
    for nama, variabel in VARIABEL_BAGIAN.items():
        pemakai = [k for k in KETENTUAN_TEMPLAT.values() if nama in k.bagian]
        assert pemakai, nama
        for k in pemakai:
            if nama == "tanda-tangan-berdampingan" and "pertama" not in k.konteks.isi:
                # the LKj inserts it for its PK with {%p with ttd = bab2.pk.ttd %}
                konteks = k.konteks.isi["bab2"].isi["pk"].isi  # type: ignore[union-attr]
            elif nama == "tanda-tangan" and "ttd" not in k.konteks.isi:
                # the Rencana Aksi signs each level's plan: {%p with ttd = p.ttd %} in {%p for p in pihak %}
                konteks = k.konteks.isi["pihak"].butir.isi  # type: ignore[union-attr]
            else:
                konteks = k.konteks.isi
            for kunci, simpul in variabel.isi.items():
                if kunci == "lampiran":
                    assert set(_bentuk(simpul)) <= set(_bentuk(konteks[kunci])), (nama, kunci)  # type: ignore[arg-type]
                else:
                    assert _bentuk(konteks[kunci]) == _bentuk(simpul), (nama, kunci)


@pytest.mark.parametrize("jenis", [*KETENTUAN_TEMPLAT, *VARIABEL_BAGIAN])
def test_templat_variabel_mendaftar_semuanya(jenis: str) -> None:
    hasil = CliRunner().invoke(main, ["templat", "variabel", jenis])
    assert hasil.exit_code == 0, hasil.output
    konteks = KETENTUAN_TEMPLAT[jenis].konteks if jenis in KETENTUAN_TEMPLAT else VARIABEL_BAGIAN[jenis]
    baris_keluar = hasil.output.splitlines()
    for jalur, _ in baris(konteks):
        [b] = [b for b in baris_keluar if b.split() and b.split()[0] == jalur]
        assert len(b.split()) > 1  # one line on each
    assert f"filter: {', '.join(filters())}" in baris_keluar
    if jenis in KETENTUAN_TEMPLAT:
        for bagian in KETENTUAN_TEMPLAT[jenis].bagian:
            assert any(f'{{%p include "{bagian}" %}}' in b for b in baris_keluar)


def test_templat_variabel_jenis_tak_dikenal() -> None:
    hasil = CliRunner().invoke(main, ["templat", "variabel", "keputusan-ikuu"])
    assert hasil.exit_code == 2
    assert "galat: jenis templat 'keputusan-ikuu' tidak dikenal; maksudnya keputusan-iku?" in hasil.output
    assert "Traceback" not in hasil.output
