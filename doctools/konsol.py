"""The command's console: click speaking Bahasa Indonesia, errors as lines, a console that never crashes.

click writes its help headings and usage errors in English; they are given in Bahasa Indonesia
(:class:`Bantuan`, :func:`terjemah_click`). A :class:`~doctools.errors.DocToolsError` is printed
one line per problem with a non-zero exit, a traceback only with ``--debug`` (:class:`Akar`). A
console that cannot show a character prints '?' for it (:func:`konsol_aman`). The commands
themselves are :mod:`doctools.cli`.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from typing import Any, TextIO

import click

from doctools.errors import DocToolsError


class Bantuan(click.HelpFormatter):
    """Help text headings in Bahasa Indonesia (click writes them in English)."""

    JUDUL = {"Options": "Opsi", "Commands": "Perintah", "Arguments": "Argumen"}

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix="Penggunaan: " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(self.JUDUL.get(heading, heading))


class Konteks(click.Context):
    formatter_class = Bantuan


class Perintah(click.Command):
    context_class = Konteks


_PESAN_CLICK = (
    (re.compile(r"^Missing argument '(.+?)(?:\.\.\.)?'\.$"), "argumen {0} belum diberikan"),
    (re.compile(r"^No such option:? '?([^'\s]+?)'?\.? Did you mean '?([^'\s]+?)'?\?$"), "opsi {0} tidak dikenal; maksudnya {1}?"),
    (re.compile(r"^No such option:? '?([^'\s]+?)'?\.?$"), "opsi {0} tidak dikenal"),
    (re.compile(r"^No such command '(.+?)'\. Did you mean '(.+?)'\?$"), "perintah '{0}' tidak dikenal; maksudnya '{1}'?"),
    (re.compile(r"^No such command '(.+)'\.$"), "perintah '{0}' tidak dikenal"),
    (re.compile(r"^Option '(.+)' requires an argument\.$"), "opsi {0} memerlukan nilai"),
    (re.compile(r"^Option '(.+)' does not take a value\.$"), "opsi {0} tidak menerima nilai; tulis {0} saja"),
    (re.compile(r"^Option '(.+)' requires (\d+) arguments\.$"), "opsi {0} memerlukan {1} nilai"),
    (re.compile(r"^Got unexpected extra arguments? \((.+)\)$"), "argumen berlebih: {0}"),
    (re.compile(r"^Missing option '(.+)'\.$"), "opsi {0} wajib diberikan"),
)
_NILAI_CLICK = (
    (re.compile(r"^'(.*)' is not a valid integer(?: range)?\.?$"), "'{0}' bukan bilangan bulat"),
    (re.compile(r"^'(.*)' is not a valid float(?: range)?\.?$"), "'{0}' bukan angka"),
    (re.compile(r"^(.+) is not in the range x>=(.+?)\.?$"), "{0} terlalu kecil; paling kecil {1}"),
    (re.compile(r"^(.+) is not in the range x<=(.+?)\.?$"), "{0} terlalu besar; paling besar {1}"),
    (re.compile(r"^(.+) is not in the range (.+?)<=x<=(.+?)\.?$"), "{0} harus antara {1} dan {2}"),
    (re.compile(r"^(?:File|Directory|Path) '(.+)' is a file\.?$"), "'{0}' adalah berkas, bukan folder"),
    (re.compile(r"^(?:File|Directory|Path) '(.+)' is a directory\.?$"), "'{0}' adalah folder, bukan berkas"),
    (re.compile(r"^(?:File|Directory|Path) '(.+)' does not exist\.?$"), "'{0}' tidak ada"),
    (re.compile(r"^(?:File|Directory|Path) '(.+)' is not (?:readable|writable)\.?$"), "'{0}' tidak dapat diakses"),
)


def _terjemah_pola(pesan: str, pola: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for p, terjemahan in pola:
        cocok = p.match(pesan)
        if cocok:
            return terjemahan.format(*cocok.groups()).replace("' or '", "' atau '")
    return None


def _pilihan_click(pesan: str) -> str:
    cocok = re.match(r"^'(.*)' is not (?:one of )?(.+?)\.?$", pesan)
    if cocok is None:
        return "nilainya tidak dapat dipakai"
    *awal, akhir = cocok.group(2).split(", ")
    return f"'{cocok.group(1)}' bukan pilihan yang sah; pilih " + (f"{', '.join(awal)} atau {akhir}" if awal else akhir)


def terjemah_click(pesan: str) -> str:
    """click's usage message in Bahasa Indonesia; an unknown one is described, never left in English."""
    terjemahan = _terjemah_pola(pesan, _PESAN_CLICK)
    if terjemahan is not None:
        return terjemahan
    nilai = re.match(r"^Invalid value for (.+?): (.*)$", pesan, re.DOTALL)
    if nilai:
        isi = _terjemah_pola(nilai.group(2).strip(), _NILAI_CLICK) or _pilihan_click(nilai.group(2).strip())
        return f"nilai tidak sah untuk {nilai.group(1)}: {isi}"
    return "perintah tidak dapat dipahami; periksa nama opsi dan argumennya"


def konsol_aman(*aliran: TextIO) -> None:
    """Characters the console cannot show become '?' instead of a UnicodeEncodeError.

    A Windows console page (cp1252, cp437), or output redirected to a file there, has no '→',
    '≥' or 'ŝ'; a message or a name that holds one must not crash the command.
    """
    for s in aliran or (sys.stdout, sys.stderr):
        if isinstance(s, io.TextIOWrapper) and s.errors == "strict":
            with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
                s.reconfigure(errors="replace")


class Kelompok(click.Group):
    """A group of commands whose help and subcommands speak Bahasa Indonesia."""

    context_class = Konteks
    command_class = Perintah


class Akar(Kelompok):
    """The ``doctools`` group: usage mistakes in Bahasa Indonesia, a data error as one line per problem."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Usage mistakes (a missing argument, an unknown option) are reported in Bahasa Indonesia."""
        konsol_aman()
        if kwargs.get("standalone_mode", True) is False:
            return super().main(*args, **kwargs)
        try:
            hasil = super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.UsageError as exc:
            perintah = exc.ctx.command_path if exc.ctx is not None else "doctools"
            click.echo(f"galat: {terjemah_click(exc.format_message())}", err=True)
            click.echo(f"Lihat '{perintah} --help' untuk bantuan.", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort as exc:
            # Ctrl-C or SIGTERM (click turns both into Abort): what was being written has been removed
            sebab = exc.__cause__ or exc.__context__
            click.echo("dibatalkan.", err=True)
            sys.exit(getattr(sebab, "kode_keluar", 130) if isinstance(sebab, KeyboardInterrupt) else 1)
        # without standalone mode click returns ctx.exit()'s code instead of exiting
        sys.exit(hasil if isinstance(hasil, int) else 0)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DocToolsError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            for baris in str(exc).splitlines():
                click.echo(f"galat: {baris}", err=True)
            ctx.exit(exc.exit_code)
