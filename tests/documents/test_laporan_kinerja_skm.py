"""The LKj's survey when the questionnaire is the kecamatan's own: 14 local unsur, answers as percentages.

The survey of a real LKj (``tests/data/skm-14-unsur.yaml``) in a copy of the example, built and read
back with python-docx. Expected figures come from :mod:`tests.skm_sebaran` (NRR by hand from the
percentages) and the mutu intervals written out here, apart from doctools.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from doctools.errors import DataError
from tests.conftest import SalinanData, blok, buka
from tests.documents.test_laporan_kinerja import bangun_lkj, id_angka, isi, salin_lkj, tabel_berkepala
from tests.skm_sebaran import DATA, IKM, JUMLAH_KOTA, KOTA, PERSEN, UNSUR, nilai_konversi, pasang

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# (lowest value, mutu, kinerja), 2-decimal values: PermenPAN-RB 14/2017 and KepMenPAN 25/2004
INTERVAL_2017 = ((Decimal("88.31"), "A", "Sangat Baik"), (Decimal("76.61"), "B", "Baik"),
                 (Decimal("65.00"), "C", "Kurang Baik"), (Decimal(25), "D", "Tidak Baik"))
INTERVAL_2004 = ((Decimal("81.26"), "A", "Sangat Baik"), (Decimal("62.51"), "B", "Baik"),
                 (Decimal("43.76"), "C", "Kurang Baik"), (Decimal(25), "D", "Tidak Baik"))


def mutu(nilai: Decimal, interval: tuple[tuple[Decimal, str, str], ...]) -> str:
    dibulatkan = Decimal(id_angka(nilai).replace(",", "."))
    huruf, kinerja = next((m, k) for bawah, m, k in interval if dibulatkan >= bawah)
    return f"{huruf} ({kinerja})"


def tanpa_tertulis() -> str:
    """The survey without the report's own figures (they are the reviu's, not the document's)."""
    baris = DATA.read_text(encoding="utf-8").splitlines()
    return "\n".join(b for b in baris if not b.startswith("#") and "tertulis:" not in b) + "\n"


def paragraf(doc) -> str:
    return " ".join(b.text for b in blok(doc) if isinstance(b, Paragraph))


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory):
    akar = tmp_path_factory.mktemp("skm14")
    salinan = salin_lkj(akar / "data" / "mumbulsari")
    pasang(salinan, tanpa_tertulis())
    return buka(bangun_lkj(salinan.folder, akar / "keluar"))


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    salinan = salin_lkj(tmp_path / "data" / "mumbulsari")
    pasang(salinan)
    return salinan


def test_tabel_nilai_dengan_nama_unsur_sendiri(doc) -> None:
    baris = isi(tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "NRR"))
    assert len(baris) == 14 + 2
    assert [r[0] for r in baris[:14]] == [f"U{i}" for i in range(1, 15)]
    assert [r[1] for r in baris[:14]] == list(UNSUR)
    konversi = nilai_konversi()
    assert [r[2] for r in baris[:14]] == [id_angka(k / 25, 3) for k in konversi]
    assert [r[3] for r in baris[:14]] == [id_angka(k / 25 / 14, 3) for k in konversi]
    assert [r[4] for r in baris[:14]] == [id_angka(k) for k in konversi]
    # the report year 2025: every mutu on the intervals of PermenPAN-RB 14/2017
    assert [r[5] for r in baris[:14]] == [mutu(k, INTERVAL_2017) for k in konversi]
    assert baris[-1][-2:] == [id_angka(IKM), "C (Kurang Baik)"] == ["71,25", "C (Kurang Baik)"]


