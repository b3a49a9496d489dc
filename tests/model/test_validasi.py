"""Validation errors: Indonesian messages with the file, the line and the field path.

Each test breaks one field of a copy of the example data and checks the exact message and that
the line it names is the line the user would have to edit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from doctools.errors import DataError
from doctools.load import muat_teks
from doctools.model import Instansi, Keputusan, Kinerja, KumpulanGalat, muat_data
from doctools.model.dataset import BERKAS_MODEL
from doctools.model.validasi import validasi
from tests.conftest import SalinanData, salin_iku


def galat_dari(salinan: SalinanData) -> list[DataError]:
    """The errors muat_data reports for the copy, one DataError per problem."""
    with pytest.raises(DataError) as info:
        muat_data(salinan.folder)
    exc = info.value
    return list(exc.galat) if isinstance(exc, KumpulanGalat) else [exc]


def satu_galat(salinan: SalinanData) -> DataError:
    galat = galat_dari(salinan)
    assert len(galat) == 1, [str(g) for g in galat]
    return galat[0]


def cek(galat: DataError, salinan: SalinanData, berkas: str, baris: int, kolom: str | None, pesan: str) -> None:
    assert galat.lokasi is not None
    assert Path(galat.lokasi.berkas).name == berkas
    assert Path(galat.lokasi.berkas).parent.resolve() == salinan.folder.resolve()
    assert galat.lokasi.baris == baris
    assert galat.lokasi.kolom == kolom
    assert galat.pesan == pesan
    kolom_teks = f", kolom '{kolom}'" if kolom else ""
    assert str(galat).endswith(f"{berkas}:{baris}{kolom_teks}: {pesan}")


# ---- missing and empty --------------------------------------------------------------------------


def test_kolom_wajib_tidak_ada(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Drs. BAMBANG SETIAWAN, M.Si.\n", "")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "camat:"),
        "camat.nama", "wajib diisi tetapi tidak ada")


def test_kolom_wajib_kosong(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Jember\n", "  nama:\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", _baris_persis(salin_contoh, "instansi.yaml", "  nama:"),
        "pemerintah.nama", "wajib diisi tetapi kosong")


def _baris_persis(salinan: SalinanData, berkas: str, baris: str) -> int:
    return salinan.baca(berkas).splitlines().index(baris) + 1


def test_teks_kosong_dalam_kutip(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "      - nama: Nilai SAKIP Perangkat Daerah", '      - nama: "  "')
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "kinerja.yaml", salin_contoh.baris("kinerja.yaml", 'nama: "  "'),
        "sasaran[5].indikator[1].nama", "tidak boleh kosong")


def test_tanggal_kosong_tanpa_tahun(salin_contoh: SalinanData) -> None:
    """A decree whose date is left to the hand still needs its year (nomor, file name): from nomor.tahun."""
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06", "tanggal:")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "tanggal:"),
        "tanggal", "tanggal penetapan tidak ditulis, dan nomor.tahun juga tidak: tulis tanggalnya (2025-01 bila "
                   "harinya ditulis tangan) atau tahun keputusan di nomor (tahun: 2025)")


# ---- wrong types --------------------------------------------------------------------------------


def test_teks_di_tempat_bilangan_bulat(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: dua ribu dua puluh satu")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "kinerja.yaml", salin_contoh.baris("kinerja.yaml", "periode_awal:"),
        "periode_awal", "harus berupa bilangan bulat, yang tertulis 'dua ribu dua puluh satu'")


def test_teks_di_tempat_angka(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "huruf: {nama: Bookman Old Style, ukuran: 12}",
                       "huruf: {nama: Bookman Old Style, ukuran: besar}")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "ukuran: besar"),
        "pengaturan.huruf.ukuran", "harus berupa angka (misalnya 85 atau 85.5), yang tertulis 'besar'")


def test_daftar_di_tempat_teks(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Mumbulsari\n", "  nama:\n    - Mumbulsari\n    - Jember\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", _baris_persis(salin_contoh, "instansi.yaml", "  nama:"),
        "kecamatan.nama", "harus berupa teks, bukan daftar; tulis teksnya pada satu baris atau gabungkan butirnya")


def test_bool_di_tempat_teks(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "  nama: Mumbulsari\n", "  nama: true\n")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.kolom == "kecamatan.nama"
    assert galat.pesan == "harus berupa teks; bila maksudnya teks 'true', beri tanda kutip"


def test_angka_di_tempat_teks_diterima(salin_contoh: SalinanData) -> None:
    # a number typed where text belongs is kept as its digits (a kode pos, a telephone number)
    salin_contoh.ganti("instansi.yaml", 'kode_pos: "68174"', "kode_pos: 68174")
    data = muat_data(salin_contoh.folder)
    assert data.instansi.kecamatan.kode_pos == "68174"


def test_teks_di_tempat_daftar_teks_adalah_satu_butir(salin_contoh: SalinanData) -> None:
    # a list of text lines may be written as its single line, in every model alike
    teks = salin_contoh.baca("keputusan-iku.yaml")
    awal = teks.index("tembusan:")
    salin_contoh.tulis("keputusan-iku.yaml", teks[:awal] + "tembusan: Bupati Jember\n")
    data = muat_data(salin_contoh.folder)
    assert data.keputusan_iku is not None and data.keputusan_iku.tembusan == ["Bupati Jember"]
    assert data.kinerja is not None
    indikator = data.kinerja.sasaran[0].indikator[0]  # written "penanggung_jawab: Camat", "sumber_data: Dokumen …"
    assert indikator.penanggung_jawab == ["Camat"]
    assert indikator.sumber_data == ["Dokumen Sekretariat Kecamatan"]


def test_teks_di_tempat_daftar_kumpulan(salin_contoh: SalinanData) -> None:
    teks = salin_contoh.baca("keputusan-iku.yaml")
    awal, akhir = teks.index("diktum:"), teks.index("tembusan:")
    salin_contoh.tulis("keputusan-iku.yaml", teks[:awal] + "diktum: Menetapkan Indikator Kinerja Utama\n\n"
                       + teks[akhir:])
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "diktum:"),
        "diktum", "harus berupa daftar (setiap butir diawali '- ')")


def test_teks_di_tempat_kumpulan_kolom(salin_contoh: SalinanData) -> None:
    teks = salin_contoh.baca("instansi.yaml")
    awal, akhir = teks.index("camat:\n"), teks.index("# logo:")
    salin_contoh.tulis("instansi.yaml", teks[:awal] + "camat: Drs. BAMBANG SETIAWAN\n\n" + teks[akhir:])
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "camat: Drs."),
        "camat", "harus berupa kumpulan kolom (nama: nilai)")


def test_pilihan_tidak_dikenal(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "  kertas: F4 ", "  kertas: Folio ")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "kertas: Folio"),
        "pengaturan.kertas", "harus salah satu dari 'F4' atau 'A4', yang tertulis 'Folio'")


def test_bool_salah(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06\n", "tanggal: 2025-01-06\nulang_judul: ya\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "ulang_judul:"),
        "ulang_judul", "harus true atau false, yang tertulis 'ya'")


def test_tanggal_angka_hari_dulu_ditolak(salin_contoh: SalinanData) -> None:
    """06-01-2025 read the other way round is another date: refused, with the two forms to write."""
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06", "tanggal: 06-01-2025")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "tanggal:"),
        "tanggal", "harus berupa tanggal dengan bentuk TTTT-BB-HH (misalnya 2025-01-06), atau TTTT-BB bila harinya "
                   "ditulis tangan (2025-01); yang tertulis '06-01-2025'")


def test_batas_nilai(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "ukuran: 12}", "ukuran: 30}")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.kolom == "pengaturan.huruf.ukuran"
    assert galat.pesan.startswith("harus paling besar 16, yang tertulis ")
    assert "30" in galat.pesan


def test_margin_tidak_wajar(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "kiri: 3,", "kiri: 30,")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "kiri: 30"),
        "pengaturan.margin.kiri", "margin 30 cm tidak wajar; isi antara 0.5 dan 8 (cm)")


KINERJA_KECIL = """\
periode_awal: 2021
periode_akhir: 2026
tujuan:
  - uraian: Tujuan
