"""doctools.oxml.definitions: style and numbering definitions read from one package, added to another."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from doctools.oxml import definitions
from tests.oxml import el

SUMBER = parse_xml(
    f"<w:styles {nsdecls('w')}>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="Kop Instansi"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Isi"/><w:link w:val="Hilang"/></w:style>'
    '<w:style w:type="character" w:styleId="Tebal"><w:name w:val="Tebal"/></w:style>'
    "</w:styles>")


def _tujuan():
    return parse_xml(f"<w:styles {nsdecls('w')}>"
                     '<w:style w:type="paragraph" w:default="true" w:styleId="Biasa"><w:name w:val="Biasa"/></w:style>'
                     '<w:style w:type="paragraph" w:styleId="Isi"><w:name w:val="Isi"/></w:style>'
                     '<w:style w:type="paragraph" w:styleId="KOP"><w:name w:val="KOP INSTANSI"/></w:style>'
                     "</w:styles>")


def test_definisi_gaya_dibaca() -> None:
    gaya = definitions.style_definitions(SUMBER)
    assert list(gaya) == ["Normal", "Kop1", "Tebal"]
    kop = gaya["Kop1"]
    assert (kop.name, kop.type, kop.default, kop.based_on) == ("Kop Instansi", "paragraph", False, "Normal")
    assert gaya["Normal"].default and gaya["Tebal"].type == "character"
    assert b'w:styleId="Kop1"' in kop.xml


def test_gaya_dicari_menurut_id_nama_dan_bawaan() -> None:
    tujuan = _tujuan()
    assert definitions.has_style(tujuan, "Isi") and not definitions.has_style(tujuan, "Kop1")
    [kop] = definitions.styles_named(tujuan, "paragraph", "Kop Instansi")  # any case
    assert definitions.style_id_of(kop) == "KOP"
    assert definitions.styles_named(tujuan, "character", "Kop Instansi") == []
    assert definitions.default_style_id(tujuan, "paragraph") == "Biasa"
    assert definitions.default_style_id(tujuan, "table") is None


def test_gaya_ditambah_menggantikan_dan_ditautkan_ulang() -> None:
    tujuan = _tujuan()
    kop = definitions.style_definitions(SUMBER)["Kop1"]
    lama = definitions.styles_named(tujuan, "paragraph", "kop instansi")[0]
    baru = definitions.add_style(tujuan, kop, "KOP", lama)
    assert [definitions.style_id_of(s) for s in tujuan] == ["Biasa", "Isi", "KOP"]
    assert tujuan[2] is baru and baru.find(qn("w:basedOn")) is not None
    definitions.relink_style(baru, {"Normal": "Biasa"}, lambda sid: definitions.has_style(tujuan, sid))
    # basedOn follows the map; next keeps a style the document has; a link to nothing is dropped
    assert [(c.tag.split("}")[1], c.get(qn("w:val"))) for c in baru if c.tag != qn("w:name")] == \
        [("basedOn", "Biasa"), ("next", "Isi")]
    tambahan = definitions.add_style(tujuan, definitions.style_definitions(SUMBER)["Tebal"], "Tebal2")
    assert tujuan[-1] is tambahan and tambahan.get(qn("w:styleId")) == "Tebal2"


def test_acuan_gaya_dipakai_dan_diganti() -> None:
    p = el('<w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Tebal"/></w:rPr></w:r>'
           '<w:r><w:rPr><w:rStyle w:val="Asing"/></w:rPr></w:r></w:p>')
    assert definitions.used_style_ids(p) == ["Kop1", "Tebal", "Asing"]
    definitions.restyle(p, {"Kop1": "KOP", "Tebal": "Tebal2"}, lambda sid: False)
    assert definitions.used_style_ids(p) == ["KOP", "Tebal2"]  # an unknown style is dropped


NUMBERING = parse_xml(
    f"<w:numbering {nsdecls('w')}>"
    '<w:abstractNum w:abstractNumId="3"><w:nsid w:val="1A2B"/><w:lvl w:ilvl="0"/></w:abstractNum>'
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
    "</w:numbering>")


def test_penomoran_disalin_dengan_id_baru() -> None:
    abstrak, nomor = definitions.numbering_definitions(NUMBERING)
    assert list(abstrak) == ["3"] and nomor == {"5": ("3", nomor["5"][1])}
    tujuan = parse_xml(f"<w:numbering {nsdecls('w')}>"
                       '<w:abstractNum w:abstractNumId="0"/><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                       "</w:numbering>")
    assert definitions.add_numbering(tujuan, abstrak["3"], nomor["5"][1]) == "2"
    assert [c.tag.split("}")[1] for c in tujuan] == ["abstractNum", "abstractNum", "num", "num"]
    salinan = tujuan[1]
    assert salinan.get(qn("w:abstractNumId")) == "1" and salinan.find(qn("w:nsid")) is None
    assert tujuan[3].find(qn("w:abstractNumId")).get(qn("w:val")) == "1"
    p = el('<w:p><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:p>')
    definitions.renumber(p, {"5": "2"}.__getitem__)
    assert p.find(f".//{qn('w:numId')}").get(qn("w:val")) == "2"
