"""Help headings and usage mistakes are in Bahasa Indonesia, with a non-zero exit."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from doctools.cli import main


def test_help_headings_in_indonesian() -> None:
    for args in (["--help"], ["build", "--help"], ["check", "--help"], ["init", "--help"]):
        hasil = CliRunner().invoke(main, args)
        assert hasil.exit_code == 0
        assert hasil.output.startswith("Penggunaan: ")
        assert "Opsi:" in hasil.output and "Options:" not in hasil.output and "Usage:" not in hasil.output


def test_missing_argument() -> None:
    hasil = CliRunner().invoke(main, ["build"])
    assert hasil.exit_code == 2
    assert "galat: argumen DATA belum diberikan" in hasil.output
    assert "build --help' untuk bantuan." in hasil.output


def test_unknown_command_suggests() -> None:
    hasil = CliRunner().invoke(main, ["bild"])
    assert hasil.exit_code == 2
    assert "galat: perintah 'bild' tidak dikenal; maksudnya 'build'?" in hasil.output


def test_unknown_option_and_bad_value() -> None:
    hasil = CliRunner().invoke(main, ["build", "--xyz", "data"])
    assert hasil.exit_code == 2 and "galat: opsi --xyz tidak dikenal" in hasil.output
    hasil = CliRunner().invoke(main, ["build", "--jobs", "0", "data"])
    assert hasil.exit_code == 2 and "galat: nilai tidak sah untuk '-j' / '--jobs'" in hasil.output


@pytest.mark.parametrize(("argumen", "pesan"), [
    (["build", "data", "-j", "abc"], "galat: nilai tidak sah untuk '-j' / '--jobs': 'abc' bukan bilangan bulat"),
    (["build", "data", "-j", "0"], "galat: nilai tidak sah untuk '-j' / '--jobs': 0 terlalu kecil; paling kecil 1"),
    (["check", "data", "--format", "xml"],
     "galat: nilai tidak sah untuk '--format': 'xml' bukan pilihan yang sah; pilih 'teks' atau 'json'"),
    (["check", "data", "--batas-pk", "-1"], "galat: nilai tidak sah untuk '--batas-pk': -1 terlalu kecil; paling kecil 0"),
    (["build", "data", "--pdf=ya"], "galat: opsi --pdf tidak menerima nilai; tulis --pdf saja"),
    (["build", "data", "--jo", "2"], "galat: opsi --jo tidak dikenal; maksudnya --jobs?"),
    (["build", "data", "-o", __file__], f"galat: nilai tidak sah untuk '-o' / '--keluar': '{__file__}' adalah berkas, "
                                        "bukan folder"),
])
def test_pesan_click_berbahasa_indonesia(argumen: list[str], pesan: str) -> None:
    hasil = CliRunner().invoke(main, argumen)
    assert hasil.exit_code == 2
    assert hasil.output.splitlines()[0] == pesan
    assert not re.search(r"\b(is not|Invalid|Option|Did you|does not|valid)\b", hasil.output)
