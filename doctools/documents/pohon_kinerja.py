"""The Pohon Kinerja (cascading): the tree as a landscape table with merged cells, then as diagrams.

Tujuan → sasaran → program → kegiatan → sub-kegiatan, each with its indicators and the year's
target, and the pejabat who carries out each kegiatan (from his PK). The diagram is drawn in
memory (:mod:`doctools.kinerja.pohon`) at the page's text width so its type prints at its size,
each picture on a page of its own; a tree too tall for one page is drawn a few sasaran at a time,
and a sasaran too tall alone is scaled down to fit.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.documents import bersama
from doctools.documents.kisi import Tingkat, baris_pohon
from doctools.kinerja.pohon import IndikatorSimpul, Simpul, png_pohon, tata_letak
from doctools.render import KERTAS_MM, Gambar, Halaman
from doctools.templat.skema import Daftar, Isian, KetentuanTemplat, Kumpulan

if TYPE_CHECKING:
    from doctools.documents.dokumen import Dokumen
    from doctools.tahun import TahunKinerja

JENIS = "pohon-kinerja"
TEMPLAT = "pohon-kinerja.docx"
MM_PER_PT = 25.4 / 72
RUANG_JUDUL_MM = 22.0
"""Height kept free on a diagram's page for its heading, caption and spacing."""


def _indikator(simpul: Simpul, ind: IndikatorSimpul | None) -> list[str]:
    if ind is None:
        return ["-" if simpul.tingkat in ("program", "kegiatan", "sub-kegiatan") else ""]
    return [ind.nama if ind.target is None else f"{ind.nama} (target {ind.target_teks})"]


TINGKAT = (
    Tingkat(("tujuan",), lambda s: [s.uraian], ("indikator_tujuan",), _indikator),
    Tingkat(("sasaran",), lambda s: [s.uraian], ("indikator_sasaran",), _indikator),
    Tingkat(("program",), lambda s: [s.uraian], ("indikator_program",), _indikator),
    Tingkat(("kegiatan", "pelaksana"), lambda s: [s.uraian, s.pelaksana or "-"], ("indikator_kegiatan",), _indikator),
    Tingkat(("sub_kegiatan",), lambda s: [s.uraian], ("indikator_sub_kegiatan",), _indikator),
)


KETENTUAN_TEMPLAT = KetentuanTemplat(
    "Pohon Kinerja: tabel mendatar tujuan sampai sub kegiatan, lalu diagram pohonnya",
    Kumpulan("Pohon Kinerja", {
        "kop": bersama.KOP,
        "judul": Isian("POHON KINERJA"),
        "subjudul": Isian("KECAMATAN … TAHUN …"),
        "baris": Daftar("baris tabel, satu per sub kegiatan (atau indikator); sel yang melanjutkan sel di atasnya "
                        "digabungkan dengannya", Kumpulan("satu baris", {
                            "tujuan": Isian("uraian tujuan"),
                            "indikator_tujuan": Isian("indikator tujuan (dengan targetnya)"),
                            "sasaran": Isian("uraian sasaran"),
                            "indikator_sasaran": Isian("indikator sasaran (dengan targetnya)"),
                            "program": Isian("uraian program"),
                            "indikator_program": Isian("indikator program (dengan targetnya)"),
                            "kegiatan": Isian("uraian kegiatan"),
                            "indikator_kegiatan": Isian("indikator kegiatan (dengan targetnya)"),
                            "pelaksana": Isian("jabatan pelaksana kegiatan (dari PK pejabat), - bila tidak ada"),
                            "sub_kegiatan": Isian("uraian sub kegiatan"),
                            "indikator_sub_kegiatan": Isian("indikator sub kegiatan (dengan targetnya)"),
                        })),
        "gambar": Daftar("diagram pohon kinerja, satu per halaman", Kumpulan("satu diagram", {
            "gambar": Isian("gambar diagram", "gambar"),
            "judul": Isian("keterangan gambar: Gambar 1. Pohon kinerja …"),
        })),
        "ttd": bersama.TTD_CAMAT,
    }),
    bagian=("kop", "tanda-tangan"),
    mendatar=("baris",),
)


def ruang_gambar(halaman: Halaman) -> tuple[float, float]:
    """Width and height (mm) a diagram may take on a landscape page of ``halaman``."""
    pendek, panjang = KERTAS_MM[halaman.kertas]
    atas, bawah, kiri, kanan = halaman.margin_cm
    # 1 mm narrower than the text: the page's width in twips and the picture's in EMU round apart
    return panjang - 10 * (kiri + kanan) - 1, pendek - 10 * (atas + bawah) - RUANG_JUDUL_MM


