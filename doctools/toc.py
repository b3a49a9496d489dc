"""Refresh the Daftar Isi (TOC) and fields of .docx files in LibreOffice, then export them to PDF.

``soffice --convert-to pdf`` prints a TOC field's cached text as it is, so a document whose TOC
Word would fill on opening gets a placeholder in its PDF. Through LibreOffice's UNO API the TOC is
rebuilt from the headings (with the page numbers of the laid-out document) before the export.

This file is a standalone script, not imported by doctools: it runs under a Python that has
LibreOffice's ``uno`` module (Debian: the system ``/usr/bin/python3`` with ``python3-uno``; Windows
and macOS: the Python LibreOffice ships beside ``soffice``), which is usually not the Python
doctools is installed in, so it keeps to what such a Python has (no third-party modules)::

    /usr/bin/python3 toc.py SOFFICE PROFILE_DIR OUTDIR FILE.docx [FILE.docx ...]

It starts one LibreOffice (private profile ``PROFILE_DIR``), writes ``OUTDIR/<name>.pdf`` for each
file, and exits 0; on failure it prints the reason on stderr and exits 1. ``doctools.pdf`` runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

BATAS_SAMBUNG = 60.0  # seconds to wait for LibreOffice to accept the UNO connection


def _properti(nama: str, nilai: object) -> object:
    from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

    p = PropertyValue()
    p.Name, p.Value = nama, nilai
    return p


def _sambung(proses: subprocess.Popen[bytes], pipa: str) -> object:
    import uno  # type: ignore[import-not-found]

    lokal = uno.getComponentContext()
    resolver = lokal.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", lokal)
    batas = time.monotonic() + BATAS_SAMBUNG
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipa};urp;StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - NoConnectException until LibreOffice listens
            if proses.poll() is not None:
                raise RuntimeError(f"LibreOffice berhenti sebelum dapat dihubungi (kode {proses.returncode})") from None
            if time.monotonic() > batas:
                raise RuntimeError("LibreOffice tidak dapat dihubungi melalui UNO") from None
            time.sleep(0.1)


def _perbarui_dan_ekspor(desktop: object, sumber: Path, pdf: Path) -> None:
    import uno

    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(sumber)), "_blank", 0,  # type: ignore[attr-defined]
                                       (_properti("Hidden", True),))
    if doc is None:
        raise RuntimeError(f"{sumber.name} tidak dapat dibuka")
    try:
        indeks = doc.getDocumentIndexes()
        for _ in range(2 if indeks.getCount() else 0):  # a longer TOC moves what follows it; the second pass
            for i in range(indeks.getCount()):            # sees the final pages. Without a TOC: exported as
                indeks.getByIndex(i).update()             # --convert-to would (a share holds both kinds)
            doc.getTextFields().refresh()
            doc.refresh()
        doc.storeToURL(uno.systemPathToFileUrl(str(pdf)), (_properti("FilterName", "writer_pdf_Export"),))
    finally:
        doc.close(True)


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print("pemakaian: toc.py SOFFICE PROFIL FOLDER_PDF BERKAS.docx ...", file=sys.stderr)
        return 2
    soffice, profil, keluar, *berkas = argv
    pipa = f"doctools_{os.getpid()}"
    proses = subprocess.Popen(
        [soffice, f"-env:UserInstallation={Path(profil).resolve().as_uri()}", "--headless", "--invisible",
         "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         f"--accept=pipe,name={pipa};urp;StarOffice.ComponentContext"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        konteks = _sambung(proses, pipa)
        desktop = konteks.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", konteks)  # type: ignore[attr-defined]
        for nama in berkas:
            sumber = Path(nama).resolve()
            _perbarui_dan_ekspor(desktop, sumber, Path(keluar).resolve() / f"{sumber.stem}.pdf")
        return 0
    except Exception as exc:  # noqa: BLE001 - reported to doctools.pdf, which raises ConversionError
        print(f"{exc}", file=sys.stderr)
        return 1
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001 - the bridge closes while LibreOffice quits
                pass
        try:
            proses.wait(timeout=30)
        except subprocess.TimeoutExpired:
            _hentikan(proses)


def _hentikan(proses: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice that did not quit: on Windows its whole tree (soffice.exe starts soffice.bin).

    On other systems doctools.pdf kills this script's process group, LibreOffice included, once
    this script has exited.
    """
    if os.name == "nt":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proses.pid)], capture_output=True, check=False)
    proses.kill()
    proses.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
