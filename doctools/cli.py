"""The ``doctools`` command: argument parsing and printing, no domain logic.

Errors a user can act on are printed as one line each (``berkas:baris, kolom '…': pesan``) with
a non-zero exit; a traceback appears only with ``--debug`` (:mod:`doctools.konsol`, which also
gives click's help and usage messages in Bahasa Indonesia).
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from doctools.errors import DataError, DocToolsError, Lokasi
from doctools.konsol import Akar, Kelompok
from doctools.sinyal import pasang_penghenti

if TYPE_CHECKING:
    from doctools.batch import HasilKecamatan
    from doctools.reviu import Laporan, PengaturanReviu


CONTEXT_SETTINGS: dict[str, object] = {}


@click.group(cls=Akar, context_settings=CONTEXT_SETTINGS)
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
    pasang_penghenti()  # SIGTERM cleans up like Ctrl-C
    # A build makes hundreds of thousands of short-lived objects (XML element proxies, tuples)
    # and few reference cycles: Python's default (a collection every 700 allocations) walked
    # them a tenth of the CPU time of a 5,000-row decree. The modules imported so far live as long
    # as the process, so they are left out of every collection (freeze); every 5,000 allocations
    # is as fast as 10,000 and keeps the example's peak memory 20 MB lower (161 against 181 MB).
    if gc.get_freeze_count() == 0:  # once per process: a caller running many commands (tests) keeps its garbage collectable
        gc.freeze()
    gc.set_threshold(5_000, 10, 10)


def _pengaturan_reviu(batas_pk: int | None, triwulan: int | None = None) -> PengaturanReviu:
    """The reviu settings, with the command line's overrides."""
    from dataclasses import replace

    from doctools.reviu import pengaturan_bawaan

    pengaturan = pengaturan_bawaan()
    if batas_pk is not None:
        pengaturan = replace(pengaturan, pk_terlambat_hari=batas_pk)
    return pengaturan if triwulan is None else replace(pengaturan, triwulan=triwulan)


def _cetak_reviu(laporan: Laporan) -> None:
    """Print a reviu's findings before a build: warnings first, then errors (stderr)."""
    from doctools.reviu import baris_temuan

    for tingkat in ("peringatan", "galat"):
        for t in laporan.temuan:
            if t.tingkat == tingkat:
                click.echo(baris_temuan(t), err=True)


_FOLDER = click.Path(path_type=Path, file_okay=True, dir_okay=True)
_BATAS_PK = click.option(
    "--batas-pk", "batas_pk", type=click.IntRange(min=0), default=None, metavar="HARI",
    help="Perjanjian Kinerja yang ditandatangani lebih dari HARI hari setelah 1 Januari diberi peringatan "
         "(bawaan: 31, dari pengaturan reviu).")


@main.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("data", type=_FOLDER, nargs=-1, required=True)
@click.option("-o", "--keluar", "keluar", type=click.Path(path_type=Path, file_okay=False),
              default=Path("build"), show_default=True, help="Folder hasil.")
@click.option("--pdf", "pdf", is_flag=True,
              help="Buat juga PDF setiap dokumen melalui LibreOffice (soffice: dari variabel DOCTOOLS_SOFFICE, "
                   "PATH, atau tempat pemasangan bakunya).")
@click.option("-j", "--jobs", "jobs", type=click.IntRange(min=1), default=None,
              help="Jumlah proses paralel untuk folder kabupaten atau provinsi (bawaan: semua inti prosesor).")
@click.option("--semua", "semua", is_flag=True,
              help="Folder kabupaten/provinsi: susun ulang semua kecamatan, juga yang tidak berubah sejak "
                   "penyusunan terakhir.")
@_BATAS_PK
@click.option("--triwulan", "triwulan", type=click.IntRange(min=1, max=4), default=None, metavar="N",
              help="Susun juga laporan pemantauan Rencana Aksi triwulan N (1–4) dari realisasi per triwulan "
                   "di rencana-aksi.yaml.")
