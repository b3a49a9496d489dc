"""doctools.oxml.settings: a zoom the schema accepts."""

from __future__ import annotations

from docx.oxml.ns import qn

from doctools.oxml import settings
from tests.oxml import el


def test_zoom_diberi_persen_bila_tidak_ada() -> None:
    s = el('<w:settings><w:zoom w:val="bestFit"/></w:settings>')
    settings.complete_zoom(s)
    assert s.find(qn("w:zoom")).get(qn("w:percent")) == "100"
    s = el('<w:settings><w:zoom w:percent="80"/></w:settings>')
    settings.complete_zoom(s)
    assert s.find(qn("w:zoom")).get(qn("w:percent")) == "80"
