"""The shipped Word templates: each loads, its shared parts are inserted, and it asks only for data its
document module provides (the declared context is checked against the built one in tests/templat)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docxtpl import DocxTemplate
from jinja2 import meta

from doctools.build import TEMPLATES_DIR
from doctools.documents import KETENTUAN_TEMPLAT, keputusan_iku, susun_semua
from doctools.render import jinja_env, load_template
from doctools.templat import BAGIAN, CariTemplat, siapkan
from tests.conftest import CONTOH, TEMPLATES, SalinanData, tahun_dari

SEMUA_TEMPLAT = sorted(TEMPLATES.glob("*.docx"))
SEMUA_BAGIAN = sorted((TEMPLATES / "bagian").glob("*.docx"))


def _variabel(path: Path) -> set[str]:
    """The top-level names a template asks for, with its shared parts inserted (as docxtpl reads it)."""
    tpl = DocxTemplate(str(path))
    tpl.init_docx()
    siapkan(tpl.docx, CariTemplat().bagian)
    return meta.find_undeclared_variables(jinja_env().parse(tpl.patch_xml(tpl.get_xml())))


def test_direktori_templat() -> None:
    assert TEMPLATES_DIR == TEMPLATES
    assert [p.name for p in SEMUA_TEMPLAT] == sorted(f"{jenis}.docx" for jenis in KETENTUAN_TEMPLAT)
    assert sorted(p.stem for p in SEMUA_BAGIAN) == sorted(BAGIAN)


@pytest.mark.parametrize("path", SEMUA_TEMPLAT + SEMUA_BAGIAN, ids=lambda p: p.name)
def test_templat_dapat_dimuat(path: Path) -> None:
    tpl = load_template(path)
    assert tpl.docx is not None
    assert tpl.docx.paragraphs


def test_variabel_keputusan_iku_tersedia(salin_contoh: SalinanData) -> None:
    [dok] = keputusan_iku.susun(tahun_dari(salin_contoh.folder))
    assert dok.templat == "keputusan-iku.docx"
    diminta = _variabel(TEMPLATES / dok.templat)
    assert diminta <= set(dok.konteks), diminta - set(dok.konteks)
    # the frame every decree prints, its shared parts included
    assert {"kop", "judul", "nomor", "tentang_kapital", "menimbang", "mengingat", "diktum_awal", "diktum_akhir", "ttd",
            "tembusan", "lampiran", "tugas", "fungsi", "tujuan", "iku"} <= diminta


def test_variabel_setiap_templat_tersedia_untuk_contoh() -> None:
    """Every template a document of the example uses asks only for keys that document's context has."""
    dokumen = susun_semua(tahun_dari(CONTOH), triwulan=2)  # the Rencana Aksi's monitoring report too
    dipakai: dict[str, set[str]] = {}
    for dok in dokumen:
        dipakai.setdefault(dok.templat, set(dok.konteks))
        dipakai[dok.templat] &= set(dok.konteks)  # several documents may share one template
    for path in SEMUA_TEMPLAT:
        kurang = _variabel(path) - dipakai[path.name]
        assert not kurang, f"{path.name} memakai data yang tidak disediakan: {sorted(kurang)}"
    assert set(dipakai) == {p.name for p in SEMUA_TEMPLAT}
