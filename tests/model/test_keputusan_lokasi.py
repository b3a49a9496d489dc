"""Decree-level rules are reported at the field they concern, not at the file's first line."""

from __future__ import annotations

import pytest

from doctools.errors import KumpulanGalat
from doctools.load import muat_teks
from doctools.model import Keputusan
from doctools.model.validasi import validasi

DASAR = """\
nomor:
  kode: "065"
  urut: "{urut}"
tanggal: 2025-01-06
menimbang:
  - bahwa perlu
mengingat:
  - uu-23-2014
diktum:
  - teks: Menetapkan sesuatu.
  - teks: "Sebagaimana dimaksud dalam Diktum {{diktum.{rujukan}}}."
"""


def _muat(urut: str = "007", rujukan: str = "penetapan", id_: str = "") -> Keputusan:
    teks = DASAR.format(urut=urut, rujukan=rujukan)
    if id_:
        teks = teks.replace("  - teks: Menetapkan sesuatu.", f"  - id: {id_}\n    teks: Menetapkan sesuatu.")
    data, peta = muat_teks(teks, "keputusan-iku.yaml")
    return validasi(Keputusan, data, peta)


def test_blank_urut_means_left_for_the_agenda_clerk() -> None:
    assert _muat(urut="", id_="penetapan").nomor.urut is None


def test_unknown_diktum_reference_points_at_its_text() -> None:
    with pytest.raises(KumpulanGalat) as info:
        _muat(rujukan="tidakada", id_="penetapan")
    assert str(info.value) == ("keputusan-iku.yaml:12, kolom 'diktum[2].teks': merujuk {diktum.tidakada}, tetapi "
                               "tidak ada diktum dengan id 'tidakada'; id yang ada: penetapan")
