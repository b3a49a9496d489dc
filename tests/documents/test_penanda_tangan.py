"""Who signs, and when: Plt./Plh., a Camat who changed during the year, a.n., dates written by hand.

Each case edits a copy of the example the way a real document needs it (a decree printed before it
is signed, a PK signed in January by the Camat then in office, a Sekretaris signing a.n. Camat) and
reads the rendered documents back.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.table import Table

from doctools.build import bangun_folder
from doctools.errors import DataError
from doctools.fmt import RUANG_HARI, RUANG_TANGGAL
from tests.conftest import CONTOH, SalinanData, blok, buka, paragraf_baca, semua_paragraf, semua_tabel

PK = "perjanjian-kinerja.yaml"
IKU = "keputusan-iku.yaml"
CAMAT_LAMA = """\
  - id: camat-lama
    nama: Drs. HERU PRASETYO, M.M.
    nip: "19680310 199003 1 007"
    pangkat: Pembina Tingkat I
    jabatan: Camat Mumbulsari
    sampai: 2025-03-31
"""


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    tujuan = tmp_path / "data" / CONTOH.name
    shutil.copytree(CONTOH, tujuan)
    return SalinanData(tujuan)


def _bangun(salinan: SalinanData, tmp_path: Path) -> dict[str, Path]:
    return {h.path.name: h.path for h in bangun_folder(salinan.folder, tmp_path / "keluar")}


def _ttd_tunggal(path: Path) -> list[list[str]]:
    """The text lines of each single signature block (its right-hand cell) of a document."""
    hasil = []
    for t in semua_tabel(buka(path)):
        sel = t.rows[0].cells[-1].text if len(t.columns) == 2 else ""
        if "NIP." in sel or "CAMAT" in sel:
            hasil.append([p.text for p in t.rows[0].cells[-1].paragraphs if p.text])
    return hasil


def _ttd_pk(path: Path) -> list[tuple[list[str], list[str]]]:
    """(Pihak Kedua's lines, Pihak Pertama's lines) of each pair of signatures of a PK."""
    hasil = []
    for b in blok(buka(path)):
        if isinstance(b, Table) and len(b.rows) > 1 and b.rows[1].cells[0].text == "PIHAK KEDUA,":
            kolom = [[p.text for r in b.rows[1:] for p in r.cells[i].paragraphs if p.text] for i in (0, 1)]
            hasil.append((kolom[0], kolom[1]))
    return hasil


# ---- dates written by hand ------------------------------------------------------------------------


def test_keputusan_tanpa_hari(salinan: SalinanData, tmp_path: Path) -> None:
    """`tanggal: 2025-01`: "Januari 2025" with room for the day, in the signature and the Lampiran header."""
    salinan.ganti(IKU, "tanggal: 2025-01-06", "tanggal: 2025-01")
    dokumen = _bangun(salinan, tmp_path)
    kep = dokumen["keputusan-iku-2025.docx"]
    [ttd, ttd_lampiran] = _ttd_tunggal(kep)
    assert ttd[:2] == ["Ditetapkan di\t: Mumbulsari", f"pada tanggal\t: {RUANG_HARI}Januari 2025"]
    assert ttd_lampiran[0] == f"Mumbulsari, {RUANG_HARI}Januari 2025"
    assert f"TANGGAL\t:\t{RUANG_HARI}Januari 2025" in semua_paragraf(buka(kep))
    # the LKj cites the decree by its number, without a date that is not yet known
    lkj = " ".join(paragraf_baca(buka(dokumen["laporan-kinerja-2025.docx"])))
    assert "Keputusan Camat Mumbulsari Nomor 065/007/35.09.14/2025 tentang Indikator" in lkj


def test_keputusan_tanpa_tanggal(salinan: SalinanData, tmp_path: Path) -> None:
    """A decree printed for signing with its date left out: blank room, its year from the nomor."""
    salinan.ganti(IKU, "tanggal: 2025-01-06\n", "")
    salinan.ganti(IKU, '  urut: "007"', '  urut: "007"\n  tahun: 2025')
    kep = _bangun(salinan, tmp_path)["keputusan-iku-2025.docx"]
    [ttd, _] = _ttd_tunggal(kep)
    assert ttd[1] == f"pada tanggal\t: {RUANG_TANGGAL}"
    assert "NOMOR 065/007/35.09.14/2025" in semua_paragraf(buka(kep))


def test_pk_tanpa_tanggal(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "tanggal: 2025-01-06             # tanggal penandatanganan (TTTT-BB-HH)\n", "")
    dokumen = _bangun(salinan, tmp_path)
    assert semua_paragraf(buka(dokumen["perjanjian-kinerja-2025-camat.docx"])).count(f"Jember, {RUANG_TANGGAL}") == 2
    # the LKj says who signed, and leaves out a date the PK does not have
    lkj = " ".join(paragraf_baca(buka(dokumen["laporan-kinerja-2025.docx"])))
    assert "ditandatangani oleh Camat Mumbulsari selaku Pihak Pertama dan Bupati Jember selaku Pihak Kedua, " in lkj


# ---- Plt., Plh., Pj. ------------------------------------------------------------------------------


def test_camat_plt(salinan: SalinanData, tmp_path: Path) -> None:
    """A Plt. Camat signs "Plt. CAMAT …"; the decree stays the Camat's (its title has no Plt.)."""
    salinan.ganti("instansi.yaml", "  pangkat: Pembina Tingkat I       # atau golongan: IV/b",
                  "  pangkat: Pembina Tingkat I\n  status: Plt.")
    dokumen = _bangun(salinan, tmp_path)
    kep = dokumen["keputusan-iku-2025.docx"]
    teks = semua_paragraf(buka(kep))
    assert "KEPUTUSAN CAMAT MUMBULSARI" in teks and "CAMAT MUMBULSARI," in teks
    assert ["Plt. CAMAT MUMBULSARI," in t for t in _ttd_tunggal(kep)] == [True, True]
    pk = dokumen["perjanjian-kinerja-2025-camat.docx"]
    assert "Jabatan\t:\tPlt. Camat Mumbulsari" in paragraf_baca(buka(pk))
    assert "Plt. CAMAT MUMBULSARI" in semua_paragraf(buka(pk))  # the lampiran's heading
    assert [p[1] for _, p in _ttd_pk(pk)] == ["Plt. CAMAT MUMBULSARI"] * 2
    # a lower official's PK is signed by the Plt. Camat as Pihak Kedua
    assert [k[1] for k, _ in _ttd_pk(dokumen["perjanjian-kinerja-2025-sekretaris.docx"])] == \
        ["Plt. CAMAT MUMBULSARI"] * 2
    for nama in ("laporan-kinerja-2025.docx", "rencana-kinerja-tahunan-2025.docx", "pohon-kinerja-2025.docx"):
        assert "Plt. CAMAT MUMBULSARI," in semua_paragraf(buka(dokumen[nama])), nama
    ra = semua_paragraf(buka(dokumen["rencana-aksi-2025.docx"]))
    assert "Plt. CAMAT MUMBULSARI" in ra and "Plt. CAMAT MUMBULSARI," in ra


