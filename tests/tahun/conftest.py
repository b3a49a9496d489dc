"""The example's computed year, once per module, and copies of the example to change one value in."""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.tahun import TahunKinerja
from tests.conftest import CONTOH, SalinanData, tahun_dari
from tests.reviu.conftest import salin


@pytest.fixture(scope="module")
def tahun() -> TahunKinerja:
    """The computed year of the shipped example (data/mumbulsari)."""
    return tahun_dari(CONTOH)


@pytest.fixture
def salinan(tmp_path: Path) -> SalinanData:
    """A copy of the whole example, LKj included."""
    return salin(tmp_path / "data" / CONTOH.name)
