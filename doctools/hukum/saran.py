"""What the user may have meant: catalog entries close to a citation that resolved to nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from doctools.hukum.jenis import kode_jenis
from doctools.hukum.katalog import Katalog, normalisasi_nomor
from doctools.hukum.model import Peraturan
from doctools.hukum.nama import nama_singkat
from doctools.hukum.urutan import angka_nomor

__all__ = ["gabung_saran", "pendek", "saran_kunci", "saran_struktur", "sebut_saran", "tebak_dari_teks"]


def pendek(teks: str, batas: int = 60) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= batas else teks[: batas - 1].rstrip() + "…"


def sebut_saran(daftar: Sequence[Peraturan]) -> str:
    return "; ".join(f"'{p.kunci}' ({nama_singkat(p)} tentang {pendek(p.tentang or '', 50)})" for p in daftar)


def tebak_dari_teks(teks: str, katalog: Katalog) -> list[Peraturan]:
    """Catalog entries whose number and year appear in free ``teks`` ("… Nomor 23 Tahun 2014 …")."""
    hasil: list[Peraturan] = []
    pasangan: list[tuple[tuple[str, ...], int | None]] = []
    for m in re.finditer(r"Nomor\s*:?\s*([^\s,;]+)\s+Tahun\s+(\d{4})", teks, re.IGNORECASE):
        pasangan.append((normalisasi_nomor(m.group(1)), int(m.group(2))))
    for m in re.finditer(r"Nomor\s*:?\s*([A-Za-z0-9.]*/[^\s,;]+)", teks, re.IGNORECASE):
        pasangan.append((normalisasi_nomor(m.group(1)), None))
    for nn, th in pasangan:
        for p in katalog:
            if p.nomor and normalisasi_nomor(p.nomor) == nn and (th is None or p.tahun == th) and p not in hasil:
                hasil.append(p)
    return hasil


def gabung_saran(*daftar: Sequence[Peraturan], n: int = 3) -> list[Peraturan]:
    hasil: list[Peraturan] = []
    for d in daftar:
        for p in d:
            if p not in hasil:
                hasil.append(p)
    return hasil[:n]


def saran_kunci(kunci: str, katalog: Katalog) -> list[Peraturan]:
    """Suggestions for an unknown key: the same key with another year first (the commonest slip,
    e.g. 'permenpanrb-53-2015'), then entries whose number and year appear in it (when it is
    text), then difflib."""
    depan: list[Peraturan] = []
    m = re.match(r"^(.+)-(\d{4})$", kunci.strip().lower())
    if m:
        depan = [p for p in katalog if p.kunci.rsplit("-", 1)[0] == m.group(1)]
        depan.sort(key=lambda p: (abs(p.tahun - int(m.group(2))), p.kunci))
    return gabung_saran(depan, tebak_dari_teks(kunci, katalog), katalog.saran(kunci))


def saran_struktur(jenis: str | None, nomor: str | None, tahun_: int | None, katalog: Katalog) -> list[Peraturan]:
    """Suggestions for a {jenis, nomor, tahun} that matched nothing: the same kind and number in
    another year first, then the same kind and year with a near number; difflib only when
    neither exists."""
    r = kode_jenis(jenis or "")
    kode = r[0] if r else (jenis or "")
    nn = normalisasi_nomor(nomor or "")
    tahun = tahun_ or 0
    sejenis = [p for p in katalog if p.jenis == kode and p.nomor]
    sama_nomor = sorted(
        (p for p in sejenis if normalisasi_nomor(p.nomor or "") == nn),
        key=lambda p: (abs(p.tahun - tahun), p.kunci),
    )
    angka = int(nn[0]) if nn and nn[0].isdigit() else 0
    sama_tahun = sorted(
        (p for p in sejenis if p.tahun == tahun),
        key=lambda p: (abs(angka_nomor(p) - angka), p.kunci),
    )
    if sama_nomor or sama_tahun:
        return gabung_saran(sama_nomor, sama_tahun)
    return katalog.saran(f"{kode} {nomor} {tahun_}")
