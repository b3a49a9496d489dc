"""Help headings and usage mistakes are in Bahasa Indonesia, with a non-zero exit."""

from __future__ import annotations

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