sasaran:
  - uraian: Sasaran
    indikator:
      - nama: Indikator
        target:
          {target}
"""


def test_target_daftar_ditolak() -> None:
    data, peta = muat_teks(KINERJA_KECIL.format(target="2025: [80, 90]"), "kinerja.yaml")
    with pytest.raises(KumpulanGalat) as info:
        validasi(Kinerja, data, peta)
    galat = info.value.galat
    # the value may be neither a number nor a text: one message says so, at its place
    assert {(g.lokasi.berkas, g.lokasi.baris, g.lokasi.kolom) for g in galat} == \
        {("kinerja.yaml", 10, "sasaran[1].indikator[1].target.2025")}
    assert [g.pesan for g in galat] == ["harus berupa satu angka atau satu label (mis. 85 atau B), yang tertulis "
                                        "'[80, 90]'"]


def test_tahun_target_bukan_bilangan() -> None:
    data, peta = muat_teks(KINERJA_KECIL.format(target="tahun_ini: 80"), "kinerja.yaml")
    with pytest.raises(KumpulanGalat) as info:
        validasi(Kinerja, data, peta)
    assert [str(g) for g in info.value.galat] == [
        ("kinerja.yaml:10, kolom 'sasaran[1].indikator[1].target.tahun_ini': "
         "harus berupa bilangan bulat, yang tertulis 'tahun_ini'")]


def test_periode_terbalik(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_akhir: 2026", "periode_akhir: 2020")
    galat = satu_galat(salin_contoh)
    assert galat.pesan == "periode_akhir (2020) lebih awal dari periode_awal (2021)"
    assert Path(galat.lokasi.berkas).name == "kinerja.yaml"


def test_kode_wilayah(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", 'kode_wilayah: "35.09.14"', 'kode_wilayah: "35.09.1A"')
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "kode_wilayah:"),
        "kecamatan.kode_wilayah", "kode wilayah harus berupa angka bertitik, misalnya 35.09.14; tertulis '35.09.1A'")


@pytest.mark.parametrize(("pola", "pesan"), [
    ("{kode}/{nomor}/{tahun}",
     "pola nomor memakai unsur tidak dikenal: nomor; yang dikenal: {kode} {urut} {wilayah} {tahun}"),
    ("{kode}/{tahun}", "pola nomor harus memuat {urut}"),
])
def test_pola_nomor(salin_contoh: SalinanData, pola: str, pesan: str) -> None:
    salin_contoh.ganti("instansi.yaml", 'pola_nomor_keputusan: "{kode}/{urut}/{wilayah}/{tahun}"',
                       f'pola_nomor_keputusan: "{pola}"')
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "pola_nomor_keputusan:"),
        "pengaturan.pola_nomor_keputusan", pesan)


# ---- unknown keys -------------------------------------------------------------------------------


def test_kolom_asing_dengan_saran_di_baris_kuncinya(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "\nsasaran:\n", "\nsasara:\n")
    galat = satu_galat(salin_contoh)
    # the key's own line, not the line of its first list item below it
    cek(galat, salin_contoh, "kinerja.yaml", salin_contoh.baris("kinerja.yaml", "sasara:"),
        "sasara", "kolom tidak dikenal; maksudnya 'sasaran'?")


def test_kolom_asing_bersarang(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "        satuan: nilai\n", "        satuaan: nilai\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "kinerja.yaml", salin_contoh.baris("kinerja.yaml", "satuaan:"),
        "sasaran[5].indikator[1].satuaan", "kolom tidak dikenal; maksudnya 'satuan'?")


def test_kolom_asing_tanpa_kemiripan(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "camat:\n", "camat:\n  golongan_darah: O\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "golongan_darah:"),
        "camat.golongan_darah", "kolom tidak dikenal; kolom yang dikenal: nama, nip, pangkat, sampai, sejak, status")


def test_satu_kali_jalan_melaporkan_semua(tmp_path: Path) -> None:
    # typos do not hide the rest of their model, nor the kabupaten's catalog the kecamatan's files
    kabupaten = tmp_path / "jember"
    kabupaten.mkdir()
    (kabupaten / "kabupaten.yaml").write_text("pengaturan:\n  kertas: F4\n", encoding="utf-8")
    (kabupaten / "peraturan.yaml").write_text(
        "peraturan:\n  perbup-jember-1-2020:\n    jenis: perbup\n    daerah: Kabupaten Jember\n    nomor: 1\n"
        "    tahun: 2020\n    tentng: Contoh\n  perbup-jember-2-2020:\n    jenis: perbupx\n    nomor: 2\n"
        "    tahun: 2020\n    tentang: Contoh\n", encoding="utf-8")
    salinan = salin_iku(kabupaten / "mumbulsari")
    salinan.ganti("instansi.yaml", "  alamat: Jl.", "  alamt: Jl.")
    salinan.ganti("instansi.yaml", 'kode_wilayah: "35.09.14"', 'kode_wilayah: "35.09.x"')
    salinan.ganti("instansi.yaml", "  kode_pos:", "  faksmile: (0331) 5444178\n  kode_pos:")
    salinan.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    galat = galat_dari(salinan)
    assert sorted((Path(g.lokasi.berkas).name, g.lokasi.kolom) for g in galat if g.lokasi and g.lokasi.berkas) == [
        ("instansi.yaml", "kecamatan.alamt"),
        ("instansi.yaml", "kecamatan.faksmile"),
        ("instansi.yaml", "kecamatan.kode_wilayah"),
        ("kinerja.yaml", "periode_awal"),
        ("peraturan.yaml", "peraturan.perbup-jember-1-2020.tentng"),
        ("peraturan.yaml", "peraturan.perbup-jember-2-2020.jenis"),
    ]
    assert len(galat) == 6


# ---- NIP and pangkat ----------------------------------------------------------------------------


@pytest.mark.parametrize(("nip", "pesan"), [
    ('"19700512 199503 1 04"', "NIP harus 18 angka, yang tertulis 17 angka"),
    ('"19700512 199503 1 0041"', "NIP harus 18 angka, yang tertulis 19 angka"),
    ('"19700230 199503 1 004"', "tanggal lahir pada NIP (19700230) bukan tanggal yang ada"),
    ('"19701312 199503 1 004"', "tanggal lahir pada NIP (19701312) bukan tanggal yang ada"),
    ('"19700512 199503 3 004"', "digit jenis kelamin NIP harus 1 atau 2, yang tertulis 3"),
    ('"19700512 199513 1 004"', "bulan TMT pada NIP (199513) harus 01 sampai 12, yang tertulis 13"),
    ('"19700512 196503 1 004"', "TMT pada NIP (196503) lebih awal dari tanggal lahir (19700512)"),
    ('"1970O512 199503 1 004"', "NIP hanya boleh berisi angka, yang tertulis '1970O512 199503 1 004' memuat 'O'"),
    ("[19700512]", 'NIP harus berupa 18 angka, misalnya "19671229 199303 1 008"'),
])
def test_nip_salah(salin_contoh: SalinanData, nip: str, pesan: str) -> None:
    salin_contoh.ganti("instansi.yaml", 'nip: "19700512 199503 1 004"', f"nip: {nip}")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", f"nip: {nip}"), "camat.nip", pesan)


@pytest.mark.parametrize("nip", ['"197005121995031004"', "197005121995031004", '"NIP. 19700512.199503.1.004"'])
def test_nip_berbagai_tulisan(salin_contoh: SalinanData, nip: str) -> None:
    salin_contoh.ganti("instansi.yaml", 'nip: "19700512 199503 1 004"', f"nip: {nip}")
    camat = muat_data(salin_contoh.folder).instansi.camat
    assert camat.nip.angka == "197005121995031004"
    assert camat.nip.format == "19700512 199503 1 004"


@pytest.mark.parametrize("pangkat", [
    "Pembina Tingkat I", "Pembina TK. I / IVb", "PEMBINA TK.I", "Pembina Tk.1", "pembina tkt. i",
    "IV/b", "IVb", "4/b", "Pembina Tk. I (IV/b)",
])
def test_ejaan_pangkat_diterima(salin_contoh: SalinanData, pangkat: str) -> None:
    salin_contoh.ganti("instansi.yaml", "pangkat: Pembina Tingkat I ", f'pangkat: "{pangkat}" ')
    camat = muat_data(salin_contoh.folder).instansi.camat
    assert camat.pangkat.golongan == "IV/b"
    assert camat.pangkat.nama == "Pembina Tingkat I"


@pytest.mark.parametrize(("pangkat", "pesan"), [
    ("Pembina Tingkat V", "pangkat 'Pembina Tingkat V' tidak dikenal; mungkin maksudnya: "),
    ("Pembina / IIIb", "pangkat Pembina bergolongan IV/a, bukan III/b; periksa pangkat atau golongannya"),
    ("III/e", "golongan III/e tidak ada; golongan I sampai III hanya ruang a sampai d, golongan IV ruang a sampai e"),
    ("Kepala", "pangkat 'Kepala' tidak dikenal; tulis misalnya 'Penata Tk. I' atau 'III/d'"),
])
def test_pangkat_salah(salin_contoh: SalinanData, pangkat: str, pesan: str) -> None:
    salin_contoh.ganti("instansi.yaml", "pangkat: Pembina Tingkat I ", f'pangkat: "{pangkat}" ')
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.kolom == "camat.pangkat"
    assert galat.lokasi.baris == salin_contoh.baris("instansi.yaml", f'pangkat: "{pangkat}"')
    assert galat.pesan.startswith(pesan)


def test_pangkat_bukan_teks(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "pangkat: Pembina Tingkat I ", "pangkat: 4 ")
    galat = satu_galat(salin_contoh)
    assert galat.pesan == 'pangkat/golongan harus berupa teks, misalnya "Penata Tk. I" atau "III/d"'


# ---- the decree's own rules ---------------------------------------------------------------------


def _ganti_blok(salinan: SalinanData, berkas: str, kunci: str, kunci_berikut: str, baru: str) -> None:
    """Replace the block from ``kunci`` up to (not including) ``kunci_berikut`` with ``baru``."""
    teks = salinan.baca(berkas)
    awal, akhir = teks.index(kunci), teks.index(kunci_berikut)
    salinan.tulis(berkas, teks[:awal] + baru + teks[akhir:])


def test_diktum_kosong(salin_contoh: SalinanData) -> None:
    _ganti_blok(salin_contoh, "keputusan-iku.yaml", "diktum:\n", "tembusan:\n", "diktum: []\n\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "diktum: []"),
        "diktum", "tidak boleh kosong; isi paling sedikit satu butir")


def test_menimbang_kosong(salin_contoh: SalinanData) -> None:
    _ganti_blok(salin_contoh, "keputusan-iku.yaml", "menimbang:\n", "mengingat:\n", "menimbang:\n\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "menimbang:"),
        "menimbang", "wajib diisi tetapi kosong")


def test_menimbang_daftar_kosong(salin_contoh: SalinanData) -> None:
    _ganti_blok(salin_contoh, "keputusan-iku.yaml", "menimbang:\n", "mengingat:\n", "menimbang: []\n\n")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.kolom == "menimbang"
    assert galat.pesan == "tidak boleh kosong; isi paling sedikit satu butir"


def test_sasaran_tanpa_indikator(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "\nsasaran:\n", "\nsasaran:\n  - uraian: Sasaran tanpa indikator\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "kinerja.yaml", salin_contoh.baris("kinerja.yaml", "Sasaran tanpa indikator"),
        "sasaran[1].indikator", "wajib diisi tetapi tidak ada")


def test_butir_hanya_tanda_baca(salin_contoh: SalinanData) -> None:
    # would otherwise crash the list punctuation with a ValueError (a traceback for the user)
    salin_contoh.ganti("keputusan-iku.yaml", "  - Bupati Jember\n", '  - ";"\n')
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", '- ";"'),
        "tembusan[1]", "butir ini hanya berisi tanda baca; isi butirnya atau hapus dari daftar")


def test_tugas_hanya_tanda_baca(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", "    - penanganan konflik sosial\n", "    - '; dan'\n")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "instansi.yaml", salin_contoh.baris("instansi.yaml", "- '; dan'"),
        "kecamatan.fungsi[2]", "butir ini hanya berisi tanda baca; isi butirnya atau hapus dari daftar")


def test_mengingat_hanya_tanda_baca(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "mengingat:\n", "mengingat:\n  - ';'\n")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.kolom == "mengingat"
    assert galat.pesan == "butir Mengingat ke-1 hanya berisi tanda baca; isi butirnya atau hapus"


def test_mengingat_bukan_teks(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "mengingat:\n", "mengingat:\n  - 12\n")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.kolom == "mengingat"
    assert galat.pesan == "setiap butir Mengingat harus berupa teks atau rujukan katalog"


def test_rujukan_diktum_tidak_dikenal(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "dimaksud dalam Diktum {diktum.penetapan} dimanfaatkan",
                       "dimaksud dalam Diktum {diktum.tujuan} dimanfaatkan")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "{diktum.tujuan}"),
        "diktum[3].teks", "merujuk {diktum.tujuan}, tetapi tidak ada diktum dengan id 'tujuan'; id yang ada: penetapan")


def test_rujukan_diktum_dalam_rincian(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "      - evaluasi kinerja Perangkat Daerah",
                       "      - evaluasi sesuai Diktum {diktum.akhir}")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi is not None and galat.lokasi.baris == salin_contoh.baris("keputusan-iku.yaml", "{diktum.akhir}")
    assert galat.lokasi.kolom is not None and galat.lokasi.kolom.startswith("diktum[3].rincian[")
    assert galat.pesan.startswith("merujuk {diktum.akhir}, tetapi tidak ada diktum dengan id 'akhir'")


def test_id_diktum_dobel(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "  - teks: Keputusan ini mulai berlaku",
                       "  - id: penetapan\n    teks: Keputusan ini mulai berlaku")
    galat = satu_galat(salin_contoh)
    assert galat.pesan == "id diktum dipakai lebih dari sekali: penetapan"


def test_tahun_nomor_berbeda_dengan_tanggal(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", '  urut: "007"', '  urut: "007"\n  tahun: 2024')
    galat = satu_galat(salin_contoh)
    assert Path(galat.lokasi.berkas).name == "keputusan-iku.yaml"
    assert galat.pesan == "tahun pada nomor (2024) berbeda dengan tahun tanggal penetapan (2025)"


def test_gaya_rincian_tidak_dikenal(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("keputusan-iku.yaml", "gaya_rincian: angka-kurung", "gaya_rincian: romawi")
    galat = satu_galat(salin_contoh)
    cek(galat, salin_contoh, "keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "gaya_rincian:"),
        "diktum[2].gaya_rincian",
        "harus salah satu dari 'huruf', 'angka' atau 'angka-kurung', yang tertulis 'romawi'")


# ---- several errors at once ---------------------------------------------------------------------


def test_beberapa_galat_dilaporkan_bersama(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("instansi.yaml", 'nip: "19700512 199503 1 004"', 'nip: "19700512 199503 3 004"')
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    salin_contoh.ganti("kinerja.yaml", "        satuan: nilai\n", "        satuan: [nilai]\n")
    salin_contoh.ganti("keputusan-iku.yaml", "tanggal: 2025-01-06", "tanggal: kemarin")
    with pytest.raises(KumpulanGalat) as info:
        muat_data(salin_contoh.folder)
    galat = info.value.galat
    posisi = {(Path(g.lokasi.berkas).name, g.lokasi.baris, g.lokasi.kolom) for g in galat}
    assert posisi == {
        ("instansi.yaml", salin_contoh.baris("instansi.yaml", 'nip: "19700512 199503 3 004"'), "camat.nip"),
        ("kinerja.yaml", salin_contoh.baris("kinerja.yaml", "periode_awal:"), "periode_awal"),
        ("kinerja.yaml", salin_contoh.baris("kinerja.yaml", "satuan: [nilai]"), "sasaran[5].indikator[1].satuan"),
        ("keputusan-iku.yaml", salin_contoh.baris("keputusan-iku.yaml", "tanggal:"), "tanggal"),
    }
    baris = str(info.value).splitlines()
    assert len(baris) == 4
    assert sorted(baris) == sorted(str(g) for g in galat)
    assert isinstance(info.value, DataError) and info.value.exit_code == 2


def test_galat_sintaks_dan_galat_model_dari_berkas_berbeda(salin_contoh: SalinanData) -> None:
    salin_contoh.ganti("kinerja.yaml", "periode_akhir: 2026", "periode_akhir: 2026\n\tx: 1")
    salin_contoh.ganti("instansi.yaml", "  nama: Jember\n", "")
    berkas = {Path(g.lokasi.berkas).name: g for g in galat_dari(salin_contoh)}
    assert set(berkas) == {"kinerja.yaml", "instansi.yaml"}
    assert berkas["kinerja.yaml"].lokasi.baris == salin_contoh.baris("kinerja.yaml", "\tx: 1")
    assert "TAB" in berkas["kinerja.yaml"].pesan
    assert berkas["instansi.yaml"].lokasi.kolom == "pemerintah.nama"


# ---- the folder ---------------------------------------------------------------------------------


def test_nama_berkas_tidak_dikenal_dengan_saran(salin_contoh: SalinanData) -> None:
    salin_contoh.path("kinerja.yaml").rename(salin_contoh.path("kinerj.yaml"))
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    assert Path(info.value.lokasi.berkas).name == "kinerj.yaml"
    assert info.value.pesan == "berkas data tidak dikenal; maksudnya 'kinerja.yaml'?"


def test_nama_berkas_tidak_dikenal_tanpa_saran(salin_contoh: SalinanData) -> None:
    salin_contoh.tulis("catatan.yaml", "a: 1\n")
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    dikenal = ", ".join(f"{stem}.yaml" for stem in BERKAS_MODEL)
    assert {"instansi", "kinerja", "keputusan-iku"} <= set(BERKAS_MODEL)
    assert info.value.pesan == f"berkas data tidak dikenal; nama berkas yang dikenal: {dikenal}"


def test_berkas_bukan_yaml_diabaikan(salin_contoh: SalinanData) -> None:
    salin_contoh.tulis("catatan.txt", "bukan data\n")
    salin_contoh.path("arsip.yaml").mkdir()
    assert muat_data(salin_contoh.folder).instansi.kecamatan.nama == "Mumbulsari"


def test_yaml_dan_yml_bersamaan(salin_contoh: SalinanData) -> None:
    salin_contoh.tulis("kinerja.yml", salin_contoh.baca("kinerja.yaml"))
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    assert info.value.pesan == "'kinerja' ada dua kali (.yaml dan .yml); hapus salah satunya"


def test_ekstensi_yml_diterima(salin_contoh: SalinanData) -> None:
    salin_contoh.path("kinerja.yaml").rename(salin_contoh.path("kinerja.yml"))
    assert len(muat_data(salin_contoh.folder).kinerja.sasaran) == 5


def test_instansi_tidak_ada(salin_contoh: SalinanData) -> None:
    salin_contoh.hapus("instansi.yaml")
    with pytest.raises(DataError) as info:
        muat_data(salin_contoh.folder)
    assert Path(info.value.lokasi.berkas).name == "mumbulsari"
    assert info.value.pesan == "berkas instansi.yaml tidak ada; setiap folder data kecamatan membutuhkannya"


def test_keputusan_iku_tanpa_kinerja(salin_contoh: SalinanData) -> None:
    salin_contoh.hapus("kinerja.yaml")
    galat = satu_galat(salin_contoh)
    assert Path(galat.lokasi.berkas).name == "keputusan-iku.yaml"
    assert galat.pesan == \
        "Keputusan IKU membutuhkan kinerja.yaml (sasaran dan indikator) di folder yang sama"


def test_folder_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        muat_data(tmp_path / "tidak-ada")
    assert info.value.pesan == "folder data tidak ditemukan"
    assert info.value.lokasi.berkas.endswith("tidak-ada")


def test_berkas_bukan_folder(contoh: Path) -> None:
    with pytest.raises(DataError) as info:
        muat_data(contoh / "instansi.yaml")
    assert info.value.pesan == "harus berupa folder data kecamatan, bukan berkas"
    assert info.value.lokasi.berkas.endswith("instansi.yaml")


@pytest.mark.parametrize("isi", ["", "# hanya komentar\n", "{}\n"])
def test_berkas_kosong(salin_contoh: SalinanData, isi: str) -> None:
    salin_contoh.tulis("kinerja.yaml", isi)
    galat = satu_galat(salin_contoh)
    assert Path(galat.lokasi.berkas).name == "kinerja.yaml"
    assert galat.lokasi.baris is None
    assert galat.pesan == "berkas kosong"


def test_berkas_bukan_utf8(salin_contoh: SalinanData) -> None:
    salin_contoh.path("kinerja.yaml").write_bytes(salin_contoh.baca("kinerja.yaml").encode("utf-16"))
    galat = satu_galat(salin_contoh)
    assert Path(galat.lokasi.berkas).name == "kinerja.yaml"
    assert galat.pesan == "berkas bukan teks UTF-8; simpan ulang sebagai UTF-8"


def test_isi_berkas_berupa_daftar(salin_contoh: SalinanData) -> None:
    salin_contoh.tulis("kinerja.yaml", "- a\n- b\n")
    galat = satu_galat(salin_contoh)
    assert galat.lokasi.baris == 1
    assert galat.pesan == "harus berupa kumpulan kolom (nama: nilai)"


def test_nama_berkas_relatif_terhadap_folder_kerja(salin_contoh: SalinanData, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(salin_contoh.folder.parent)
    salin_contoh.ganti("kinerja.yaml", "periode_awal: 2021", "periode_awal: awal")
    galat = satu_galat(salin_contoh)
    baris = salin_contoh.baris("kinerja.yaml", "periode_awal:")
    assert str(galat) == (f"{Path('mumbulsari') / 'kinerja.yaml'}:{baris}, kolom 'periode_awal': "
                          "harus berupa bilangan bulat, yang tertulis 'awal'")


# ---- validasi() directly ------------------------------------------------------------------------


def test_validasi_langsung_pesan_satu_baris_per_galat() -> None:
    teks = "nomor:\n  kode: '065'\ntanggal: 2025-01-06\nmenimbang: []\nmengingat: [a]\ndiktum:\n  - teks: 5\n    rincian: {butir: x}\n"
    data, peta = muat_teks(teks, "k.yaml")
    with pytest.raises(KumpulanGalat) as info:
        validasi(Keputusan, data, peta)
    assert str(info.value).splitlines() == [
        "k.yaml:4, kolom 'menimbang': tidak boleh kosong; isi paling sedikit satu butir",
        "k.yaml:8, kolom 'diktum[1].rincian': harus berupa daftar (setiap butir diawali '- ')",
    ]


@pytest.mark.parametrize("model", [Instansi, Kinerja, Keputusan])
def test_validasi_bukan_kumpulan_kolom(model: type) -> None:
    data, peta = muat_teks("- a\n", "x.yaml")
    with pytest.raises(KumpulanGalat) as info:
        validasi(model, data, peta)
    assert [str(g) for g in info.value.galat] == ["x.yaml:1: harus berupa kumpulan kolom (nama: nilai)"]
