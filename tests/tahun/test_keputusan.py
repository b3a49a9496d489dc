"""A decree's computed parts: nomor, diktum ordinals, Mengingat cited once."""

from __future__ import annotations

from doctools.tahun import NOMOR_KOSONG, TahunKinerja
from tests.conftest import SalinanData, tahun_dari

IKU = "keputusan-iku.yaml"


def test_nomor_dan_diktum(tahun: TahunKinerja) -> None:
    iku, iki = tahun.keputusan_iku, tahun.keputusan_iki
    assert iku is not None and iki is not None
    assert iku.nomor == "065/007/35.09.14/2025"  # {kode}/{urut}/{wilayah}/{tahun}
    assert iki.nomor == f"065/{NOMOR_KOSONG}/35.09.14/2025"  # urut left blank for the agenda clerk
    assert [d.label for d in iku.diktum] == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"]
    assert iku.urutan == {"penetapan": 1} and iku.ganti_rujukan("lihat {diktum.penetapan}") == "lihat KESATU"
    assert "{diktum." not in " ".join(d.teks + " ".join(d.rincian) for d in iku.diktum)
    assert iku.lengkap and iku.kutipan_salah == ()


def test_mengingat_dikutip_sekali(tahun: TahunKinerja) -> None:
    iku = tahun.keputusan_iku
    assert iku is not None
    assert len(iku.kutipan) == len(iku.keputusan.mengingat) == len(iku.mengingat.butir) == 6
    assert iku.mengingat.butir[0].startswith("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
    assert iku.mengingat.temuan == ()


def test_kode_wilayah_kosong_satu_masalah(salinan: SalinanData) -> None:
    salinan.ganti("instansi.yaml", 'kode_wilayah: "35.09.14"', "kode_wilayah: null")
    tahun = tahun_dari(salinan.folder)
    [m] = tahun.masalah  # for both decrees, and the LKj that cites the IKU decree
    assert m.pesan == "pola nomor keputusan memakai {wilayah}, tetapi kecamatan.kode_wilayah belum diisi"
    assert tahun.keputusan_iku is not None and tahun.keputusan_iku.nomor is None
    assert not tahun.keputusan_iku.lengkap and tahun.laporan is None
    assert tahun.dokumen == (*("perjanjian-kinerja",) * 5, "rencana-kinerja-tahunan", "rencana-aksi", "pohon-kinerja")


def test_butir_mengingat_salah_bentuk(salinan: SalinanData) -> None:
    salinan.ganti(IKU, "  - pp-8-2006\n", "  - {kunci: pp-8-2006, halaman: 3}\n")
    iku = tahun_dari(salinan.folder).keputusan_iku
    assert iku is not None and not iku.lengkap
    [salah] = iku.kutipan_salah
    assert salah.nomor == 1 and "kolom 'halaman' tidak dikenal dalam butir Mengingat" in salah.galat.pesan
    assert len(iku.mengingat.butir) == 5  # the others are still cited (and checked)
