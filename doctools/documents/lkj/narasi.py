"""Narrative text as real Word paragraphs: body paragraphs and bullet items in the template's styles.

A :class:`Narasi` prints WordprocessingML paragraphs when a template writes ``{{p x }}`` (docxtpl
replaces the tag's paragraph with them). The paragraphs carry style ids only, so a secretariat
changes how every narrative looks by editing the styles "Teks LKj" and "Butir LKj" in the
template, and the user edits the text in Word like any other paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from doctools.oxml.ns import Xml
from doctools.oxml.text import paragraph_xml

if TYPE_CHECKING:
    from doctools.model.lkj import BlokNarasi

GAYA_TEKS = "Teks LKj"
GAYA_BUTIR = "Butir LKj"


@dataclass(frozen=True)
class Narasi:
    """Paragraphs and bullet items, printed as Word paragraphs with ``{{p … }}``."""

    blok: tuple[BlokNarasi, ...] = ()
    gaya: str = GAYA_TEKS
    gaya_butir: str = GAYA_BUTIR
    tahan_akhir: bool = False
    """Keep the last paragraph on the page of what follows (a signature block)."""

    @classmethod
    def dari_teks(cls, teks: str | None, *, gaya: str = GAYA_TEKS, gaya_butir: str = GAYA_BUTIR) -> Narasi:
        """The user's text in the narrative format (see :mod:`doctools.model.lkj`)."""
        from doctools.model.lkj import urai_narasi  # the LKj's model only when a narrative is composed

        return cls(tuple(urai_narasi(teks or "")), gaya, gaya_butir)

    @classmethod
    def paragraf(cls, kalimat: Iterable[str], *, gaya: str = GAYA_TEKS, gaya_butir: str = GAYA_BUTIR) -> Narasi:
        """Generated paragraphs, one per item (empty items are dropped)."""
        from doctools.model.lkj import BlokNarasi

        return cls(tuple(BlokNarasi("paragraf", k) for k in kalimat if k), gaya, gaya_butir)

    @classmethod
    def butir(cls, item: Iterable[str], *, gaya: str = GAYA_TEKS, gaya_butir: str = GAYA_BUTIR) -> Narasi:
        """Generated bullet items."""
        from doctools.model.lkj import BlokNarasi

        return cls(tuple(BlokNarasi("butir", k) for k in item if k), gaya, gaya_butir)

    def __add__(self, lain: Narasi) -> Narasi:
        return Narasi(self.blok + lain.blok, self.gaya, self.gaya_butir, lain.tahan_akhir)

    def ditahan(self) -> Narasi:
        """The same text, its last paragraph kept with the next (e.g. the signature after it)."""
        return Narasi(self.blok, self.gaya, self.gaya_butir, True)

    def __bool__(self) -> bool:
        return bool(self.blok)

    def __str__(self) -> str:
        return "\n".join(("- " if b.jenis == "butir" else "") + b.teks for b in self.blok)

    def __html__(self) -> Xml:
        """One ``w:p`` per block; a paragraph that introduces bullets stays on the page of the first."""
        hasil = []
        for i, b in enumerate(self.blok):
            berikut = self.blok[i + 1] if i + 1 < len(self.blok) else None
            tahan = (b.jenis == "paragraf" and berikut is not None and berikut.jenis == "butir") or \
                (berikut is None and self.tahan_akhir)
            hasil.append(paragraph_xml(b.teks, self.gaya_butir if b.jenis == "butir" else self.gaya, keep_next=tahan))
        return Xml("".join(hasil))
