"""A second batch build redoes only the kecamatan whose inputs or documents changed."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document

from doctools import manifes
from doctools.batch import bangun_kabupaten
from doctools.cli import main
from tests.test_kabupaten import KABUPATEN_YAML, _kecamatan

KELUAR = "out"


@pytest.fixture()
def kabupaten(tmp_path: Path) -> Path:
    folder = tmp_path / "jember"
    folder.mkdir()
    (folder / "kabupaten.yaml").write_text(KABUPATEN_YAML, encoding="utf-8")
    _kecamatan(folder / "mumbulsari", "Mumbulsari")
    _kecamatan(folder / "tempurejo", "Tempurejo")
    return folder


def _jejak(out: Path) -> dict[str, tuple[int, bytes]]:
    """Every document written, with its modification time and bytes."""
    return {str(p.relative_to(out)): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(out.rglob("*.docx"))}


def _bangun(folder: Path, tmp_path: Path, *opsi: str):
    hasil = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / KELUAR), "-j", "1", *opsi])
    assert hasil.exit_code == 0, hasil.output
    return hasil.output


def _dibangun(output: str) -> list[str]:
    return sorted(b.split(":")[0] for b in output.splitlines() if b.endswith("detik)") and "dokumen" in b)


def test_unchanged_kabupaten_is_skipped_whole(kabupaten: Path, tmp_path: Path) -> None:
    pertama = _bangun(kabupaten, tmp_path)
    assert _dibangun(pertama) == ["mumbulsari", "tempurejo"]
    sebelum = _jejak(tmp_path / KELUAR)
    assert len(sebelum) == 22  # eleven documents of each kecamatan
    kedua = _bangun(kabupaten, tmp_path)
    assert "mumbulsari: tidak berubah, dilewati" in kedua and "tempurejo: tidak berubah, dilewati" in kedua
    assert "2 dari 2 kecamatan selesai (2 tidak berubah, dilewati), 0 dokumen ditulis" in kedua
    assert _jejak(tmp_path / KELUAR) == sebelum  # not even rewritten
    # the warnings of the last build are reported again, and counted
    assert pertama.count("peringatan: ") == kedua.count("peringatan: ") > 0


def test_only_the_changed_kecamatan_is_built_again(kabupaten: Path, tmp_path: Path) -> None:
    _bangun(kabupaten, tmp_path)
    sebelum = _jejak(tmp_path / KELUAR)
    path = kabupaten / "tempurejo" / "keputusan-iku.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('urut: "007"', 'urut: "123"'), encoding="utf-8")
    keluaran = _bangun(kabupaten, tmp_path)
    assert _dibangun(keluaran) == ["tempurejo"]
    assert "mumbulsari: tidak berubah, dilewati" in keluaran
    sesudah = _jejak(tmp_path / KELUAR)
    assert all(sesudah[k] == v for k, v in sebelum.items() if k.startswith("jember/mumbulsari/"))
    iku = tmp_path / KELUAR / "jember" / "tempurejo" / "keputusan-iku-2025.docx"
    assert any("/123/" in p.text for p in Document(str(iku)).paragraphs)


def test_renaming_a_kecamatan_rebuilds_its_siblings(kabupaten: Path, tmp_path: Path) -> None:
    """The reviu of each kecamatan looks for the other kecamatan's names in its documents."""
    _bangun(kabupaten, tmp_path)
    instansi = kabupaten / "tempurejo" / "instansi.yaml"
    instansi.write_text(instansi.read_text(encoding="utf-8").replace("nama: Tempurejo", "nama: Tempurejo Baru"),
                        encoding="utf-8")
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["mumbulsari", "tempurejo"]
    iku = tmp_path / KELUAR / "jember" / "tempurejo" / "keputusan-iku-2025.docx"
    assert "KEPUTUSAN CAMAT TEMPUREJO BARU" in [p.text for p in Document(str(iku)).paragraphs]
    assert _dibangun(_bangun(kabupaten, tmp_path)) == []


def test_shared_settings_rebuild_every_kecamatan(kabupaten: Path, tmp_path: Path) -> None:
    _bangun(kabupaten, tmp_path)
    path = kabupaten / "kabupaten.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kertas: A4", "kertas: F4"), encoding="utf-8")
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["mumbulsari", "tempurejo"]
    iku = tmp_path / KELUAR / "jember" / "mumbulsari" / "keputusan-iku-2025.docx"
    assert abs(Document(str(iku)).sections[0].page_height.mm - 330) < 0.5


