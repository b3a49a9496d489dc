"""All the WordprocessingML (and Office Math) the toolkit reads or writes, in one package.

python-docx covers paragraphs, runs, styles, sections and simple tables; what it lacks is here, by
concern, as python-docx keeps its own ``oxml``:

* :mod:`.ns` namespaces, qualified names, :data:`~.ns.Xml` (a fragment of markup);
* :mod:`.text` paragraphs and runs; :mod:`.table` tables, rows, cells and widths;
* :mod:`.math` equations; :mod:`.fields` tables of contents;
* :mod:`.section` sections and their text area; :mod:`.settings` document settings;
* :mod:`.styles` formatting resolved through the style hierarchy;
* :mod:`.definitions` style and numbering definitions copied between packages;
* :mod:`.package` the package's extended properties and references to its parts;
* :mod:`.jinja` a part's XML as docxtpl's Jinja pass reads and writes it (split tags, breaks);
* :mod:`.chart` a native chart's part and its inline drawing.

Elements are put in schema order and an existing one is replaced rather than doubled, so calling a
setter twice is harmless. Functions ending in ``_xml`` return markup for docxtpl to insert where a
template prints a value; the others work on the rendered document's elements.
"""

from doctools.oxml import (
    chart,
    definitions,
    fields,
    jinja,
    math,
    ns,
    package,
    section,
    settings,
    styles,
    table,
    text,
)

__all__ = ["chart", "definitions", "fields", "jinja", "math", "ns", "package", "section", "settings",
           "styles", "table", "text"]
