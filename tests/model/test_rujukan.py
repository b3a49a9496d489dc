"""How data files refer to a sasaran or an indicator: by id, by name, by number; names compared loosely."""

from __future__ import annotations

from doctools.model.rujukan import cari_rujukan, normal_nama

DAFTAR = [("dokumen", "Persentase dokumen perencanaan"), (None, "Indeks Kepuasan Masyarakat"),
          ("ikm", "dokumen")]


def test_nomor_id_dan_nama() -> None:
    assert cari_rujukan(2, DAFTAR) == 1 and cari_rujukan(0, DAFTAR) is None and cari_rujukan(4, DAFTAR) is None
    assert cari_rujukan("ikm", DAFTAR) == 2
    assert cari_rujukan("indeks kepuasan MASYARAKAT", DAFTAR) == 1
    assert cari_rujukan("dokumen", DAFTAR) == 0  # an id wins over another item's name
    assert cari_rujukan("tidak ada", DAFTAR) is None


def test_nama_dibandingkan_tanpa_huruf_besar_spasi_dan_tanda_akhir() -> None:
    assert normal_nama("  Program  Pemberdayaan Masyarakat. ") == "program pemberdayaan masyarakat"
    assert normal_nama("Kegiatan A;") == normal_nama("kegiatan   a")
