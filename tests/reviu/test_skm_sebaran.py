"""skm.*: a survey typed as a real LKj printed it — 14 local unsur, distributions in percent, its own figures declared.

The data is ``tests/data/skm-14-unsur.yaml`` (Kecamatan Mumbulsari's LKj 2020): the report graded with
the revoked KepMenPAN 25/2004 intervals and printed 70 where the distribution gives 75.
"""

from __future__ import annotations

from doctools.errors import Lokasi
from tests.conftest import ROOT, SalinanData
from tests.reviu.conftest import baris_ke, baris_setelah, cocok, di, temuan
from tests.skm_sebaran import pasang, skm_kota

LKJ = "lkj.yaml"
SKALA_LAMA = "pengukuran:\n  skala_skm: kepmenpan-25-2004\n"


def test_laporan_apa_adanya(salinan_lkj: SalinanData) -> None:
    pasang(salinan_lkj)
    daftar = temuan(salinan_lkj)
    per_aturan = {a: [t for t in daftar if t.aturan == a] for a in {t.aturan for t in daftar}}
    assert sorted(per_aturan) == ["skm.ikm", "skm.mutu", "skm.nilai-unsur"]

    # the score the report printed against its own distribution, at the declared line, naming the computed value
    [t] = per_aturan["skm.nilai-unsur"]
    di_kecepatan = Lokasi(str(salinan_lkj.path(LKJ)),
                          baris_setelah(salinan_lkj, LKJ, "- nama: Kecepatan Pelayanan", "tertulis:"),
                          "skm.unsur[3].tertulis.nilai")
    cocok(t, "skm.nilai-unsur", "galat", di_kecepatan,
          "nilai konversi unsur 'Kecepatan Pelayanan' tertulis 70, hasil hitung 75,00")
    [t] = per_aturan["skm.ikm"]
    cocok(t, "skm.ikm", "galat", di(salinan_lkj, LKJ, "tertulis: {ikm: 70.89", "skm.tertulis.ikm"),
          "IKM tertulis 70,89, hasil hitung survei 71,25")

    # every mutu the report gave on the revoked intervals contradicts those in force in 2025
    ikm = [t for t in per_aturan["skm.mutu"] if t.lokasi.kolom == "skm.tertulis.mutu"]
    assert len(ikm) == 1
    cocok(ikm[0], "skm.mutu", "galat", di(salinan_lkj, LKJ, "tertulis: {ikm: 70.89", "skm.tertulis.mutu"),
          "mutu 'B', kinerja pelayanan 'Baik' tertulis, tetapi IKM 71,25 menurut interval PermenPAN-RB 14/2017 "
          "bermutu C (Kurang Baik; 65,00–76,60); 'B' adalah mutu nilai itu menurut interval KepMenPAN 25/2004, yang "
          "tidak dipakai di sini")
    unsur = [t for t in per_aturan["skm.mutu"] if t is not ikm[0]]
    # 12 of the 14 labels: 77,5 "baik" is B and 97,5 "Sangat baik" is A on both scales
    assert len(unsur) == 12
    [pengaduan] = [t for t in unsur if "Penanganan pengaduan dan saran" in t.pesan]
    assert pengaduan.lokasi.kolom == "skm.unsur[9].tertulis.kinerja"
    assert pengaduan.pesan == ("kinerja pelayanan 'Kurang baik' tertulis, tetapi nilai unsur 'Penanganan pengaduan dan "
                               "saran' 52,50 menurut interval PermenPAN-RB 14/2017 bermutu D (Tidak Baik; 25,00–64,99); "
                               "'Kurang Baik' adalah kinerja nilai itu menurut interval KepMenPAN 25/2004, yang tidak "
                               "dipakai di sini")


