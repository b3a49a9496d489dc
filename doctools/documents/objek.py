"""Values that render themselves as WordprocessingML when a template prints them.

docxtpl inserts anything with ``__html__`` verbatim; the markup comes from :mod:`doctools.oxml`,
which escapes the text. ``Rumus`` prints a run-level element: use it with ``{{r … }}`` so docxtpl
drops the template run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from doctools.model import Pecahan
from doctools.oxml.math import fraction_xml
from doctools.oxml.text import run_xml

if TYPE_CHECKING:
    from doctools.oxml.ns import Xml


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

    def __html__(self) -> Xml:
        if not self.pecahan:
            return run_xml(self.teks or "")
        return fraction_xml(self.pembilang or "", self.penyebut or "", f" × {self.pengali}" if self.pengali else "")
