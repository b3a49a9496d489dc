"""Values that render themselves as WordprocessingML when a template prints them.

docxtpl inserts anything with ``__html__`` verbatim, so these objects escape their own text.
``Rumus`` prints a run-level element: use it with ``{{r … }}`` so docxtpl drops the template run.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from xml.sax.saxutils import escape

from doctools.model import Pecahan

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _m_run(text: str) -> str:
    return (f'<m:r><m:rPr><m:nor/><m:sty m:val="p"/></m:rPr>'
            f'<w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:sz w:val="16"/></w:rPr>'
            f'<m:t xml:space="preserve">{escape(text)}</m:t></m:r>')


def _m_lines(text: str, width: int) -> str:
    """Text as math runs, stacked in an equation array when longer than ``width`` characters.

    Equations never wrap by themselves, so a long pembilang would run out of a table cell.
    """
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) == 1:
        return _m_run(lines[0])
    return "<m:eqArr>" + "".join(f"<m:e>{_m_run(line)}</m:e>" for line in lines) + "</m:eqArr>"


@dataclass(frozen=True)
class Rumus:
    """A formula: plain text, or a fraction rendered as an editable Word equation (OMML)."""

    teks: str | None = None
    pembilang: str | None = None
    penyebut: str | None = None
    pengali: str | None = None
    lebar: int = 16

    @property
    def pecahan(self) -> bool:
        return self.pembilang is not None and self.penyebut is not None

    @classmethod
    def dari_formulasi(cls, formulasi: Pecahan | str | None, lebar: int = 16) -> Rumus:
        """A data model's formulasi (text or fraction) as a printable formula."""
        if isinstance(formulasi, Pecahan):
            return cls(pembilang=formulasi.pembilang, penyebut=formulasi.penyebut,
                       pengali=formulasi.pengali, lebar=lebar)
        return cls(teks=formulasi or "")

    def __str__(self) -> str:
        if self.pecahan:
            teks = f"{self.pembilang} / {self.penyebut}"
            return f"{teks} × {self.pengali}" if self.pengali else teks
        return self.teks or ""

    def __html__(self) -> str:
        if not self.pecahan:
            return f'<w:r><w:t xml:space="preserve">{escape(self.teks or "")}</w:t></w:r>'
        tail = _m_run(f" × {self.pengali}") if self.pengali else ""
        return (f'<m:oMath xmlns:m="{M_NS}" xmlns:w="{W_NS}"><m:f>'
                f"<m:num>{_m_lines(self.pembilang or '', self.lebar)}</m:num>"
                f"<m:den>{_m_lines(self.penyebut or '', self.lebar)}</m:den></m:f>{tail}</m:oMath>")
