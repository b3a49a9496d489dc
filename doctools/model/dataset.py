"""One kecamatan's data set: a folder of YAML files, validated into typed models.

Each file has one job (``instansi.yaml``, ``kinerja.yaml``, ``keputusan-iku.yaml``, …); the
documents a folder describes are the documents whose files are present.
"""

from __future__ import annotations

import difflib
import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from doctools.errors import DataError, KumpulanGalat, Lokasi
from doctools.hukum import Katalog
from doctools.load import PetaLokasi, muat_berkas
from doctools.model.berkas import (
    AKHIRAN_GAMBAR,
    NAMA_DOKUMEN,
    berkas_di_folder,
    nama_tampil,
    periksa_berkas_yaml,
    periksa_gambar,
)
from doctools.model.instansi import Instansi
from doctools.model.kabupaten import NAMA_BERKAS as NAMA_KABUPATEN
from doctools.model.kabupaten import berkas_kabupaten, muat_kabupaten, warisi
from doctools.model.rapikan import Catatan, rapikan
from doctools.model.tanda import periksa_tanda
from doctools.model.validasi import validasi

if TYPE_CHECKING:
    from doctools.model.keputusan import Keputusan, KeputusanIKI
    from doctools.model.kinerja import Kinerja
    from doctools.model.lkj import LaporanKinerja
    from doctools.model.perjanjian import PerjanjianKinerja
    from doctools.model.rencana import PohonKinerja, RencanaKinerjaTahunan
    from doctools.model.rencana_aksi import RencanaAksi

BERKAS_MODEL: dict[str, tuple[str, str]] = {
    "instansi": ("instansi", "Instansi"),
    "kinerja": ("kinerja", "Kinerja"),
    "keputusan-iku": ("keputusan", "Keputusan"),
    "keputusan-iki": ("keputusan", "KeputusanIKI"),
    "perjanjian-kinerja": ("perjanjian", "PerjanjianKinerja"),
    "lkj": ("lkj", "LaporanKinerja"),
    "rkt": ("rencana", "RencanaKinerjaTahunan"),
    "rencana-aksi": ("rencana_aksi", "RencanaAksi"),
    "pohon-kinerja": ("rencana", "PohonKinerja"),
}
"""Data file stem → the module of ``doctools.model`` and the model it is validated as.

Named rather than imported: building a model's validator is most of its import, and a folder
pays only for the files it has (an IKU-only folder never builds the LKj's).
"""


def model_berkas(stem: str) -> type:
    """The model class a data file ``stem`` is validated as (its module imported on first use)."""
    modul, kelas = BERKAS_MODEL[stem]
    return getattr(importlib.import_module(f"doctools.model.{modul}"), kelas)  # type: ignore[no-any-return]

BERKAS_KATALOG = "peraturan"
"""Optional file of the user's own regulations (Perda, Perbup, earlier Keputusan), catalog-shaped."""


@dataclass
class DataKecamatan:
    """The validated data of one kecamatan, with where each value was written."""

    folder: Path
    instansi: Instansi
    kinerja: Kinerja | None = None
    keputusan_iku: Keputusan | None = None
    keputusan_iki: KeputusanIKI | None = None
    perjanjian_kinerja: PerjanjianKinerja | None = None
    lkj: LaporanKinerja | None = None
    rkt: RencanaKinerjaTahunan | None = None
    rencana_aksi: RencanaAksi | None = None
    pohon_kinerja: PohonKinerja | None = None
    peta: dict[str, PetaLokasi] = field(default_factory=dict)
    katalog: Katalog = field(default_factory=Katalog.bawaan)
    kabupaten: Path | None = None
    """The kabupaten folder whose kabupaten.yaml this kecamatan inherits from, if any."""
    catatan: tuple[Catatan, ...] = ()
    """What the loader tidied in the files (pasted list markers, "Kecamatan" in a name), for the reviu."""

    def berkas(self, stem: str) -> str:
        """The display name of a data file (as the user would find it)."""
        return _nama_tampil(self.folder / f"{stem}.yaml")

    def _lokasi(self, stem: str, *jalur: str) -> Lokasi:
        peta = self.peta.get(stem)
        return peta.lokasi(tuple(jalur)) if peta else Lokasi(self.berkas(stem), None, ".".join(jalur))

    def jalur_logo(self) -> Path | None:
        """The logo image, checked: inside the folder of the file that names it, and a real image."""
        nama = self.instansi.logo
        if not nama:
            return None
        lokasi = self._lokasi("instansi", "logo")
        dari_kabupaten = self.kabupaten is not None and Path(lokasi.berkas or "").name == NAMA_KABUPATEN
        folder = self.kabupaten if dari_kabupaten and self.kabupaten is not None else self.folder
        path = berkas_di_folder(nama, folder, lokasi, "logo", akhiran=AKHIRAN_GAMBAR, jenis="gambar PNG atau JPG")
        return periksa_gambar(path, lokasi, "logo")

    def jalur_bagan(self) -> Path | None:
        """The LKj's organisation chart image, checked like the logo."""
        nama = self.lkj.organisasi.bagan if self.lkj is not None else None
        if not nama:
            return None
        lokasi = self._lokasi("lkj", "organisasi", "bagan")
        path = berkas_di_folder(nama, self.folder, lokasi, "bagan organisasi", akhiran=AKHIRAN_GAMBAR[:3],
                                jenis="gambar PNG atau JPG")
        return periksa_gambar(path, lokasi, "bagan organisasi")

    def periksa_rujukan_berkas(self) -> list[DataError]:
        """Every problem of the images this data set names (the galat ``check`` and ``build`` refuse).

        Spreadsheets (``skm.berkas``, ``anggaran.berkas``) are checked where they are read
        (:func:`doctools.masukan.lembar.berkas_data`).
        """
        galat = []
        for periksa in (self.jalur_logo, self.jalur_bagan):
            try:
                periksa()
            except DataError as exc:
                galat.append(exc)
        return galat