def test_a_changed_survey_file_is_seen(kabupaten: Path, tmp_path: Path) -> None:
    _bangun(kabupaten, tmp_path)
    survei = kabupaten / "mumbulsari" / "skm-2025.xlsx"
    buku = openpyxl.load_workbook(survei)
    lembar = buku["Form Responses 1"]
    kolom = next(c.column for c in lembar[1] if c.value and "persyaratan" in str(c.value).lower())
    lembar.cell(2, kolom).value = "Tidak sesuai" if lembar.cell(2, kolom).value != "Tidak sesuai" else "Sesuai"
    buku.save(survei)
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["mumbulsari"]


def test_a_document_removed_or_altered_is_built_again(kabupaten: Path, tmp_path: Path) -> None:
    _bangun(kabupaten, tmp_path)
    (tmp_path / KELUAR / "jember" / "mumbulsari" / "keputusan-iki-2025.docx").unlink()
    pk = tmp_path / KELUAR / "jember" / "tempurejo" / "perjanjian-kinerja-2025-camat.docx"
    pk.write_bytes(pk.read_bytes() + b"\0")
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["mumbulsari", "tempurejo"]
    assert (tmp_path / KELUAR / "jember" / "mumbulsari" / "keputusan-iki-2025.docx").is_file()
    Document(str(pk))  # whole again


def test_a_new_data_file_counts_as_a_change(kabupaten: Path, tmp_path: Path) -> None:
    (kabupaten / "tempurejo" / "keputusan-iki.yaml").unlink()
    _bangun(kabupaten, tmp_path)
    assert not (tmp_path / KELUAR / "jember" / "tempurejo" / "keputusan-iki-2025.docx").exists()
    (kabupaten / "tempurejo" / "keputusan-iki.yaml").write_bytes((kabupaten / "mumbulsari" / "keputusan-iki.yaml")
                                                                 .read_bytes())
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["tempurejo"]
    assert (tmp_path / KELUAR / "jember" / "tempurejo" / "keputusan-iki-2025.docx").is_file()


def test_semua_builds_everything_again(kabupaten: Path, tmp_path: Path) -> None:
    _bangun(kabupaten, tmp_path)
    keluaran = _bangun(kabupaten, tmp_path, "--semua")
    assert _dibangun(keluaran) == ["mumbulsari", "tempurejo"] and "dilewati" not in keluaran


def test_another_triwulan_builds_again(kabupaten: Path, tmp_path: Path) -> None:
    """The Rencana Aksi's monitoring report of a quarter asked for: unchanged kecamatan are built again."""
    _bangun(kabupaten, tmp_path)
    keluaran = _bangun(kabupaten, tmp_path, "--triwulan", "2")
    assert _dibangun(keluaran) == ["mumbulsari", "tempurejo"]
    laporan = sorted(str(p.relative_to(tmp_path / KELUAR)) for p in (tmp_path / KELUAR).rglob("*triwulan*.docx"))
    assert laporan == ["jember/mumbulsari/rencana-aksi-2025-triwulan-2.docx",
                       "jember/tempurejo/rencana-aksi-2025-triwulan-2.docx"]
    assert "tidak berubah, dilewati" in _bangun(kabupaten, tmp_path, "--triwulan", "2")


