"""A part's XML as docxtpl's Jinja pass sees it: the text steps around the rendering of one part.

docxtpl renders each part of a template as one Jinja template over its XML text. The renderer
(:class:`doctools.render._TemplatSinggah`) keeps docxtpl's preparation of a part and its compiled
template between renders, which docxtpl's own ``render_xml_part`` cannot, so it repeats the two
text steps docxtpl wraps around the Jinja call (:func:`paragraphs_on_lines`,
:func:`paragraphs_joined`). A value that prints markup of its own where a tag stands (a chart)
closes the run the tag sits in (:func:`own_run_xml`).
"""

from __future__ import annotations

import re

from doctools.oxml.ns import M_NS, Xml

_PARAGRAF = re.compile(r"<w:p([ >])")
_PARAGRAF_BARIS = re.compile(r"\n<w:p([ >])")
_RUANG_M = f'xmlns:m="{M_NS}"'


def paragraphs_on_lines(xml: str) -> str:
    """Every paragraph on a line of its own, as docxtpl does, so that a Jinja error's line names a paragraph."""
    return _PARAGRAF.sub(r"\n<w:p\1", xml)


def paragraphs_joined(xml: str) -> str:
    """The rendered XML with the line breaks :func:`paragraphs_on_lines` added taken out again."""
    return _PARAGRAF_BARIS.sub(r"<w:p\1", xml)


def own_run_xml(inner: Xml) -> Xml:
    """``inner`` (a run's content, e.g. a ``w:drawing``) in a run of its own, where a tag prints text.

    A tag's value lands inside a ``w:t`` of its run: the text and the run are closed, ``inner``
    gets its own run, and a new run and text are opened for what follows the tag.
    """
    return Xml(f'</w:t></w:r><w:r>{inner}</w:r><w:r><w:t xml:space="preserve">')


def with_math_namespace(xml: str) -> str:
    """The part's XML with the math namespace declared on its first element, if it is not already.

    Equations (:func:`doctools.oxml.math.fraction_xml`) declare no namespace of their own; Word's
    templates declare ``m:`` on the document, but one saved by LibreOffice may not.
    """
    akhir = xml.find(">")
    if akhir <= 0 or _RUANG_M in xml[:akhir]:
        return xml
    if xml[akhir - 1] == "/":
        akhir -= 1
    return f"{xml[:akhir]} {_RUANG_M}{xml[akhir:]}"
