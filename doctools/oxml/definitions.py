"""Style and numbering definitions, read from one package and copied into another.

A shared part of the templates (the kop, a signature) is its own Word file: the styles and list
numbering its content uses are defined there. Inserting the part into a document copies those
definitions; python-docx reads and adds styles by name but cannot copy one between documents, and
has no API for numbering definitions. Which definition wins is :class:`doctools.templat.bagian.Penggabung`'s
decision; finding, adding and relinking them is here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import cast

from docx.oxml.parser import parse_xml
from lxml import etree

from doctools.oxml.ns import W_NS, w

_NS = {"w": W_NS}
_GAYA_ID = etree.XPath("w:style[@w:styleId=$i]", namespaces=_NS)
_GAYA_NAMA = etree.XPath("w:style[@w:type=$t][translate(w:name/@w:val, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                         "'abcdefghijklmnopqrstuvwxyz')=$n]", namespaces=_NS)
_GAYA_BAWAAN = etree.XPath("w:style[@w:type=$t][@w:default='1' or @w:default='true']/@w:styleId", namespaces=_NS)
_ACUAN_GAYA = (w("pStyle"), w("rStyle"), w("tblStyle"))
_TAUTAN_GAYA = (w("basedOn"), w("next"), w("link"))
_W_VAL, _W_STYLE_ID, _W_BASED_ON = w("val"), w("styleId"), w("basedOn")


# ---- styles --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StyleDefinition:
    """A ``w:style`` of a package, with its markup to copy."""

    id: str
    name: str
    type: str
    default: bool
    xml: bytes
    based_on: str | None


def style_definitions(styles: etree._Element) -> dict[str, StyleDefinition]:
    """Every style of a styles part by its id (a style with no name is named by its id)."""
    hasil = {}
    for st in styles.findall(w("style")):
        nama_el = st.find(w("name"))
        dasar = st.find(w("basedOn"))
        sid = cast(str, st.get(_W_STYLE_ID))  # the schema makes it optional; Word and LibreOffice always write it
        hasil[sid] = StyleDefinition(sid, cast(str, nama_el.get(_W_VAL)) if nama_el is not None else sid,
                                     cast(str, st.get(w("type"))), st.get(w("default")) in ("1", "true"),
                                     etree.tostring(st), dasar.get(_W_VAL) if dasar is not None else None)
    return hasil


def used_style_ids(el: etree._Element) -> list[str]:
    """The ids of the paragraph, character and table styles ``el``'s content uses, in order, kind by kind."""
    dipakai: list[str] = []
    for tag in _ACUAN_GAYA:
        dipakai += [s.get(_W_VAL) for s in el.iter(tag)]  # type: ignore[misc]
    return dipakai


def style_id_of(style: etree._Element) -> str:
    return cast(str, style.get(_W_STYLE_ID))


def has_style(styles: etree._Element, sid: str) -> bool:
    return bool(_GAYA_ID(styles, i=sid))


def styles_named(styles: etree._Element, kind: str, name: str) -> list[etree._Element]:
    """The styles of ``kind`` (paragraph, character, table) whose name is ``name``, in any case."""
    return list(_GAYA_NAMA(styles, t=kind, n=name.lower()))


def default_style_id(styles: etree._Element, kind: str) -> str | None:
    """The id of the default style of ``kind``, if the styles part has one."""
    bawaan = _GAYA_BAWAAN(styles, t=kind)
    return str(bawaan[0]) if bawaan else None


def add_style(styles: etree._Element, definition: StyleDefinition, sid: str,
              replacing: etree._Element | None = None) -> etree._Element:
    """A copy of ``definition`` with the id ``sid`` added to ``styles`` (in the place of ``replacing``)."""
    el = parse_xml(definition.xml)
    el.set(_W_STYLE_ID, sid)
    if replacing is not None:
        replacing.addprevious(el)
        styles.remove(replacing)
    else:
        styles.append(el)
    return el


def relink_style(el: etree._Element, ids: Mapping[str, str], has: Callable[[str], bool]) -> None:
    """Point a copied style's ``basedOn``, ``next`` and ``link`` at the styles they became.

    ``ids`` maps the source package's ids to the document's. A ``next`` or ``link`` to a style
    the document has under the same id keeps it; a link to nothing is removed.
    """
    for tag in _TAUTAN_GAYA:
        acuan = el.find(tag)
        if acuan is None:
            continue
        target = ids.get(acuan.get(_W_VAL, ""))
        if target is None and tag != _W_BASED_ON and has(acuan.get(_W_VAL, "")):
            target = acuan.get(_W_VAL)
        if target is None:
            el.remove(acuan)
        else:
            acuan.set(_W_VAL, target)


def restyle(el: etree._Element, ids: Mapping[str, str], has: Callable[[str], bool]) -> None:
    """Point ``el``'s paragraph, character and table styles at the document's; drop those it lacks."""
    for s in el.iter(*_ACUAN_GAYA):
        sid = s.get(_W_VAL, "")
        if sid in ids:
            s.set(_W_VAL, ids[sid])
        elif not has(sid) and (induk := s.getparent()) is not None:
            induk.remove(s)


# ---- numbering -----------------------------------------------------------------------------------


def numbering_definitions(numbering: etree._Element) -> tuple[dict[str, bytes], dict[str, tuple[str, bytes]]]:
    """A numbering part's abstract definitions (id → markup) and its lists (numId → (abstract id, markup))."""
    abstrak: dict[str, bytes] = {}
    nomor: dict[str, tuple[str, bytes]] = {}
    for a in numbering.findall(w("abstractNum")):
        abstrak[cast(str, a.get(w("abstractNumId")))] = etree.tostring(a)
    for num in numbering.findall(w("num")):
        acuan = num.find(w("abstractNumId"))
        nomor[cast(str, num.get(w("numId")))] = (cast(str, acuan.get(_W_VAL)) if acuan is not None else "",
                                                 etree.tostring(num))
    return abstrak, nomor


def add_numbering(numbering: etree._Element, abstract: bytes | None, num: bytes) -> str:
    """Copy a list (``num``, with its ``abstract`` definition) into a numbering part under new ids; its numId.

    The abstract definition loses its ``w:nsid``, so Word does not take it for the source's list.
    """
    id_abstrak = [int(a.get(w("abstractNumId"))) for a in numbering.findall(w("abstractNum"))]  # type: ignore[arg-type]
    id_num = [int(n.get(w("numId"))) for n in numbering.findall(w("num"))]  # type: ignore[arg-type]
    abstrak_baru = str(max(id_abstrak, default=-1) + 1)
    num_baru = str(max(id_num, default=0) + 1)
    if abstract is not None:
        a = parse_xml(abstract)
        a.set(w("abstractNumId"), abstrak_baru)
        for nsid in a.findall(w("nsid")):
            a.remove(nsid)
        pertama_num = numbering.find(w("num"))
        if pertama_num is not None:
            pertama_num.addprevious(a)
        else:
            numbering.append(a)
    el = parse_xml(num)
    el.set(w("numId"), num_baru)
    acuan = el.find(w("abstractNumId"))
    if acuan is not None:
        acuan.set(_W_VAL, abstrak_baru)
    numbering.append(el)
    return num_baru


def renumber(el: etree._Element, num_id: Callable[[str], str]) -> None:
    """Every list reference (``w:numId``) inside ``el`` changed to ``num_id`` of it."""
    for num in el.iter(w("numId")):
        num.set(_W_VAL, num_id(num.get(_W_VAL, "")))
