"""Load YAML data so that every value remembers where it was written.

A user fixes a mistake faster when the message says ``kinerja.yaml:42``. PyYAML's composed nodes
carry their positions; this module turns them into plain Python data plus a :class:`PetaLokasi`
that maps a field path (``("sasaran", 0, "indikator", 1, "target")``) to a file and line.

The resolver is deliberately narrower than YAML 1.1: ``065`` stays the string ``"065"`` (a kode
klasifikasi, not the octal 53), ``yes``/``no``/``on``/``off`` stay strings, and only ``true``/
``false``, plain decimal integers, decimals, ``null`` and ISO dates get a type. Duplicate keys,
which PyYAML silently overwrites, are an error.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from doctools.errors import DataError, Lokasi

Jalur = tuple[str | int, ...]

_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_DECIMAL = re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BOOL = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_DIGIT_MAKS = 40


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
    value = node.value
    if node.style is not None:  # quoted or block scalar: always a string
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
                Lokasi(berkas, node.start_mark.line + 1),
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
                raise DataError(
                    f"kunci '{key}' ditulis dua kali; hapus salah satunya",
                    Lokasi(berkas, key_node.start_mark.line + 1, format_jalur(jalur + (key,))),
                )
            hasil[key] = _build(value_node, jalur + (key,), berkas, peta)
            # a field is found by its key: point at ``kunci:``, not at the first line of its value
            peta.catat(jalur + (key,), berkas, key_node.start_mark.line + 1)
        return hasil
    raise DataError("bentuk YAML tidak dikenal", Lokasi(berkas, node.start_mark.line + 1))  # pragma: no cover


def muat_teks(teks: str, berkas: str) -> tuple[Any, PetaLokasi]:
    """Parse YAML text; ``berkas`` is the name used in messages."""
    peta = PetaLokasi()
    try:
        node = yaml.compose(teks, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # an unclosed quote: where it was opened, not the end of the file
        baris = mark.line + 1 if mark is not None else None
        masalah = _terjemah_yaml(exc.problem or exc.context or "")
        raise DataError(f"YAML tidak dapat dibaca: {masalah}", Lokasi(berkas, baris)) from None
    except ReaderError as exc:
        baris = teks.count("\n", 0, exc.position) + 1
        raise DataError(f"YAML tidak dapat dibaca: karakter kendali tak terlihat (kode {exc.character:#06x}) "
                        "tidak boleh ada; hapus karakter itu (biasanya terbawa saat menyalin)",
                        Lokasi(berkas, baris)) from None
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        raise DataError(f"YAML tidak dapat dibaca: {exc}", Lokasi(berkas)) from None
    if node is None:
        return {}, peta
    return _build(node, (), berkas, peta), peta


def muat_berkas(path: Path, nama: str | None = None) -> tuple[Any, PetaLokasi]:
    """Read one YAML file; ``nama`` is how the file is named in messages (default: the path)."""
    nama = nama or str(path)
    try:
        teks = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("berkas tidak ditemukan", Lokasi(nama)) from None
    except UnicodeDecodeError:
        raise DataError("berkas bukan teks UTF-8; simpan ulang sebagai UTF-8", Lokasi(nama)) from None
    except OSError as exc:
        raise DataError(f"berkas tidak dapat dibaca: {exc.strerror or exc}", Lokasi(nama)) from None
    return muat_teks(teks, nama)


_YAML_MESSAGES = (
    ("mapping values are not allowed here", "tanda ':' di tempat yang salah (mungkin teks berisi ': ' perlu diberi tanda kutip)"),
    ("could not find expected ':'", "tanda ':' setelah nama kolom tidak ditemukan"),
    ("found character '\\t' that cannot start any token", "karakter TAB tidak boleh dipakai untuk indentasi; gunakan spasi"),
    ("did not find expected key", "indentasi tidak konsisten atau tanda '-' di tempat yang salah"),
    ("did not find expected '-' indicator", "indentasi daftar tidak konsisten"),
    ("found unexpected end of stream", "tanda kutip tidak ditutup"),
    ("found undefined alias", "alias YAML tidak dikenal"),
    ("expected <block end>, but found", "indentasi tidak konsisten"),
    ("expected ',' or ']'", "daftar '[' tidak ditutup dengan ']' atau kurang tanda ','"),
    ("expected ',' or '}'", "kumpulan '{' tidak ditutup dengan '}' atau kurang tanda ','"),
)


def _terjemah_yaml(problem: str) -> str:
    for english, indonesian in _YAML_MESSAGES:
        if english in problem:
            return indonesian
    return problem


def ambil(data: Mapping[str, Any], jalur: Jalur) -> Any:
    """Follow ``jalur`` through nested dicts and lists (used by tests and findings)."""
    nilai: Any = data
    for bagian in jalur:
        nilai = nilai[bagian]
    return nilai