def test_tabel_sebaran_dalam_persen(doc) -> None:
    t = tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "TIDAK BAIK (1)")
    baris = isi(t)
    assert [r[1] for r in baris] == list(UNSUR)
    for n, r in enumerate(baris, start=1):
        harapan = [f"{p}%" for p in PERSEN[n]] if n in PERSEN else ["–"] * 4
        assert r[2:] == harapan, (n, r)
    teks = paragraf(doc)
    assert ("Persentase responden yang memilih setiap jawaban; jumlah responden: 10. Sebaran jawaban unsur "
            "Persyaratan, Kemudahan Prosedur tidak tersedia; nilainya dari laporan survei.") in teks


def test_perbandingan_dengan_sembilan_unsur(doc) -> None:
    t = tabel_berkepala(doc, "NO", "UNSUR PERMENPAN-RB 14/2017", "UNSUR KUESIONER")
    baris = {r[1]: r[2:] for r in isi(t)}
    assert len(baris) == 9
    waktu = (Decimal(75) + Decimal(70) + Decimal("67.5")) / 3
    assert baris["Waktu Penyelesaian"] == [
        "Kecepatan Pelayanan; Waktu pelaksanaan pelayanan; Kecepatan dan ketepatan waktu", id_angka(waktu),
        mutu(waktu, INTERVAL_2017)]
    assert baris["Penanganan Pengaduan, Saran dan Masukan"] == ["Penanganan pengaduan dan saran", "52,50",
                                                                "D (Tidak Baik)"]
    teks = paragraf(doc)
    assert ("Unsur kuesioner yang tidak sepadan dengan unsur PermenPAN-RB 14/2017: Kesesuaian pelaksanaan pelayanan "
            "dengan standart pelayanan, Kejelasan alur pembagian petugas pelayanan, Keamanan.") in teks
    assert ("Dibandingkan menurut sembilan unsur PermenPAN-RB 14/2017, nilai terendah ada pada unsur Penanganan "
            "Pengaduan, Saran dan Masukan (52,50).") in teks


def test_kalimat_kuesioner_sendiri_dan_skala_yang_berlaku(doc) -> None:
    teks = paragraf(doc)
    assert ("terhadap 10 (sepuluh) responden dengan kuesioner sendiri yang terdiri atas 14 (empat belas) unsur "
            "pelayanan.") in teks
    assert "jawaban responden yang dihitung dari sebaran jawaban setiap unsur" in teks
    assert "(bobot setiap unsur 1/14) dikalikan 25, sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan " \
           "Reformasi Birokrasi Nomor 14 Tahun 2017" in teks
    assert "IKM tahun 2025 adalah 71,25 dengan mutu pelayanan C (Kurang Baik) menurut interval mutu " \
           "PermenPAN-RB 14/2017." in teks
    assert "yang berlaku pada tahun" not in teks


def test_grafik_empat_belas_unsur(doc) -> None:
    [chart] = [b for b in blok(doc) if isinstance(b, Paragraph) and b._p.find(f".//{C}chart") is not None]
    part = doc.part.related_parts[chart._p.find(f".//{C}chart").get(qn("r:id"))]
    ruang = etree.fromstring(part.blob)
    [batang] = ruang.findall(f".//{C}barChart/{C}ser")
    assert [v.text for v in batang.findall(f"{C}cat//{C}pt/{C}v")] == [f"U{i}" for i in range(1, 15)]
    assert [Decimal(v.text) for v in batang.findall(f"{C}val//{C}pt/{C}v")] == nilai_konversi()
    # fourteen bars are too narrow for "75,00" across them: the values stand upright
    assert {b.get("rot") for b in batang.find(f"{C}dLbls").iter(f"{A}bodyPr")} == {"-5400000"}


