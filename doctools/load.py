"""Load YAML data so that every value remembers where it was written.

A user fixes a mistake faster when the message says ``kinerja.yaml:42``. PyYAML's composed nodes
carry their positions; this module turns them into plain Python data plus a :class:`PetaLokasi`
that maps a field path (``("sasaran", 0, "indikator", 1, "target")``) to a file and line.

The resolver is deliberately narrower than YAML 1.1: ``065`` stays the string ``"065"`` (a kode
klasifikasi, not the octal 53), ``yes``/``no``/``on``/``off`` stay strings, and only ``true``/
``false``, plain decimal integers, decimals, ``null`` and ISO dates get a type. Duplicate keys,
which PyYAML silently overwrites, are an error.

A data file is untrusted input, so reading it is bounded (:func:`susun_yaml`): its size, the
depth of nesting, and how much aliases (``*nama``) may expand are limited, an alias that refers
to itself is refused, and text may not carry invisible control characters. Each is a galat at
its line instead of a RecursionError, a MemoryError or a garbled document.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import ReaderError

try:
    import yaml.cyaml as _cyaml
    CParser: Any = getattr(_cyaml, "CParser", None)
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does everything
    CParser = None

from doctools.errors import DataError, Lokasi, sebab_os

Jalur = tuple[str | int, ...]

_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_DECIMAL = re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BOOL = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_DIGIT_MAKS = 40

BATAS_UKURAN = 2_000_000
"""Largest data file, in bytes (the example's largest is 30 kB)."""
BATAS_KEDALAMAN = 40
"""Deepest nesting of lists and mappings (the example's deepest is 7)."""
BATAS_ALIAS = 10_000
"""Most values that aliases may add to a file by repeating what an anchor holds."""

_TERLARANG = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(bidang + 0xFFFE) + chr(bidang + 0xFFFF) for bidang in range(0, 0x110000, 0x10000))
    + "]")
"""Characters text may not hold: control characters other than TAB and line feed, line and
paragraph separators, the bidirectional embedding, override and isolate controls (U+202A–U+202E,
U+2066–U+2069), surrogates and Unicode non-characters (U+FFFE, …). They are invisible in an
editor; in a Word document they become page breaks, new paragraphs or a file Word refuses to
open, and a direction override prints the text after it reversed (``2025`` read as ``5202``) or
shows a reviewer other text than the file holds."""


@dataclass
class PetaLokasi:
    """Field path → (file, line) for every value loaded, across all files of a data set."""

    _baris: dict[Jalur, tuple[str, int]] = field(default_factory=dict)

    def catat(self, jalur: Jalur, berkas: str, baris: int) -> None:
        self._baris[jalur] = (berkas, baris)

    def gabung(self, lain: PetaLokasi, awalan: Jalur = ()) -> None:
        for jalur, posisi in lain._baris.items():
            self._baris[awalan + jalur] = posisi

    def posisi(self, jalur: Jalur) -> tuple[str, int]:
        """The exact (file, line) recorded for ``jalur``."""
        return self._baris[jalur]

    def lokasi(self, jalur: Jalur) -> Lokasi:
        """The position of ``jalur``, or of its nearest recorded parent."""
        kolom = format_jalur(jalur)
        for panjang in range(len(jalur), -1, -1):
            posisi = self._baris.get(tuple(jalur[:panjang]))
            if posisi is not None:
                return Lokasi(posisi[0], posisi[1], kolom or None)
        return Lokasi(None, None, kolom or None)

    def __iter__(self) -> Iterator[Jalur]:
        return iter(self._baris)


def format_jalur(jalur: Jalur) -> str:
    """``("sasaran", 0, "target")`` → ``sasaran[1].target`` (1-based, as a clerk counts)."""
    teks = ""
    for bagian in jalur:
        if isinstance(bagian, int):
            teks += f"[{bagian + 1}]"
        else:
            teks += ("." if teks else "") + str(bagian)
    return teks


def _scalar(node: ScalarNode, berkas: str) -> Any:
    return _nilai_skalar(node.value, node.style, berkas, node.start_mark.line + 1)


def _nilai_skalar(value: str, style: str | None, berkas: str, baris: int) -> Any:
    if style:  # quoted or block scalar: always a string (plain is None, or "" from libyaml)
        return value
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        if len(value) > _DIGIT_MAKS:  # no number of this data is that long (and int() refuses 4300+ digits)
            return value  # a numeric field refuses it with the largest number it accepts
        return int(value.replace("_", ""))
    if _DECIMAL.match(value):
        return Decimal(value.replace("_", ""))
    if _DATE.match(value):
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            raise DataError(
                f"tanggal '{value}' tidak ada di kalender (format yang diharapkan: TTTT-BB-HH)",
                Lokasi(berkas, baris),
            ) from None
    return value


