"""The ``doctools`` command: argument parsing and printing, no domain logic.

Errors a user can act on are printed as one line each (``berkas:baris, kolom '…': pesan``) with
a non-zero exit; a traceback appears only with ``--debug``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click

from doctools.errors import DocToolsError


class _Root(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DocToolsError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            for baris in str(exc).splitlines():
                click.echo(f"galat: {baris}", err=True)
            ctx.exit(exc.exit_code)


CONTEXT_SETTINGS: dict[str, object] = {}


@click.group(cls=_Root, context_settings=CONTEXT_SETTINGS)
@click.option("--debug", is_flag=True, help="Tampilkan traceback lengkap saat terjadi galat.")
@click.version_option(package_name="doctools", message="doctools %(version)s",
                      help="Tampilkan versi lalu keluar.")
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """doctools — dokumen SAKIP kecamatan dari data terstruktur.

    Menyusun Keputusan Camat tentang IKU, Perjanjian Kinerja dan Laporan Kinerja sebagai
    berkas Word yang siap ditandatangani, dengan semua angka dihitung dari data.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _cetak_temuan(temuan: Iterable[object]) -> int:
    """Print warnings (one line each, deduplicated); return how many were printed."""
    dicetak: list[str] = []
    for t in temuan:
        baris = f"peringatan: {t}"
        if baris not in dicetak:
            dicetak.append(baris)
            click.echo(baris, err=True)
    return len(dicetak)


_FOLDER = click.Path(path_type=Path, file_okay=True, dir_okay=True)


@main.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("data", type=_FOLDER)
@click.option("-o", "--keluar", "keluar", type=click.Path(path_type=Path, file_okay=False),
              default=Path("build"), show_default=True, help="Folder hasil.")
@click.option("--pdf", "pdf", is_flag=True,
              help="Buat juga PDF setiap dokumen melalui LibreOffice (soffice) yang ada di PATH.")
def build(data: Path, keluar: Path, pdf: bool) -> None:
    """Susun semua dokumen yang dijelaskan oleh folder DATA.

    Hasil ditulis ke KELUAR/<nama folder>/. Bila ada galat, tidak ada berkas yang ditulis.
    Dengan --pdf, semua dokumen diubah ke PDF dalam satu kali jalan LibreOffice; bila itu gagal,
    berkas .docx tetap tersimpan.
    """
    from doctools.build import bangun_folder

    hasil = bangun_folder(data, keluar)
    _cetak_temuan(t for h in hasil for t in h.dokumen.temuan)
    if not hasil:
        click.echo(f"peringatan: folder {data} tidak menjelaskan dokumen apa pun "
                   "(tambahkan misalnya keputusan-iku.yaml)", err=True)
        return
    for h in hasil:
        click.echo(f"ditulis: {h.path}")
    if pdf:
        from doctools.pdf import ke_pdf

        click.echo(f"mengubah {len(hasil)} dokumen ke PDF dengan LibreOffice …")
        for path in ke_pdf([h.path for h in hasil], hasil[0].path.parent):
            click.echo(f"ditulis: {path}")
    click.echo(f"{len(hasil)} dokumen selesai.")


@main.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("data", type=_FOLDER)
def check(data: Path) -> None:
    """Periksa folder DATA tanpa menulis dokumen; keluar dengan status bukan nol bila ada galat."""
    from doctools.documents import susun_semua
    from doctools.model import muat_data

    dokumen = susun_semua(muat_data(data))
    jumlah = _cetak_temuan(t for d in dokumen for t in d.temuan)
    banyak = {j: sum(d.jenis == j for d in dokumen) for j in dict.fromkeys(d.jenis for d in dokumen)}
    jenis = ", ".join(j if n == 1 else f"{j} ({n} berkas)" for j, n in banyak.items()) or "tidak ada"
    click.echo(f"dokumen yang dapat disusun: {jenis}.")
    click.echo(f"0 galat, {jumlah} peringatan.")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