def _judul_gambar(nomor: list[int]) -> str:
    if len(nomor) == 1:
        return f"Pohon kinerja sasaran {nomor[0]}"
    if nomor == list(range(nomor[0], nomor[-1] + 1)):
        return f"Pohon kinerja sasaran {nomor[0]}–{nomor[-1]}"
    return f"Pohon kinerja sasaran {', '.join(map(str, nomor))}"


def gambar(pohon: tuple[Simpul, ...], halaman: Halaman, sampai: str) -> list[dict[str, Any]]:
    """The diagram(s), each on a page of its own: the whole tree when it fits the page, else
    consecutive sasaran (under their tujuan) gathered while they fit, a sasaran too tall for a
    page alone and scaled down to it."""
    lebar_mm, tinggi_mm = ruang_gambar(halaman)
    lebar_pt = lebar_mm / MM_PER_PT
    akar = [t.pangkas(sampai) for t in pohon]  # type: ignore[arg-type]

    def tinggi(bagian: list[Simpul]) -> float:
        return (tata_letak(bagian, lebar_pt).tinggi + 8) * MM_PER_PT

    def satu(bagian: list[Simpul], judul: str) -> dict[str, Any]:
        letak = tata_letak(bagian, lebar_pt)
        alami = (letak.tinggi + 8) * MM_PER_PT
        lebar = lebar_mm if alami <= tinggi_mm else lebar_mm * tinggi_mm / alami
        return {"judul": judul, "gambar": Gambar(None, round(lebar, 1), lukis=functools.partial(png_pohon, letak))}

    if tinggi(akar) <= tinggi_mm:
        return [satu(akar, "Pohon kinerja")]
    cabang: list[tuple[int, Simpul]] = []
    for t in akar:
        for s in t.anak:
            cabang.append((len(cabang) + 1, Simpul(t.tingkat, t.uraian, t.indikator, (s,), t.pelaksana)))
    hasil: list[dict[str, Any]] = []
    kelompok: list[tuple[int, Simpul]] = []

    def gabung(daftar: list[tuple[int, Simpul]]) -> list[Simpul]:
        """Sasaran of one tujuan drawn under a single tujuan box."""
        pohon_: list[Simpul] = []
        for _, c in daftar:
            if pohon_ and pohon_[-1].uraian == c.uraian and pohon_[-1].tingkat == c.tingkat:
                lama = pohon_[-1]
                pohon_[-1] = Simpul(lama.tingkat, lama.uraian, lama.indikator, lama.anak + c.anak, lama.pelaksana)
            else:
                pohon_.append(c)
        return pohon_

    for nomor, c in cabang:
        if kelompok and tinggi(gabung([*kelompok, (nomor, c)])) > tinggi_mm:
            hasil.append(satu(gabung(kelompok), _judul_gambar([n for n, _ in kelompok])))
            kelompok = []
        kelompok.append((nomor, c))
    if kelompok:
        hasil.append(satu(gabung(kelompok), _judul_gambar([n for n, _ in kelompok])))
    return hasil


def konteks(tahun: TahunKinerja) -> dict[str, Any]:
    """Everything the Pohon Kinerja template prints."""
    data, pohon = tahun.data, tahun.pohon
    assert data.pohon_kinerja is not None and pohon is not None
    nama = data.instansi.kecamatan.nama
    tempat = bersama.tempat_penetapan(data, data.pohon_kinerja.tempat)
    daftar_gambar = gambar(pohon, bersama.halaman(data), data.pohon_kinerja.gambar_sampai)
    for n, g in enumerate(daftar_gambar, start=1):
        g["judul"] = f"Gambar {n}. {g['judul']}"
    return {
        "kop": bersama.kop(tahun),
        "judul": "POHON KINERJA",
        "subjudul": f"KECAMATAN {nama.upper()} TAHUN {data.pohon_kinerja.tahun}",
        "gambar": daftar_gambar,
        "baris": baris_pohon(pohon, TINGKAT),
        "ttd": bersama.ttd_camat(tahun, "pohon-kinerja", tempat, fmt.tanggal_tulis(data.pohon_kinerja.tanggal)),
    }


def nama_berkas(tahun: int) -> str:
    return f"{JENIS}-{tahun}.docx"


def susun(tahun: TahunKinerja) -> list[Dokumen]:
    """The Pohon Kinerja, when the data set has ``pohon-kinerja.yaml`` (and the year could compute its tree)."""
    berkas = tahun.data.pohon_kinerja
    if berkas is None or tahun.pohon is None:
        return []
    return [bersama.dokumen(tahun.data, jenis=JENIS, nama_berkas=nama_berkas(berkas.tahun), templat=TEMPLAT,
                            konteks=konteks(tahun), judul=f"Pohon Kinerja {berkas.tahun}", tanggal=bersama.tanggal_metadata(berkas.tanggal, berkas.tahun))]
