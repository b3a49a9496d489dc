"""The reviu as a whole: the clean example, loading and composing errors, the rule catalog."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from doctools.errors import Lokasi
from doctools.hukum import Temuan
from doctools.reviu import ATURAN, PEMERIKSA, periksa_folder, periksa_tahun
from tests.conftest import CONTOH, SalinanData, tahun_dari
from tests.reviu.conftest import cocok, di, temuan

PK = "perjanjian-kinerja.yaml"


def test_contoh_bersih() -> None:
    laporan = periksa_folder(CONTOH)
    # only information: three citations from shipped catalog entries not yet checked against their source,
    # and the PK target of 2025 that differs from the Renstra's
    assert sorted((t.tingkat, t.aturan) for t in laporan.temuan) == \
        [("info", "bentuk.mengingat-belum-terverifikasi")] * 3 + [("info", "silang.target-pk-renstra")]
    assert (laporan.galat, laporan.peringatan, laporan.info) == (0, 0, 4)
    assert laporan.data is not None and laporan.lulus(ketat=True)
    assert {"keputusan-iku", "keputusan-iki", "perjanjian-kinerja", "laporan-kinerja"} <= set(laporan.dokumen)


def test_salinan_stabil_bersih(salinan: SalinanData) -> None:
    assert temuan(salinan) == []


def test_data_muat(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    laporan = periksa_folder(salinan.folder)
    assert laporan.data is None and laporan.dokumen == ()
    [t] = laporan.temuan
    cocok(t, "data.muat", "galat", di(salinan, "kinerja.yaml", "periode_awal:", "periode_awal"),
          "harus berupa bilangan bulat, yang tertulis 'awal'")


def test_dokumen_susun(salinan: SalinanData) -> None:
    salinan.ganti(PK, "  - pejabat: kasi-pmks\n", "  - pejabat: kasi-pmk\n")
    laporan = periksa_folder(salinan.folder)
    [t] = [t for t in laporan.temuan if t.tingkat != "info"]
    cocok(t, "dokumen.susun", "galat", di(salinan, PK, "pejabat: kasi-pmk", "pejabat[3].pejabat"),
          "pejabat 'kasi-pmk' tidak ada di daftar pejabat instansi.yaml")
    # the other document kinds are still computed (and checked), and reported once
    assert laporan.dokumen == ("keputusan-iku", "keputusan-iki")


def test_masalah_tahun_dilaporkan_sekali(salinan: SalinanData) -> None:
    # what the year could not compute is reported once (not once per document that needs it)
    salinan.ganti("instansi.yaml", "kode_wilayah: \"35.09.14\"", "kode_wilayah: null")
    [t] = temuan(salinan)
    cocok(t, "dokumen.susun", "galat", di(salinan, "instansi.yaml", "kecamatan:", "kecamatan"),
          "pola nomor keputusan memakai {wilayah}, tetapi kecamatan.kode_wilayah belum diisi")


def test_dokumen_catatan(salinan: SalinanData) -> None:
    # a warning the year met, without a rule of its own, is reported under dokumen.catatan
    lokasi = Lokasi("x.yaml", 3, "a")
    tahun = tahun_dari(salinan.folder)
    tahun = dataclasses.replace(tahun, masalah=(*tahun.masalah, Temuan("peringatan", "catatan uji", lokasi)))
    [t] = [t for t in periksa_tahun(tahun).temuan if t.tingkat != "info"]
    cocok(t, "dokumen.catatan", "peringatan", lokasi, "catatan uji")


def test_dokumen_info(salinan: SalinanData) -> None:
    # information the year met, without a rule of its own, stays information: never a galat
    lokasi = Lokasi("x.yaml", 3, "a")
    tahun = tahun_dari(salinan.folder)
    tahun = dataclasses.replace(tahun, masalah=(*tahun.masalah, Temuan("info", "keterangan uji", lokasi)))
    laporan = periksa_tahun(tahun)
    [t] = [t for t in laporan.temuan if t.lokasi == lokasi]
    cocok(t, "dokumen.info", "info", lokasi, "keterangan uji")
    assert laporan.lulus(ketat=True)


def test_id_aturan_stabil_dan_unik() -> None:
    assert all(re.fullmatch(r"[a-z]+\.[a-z0-9-]+", i) for i in ATURAN)
    assert all(a.tingkat in ("galat", "peringatan", "info") and a.uraian for a in ATURAN.values())
    assert len(PEMERIKSA) == len(set(PEMERIKSA))


def test_setiap_aturan_diuji() -> None:
    """Every rule id appears in a test that asserts its finding (this folder's test modules)."""
    teks = "".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py")
                   if p.name != Path(__file__).name)
    teks += Path(__file__).read_text(encoding="utf-8").split("def test_id_aturan_stabil_dan_unik")[0]
    belum = [i for i in ATURAN if f'"{i}"' not in teks]
    assert belum == []