_nama_tampil = nama_tampil


def _periksa_berkas_biasa(path: Path, folder: Path) -> None:
    """A data file must be a regular file in ``folder`` (:func:`periksa_berkas_yaml`)."""
    periksa_berkas_yaml(path, folder, _nama_tampil(path))


def _cari_berkas(folder: Path) -> dict[str, Path]:
    ditemukan: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".yaml", ".yml"):
            continue
        stem = path.stem
        if stem in BERKAS_MODEL or stem == BERKAS_KATALOG:
            _periksa_berkas_biasa(path, folder)
        elif not path.is_file():
            continue  # a folder such as arsip.yaml/ is not a data file
        if stem not in BERKAS_MODEL and stem != BERKAS_KATALOG:
            saran = difflib.get_close_matches(stem, [*BERKAS_MODEL, BERKAS_KATALOG], n=1)
            petunjuk = f"; maksudnya '{saran[0]}.yaml'?" if saran else \
                f"; nama berkas yang dikenal: {', '.join(f'{n}.yaml' for n in BERKAS_MODEL)}"
            raise DataError(f"berkas data tidak dikenal{petunjuk}", Lokasi(_nama_tampil(path)))
        if stem in ditemukan:
            raise DataError(f"'{stem}' ada dua kali (.yaml dan .yml); hapus salah satunya", Lokasi(_nama_tampil(path)))
        ditemukan[stem] = path
    return ditemukan


def _tanda_katalog(path: Path) -> list[DataError]:
    """Reserved marks in a regulation catalog the kecamatan or kabupaten wrote (titles are printed)."""
    data, peta = muat_berkas(path, _nama_tampil(path))
    return periksa_tanda(BERKAS_KATALOG, data, peta)


_MENCETAK_TUGAS = {"keputusan-iku": "Lampiran Keputusan IKU", "lkj": "BAB I Laporan Kinerja"}
"""Data files whose documents print the Camat's tugas and fungsi, and where."""


def _tugas_fungsi(berkas: dict[str, Path], instansi: object, peta: PetaLokasi | None) -> list[DataError]:
    """Tugas and fungsi are required only when a document of the folder prints them.

    ``instansi`` and ``peta`` are what loading instansi.yaml gave (nothing when it failed, and then
    its own galat are reported).
    """
    dicetak = [tempat for stem, tempat in _MENCETAK_TUGAS.items() if stem in berkas]
    if not isinstance(instansi, Instansi) or peta is None or not dicetak:
        return []
    hasil = []
    for kolom in ("tugas", "fungsi"):
        if getattr(instansi.kecamatan, kolom) is None:
            lokasi = peta.lokasi(("kecamatan", kolom))
            hasil.append(DataError(f"{kolom} Camat wajib diisi karena dicetak di {' dan '.join(dicetak)}: salin "
                                   "dari Peraturan Bupati/Walikota tentang kedudukan, susunan organisasi, tugas dan "
                                   "fungsi kecamatan, satu butir per baris", lokasi))
    return hasil


