"""The Perjanjian Kinerja, read back from the rendered .docx files and checked against the data.

Built from a copy of the three files the PK needs (instansi, kinerja, perjanjian-kinerja), so other
document kinds of the example folder cannot break these tests.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from doctools import fmt
from doctools.build import bangun_folder
from doctools.documents import perjanjian_kinerja
from doctools.errors import DataError, KumpulanGalat
from doctools.model import muat_data
from tests.conftest import CONTOH, SalinanData, blok, buka

BERKAS_PK = ("instansi.yaml", "kinerja.yaml", "perjanjian-kinerja.yaml")
KUNCI = ["camat", "sekretaris", "kasi-pemerintahan", "kasi-pmks", "kasi-trantib"]
PK = "perjanjian-kinerja.yaml"

NB = "\u00a0"  # no-break space


def salin_pk(tujuan: Path) -> SalinanData:
    tujuan.mkdir(parents=True)
    for nama in BERKAS_PK:
        shutil.copy2(CONTOH / nama, tujuan / nama)
    return SalinanData(tujuan)


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    return salin_pk(tmp_path / "data" / CONTOH.name)


@pytest.fixture(scope="module")
def hasil(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example's PKs rendered once: key (camat, sekretaris, …) → .docx path."""
    akar = tmp_path_factory.mktemp("pk")
    salinan = salin_pk(akar / "data" / CONTOH.name)
    keluar = bangun_folder(salinan.folder, akar / "keluar")
    awalan = "perjanjian-kinerja-2025-"
    return {h.path.stem.removeprefix(awalan): h.path for h in keluar if h.dokumen.jenis == "perjanjian-kinerja"}


@pytest.fixture(scope="module")
def data():
    return muat_data(CONTOH)


def _body(path: Path) -> list[Paragraph | Table]:
    return list(blok(buka(path)))


def _teks(path: Path) -> list[str]:
    return [b.text for b in _body(path) if isinstance(b, Paragraph)]


def _tabel_ttd(sumber: Path | list[Paragraph | Table]) -> list[Table]:
    body = _body(sumber) if isinstance(sumber, Path) else sumber
    return [b for b in body if isinstance(b, Table) and len(b.rows) > 1
            and b.rows[1].cells[0].text == "PIHAK KEDUA,"]


def _kolom(t: Table, i: int) -> list[str]:
    return [r.cells[i].text for r in t.rows]


def _tabel(path: Path, kepala: str) -> Table:
    [t] = [b for b in _body(path) if isinstance(b, Table) and b.rows[0].cells[1].text == kepala]
    return t


def _tetap_bersama(p: Paragraph) -> bool:
    """keep-with-next as Word resolves it: the paragraph's own setting, else its style chain."""
    if p.paragraph_format.keep_with_next is not None:
        return p.paragraph_format.keep_with_next
    gaya = p.style
    while gaya is not None:
        if gaya.paragraph_format.keep_with_next is not None:
            return gaya.paragraph_format.keep_with_next
        gaya = gaya.base_style
    return False


def _bangun_gagal(salinan: SalinanData, keluar: Path) -> list[str]:
    with pytest.raises(DataError) as exc:
        bangun_folder(salinan.folder, keluar)
    assert not keluar.exists()
    galat = exc.value.galat if isinstance(exc.value, KumpulanGalat) else [exc.value]
    return [str(g) for g in galat]


# ---- cascading: one file per signing pair -------------------------------------------------------


def test_satu_berkas_per_pejabat(hasil: dict[str, Path], data) -> None:
    assert list(hasil) == KUNCI
    assert [p.id for p in data.instansi.pejabat] == KUNCI[1:]
    for path in hasil.values():
        assert path.is_file()


# ---- page 1: the statement ----------------------------------------------------------------------