def test_skala_lama_hanya_bila_dipilih(salinan_lkj: SalinanData) -> None:
    pasang(salinan_lkj)
    salinan_lkj.ganti(LKJ, "pengukuran:\n", SKALA_LAMA)
    daftar = temuan(salinan_lkj)
    # on the intervals the report used, its labels agree; its arithmetic still does not
    assert sorted(t.aturan for t in daftar) == ["skm.ikm", "skm.nilai-unsur", "skm.skala-lama"]
    [t] = [t for t in daftar if t.aturan == "skm.skala-lama"]
    cocok(t, "skm.skala-lama", "peringatan", di(salinan_lkj, LKJ, "  skala_skm: kepmenpan-25-2004",
                                                 "pengukuran.skala_skm"),
          "mutu SKM dinilai dengan interval KepMenPAN 25/2004, padahal pada tahun 2025 yang berlaku PermenPAN-RB 14/2017")

    # the report's figures corrected: only the choice is left to think about
    salinan_lkj.ganti(LKJ, "    - nama: Kecepatan Pelayanan\n      setara: Waktu Penyelesaian\n      persen: [0%, 0%, 100%, 0%]\n"
                           "      tertulis: {nilai: 70,", "    - nama: Kecepatan Pelayanan\n      setara: Waktu Penyelesaian\n"
                           "      persen: [0%, 0%, 100%, 0%]\n      tertulis: {nilai: 75,")
    salinan_lkj.ganti(LKJ, "tertulis: {ikm: 70.89,", "tertulis: {ikm: 71.25,")
    assert [t.aturan for t in temuan(salinan_lkj)] == ["skm.skala-lama"]


def test_skala_lama_dari_pengaturan_instansi(salinan_lkj: SalinanData) -> None:
    pasang(salinan_lkj)
    salinan_lkj.ganti("instansi.yaml", "pengaturan:\n", "pengaturan:\n  skala_skm: kepmenpan-25-2004\n")
    [t] = [t for t in temuan(salinan_lkj) if t.aturan == "skm.skala-lama"]
    assert t.lokasi == di(salinan_lkj, "instansi.yaml", "skala_skm: kepmenpan-25-2004", "pengaturan.skala_skm")