@click.pass_context
def build(ctx: click.Context, data: tuple[Path, ...], keluar: Path, pdf: bool, jobs: int | None, semua: bool,
          batas_pk: int | None, triwulan: int | None) -> None:
    """Susun semua dokumen yang dijelaskan oleh folder DATA.

    DATA adalah folder satu kecamatan, folder kabupaten (berisi kabupaten.yaml dan satu
    subfolder per kecamatan) yang semua kecamatannya disusun sekaligus secara paralel, atau
    folder provinsi (berisi provinsi.yaml dan satu subfolder per kabupaten).
    Hasil ditulis ke KELUAR/<nama folder>/. Bila data satu kecamatan salah, tidak ada berkasnya
    yang ditulis; kecamatan lain tetap disusun. Kecamatan yang data, pengaturan kabupaten, templat
    dan versi doctools-nya tidak berubah sejak penyusunan terakhir, dan dokumennya masih utuh,
    dilewati (kecuali dengan --semua). Sebelum menyusun, data diperiksa seperti oleh
    'doctools check': galat menghentikan penyusunan, peringatan dicetak. Dengan --pdf, semua
    dokumen diubah ke PDF oleh LibreOffice, satu proses per --jobs; bila itu gagal, berkas .docx tetap
    tersimpan. Beberapa folder DATA disusun berurutan; folder yang gagal dilaporkan dan folder
    berikutnya tetap disusun.
    """
    pengaturan = _pengaturan_reviu(batas_pk, triwulan)
    debug = bool(ctx.obj and ctx.obj.get("debug"))
    if len(data) == 1:
        ctx.exit(_build_satu(data[0], keluar, pdf, jobs, semua, pengaturan, debug))
    kode = 0
    for folder in data:
        try:
            hasil = _build_satu(folder, keluar, pdf, jobs, semua, pengaturan, debug)
        except DocToolsError as exc:
            if debug:
                raise
            for baris in str(exc).splitlines():
                click.echo(f"galat: {baris}", err=True)
            hasil = exc.exit_code
        kode = kode or hasil
    ctx.exit(kode)


def _build_satu(data: Path, keluar: Path, pdf: bool, jobs: int | None, semua: bool, pengaturan: PengaturanReviu,
                debug: bool) -> int:
    """Build one DATA folder (a kecamatan, a kabupaten or a province); the exit status of its outcome."""
    from doctools.folder import adalah_kabupaten, adalah_provinsi

    if data.is_dir() and (adalah_kabupaten(data) or adalah_provinsi(data)):
        _build_kabupaten(data, keluar, pdf, jobs, pengaturan, debug=debug, semua=semua)
        return 0

    from doctools.build import susun_folder

    susunan = susun_folder(data, pengaturan)
    laporan = susunan.laporan
    if laporan.galat_muat is not None:
        raise laporan.galat_muat
    _cetak_reviu(laporan)
    if not susunan.lulus:
        click.echo(f"galat: reviu menemukan {laporan.galat} galat; tidak ada dokumen yang ditulis "
                   f"(rinciannya juga dengan 'doctools check {data}')", err=True)
        return laporan.kode_keluar
    hasil = susunan.tulis(keluar / data.resolve().name)
    if not hasil:
        click.echo(f"peringatan: folder {data} tidak menjelaskan dokumen apa pun "
                   "(tambahkan misalnya keputusan-iku.yaml)", err=True)
        return 0
    for h in hasil:
        click.echo(f"ditulis: {h.path}")
    if pdf:
        from doctools.batch import jumlah_inti
        from doctools.pdf import ke_pdf

        click.echo(f"mengubah {len(hasil)} dokumen ke PDF dengan LibreOffice …")
        ke_pdf([h.path for h in hasil], hasil[0].path.parent, jobs=jobs or jumlah_inti())
        for h in hasil:
            click.echo(f"ditulis: {h.path.with_suffix('.pdf')}")
    click.echo(f"{len(hasil)} dokumen selesai.")
    return 0


