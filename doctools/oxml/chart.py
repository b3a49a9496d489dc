"""The chart part of a native Word chart, and the ``w:drawing`` that places it in a paragraph.

A :class:`~doctools.grafik.Grafik` holds only data. Its chart part (``c:chartSpace``) is written
by python-pptx's chart XML writer and styled through python-pptx's chart API (python-docx has no
charts); its numbers travel in an embedded workbook (:func:`doctools.grafik.xlsx_grafik`) linked
from the part, so that in Word the user can restyle the chart or correct its data ("Edit Data").
The part is deterministic: the same chart gives the same bytes (fixed axis ids).

Bars and a line may share one chart (e.g. the value of each unsur with the IKM across them):
python-pptx writes one plot type per chart, so the line series is written as a line plot of its
own and moved into the bar chart's plot area, on the same axes.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from lxml import etree

from doctools.grafik import Grafik, Seri
from doctools.oxml.ns import Xml

if TYPE_CHECKING:
    from docx.opc.part import Part
    from docx.oxml.xmlchemy import BaseOxmlElement

CT_GRAFIK = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RT_GRAFIK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
RT_PAKET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EMU_PER_MM = 36000


def _data_grafik(grafik: Grafik, seri: Sequence[Seri]) -> Any:
    from pptx.chart.data import CategoryChartData

    data = CategoryChartData(number_format=grafik.format_angka)
    data.categories = list(grafik.kategori)
    for s in seri:
        data.add_series(s.nama, [float(v) for v in s.nilai])
    return data


def chart_xml(grafik: Grafik) -> bytes:
    """The chart part (``c:chartSpace``) of ``grafik``, without its link to the workbook."""
    from pptx.chart.chart import Chart
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_DATA_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.oxml import parse_xml
    from pptx.util import Pt

    data = _data_grafik(grafik, grafik.seri)
    ruang = parse_xml(ChartXmlWriter(XL_CHART_TYPE.COLUMN_CLUSTERED, data).xml.encode("utf-8"))
    if any(s.bentuk == "garis" for s in grafik.seri):
        _pindahkan_garis(ruang, grafik, data)

    _sumbu_tanpa_tanda(ruang)
    # Language first in the chart space: Word and LibreOffice then write numbers the Indonesian way.
    bahasa = etree.SubElement(ruang, f"{{{NS_C}}}lang", val=grafik.bahasa)
    ruang.remove(bahasa)
    ruang.insert(1, bahasa)

    chart = Chart(ruang, None)
    chart.has_title = grafik.judul_tampil
    if grafik.judul_tampil:
        chart.chart_title.text_frame.text = grafik.judul
        judul = chart.chart_title.text_frame.paragraphs[0].runs[0].font
        judul.size, judul.bold = Pt(grafik.ukuran_huruf + 1), True
    chart.font.size = Pt(grafik.ukuran_huruf)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.TOP if grafik.legenda == "atas" else XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    sumbu = chart.value_axis
    if grafik.sumbu_min is not None:
        sumbu.minimum_scale = grafik.sumbu_min
    if grafik.sumbu_maks is not None:
        sumbu.maximum_scale = grafik.sumbu_maks
    if grafik.sumbu_langkah is not None:
        sumbu.major_unit = grafik.sumbu_langkah
    sumbu.has_major_gridlines = True
    sumbu.major_gridlines.format.line.color.rgb = RGBColor.from_string("D9D9D9")
    sumbu.tick_labels.number_format = "0"
    sumbu.tick_labels.number_format_is_linked = False

    for plot in chart.plots:
        for ser, s in zip(plot.series, [s for s in grafik.seri if _plot_bentuk(plot) == s.bentuk]):
            warna = RGBColor.from_string(s.warna)
            if s.bentuk == "batang":
                ser.format.fill.solid()
                ser.format.fill.fore_color.rgb = warna
            else:
                ser.smooth = False
                ser.marker.style = XL_MARKER_STYLE.NONE
                ser.format.line.color.rgb = warna
                ser.format.line.width = Pt(1.75)
                ser.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            if s.label:
                label = ser.data_labels
                label.number_format = grafik.format_angka
                label.number_format_is_linked = False
                label.show_value = True
                label.font.size = Pt(grafik.ukuran_huruf - 1)
                if s.bentuk == "batang" and s.letak_label == "dasar":
                    label.position = XL_DATA_LABEL_POSITION.INSIDE_BASE
                    label.font.bold = True
                    label.font.color.rgb = RGBColor.from_string("FFFFFF")
                elif s.bentuk == "batang":
                    label.position = XL_DATA_LABEL_POSITION.OUTSIDE_END
                if s.label_tegak:
                    _label_tegak(label._element)
        if _plot_bentuk(plot) == "batang":
            plot.gap_width = 60
    return etree.tostring(ruang, xml_declaration=True, encoding="UTF-8", standalone=True)


def _label_tegak(dlbls: etree._Element) -> None:
    """Turn a series' value labels a quarter left (``a:bodyPr rot="-5400000"``), read from the bottom up."""
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for badan in dlbls.iter(f"{a}bodyPr"):
        badan.set("rot", "-5400000")
        badan.set("vert", "horz")


