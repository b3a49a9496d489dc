"""Document settings (``word/settings.xml``): refresh fields on open, a valid zoom."""

from __future__ import annotations

from docx.oxml import OxmlElement
from lxml import etree

from doctools.oxml.ns import w
from doctools.oxml.schema import replace_child

_SETTINGS_AFTER_UPDATEFIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat",
                                "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
                                "w:themeFontLang", "w:clrSchemeMapping",
                                "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
                                "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
                                "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
                                "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")


def set_update_fields_on_open(settings: etree._Element) -> None:
    """Ask Word to refresh fields (the TOC, page references) when the document is opened."""
    uf = OxmlElement("w:updateFields")
    uf.set(w("val"), "true")
    replace_child(settings, "w:updateFields", uf, _SETTINGS_AFTER_UPDATEFIELDS)


def complete_zoom(settings: etree._Element) -> None:
    """Give ``w:zoom`` the ``w:percent`` the schema requires (python-docx's default template lacks it)."""
    zoom = settings.find(w("zoom"))
    if zoom is not None and zoom.get(w("percent")) is None:
        zoom.set(w("percent"), "100")
