"""The ``doctools`` command: argument parsing and printing, no domain logic.

Errors a user can act on are printed as one line each (``berkas:baris, kolom '…': pesan``) with
a non-zero exit; a traceback appears only with ``--debug``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click

from doctools.errors import DataError, DocToolsError, Lokasi


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
@click.option("-j", "--jobs", "jobs", type=click.IntRange(min=1), default=None,
              help="Jumlah proses paralel untuk folder kabupaten (bawaan: semua inti prosesor).")
def build(data: Path, keluar: Path, pdf: bool, jobs: int | None) -> None:
    """Susun semua dokumen yang dijelaskan oleh folder DATA.

    DATA adalah folder satu kecamatan, atau folder kabupaten (berisi kabupaten.yaml dan satu
    subfolder per kecamatan) yang semua kecamatannya disusun sekaligus secara paralel.
    Hasil ditulis ke KELUAR/<nama folder>/. Bila data satu kecamatan salah, tidak ada berkasnya
    yang ditulis; kecamatan lain tetap disusun. Dengan --pdf, semua dokumen diubah ke PDF dalam
    satu kali jalan LibreOffice; bila itu gagal, berkas .docx tetap tersimpan.
    """
    from doctools.batch import adalah_kabupaten

    if data.is_dir() and adalah_kabupaten(data):
        _build_kabupaten(data, keluar, pdf, jobs)
        return

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


def _build_kabupaten(folder: Path, keluar: Path, pdf: bool, jobs: int | None) -> None:
    """Build every kecamatan of a kabupaten folder; print progress and a summary."""
    from doctools.batch import HasilKecamatan, bangun_kabupaten, daftar_kecamatan

    jumlah = len(daftar_kecamatan(folder))
    if jumlah == 0:
        raise DataError("folder kabupaten tidak berisi subfolder kecamatan (dengan instansi.yaml)",
                        Lokasi(str(folder)))
    interaktif = sys.stderr.isatty()
    bar = click.progressbar(length=jumlah, label="menyusun", file=sys.stderr) if interaktif else None

    def selesai(h: HasilKecamatan) -> None:
        if bar is not None:
            bar.update(1)
        else:
            status = f"{len(h.berkas)} dokumen" if h.berhasil else "GAGAL"
            click.echo(f"{h.folder.name}: {status} ({h.detik:.1f} detik)", err=True)

    if bar is not None:
        with bar:
            ringkasan = bangun_kabupaten(folder, keluar, jobs=jobs, saat_selesai=selesai)
    else:
        ringkasan = bangun_kabupaten(folder, keluar, jobs=jobs, saat_selesai=selesai)
    peringatan = 0
    for h in ringkasan.hasil:
        for baris in h.peringatan:
            click.echo(f"peringatan: {h.folder.name}: {baris}", err=True)
            peringatan += 1
        for baris in h.galat:
            click.echo(f"galat: {h.folder.name}: {baris}", err=True)
    if pdf:
        from doctools.pdf import ke_pdf_di_samping

        berkas = [p for h in ringkasan.hasil for p in h.berkas]
        click.echo(f"mengubah {len(berkas)} dokumen ke PDF dengan satu proses LibreOffice …", err=True)
        ke_pdf_di_samping(berkas)
    gagal = ringkasan.gagal
    click.echo(f"{len(ringkasan.hasil) - len(gagal)} dari {len(ringkasan.hasil)} kecamatan selesai, "
               f"{ringkasan.jumlah_berkas} dokumen ditulis{' (dan PDF-nya)' if pdf else ''}, "
               f"{sum(len(h.galat) for h in gagal)} galat, {peringatan} peringatan, "
               f"{ringkasan.detik:.1f} detik.")
    if gagal:
        raise DataError(f"{len(gagal)} kecamatan gagal disusun: {', '.join(h.folder.name for h in gagal)}")


@main.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("data", type=_FOLDER)
def check(data: Path) -> None:
    """Periksa folder DATA tanpa menulis dokumen; keluar dengan status bukan nol bila ada galat.

    DATA boleh berupa folder satu kecamatan atau folder kabupaten (semua kecamatannya diperiksa).
    """
    from doctools.batch import adalah_kabupaten, daftar_kecamatan

    if data.is_dir() and adalah_kabupaten(data):
        gagal = []
        for folder in daftar_kecamatan(data):
            try:
                _periksa_satu(folder, awalan=f"{folder.name}: ")
            except DocToolsError as exc:
                gagal.append(folder.name)
                for baris in str(exc).splitlines():
                    click.echo(f"galat: {folder.name}: {baris}", err=True)
        if gagal:
            raise DataError(f"{len(gagal)} kecamatan berisi galat: {', '.join(gagal)}")
        return
    _periksa_satu(data)


def _periksa_satu(folder: Path, awalan: str = "") -> None:
    from doctools.documents import susun_semua
    from doctools.model import muat_data

    dokumen = susun_semua(muat_data(folder))
    jumlah = _cetak_temuan(t for d in dokumen for t in d.temuan)
    banyak = {j: sum(d.jenis == j for d in dokumen) for j in dict.fromkeys(d.jenis for d in dokumen)}
    jenis = ", ".join(j if n == 1 else f"{j} ({n} berkas)" for j, n in banyak.items()) or "tidak ada"
    click.echo(f"{awalan}dokumen yang dapat disusun: {jenis}.")
    click.echo(f"{awalan}0 galat, {jumlah} peringatan.")


@main.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--kecamatan", default=None, help="Nama kecamatan (bawaan: nama folder).")
@click.option("--kabupaten", default="Contoh", show_default=True, help="Nama kabupaten atau kota.")
@click.option("--kota", is_flag=True, help="Pemerintah daerahnya kota (Walikota), bukan kabupaten.")
@click.option("--dengan-kabupaten", is_flag=True,
              help="Buat folder kabupaten (kabupaten.yaml) berisi satu subfolder kecamatan.")
def init(folder: Path, kecamatan: str | None, kabupaten: str, kota: bool, dengan_kabupaten: bool) -> None:
    """Buat data awal yang diberi komentar untuk kecamatan baru di FOLDER.

    Data awal langsung dapat disusun (doctools build FOLDER); ubah isinya menjadi data
    kecamatan Anda. FOLDER harus belum ada atau kosong.
    """
    from doctools.init import buat_awal

    nama = kecamatan or folder.resolve().name.replace("-", " ").replace("_", " ").title()
    for path in buat_awal(folder, kecamatan=nama, kabupaten=kabupaten, kota=kota,
                          dengan_kabupaten=dengan_kabupaten):
        click.echo(f"ditulis: {path}")
    click.echo(f"selanjutnya: ubah isinya, lalu jalankan 'doctools check {folder}' dan 'doctools build {folder}'.")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