def test_pernyataan_camat(hasil: dict[str, Path], data) -> None:
    teks = _teks(hasil["camat"])
    assert teks.count("PERJANJIAN KINERJA TAHUN 2025") == 2  # statement and lampiran
    assert any(t.startswith("Dalam rangka mewujudkan manajemen pemerintahan") for t in teks)
    camat = data.instansi.camat
    i = teks.index(f"Nama\t:\t{camat.nama}")
    assert teks[i:i + 5] == [
        "Nama\t:\tDrs. BAMBANG SETIAWAN, M.Si.",
        "NIP\t:\t19700512 199503 1 004",
        "Pangkat/Golongan\t:\tPembina Tingkat I (IV/b)",
        "Jabatan\t:\tCamat Mumbulsari",
        "selanjutnya disebut PIHAK PERTAMA.",
    ]
    # the Bupati: a political office, so no NIP or pangkat lines
    assert teks[i + 5:i + 8] == [
        "Nama\t:\tIr. H. SUHARTONO WIBISONO, M.M.",
        "Jabatan\t:\tBupati Jember",
        "selaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA.",
    ]
    assert sum(t.startswith("NIP\t") for t in teks) == 1
    assert any(t.startswith("Pihak Pertama berjanji akan mewujudkan target kinerja") for t in teks)
    assert any(t.startswith("Pihak Kedua akan melakukan supervisi") for t in teks)


def test_pernyataan_kasi_dengan_camat(hasil: dict[str, Path]) -> None:
    teks = _teks(hasil["kasi-pemerintahan"])
    i = teks.index("Nama\t:\tAGUS PRIYANTO, S.Sos.")
    assert teks[i:i + 10] == [
        "Nama\t:\tAGUS PRIYANTO, S.Sos.",
        "NIP\t:\t19780321 200501 1 009",
        "Pangkat/Golongan\t:\tPenata Tingkat I (III/d)",
        "Jabatan\t:\tKepala Seksi Pemerintahan Kecamatan Mumbulsari",
        "selanjutnya disebut PIHAK PERTAMA.",
        "Nama\t:\tDrs. BAMBANG SETIAWAN, M.Si.",
        "NIP\t:\t19700512 199503 1 004",
        "Pangkat/Golongan\t:\tPembina Tingkat I (IV/b)",
        "Jabatan\t:\tCamat Mumbulsari",
        "selaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA.",
    ]


def test_tanda_tangan_berdampingan_camat(hasil: dict[str, Path]) -> None:
    tabel = _tabel_ttd(hasil["camat"])
    assert len(tabel) == 2  # statement and lampiran
    for t in tabel:
        # the Bupati: no pangkat line, an empty NIP line
        assert _kolom(t, 0) == ["", "PIHAK KEDUA,", "BUPATI JEMBER", "", "Ir. H. SUHARTONO WIBISONO, M.M.\n"]
        assert _kolom(t, 1) == ["Jember, 6 Januari 2025", "PIHAK PERTAMA,", "CAMAT MUMBULSARI", "",
                                "Drs. BAMBANG SETIAWAN, M.Si.\nPembina Tingkat I\nNIP. 19700512 199503 1 004"]


def test_tanda_tangan_berdampingan_kasi(hasil: dict[str, Path]) -> None:
    for t in _tabel_ttd(hasil["kasi-pemerintahan"]):
        assert _kolom(t, 0) == ["", "PIHAK KEDUA,", "CAMAT MUMBULSARI", "",
                                "Drs. BAMBANG SETIAWAN, M.Si.\nPembina Tingkat I\nNIP. 19700512 199503 1 004"]
        assert _kolom(t, 1) == ["Mumbulsari, 6 Januari 2025", "PIHAK PERTAMA,", "KEPALA SEKSI PEMERINTAHAN", "",
                                "AGUS PRIYANTO, S.Sos.\nPenata Tingkat I\nNIP. 19780321 200501 1 009"]
    [t, _] = _tabel_ttd(hasil["sekretaris"])
    assert _kolom(t, 1)[2] == "SEKRETARIS KECAMATAN"


