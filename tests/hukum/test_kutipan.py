"""One Mengingat item as written: its forms read, a bad shape refused at its line, its label for messages."""

from __future__ import annotations

import pytest

from doctools.errors import DataError, Lokasi
from doctools.hukum.kutipan import Kutipan

DI = Lokasi("keputusan.yaml", 10, "mengingat[0]")


def test_bentuk_yang_dibaca() -> None:
    assert Kutipan.dari_data(" uu-23-2014 ", DI) == Kutipan(kunci="uu-23-2014", lokasi=DI)
    k = Kutipan.dari_data({"jenis": "Permendagri", "nomor": 86, "tahun": "2017", "pasal": "Pasal 3"}, DI)
    assert (k.jenis, k.nomor, k.tahun, k.pasal) == ("Permendagri", "86", 2017, "Pasal 3")
    assert Kutipan.dari_data({"teks": "Peraturan Bupati …"}).teks == "Peraturan Bupati …"
    lain = Lokasi("keputusan.yaml", 12, "mengingat[2]")
    assert Kutipan.dari_data(Kutipan(kunci="uud-1945"), lain).lokasi == lain  # a ready item takes the new place


def test_label_untuk_pesan() -> None:
    assert Kutipan(kunci="uu-23-2014").label() == "'uu-23-2014'"
    assert Kutipan(jenis="uu", nomor="23", tahun=2014).label() == "Undang-Undang Nomor 23 Tahun 2014"
    assert Kutipan(teks="Peraturan Daerah tentang Sesuatu").label() == '"Peraturan Daerah tentang Sesuatu"'


def test_bentuk_salah_adalah_dataerror_di_butirnya() -> None:
    with pytest.raises(DataError) as e:
        Kutipan.dari_data({"jenis": "uu"}, DI)
    assert str(e.value) == (
        "keputusan.yaml:10, kolom 'mengingat[0]': butir Mengingat dengan 'jenis' juga memerlukan kolom 'nomor'"
    )
    with pytest.raises(DataError, match="kolom 'nomor' dalam butir Mengingat harus berupa teks atau angka"):
        Kutipan.dari_data({"jenis": "uu", "nomor": True, "tahun": 2014}, DI)