def _sumbu_tanpa_tanda(ruang: etree._Element) -> None:
    """Axis ids as the schema types them (``xs:unsignedInt``): python-pptx writes fixed negative ones.

    Each is read as the unsigned number of the same 32 bits, so the pairs still match.
    """
    c = f"{{{NS_C}}}"
    for el in ruang.iter(f"{c}axId", f"{c}crossAx"):
        el.set("val", str(int(el.get("val") or 0) & 0xFFFFFFFF))


def _plot_bentuk(plot: object) -> str:
    from pptx.chart.plot import BarPlot

    return "batang" if isinstance(plot, BarPlot) else "garis"


def _pindahkan_garis(ruang: etree._Element, grafik: Grafik, data: object) -> None:
    """Move the line series out of the bar plot into a line plot on the same axes.

    The series keep their order, their index and their references into the workbook (they were
    all written as bars first), so the chart and the workbook stay in step.
    """
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.oxml import parse_xml

    c = f"{{{NS_C}}}"
    batang = ruang.find(f"{c}chart/{c}plotArea/{c}barChart")
    garis = parse_xml(ChartXmlWriter(XL_CHART_TYPE.LINE, data).xml.encode("utf-8")).find(
        f"{c}chart/{c}plotArea/{c}lineChart")
    if batang is None or garis is None:  # pragma: no cover - python-pptx always writes both
        raise ValueError("python-pptx wrote no bar or line plot")
    for ser in garis.findall(f"{c}ser"):
        garis.remove(ser)
    for sumbu in garis.findall(f"{c}axId"):
        garis.remove(sumbu)
    tanda = garis.find(f"{c}marker")
    for ser, s in zip(batang.findall(f"{c}ser"), grafik.seri):
        if s.bentuk != "garis":
            continue
        batang.remove(ser)
        if tanda is not None:
            tanda.addprevious(ser)
        else:
            garis.append(ser)
    for sumbu in batang.findall(f"{c}axId"):
        garis.append(copy.deepcopy(sumbu))
    batang.addnext(garis)


def add_chart(part: Part, grafik: Grafik, workbook: bytes) -> str:
    """Add the chart and its ``workbook`` to ``part``'s package; the ``rId`` of the chart relationship."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part as PartOPC
    from docx.opc.part import XmlPart

    paket = part.package
    nama_grafik = paket.next_partname("/word/charts/chart%d.xml")
    nama_buku = PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{nama_grafik.idx}.xlsx")
    ruang = etree.fromstring(chart_xml(grafik))
    bagian = XmlPart(nama_grafik, CT_GRAFIK, cast("BaseOxmlElement", ruang), paket)
    buku = PartOPC(nama_buku, CT_XLSX, workbook, paket)
    luar = etree.SubElement(ruang, f"{{{NS_C}}}externalData", {f"{{{NS_R}}}id": bagian.relate_to(buku, RT_PAKET)})
    etree.SubElement(luar, f"{{{NS_C}}}autoUpdate", val="0")
    return part.relate_to(bagian, RT_GRAFIK)


def inline_chart_xml(rid: str, grafik: Grafik, id_gambar: int) -> Xml:
    """The ``w:drawing`` of an inline chart of ``grafik``'s size, pointing at relationship ``rid``.

    docxtpl renumbers every ``wp:docPr`` after rendering, so ``id_gambar`` need only be a number.
    """
    from xml.sax.saxutils import quoteattr

    cx, cy = round(grafik.lebar_mm * EMU_PER_MM), round(grafik.tinggi_mm * EMU_PER_MM)
    return Xml(
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{id_gambar}" name="Grafik" descr={quoteattr(grafik.judul)}/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:graphicData uri="{NS_C}">'
        f'<c:chart xmlns:c="{NS_C}" xmlns:r="{NS_R}" r:id="{rid}"/>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing>'
    )
