"""The second example (``data/junrejo``), read back: a kecamatan of a kota, its Camat changed in July.

The Camat in office signed the PK, the RKT, the Rencana Aksi, the Pohon Kinerja and the IKI in
January (``penanda_tangan: camat-lama``), the PK with the Penjabat Walikota; the Plt. Camat who
followed signs the IKU decree, printed in August before it is signed (its day and nomor urut left
to the hand), and the LKj.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from docx.table import Table

from doctools.build import bangun_folder
from doctools.errors import DataError
from doctools.fmt import RUANG_HARI
from doctools.reviu import pengaturan_bawaan, periksa_folder
from doctools.tahun import NOMOR_KOSONG
from tests.conftest import CONTOH_KOTA, blok, buka, paragraf_baca, semua_paragraf, semua_tabel
from tests.ooxml_schema import galat

PLT = "MOCH. FAJAR RAHMAN, S.STP., M.Si."
CAMAT_LAMA = "Drs. BAMBANG HARIYANTO, M.Si."


@pytest.fixture(scope="module")
def dokumen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    keluar = tmp_path_factory.mktemp("kota")
    return {h.path.stem: h.path for h in bangun_folder(CONTOH_KOTA, keluar)}


def _ttd(path: Path) -> list[list[str]]:
    """The lines of each single signature block (a two-column layout table naming a signer)."""
    hasil = []
    for t in semua_tabel(buka(path)):
        if len(t.columns) == 2 and len(t.rows) == 1:
            baris = [p.text for p in t.rows[0].cells[1].paragraphs if p.text]
            if any(b.startswith("NIP. ") for b in baris):
                hasil.append(baris)
    return hasil


def _ttd_pk(path: Path) -> list[tuple[list[str], list[str]]]:
    hasil = []
    for b in blok(buka(path)):
        if isinstance(b, Table) and len(b.rows) > 1 and b.rows[1].cells[0].text == "PIHAK KEDUA,":
            kolom = [[p.text for r in b.rows[1:] for p in r.cells[i].paragraphs if p.text] for i in (0, 1)]
            hasil.append((kolom[0], kolom[1]))
    return hasil


def test_semua_dokumen_tersusun_tanpa_galat(dokumen: dict[str, Path]) -> None:
    assert sorted(dokumen) == [
        "keputusan-iki-2025", "keputusan-iku-2025", "laporan-kinerja-2025", "perjanjian-kinerja-2025-camat",
        "perjanjian-kinerja-2025-kasi-pemerintahan", "perjanjian-kinerja-2025-kasi-pmk",
        "perjanjian-kinerja-2025-sekretaris", "pohon-kinerja-2025", "rencana-aksi-2025",
        "rencana-kinerja-tahunan-2025"]
    laporan = periksa_folder(CONTOH_KOTA)
    assert (laporan.galat, laporan.peringatan) == (0, 0), [str(t) for t in laporan.temuan]
    assert {t.aturan for t in laporan.temuan} == {"orang.tanggal-tanpa-hari", "bentuk.mengingat-belum-terverifikasi"}


def test_sah_menurut_skema(dokumen: dict[str, Path]) -> None:
    for nama, path in dokumen.items():
        assert galat(path) == [], nama


def test_kop_kota(dokumen: dict[str, Path]) -> None:
    for nama, path in dokumen.items():
        if nama.startswith("laporan-kinerja"):
            continue  # the LKj opens with its cover (below)
        kop = semua_paragraf(buka(path))[:4]
        assert kop[:3] == ["PEMERINTAH KOTA BATU", "KECAMATAN JUNREJO",
                           "Jl. Raya Junrejo No. 1 Junrejo Telepon\u00a0(0341)\u00a0464123"], nama
        # no e-mail address is written: the contact line has none, and no empty label
        assert kop[3] == "Laman\u00a0kecjunrejo.batukota.go.id, Kode\u00a0Pos\u00a065321", nama
    sampul = [t for t in semua_paragraf(buka(dokumen["laporan-kinerja-2025"]))[:30] if t][:6]
    assert sampul[:2] == ["LAPORAN KINERJA", "KECAMATAN JUNREJO"] and "PEMERINTAH KOTA BATU" in sampul


def test_keputusan_iku_plt_tanpa_hari(dokumen: dict[str, Path]) -> None:
    """Printed for signing in August by the Plt. Camat: no day, no nomor urut; the decree stays the Camat's."""
    kep = dokumen["keputusan-iku-2025"]
    teks = semua_paragraf(buka(kep))
    judul = [t for t in teks[4:12] if t]
    assert judul[:3] == ["KEPUTUSAN CAMAT JUNREJO", "KOTA BATU", f"NOMOR 000.8.3/{NOMOR_KOSONG}/35.79.03/2025"]
    assert "CAMAT JUNREJO," in teks
    [ttd, ttd_lampiran] = _ttd(kep)
    assert ttd == ["Ditetapkan di\t: Batu", f"pada tanggal\t: {RUANG_HARI}Agustus 2025", "Plt. CAMAT JUNREJO,", PLT,
                   "Pembina", "NIP. 19840312 200212 1 003"]
    assert ttd_lampiran == [f"Batu, {RUANG_HARI}Agustus 2025", "Plt. CAMAT JUNREJO,", PLT, "Pembina",
                            "NIP. 19840312 200212 1 003"]
    assert f"TANGGAL\t:\t{RUANG_HARI}Agustus 2025" in teks
    assert ["1.\tYth. Walikota Batu;", "2.\tYth. Sekretaris Daerah Kota Batu;"] == \
        [t for t in teks if "Yth." in t][:2]