def test_plh_sekretaris_hanya_di_tanda_tangan(salinan: SalinanData, tmp_path: Path) -> None:
    """The Sekretaris signs the RKT as Plh. Camat; a kabupaten that prints the status above the
    signature only (status_di_jabatan: false) keeps the PK's Jabatan line plain."""
    salinan.ganti("rkt.yaml", "tahun: 2025\n", "tahun: 2025\npenanda_tangan: {pejabat: sekretaris, status: plh}\n")
    salinan.ganti(PK, "tahun: 2025\n", "tahun: 2025\npenanda_tangan: {pejabat: camat, status: plt}\n")
    salinan.ganti("instansi.yaml", "  gaya_rupiah: baku", "  status_di_jabatan: false\n  gaya_rupiah: baku")
    dokumen = _bangun(salinan, tmp_path)
    [ttd] = _ttd_tunggal(dokumen["rencana-kinerja-tahunan-2025.docx"])
    assert ttd[1:] == ["Plh. CAMAT MUMBULSARI,", "Dra. SITI AMINAH, M.Si.", "Pembina", "NIP. 19740815 199803 2 006"]
    pk = dokumen["perjanjian-kinerja-2025-camat.docx"]
    assert "Jabatan\t:\tCamat Mumbulsari" in paragraf_baca(buka(pk))
    assert [p[1] for _, p in _ttd_pk(pk)] == ["Plt. CAMAT MUMBULSARI"] * 2


