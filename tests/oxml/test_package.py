"""doctools.oxml.package: the extended properties name the application and carry no statistics."""

from __future__ import annotations

from lxml import etree

from doctools.oxml.package import app_properties_xml

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def test_properti_aplikasi() -> None:
    root = etree.fromstring(app_properties_xml("doctools 0.1.0 & co"))
    assert root.tag == f"{EP}Properties"
    assert [c.tag.removeprefix(EP) for c in root] == ["Application", "DocSecurity"]
    assert root.findtext(f"{EP}Application") == "doctools 0.1.0 & co"
