"""doctools.oxml.settings: fields refreshed on open, in schema order; a zoom the schema accepts."""

from __future__ import annotations

from docx.oxml.ns import qn

from doctools.oxml import settings
from tests.oxml import anak, el


def test_perbarui_ruas_saat_dibuka() -> None:
    s = el('<w:settings><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
           '<w:characterSpacingControl w:val="doNotCompress"/><w:compat/><w:rsids/></w:settings>')
    settings.set_update_fields_on_open(s)
    settings.set_update_fields_on_open(s)
    assert anak(s) == ["zoom", "defaultTabStop", "characterSpacingControl", "updateFields", "compat", "rsids"]
    assert s.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_zoom_diberi_persen_bila_tidak_ada() -> None:
    s = el('<w:settings><w:zoom w:val="bestFit"/></w:settings>')
    settings.complete_zoom(s)
    assert s.find(qn("w:zoom")).get(qn("w:percent")) == "100"
    s = el('<w:settings><w:zoom w:percent="80"/></w:settings>')
    settings.complete_zoom(s)
    assert s.find(qn("w:zoom")).get(qn("w:percent")) == "80"
