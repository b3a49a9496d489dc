"""doctools.oxml.package: the extended properties name the application and carry no statistics."""

from __future__ import annotations

from lxml import etree

from doctools.oxml.package import app_properties_xml, retarget_relationships

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def test_properti_aplikasi() -> None:
    root = etree.fromstring(app_properties_xml("doctools 0.1.0 & co"))
    assert root.tag == f"{EP}Properties"
    assert [c.tag.removeprefix(EP) for c in root] == ["Application", "DocSecurity"]
    assert root.findtext(f"{EP}Application") == "doctools 0.1.0 & co"


def test_acuan_relasi_diganti() -> None:
    from tests.oxml import el

    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    p = el(f'<w:p><w:hyperlink xmlns:r="{r}" r:id="rId3"><w:r/></w:hyperlink>'
           f'<w:r><w:drawing><a:blip xmlns:a="urn:a" xmlns:r="{r}" r:embed="rId3" r:link="rId9"/></w:drawing></w:r></w:p>')
    retarget_relationships(p, {"rId3": "rId12", "rId9": "rId13"}.__getitem__)
    nilai = [v for node in p.iter() for k, v in node.attrib.items() if k.startswith(f"{{{r}}}")]
    assert nilai == ["rId12", "rId12", "rId13"]
