"""The chart part of a native Word chart (the chart in a rendered document: tests/test_grafik.py)."""

from __future__ import annotations

from lxml import etree

from doctools.oxml.chart import NS_C, chart_xml, inline_chart_xml
from tests.test_grafik import contoh

C = f"{{{NS_C}}}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def test_bars_and_line_share_the_axes_and_keep_their_cells():
    ruang = etree.fromstring(chart_xml(contoh()))
    [batang] = ruang.findall(f".//{C}barChart/{C}ser")
    [garis] = ruang.findall(f".//{C}lineChart/{C}ser")
    assert [float(v.text) for v in batang.findall(f"{C}val//{C}v")] == [80.5, 90.0, 72.25]
    assert [float(v.text) for v in garis.findall(f"{C}val//{C}v")] == [80.9166] * 3
    assert [v.text for v in garis.findall(f"{C}cat//{C}v")] == ["U1", "U2", "U3"]
    # each series points at its own column of the workbook
    assert (batang.find(f"{C}val//{C}f").text, garis.find(f"{C}val//{C}f").text) == \
        ("Sheet1!$B$2:$B$4", "Sheet1!$C$2:$C$4")
    assert (batang.find(f"{C}idx").get("val"), garis.find(f"{C}idx").get("val")) == ("0", "1")
    sumbu = lambda el: [a.get("val") for a in el.findall(f"{C}axId")]  # noqa: E731
    assert sumbu(ruang.find(f".//{C}barChart")) == sumbu(ruang.find(f".//{C}lineChart"))
    assert all(int(a) >= 0 for a in sumbu(ruang.find(f".//{C}barChart")))  # xs:unsignedInt
    # the value axis is fixed at 0–100 by 25; the title and the Indonesian language are set
    skala = ruang.find(f".//{C}valAx/{C}scaling")
    assert (skala.find(f"{C}min").get("val"), skala.find(f"{C}max").get("val")) == ("0.0", "100.0")
    assert ruang.find(f".//{C}valAx/{C}majorUnit").get("val") == "25.0"
    assert "".join(ruang.find(f".//{C}title").itertext()) == "Nilai & IKM"
    assert ruang[1].tag == f"{C}lang" and ruang[1].get("val") == "id-ID"
    # only the bars carry value labels, in the Indonesian-locale number format
    assert batang.find(f"{C}dLbls/{C}numFmt").get("formatCode") == "[$-421]0.00"
    assert garis.find(f"{C}dLbls") is None



def test_the_inline_drawing_has_the_charts_size_and_points_at_its_relationship():
    xml = inline_chart_xml("rId7", contoh(judul="Nilai <IKM> & \"unsur\""), 3)
    gambar = etree.fromstring(xml.replace("<w:drawing>", '<w:drawing xmlns:w="urn:w">'))
    assert gambar.find(f"{WP}inline/{WP}extent").attrib == {"cx": str(150 * 36000), "cy": str(80 * 36000)}
    assert gambar.find(f"{WP}inline/{WP}docPr").get("descr") == 'Nilai <IKM> & "unsur"'
    grafik = gambar.find(f".//{C}chart")
    assert grafik.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id") == "rId7"
