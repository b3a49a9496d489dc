"""Parts of the package around the document: the extended properties (``docProps/app.xml``)."""

from __future__ import annotations

from xml.sax.saxutils import escape


def app_properties_xml(application: str) -> bytes:
    """``docProps/app.xml`` naming the application that wrote the file, with no stale statistics."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity></Properties>").encode()