def _build(node: Node, jalur: Jalur, berkas: str, peta: PetaLokasi) -> Any:
    peta.catat(jalur, berkas, node.start_mark.line + 1)
    if isinstance(node, ScalarNode):
        return _scalar(node, berkas)
    if isinstance(node, SequenceNode):
        return [_build(child, jalur + (i,), berkas, peta) for i, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        hasil: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise DataError("kunci harus berupa teks sederhana", Lokasi(berkas, key_node.start_mark.line + 1))
            key = str(key_node.value)
            if key == "<<":
                raise DataError("penggabungan YAML '<<' tidak didukung; tulis kolomnya langsung",
                                Lokasi(berkas, key_node.start_mark.line + 1))
            if key in hasil:
                pertama = peta.posisi(jalur + (key,))[1]
                raise DataError(
                    f"kunci '{key}' ditulis dua kali (pertama pada baris {pertama}); hapus salah satunya",
                    Lokasi(berkas, key_node.start_mark.line + 1, format_jalur(jalur + (key,))),
                )
            hasil[key] = _build(value_node, jalur + (key,), berkas, peta)
            # a field is found by its key: point at ``kunci:``, not at the first line of its value
            peta.catat(jalur + (key,), berkas, key_node.start_mark.line + 1)
        return hasil
    raise DataError("bentuk YAML tidak dikenal", Lokasi(berkas, node.start_mark.line + 1))  # pragma: no cover


class _Terbatas:
    """A composer bound on nesting, so deep input cannot exhaust the stack (mixed into both loaders)."""

    _berkas: str
    _kedalaman: int

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._kedalaman += 1
        try:
            if self._kedalaman > BATAS_KEDALAMAN:
                raise DataError(f"data bersarang lebih dari {BATAS_KEDALAMAN} tingkat; periksa indentasi atau "
                                "tanda '[' dan '{' yang tidak ditutup",
                                Lokasi(self._berkas, self.peek_event().start_mark.line + 1))  # type: ignore[attr-defined]
            return Composer.compose_node(self, parent, index)  # type: ignore[arg-type]
        finally:
            self._kedalaman -= 1


class _Pemuat(_Terbatas, yaml.SafeLoader):
    """PyYAML's pure-Python safe loader: the exact messages of a file that does not parse."""

    def __init__(self, teks: str, berkas: str) -> None:
        super().__init__(teks)
        self._berkas = berkas
        self._kedalaman = 0


_TAG = "tag:yaml.org,2002:str"

if CParser is not None:
    class _PemuatC(_Terbatas, CParser, Composer):
        """libyaml's scanner and parser (C speed, positions kept) under PyYAML's Python composer.

        libyaml's own composer recurses in C without a bound (deep nesting crashes the process), and
        calls the YAML 1.1 resolver on every scalar; here the events are composed by the same
        bounded composer as the pure-Python loader, and the tags, which :func:`_scalar` ignores,
        are not resolved at all.
        """

        def __init__(self, teks: str, berkas: str) -> None:
            CParser.__init__(self, teks)
            Composer.__init__(self)
            self._berkas = berkas
            self._kedalaman = 0

        get_single_node = Composer.get_single_node
        compose_document = Composer.compose_document

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

        def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
            return _TAG


def _kunci_teks(node: Node) -> str:
    return str(node.value) if isinstance(node, ScalarNode) else "?"


def _periksa_graf(akar: Node, berkas: str) -> None:
    """Refuse aliases that refer to themselves or expand too much, and invisible control characters.

    Aliases share nodes, so the graph is walked once per node (memoised), in document order: an
    anchor is always complete before an alias refers to it, unless the alias sits inside it.
    """
    ukuran: dict[int, int] = {}
    kedalaman: dict[int, int] = {}
    sedang: set[int] = set()

    def jalan(node: Node, jalur: Jalur) -> tuple[int, int]:
        kunci = id(node)
        if kunci in ukuran:
            return ukuran[kunci], kedalaman[kunci]
        if kunci in sedang:
            raise DataError("alias YAML merujuk dirinya sendiri (isi anchor '&' memuat alias '*' ke anchor itu); "
                            "tulis nilainya langsung", Lokasi(berkas, node.start_mark.line + 1, format_jalur(jalur) or None))
        if isinstance(node, ScalarNode):
            _periksa_karakter(node, berkas, jalur)
            ukuran[kunci], kedalaman[kunci] = 1, 0
            return 1, 0
        sedang.add(kunci)
        jumlah, dalam = 1, 0
        if isinstance(node, SequenceNode):
            anak = [(c, jalur + (i,)) for i, c in enumerate(node.value)]
        else:
            anak = []
            for k, v in node.value:
                anak += [(k, jalur), (v, jalur + (_kunci_teks(k),))]
        for c, j in anak:
            n, d = jalan(c, j)
            jumlah += n
            dalam = max(dalam, d + 1)
        if dalam > BATAS_KEDALAMAN:
            raise DataError(f"alias YAML membuat data bersarang lebih dari {BATAS_KEDALAMAN} tingkat; "
                            "tulis nilainya langsung", Lokasi(berkas, node.start_mark.line + 1))
        if jumlah - len(ukuran) > BATAS_ALIAS:
            raise DataError(f"alias YAML ('*') mengulang terlalu banyak: nilai ini menjadi {_ribuan(jumlah)} nilai, "
                            f"padahal paling banyak {_ribuan(BATAS_ALIAS)} nilai boleh berasal dari alias; tulis "
                            "nilainya langsung", Lokasi(berkas, node.start_mark.line + 1, format_jalur(jalur) or None))
        sedang.discard(kunci)
        ukuran[kunci], kedalaman[kunci] = jumlah, dalam
        return jumlah, dalam

    jalan(akar, ())


def _ribuan(n: int) -> str:
    """``10000`` → ``10.000`` (fmt depends on nothing; load stays below it)."""
    return f"{n:,}".replace(",", ".")


def karakter_terlarang(teks: str) -> tuple[int, str] | None:
    """The position of the first character text may not hold (see ``_TERLARANG``) and the message for it."""
    salah = _TERLARANG.search(teks)
    if salah is None:
        return None
    c = salah.group()
    nama = _NAMA_KENDALI.get(c) or unicodedata.name(c, "karakter kendali").lower()
    return salah.start(), (f"teks berisi karakter tak terlihat U+{ord(c):04X} ({nama}) yang tidak boleh ada dalam "
                           "dokumen; hapus karakter itu (ganti dengan spasi bila perlu)")


def _periksa_karakter(node: ScalarNode, berkas: str, jalur: Jalur) -> None:
    salah = karakter_terlarang(node.value)
    if salah is None:
        return
    posisi, pesan = salah
    baris = node.start_mark.line + 1
    if node.style in ("|", ">"):  # a block scalar: the line inside it
        baris += 1 + node.value.count("\n", 0, posisi)
    raise DataError(pesan, Lokasi(berkas, baris, format_jalur(jalur) or None))


_NAMA_KENDALI = {
    "\f": "pindah halaman, \"\\f\" di dalam tanda kutip ganda",
    "\a": "bunyi bel, \"\\a\" di dalam tanda kutip ganda",
    "\b": "hapus mundur, \"\\b\" di dalam tanda kutip ganda",
    "\v": "tab vertikal, \"\\v\" di dalam tanda kutip ganda",
    "\r": "carriage return, \"\\r\" di dalam tanda kutip ganda",
    "\x1b": "escape, \"\\e\" di dalam tanda kutip ganda",
    "\x00": "null, \"\\0\" di dalam tanda kutip ganda",
    "\ufffe": "bukan karakter",
    "\uffff": "bukan karakter",
    **{c: "pengubah arah tulisan" for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"},
}


def _galat_yaml(exc: yaml.YAMLError, teks: str, berkas: str) -> DataError:
    """PyYAML's error as a galat in Bahasa Indonesia at its line and column."""
    if isinstance(exc, ReaderError):
        return DataError(f"YAML tidak dapat dibaca: karakter kendali tak terlihat (kode {exc.character:#06x}) "
                         "tidak boleh ada; hapus karakter itu (biasanya terbawa saat menyalin)",
                         Lokasi(berkas, teks.count("\n", 0, exc.position) + 1))
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # an unclosed quote: where it was opened, not the end of the file
        baris = mark.line + 1 if mark is not None else None
        kolom = f" (karakter ke-{mark.column + 1})" if mark is not None else ""
        masalah = _terjemah_yaml(f"{exc.problem or ''} | {exc.context or ''}", teks, exc.problem_mark)
        return DataError(f"YAML tidak dapat dibaca{kolom}: {masalah}", Lokasi(berkas, baris))
    return DataError("YAML tidak dapat dibaca; periksa penulisan berkas ini", Lokasi(berkas))


def susun_yaml(teks: str, berkas: str) -> Node | None:
    """Parse YAML text into PyYAML's node graph, within this module's limits.

    The one YAML reader of user data (the data sets and the user's regulation catalog). Every
    problem is a :class:`DataError` in Bahasa Indonesia at its line.
    """
    if len(teks) > BATAS_UKURAN:
        raise DataError(f"berkas terlalu besar ({_ribuan(len(teks))} karakter; paling besar "
                        f"{_ribuan(BATAS_UKURAN)}); berkas data kecamatan biasanya hanya beberapa puluh kB",
                        Lokasi(berkas))
    with _tanpa_gc():
        node = _susun_c(teks, berkas) if CParser is not None else _BELUM
        if node is _BELUM:
            try:
                pemuat = _Pemuat(teks, berkas)
                try:
                    node = pemuat.get_single_node()
                finally:
                    pemuat.dispose()
            except yaml.YAMLError as exc:
                raise _galat_yaml(exc, teks, berkas) from None
        if node is not None:
            _periksa_graf(node, berkas)
    return node


_BELUM: Any = object()


@contextlib.contextmanager
def _tanpa_gc() -> Iterator[None]:
    """The cycle collector paused while a file's nodes and values are made.

    They hold no reference cycles, but a file of 100,000 values would otherwise trigger dozens of
    collections, each walking every object of the process: a third of the reading time.
    """
    aktif = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aktif:
            gc.enable()


def _susun_c(teks: str, berkas: str) -> Any:
    """The node graph through libyaml, or ``_BELUM`` when it does not parse there.

    A file libyaml refuses is read again by the pure-Python loader, whose messages (translated by
    :func:`_galat_yaml`) are the ones users see.
    """
    try:
        pemuat = _PemuatC(teks, berkas)
        try:
            return pemuat.get_single_node()
        finally:
            pemuat.dispose()
    except yaml.YAMLError:
        return _BELUM


def bangun(node: Node, berkas: str) -> Any:
    """The plain data of a node graph from :func:`susun_yaml`, read with this module's narrow resolver."""
    with _tanpa_gc():
        return _build(node, (), berkas, PetaLokasi())


class _Bingkai:
    """A list or mapping being filled by :func:`_dari_peristiwa`: its value, path and pending key."""

    __slots__ = ("wadah", "jalur", "peta", "kunci", "baris_kunci")

    def __init__(self, wadah: Any, jalur: Jalur) -> None:
        self.wadah, self.jalur = wadah, jalur
        self.peta = isinstance(wadah, dict)
        self.kunci: str | None = None
        self.baris_kunci = 0


def _dari_peristiwa(parser: Any, berkas: str, peta: PetaLokasi, teks_bersih: bool = False) -> Any:
    """The plain data of a file, built straight from libyaml's events, or ``_BELUM``.

    The common file (one document, no anchors or aliases, no invisible characters, no duplicate or
    non-text keys, nesting within the bound, valid dates) gives the same data and positions as
    :func:`susun_yaml` and :func:`bangun` without making a node graph: no node objects, one pass,
    no recursion. Anything else gives ``_BELUM``, and the file is read again the careful way,
    which finds the problem and words its message.

    ``teks_bersih``: the file's text holds no character :data:`_TERLARANG` finds, so only a
    double-quoted scalar (whose escapes may write one) need be searched for them.
    """
    baris_peta = peta._baris
    ambil = parser.get_event
    ambil()  # the stream's start
    ev = ambil()
    if type(ev) is yaml.StreamEndEvent:
        return _KOSONG
    tumpukan: list[_Bingkai] = []
    akar: Any = _BELUM
    ev = ambil()  # the document's first node
    while True:
        jenis = type(ev)
        if jenis is yaml.ScalarEvent or jenis is yaml.MappingStartEvent or jenis is yaml.SequenceStartEvent:
            if ev.anchor is not None:
                return _BELUM
            baris = ev.start_mark.line + 1
            atas = tumpukan[-1] if tumpukan else None
            if atas is None:
                jalur: Jalur = ()
            elif atas.peta:
                if atas.kunci is None:  # a key: text, said once, not a merge
                    if jenis is not yaml.ScalarEvent:
                        return _BELUM
                    kunci = str(ev.value)
                    if kunci == "<<" or kunci in atas.wadah or \
                            (not teks_bersih or ev.style == '"') and _TERLARANG.search(kunci):
                        return _BELUM
                    atas.kunci, atas.baris_kunci = kunci, baris
                    ev = ambil()
                    continue
                jalur = atas.jalur + (atas.kunci,)
            else:
                jalur = atas.jalur + (len(atas.wadah),)
            # a field is found by its key: point at ``kunci:``, not at the first line of its value
            baris_peta[jalur] = (berkas, atas.baris_kunci if atas is not None and atas.peta else baris)
            if jenis is yaml.ScalarEvent:
                if (not teks_bersih or ev.style == '"') and _TERLARANG.search(ev.value):
                    return _BELUM
                try:
                    nilai = _nilai_skalar(ev.value, ev.style, berkas, baris)
                except DataError:
                    return _BELUM
            else:
                if len(tumpukan) >= BATAS_KEDALAMAN:
                    return _BELUM
                nilai = {} if jenis is yaml.MappingStartEvent else []
            if atas is None:
                akar = nilai
            elif atas.peta:
                atas.wadah[atas.kunci] = nilai
                atas.kunci = None
            else:
                atas.wadah.append(nilai)
            if jenis is not yaml.ScalarEvent:
                tumpukan.append(_Bingkai(nilai, jalur))
        elif jenis is yaml.MappingEndEvent or jenis is yaml.SequenceEndEvent:
            tumpukan.pop()
        elif jenis is yaml.DocumentEndEvent:
            return akar if type(ambil()) is yaml.StreamEndEvent else _BELUM  # more documents: the careful way
        else:  # an alias
            return _BELUM
        ev = ambil()


_KOSONG: Any = object()


def _muat_cepat(teks: str, berkas: str, peta: PetaLokasi) -> Any:
    """:func:`_dari_peristiwa` over libyaml's parser; ``_BELUM`` also when libyaml refuses the text."""
    try:
        parser = CParser(teks)
        try:
            return _dari_peristiwa(parser, berkas, peta, _TERLARANG.search(teks) is None)
        finally:
            parser.dispose()
    except yaml.YAMLError:
        return _BELUM


def muat_teks(teks: str, berkas: str) -> tuple[Any, PetaLokasi]:
    """Parse YAML text; ``berkas`` is the name used in messages."""
    peta = PetaLokasi()
    if CParser is not None and len(teks) <= BATAS_UKURAN:
        with _tanpa_gc():
            hasil = _muat_cepat(teks, berkas, peta)
        if hasil is _KOSONG:
            return {}, peta
        if hasil is not _BELUM:
            return hasil, peta
        peta = PetaLokasi()
    node = susun_yaml(teks, berkas)
    if node is None:
        return {}, peta
    with _tanpa_gc():
        return _build(node, (), berkas, peta), peta


def muat_berkas(path: Path, nama: str | None = None) -> tuple[Any, PetaLokasi]:
    """Read one YAML file; ``nama`` is how the file is named in messages (default: the path)."""
    nama = nama or str(path)
    try:
        if path.is_dir():
            raise DataError("harus berupa berkas YAML, bukan folder", Lokasi(nama))
        if path.stat().st_size > BATAS_UKURAN:
            raise DataError(f"berkas terlalu besar ({_ribuan(path.stat().st_size)} bita; paling besar "
                            f"{_ribuan(BATAS_UKURAN)} bita); berkas data kecamatan biasanya hanya beberapa puluh kB",
                            Lokasi(nama))
        teks = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("berkas tidak ditemukan", Lokasi(nama)) from None
    except UnicodeDecodeError:
        raise DataError("berkas bukan teks UTF-8; simpan ulang sebagai UTF-8", Lokasi(nama)) from None
    except OSError as exc:
        raise DataError(f"berkas tidak dapat dibaca: {sebab_os(exc)}", Lokasi(nama)) from None
    return muat_teks(teks, nama)


_TAB = "karakter TAB tidak boleh dipakai untuk indentasi; gunakan spasi"
_YAML_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pola), pesan) for pola, pesan in (
    (r"found character '\\t' that cannot start any token|found a tab character", _TAB),
    (r"found character '(.)' that cannot start any token",
     "karakter '{0}' tidak boleh mengawali nilai; beri tanda kutip pada teksnya, misalnya \"{0}…\""),
    (r"could not find expected ':'", "tanda ':' setelah nama kolom tidak ditemukan"),
    (r"did not find expected key", "indentasi tidak konsisten atau tanda '-' di tempat yang salah"),
    (r"did not find expected '-' indicator", "indentasi daftar tidak konsisten"),
    (r"found unexpected end of stream", "tanda kutip tidak ditutup"),
    (r"found undefined alias '?([^']*)", "alias YAML '*{0}' tidak dikenal; teks yang diawali '*' harus diberi tanda kutip"),
    (r"expected alphabetic or numeric character",
     "nama anchor atau alias tidak sah; teks yang diawali '&' atau '*' harus diberi tanda kutip"),
    (r"found duplicate anchor '([^']*)'", "anchor '&{0}' ditulis dua kali; ganti nama salah satunya"),
    (r"found unknown escape character '?([^']*)'?",
     "'\\{0}' di dalam tanda kutip ganda tidak dikenal; tulis '\\\\' untuk garis miring terbalik, "
     "atau pakai tanda kutip tunggal ('…')"),
    (r"expected escape sequence of \d+ hexadecimal numbers",
     "garis miring terbalik '\\' di dalam tanda kutip ganda memulai kode escape; tulis '\\\\', atau pakai "
     "tanda kutip tunggal (misalnya 'C:\\Data\\logo.png')"),
    (r"expected chomping or indentation indicators",
     "setelah '|' atau '>' hanya boleh ada '-', '+' atau angka; tulis teksnya mulai baris berikutnya"),
    (r"but found another document",
     "berkas berisi lebih dari satu dokumen YAML (baris '---'); hapus baris '---' itu"),
    (r"expected a comment or a line break", "ada teks yang tidak diharapkan di akhir baris ini"),
    (r"expected the node content, but found '<stream end>'",
     "berkas berakhir sebelum nilai ini selesai: ada '[' atau '{' yang tidak ditutup"),
    (r"expected the node content", "nilai yang diharapkan tidak ada di sini; periksa tanda '[', '{', ',' dan ':'"),
    (r"sequence entries are not allowed here",
     "tanda '- ' tidak boleh di sini: butir daftar ditulis di baris berikutnya dengan indentasi, atau teks yang "
     "diawali '- ' diberi tanda kutip"),
    (r"expected <block end>, but found '<scalar>'",
     "ada teks setelah tanda kutip penutup; seluruh teks harus berada di dalam tanda kutip"),
    (r"expected <block end>, but found", "indentasi tidak konsisten"),
    (r"expected ',' or '\]'", "daftar '[' tidak ditutup dengan ']' atau kurang tanda ','"),
    (r"expected ',' or '\}'", "kumpulan '{' tidak ditutup dengan '}' atau kurang tanda ','"),
))
_UMUM = "susunan YAML tidak sah di sini; periksa indentasi, tanda kutip dan tanda ':' pada baris ini dan di atasnya"


