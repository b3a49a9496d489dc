"""The signer of a document as written (penanda_tangan:), and an official's status and term."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from doctools.model.penanda_tangan import Pejabat, PenandaTangan


def test_id_saja_dan_status() -> None:
    assert PenandaTangan.model_validate("camat-lama").pejabat == "camat-lama"
    ttd = PenandaTangan.model_validate({"pejabat": "sekretaris", "status": "Plh."})
    assert (ttd.pejabat, ttd.status) == ("sekretaris", "plh")
    assert PenandaTangan.model_validate({"nama": "Drs. HERU PRASETYO, M.M.", "status": "PLT"}).status == "plt"


@pytest.mark.parametrize(("isi", "pesan"), [
    ({"pejabat": "camat-lama", "nama": "HERU"}, "penanda tangan ditulis dengan id pejabat 'camat-lama' dan juga nama"),
    ({"status": "plt"}, "penanda tangan belum disebut: tulis id pejabat di instansi.yaml"),
    ({"nama": "HERU", "status": "pjs"}, "status"),
])
def test_bentuk_salah(isi: dict[str, str], pesan: str) -> None:
    with pytest.raises(ValidationError) as info:
        PenandaTangan.model_validate(isi)
    assert pesan in str(info.value)


def test_masa_jabatan_terbalik() -> None:
    with pytest.raises(ValidationError) as info:
        Pejabat.model_validate({"nama": "HERU", "sejak": dt.date(2025, 4, 1), "sampai": dt.date(2025, 3, 31)})
    assert "sampai 2025-03-31 lebih awal daripada sejak 2025-04-01" in str(info.value)
