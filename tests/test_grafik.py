"""Native Word charts: the data, the embedded workbook, and the chart placed in a rendered document."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from lxml import etree

from doctools.grafik import Grafik, Seri, xlsx_grafik
from doctools.oxml.chart import CT_GRAFIK
from doctools.render import Halaman, Metadata, render_bytes

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def contoh(**ubah: object) -> Grafik:
    isi: dict[str, object] = {
        "judul": "Nilai & IKM",
        "kategori": ("U1", "U2", "U3"),
        "seri": (Seri("Nilai", (Decimal("80.5"), Decimal(90), Decimal("72.25")), label=True),
                 Seri("IKM 80,92", (Decimal("80.9166"),) * 3, "garis", "C62828")),
        "lebar_mm": 150,
        "tinggi_mm": 80,
        "sumbu_min": 0,
        "sumbu_maks": 100,
        "sumbu_langkah": 25,
    }
    isi.update(ubah)
    return Grafik(**isi)  # type: ignore[arg-type]


def test_workbook_holds_the_same_numbers_and_is_deterministic():
    g = contoh()
    blob = xlsx_grafik(g)
    assert blob == xlsx_grafik(g)
    lembar = openpyxl.load_workbook(io.BytesIO(blob)).active
    assert lembar.title == "Sheet1"
    assert [[c.value for c in r] for r in lembar.iter_rows()] == [
        [None, "Nilai", "IKM 80,92"], ["U1", 80.5, 80.9166], ["U2", 90, 80.9166], ["U3", 72.25, 80.9166]]
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "2000-01-01T00:00:00Z" in z.read("docProps/core.xml").decode()


def test_a_chart_needs_as_many_values_as_categories():
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        contoh(seri=(Seri("Nilai", (Decimal(1), Decimal(2))),))
    with pytest.raises(ValueError, match="first series must be bars"):
        contoh(seri=(Seri("IKM", (Decimal(1),) * 3, "garis"),))


@pytest.fixture
def templat(tmp_path):
    d = docx.Document()
    d.add_paragraph("Sebelum {{ grafik }} sesudah")
    d.add_paragraph("{{ lagi }}")
    path = tmp_path / "templat.docx"
    d.save(str(path))
    return path


def test_rendered_document_carries_two_editable_charts(templat):
    halaman = Halaman(kertas="A4", huruf=None, ukuran_huruf=None)
    meta = Metadata("Uji", "doctools", dt.date(2025, 1, 2))
    konteks = {"grafik": contoh(), "lagi": contoh(judul="Kedua", kategori=("A", "B", "C"))}
    blob = render_bytes(templat, konteks, halaman=halaman, metadata=meta)
    assert blob == render_bytes(templat, konteks, halaman=halaman, metadata=meta)

    doc = docx.Document(io.BytesIO(blob))
    assert doc.paragraphs[0].text == "Sebelum  sesudah"
    grafik = [el for p in doc.paragraphs for el in p._p.iter(f"{C}chart")]
    assert len(grafik) == 2
    parts = [doc.part.related_parts[el.get(qn("r:id"))] for el in grafik]
    assert [str(p.partname) for p in parts] == ["/word/charts/chart1.xml", "/word/charts/chart2.xml"]
    assert {p.content_type for p in parts} == {CT_GRAFIK}
    judul = ["".join(etree.fromstring(p.blob).find(f".//{C}title").itertext()) for p in parts]
    assert judul == ["Nilai & IKM", "Kedua"]
    for p in parts:
        ruang = etree.fromstring(p.blob)
        buku = p.related_parts[ruang.find(f"{C}externalData").get(qn("r:id"))]
        kategori = [c.value for c in openpyxl.load_workbook(io.BytesIO(buku.blob)).active["A"][1:]]
        assert kategori == [v.text for v in ruang.find(f".//{C}cat").iter(f"{C}v")]
    ukuran = doc.paragraphs[0]._p.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    assert (int(ukuran.get("cx")), int(ukuran.get("cy"))) == (150 * 36000, 80 * 36000)
    ids = [d.get("id") for d in doc.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert len(set(ids)) == 2


def test_chart_part_is_schema_valid(templat, tmp_path):
    """The chart part passes the DrawingML chart schema (python-pptx's negative axis ids would not)."""
    from tests.ooxml_schema import galat

    blob = render_bytes(templat, {"grafik": contoh(), "lagi": contoh(judul_tampil=False, legenda="atas")},
                        halaman=Halaman(kertas="A4", huruf=None, ukuran_huruf=None),
                        metadata=Metadata("Uji", "doctools", dt.date(2025, 1, 2)))
    path = tmp_path / "grafik.docx"
    path.write_bytes(blob)
    assert [g for g in galat(path) if "charts/" in g] == []
    with zipfile.ZipFile(path) as z:  # the second chart: no title (a caption names it), legend above
        kedua = etree.fromstring(z.read("word/charts/chart2.xml"))
    assert kedua.find(f".//{C}title") is None and kedua.find(f".//{C}autoTitleDeleted").get("val") == "1"
    assert kedua.find(f".//{C}legend/{C}legendPos").get("val") == "t"
    rusak = tmp_path / "rusak.docx"
    with zipfile.ZipFile(path) as asal, zipfile.ZipFile(rusak, "w") as tujuan:
        for item in asal.infolist():
            isi = asal.read(item)
            if item.filename == "word/charts/chart1.xml":
                isi = isi.replace(b'<c:axId val="', b'<c:axId val="-', 1)
            tujuan.writestr(item, isi)
    assert any("word/charts/chart1.xml" in g and "axId" in g for g in galat(rusak))


def test_the_reviu_draws_no_chart():
    """``doctools check`` composes no document and draws no chart: no chart library is loaded."""
    import subprocess
    import sys

    from tests.conftest import CONTOH

    kode = ("import sys; from pathlib import Path; from doctools.reviu import periksa_folder; "
            f"lap = periksa_folder(Path({str(CONTOH)!r})); "
            "print(lap.galat, list(lap.dokumen).count('laporan-kinerja'), "
            "sorted({m.split('.')[0] for m in sys.modules} & {'pptx', 'xlsxwriter', 'matplotlib'}))")
    keluaran = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True).stdout
    assert keluaran.split() == ["0", "1", "[]"]
