"""The reviu as a whole: the clean example, loading and composing errors, the rule catalog."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from doctools.documents import JENIS_DOKUMEN, Dokumen
from doctools.errors import Lokasi
from doctools.hukum import Temuan
from doctools.render import Metadata
from doctools.reviu import ATURAN, PEMERIKSA, periksa_folder
from doctools.reviu.temuan import CATATAN_DOKUMEN, rapikan
from tests.conftest import CONTOH, SalinanData
from tests.reviu.conftest import cocok, di, temuan

PK = "perjanjian-kinerja.yaml"


def test_contoh_bersih() -> None:
    laporan = periksa_folder(CONTOH)
    # only information: three citations from shipped catalog entries not yet checked against their source
    assert [(t.tingkat, t.aturan) for t in laporan.temuan] == [("info", "bentuk.mengingat-belum-terverifikasi")] * 3
    assert (laporan.galat, laporan.peringatan, laporan.info) == (0, 0, 3)
    assert laporan.data is not None and laporan.lulus(ketat=True)
    assert {"keputusan-iku", "keputusan-iki", "perjanjian-kinerja"} <= {d.jenis for d in laporan.dokumen}


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
    # the other document kinds are still composed (and checked)
    assert {d.jenis for d in laporan.dokumen} == {"keputusan-iku", "keputusan-iki"}


def test_dokumen_catatan(salinan: SalinanData, monkeypatch: pytest.MonkeyPatch) -> None:
    lokasi = Lokasi("x.yaml", 3, "a")

    def susun(_data: object) -> list[Dokumen]:
        return [Dokumen("uji", "uji.docx", "uji.docx", {}, Metadata(judul="uji", penulis="uji", tanggal=dt.date(2025, 1, 6)),
                        temuan=(Temuan("peringatan", "catatan uji", lokasi),))]

    monkeypatch.setitem(JENIS_DOKUMEN, "uji", susun)
    [t] = temuan(salinan)
    cocok(t, "dokumen.catatan", "peringatan", lokasi, "catatan uji")


def test_dokumen_info(salinan: SalinanData, monkeypatch: pytest.MonkeyPatch) -> None:
    lokasi = Lokasi("x.yaml", 3, "a")

    def susun(_data: object) -> list[Dokumen]:
        return [Dokumen("uji", "uji.docx", "uji.docx", {}, Metadata(judul="uji", penulis="uji", tanggal=dt.date(2025, 1, 6)),
                        temuan=(Temuan("info", "keterangan uji", lokasi),))]

    monkeypatch.setitem(JENIS_DOKUMEN, "uji", susun)
    laporan = periksa_folder(salinan.folder)
    [t] = [t for t in laporan.temuan if t.lokasi == lokasi]
    cocok(t, "dokumen.info", "info", lokasi, "keterangan uji")  # information stays information, never a galat
    assert laporan.lulus(ketat=True)


def test_rapikan_mendahulukan_aturan_khusus() -> None:
    lok = Lokasi("a.yaml", 5, "anggaran.program[1].kegiatan[2]")
    umum = CATATAN_DOKUMEN("realisasi kegiatan 'X' Rp41.000.000 melebihi pagunya", lok)
    sama = Temuan("peringatan", "realisasi kegiatan 'X' Rp 41.000.000,00 melebihi", Lokasi(
        "a.yaml", 6, "anggaran.program[1].kegiatan[2].realisasi"), "anggaran.realisasi-melebihi-pagu")
    lain = CATATAN_DOKUMEN("kegiatan 'X' tanpa sasaran", lok)
    assert rapikan([umum, sama, lain]) == [lain, sama]
    kembar = Temuan("galat", "p", lok, "bentuk.mengingat")
    assert rapikan([Temuan("galat", "p", lok, "dokumen.susun"), kembar]) == [kembar]


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
