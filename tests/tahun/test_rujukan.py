"""References from lkj.yaml and the Renstra to kinerja.yaml: by id, name or number."""

from __future__ import annotations

import pytest

from doctools.errors import DataError
from doctools.tahun import TahunKinerja, rujukan


def test_sasaran_dan_indikator(tahun: TahunKinerja) -> None:
    data = tahun.data
    assert [rujukan.sasaran(data, r, "x") for r in ("trantib", 4, "Terjaganya ketertiban umum dan ketenteraman "
                                                               "masyarakat di kecamatan")] == [3, 3, 3]
    assert data.kinerja is not None
    akuntabilitas = data.kinerja.sasaran[4]
    assert rujukan.indikator(data, akuntabilitas, 2, "x") == 1
    assert rujukan.indikator(data, akuntabilitas, "nilai sakip perangkat daerah", "x") == 0


def test_rujukan_tak_dikenal(tahun: TahunKinerja) -> None:
    with pytest.raises(DataError) as info:
        rujukan.sasaran(tahun.data, "umum", "analisis", 0, "sasaran")
    assert info.value.pesan == ("sasaran 'umum' tidak ada di kinerja.yaml; yang ada: 'tata-kelola', 'pelayanan', "
                                "'kesejahteraan', 'trantib', 'akuntabilitas'")
    assert info.value.lokasi is not None and info.value.lokasi.kolom == "analisis[1].sasaran"