def test_penjabat_bupati(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("instansi.yaml", "    nama: Ir. H. SUHARTONO WIBISONO, M.M.   # Bupati (tanpa NIP: jabatan politik)",
                  "    nama: Ir. H. SUHARTONO WIBISONO, M.M.\n    status: pj")
    pk = _bangun(salinan, tmp_path)["perjanjian-kinerja-2025-camat.docx"]
    assert "Jabatan\t:\tPj. Bupati Jember" in paragraf_baca(buka(pk))
    assert [k[1:3] for k, _ in _ttd_pk(pk)] == [["Pj. BUPATI JEMBER", "Ir. H. SUHARTONO WIBISONO, M.M."]] * 2


# ---- the Camat changed during the year ------------------------------------------------------------


def test_pk_ditandatangani_camat_sebelumnya(salinan: SalinanData, tmp_path: Path) -> None:
    """The PK signed in January by the Camat then in office; the LKj a year later by the new one."""
    salinan.ganti("instansi.yaml", "pejabat:\n  - id: sekretaris", "pejabat:\n" + CAMAT_LAMA + "  - id: sekretaris")
    salinan.ganti("instansi.yaml", "  pangkat: Pembina Tingkat I       # atau golongan: IV/b",
                  "  pangkat: Pembina Tingkat I\n  sejak: 2025-04-01")
    salinan.ganti(PK, "tahun: 2025\n", "tahun: 2025\npenanda_tangan: camat-lama\n")
    for berkas in ("keputusan-iku.yaml", "keputusan-iki.yaml", "rkt.yaml", "rencana-aksi.yaml", "pohon-kinerja.yaml"):
        teks = salinan.baca(berkas)
        salinan.tulis(berkas, teks.replace("\ntanggal: ", "\npenanda_tangan: camat-lama\ntanggal: ", 1))
    dokumen = _bangun(salinan, tmp_path)
    pk = dokumen["perjanjian-kinerja-2025-camat.docx"]
    baca = paragraf_baca(buka(pk))
    assert "Nama\t:\tDrs. HERU PRASETYO, M.M." in baca and "NIP\t:\t19680310 199003 1 007" in baca
    assert [p[2] for _, p in _ttd_pk(pk)] == ["Drs. HERU PRASETYO, M.M."] * 2
    assert [k[2] for k, _ in _ttd_pk(dokumen["perjanjian-kinerja-2025-kasi-pmks.docx"])] == \
        ["Drs. HERU PRASETYO, M.M."] * 2
    # the LKj of 2025, signed in January 2026, by the Camat in office then
    [ttd_lkj] = [t for t in _ttd_tunggal(dokumen["laporan-kinerja-2025.docx"])][:1]
    assert ttd_lkj[1:3] == ["CAMAT MUMBULSARI,", "Drs. BAMBANG SETIAWAN, M.Si."]
    assert "Drs. HERU PRASETYO, M.M." in semua_paragraf(buka(dokumen["rencana-aksi-2025.docx"]))


def test_penanda_tangan_ditulis_lengkap(salinan: SalinanData, tmp_path: Path) -> None:
    """A signer not in instansi.yaml, written out in full in the document's own file."""
    salinan.ganti("pohon-kinerja.yaml", "tahun: 2025\n", (
        "tahun: 2025\npenanda_tangan:\n  nama: Drs. HERU PRASETYO, M.M.\n  nip: 19680310 199003 1 007\n"
        "  pangkat: IV/b\n  jabatan: Camat Mumbulsari\n"))
    [ttd] = _ttd_tunggal(_bangun(salinan, tmp_path)["pohon-kinerja-2025.docx"])
    assert ttd[1:] == ["CAMAT MUMBULSARI,", "Drs. HERU PRASETYO, M.M.", "Pembina Tingkat I",
                       "NIP. 19680310 199003 1 007"]


def test_penanda_tangan_tidak_dikenal(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("rkt.yaml", "tahun: 2025\n", "tahun: 2025\npenanda_tangan: camat-lamaa\n")
    with pytest.raises(DataError) as info:
        _bangun(salinan, tmp_path)
    assert "penanda tangan 'camat-lamaa' tidak ada di daftar pejabat instansi.yaml; id yang ada: 'camat', " \
           "'sekretaris'" in str(info.value)
    assert not (tmp_path / "keluar").exists()


def test_penanda_tangan_jabatan_lain(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("rkt.yaml", "tahun: 2025\n",
                  "tahun: 2025\npenanda_tangan: {nama: Dra. SITI AMINAH, jabatan: Sekretaris Kecamatan}\n")
    with pytest.raises(DataError) as info:
        _bangun(salinan, tmp_path)
    assert ("rkt.yaml ditandatangani sebagai Camat Mumbulsari, bukan 'Sekretaris Kecamatan'; untuk pejabat yang "
            "menjalankan tugas Camat tulis status: plt atau plh") in str(info.value)


# ---- a.n. (atas nama) -----------------------------------------------------------------------------


def test_atas_nama_pk_pejabat(salinan: SalinanData, tmp_path: Path) -> None:
    """Where the kabupaten does so (kabupaten.yaml), the Sekretaris signs his staff's PK "a.n. CAMAT …"."""
    kabupaten = tmp_path / "jember"
    kabupaten.mkdir()
    (kabupaten / "kabupaten.yaml").write_text("pengaturan:\n  atas_nama_pk: true\n", encoding="utf-8")
    salinan = SalinanData(Path(shutil.move(salinan.folder, kabupaten / "mumbulsari")))
    salinan.ganti(PK, "  - pejabat: kasi-trantib\n", "  - pejabat: kasi-trantib\n    atasan: sekretaris\n")
    teks = salinan.baca(PK)
    # the Kasi Trantib's sasaran now support the Sekretaris's (his first)
    awal = teks.index("  - pejabat: kasi-trantib")
    salinan.tulis(PK, teks[:awal] + teks[awal:].replace("mendukung: trantib", "mendukung: 1"))
    dokumen = _bangun(salinan, tmp_path)
    [(kedua, pertama)] = _ttd_pk(dokumen["perjanjian-kinerja-2025-kasi-trantib.docx"])[:1]
    assert kedua[:4] == ["PIHAK KEDUA,", "a.n. CAMAT MUMBULSARI", "SEKRETARIS KECAMATAN", "Dra. SITI AMINAH, M.Si."]
    assert pertama[:2] == ["PIHAK PERTAMA,", "KEPALA SEKSI KETENTERAMAN DAN KETERTIBAN UMUM"]
    # the Camat signs in his own name: no a.n.
    [(kedua_camat, _)] = _ttd_pk(dokumen["perjanjian-kinerja-2025-kasi-pmks.docx"])[:1]
    assert kedua_camat[1] == "CAMAT MUMBULSARI"


# ---- facts left out -------------------------------------------------------------------------------


def test_kop_tanpa_alamat(salinan: SalinanData, tmp_path: Path) -> None:
    """No address: no address line, no empty label; the telephone still has its line."""
    salinan.ganti("instansi.yaml", "  alamat: Jl. KH. Agus Salim No. 02 Mumbulsari\n", "")
    kep = _bangun(salinan, tmp_path)["keputusan-iku-2025.docx"]
    kop = semua_paragraf(buka(kep))[:4]
    assert kop[:3] == ["PEMERINTAH KABUPATEN JEMBER", "KECAMATAN MUMBULSARI", "Telepon\u00a0(0331)\u00a05444177"]


def test_tanpa_kepala_daerah(salinan: SalinanData, tmp_path: Path) -> None:
    """The Bupati's name is needed by the Camat's PK only: without a PK the documents build."""
    salinan.ganti("instansi.yaml", "  kepala_daerah:\n    nama: Ir. H. SUHARTONO WIBISONO, M.M.   "
                                   "# Bupati (tanpa NIP: jabatan politik)\n", "")
    with pytest.raises(DataError) as info:
        _bangun(salinan, tmp_path)
    assert ("Perjanjian Kinerja Camat ditandatangani Bupati Jember sebagai Pihak Kedua, tetapi namanya belum ditulis: "
            "tulis pemerintah.kepala_daerah.nama di instansi.yaml") in str(info.value)
    for berkas in (PK, "lkj.yaml", "rkt.yaml", "rencana-aksi.yaml", "pohon-kinerja.yaml"):
        salinan.hapus(berkas)
    assert sorted(_bangun(salinan, tmp_path)) == ["keputusan-iki-2025.docx", "keputusan-iku-2025.docx"]
