"""doctools.load: YAML → plain data + the file:line of every field path."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from doctools import load
from doctools.errors import DataError, Lokasi
from doctools.load import PetaLokasi, ambil, format_jalur, muat_berkas, muat_teks
from tests.conftest import CONTOH

KINERJA = """\
# komentar di baris 1
periode_awal: 2021
periode_akhir: 2026
sasaran:
  - uraian: Sasaran satu
    indikator:
      - nama: Indikator satu
        target:
          2025: 80
  - uraian: Sasaran dua
    indikator:
      - nama: Indikator dua
        target: {2025: 70}
      - nama: Indikator tiga
        penanggung_jawab:
          - Camat
          - Sekretaris Kecamatan
        target:
          2025: 90
          2026: 95
"""


def _baris(teks: str, potongan: str) -> int:
    nomor = [i for i, b in enumerate(teks.splitlines(), start=1) if potongan in b]
    assert len(nomor) == 1, nomor
    return nomor[0]


# ---- positions ----------------------------------------------------------------------------------


def test_posisi_kolom_bersarang() -> None:
    data, peta = muat_teks(KINERJA, "kinerja.yaml")
    jalur = ("sasaran", 1, "indikator", 1, "target", "2026")  # keys stay text
    assert ambil(data, jalur) == 95
    lokasi = peta.lokasi(jalur)
    assert lokasi == Lokasi("kinerja.yaml", _baris(KINERJA, "2026: 95"), "sasaran[2].indikator[2].target.2026")
    assert str(lokasi) == f"kinerja.yaml:{_baris(KINERJA, '2026: 95')}, kolom 'sasaran[2].indikator[2].target.2026'"


def test_posisi_butir_daftar() -> None:
    _, peta = muat_teks(KINERJA, "kinerja.yaml")
    assert peta.lokasi(("sasaran", 1, "indikator", 1, "penanggung_jawab", 1)).baris == \
        _baris(KINERJA, "- Sekretaris Kecamatan")
    assert peta.lokasi(("sasaran", 1)).baris == _baris(KINERJA, "uraian: Sasaran dua")
    assert peta.lokasi(("sasaran", 1, "indikator", 0)).baris == _baris(KINERJA, "nama: Indikator dua")


def test_kolom_bernilai_blok_menunjuk_baris_kuncinya() -> None:
    # ``target:`` with its values on the next lines: a message about the target names the key's line
    _, peta = muat_teks(KINERJA, "kinerja.yaml")
    baris_target = KINERJA.splitlines().index("        target:") + 1
    assert peta.lokasi(("sasaran", 0, "indikator", 0, "target")).baris == baris_target
    assert peta.lokasi(("sasaran", 0, "indikator", 0, "target", "2025")).baris == baris_target + 1
    assert peta.lokasi(("sasaran",)).baris == _baris(KINERJA, "sasaran:")
    assert peta.lokasi(("sasaran", 1, "indikator", 1, "penanggung_jawab")).baris == \
        _baris(KINERJA, "penanggung_jawab:")


def test_posisi_dalam_peta_aliran() -> None:
    _, peta = muat_teks(KINERJA, "kinerja.yaml")
    assert peta.lokasi(("sasaran", 1, "indikator", 0, "target", "2025")).baris == _baris(KINERJA, "target: {2025: 70}")


def test_jalur_tak_tercatat_memakai_induk_terdekat() -> None:
    _, peta = muat_teks(KINERJA, "kinerja.yaml")
    lokasi = peta.lokasi(("sasaran", 0, "indikator", 0, "satuan"))
    assert lokasi.baris == _baris(KINERJA, "nama: Indikator satu")
    assert lokasi.kolom == "sasaran[1].indikator[1].satuan"


def test_jalur_kosong_dan_peta_kosong() -> None:
    assert PetaLokasi().lokasi(("a",)) == Lokasi(None, None, "a")
    _, peta = muat_teks(KINERJA, "k.yaml")
    assert peta.lokasi(()) == Lokasi("k.yaml", 2, None)  # the first line with content


@pytest.mark.parametrize(("jalur", "teks"), [
    ((), ""),
    (("a",), "a"),
    (("sasaran", 0, "target"), "sasaran[1].target"),
    (("sasaran", 1, "indikator", 0, "target"), "sasaran[2].indikator[1].target"),
    (("tugas", 26), "tugas[27]"),
])
def test_format_jalur_berhitung_dari_satu(jalur: tuple, teks: str) -> None:
    assert format_jalur(jalur) == teks


def test_gabung_peta_dengan_awalan() -> None:
    _, peta = muat_teks("a:\n  b: 1\n", "x.yaml")
    semua = PetaLokasi()
    semua.gabung(peta, ("x",))
    assert semua.lokasi(("x", "a", "b")) == Lokasi("x.yaml", 2, "x.a.b")
    assert ("x", "a", "b") in set(semua)


def test_posisi_berkas_contoh(contoh: Path) -> None:
    path = contoh / "keputusan-iku.yaml"
    data, peta = muat_berkas(path, "keputusan-iku.yaml")
    assert data["tanggal"] == dt.date(2025, 1, 6)
    lokasi = peta.lokasi(("diktum", 1, "rincian", 1))
    teks = path.read_text(encoding="utf-8")
    assert lokasi.berkas == "keputusan-iku.yaml"
    assert lokasi.baris == _baris(teks, "- mengukur keberhasilan pencapaian")
    assert lokasi.kolom == "diktum[2].rincian[2]"


def test_nama_berkas_bawaan_adalah_path(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("a: [\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        muat_berkas(path)
    assert info.value.lokasi.berkas == str(path)


# ---- the narrow resolver ------------------------------------------------------------------------


@pytest.mark.parametrize(("yaml", "nilai"), [
    ("065", "065"),
    ('"065"', "065"),
    ("007", "007"),
    ("0", 0),
    ("12", 12),
    ("-3", -3),
    ("1_000", 1000),
    ("85.5", Decimal("85.5")),
    (".5", Decimal("0.5")),
    ("0.10", Decimal("0.10")),
    ("1e3", "1e3"),
    ("0x1F", "0x1F"),
    ("1.250.000", "1.250.000"),
    ("35.09.14", "35.09.14"),
    ("III/d", "III/d"),
])
def test_angka_dan_kode(yaml: str, nilai: object) -> None:
    data, _ = muat_teks(f"x: {yaml}\n", "t.yaml")
    assert data["x"] == nilai
    assert type(data["x"]) is type(nilai)


@pytest.mark.parametrize("kata", ["yes", "no", "on", "off", "y", "n", "Yes", "NO", "Off"])
def test_yes_no_tetap_teks(kata: str) -> None:
    data, _ = muat_teks(f"x: {kata}\n", "t.yaml")
    assert data["x"] == kata


@pytest.mark.parametrize(("yaml", "nilai"), [("true", True), ("false", False), ("True", True), ("FALSE", False)])
def test_true_false_menjadi_bool(yaml: str, nilai: bool) -> None:
    data, _ = muat_teks(f"x: {yaml}\n", "t.yaml")
    assert data["x"] is nilai


@pytest.mark.parametrize("yaml", ["", "~", "null", "Null", "NULL"])
def test_null(yaml: str) -> None:
    data, _ = muat_teks(f"x: {yaml}\n", "t.yaml")
    assert data["x"] is None


def test_kutip_selalu_teks() -> None:
    data, _ = muat_teks("a: 'true'\nb: \"12\"\nc: '2025-01-06'\nd: ''\n", "t.yaml")
    assert data == {"a": "true", "b": "12", "c": "2025-01-06", "d": ""}


def test_blok_teks() -> None:
    data, _ = muat_teks("a: |\n  baris satu\n  baris dua\nb: >\n  lipat\n  jadi satu\n", "t.yaml")
    assert data == {"a": "baris satu\nbaris dua\n", "b": "lipat jadi satu\n"}


def test_tanggal_iso() -> None:
    data, _ = muat_teks("a: 2025-01-06\nb: 2024-02-29\nc: 2025-1-6\nd: 2025-01-06 08:00\n", "t.yaml")
    assert data["a"] == dt.date(2025, 1, 6)
    assert data["b"] == dt.date(2024, 2, 29)
    assert data["c"] == "2025-1-6"
    assert data["d"] == "2025-01-06 08:00"


@pytest.mark.parametrize("tanggal", ["2023-02-30", "2023-02-29", "2025-13-01", "2025-00-10"])
def test_tanggal_tidak_ada(tanggal: str) -> None:
    with pytest.raises(DataError) as info:
        muat_teks(f"nomor: 1\n\ntanggal: {tanggal}\n", "keputusan.yaml")
    assert info.value.lokasi == Lokasi("keputusan.yaml", 3)
    assert str(info.value) == \
        f"keputusan.yaml:3: tanggal '{tanggal}' tidak ada di kalender (format yang diharapkan: TTTT-BB-HH)"


def test_tanggal_tidak_ada_dalam_daftar() -> None:
    with pytest.raises(DataError) as info:
        muat_teks("a:\n  - 2024-01-01\n  - 2023-02-30\n", "t.yaml")
    assert info.value.lokasi.baris == 3


# ---- structural errors --------------------------------------------------------------------------


def test_kunci_dobel() -> None:
    with pytest.raises(DataError) as info:
        muat_teks("nama: A\nalamat: B\nnama: C\n", "instansi.yaml")
    assert str(info.value) == ("instansi.yaml:3, kolom 'nama': kunci 'nama' ditulis dua kali (pertama pada baris 1); "
                               "hapus salah satunya")


def test_kunci_dobel_bersarang() -> None:
    teks = "sasaran:\n  - uraian: A\n  - uraian: B\n    indikator: []\n    uraian: C\n"
    with pytest.raises(DataError) as info:
        muat_teks(teks, "kinerja.yaml")
    assert info.value.lokasi == Lokasi("kinerja.yaml", 5, "sasaran[2].uraian")
    assert "kunci 'uraian' ditulis dua kali" in info.value.pesan


def test_gabungan_yaml_ditolak() -> None:
    with pytest.raises(DataError) as info:
        muat_teks("a: &x {b: 1}\nc:\n  <<: *x\n", "t.yaml")
    assert str(info.value) == "t.yaml:3: penggabungan YAML '<<' tidak didukung; tulis kolomnya langsung"


def test_kunci_bukan_teks() -> None:
    with pytest.raises(DataError) as info:
        muat_teks("a: 1\n? [x, y]\n: 2\n", "t.yaml")
    assert str(info.value) == "t.yaml:2: kunci harus berupa teks sederhana"


def test_alias_tidak_dikenal() -> None:
    with pytest.raises(DataError) as info:
        muat_teks("a: 1\nb: *tidak_ada\n", "t.yaml")
    assert str(info.value) == ("t.yaml:2: YAML tidak dapat dibaca (karakter ke-4): alias YAML '*tidak_ada' tidak "
                               "dikenal; teks yang diawali '*' harus diberi tanda kutip")


# ---- syntax errors: Indonesian, with the line -----------------------------------------------------


@pytest.mark.parametrize(("teks", "baris", "karakter", "pesan"), [
    pytest.param("nama: A\nalamat:\n  jalan: X\n   kota: Y\n", 4, 8,
                 "tanda ':' di tempat yang salah; baris ini menjorok lebih dalam dari baris kolom lain di atasnya",
                 id="indentasi-berlebih"),
    pytest.param("tugas:\n  - satu\n - dua\n", 3, 2, "indentasi tidak konsisten", id="indentasi-daftar"),
    pytest.param("nama: A\n- b\n", 2, 1, "indentasi tidak konsisten", id="daftar-di-peta"),
    pytest.param("nama: A\nalamat:\n\tjalan: X\n", 3, 1,
                 "karakter TAB tidak boleh dipakai untuk indentasi; gunakan spasi", id="tab"),
    pytest.param("nama: A\nalamat: \"Jl. Mawar\nkota: Jember\ntelepon: 1\n", 2, 9, "tanda kutip tidak ditutup",
                 id="kutip-ganda"),
    pytest.param("nama: A\nalamat: 'Jl. Mawar\nkota: Jember\n", 2, 9, "tanda kutip tidak ditutup", id="kutip-tunggal"),
    pytest.param("a: 1\nteks: bahwa: perlu\n", 2, 12,
                 "teks yang berisi ': ' harus diberi tanda kutip, misalnya teks: \"bahwa: perlu\"", id="titik-dua"),
    pytest.param("a: [1, 2\nb: 3\n", 2, 2, "daftar '[' tidak ditutup dengan ']' atau kurang tanda ','",
                 id="kurung-siku"),
    pytest.param("a: {b: 1\n", 2, 1, "kumpulan '{' tidak ditutup dengan '}' atau kurang tanda ','", id="kurung-kurawal"),
    pytest.param("a: @x\n", 1, 4, "karakter '@' tidak boleh mengawali nilai; beri tanda kutip pada teksnya, "
                 "misalnya \"@…\"", id="karakter-awal"),
    pytest.param('a: "C:\\Data"\n', 1, 4, "'\\D' di dalam tanda kutip ganda tidak dikenal; tulis '\\\\' untuk garis "
                 "miring terbalik, atau pakai tanda kutip tunggal ('…')", id="escape"),
    pytest.param('logo: "C:\\Users\\logo.png"\n', 1, 7, "garis miring terbalik '\\' di dalam tanda kutip ganda "
                 "memulai kode escape; tulis '\\\\', atau pakai tanda kutip tunggal (misalnya 'C:\\Data\\logo.png')",
                 id="jalur-windows"),
    pytest.param('a: "x" y\n', 1, 8, "ada teks setelah tanda kutip penutup; seluruh teks harus berada di dalam tanda "
                 "kutip", id="teks-setelah-kutip"),
    pytest.param("a: 1\n---\nb: 2\n", 2, 1, "berkas berisi lebih dari satu dokumen YAML (baris '---'); hapus baris "
                 "'---' itu", id="dua-dokumen"),
    pytest.param("a: |x\n  t\n", 1, 5, "setelah '|' atau '>' hanya boleh ada '-', '+' atau angka; tulis teksnya mulai "
                 "baris berikutnya", id="blok"),
    pytest.param("a: &x 1\nb: &x 2\n", 2, 4, "anchor '&x' ditulis dua kali; ganti nama salah satunya", id="anchor"),
    pytest.param("a: - b\n", 1, 4, "tanda '- ' tidak boleh di sini: butir daftar ditulis di baris berikutnya dengan "
                 "indentasi, atau teks yang diawali '- ' diberi tanda kutip", id="daftar-sebaris"),
])
def test_galat_sintaks(teks: str, baris: int, karakter: int, pesan: str) -> None:
    # PyYAML's English never reaches the user: the line, the character and what to write instead
    with pytest.raises(DataError) as info:
        muat_teks(teks, "instansi.yaml")
    assert info.value.lokasi == Lokasi("instansi.yaml", baris)
    assert str(info.value) == f"instansi.yaml:{baris}: YAML tidak dapat dibaca (karakter ke-{karakter}): {pesan}"


def test_karakter_kendali() -> None:
    with pytest.raises(DataError) as info:
        muat_teks("a: 1\nb: 2\nc: X\x0bY\n", "t.yaml")
    assert info.value.lokasi == Lokasi("t.yaml", 3)
    assert "karakter kendali" in info.value.pesan
    assert "unacceptable" not in str(info.value)


def test_bom_utf8_diterima(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes("\ufeffnama: Ambulu\n".encode())
    data, _ = muat_berkas(path)
    assert data == {"nama": "Ambulu"}


# ---- files --------------------------------------------------------------------------------------


@pytest.mark.parametrize("teks", ["", "\n\n", "# hanya komentar\n"])
def test_berkas_kosong(teks: str) -> None:
    data, peta = muat_teks(teks, "t.yaml")
    assert data == {}
    assert list(peta) == []


def test_bukan_utf8(tmp_path: Path) -> None:
    path = tmp_path / "instansi.yaml"
    path.write_bytes("nama: Sumberbaru\nalamat: Jl. Caf\u00e9\n".encode("latin-1"))
    with pytest.raises(DataError) as info:
        muat_berkas(path, "instansi.yaml")
    assert str(info.value) == "instansi.yaml: berkas bukan teks UTF-8; simpan ulang sebagai UTF-8"


def test_berkas_tidak_ada(tmp_path: Path) -> None:
    with pytest.raises(DataError) as info:
        muat_berkas(tmp_path / "tidak-ada.yaml", "tidak-ada.yaml")
    assert str(info.value) == "tidak-ada.yaml: berkas tidak ditemukan"


def test_berkas_tidak_dapat_dibaca(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "instansi.yaml"
    path.write_text("a: 1\n", encoding="utf-8")

    def tolak(self: Path, *args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_text", tolak)
    with pytest.raises(DataError) as info:
        muat_berkas(path, "instansi.yaml")
    assert str(info.value) == "instansi.yaml: berkas tidak dapat dibaca: tidak ada izin untuk membukanya"


# ---- libyaml and the pure-Python loader agree -------------------------------------------------------


@pytest.mark.skipif(load.CParser is None, reason="PyYAML tanpa libyaml")
@pytest.mark.parametrize("nama", sorted(p.name for p in CONTOH.glob("*.yaml")))
def test_libyaml_dan_python_sama(nama: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same values, types and lines from both parsers (plain scalars stay plain under libyaml)."""
    teks = (CONTOH / nama).read_text(encoding="utf-8")
    cepat = muat_teks(teks, nama)
    monkeypatch.setattr(load, "CParser", None)
    lambat = muat_teks(teks, nama)
    assert cepat[0] == lambat[0]
    assert list(cepat[1]) == list(lambat[1])
    assert all(cepat[1].posisi(j) == lambat[1].posisi(j) for j in lambat[1])


