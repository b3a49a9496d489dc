"""The policy: chosen once, from the settings, with where each choice was written."""

from __future__ import annotations

from doctools.model import muat_data
from doctools.tahun import TahunKinerja, pilih_kebijakan
from tests.conftest import SalinanData, tahun_dari


def test_contoh_memakai_pengaturan_instansi(tahun: TahunKinerja, salinan: SalinanData) -> None:
    k = tahun.kebijakan
    assert k.skala is not None and k.skala.kode == "permendagri-86-2017"
    assert k.rumus_negatif == "selisih"
    assert k.nilai_kualitatif == {"A": 4, "B": 3, "C": 2, "D": 1}
    assert k.lokasi_skala is not None and k.lokasi_skala.berkas is not None
    assert k.lokasi_skala.berkas.endswith("instansi.yaml")
    assert k.lokasi_skala.baris == salinan.baris("instansi.yaml", "skala_predikat:")
    assert k.galat is None


def test_tanpa_pengaturan_bawaan_toolkit(salinan: SalinanData) -> None:
    teks = salinan.baca("instansi.yaml")
    salinan.tulis("instansi.yaml", teks[:teks.index("pengaturan:")])
    k = pilih_kebijakan(muat_data(salinan.folder))
    assert k.skala is not None and k.skala.kode == "permendagri-86-2017" and k.rumus_negatif == "selisih"
    assert (k.lokasi_skala, k.lokasi_rumus) == (None, None)


def test_lkj_menimpa_pengaturan(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "pengukuran:\n", "pengukuran:\n  skala_predikat: lan-bantur\n  rumus_negatif: rasio\n")
    k = pilih_kebijakan(muat_data(salinan.folder))
    assert k.skala is not None and k.skala.kode == "lan-bantur" and k.rumus_negatif == "rasio"
    assert k.lokasi_rumus is not None and k.lokasi_rumus.berkas is not None and k.lokasi_rumus.berkas.endswith("lkj.yaml")


def test_rumus_pengaturan_berlaku_tanpa_lkj(salinan: SalinanData) -> None:
    # the disagreement this module removes: without lkj.yaml the settings still decide
    salinan.hapus("lkj.yaml")
    salinan.ganti("instansi.yaml", "rumus_negatif: selisih", "rumus_negatif: rasio")
    assert pilih_kebijakan(muat_data(salinan.folder)).rumus_negatif == "rasio"


def test_skala_lkj_tak_dikenal_satu_masalah(salinan: SalinanData) -> None:
    salinan.ganti("lkj.yaml", "pengukuran:\n", "pengukuran:\n  skala_predikat: skala-lain\n")
    k = pilih_kebijakan(muat_data(salinan.folder))
    assert k.skala is None and k.galat is not None
    assert k.galat.pesan.startswith("skala predikat 'skala-lain' tidak dikenal; pilih salah satu dari")
    assert k.galat.lokasi is not None and k.galat.lokasi.baris == salinan.baris("lkj.yaml", "skala-lain")
    t = tahun_dari(salinan.folder)
    assert [m.pesan for m in t.masalah] == [k.galat.pesan]  # once, and the LKj stops without another
    assert t.laporan is None