def test_keputusan_iki_camat_saat_itu(dokumen: dict[str, Path]) -> None:
    [ttd, _] = _ttd(dokumen["keputusan-iki-2025"])
    assert ttd[:4] == ["Ditetapkan di\t: Batu", "pada tanggal\t: 3 Januari 2025", "CAMAT JUNREJO,", CAMAT_LAMA]
    # a jabatan with a single tugas: no letter (and no empty letter column) before it
    assert "Tugas\t:\tmemimpin penyelenggaraan urusan pemerintahan umum, pelayanan publik dan pemberdayaan " \
           "masyarakat di wilayah kecamatan." in semua_paragraf(buka(dokumen["keputusan-iki-2025"]))


def test_pk_camat_sebelumnya_dengan_penjabat_walikota(dokumen: dict[str, Path]) -> None:
    pk = dokumen["perjanjian-kinerja-2025-camat"]
    baca = paragraf_baca(buka(pk))
    for baris in (f"Nama\t:\t{CAMAT_LAMA}", "NIP\t:\t19690827 199003 1 006", "Jabatan\t:\tCamat Junrejo",
                  "Nama\t:\tDrs. HARI SUSANTO, M.Si.", "Jabatan\t:\tPj. Walikota Batu"):
        assert baris in baca
    assert "CAMAT JUNREJO" in baca  # the lampiran's heading, without a status
    for kedua, pertama in _ttd_pk(pk):
        assert kedua == ["PIHAK KEDUA,", "Pj. WALIKOTA BATU", "Drs. HARI SUSANTO, M.Si."]
        assert pertama == ["PIHAK PERTAMA,", "CAMAT JUNREJO", CAMAT_LAMA, "Pembina Tingkat I",
                           "NIP. 19690827 199003 1 006"]
    assert semua_paragraf(buka(pk)).count("Batu, 6 Januari 2025") == 2


def test_pk_pejabat_dengan_camat_saat_itu(dokumen: dict[str, Path]) -> None:
    [(kedua, pertama), _] = _ttd_pk(dokumen["perjanjian-kinerja-2025-kasi-pmk"])
    assert kedua[:3] == ["PIHAK KEDUA,", "CAMAT JUNREJO", CAMAT_LAMA]
    assert pertama[1:3] == ["KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN KESEJAHTERAAN SOSIAL", "LILIK SURYANI, S.Sos."]


@pytest.mark.parametrize("nama", ["rencana-kinerja-tahunan-2025", "pohon-kinerja-2025"])
def test_rencana_januari_ditandatangani_camat_saat_itu(dokumen: dict[str, Path], nama: str) -> None:
    [ttd] = _ttd(dokumen[nama])
    assert ttd[:3] == ["Batu, 6 Januari 2025", "CAMAT JUNREJO,", CAMAT_LAMA]


def test_rencana_aksi(dokumen: dict[str, Path]) -> None:
    ttd = _ttd(dokumen["rencana-aksi-2025"])
    assert [t[:3] for t in ttd] == [["Batu, 13 Januari 2025", "CAMAT JUNREJO,", CAMAT_LAMA],
                                    ["Batu, 13 Januari 2025", "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN "
                                     "KESEJAHTERAAN SOSIAL,", "LILIK SURYANI, S.Sos."]]


def test_lkj_plt_dan_walikota(dokumen: dict[str, Path]) -> None:
    lkj = dokumen["laporan-kinerja-2025"]
    ttd = _ttd(lkj)
    assert ttd and all(t[:3] == ["Batu, 29 Januari 2026", "Plt. CAMAT JUNREJO,", PLT] for t in ttd)
    teks = " ".join(paragraf_baca(buka(lkj)))
    assert ("dipimpin oleh Camat yang berada di bawah dan bertanggung jawab kepada Walikota melalui Sekretaris "
            "Daerah Kota Batu.") in teks
    assert ("Perjanjian Kinerja Tahun 2025 ditandatangani oleh Camat Junrejo selaku Pihak Pertama dan Pj. Walikota "
            "Batu selaku Pihak Kedua pada tanggal 6 Januari 2025,") in teks
    # the IKU decree is cited without the nomor urut and the day it does not have yet
    assert ("ditetapkan dengan Keputusan Camat Junrejo tentang Indikator Kinerja Utama Kecamatan Junrejo Kota Batu, "
            "sebagai berikut.") in teks
    assert "Bupati" not in teks and "Kabupaten" not in teks.replace("Daerah Kabupaten/Kota", "")