def test_tanda_tangan_tidak_terpisah(hasil: dict[str, Path]) -> None:
    """Rows can't split, each row keeps with the next (the last row doesn't), and so does the
    paragraph above."""
    body = _body(hasil["camat"])
    for t in _tabel_ttd(body):
        for r, row in enumerate(t.rows):
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            for cell in row.cells:
                if r < len(t.rows) - 1:
                    assert all(_tetap_bersama(p) for p in cell.paragraphs)
                else:
                    assert not _tetap_bersama(cell.paragraphs[-1])
        sebelum = body[[b._element for b in body].index(t._tbl) - 1]
        assert isinstance(sebelum, Paragraph)
        assert _tetap_bersama(sebelum)
        nama = t.rows[4].cells[1].paragraphs[0]
        assert nama.runs[0].underline and nama.style.font.bold


def test_lampiran_di_halaman_baru(hasil: dict[str, Path]) -> None:
    body = _body(hasil["camat"])
    judul = [b for b in body if isinstance(b, Paragraph) and b.paragraph_format.page_break_before]
    assert [p.text for p in judul] == ["PERJANJIAN KINERJA TAHUN 2025"]
    i = body.index(judul[0])
    assert body[i + 1].text == "CAMAT MUMBULSARI"
    # the statement ends with its signatures, right before the lampiran
    assert body[i - 1]._tbl is _tabel_ttd(body)[0]._tbl
    teks = _teks(hasil["kasi-pmks"])
    j = teks.index("PERJANJIAN KINERJA TAHUN 2025", teks.index("PERJANJIAN KINERJA TAHUN 2025") + 1)
    assert teks[j + 1] == "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN KESEJAHTERAAN SOSIAL KECAMATAN MUMBULSARI"


# ---- page 2: the lampiran tables ----------------------------------------------------------------


def test_tabel_sasaran_dari_kinerja(hasil: dict[str, Path], data) -> None:
    t = _tabel(hasil["camat"], "SASARAN STRATEGIS")
    assert [c.text for c in t.rows[0].cells] == ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "SATUAN"]
    assert [c.text for c in t.rows[1].cells] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    isi = [[c.text for c in r.cells] for r in t.rows[2:]]
    harapan = []
    for n, s in enumerate(data.kinerja.sasaran, start=1):
        for ind in s.indikator:
            target = ind.target_perjanjian(2025)
            assert target is not None
            harapan.append([f"{n}.", s.uraian, ind.nama, perjanjian_kinerja.target_teks(target), ind.satuan])
    assert isi == harapan
    assert isi[1][3:] == ["82,5", "indeks"]
    assert isi[3][3:] == ["90", "%"]  # the PK's target (target_pk), not the Renstra's 95
    assert isi[4][2:] == ["Nilai SAKIP Perangkat Daerah", "BB (70,5)", "nilai"]


def test_tabel_sasaran_merge_dan_kepala_berulang(hasil: dict[str, Path]) -> None:
    t = _tabel(hasil["camat"], "SASARAN STRATEGIS")
    for r in (0, 1):
        assert t.rows[r]._tr.trPr.find(qn("w:tblHeader")) is not None
    for row in t.rows:
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert t.rows[2]._tr.trPr.find(qn("w:tblHeader")) is None

    def vmerge(r: int, c: int) -> str | None:
        tc = t.rows[r]._tr.findall(qn("w:tc"))[c]
        vm = tc.tcPr.find(qn("w:vMerge"))
        return None if vm is None else (vm.get(qn("w:val")) or "continue")

    # sasaran 5 spans its two indicators (rows 6 and 7); single-indicator sasaran restart alone
    assert [vmerge(r, 1) for r in range(2, 8)] == ["restart"] * 5 + ["continue"]
    assert [vmerge(r, 0) for r in range(2, 8)] == ["restart"] * 5 + ["continue"]
    assert vmerge(7, 2) is None


