"""The reviu of one kecamatan: load, compose every document, run every rule, one list of findings.

Loading errors stop there (nothing else can be checked) and become ``data.muat`` findings. Each
document kind is composed on its own, so one broken document does not hide another's errors
(``dokumen.susun``) or warnings (``dokumen.catatan``); the rules then run over the validated data.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from doctools.documents import JENIS_DOKUMEN, Dokumen
from doctools.errors import DataError, TemplateError
from doctools.folder import adalah_kabupaten, daftar_kecamatan
from doctools.load import muat_berkas
from doctools.model import DataKecamatan, muat_data
from doctools.model.rapikan import pisah_sebutan_kecamatan
from doctools.reviu.konteks import PEMERIKSA, KonteksReviu
from doctools.reviu.pengaturan import PengaturanReviu, pengaturan_bawaan
from doctools.reviu.templat import periksa_templat_sendiri
from doctools.reviu.temuan import CATATAN_DOKUMEN, INFO_DOKUMEN, SUSUN, Temuan, dari_galat, rapikan


@dataclass(frozen=True)
class Laporan:
    """The findings about one kecamatan folder, and what could be composed from it."""

    folder: Path
    temuan: tuple[Temuan, ...]
    dokumen: tuple[Dokumen, ...] = ()
    data: DataKecamatan | None = None
    """None when the data could not be loaded."""

    @property
    def galat(self) -> int:
        return sum(t.tingkat == "galat" for t in self.temuan)

    @property
    def kode_keluar(self) -> int:
        """The exit status of a build stopped by this reviu: 3 when only templates are wrong, else 2."""
        galat = [t for t in self.temuan if t.tingkat == "galat"]
        if galat and all((t.aturan or "").startswith("templat.") for t in galat):
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
    induk = folder.resolve().parent
    if not adalah_kabupaten(induk):
        return ()
    nama: list[str] = []
    for lain in daftar_kecamatan(induk):
        if lain.resolve() == folder.resolve():
            continue
        nama.append(lain.name.replace("-", " ").replace("_", " "))
        instansi = lain / "instansi.yaml"
        sebutan = _nama_kecamatan(instansi, instansi.stat().st_mtime_ns)
        if sebutan:
            nama.append(sebutan)
    return tuple(dict.fromkeys(nama))


def _dari_dokumen(t: Temuan) -> Temuan:
    """A document's own finding, under the generic id of its level unless it names a rule."""
    if t.aturan:
        return t
    return {"galat": SUSUN, "peringatan": CATATAN_DOKUMEN, "info": INFO_DOKUMEN}[t.tingkat](t.pesan, t.lokasi)


def periksa_data(data: DataKecamatan, pengaturan: PengaturanReviu | None = None,
                 kecamatan_lain: Sequence[str] = ()) -> Laporan:
    """Compose every document kind and run every rule over validated data."""
    temuan: list[Temuan] = []
    dokumen: list[Dokumen] = []
    for susun in JENIS_DOKUMEN.values():
        try:
            hasil = susun(data)
        except DataError as exc:
            temuan += dari_galat(exc, SUSUN)
            continue
        dokumen += hasil
        temuan += [_dari_dokumen(t) for d in hasil for t in d.temuan]
    temuan += periksa_templat_sendiri(data, dokumen)
    konteks = KonteksReviu(data, pengaturan or pengaturan_bawaan(), tuple(kecamatan_lain))
    for pemeriksa in PEMERIKSA:
        try:
            temuan += list(pemeriksa(konteks))
        except DataError as exc:  # a rule met data its document already refuses
            temuan += dari_galat(exc, SUSUN)
    return Laporan(data.folder, tuple(rapikan(temuan)), tuple(dokumen), data)


def periksa_folder(folder: Path, pengaturan: PengaturanReviu | None = None) -> Laporan:
    """The reviu of a kecamatan folder; never raises for bad data (it becomes findings)."""
    try:
        data = muat_data(folder)
    except DataError as exc:
        return Laporan(folder, tuple(rapikan(dari_galat(exc))))
    return periksa_data(data, pengaturan, nama_saudara(folder))
