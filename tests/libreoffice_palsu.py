"""Fake LibreOffice programs for the tests: ``soffice`` and a Python with ``uno``, as Python scripts.

Each fake logs its arguments to ``panggilan.jsonl`` beside itself (read with :func:`panggilan`).
Any file name works (``soffice``, ``soffice.exe``, ``python.exe``), so Windows and macOS install
layouts can be laid out on any system.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

TOC_XML = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
           '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r></w:p></w:body></w:document>')

# A fake soffice: logs its arguments beside itself, then writes a PDF for every .docx into --outdir.
MENULIS = """
catat(args)
outdir = pathlib.Path(args[args.index("--outdir") + 1])
for a in args:
    if a.endswith(".docx"):
        (outdir / (pathlib.Path(a).stem + ".pdf")).write_bytes(b"%PDF-1.4 palsu")
"""

# A fake Python with uno: answers the probe, and as toc.py (SOFFICE PROFILE OUTDIR FILES) writes PDFs.
PYTHON_UNO = """
catat(args)
if args[:2] == ["-c", "import uno"]:
    sys.exit(0)
_, soffice, profil, outdir, *berkas = args
for a in berkas:
    (pathlib.Path(outdir) / (pathlib.Path(a).stem + ".pdf")).write_bytes(b"%PDF-1.4 daftar isi")
"""

# A fake that locks its documents, starts a child (as oosplash starts soffice.bin), records both pids, hangs.
MENGGANTUNG = """
catat(args)
if args[:2] == ["-c", "import uno"]:
    sys.exit(0)
for a in args:  # LibreOffice locks each document it opens
    if a.endswith(".docx"):
        pathlib.Path(a).with_name(f".~lock.{pathlib.Path(a).name}#").write_text("kunci")
anak = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
sementara = FOLDER / "pid.json.tmp"
sementara.write_text(json.dumps({"induk": os.getpid(), "anak": anak.pid, "args": args}))
os.replace(sementara, FOLDER / "pid.json")
time.sleep(600)
"""

KEPALA = """#!{python}
import json, os, pathlib, subprocess, sys, time
FOLDER = pathlib.Path(__file__).resolve().parent
args = sys.argv[1:]
def catat(a):
    with open(FOLDER / "panggilan.jsonl", "a", encoding="utf-8") as log:
        log.write(json.dumps({{"program": pathlib.Path(__file__).name, "args": a}}) + "\\n")
"""


def palsu(path: Path, badan: str) -> Path:
    """An executable Python script at ``path`` (any name: ``soffice``, ``soffice.exe``, ``python``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(KEPALA.format(python=sys.executable) + badan, encoding="utf-8")
    path.chmod(0o755)
    return path


def panggilan(folder: Path) -> list[dict[str, object]]:
    log = folder / "panggilan.jsonl"
    return [json.loads(b) for b in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def docx_palsu(folder: Path, nama: str, daftar_isi: bool = False) -> Path:
    """A small .docx-shaped zip (with a TOC field when asked): enough for ke_pdf's checks."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{nama}.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", TOC_XML if daftar_isi else TOC_XML.replace("TOC", "PAGE"))
    return path
