"""Where a catalog value was written: field paths as text and back, the line of the nearest written field."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from doctools.hukum.asal import Asal, galat_validasi, jalur_dari_teks, teks_jalur
from doctools.hukum.model import Peraturan
from doctools.load import muat_teks

TEKS = """\
peraturan:
  uu-23-2014:
    jenis: uu
    nomor: "23"
    tahun: 2014
    perubahan:
      - uu-9-2015
"""


@pytest.mark.parametrize(("jalur", "teks"), [
    (("peraturan", "uu-23-2014", "perubahan", 0), "peraturan.uu-23-2014.perubahan[0]"),
    (("perubahan", 0, "x"), "perubahan[0].x"),
    ((), ""),
])
def test_jalur_sebagai_teks_dan_kembali(jalur: tuple, teks: str) -> None:
    assert teks_jalur(jalur) == teks
    assert jalur_dari_teks(teks) == jalur


def test_lokasi_baris_kolom_atau_induk_terdekat() -> None:
    _, peta = muat_teks(TEKS, "katalog.yaml")
    asal = Asal("katalog.yaml", ("peraturan", "uu-23-2014"), peta)
    assert str(asal.lokasi(("perubahan", 0))) == "katalog.yaml:7, kolom 'peraturan.uu-23-2014.perubahan[0]'"
    # a field not written (tentang) is placed at its entry's line
    assert asal.lokasi(("tentang",)).baris == 2


def test_galat_pydantic_di_barisnya() -> None:
    data, peta = muat_teks(TEKS.replace("tahun: 2014", "tahun: dua ribu"), "katalog.yaml")
    asal = Asal("katalog.yaml", ("peraturan", "uu-23-2014"), peta)
    with pytest.raises(ValidationError) as info:
        Peraturan.model_validate({"kunci": "uu-23-2014", **data["peraturan"]["uu-23-2014"], "tentang": "x"})
    [galat] = galat_validasi(info.value, asal)
    assert galat.lokasi is not None and (galat.lokasi.baris, galat.lokasi.kolom) == (5, "peraturan.uu-23-2014.tahun")
