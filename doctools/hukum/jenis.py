"""Kinds of regulation (``jenis``): hierarchy rank, naming and where each is promulgated.

This module is the single place that knows, per ``jenis`` code:

* its rank in the hierarchy used to order a Mengingat list — UU 12/2011 Pasal 7 ayat (1), with
  the Pasal 8 central regulations (Peraturan Menteri and the like) placed by convention after
  the Perpres and before the Perda, each kepala daerah regulation after the Perda of its own
  level, and decisions (Keputusan) after all regulations;
* how the kind is spelled in full in a citation ("Peraturan Menteri Dalam Negeri");
* which gazette (``LN``, ``BN``, ``LD``, ``BD``) and supplement (``TLN``, ``TLD``) it can be
  placed in, and which placement a complete entry must have.

Everything is data in :data:`JENIS`; ranks are spaced by ten so a kind can be slotted in later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ALIAS_JENIS",
    "JENIS",
    "JenisPeraturan",
    "kode_jenis",
    "nama_daerah_pendek",
    "normalisasi_alias",
    "peringkat",
]


@dataclass(frozen=True)
class JenisPeraturan:
    """One kind of regulation.

    ``nama`` is a pattern for the kind as spelled in a citation; it may contain ``{lembaga}``
    (the issuing office, e.g. "Menteri Dalam Negeri"), ``{daerah}`` (e.g. "Kabupaten Malang")
    and ``{nama_daerah}`` (the daerah without "Kabupaten"/"Kota"/"Provinsi", e.g. "Malang").
    ``lembaran``/``tambahan`` are the allowed placement codes; ``wajib_lembaran`` and
    ``wajib_tambahan`` say which ones a complete entry must carry, from ``wajib_sejak`` on
    (before it, e.g. ministerial regulations before UU 12/2011, there often is none).
    """

    kode: str
    peringkat: int
    nama: str
    lembaran: frozenset[str] = frozenset()
    tambahan: frozenset[str] = frozenset()
    wajib_lembaran: bool = False
    wajib_tambahan: bool = False
    wajib_sejak: int | None = None
    butuh_lembaga: bool = False
    butuh_daerah: bool = False


def _j(kode: str, peringkat: int, nama: str, **kw: object) -> tuple[str, JenisPeraturan]:
    return kode, JenisPeraturan(kode=kode, peringkat=peringkat, nama=nama, **kw)  # type: ignore[arg-type]


_LN = frozenset({"LN"})
_BN = frozenset({"BN"})
_LD = frozenset({"LD"})
_BD = frozenset({"BD"})
_TLN = frozenset({"TLN"})
_TLD = frozenset({"TLD"})

#: The rank table. Lower ``peringkat`` = higher in the hierarchy = cited first.
JENIS: dict[str, JenisPeraturan] = dict(
    [
        _j("uud", 10, "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"),
        _j("tap-mpr", 20, "Ketetapan Majelis Permusyawaratan Rakyat Republik Indonesia"),
        _j("uu", 30, "Undang-Undang", lembaran=_LN, tambahan=_TLN, wajib_lembaran=True, wajib_tambahan=True),
        _j(
            "perppu",
            30,
            "Peraturan Pemerintah Pengganti Undang-Undang",
            lembaran=_LN,
            tambahan=_TLN,
            wajib_lembaran=True,
            wajib_tambahan=True,
        ),
        _j("pp", 40, "Peraturan Pemerintah", lembaran=_LN, tambahan=_TLN, wajib_lembaran=True, wajib_tambahan=True),
        # A Perpres is placed in the Lembaran Negara without a Tambahan (no Penjelasan).
        _j("perpres", 50, "Peraturan Presiden", lembaran=_LN, wajib_lembaran=True),
        # Pasal 8 regulations: by convention after the Perpres, before the Perda.
        _j(
            "permen", 60, "Peraturan {lembaga}", lembaran=_BN, wajib_lembaran=True, wajib_sejak=2012, butuh_lembaga=True
        ),
        _j("peraturan-lembaga", 60, "Peraturan {lembaga}", lembaran=_BN, butuh_lembaga=True),
        _j("keputusan-menteri", 60, "Keputusan {lembaga}", lembaran=_BN, butuh_lembaga=True),
        _j(
            "perda-provinsi",
            70,
            "Peraturan Daerah {daerah}",
            lembaran=_LD,
            tambahan=_TLD,
            wajib_lembaran=True,
            butuh_daerah=True,
        ),
        _j("pergub", 80, "Peraturan Gubernur {nama_daerah}", lembaran=_BD, wajib_lembaran=True, butuh_daerah=True),
        _j(
            "perda",
            90,
            "Peraturan Daerah {daerah}",
            lembaran=_LD,
            tambahan=_TLD,
            wajib_lembaran=True,
            butuh_daerah=True,
        ),
        _j("perbup", 100, "Peraturan Bupati {nama_daerah}", lembaran=_BD, wajib_lembaran=True, butuh_daerah=True),
        _j("perwali", 100, "Peraturan Wali Kota {nama_daerah}", lembaran=_BD, wajib_lembaran=True, butuh_daerah=True),
        # Decisions come after all regulations: Gubernur, then Bupati/Wali Kota, then Camat.
        _j("keputusan-gubernur", 110, "Keputusan Gubernur {nama_daerah}", lembaran=_BD, butuh_daerah=True),
        _j("keputusan-bupati", 120, "Keputusan Bupati {nama_daerah}", lembaran=_BD, butuh_daerah=True),
        _j("keputusan-walikota", 120, "Keputusan Wali Kota {nama_daerah}", lembaran=_BD, butuh_daerah=True),
        _j("keputusan-camat", 130, "Keputusan {lembaga}", butuh_lembaga=True, butuh_daerah=True),
    ]
)


def normalisasi_alias(teks: str) -> str:
    """Lower-case ``teks`` and drop everything but letters and digits ("Perda Provinsi" → "perdaprovinsi")."""
    return re.sub(r"[^0-9a-z]", "", teks.lower())


#: What users may write as ``jenis`` in a citation, normalised with :func:`normalisasi_alias`,
#: mapped to (jenis code, a fragment the ``lembaga`` must contain, or None).
ALIAS_JENIS: dict[str, tuple[str, str | None]] = {
    **{normalisasi_alias(k): (k, None) for k in JENIS},
    "uud1945": ("uud", None),
    "undangundangdasar": ("uud", None),
    "tap": ("tap-mpr", None),
    "ketetapanmpr": ("tap-mpr", None),
    "undangundang": ("uu", None),
    "perpu": ("perppu", None),
    "peraturanpemerintahpenggantiundangundang": ("perppu", None),
    "peraturanpemerintah": ("pp", None),
    "peraturanpresiden": ("perpres", None),
    "peraturanmenteri": ("permen", None),
    "permendagri": ("permen", "Dalam Negeri"),
    "peraturanmenteridalamnegeri": ("permen", "Dalam Negeri"),
    "permenpan": ("permen", "Pendayagunaan Aparatur Negara"),
    "permenpanrb": ("permen", "Pendayagunaan Aparatur Negara"),
    "permendes": ("permen", "Desa"),
    "permendesa": ("permen", "Desa"),
    "permendespdtt": ("permen", "Desa"),
    "kepmen": ("keputusan-menteri", None),
    "kepmenpan": ("keputusan-menteri", "Pendayagunaan Aparatur Negara"),
    "peraturandaerah": ("perda", None),
    "peraturandaerahprovinsi": ("perda-provinsi", None),
    "peraturangubernur": ("pergub", None),
    "peraturanbupati": ("perbup", None),
    "perwalikota": ("perwali", None),
    "peraturanwalikota": ("perwali", None),
    "kepgub": ("keputusan-gubernur", None),
    "keputusangubernur": ("keputusan-gubernur", None),
    "kepbup": ("keputusan-bupati", None),
    "keputusanbupati": ("keputusan-bupati", None),
    "kepwali": ("keputusan-walikota", None),
    "keputusanwalikota": ("keputusan-walikota", None),
    "kepcamat": ("keputusan-camat", None),
    "keputusancamat": ("keputusan-camat", None),
}


def kode_jenis(teks: str) -> tuple[str, str | None] | None:
    """Resolve what a user wrote as ``jenis`` to (code, lembaga fragment), or None if unknown."""
    return ALIAS_JENIS.get(normalisasi_alias(teks))


def peringkat(jenis: str) -> int:
    """Hierarchy rank of a ``jenis`` code (lower is higher). Raises KeyError for an unknown code."""
    return JENIS[jenis].peringkat


def nama_daerah_pendek(daerah: str) -> str:
    """ "Kabupaten Malang" → "Malang"; "Kota Batu" → "Batu"; "Provinsi Jawa Timur" → "Jawa Timur"."""
    return re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", daerah.strip())
