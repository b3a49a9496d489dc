"""The year's plans: the RKT's and the Pohon Kinerja's tree, the RKT's anggaran, the Rencana Aksi with its capaian."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from doctools.model.rujukan import normal_nama
from doctools.tahun import TahunKinerja
from tests.conftest import SalinanData, tahun_dari


def test_contoh(tahun: TahunKinerja) -> None:
    rkt, aksi = tahun.rkt, tahun.aksi
    assert rkt is not None and aksi is not None and tahun.pohon is not None
    assert rkt.tahun == 2025 and rkt.pohon is tahun.pohon  # one tree for the RKT and the Pohon Kinerja of a year
    assert rkt.jumlah == D(2310037500)  # the Camat's PK Jumlah
    assert rkt.pagu_program[normal_nama("Program Pemberdayaan Masyarakat Desa dan Kelurahan")] == D(97250000)
    assert rkt.pagu_kegiatan[normal_nama("Pemberdayaan Masyarakat Desa")] == D(65000000)
    assert [rp.kunci for rp in aksi.rencana] == ["camat", "sekretaris", "kasi-pmks", "kasi-trantib"]
    dokumen = aksi.rencana[0].indikator[0]
    capaian = aksi.capaian_dari("camat", dokumen)
    assert [c.triwulan for c in capaian] == [1, 2, 3, 4]
    assert [c.capaian for c in capaian] == [D(50), D(100), D(100), D(100)]  # 1 of 2, 3 of 3, 4 of 4, 4 of 4
    assert [c.capaian_tahun for c in capaian] == [D(25), D(75), D(100), D(100)]
    # a quarter's monitoring report is made in the month after it
    assert [aksi.bulan_laporan(tw) for tw in (1, 2, 3, 4)] == [dt.date(2025, 4, 1), dt.date(2025, 7, 1),
                                                               dt.date(2025, 10, 1), dt.date(2026, 1, 1)]


def test_pk_tahun_lain_masalah_rkt_dan_rencana_aksi(salinan: SalinanData) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "tahun: 2025\ntanggal: 2025-01-06", "tahun: 2024\ntanggal: 2024-01-08")
    tahun = tahun_dari(salinan.folder)
    assert tahun.rkt is None and tahun.aksi is None
    assert tahun.pohon is not None  # the Pohon Kinerja needs no PK of its year
    pesan = sorted(m.pesan for m in tahun.masalah)
    assert any(p.startswith("Rencana Aksi tahun 2025, tetapi perjanjian-kinerja.yaml berisi Perjanjian Kinerja tahun "
                            "2024") for p in pesan)
    assert any(p.startswith("Rencana Kinerja Tahunan tahun 2025, tetapi") for p in pesan)


def test_sasaran_pejabat_tanpa_induk_aturan_pohon(salinan: SalinanData) -> None:
    salinan.ganti("perjanjian-kinerja.yaml", "        mendukung: trantib", "        mendukung: ketertiban")
    tahun = tahun_dari(salinan.folder)
    [m] = tahun.masalah
    assert m.aturan == "pohon.sasaran-pejabat" and "mendukung 'ketertiban'" in m.pesan
    assert tahun.aksi is None  # the Rencana Aksi waits for its PK


def test_pohon_rusak_dilaporkan_sekali(salinan: SalinanData) -> None:
    salinan.ganti("kinerja.yaml", "      sasaran: kesejahteraan\n", "      sasaran: sejahtera\n")
    tahun = tahun_dari(salinan.folder)
    # the RKT and the Pohon Kinerja both need the tree: its problem is one finding
    assert [m.pesan.split(";")[0] for m in tahun.masalah] == ["sasaran 'sejahtera' tidak ada di kinerja.yaml"]
    assert tahun.rkt is None and tahun.pohon is None
    assert "pohon-kinerja" not in tahun.dokumen and "rencana-kinerja-tahunan" not in tahun.dokumen


def test_capaian_tak_terukur_masalah_tahun(salinan: SalinanData) -> None:
    salinan.ganti("rencana-aksi.yaml", "    realisasi: [1, 3, 4, 4]", "    realisasi: [B]")
    tahun = tahun_dari(salinan.folder)
    [m] = tahun.masalah
    assert "tidak sejenis" in m.pesan and m.lokasi is not None and m.lokasi.berkas.endswith("rencana-aksi.yaml")
    assert tahun.aksi is not None  # the plan is printed; only this indicator's capaian is not measured
    assert tahun.aksi.capaian_dari("camat", tahun.aksi.rencana[0].indikator[0]) == ()