def _build_kabupaten(folder: Path, keluar: Path, pdf: bool, jobs: int | None,
                     pengaturan: PengaturanReviu, debug: bool = False, semua: bool = False) -> None:
    """Build every kecamatan of a kabupaten (or province) folder; print progress and a summary.

    Each kecamatan is reviewed first, in its worker; one that fails for any reason (a reviu galat,
    data that does not load, an unexpected error) is reported and nothing of it is written, the
    others are built. The summary is printed whatever happened, an interruption included.
    """
    from doctools.batch import bangun_kabupaten, bangun_provinsi, catat_pdf, periksa_provinsi
    from doctools.folder import adalah_provinsi, daftar_kabupaten, daftar_kecamatan

    if adalah_provinsi(folder):
        periksa_provinsi(folder)
        jumlah = sum(len(daftar_kecamatan(kab)) for kab in daftar_kabupaten(folder))
        bangun = bangun_provinsi
    else:
        jumlah = len(daftar_kecamatan(folder))
        bangun = bangun_kabupaten  # type: ignore[assignment]
    if jumlah == 0:
        raise DataError("folder kabupaten tidak berisi subfolder kecamatan (dengan instansi.yaml)",
                        Lokasi(str(folder)))
    interaktif = sys.stderr.isatty()
    bar = click.progressbar(length=jumlah, label="menyusun", file=sys.stderr) if interaktif else None

    def selesai(h: HasilKecamatan) -> None:
        if bar is not None:
            bar.update(1)
        else:
            if h.dilewati:
                click.echo(f"{h.nama}: tidak berubah, dilewati", err=True)
            else:
                status = f"{len(h.berkas)} dokumen" if h.berhasil else "GAGAL"
                click.echo(f"{h.nama}: {status} ({h.detik:.1f} detik)", err=True)

    opsi = {"jobs": jobs, "pengaturan": pengaturan, "saat_selesai": selesai, "semua": semua, "pdf": pdf}
    if bar is not None:
        with bar:
            ringkasan = bangun(folder, keluar, **opsi)
    else:
        ringkasan = bangun(folder, keluar, **opsi)
    peringatan = 0
    for h in ringkasan.hasil:
        for baris in h.peringatan:
            click.echo(f"peringatan: {h.nama}: {baris}", err=True)
            peringatan += 1
        for baris in h.galat:
            click.echo(f"galat: {h.nama}: {baris}", err=True)
        if debug and h.jejak:
            click.echo(h.jejak.rstrip(), err=True)
    galat_pdf: DocToolsError | None = None
    if pdf and not ringkasan.dibatalkan:
        from doctools.batch import jumlah_inti
        from doctools.pdf import ke_pdf_di_samping

        berkas = [p for h in ringkasan.hasil if not h.dilewati for p in h.berkas]
        if berkas:
            proses = max(1, min(jobs or jumlah_inti(), len(berkas)))
            click.echo(f"mengubah {len(berkas)} dokumen ke PDF dengan {proses} proses LibreOffice …", err=True)
            try:
                catat_pdf(ringkasan, ke_pdf_di_samping(berkas, jobs=proses))
            except DocToolsError as exc:
                galat_pdf = exc
    gagal = ringkasan.gagal
    dengan_pdf = " (dan PDF-nya)" if pdf and galat_pdf is None and not ringkasan.dibatalkan else ""
    dilewati = f" ({len(ringkasan.dilewati)} tidak berubah, dilewati)" if ringkasan.dilewati else ""
    click.echo(f"{len(ringkasan.hasil) - len(gagal)} dari {jumlah} kecamatan selesai{dilewati}, "
               f"{ringkasan.jumlah_berkas} dokumen ditulis{dengan_pdf}, "
               f"{sum(len(h.galat) for h in gagal)} galat, {peringatan} peringatan, "
               f"{ringkasan.detik:.1f} detik.")
    if ringkasan.dibatalkan:
        belum = jumlah - len(ringkasan.hasil)
        click.echo(f"dibatalkan: {belum} kecamatan belum disusun.", err=True)
        sys.exit(ringkasan.kode_batal)
    if galat_pdf is not None:
        raise galat_pdf
    if gagal:
        kode = ringkasan.kode_keluar
        pesan = f"{len(gagal)} kecamatan gagal disusun: {', '.join(h.nama for h in gagal)}"
        raise DataError(pesan) if kode == DataError.exit_code else _GagalBatch(pesan, kode)


