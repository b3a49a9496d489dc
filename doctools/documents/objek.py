"""Values that render themselves as WordprocessingML when a template prints them.

docxtpl inserts anything with ``__html__`` verbatim, so these objects escape their own text.
``Rumus`` prints a run-level element: use it with ``{{r … }}`` so docxtpl drops the template run.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from doctools.model import Pecahan

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def _m_run(text: str) -> str:
    """A math run of normal (upright, non-math) text.

    ``m:nor`` alone: the schema allows either ``m:nor`` or ``m:sty``, never both, and LibreOffice
    reads ``m:nor`` as text. Font, size and line breaks are set after rendering, from the cell the
    equation sits in (:mod:`doctools.tata_letak.rumus`).
    """
    return f'<m:r><m:rPr><m:nor/></m:rPr><m:t xml:space="preserve">{escape(text)}</m:t></m:r>'


@dataclass(frozen=True)
class Rumus:
    """A formula: plain text, or a fraction rendered as an editable Word equation (OMML)."""

    teks: str | None = None
    pembilang: str | None = None
    penyebut: str | None = None
    pengali: str | None = None

    @property
    def pecahan(self) -> bool:
        return self.pembilang is not None and self.penyebut is not None

    @classmethod
    def dari_formulasi(cls, formulasi: Pecahan | str | None) -> Rumus:
        """A data model's formulasi (text or fraction) as a printable formula."""
        if isinstance(formulasi, Pecahan):
            return cls(pembilang=formulasi.pembilang, penyebut=formulasi.penyebut, pengali=formulasi.pengali)
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
                f"<m:num>{_m_run(self.pembilang or '')}</m:num>"
                f"<m:den>{_m_run(self.penyebut or '')}</m:den></m:f>{tail}</m:oMath>")
