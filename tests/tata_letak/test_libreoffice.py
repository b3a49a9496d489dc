"""doctools.tata_letak.libreoffice: the PDF profile draws equations in the font and size their runs ask for."""

from __future__ import annotations

import zipfile
from pathlib import Path

from doctools.oxml.math import fraction_xml
from doctools.tata_letak.libreoffice import atur_profil, huruf_rumus

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, isi: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}" xmlns:m="{M}"><w:body><w:p>{isi}</w:p></w:body></w:document>')
    return path


def _rumus_berhuruf(nama: str, setengah_pt: int) -> str:
    return fraction_xml("a", "b").replace(
        "<m:rPr><m:nor/></m:rPr>",
        f'<m:rPr><m:nor/></m:rPr><w:rPr><w:rFonts w:ascii="{nama}"/><w:sz w:val="{setengah_pt}"/></w:rPr>', 1)


def test_huruf_rumus_pertama_dari_dokumen_pertama_yang_punya(tmp_path: Path) -> None:
    tanpa = _docx(tmp_path / "a.docx", "<w:r><w:t>teks</w:t></w:r>")
    rusak = tmp_path / "rusak.docx"
    rusak.write_bytes(b"bukan zip")
    dengan = _docx(tmp_path / "b.docx", _rumus_berhuruf("Bookman Old Style", 17))
    assert huruf_rumus([tanpa, rusak, tmp_path / "hilang.docx", dengan]) == ("Bookman Old Style", 8)
    assert huruf_rumus([tanpa]) is None


def test_profil_ditulis_hanya_bila_ada_rumus(tmp_path: Path) -> None:
    profil = tmp_path / "profil"
    atur_profil(profil, [_docx(tmp_path / "a.docx", "<w:r><w:t>teks</w:t></w:r>")])
    assert not profil.exists()
    atur_profil(profil, [_docx(tmp_path / "b.docx", _rumus_berhuruf("A &amp; B", 18))])
    xcu = (profil / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert "<value>9</value>" in xcu and "<value>A &amp; B</value>" in xcu