def test_another_toolkit_or_reviu_setting_rebuilds(kabupaten: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _bangun(kabupaten, tmp_path)
    assert _dibangun(_bangun(kabupaten, tmp_path, "--batas-pk", "60")) == ["mumbulsari", "tempurejo"]
    assert _dibangun(_bangun(kabupaten, tmp_path, "--batas-pk", "60")) == []
    monkeypatch.setattr(manifes, "sidik_alat", lambda: "versi lain")
    assert _dibangun(_bangun(kabupaten, tmp_path, "--batas-pk", "60")) == ["mumbulsari", "tempurejo"]


def test_a_failed_kecamatan_is_tried_again_and_a_broken_manifest_means_a_full_build(
        kabupaten: Path, tmp_path: Path) -> None:
    path = kabupaten / "tempurejo" / "kinerja.yaml"
    asli = path.read_text(encoding="utf-8")
    path.write_text(asli + "\nsasaran: [\n", encoding="utf-8")
    hasil = CliRunner().invoke(main, ["build", str(kabupaten), "-o", str(tmp_path / KELUAR), "-j", "1"])
    assert hasil.exit_code != 0
    tercatat = json.loads((tmp_path / KELUAR / "jember" / manifes.NAMA_MANIFES).read_text(encoding="utf-8"))
    assert sorted(tercatat["kecamatan"]) == ["mumbulsari"]
    path.write_text(asli, encoding="utf-8")
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["tempurejo"]
    (tmp_path / KELUAR / "jember" / manifes.NAMA_MANIFES).write_text("{rusak", encoding="utf-8")
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["mumbulsari", "tempurejo"]


def test_manifest_records_inputs_and_outputs(kabupaten: Path, tmp_path: Path) -> None:
    ringkasan = bangun_kabupaten(kabupaten, tmp_path / KELUAR, jobs=1)
    catatan = manifes.muat(tmp_path / KELUAR / "jember")
    c = catatan["mumbulsari"]
    folder = (kabupaten / "mumbulsari").resolve()
    assert c.data == sorted(p.name for p in folder.glob("*.yaml"))
    assert {Path(p).name for p in c.masukan} >= {"kabupaten.yaml", "lkj.yaml", "skm-2025.xlsx", "realisasi-2025.xlsx"}
    assert c.masukan[str(folder / "skm-2025.xlsx")] == manifes.sidik_berkas(folder / "skm-2025.xlsx")
    [hasil] = [h for h in ringkasan.hasil if h.folder.name == "mumbulsari"]
    assert sorted(c.keluaran) == sorted(p.name for p in hasil.berkas)
    for p in hasil.berkas:
        assert c.keluaran[p.name] == manifes.sidik_berkas(p)


def test_pdf_asked_needs_the_pdfs_recorded(kabupaten: Path, tmp_path: Path) -> None:
    bangun_kabupaten(kabupaten, tmp_path / KELUAR, jobs=1)
    c = manifes.muat(tmp_path / KELUAR / "jember")["mumbulsari"]
    from doctools.reviu import nama_saudara, pengaturan_bawaan

    folder = kabupaten / "mumbulsari"
    tujuan = tmp_path / KELUAR / "jember" / "mumbulsari"
    sama = {"alat": manifes.sidik_alat(), "pengaturan": manifes.sidik_teks(pengaturan_bawaan()),
            "saudara": manifes.sidik_teks(nama_saudara(folder))}
    assert manifes.tidak_berubah(c, folder, tujuan, pdf=False, **sama)
    assert not manifes.tidak_berubah(c, folder, tujuan, pdf=True, **sama)
    for nama in [n for n in c.keluaran if n.endswith(".docx")]:
        pdf = tujuan / f"{Path(nama).stem}.pdf"
        pdf.write_bytes(b"%PDF-1.4 " + nama.encode())
        c.keluaran[pdf.name] = manifes.sidik_berkas(pdf)
    assert manifes.tidak_berubah(c, folder, tujuan, pdf=True, **sama)
    pdf.write_bytes(b"%PDF-1.4 lain")
    assert not manifes.tidak_berubah(c, folder, tujuan, pdf=True, **sama)


def test_an_own_template_added_or_changed_rebuilds(kabupaten: Path, tmp_path: Path) -> None:
    def salin(folder: Path, jenis: str) -> Path:
        hasil = CliRunner().invoke(main, ["templat", "salin", str(folder), "--jenis", jenis])
        assert hasil.exit_code == 0, hasil.output
        return folder / "templat" / f"{jenis}.docx"

    _bangun(kabupaten, tmp_path)
    iku = salin(kabupaten / "tempurejo", "keputusan-iku")
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["tempurejo"]
    assert _dibangun(_bangun(kabupaten, tmp_path)) == []
    salin(kabupaten, "keputusan-iki")  # the kabupaten's own template: every kecamatan
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["mumbulsari", "tempurejo"]
    iku.write_bytes(iku.read_bytes())  # rewritten with the same bytes: nothing to do
    assert _dibangun(_bangun(kabupaten, tmp_path)) == []
    iku.unlink()
    assert _dibangun(_bangun(kabupaten, tmp_path)) == ["tempurejo"]