@pytest.mark.skipif(load.CParser is None, reason="PyYAML tanpa libyaml")
def test_libyaml_dipakai_dan_galatnya_dari_python(monkeypatch: pytest.MonkeyPatch) -> None:
    dipanggil = []
    asli = load._dari_peristiwa
    monkeypatch.setattr(load, "_dari_peristiwa", lambda *a: dipanggil.append(1) or asli(*a))
    assert muat_teks("kode: 065\nnilai: 1.5\n", "a.yaml")[0] == {"kode": "065", "nilai": Decimal("1.5")}
    assert dipanggil == [1]
    # what libyaml refuses is read again by the pure-Python loader: the same message as without libyaml
    for rusak in ("a: 1\nb: [1, 2\n", "a: 1\n\tb: 2\n", "a: 'buka\nb: 2\n", "a: b: c\n"):
        with pytest.raises(DataError) as cepat:
            muat_teks(rusak, "b.yaml")
        with monkeypatch.context() as m:
            m.setattr(load, "CParser", None)
            with pytest.raises(DataError) as lambat:
                muat_teks(rusak, "b.yaml")
        assert str(cepat.value) == str(lambat.value) and "b.yaml:" in str(cepat.value)
    # nesting is bounded before libyaml's recursion could crash the process
    with pytest.raises(DataError, match="bersarang lebih dari 40 tingkat"):
        muat_teks("[" * 200_000 + "]" * 200_000, "c.yaml")