def test_tabel_anggaran_jumlah_dihitung(hasil: dict[str, Path], data) -> None:
    t = _tabel(hasil["camat"], "PROGRAM")
    assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in t.rows[0].cells] == ["NO", "PROGRAM", "ANGGARAN", "KETERANGAN"]
    program = data.perjanjian_kinerja.camat.program
    baris = [[c.text for c in r.cells] for r in t.rows[1:-1]]
    # an amount never breaks after its symbol: a no-break space joins them in the document
    assert baris == [[f"{n}.", p.nama, fmt.rupiah(p.anggaran).replace(" ", NB), "APBD"]
                     for n, p in enumerate(program, start=1)]
    assert baris[0] == ["1.", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", f"Rp{NB}1.873.450.000,00",
                        "APBD"]
    jumlah = sum((p.anggaran for p in program), Decimal(0))
    assert jumlah == Decimal(2310037500)
    terakhir = t.rows[-1]
    assert len(terakhir._tr.findall(qn("w:tc"))) == 3  # "JUMLAH" spans NO and PROGRAM
    assert [c.text for c in terakhir.cells][1:] == ["JUMLAH", f"Rp{NB}2.310.037.500,00", ""]
    teks = _teks(hasil["camat"])
    assert "Terbilang: Dua miliar tiga ratus sepuluh juta tiga puluh tujuh ribu lima ratus rupiah" in teks


