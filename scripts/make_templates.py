"""Regenerate the shipped Word templates in ``templates_docx/``.

    python scripts/make_templates.py

The .docx files are the source of truth for users (they open and edit them in Word); this script
is how the project keeps them consistent. Each template uses docxtpl tags; every value a tag
prints is computed by ``doctools.documents``, never here. One ``tpl_<kind>.py`` module per
template; shared parts (styles, kop, signatures) live in ``template_parts.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tpl_keputusan_iki  # noqa: E402
import tpl_keputusan_iku  # noqa: E402
import tpl_laporan_kinerja  # noqa: E402
import tpl_perjanjian_kinerja  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "templates_docx"

BUILDERS = [
    tpl_keputusan_iku.keputusan_iku,
    tpl_keputusan_iki.keputusan_iki,
    tpl_perjanjian_kinerja.perjanjian_kinerja,
    tpl_laporan_kinerja.laporan_kinerja,
]

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for build in BUILDERS:
        build(OUT)
    print(f"templates written to {OUT}")