def test_wali_kota_dua_kata(tmp_path: Path) -> None:
    """A kota that writes "Wali Kota" (sebutan_kepala) gets it in every title and sentence."""
    folder = tmp_path / "junrejo"
    shutil.copytree(CONTOH_KOTA, folder)
    instansi = folder / "instansi.yaml"
    teks = instansi.read_text(encoding="utf-8")
    instansi.write_text(teks.replace("  # sebutan_kepala: Wali Kota", "  sebutan_kepala: Wali Kota"), encoding="utf-8")
    dokumen = {h.path.stem: h.path for h in bangun_folder(folder, tmp_path / "keluar")}
    [(kedua, _), _] = _ttd_pk(dokumen["perjanjian-kinerja-2025-camat"])
    assert kedua[1] == "Pj. WALI KOTA BATU"
    lkj = " ".join(paragraf_baca(buka(dokumen["laporan-kinerja-2025"])))
    assert "bertanggung jawab kepada Wali Kota melalui Sekretaris Daerah Kota Batu." in lkj
    instansi.write_text(teks.replace("  # sebutan_kepala: Wali Kota", "  sebutan_kepala: Bupati"), encoding="utf-8")
    with pytest.raises(DataError) as info:
        bangun_folder(folder, tmp_path / "keluar-2")
    assert "kolom 'pemerintah.sebutan_kepala': kepala daerah kota disebut Walikota atau Wali Kota, bukan Bupati" \
        in str(info.value)


@pytest.mark.parametrize(("triwulan", "bulan", "jabatan", "nama"), [
    (1, "April 2025", "CAMAT JUNREJO,", CAMAT_LAMA),
    (4, "Januari 2026", "Plt. CAMAT JUNREJO,", PLT),
])
def test_pemantauan_ditandatangani_camat_bulan_laporannya(tmp_path: Path, triwulan: int, bulan: str, jabatan: str,
                                                           nama: str) -> None:
    """A quarter's monitoring report is signed by the Camat in office the month it is made."""
    pengaturan = replace(pengaturan_bawaan(), triwulan=triwulan)
    [path] = [h.path for h in bangun_folder(CONTOH_KOTA, tmp_path, pengaturan=pengaturan)
              if h.path.stem == f"rencana-aksi-2025-triwulan-{triwulan}"]
    [camat, _] = _ttd(path)
    assert camat[:3] == [f"Batu, {RUANG_HARI}{bulan}", jabatan, nama]
    assert jabatan.rstrip(",") in semua_paragraf(buka(path))  # the heading of the Camat's part


@pytest.mark.parametrize(("stem", "gaya", "gaya_tunggal"), [("keputusan-iku-2025", "Identitas", "IdentitasTunggal"),
                                                             ("keputusan-iki-2025", "Konsiderans", "KonsideransTunggal")])
def test_tugas_satu_butir_langsung_setelah_titik_dua(dokumen: dict[str, Path], stem: str, gaya: str,
                                                       gaya_tunggal: str) -> None:
    """A Tugas of one item has no letter and starts right after the colon, its lines under its own
    first word (the single-line style, like Jabatan), not one tab further where a letter would be."""
    doc = buka(dokumen[stem])
    tugas = [p for p in doc.paragraphs if p.text.startswith("Tugas\t:")]
    assert tugas
    for p in tugas:
        assert p.style.style_id == gaya_tunggal, p.text
        assert p.text.split("\t")[2].strip()  # the text itself, no empty letter column before it
        assert p.paragraph_format.space_after is not None
    fungsi = [p for p in doc.paragraphs if p.text.startswith("Fungsi\t:")]
    assert all(p.style.style_id == gaya for p in fungsi)  # several items keep their letters


def test_jabatan_iki_rata_kiri(dokumen: dict[str, Path]) -> None:
    """A Jabatan long enough to wrap is not stretched across the line by justification."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = buka(dokumen["keputusan-iki-2025"])
    jabatan = [p for p in doc.paragraphs if p.text.startswith("Jabatan\t:")]
    assert any("Kesejahteraan Sosial" in p.text for p in jabatan)
    assert all(p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT for p in jabatan)


def test_lkj_tugas_satu_butir_sebagai_kalimat(dokumen: dict[str, Path]) -> None:
    """BAB I of the LKj: the kota's one Tugas reads as a sentence after its label, not as an item
    indented under it with no letter; its several Fungsi keep their letters."""
    paragraf = buka(dokumen["laporan-kinerja-2025"]).paragraphs
    [i] = [i for i, p in enumerate(paragraf) if p.text.startswith("Tugas:")]
    tugas = paragraf[i]
    assert tugas.text.startswith("Tugas: membantu Walikota melaksanakan urusan pemerintahan")
    assert tugas.text.endswith("desa dan kelurahan.")
    assert tugas.style.style_id != "DaftarLKj"
    assert paragraf[i + 1].text == "Fungsi:"
    fungsi = paragraf[i + 2:i + 11]
    assert [p.text.split("\t")[0] for p in fungsi] == [f"{h}." for h in "abcdefghi"]
    assert all(p.style.style_id == "DaftarLKj" for p in fungsi)
