"""The command's console: output on a console that is not UTF-8, click's messages in Bahasa Indonesia.

A console that is not UTF-8 (Windows: cp1252, cp437, or output redirected to a file) has no 'ŝ',
'→' or '≥'; the command shows '?' for them instead of crashing.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from doctools.konsol import konsol_aman, terjemah_click


def test_aliran_cp1252_tidak_gagal() -> None:
    polos = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    with pytest.raises(UnicodeEncodeError):
        polos.write("Kecamatan Ŝ → ≥ 80\n")
        polos.flush()
    mentah = io.BytesIO()
    aliran = io.TextIOWrapper(mentah, encoding="cp1252")
    konsol_aman(aliran)
    aliran.write("Kecamatan Ŝ → ≥ 80 é\n")
    aliran.flush()
    assert mentah.getvalue() == "Kecamatan ? ? ? 80 é\n".encode("cp1252")


def _doctools(args: list[str], cwd: Path, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "doctools", *args], cwd=cwd, env=env, capture_output=True,
                          timeout=120, check=False)


@pytest.mark.parametrize("encoding", ["cp1252", "cp437"])
def test_perintah_di_konsol_windows(tmp_path: Path, encoding: str) -> None:
    hasil = _doctools(["init", "sukamaju-ŝ"], tmp_path, encoding)
    assert hasil.returncode == 0, hasil.stderr.decode(encoding)
    keluaran = hasil.stdout.decode(encoding)
    assert "ditulis: sukamaju-?" in keluaran and "Traceback" not in hasil.stderr.decode(encoding)
    assert (tmp_path / "sukamaju-ŝ" / "instansi.yaml").is_file()

    hasil = _doctools(["check", "tidak-ada-ŝ"], tmp_path, encoding)  # a galat that quotes the name
    galat = hasil.stderr.decode(encoding) + hasil.stdout.decode(encoding)
    assert hasil.returncode == 2 and "tidak-ada-?" in galat and "Traceback" not in galat, galat


@pytest.mark.parametrize(("asli", "terjemahan"), [
    ("Missing argument 'DATA'.", "argumen DATA belum diberikan"),
    ("No such option: --jobz Did you mean --jobs?", "opsi --jobz tidak dikenal; maksudnya --jobs?"),
    ("No such command 'buld'. Did you mean 'build'?", "perintah 'buld' tidak dikenal; maksudnya 'build'?"),
    ("Invalid value for '-j' / '--jobs': 0 is not in the range x>=1.",
     "nilai tidak sah untuk '-j' / '--jobs': 0 terlalu kecil; paling kecil 1"),
    ("Invalid value for '--format': 'xml' is not one of 'teks', 'json'.",
     "nilai tidak sah untuk '--format': 'xml' bukan pilihan yang sah; pilih 'teks' atau 'json'"),
    ("Something click says that nobody translated.", "perintah tidak dapat dipahami; periksa nama opsi dan argumennya"),
])
def test_pesan_click_dalam_bahasa_indonesia(asli: str, terjemahan: str) -> None:
    assert terjemah_click(asli) == terjemahan