_TEKS_SULIT = [
    "", "# hanya komentar\n", "---\n", "a: 1\n", "- 1\n- [2, {b: 3}]\n", "teks polos\n",
    "a:\n  b:\n    - c: 2025-01-31\n      d: |\n        dua\n        baris\n", "a: !!str 12\nb: '07'\nc: 1_000\n",
    "a: &x 1\nb: *x\n", "a: &x [1, *x]\n", "a: 1\na: 2\n", "a:\n  b: 1\n  b: 2\n", "<<: {a: 1}\n",
    "? [1, 2]\n: 3\n", "a: \"bel \\a\"\n", "\"kunci \\a\": 1\n", "a: 2025-02-30\n", "- 2025-02-30\n- b: \"\\a\"\n",
    "a: 1\n---\nb: 2\n", "[" * 45 + "]" * 45, "a: " + "[" * 41 + "]" * 41 + "\n", "a: {b: [c, {d: e}]}\nf: ~\n",
    "- \n- null\n- true\n- 1.50\n- -3\n",
    # a character text may not hold, raw or written as an escape: in a key, a plain, quoted or block value
    "a: 'x\u202ey'\n", "'k\u2066': 1\n", "a: |\n  x\u2028y\n", "a: x\u202ey\n", "a: \"x\\u202ey\"\n",
    "\"k\\u2066\": 1\n", "a: [\"\\x1b\", b]\n",
]


@pytest.mark.skipif(load.CParser is None, reason="PyYAML tanpa libyaml")
@pytest.mark.parametrize("teks", _TEKS_SULIT)
def test_jalan_cepat_sama_dengan_graf_simpul(teks: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data built straight from libyaml's events equals the node graph's: values, positions, their order, galat."""
    def baca() -> tuple[object, list] | str:
        try:
            data, peta = muat_teks(teks, "x.yaml")
        except DataError as exc:
            return str(exc)
        return data, [(j, peta.posisi(j)) for j in peta]

    cepat = baca()
    monkeypatch.setattr(load, "_muat_cepat", lambda *a: load._BELUM)
    assert cepat == baca()