def test_skala_lama_dipilih_tercetak_dengan_mutu_yang_berlaku(salinan: SalinanData, tmp_path: Path) -> None:
    salinan.ganti("lkj.yaml", "pengukuran:\n", "pengukuran:\n  skala_skm: kepmenpan-25-2004\n")
    # the report's figures, corrected where its own distribution says otherwise
    salinan.ganti("lkj.yaml", "persen: [0%, 0%, 100%, 0%]\n      tertulis: {nilai: 70,",
                  "persen: [0%, 0%, 100%, 0%]\n      tertulis: {nilai: 75,")
    salinan.ganti("lkj.yaml", "tertulis: {ikm: 70.89,", "tertulis: {ikm: 71.25,")
    doc = buka(bangun_lkj(salinan.folder, tmp_path / "keluar"))
    baris = isi(tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "NRR"))
    assert [r[5] for r in baris[:14]] == [mutu(k, INTERVAL_2004) for k in nilai_konversi()]
    assert baris[8][5] == "C (Kurang Baik)" and baris[-1][-2:] == ["71,25", "B (Baik)"]
    teks = paragraf(doc)
    assert ("IKM tahun 2025 adalah 71,25 dengan mutu pelayanan B (Baik) menurut interval mutu KepMenPAN 25/2004; "
            "menurut interval PermenPAN-RB 14/2017 yang berlaku pada tahun 2025, mutunya C (Kurang Baik).") in teks
    assert "Interval mutu KepMenPAN 25/2004: D 25,00–43,75; C 43,76–62,50; B 62,51–81,25; A 81,26–100,00." in teks
    assert "sesuai Keputusan Menteri Pendayagunaan Aparatur Negara Nomor KEP/25/M.PAN/2/2004" in teks


def test_tertulis_salah_tidak_menyusun_dokumen(salinan: SalinanData, tmp_path: Path) -> None:
    keluar = tmp_path / "keluar"
    with pytest.raises(DataError) as info:
        bangun_lkj(salinan.folder, keluar)
    assert not keluar.exists() or not any(keluar.rglob("*.docx"))
    pesan = str(info.value)
    assert "nilai konversi unsur 'Kecepatan Pelayanan' tertulis 70, hasil hitung 75,00" in pesan
    assert "IKM tertulis 70,89, hasil hitung survei 71,25" in pesan
    assert "IKM 71,25 menurut interval PermenPAN-RB 14/2017 bermutu C (Kurang Baik; 65,00–76,60)" in pesan



def test_contoh_kota_sepuluh_unsur_persen_dua_desimal(tmp_path: Path) -> None:
    """The kota example (data/junrejo): 10 own unsur, 120 respondents, percentages to two decimals."""
    folder = tmp_path / "data" / "junrejo"
    shutil.copytree(KOTA.parent, folder)
    doc = buka(bangun_lkj(folder, tmp_path / "keluar"))
    baris = isi(tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "TIDAK BAIK (1)"))
    # one precision for the table: 45% beside 7,50% would read as two kinds of figure
    assert baris[0][1:] == ["Kejelasan persyaratan pelayanan", "0,00%", "7,50%", "50,83%", "41,67%"]
    assert baris[6][2:] == ["0,00%", "5,00%", "45,00%", "50,00%"]
    assert baris[9][1] == "Layanan daring (laman dan WhatsApp)" and len(baris) == 10
    nilai = isi(tabel_berkepala(doc, "NO", "UNSUR PELAYANAN", "NRR"))
    nrr = [Decimal(sum(v * c for v, c in zip((1, 2, 3, 4), j))) / 120 for j in JUMLAH_KOTA]
    assert [r[4] for r in nilai[:10]] == [id_angka(x * 25) for x in nrr]
    assert nilai[-1][-2:] == [id_angka(sum(nrr) / 10 * 25), "B (Baik)"] == ["82,08", "B (Baik)"]
    setara = isi(tabel_berkepala(doc, "NO", "UNSUR PERMENPAN-RB 14/2017", "UNSUR KUESIONER"))
    assert [r[2] for r in setara][:2] == ["Kejelasan persyaratan pelayanan", "Kemudahan alur pelayanan"]
    teks = paragraf(doc)
    assert "Jumlah responden: 120." in teks
    assert ("Unsur kuesioner yang tidak sepadan dengan unsur PermenPAN-RB 14/2017: Layanan daring (laman dan "
            "WhatsApp).") in teks
