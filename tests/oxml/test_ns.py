"""doctools.oxml.ns: qualified names, on/off properties and integer attributes."""

from __future__ import annotations

import pytest

from doctools.oxml.ns import M_NS, W_NS, m, on, twips, w
from tests.oxml import el


def test_nama_berkualifikasi() -> None:
    assert w("tbl") == f"{{{W_NS}}}tbl"
    assert m("oMath") == f"{{{M_NS}}}oMath"


@pytest.mark.parametrize(("xml", "nilai"), [("<w:b/>", True), ('<w:b w:val="1"/>', True), ('<w:b w:val="on"/>', True),
                                            ('<w:b w:val="0"/>', False), ('<w:b w:val="false"/>', False),
                                            ('<w:b w:val="off"/>', False)])
def test_on_off(xml: str, nilai: bool) -> None:
    assert on(el(xml)) is nilai


def test_on_off_tidak_ada() -> None:
    assert on(None) is None


def test_twips() -> None:
    ind = el('<w:ind w:left="360" w:hanging="180.0" w:firstLine="x"/>')
    assert twips(ind, "left") == 360
    assert twips(ind, "hanging") == 180
    assert twips(ind, "firstLine") is None
    assert twips(ind, "right") is None
    assert twips(None, "left") is None
