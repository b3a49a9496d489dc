"""Read a regulation named in free text: "Peraturan Bupati Jember Nomor 50 Tahun 2021 tentang …".

A clerk pastes the Mengingat of last year's decree, one citation per item. :func:`urai_sitasi`
reads the kind (and its issuer or region), the number, the year and the title from it, so the
item can be found in the catalog and checked like a catalog key, or at least be put in its place
in the hierarchy. The spellings of the seeds are accepted: "Undang - Undang", "Nomor 23 tahun
2014", "Peraturan Presiden 29 tahun 2014" (no "Nomor"), numbers that carry their own year
("PER/09/M.PAN/5/2007"), "Surat Keputusan Camat …", a title followed by its placement or by
"sebagaimana telah diubah …" (the catalog adds both itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from doctools.hukum.jenis import JENIS, nama_daerah_pendek, normalisasi_alias

__all__ = ["SitasiTeks", "daerah_sama", "judul_sama", "lembaga_sama", "rapikan_teks", "urai_sitasi"]


@dataclass(frozen=True)
class SitasiTeks:
    """What a free-text citation says. ``kepala`` is its kind, number and year as written."""

    jenis: str
    tahun: int
    kepala: str
    nomor: str | None = None
    lembaga: str | None = None
    daerah: str | None = None
    tentang: str | None = None
    pasal: str | None = None

    @property
    def peringkat(self) -> int:
        """Hierarchy rank of its kind (lower is higher), as :class:`~doctools.hukum.model.Peraturan`."""
        return JENIS[self.jenis].peringkat

    @property
    def tanggal(self) -> date | None:
        """Free text carries no promulgation date; regulations of a rank are ordered by year."""
        return None


#: Kind of regulation as it opens a citation → (jenis code, what the rest names: lembaga or daerah,
#: prefix of the daerah). Tried in order, so the longer kinds come first.
_SEBUTAN: tuple[tuple[re.Pattern[str], str, str | None, str], ...] = tuple(
    (re.compile(pola + r"$", re.IGNORECASE), jenis, bagian, awalan) for pola, jenis, bagian, awalan in (
        (r"Ketetapan (?:Majelis Permusyawaratan Rakyat|MPR)(?: Republik Indonesia)?", "tap-mpr", None, ""),
        (r"Undang-Undang", "uu", None, ""),
        (r"Peraturan Pemerintah Pengganti Undang-Undang", "perppu", None, ""),
        (r"Peraturan Pemerintah", "pp", None, ""),
        (r"Peraturan Presiden", "perpres", None, ""),
        (r"Peraturan (?P<isi>Menteri .+)", "permen", "lembaga", ""),
        (r"Keputusan (?P<isi>Menteri .+)", "keputusan-menteri", "lembaga", ""),
        (r"Peraturan Daerah (?P<isi>Provinsi .+)", "perda-provinsi", "daerah", ""),
        (r"Peraturan Daerah (?P<isi>.+)", "perda", "daerah", ""),
        (r"Peraturan Gubernur (?P<isi>.+)", "pergub", "daerah", "Provinsi"),
        (r"Peraturan Bupati (?P<isi>.+)", "perbup", "daerah", "Kabupaten"),
        (r"Peraturan Wali ?kota (?P<isi>.+)", "perwali", "daerah", "Kota"),
        (r"Keputusan Gubernur (?P<isi>.+)", "keputusan-gubernur", "daerah", "Provinsi"),
        (r"Keputusan Bupati (?P<isi>.+)", "keputusan-bupati", "daerah", "Kabupaten"),
        (r"Keputusan Wali ?kota (?P<isi>.+)", "keputusan-walikota", "daerah", "Kota"),
        (r"Keputusan (?P<isi>Camat .+)", "keputusan-camat", "lembaga", ""),
        (r"Peraturan (?P<isi>(?:Badan|Lembaga|Kepala) .+)", "peraturan-lembaga", "lembaga", ""),
    )
)

_KEPALA = re.compile(
    r"^(?P<sebutan>.+?)\s+(?:"
    r"(?:Nomor|No\.?)\s*:?\s*(?P<nomor>[^\s,;]+)(?:\s+Tahun\s+(?P<tahun>\d{4}))?"
    r"|(?P<nomor_polos>\d+[A-Za-z]?)\s+Tahun\s+(?P<tahun_polos>\d{4})"
    r")$",
    re.IGNORECASE,
)
_TENTANG = re.compile(r"\s+tentang\s+", re.IGNORECASE)
_EKOR = re.compile(r"\s*(?:\((?:Lembaran|Berita|Tambahan)\b|,?\s+sebagaimana\s+telah\b|,\s*Tambahan\b)", re.IGNORECASE)
_UUD = re.compile(r"^(?:(?P<pasal>Pasal\s.+?)\s+)?Undang-Undang Dasar\b", re.IGNORECASE)
_TAHUN_DALAM_NOMOR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d|2100)(?!\d)")
_DAERAH = re.compile(r"^(Kabupaten|Kota|Provinsi)\s+", re.IGNORECASE)


def rapikan_teks(teks: str) -> str:
    """One space between words, "Undang - Undang" as one word, no list punctuation at the end."""
    teks = " ".join(teks.split())
    teks = re.sub(r"\b(Undang|Perundang)\s*-\s*(Undang)", r"\1-\2", teks, flags=re.IGNORECASE)
    return re.sub(r"(?:\s*[;,.]\s*(?:dan|atau)?)+$", "", teks).strip()


def _judul(teks: str) -> str | None:
    """The title without its placement or amendment clause (the catalog supplies both)."""
    m = _EKOR.search(teks)
    judul = (teks[: m.start()] if m else teks).strip().rstrip(";,.").strip()
    return judul or None


def _sebutan(teks: str) -> tuple[str, str | None, str | None] | None:
    """(jenis, lembaga, daerah) of the kind as written, or None for an unknown kind."""
    teks = re.sub(r"^Surat\s+(?=Keputusan\b)", "", teks.strip(), flags=re.IGNORECASE)
    for pola, jenis, bagian, awalan in _SEBUTAN:
        m = pola.match(teks)
        if m is None:
            continue
        isi = m.groupdict().get("isi")
        if bagian == "lembaga":
            return jenis, isi, None
        if bagian == "daerah" and isi is not None:
            if awalan and not _DAERAH.match(isi):
                isi = f"{awalan} {isi}"
            return jenis, None, isi
        return jenis, None, None
    return None


def urai_sitasi(teks: str) -> SitasiTeks | None:
    """The regulation a free-text citation names, or None when it names none this module knows."""
    teks = rapikan_teks(teks)
    uud = _UUD.match(teks)
    if uud:
        return SitasiTeks("uud", 1945, "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
                          pasal=uud.group("pasal"))
    bagian = _TENTANG.split(teks, maxsplit=1)
    kepala = _EKOR.split(bagian[0])[0].strip()
    tentang = _judul(bagian[1]) if len(bagian) == 2 else None
    m = _KEPALA.match(kepala)
    if m is None:
        return None
    sebutan = _sebutan(m.group("sebutan"))
    if sebutan is None:
        return None
    nomor = m.group("nomor") or m.group("nomor_polos")
    tahun_teks = m.group("tahun") or m.group("tahun_polos")
    if tahun_teks is None:  # a number that carries its year: PER/09/M.PAN/5/2007, 188.45/011/KEP/35.07.14/2016
        dalam = _TAHUN_DALAM_NOMOR.findall(nomor)
        if not dalam:
            return None
        tahun_teks = dalam[-1]
    jenis, lembaga, daerah = sebutan
    return SitasiTeks(jenis, int(tahun_teks), kepala, nomor=nomor, lembaga=lembaga, daerah=daerah, tentang=tentang)


def _bentuk_judul(teks: str) -> str:
    teks = re.sub(r"\s*-\s*", "-", rapikan_teks(teks).casefold())
    return re.sub(r"[^0-9a-z-]+", " ", teks).strip()


def judul_sama(a: str, b: str) -> bool:
    """Whether two titles are the same title: case, spaces around hyphens and punctuation aside."""
    return _bentuk_judul(a) == _bentuk_judul(b)


_KATA_LEMBAGA_UMUM = frozenset({"menteri", "negara", "dan", "republik", "indonesia", "kepala"})


def _kata_lembaga(lembaga: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", lembaga.casefold())) - _KATA_LEMBAGA_UMUM


def lembaga_sama(a: str, b: str) -> bool:
    """Whether two spellings name the same issuer: their significant words, one set within the other.

    "Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi" (as the seeds write it)
    is "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"; "Menteri Dalam Negeri" is not.
    """
    x, y = _kata_lembaga(a), _kata_lembaga(b)
    return x <= y or y <= x


def daerah_sama(a: str, b: str) -> bool:
    """Whether two regions are the same by their short name: "Malang" is "Kabupaten Malang"."""
    return normalisasi_alias(nama_daerah_pendek(a)) == normalisasi_alias(nama_daerah_pendek(b))