class _GagalBatch(DocToolsError):
    """A batch in which a kecamatan failed for another reason than its data (exit status of that failure)."""

    def __init__(self, pesan: str, kode: int) -> None:
        super().__init__(pesan)
        self.exit_code = kode


@main.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("data", type=_FOLDER, nargs=-1, required=True)
@click.option("--format", "bentuk", type=click.Choice(["teks", "json"]), default="teks", show_default=True,
              help="teks untuk dibaca (dikelompokkan per berkas), json untuk mesin (skema: README, bagian Reviu).")
@click.option("--strict", "ketat", is_flag=True, help="Perlakukan peringatan sebagai galat (status keluar bukan nol).")
@_BATAS_PK
@click.option("--triwulan", "triwulan", type=click.IntRange(min=1, max=4), default=None, metavar="N",
              help="Periksa juga laporan pemantauan Rencana Aksi triwulan N (1–4).")
@click.pass_context
def check(ctx: click.Context, data: tuple[Path, ...], bentuk: str, ketat: bool, batas_pk: int | None,
          triwulan: int | None) -> None:
    """Periksa folder DATA tanpa menulis dokumen; keluar dengan status bukan nol bila ada galat.

    Reviu sebelum ditandatangani: angka yang tertulis dengan hasil hitung, kesesuaian antardokumen
    (IKU, PK, LKj), anggaran, tanggal dan pejabat, bentuk hukum, SKM. Setiap temuan menyebut
    tingkat (galat/peringatan/info), berkas, baris, kolom, pesan dan id aturannya; info tidak perlu
    diperbaiki dan tidak menggagalkan pemeriksaan, juga dengan --strict. DATA boleh berupa
    folder satu kecamatan, folder kabupaten atau folder provinsi (semua kecamatannya diperiksa),
    atau beberapa folder sekaligus.
    """
    from doctools.batch import periksa_provinsi
    from doctools.build import periksa
    from doctools.folder import adalah_kabupaten, adalah_provinsi, daftar_kabupaten, daftar_kecamatan
    from doctools.reviu import ke_json, ke_teks

    pengaturan = _pengaturan_reviu(batas_pk, triwulan)
    folder: list[Path] = []
    provinsi = False
    for satu in data:
        if satu.is_dir() and adalah_provinsi(satu):
            periksa_provinsi(satu)
            provinsi = True
            folder += [kec for kab in daftar_kabupaten(satu) for kec in daftar_kecamatan(kab)]
        elif satu.is_dir() and adalah_kabupaten(satu):
            folder += daftar_kecamatan(satu)
        else:
            folder.append(satu)
    # several kecamatan (a kabupaten, a province, several folders): each line names its kecamatan
    kabupaten = len(data) > 1 or provinsi or (data[0].is_dir() and adalah_kabupaten(data[0]))
    semua = [periksa(f, pengaturan) for f in folder]
    lulus = all(lap.lulus(ketat) for lap in semua)

    def nama(lap: Laporan) -> str:
        return f"{lap.folder.parent.name}/{lap.folder.name}" if provinsi else lap.folder.name

    if bentuk == "json":
        click.echo(json.dumps(ke_json(semua, ketat), ensure_ascii=False, indent=2))
    else:
        for lap in semua:
            for baris in ke_teks(lap, awalan=f"{nama(lap)}: " if kabupaten else ""):
                click.echo(baris)
        if kabupaten:
            gagal = [nama(lap) for lap in semua if not lap.lulus(ketat)]
            info = sum(lap.info for lap in semua)
            click.echo(f"{len(semua)} kecamatan diperiksa: {sum(lap.galat for lap in semua)} galat, "
                       f"{sum(lap.peringatan for lap in semua)} peringatan" + (f", {info} info" if info else "")
                       + (f"; belum lulus: {', '.join(gagal)}." if gagal else "."))
        if ketat and not lulus and not any(lap.galat for lap in semua):
            click.echo("--strict: peringatan dihitung sebagai galat.")
    if not lulus:
        ctx.exit(DataError.exit_code)


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

    Satu berkas per jenis dokumen (Keputusan IKU dan IKI, Perjanjian Kinerja, Laporan Kinerja);
    data awal langsung dapat disusun (doctools build FOLDER). Ubah isinya menjadi data kecamatan
    Anda: isian contoh (NAMA CAMAT, kode wilayah 00.00.00, …) diberi peringatan sampai diganti.
    Hapus berkas dokumen yang tidak disusun. FOLDER harus belum ada atau kosong.
    """
    from doctools.init import buat_awal

    nama = kecamatan or folder.resolve().name.replace("-", " ").replace("_", " ").title()
    for path in buat_awal(folder, kecamatan=nama, kabupaten=kabupaten, kota=kota,
                          dengan_kabupaten=dengan_kabupaten):
        click.echo(f"ditulis: {path}")
    click.echo(f"selanjutnya: ganti isian contohnya (NAMA CAMAT, kode wilayah 00.00.00, …) dengan data kecamatan Anda, "
               f"lalu jalankan 'doctools check {folder}' dan 'doctools build {folder}'.")


@main.group(cls=Kelompok, context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
def templat() -> None:
    """Templat Word sendiri: salin templat bawaan untuk diubah, lihat variabel yang boleh dipakai.

    Templat di FOLDER/templat/ sebuah kecamatan dipakai lebih dulu, lalu templat di folder
    kabupatennya, lalu templat bawaan doctools; setiap berkas dicari sendiri-sendiri (kabupaten
    boleh mengganti kop.docx saja). 'doctools check' memeriksa templat sendiri.
    """


@templat.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--jenis", "jenis", multiple=True, metavar="JENIS",
              help="Hanya templat ini (boleh diulang atau dipisah koma): keputusan-iku, keputusan-iki, "
                   "perjanjian-kinerja, laporan-kinerja, kop, tanda-tangan, tanda-tangan-berdampingan, "
                   "kepala-lampiran. Bawaan: semuanya.")
@click.option("--timpa", is_flag=True, help="Ganti templat yang sudah ada di FOLDER/templat/.")
def salin(folder: Path, jenis: tuple[str, ...], timpa: bool) -> None:
    """Salin templat bawaan ke FOLDER/templat/ untuk diubah di Word atau LibreOffice.

    FOLDER adalah folder kecamatan (templatnya untuk kecamatan itu saja) atau folder kabupaten
    (untuk semua kecamatannya). Templat yang sudah ada tidak ditimpa tanpa --timpa.
    """
    from doctools.templat.salin import salin as salin_templat

    for path in salin_templat(folder, jenis, timpa=timpa):
        click.echo(f"disalin: {path}")
    click.echo(f"selanjutnya: ubah templatnya di Word atau LibreOffice (hapus yang tidak diubah), lalu periksa "
               f"dengan 'doctools check {folder}'.")


@templat.command(context_settings=CONTEXT_SETTINGS)
@click.help_option("-h", "--help", help="Tampilkan bantuan ini lalu keluar.")
@click.argument("jenis")
def variabel(jenis: str) -> None:
    """Daftar variabel, bagian bersama dan filter yang boleh dipakai templat JENIS.

    JENIS: keputusan-iku, keputusan-iki, perjanjian-kinerja, laporan-kinerja, atau bagian
    bersama kop, tanda-tangan, tanda-tangan-berdampingan, kepala-lampiran.
    """
    from doctools.documents import KETENTUAN_TEMPLAT, VARIABEL_BAGIAN
    from doctools.templat.filter import filters
    from doctools.templat.salin import daftar_variabel

    for baris in daftar_variabel(jenis, KETENTUAN_TEMPLAT, VARIABEL_BAGIAN, list(filters())):
        click.echo(baris)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
