"""The LKj's survey, read and scored once, and what it measures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from fractions import Fraction

from doctools.kinerja import MODEL_2017, bulatkan
from doctools.tahun import TahunKinerja
from tests.conftest import SalinanData, tahun_dari
from tests.reviu.conftest import baris_ke
from tests.skm_sebaran import IKM, JUMLAH_KOTA, UNSUR, nilai_konversi, pasang, skm_kota


def test_hasil_survei(tahun: TahunKinerja) -> None:
    s = tahun.survei
    assert s is not None and s.lengkap and s.hasil is not None
    assert (bulatkan(s.hasil.ikm), s.hasil.mutu, s.hasil.jumlah_responden) == (D("82.83"), "B", 100)
    assert s.indikator == (1, 0)  # sasaran 'pelayanan', its first indicator
    assert s.periode == (dt.date(2025, 1, 1), dt.date(2025, 12, 26))
    assert s.lokasi.kolom == "skm"


def test_unsur_menurut_nilai(tahun: TahunKinerja) -> None:
    s = tahun.survei
    assert s is not None and s.hasil is not None
    nilai = [u.nilai_konversi for u in s.unsur_urut]
    assert nilai == sorted(nilai) and len(nilai) == 9
    assert s.unsur_di_bawah_ikm == tuple(u for u in s.unsur_urut if u.nilai_konversi < s.hasil.ikm)
    assert 0 < len(s.unsur_di_bawah_ikm) < 9


def test_berkas_tidak_ada(salinan: SalinanData) -> None:
    salinan.hapus("skm-2025.xlsx")
    tahun = tahun_dari(salinan.folder)
    assert tahun.survei is not None and tahun.survei.hasil is None and tahun.laporan is None
    [m] = tahun.masalah
    assert m.aturan is None and "skm-2025.xlsx" in m.pesan  # the LKj's problem, not its answers'


def test_indikator_survei_tidak_ada(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "  sasaran: pelayanan            #", "  sasaran: tidak-ada            #")
    tahun = tahun_dari(salinan.folder)
    s = tahun.survei
    assert s is not None and s.hasil is not None and not s.lengkap and s.indikator is None
    [m] = tahun.masalah
    assert m.pesan.startswith("sasaran 'tidak-ada' tidak ada di kinerja.yaml; yang ada: 'tata-kelola'")


# ---- a questionnaire of its own, answers as distributions (tests/data/skm-14-unsur.yaml) ----------------------


def test_kuesioner_sendiri_dari_sebaran(salinan: SalinanData) -> None:
    pasang(salinan)
    s = tahun_dari(salinan.folder).survei
    assert s is not None and s.lengkap and s.hasil is not None
    h = s.hasil
    assert [u.nama for u in h.unsur] == list(UNSUR) and h.model.dasar_hukum is None
    assert h.model.bobot == Fraction(1, 14) and h.jumlah_responden == 10
    assert [u.nilai_konversi for u in h.unsur] == nilai_konversi()
    assert h.ikm == IKM == D("71.25")
    # the report year 2025: the intervals of PermenPAN-RB 14/2017, whatever the unsur
    assert (h.skala.kode, h.mutu, h.kinerja) == ("permenpanrb-14-2017", "C", "Kurang Baik")
    # percentages of 10 respondents are their counts; the two unsur given by value have none
    assert h.unsur[3].sebaran == (0, 4, 2, 4) and h.unsur[3].persen == (D(0), D(40), D(20), D(40))
    assert h.unsur[0].sebaran is None and h.unsur[0].persen is None


def test_setara_dengan_sembilan_unsur(salinan: SalinanData) -> None:
    pasang(salinan)
    s = tahun_dari(salinan.folder).survei
    assert s is not None and s.hasil is not None
    per = {x.unsur.nama: x for x in s.setara}
    assert list(per) == [u.nama for u in MODEL_2017.unsur]
    waktu = per["Waktu Penyelesaian"]
    assert [u.nama for u in waktu.anggota] == ["Kecepatan Pelayanan", "Waktu pelaksanaan pelayanan",
                                              "Kecepatan dan ketepatan waktu"]
    assert waktu.nilai_konversi == (D(75) + D(70) + D("67.5")) / 3
    assert [u.nama for u in per["Sistem, Mekanisme, dan Prosedur"].anggota] == ["Kemudahan Prosedur"]
    assert [u.nama for u in s.tanpa_setara] == ["Kesesuaian pelaksanaan pelayanan dengan standart pelayanan",
                                                "Kejelasan alur pembagian petugas pelayanan", "Keamanan"]


def test_nama_salah_dilaporkan_semua_sekaligus(salinan: SalinanData) -> None:
    pasang(salinan)
    salinan.ganti("lkj.yaml", "setara: Biaya/Tarif", "setara: Pungutan")
    salinan.ganti("lkj.yaml", "setara: Perilaku Pelaksana", "setara: Kesopanan")
    salinan.ganti("lkj.yaml", "  - nama: Kenyamanan", "  - nama: Keamanan")
    tahun = tahun_dari(salinan.folder)
    assert tahun.survei is not None and tahun.survei.hasil is None and tahun.laporan is None
    masalah = [(m.aturan, m.lokasi.baris if m.lokasi else None, m.pesan) for m in tahun.masalah]
    assert masalah == [
        ("skm.unsur", salinan.baris("lkj.yaml", "setara: Pungutan"),
         "setara 'Pungutan' bukan unsur PermenPAN-RB 14/2017; unsur yang dikenal: 'Persyaratan', 'Sistem, Mekanisme, "
         "dan Prosedur', 'Waktu Penyelesaian', 'Biaya/Tarif', 'Produk Spesifikasi Jenis Pelayanan', 'Kompetensi "
         "Pelaksana', 'Perilaku Pelaksana', 'Penanganan Pengaduan, Saran dan Masukan', 'Sarana dan Prasarana'"),
        ("skm.unsur", salinan.baris("lkj.yaml", "setara: Kesopanan"),
         "setara 'Kesopanan' bukan unsur PermenPAN-RB 14/2017; unsur yang dikenal: 'Persyaratan', 'Sistem, Mekanisme, "
         "dan Prosedur', 'Waktu Penyelesaian', 'Biaya/Tarif', 'Produk Spesifikasi Jenis Pelayanan', 'Kompetensi "
         "Pelaksana', 'Perilaku Pelaksana', 'Penanganan Pengaduan, Saran dan Masukan', 'Sarana dan Prasarana'"),
        ("skm.unsur", baris_ke(salinan, "lkj.yaml", "  - nama: Keamanan", 2),
         "unsur 'Keamanan' sudah tertulis sebagai unsur ke-12; setiap unsur kuesioner ditulis sekali"),
    ]


def test_kolom_dan_nilai_yang_tidak_menyebut_unsur_sendiri(salinan: SalinanData) -> None:
    unsur = "\n".join(f"    - {u}" for u in UNSUR[:3])
    nilai = "\n".join(f"    {u}: 3" for u in ("Persyaratan", "Kemudahan prosedur", "Kecepatan Pelayan", "Keamanan"))
    pasang(salinan, f"skm:\n  unsur:\n{unsur}\n  jumlah_responden: 10\n  nilai:\n{nilai}\n")
    tahun = tahun_dari(salinan.folder)
    assert tahun.survei is not None and tahun.survei.hasil is None
    assert [(m.aturan, m.pesan) for m in tahun.masalah] == [
        ("skm.unsur", "unsur 'Kecepatan Pelayan' tidak dikenal; maksudnya 'Kecepatan Pelayanan'? unsur kuesioner "
                      "Kecamatan Mumbulsari (3 unsur): 'Persyaratan', 'Kemudahan Prosedur', 'Kecepatan Pelayanan'"),
        ("skm.unsur", "unsur 'Keamanan' tidak dikenal; unsur kuesioner Kecamatan Mumbulsari (3 unsur): "
                      "'Persyaratan', 'Kemudahan Prosedur', 'Kecepatan Pelayanan'"),
    ]
    assert [m.lokasi.baris for m in tahun.masalah] == [salinan.baris("lkj.yaml", "Kecepatan Pelayan:"),
                                                       salinan.baris("lkj.yaml", "    Keamanan: 3")]


def test_tahun_tanpa_skala_di_katalog(salinan: SalinanData) -> None:
    # 2015: PermenPAN-RB 16/2014 was in force, whose intervals the catalog does not hold
    pasang(salinan)
    salinan.ganti("lkj.yaml", "tahun: 2025\ntanggal: 2026-01-30", "tahun: 2015\ntanggal: 2016-01-30")
    tahun = tahun_dari(salinan.folder)
    assert tahun.kebijakan.skala_skm is None and tahun.survei is not None and tahun.survei.hasil is None
    pesan = [m.pesan for m in tahun.masalah if "interval mutu SKM" in m.pesan]
    assert pesan == ["tidak ada interval mutu SKM di katalog untuk tahun 2015 (PermenPAN-RB 14/2017 berlaku sejak "
                     "2017); pilih skalanya di pengukuran.skala_skm (lkj.yaml) atau pengaturan.skala_skm "
                     "(instansi.yaml)"]


def test_kuesioner_sendiri_dari_jawaban_mentah(salinan: SalinanData) -> None:
    # the example's form export, its question columns mapped (by letter) to the kecamatan's own names
    kolom = {"J": "Kelengkapan syarat", "N": "Kemudahan alur", "H": "Kecepatan layanan", "L": "Biaya layanan",
             "I": "Hasil layanan", "M": "Kemampuan petugas", "G": "Keramahan petugas", "K": "Tanggapan pengaduan",
             "O": "Ruang tunggu"}
    lkj = salinan.baca("lkj.yaml")
    awal, akhir = lkj.index("  kolom:", lkj.index("\nskm:")), lkj.index("  # label:")
    unsur = "".join(f"\n    - {n}" for n in kolom.values())
    peta = "".join(f"\n    {k}: {n}" for k, n in kolom.items())
    salinan.tulis("lkj.yaml", lkj[:awal] + "  unsur:" + unsur + "\n  kolom:" + peta + "\n" + lkj[akhir:])
    s = tahun_dari(salinan.folder).survei
    assert s is not None and s.hasil is not None
    assert [u.nama for u in s.hasil.unsur] == list(kolom.values()) and s.hasil.model.dasar_hukum is None
    # the same answers as the regulation's nine unsur: the same IKM
    assert bulatkan(s.hasil.ikm) == D("82.83") and s.hasil.jumlah_responden == 100
    assert s.setara == ()  # nothing mapped: no comparison


def test_setara_dan_nilai_salah_dalam_satu_kali_jalan(salinan: SalinanData) -> None:
    pasang(salinan, "skm:\n  unsur:\n    - {nama: Persyaratan, setara: Syarat-syarat}\n    - Keamanan\n"
                    "  jumlah_responden: 10\n  nilai: {Persyaratan: 3, Keamanaan: 3}\n")
    tahun = tahun_dari(salinan.folder)
    assert [(m.aturan, m.lokasi.kolom if m.lokasi else None) for m in tahun.masalah] == [
        ("skm.unsur", "skm.unsur[1].setara"), ("skm.unsur", "skm.nilai.Keamanaan")]
    assert "maksudnya 'Keamanan'?" in tahun.masalah[1].pesan
    assert "tulis unsur-unsurnya di skm.unsur" not in tahun.masalah[1].pesan  # they are written


def test_nama_unsur_sendiri_tanpa_daftar_unsur(salinan: SalinanData) -> None:
    pasang(salinan, "skm:\n  jumlah_responden: 10\n  nilai: {Kebersihan ruang: 3, Keramahan satpam: 3}\n")
    pesan = [m.pesan for m in tahun_dari(salinan.folder).masalah]
    assert len(pesan) == 2 and all(p.endswith("bila kuesionernya memakai unsur sendiri, tulis unsur-unsurnya di "
                                              "skm.unsur") for p in pesan)
    # names of the 2004 questionnaire, not all of them: the missing ones are named, with the same hint
    pasang(salinan, "skm:\n  jumlah_responden: 10\n  nilai: {Kenyamanan: 3, Keamanan: 3}\n")
    [pesan] = [m.pesan for m in tahun_dari(salinan.folder).masalah]
    assert pesan.startswith("unsur 'Prosedur pelayanan', 'Persyaratan pelayanan',") and "KepMenPAN 25/2004" in pesan
    assert pesan.endswith("tulis unsur-unsurnya di skm.unsur")


def test_kuesioner_kota_sepuluh_unsur_persen_dua_desimal(salinan: SalinanData) -> None:
    pasang(salinan, skm_kota())
    tahun = tahun_dari(salinan.folder)
    assert tahun.masalah == ()  # 99,99% and 100,01% are rounding; every share is a whole number of the 120
    s = tahun.survei
    assert s is not None and s.hasil is not None and s.hasil.model.jumlah_unsur == 10
    assert [u.sebaran for u in s.hasil.unsur] == list(JUMLAH_KOTA)
    nrr = [Fraction(sum(v * c for v, c in zip((1, 2, 3, 4), j)), 120) for j in JUMLAH_KOTA]
    assert s.hasil.ikm == D(sum(nrr, Fraction(0)).numerator * 25) / D(sum(nrr, Fraction(0)).denominator * 10)
    assert (bulatkan(s.hasil.ikm), s.hasil.mutu) == (D("82.08"), "B")
    assert [u.nama for u in s.tanpa_setara] == ["Layanan daring (laman dan WhatsApp)"]
    assert all(x.anggota for x in s.setara)  # the nine are all asked