def muat_data(folder: Path) -> DataKecamatan:
    """Load and validate every data file of a kecamatan folder; all errors are collected."""
    if not folder.exists():
        raise DataError("folder data tidak ditemukan", Lokasi(_nama_tampil(folder)))
    if not folder.is_dir():
        raise DataError("harus berupa folder data kecamatan, bukan berkas", Lokasi(_nama_tampil(folder)))
    berkas = _cari_berkas(folder)
    if "instansi" not in berkas:
        raise DataError("berkas instansi.yaml tidak ada; setiap folder data kecamatan membutuhkannya",
                        Lokasi(_nama_tampil(folder)))
    galat: list[DataError] = []
    catatan: list[Catatan] = []
    hasil: dict[str, object] = {}
    peta_semua: dict[str, PetaLokasi] = {}
    katalog = Katalog.bawaan()
    kab = berkas_kabupaten(folder)
    kab_data: tuple[dict[str, Any], PetaLokasi] | None = None
    if kab is not None:
        try:
            kab_data = muat_kabupaten(kab, _nama_tampil(kab))
            kab_katalog = kab.parent / f"{BERKAS_KATALOG}.yaml"
            if kab_katalog.exists() or kab_katalog.is_symlink():
                _periksa_berkas_biasa(kab_katalog, kab.parent)
                katalog = Katalog.dari_berkas(_nama_tampil(kab_katalog), dasar=katalog)
                galat.extend(_tanda_katalog(kab_katalog))
        except KumpulanGalat as exc:
            galat.extend(exc.galat)
        except DataError as exc:
            galat.append(exc)
    for stem, path in berkas.items():
        try:
            if stem == BERKAS_KATALOG:
                katalog = Katalog.dari_berkas(_nama_tampil(path), dasar=katalog)
                galat.extend(_tanda_katalog(path))
                continue
            data, peta = muat_berkas(path, _nama_tampil(path))
            if stem == "instansi" and kab_data is not None:
                data, peta = warisi(kab_data[0], kab_data[1], data, peta)
            peta_semua[stem] = peta
            if data is None or data == {}:
                raise DataError("berkas kosong", Lokasi(_nama_tampil(path)))
            data, dirapikan = rapikan(stem, data, peta)
            catatan += dirapikan
            galat.extend(periksa_tanda(stem, data, peta))
            hasil[stem] = validasi(model_berkas(stem), data, peta)
        except KumpulanGalat as exc:
            galat.extend(exc.galat)
        except DataError as exc:
            galat.append(exc)
    if "keputusan-iku" in berkas and "kinerja" not in berkas:
        galat.append(DataError("Keputusan IKU membutuhkan kinerja.yaml (sasaran dan indikator) di folder yang sama",
                               Lokasi(_nama_tampil(berkas["keputusan-iku"]))))
    if "perjanjian-kinerja" in berkas and "kinerja" not in berkas:
        galat.append(DataError("Perjanjian Kinerja membutuhkan kinerja.yaml (sasaran, indikator dan target) di folder "
                               "yang sama", Lokasi(_nama_tampil(berkas["perjanjian-kinerja"]))))
    butuh = {"lkj": ("kinerja", "perjanjian-kinerja"), "rkt": ("kinerja", "perjanjian-kinerja"),
             "rencana-aksi": ("kinerja", "perjanjian-kinerja"), "pohon-kinerja": ("kinerja",)}
    for stem, daftar_lain in butuh.items():
        for lain in daftar_lain:
            if stem in berkas and lain not in berkas:
                galat.append(DataError(f"{NAMA_DOKUMEN[stem]} membutuhkan {lain}.yaml di folder yang sama",
                                       Lokasi(_nama_tampil(berkas[stem]))))
    galat.extend(_tugas_fungsi(berkas, hasil.get("instansi"), peta_semua.get("instansi")))
    if "lkj" in hasil:  # a budget read from the finance system's export instead of typed
        from doctools.model.lembar_lkj import lengkapi_anggaran  # openpyxl's readers only for an LKj

        try:
            hasil["lkj"] = lengkapi_anggaran(folder, hasil["lkj"], peta_semua["lkj"])  # type: ignore[arg-type]
        except KumpulanGalat as exc:
            galat.extend(exc.galat)
        except DataError as exc:
            galat.append(exc)
    if galat:
        raise galat[0] if len(galat) == 1 else KumpulanGalat(galat)
    data = DataKecamatan(
        folder=folder,
        instansi=hasil["instansi"],  # type: ignore[arg-type]
        kinerja=hasil.get("kinerja"),  # type: ignore[arg-type]
        keputusan_iku=hasil.get("keputusan-iku"),  # type: ignore[arg-type]
        keputusan_iki=hasil.get("keputusan-iki"),  # type: ignore[arg-type]
        perjanjian_kinerja=hasil.get("perjanjian-kinerja"),  # type: ignore[arg-type]
        lkj=hasil.get("lkj"),  # type: ignore[arg-type]
        rkt=hasil.get("rkt"),  # type: ignore[arg-type]
        rencana_aksi=hasil.get("rencana-aksi"),  # type: ignore[arg-type]
        pohon_kinerja=hasil.get("pohon-kinerja"),  # type: ignore[arg-type]
        peta=peta_semua,
        katalog=katalog,
        kabupaten=kab.parent if kab is not None else None,
        catatan=tuple(catatan),
    )
    galat = data.periksa_rujukan_berkas()
    if galat:
        raise galat[0] if len(galat) == 1 else KumpulanGalat(galat)
    return data
