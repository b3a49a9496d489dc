"""The reviu of one kecamatan: load, compute the year, run every rule, one list of findings.

Loading errors stop there (nothing else can be checked) and become ``data.muat`` findings. The
year (:func:`doctools.tahun.hitung_tahun`) computes every part it can, so one broken document
does not hide another's errors; what it could not compute is reported once (``dokumen.susun``,
or the rule id the problem carries). The rules then check the year.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from doctools.errors import DataError, TemplateError
from doctools.folder import adalah_kabupaten, daftar_kecamatan
from doctools.load import muat_berkas
from doctools.model import DataKecamatan, muat_data
from doctools.model.rapikan import pisah_sebutan_kecamatan
from doctools.reviu.konteks import PEMERIKSA, KonteksReviu
from doctools.reviu.pengaturan import PengaturanReviu, pengaturan_bawaan
from doctools.reviu.templat import Ketentuan, periksa_templat_sendiri
from doctools.reviu.temuan import ATURAN, CATATAN_DOKUMEN, INFO_DOKUMEN, SUSUN, Temuan, dari_galat, urutkan
from doctools.tahun import TahunKinerja, hitung_tahun, pilih_kebijakan


@dataclass(frozen=True)
class Laporan:
    """The findings about one kecamatan folder, and the year computed from it."""

    folder: Path
    temuan: tuple[Temuan, ...]
    tahun: TahunKinerja | None = None
    """None when the data could not be loaded."""
    galat_muat: DataError | None = None
    """Why the data could not be loaded (its findings are :attr:`temuan`)."""

    @property
    def data(self) -> DataKecamatan | None:
        """The validated data; None when it could not be loaded."""
        return self.tahun.data if self.tahun is not None else None

    @property
    def dokumen(self) -> tuple[str, ...]:
        """The kind of every document the year can be composed into, one per file."""
        return self.tahun.dokumen if self.tahun is not None else ()

    @property
    def galat(self) -> int:
        return sum(t.tingkat == "galat" for t in self.temuan)

    @property
    def kode_keluar(self) -> int:
        """The exit status of a build stopped by this reviu: 3 when only templates are wrong, else 2."""
        galat = [t for t in self.temuan if t.tingkat == "galat"]
        if self.tahun is not None and galat and all((t.aturan or "").startswith("templat.") for t in galat):
            return TemplateError.exit_code
        return DataError.exit_code

    @property
    def peringatan(self) -> int:
        return sum(t.tingkat == "peringatan" for t in self.temuan)

    @property
    def info(self) -> int:
        """Information only: never fails a check, not even a strict one."""
        return sum(t.tingkat == "info" for t in self.temuan)

    def lulus(self, ketat: bool = False) -> bool:
        """No galat (and, with ``ketat``, no peringatan either)."""
        return self.galat == 0 and not (ketat and self.peringatan)


@functools.lru_cache(maxsize=256)
def _nama_kecamatan(instansi: Path, _diubah: int) -> str | None:
    """``kecamatan.nama`` of an instansi.yaml (cached while the file is unchanged)."""
    try:
        isi, _ = muat_berkas(instansi)
        nama = str(isi["kecamatan"]["nama"])
        return (pisah_sebutan_kecamatan(nama) or ("", nama))[1]  # "Kecamatan Tempurejo" is "Tempurejo"
    except (DataError, KeyError, TypeError):
        return None  # that kecamatan's own check reports its file


def nama_saudara(folder: Path) -> tuple[str, ...]:
    """Names of the other kecamatan of the kabupaten folder ``folder`` sits in (folder and instansi names)."""
    sendiri = folder.resolve()
    induk = sendiri.parent
    if not adalah_kabupaten(induk):
        return ()
    nama: list[str] = []
    for lain in daftar_kecamatan(induk):
        if lain.resolve() == sendiri:
            continue
        nama.append(lain.name.replace("-", " ").replace("_", " "))
        instansi = lain / "instansi.yaml"
        sebutan = _nama_kecamatan(instansi, instansi.stat().st_mtime_ns)
        if sebutan:
            nama.append(sebutan)
    return tuple(dict.fromkeys(nama))


def masalah_tahun(tahun: TahunKinerja) -> Iterator[Temuan]:
    """The problems the year met, under the rule id they carry, else the generic one of their level."""
    for t in tahun.masalah:
        aturan = ATURAN.get(t.aturan or "")
        if aturan is None:
            aturan = {"galat": SUSUN, "peringatan": CATATAN_DOKUMEN, "info": INFO_DOKUMEN}[t.tingkat]
        yield aturan(t.pesan, t.lokasi)


def periksa_tahun(tahun: TahunKinerja, pengaturan: PengaturanReviu | None = None,
                  kecamatan_lain: Sequence[str] = (), ketentuan_templat: Ketentuan | None = None) -> Laporan:
    """Run every rule over a computed year; with ``ketentuan_templat``, read the kecamatan's own templates too."""
    temuan = list(masalah_tahun(tahun))
    if ketentuan_templat is not None:
        temuan += periksa_templat_sendiri(tahun.data, tahun.dokumen, ketentuan_templat)
    konteks = KonteksReviu(tahun, pengaturan or pengaturan_bawaan(), tuple(kecamatan_lain))
    for pemeriksa in PEMERIKSA:
        try:
            # a rule that meets the same thing twice in one text (a name written twice) says it once
            temuan += dict.fromkeys(pemeriksa(konteks))
        except DataError as exc:  # a rule met data the year already refuses
            temuan += dari_galat(exc, SUSUN)
    return Laporan(tahun.data.folder, tuple(urutkan(temuan)), tahun)


def periksa_data(data: DataKecamatan, pengaturan: PengaturanReviu | None = None,
                 kecamatan_lain: Sequence[str] = (), ketentuan_templat: Ketentuan | None = None) -> Laporan:
    """Compute the year of validated data with its own policy, then run every rule over it."""
    return periksa_tahun(hitung_tahun(data, pilih_kebijakan(data)), pengaturan, kecamatan_lain, ketentuan_templat)


def periksa_folder(folder: Path, pengaturan: PengaturanReviu | None = None,
                   ketentuan_templat: Ketentuan | None = None) -> Laporan:
    """The reviu of a kecamatan folder; never raises for bad data (it becomes findings).

    ``ketentuan_templat`` (what each document kind's template may print,
    :data:`doctools.documents.KETENTUAN_TEMPLAT`) makes it read the kecamatan's own templates.
    """
    try:
        data = muat_data(folder)
    except DataError as exc:
        return Laporan(folder, tuple(urutkan(dari_galat(exc))), galat_muat=exc)
    return periksa_data(data, pengaturan, nama_saudara(folder), ketentuan_templat)