def _terjemah_yaml(problem: str, teks: str = "", mark: Any = None) -> str:
    """PyYAML's English problem in Bahasa Indonesia, with what to write instead; never English."""
    if "mapping values are not allowed here" in problem:
        return _titik_dua(teks, mark)
    for pola, pesan in _YAML_MESSAGES:
        cocok = pola.search(problem)
        if cocok:
            return pesan.format(*cocok.groups()) if cocok.groups() else pesan
    return _UMUM


def _titik_dua(teks: str, mark: Any) -> str:
    """A ':' where a value was expected: a colon inside unquoted text, or a line indented too deep."""
    baris = teks.splitlines()[mark.line] if mark is not None and mark.line < len(teks.splitlines()) else ""
    kunci, pemisah, nilai = baris.partition(": ")
    if pemisah and mark is not None and mark.column > len(kunci) and nilai.strip():
        awal = kunci + ": "
        contoh = awal.strip() + " \"" + nilai.strip().replace('"', "'") + "\""
        return f"teks yang berisi ': ' harus diberi tanda kutip, misalnya {contoh}"
    return "tanda ':' di tempat yang salah; baris ini menjorok lebih dalam dari baris kolom lain di atasnya"


def ambil(data: Mapping[str, Any], jalur: Jalur) -> Any:
    """Follow ``jalur`` through nested dicts and lists (used by tests and findings)."""
    nilai: Any = data
    for bagian in jalur:
        nilai = nilai[bagian]
    return nilai