def test_skala_tidak_dikenal(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(LKJ, "pengukuran:\n", "pengukuran:\n  skala_skm: kepmenpan-2004\n")
    [t] = temuan(salinan_lkj)
    assert t.tingkat == "galat" and t.lokasi.baris == salinan_lkj.baris(LKJ, "skala_skm: kepmenpan-2004")
    assert "skala mutu SKM 'kepmenpan-2004' tidak dikenal; pilih salah satu dari permenpanrb-14-2017, " \
           "kepmenpan-25-2004" in t.pesan


def test_persen_tidak_100_dan_jumlah_tidak_cocok(salinan_lkj: SalinanData) -> None:
    pasang(salinan_lkj)
    salinan_lkj.ganti(LKJ, "persen: [0%, 40%, 20%, 40%]", "persen: [0%, 40%, 20%, 30%]")
    salinan_lkj.ganti(LKJ, "persen: [0%, 10%, 80%, 10%]", "jumlah: [0, 1, 8, 2]")
    salinan_lkj.ganti(LKJ, "persen: [0%, 10%, 90%, 0%]", "jumlah: [0, 1, 8, 0]")
    salinan_lkj.ganti(LKJ, "persen: [0%, 10%, 70%, 20%]", "persen: [0%, 15%, 65%, 20%]")
    daftar = [t for t in temuan(salinan_lkj) if t.aturan.startswith("skm.sebaran")]
    # every unsur in one run, each at its line
    assert [(t.aturan, t.tingkat, t.lokasi.baris, t.lokasi.kolom) for t in daftar] == [
        ("skm.sebaran", "galat", salinan_lkj.baris(LKJ, "persen: [0%, 40%, 20%, 30%]"), "skm.unsur[4].persen"),
        ("skm.sebaran", "galat", salinan_lkj.baris(LKJ, "jumlah: [0, 1, 8, 2]"), "skm.unsur[5].jumlah"),
        ("skm.sebaran-responden", "peringatan", salinan_lkj.baris(LKJ, "jumlah: [0, 1, 8, 0]"), "skm.unsur[6].jumlah"),
        ("skm.sebaran-responden", "peringatan", salinan_lkj.baris(LKJ, "persen: [0%, 15%, 65%, 20%]"),
         "skm.unsur[7].persen"),
    ]
    assert daftar[0].pesan == ("unsur 'Biaya lain (pungutan)': persentase jawaban unsur ini berjumlah 90,00%, bukan "
                               "100% (selisihnya lebih dari pembulatan ±2,00%); periksa angkanya")
    assert daftar[1].pesan == ("unsur 'Kesesuaian antara hasil pelayanan dengan ketentuan yang ada': jumlah jawaban unsur "
                               "ini 11, lebih banyak dari 10 responden (jumlah_responden); periksa angkanya")
    assert daftar[2].pesan.startswith("unsur 'Kemampuan memberikan pelayanan': jumlah jawaban unsur ini 9, sedangkan "
                                      "respondennya 10: 1 responden tidak menjawab unsur ini")
    assert daftar[3].pesan.startswith("unsur 'Kesopanan petugas': persentase 15% dari 10 responden adalah 1,50 orang")


def test_unsur_tanpa_sebaran_dan_sumber_ganda(salinan_lkj: SalinanData) -> None:
    pasang(salinan_lkj)
    salinan_lkj.ganti(LKJ, "      nilai: 75\n", "")
    salinan_lkj.ganti(LKJ, "      nilai: 70\n", "")
    [t] = temuan(salinan_lkj)
    assert t.tingkat == "galat" and t.lokasi.baris == salinan_lkj.baca(LKJ).splitlines().index("skm:") + 1
    assert "unsur 'Persyaratan', 'Kemudahan Prosedur' belum berisi persen, jumlah atau nilai" in t.pesan


def test_kolom_salah_dilaporkan_semua(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(LKJ, "?\": Persyaratan\n", "?\": Persyaratn\n")
    salinan_lkj.ganti(LKJ, "    O: Sarana dan Prasarana", "    O: Sarana")
    salinan_lkj.ganti(LKJ, "?\": Kompetensi Pelaksana\n", "?\": Kompetensi Petugas Loket\n")
    daftar = temuan(salinan_lkj)
    assert [(t.aturan, t.lokasi.baris) for t in daftar] == [
        ("skm.unsur", baris_ke(salinan_lkj, LKJ, ": Persyaratn", 1)),
        ("skm.unsur", baris_ke(salinan_lkj, LKJ, ": Kompetensi Petugas Loket", 1)),
    ]
    assert "unsur 'Persyaratn' tidak dikenal; maksudnya 'Persyaratan'?" in daftar[0].pesan
    assert "unsur 'Kompetensi Petugas Loket' tidak dikenal" in daftar[1].pesan


def test_contoh_readme_tanpa_temuan(salinan_lkj: SalinanData) -> None:
    """The README's example of a distribution-based survey is valid and its declared figures are right."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    bagian = readme[readme.index("### Survei Kepuasan Masyarakat (SKM)"):]
    blok = bagian.split("```yaml\n", 1)[1].split("```", 1)[0]
    pasang(salinan_lkj, blok + "  sasaran: pelayanan\n")
    assert temuan(salinan_lkj) == []


def test_sebaran_salah_tidak_menyembunyikan_angka_unsur_lain(salinan_lkj: SalinanData) -> None:
    # one refused distribution: no IKM, but every other unsur's declared figures are still checked in the same run
    pasang(salinan_lkj)
    salinan_lkj.ganti(LKJ, "persen: [0%, 40%, 20%, 40%]", "persen: [0%, 40%, 20%, 30%]")
    daftar = temuan(salinan_lkj)
    aturan = [t.aturan for t in daftar]
    assert aturan.count("skm.sebaran") == 1 and "skm.ikm" not in aturan
    assert aturan.count("skm.nilai-unsur") == 1  # Kecepatan Pelayanan: 70 tertulis, 75 from its distribution
    kolom = {t.lokasi.kolom for t in daftar if t.aturan == "skm.mutu"}
    assert len(kolom) == 11 and "skm.unsur[4].tertulis.kinerja" not in kolom  # the refused unsur is not graded


def test_survei_kota_tanpa_temuan(salinan_lkj: SalinanData) -> None:
    """A kota kecamatan's 10 own unsur, percentages of 120 respondents to two decimals, its IKM declared."""
    pasang(salinan_lkj, skm_kota() + "  tertulis: {ikm: 82.08, mutu: B, kinerja: Baik}\n")
    assert temuan(salinan_lkj) == []
    salinan_lkj.ganti(LKJ, "tertulis: {ikm: 82.08,", "tertulis: {ikm: 82.5,")
    [t] = temuan(salinan_lkj)
    cocok(t, "skm.ikm", "galat", di(salinan_lkj, LKJ, "tertulis: {ikm: 82.5", "skm.tertulis.ikm"),
          "IKM tertulis 82,5, hasil hitung survei 82,08")
