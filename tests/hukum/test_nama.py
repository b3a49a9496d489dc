"""doctools.hukum.nama: one regulation's kind, short name, placement and citation, without the catalog."""

from __future__ import annotations

from doctools.hukum import Katalog, Lembaran, Peraturan, Tambahan
from doctools.hukum.nama import UUD_1945, nama_singkat, penempatan, sebutan, sitasi_tunggal


def test_nama_singkat(bawaan: Katalog) -> None:
    assert nama_singkat(bawaan.ambil("permendagri-77-2020")) == "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020"
    assert nama_singkat(bawaan.ambil("permenpanrb-53-2014")) == (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014"
    )
    assert nama_singkat(bawaan.ambil("tap-mpr-xi-1998")) == (
        "Ketetapan Majelis Permusyawaratan Rakyat Republik Indonesia Nomor XI/MPR/1998"
    )
    assert nama_singkat(bawaan.ambil("uud-1945")) == UUD_1945


def _perda(**kolom: object) -> Peraturan:
    return Peraturan.model_validate({"kunci": "perda-kab-jember-1-2020", "jenis": "perda", "nomor": "1", "tahun": 2020,
                                     "tentang": "Rencana Pembangunan", "daerah": "Kabupaten Jember", **kolom})


def test_sebutan_daerah_dan_sebutan_tertulis() -> None:
    assert sebutan(_perda()) == "Peraturan Daerah Kabupaten Jember"
    assert sebutan(_perda(sebutan="Peraturan Daerah Kabupaten Jember (lama)")) == "Peraturan Daerah Kabupaten Jember (lama)"


def test_penempatan_lembaran_dan_tambahan_daerah() -> None:
    assert penempatan(_perda()) is None
    p = _perda(lembaran=Lembaran(jenis="LD", tahun=2020, nomor="1"), tambahan=Tambahan(jenis="TLD", nomor="12"))
    assert penempatan(p) == ("Lembaran Daerah Kabupaten Jember Tahun 2020 Nomor 1, "
                             "Tambahan Lembaran Daerah Kabupaten Jember Nomor 12")


def test_sitasi_tunggal_dengan_penempatan_dan_pasal() -> None:
    p = _perda(lembaran=Lembaran(jenis="LD", tahun=2020, nomor="1"))
    assert sitasi_tunggal(p) == ("Peraturan Daerah Kabupaten Jember Nomor 1 Tahun 2020 tentang Rencana Pembangunan "
                                 "(Lembaran Daerah Kabupaten Jember Tahun 2020 Nomor 1)")
    assert sitasi_tunggal(p, pasal=" Pasal 3 ").startswith("Pasal 3 Peraturan Daerah Kabupaten Jember Nomor 1")