def test_tabel_kegiatan_pejabat(hasil: dict[str, Path]) -> None:
    t = _tabel(hasil["sekretaris"], "KEGIATAN")
    assert [r.cells[1].text for r in t.rows[1:-1]][:2] == [
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Administrasi Keuangan Perangkat Daerah"]
    assert t.rows[-1].cells[2].text == f"Rp{NB}1.873.450.000,00"
    assert "Terbilang: Satu miliar delapan ratus tujuh puluh tiga juta empat ratus lima puluh ribu rupiah" \
        in _teks(hasil["sekretaris"])
    s = _tabel(hasil["kasi-trantib"], "SASARAN STRATEGIS")
    assert [[c.text for c in r.cells] for r in s.rows[2:]] == [
        ["1.", "Meningkatnya penanganan gangguan ketenteraman dan ketertiban umum",
         "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani", "95", "%"],
        ["1.", "Meningkatnya penanganan gangguan ketenteraman dan ketertiban umum",
         "Jumlah kegiatan penegakan Peraturan Daerah dan Peraturan Bupati", "12", "kali"],
    ]


def test_jumlah_ikut_data_dan_gaya_rupiah(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "anggaran: 152800000", "anggaran: 152800001.5")
    salinan.ganti("instansi.yaml", "gaya_rupiah: baku", "gaya_rupiah: titik")
    hasil = {h.path.stem: h.path for h in bangun_folder(salinan.folder, tmp_path / "keluar")}
    path = hasil["perjanjian-kinerja-2025-camat"]
    t = _tabel(path, "PROGRAM")
    assert t.rows[4].cells[2].text == f"Rp.{NB}152.800.001,50"
    assert t.rows[-1].cells[2].text == f"Rp.{NB}2.310.037.501,50"
    assert ("Terbilang: Dua miliar tiga ratus sepuluh juta tiga puluh tujuh ribu lima ratus satu rupiah "
            "lima puluh sen") in _teks(path)


def test_pilih_sebagian_sasaran_dan_indikator(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "sasaran: [tata-kelola, pelayanan, kesejahteraan, trantib, akuntabilitas]",
                  "sasaran: [2, {sasaran: akuntabilitas, indikator: [Nilai SAKIP Perangkat Daerah]}]")
    salinan.ganti(PK, "mendukung: tata-kelola", "mendukung: 2")
    salinan.ganti(PK, "mendukung: kesejahteraan", "mendukung: pelayanan")
    salinan.ganti(PK, "mendukung: trantib", "mendukung: akuntabilitas")
    hasil = {h.path.stem: h.path for h in bangun_folder(salinan.folder, tmp_path / "keluar")}
    t = _tabel(hasil["perjanjian-kinerja-2025-camat"], "SASARAN STRATEGIS")
    assert [[c.text for c in r.cells][:4] for r in t.rows[2:]] == [
        ["1.", "Meningkatnya kepuasan masyarakat atas pelayanan publik yang merata dan berkualitas di kecamatan",
         "Indeks Kepuasan Masyarakat", "82,5"],
        ["2.", ("Meningkatnya kualitas pengelolaan keuangan dan kinerja perangkat daerah yang profesional, "
                "efektif, dan efisien"), "Nilai SAKIP Perangkat Daerah", "BB (70,5)"],
    ]


def test_atasan_bukan_camat(salinan: SalinanData, tmp_path: Path) -> None:
    """A Kasi may sign with the Sekretaris; his sasaran then support the Sekretaris's."""
    salinan.ganti(PK, "  - pejabat: kasi-pmks\n", "  - pejabat: kasi-pmks\n    atasan: sekretaris\n")
    salinan.ganti(PK, "mendukung: kesejahteraan", "mendukung: 1")
    hasil = {h.path.stem: h.path for h in bangun_folder(salinan.folder, tmp_path / "keluar")}
    [t, _] = _tabel_ttd(hasil["perjanjian-kinerja-2025-kasi-pmks"])
    assert _kolom(t, 0)[2:] == ["SEKRETARIS KECAMATAN", "", "Dra. SITI AMINAH, M.Si.\nPembina\nNIP. 19740815 199803 2 006"]


# ---- bad data: one located message each, no output ----------------------------------------------


def test_sasaran_tanpa_induk(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "mendukung: trantib", "mendukung: ketertiban")
    baris = salinan.baris(PK, "mendukung: ketertiban")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert f"{PK}:{baris}, kolom 'pejabat[4].sasaran[1].mendukung'" in galat
    assert "'Meningkatnya penanganan gangguan ketenteraman dan ketertiban umum'" in galat
    assert "'ketertiban'" in galat
    assert ("yang dapat dipilih: 'tata-kelola', 'pelayanan', 'kesejahteraan', 'trantib', 'akuntabilitas'"
            in galat)


def test_sasaran_induk_tidak_diperjanjikan_camat(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "sasaran: [tata-kelola, pelayanan, kesejahteraan, trantib, akuntabilitas]",
                  "sasaran: [tata-kelola, pelayanan, kesejahteraan, akuntabilitas]")
    baris = salinan.baris(PK, "mendukung: trantib")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert f"{PK}:{baris}, kolom 'pejabat[4].sasaran[1].mendukung'" in galat
    assert "Perjanjian Kinerja Camat Mumbulsari" in galat
    assert "'tata-kelola', 'pelayanan', 'kesejahteraan', 'akuntabilitas'" in galat


def test_mendukung_wajib(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "        mendukung: kesejahteraan\n", "")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert "kolom 'pejabat[3].sasaran[1].mendukung': wajib diisi" in galat
    assert f"{PK}:" in galat


def test_target_tahun_tidak_ada(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("kinerja.yaml", "2024: 82, 2025: 82.5, 2026: 83}", "2024: 82, 2026: 83}")
    baris = salinan.baris("kinerja.yaml", "2024: 82, 2026: 83}")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert f"kinerja.yaml:{baris}, kolom 'sasaran[2].indikator[1].target'" in galat
    assert "'Indeks Kepuasan Masyarakat' belum punya target tahun 2025" in galat


def test_pejabat_tidak_dikenal(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "  - pejabat: kasi-pmks\n", "  - pejabat: kasi-pmk\n")
    baris = salinan.baris(PK, "pejabat: kasi-pmk")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert f"{PK}:{baris}, kolom 'pejabat[3].pejabat'" in galat
    assert "'sekretaris', 'kasi-pemerintahan', 'kasi-pmks', 'kasi-trantib'" in galat


def test_sasaran_camat_tidak_ada(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "sasaran: [tata-kelola, pelayanan,", "sasaran: [tata-kelola, layanan,")
    galat = _bangun_gagal(salinan, tmp_path / "keluar")
    assert any("kolom 'camat.sasaran[2]': sasaran 'layanan' tidak ada di kinerja.yaml" in g for g in galat)


def test_tanggal_tidak_cocok_tahun(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "tanggal: 2025-01-06", "tanggal: 2023-12-30")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert PK in galat and "tahun perjanjian 2025" in galat


def test_id_pejabat_ganda(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("instansi.yaml", "  - id: kasi-trantib\n", "  - id: kasi-pmks\n")
    galat = _bangun_gagal(salinan, tmp_path / "keluar")
    assert any("instansi.yaml:" in g and "id pejabat dipakai lebih dari sekali: kasi-pmks" in g for g in galat)


def test_program_dan_kegiatan_sekaligus(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti(PK, "    kegiatan:\n      - nama: Koordinasi Upaya",
                  "    program:\n      - {nama: Program X, anggaran: 1}\n    kegiatan:\n      - nama: Koordinasi Upaya")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert "kolom 'pejabat[4]'" in galat and "program atau kegiatan" in galat


def test_tanpa_kinerja(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.hapus("kinerja.yaml")
    [galat] = _bangun_gagal(salinan, tmp_path / "keluar")
    assert galat.endswith("Perjanjian Kinerja membutuhkan kinerja.yaml (sasaran, indikator dan target) di folder "
                          "yang sama")


def test_tanpa_anggaran(salinan: SalinanData, tmp_path: Path) -> None:
    """A pejabat without kegiatan gets no anggaran table and no terbilang, the rest unchanged."""
    teks = salinan.baca(PK)
    salinan.tulis(PK, teks[:teks.rindex("    kegiatan:\n")])
    hasil = {h.path.stem: h.path for h in bangun_folder(salinan.folder, tmp_path / "keluar")}
    path = hasil["perjanjian-kinerja-2025-kasi-trantib"]
    assert not [b for b in _body(path) if isinstance(b, Table) and b.rows[0].cells[0].text == "NO"
                and b.rows[0].cells[1].text in ("PROGRAM", "KEGIATAN")]
    assert not [t for t in _teks(path) if t.startswith("Terbilang")]
    assert len(_tabel_ttd(path)) == 2


def test_tanda_tangan_tidak_terlipat(hasil: dict[str, Path]) -> None:
    """The names, pangkat and NIP of both parties sit in no-wrap cells; when the Bupati's and the Camat's
    names cannot share the width at 12 pt, they are set one point smaller (11 pt), never wrapped."""
    doc = Document(str(hasil["camat"]))
    ttd = [t for t in doc.tables if len(t.columns) == 2 and "PIHAK KEDUA," in t.rows[1].cells[0].text]
    assert len(ttd) == 2  # the statement page and the lampiran
    for t in ttd:
        nama = t.rows[-1]
        assert all(c._tc.tcPr.find(qn("w:noWrap")) is not None for c in nama.cells)
        assert nama.cells[0].paragraphs[0].text == "Ir. H. SUHARTONO WIBISONO, M.M."
        assert {r.font.size for c in nama.cells for r in c.paragraphs[0].runs} == {Pt(11)}


def test_terbilang_berjarak_dari_tabel(hasil: dict[str, Path]) -> None:
    doc = Document(str(hasil["camat"]))
    [p] = [p for p in doc.paragraphs if p.text.startswith("Terbilang: ")]
    assert p.style.paragraph_format.space_before >= Pt(6)
