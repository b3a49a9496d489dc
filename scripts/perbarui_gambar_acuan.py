"""Refresh the reference page images of the visual regression test (``tests/gambar_acuan/``).

    python scripts/perbarui_gambar_acuan.py

Run it on purpose, after looking at a layout change: it renders the example's documents through
LibreOffice exactly as the test does and replaces every reference image. Review the changed images
(``git diff --stat tests/gambar_acuan``) before committing them. Needs LibreOffice, python3-uno and
poppler-utils, as the test does.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.halaman import ACUAN, perbarui  # noqa: E402

if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="acuan-") as sementara:
        ditulis = perbarui(Path(sementara))
    print(f"{len(ditulis)} gambar halaman ditulis ke {ACUAN}")
