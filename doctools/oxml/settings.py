"""Document settings (``word/settings.xml``): a zoom the schema accepts."""

from __future__ import annotations

from lxml import etree

from doctools.oxml.ns import w


def complete_zoom(settings: etree._Element) -> None:
    """Give ``w:zoom`` the ``w:percent`` the schema requires (python-docx's default template lacks it)."""
    zoom = settings.find(w("zoom"))
    if zoom is not None and zoom.get(w("percent")) is None:
        zoom.set(w("percent"), "100")
