"""doctools.tata_letak.libreoffice: the PDF profile draws equations in the font and size their runs ask for."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from doctools.oxml.math import fraction_xml
from doctools.tata_letak.libreoffice import ProfilRusak, atur_profil, huruf_rumus, versi_libreoffice

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


# registrymodifications.xcu as LibreOffice 7.4 writes it back after a conversion with an earlier font
XCU_LIBREOFFICE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Math/FontFormatList"><node oor:name="doctools" oor:op="replace"><prop oor:name="Name" oor:op="fuse"><value>Huruf Lama</value></prop><prop oor:name="Pitch" oor:op="fuse"><value>2</value></prop></node></item>
<item oor:path="/org.openoffice.Office.Math/StandardFormat"><prop oor:name="BaseSize" oor:op="fuse"><value>14</value></prop></item>
<item oor:path="/org.openoffice.Office.Math/StandardFormat"><prop oor:name="TextFont" oor:op="fuse"><value>doctools</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def _profil_lama(tmp_path: Path) -> Path:
    xcu = tmp_path / "profil" / "user" / "registrymodifications.xcu"
    xcu.parent.mkdir(parents=True)
    xcu.write_text(XCU_LIBREOFFICE, encoding="utf-8")
    return xcu


def test_profil_lama_digabung_huruf_lama_diganti(tmp_path: Path) -> None:
    """A kept profile keeps LibreOffice's own settings; the formula settings are this batch's only."""
    xcu = _profil_lama(tmp_path)
    atur_profil(tmp_path / "profil", [_docx(tmp_path / "b.docx", _rumus_berhuruf("Bookman Old Style", 17))])
    teks = xcu.read_text(encoding="utf-8")
    assert "Huruf Lama" not in teks and "<value>14</value>" not in teks
    assert teks.count("<value>Bookman Old Style</value>") == 1 and teks.count('oor:name="BaseSize"') == 1
    assert "<value>8</value>" in teks
    assert '<prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop>' in teks
    assert '<prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop>' in teks
    assert not list(xcu.parent.glob("*.doctools"))  # written through a temporary file, renamed


def test_profil_lama_tanpa_rumus_kehilangan_huruf_lama(tmp_path: Path) -> None:
    xcu = _profil_lama(tmp_path)
    atur_profil(tmp_path / "profil", [_docx(tmp_path / "a.docx", "<w:r><w:t>teks</w:t></w:r>")])
    teks = xcu.read_text(encoding="utf-8")
    assert "Office.Math" not in teks and "FirstRun" in teks and "ooSetupInstCompleted" in teks


@pytest.mark.parametrize("isi", [b"\x00\x01 sampah", b'<?xml version="1.0"?><oor:items xmlns:oor="x"><item',
                                 b"<bukan-pengaturan/>"], ids=["sampah", "terpotong", "akar-lain"])
def test_pengaturan_tak_terbaca_adalah_profil_rusak(tmp_path: Path, isi: bytes) -> None:
    xcu = tmp_path / "profil" / "user" / "registrymodifications.xcu"
    xcu.parent.mkdir(parents=True)
    xcu.write_bytes(isi)
    with pytest.raises(ProfilRusak, match="registrymodifications.xcu"):
        atur_profil(tmp_path / "profil", [_docx(tmp_path / "b.docx", _rumus_berhuruf("A", 18))])
    assert xcu.read_bytes() == isi


# main.xcd as LibreOffice 7.4 ships it (the declaration of the property, then its value)
MAIN_XCD = (b'<oor:data xmlns:oor="http://openoffice.org/2001/registry"><prop oor:name="ooSetupVersion" '
            b'oor:type="xs:string" oor:nillable="false">\n<value/>\n</prop>\n<prop oor:name="ooSetupVersion">\n'
            b'        <value>7.4</value>\n</prop><prop oor:name="ooSetupVersionAboutBox"><value>7.4.7.2</value>'
            b'</prop></oor:data>')


@pytest.mark.parametrize(("program", "registry"), [
    ("LibreOffice/program/soffice", "LibreOffice/share/registry"),  # Linux, Windows
    ("LibreOffice.app/Contents/MacOS/soffice", "LibreOffice.app/Contents/Resources/registry"),  # macOS
], ids=["linux-windows", "macos"])
def test_versi_dibaca_dari_konfigurasi_pemasangan(tmp_path: Path, program: str, registry: str) -> None:
    soffice = tmp_path / program
    soffice.parent.mkdir(parents=True)
    soffice.write_text("")
    (tmp_path / registry).mkdir(parents=True)
    (tmp_path / registry / "main.xcd").write_bytes(MAIN_XCD)
    assert versi_libreoffice(str(soffice)) == "7.4"
    if os.name == "posix":  # /usr/bin/soffice links into the installation
        tautan = tmp_path / "bin" / "soffice"
        tautan.parent.mkdir()
        tautan.symlink_to(soffice)
        assert versi_libreoffice(str(tautan)) == "7.4"


def test_versi_tidak_terbaca(tmp_path: Path) -> None:
    (tmp_path / "program").mkdir()
    assert versi_libreoffice(str(tmp_path / "program" / "soffice")) is None  # a wrapper script, say
    (tmp_path / "share" / "registry").mkdir(parents=True)
    (tmp_path / "share" / "registry" / "main.xcd").write_bytes(MAIN_XCD.replace(b"7.4</value>", b"</value>"))
    assert versi_libreoffice(str(tmp_path / "program" / "soffice2")) is None


def test_versi_dicatat_sebagai_versi_terakhir(tmp_path: Path) -> None:
    """The last version that ran is recorded (LibreOffice skips its graphics self-test); an earlier one replaced."""
    tanpa_rumus = [_docx(tmp_path / "a.docx", "<w:r><w:t>teks</w:t></w:r>")]
    atur_profil(tmp_path / "baru", tanpa_rumus, "7.4")
    teks = (tmp_path / "baru" / "user" / "registrymodifications.xcu").read_text(encoding="utf-8")
    assert ('<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">'
            "<value>7.4</value></prop></item>") in teks and "Office.Math" not in teks
    xcu = _profil_lama(tmp_path)
    xcu.write_text(XCU_LIBREOFFICE.replace("</oor:items>", '<item oor:path="/org.openoffice.Setup/Product"><prop '
                                           'oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.3</value></prop>'
                                           "</item>\n</oor:items>"), encoding="utf-8")
    atur_profil(tmp_path / "profil", tanpa_rumus)  # the version unknown this time: the recorded one stays
    assert "<value>7.3</value>" in xcu.read_text(encoding="utf-8")
    atur_profil(tmp_path / "profil", tanpa_rumus, "24.2")
    teks = xcu.read_text(encoding="utf-8")
    assert "<value>7.3</value>" not in teks and teks.count("ooSetupLastVersion") == 1 and "<value>24.2</value>" in teks
    assert "FirstRun" in teks and "ooSetupInstCompleted" in teks
