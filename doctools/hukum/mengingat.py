"""The "Mengingat" list of a Keputusan: resolve the user's citations, check, order and render.

A citation item in a decree's data (:class:`~doctools.hukum.kutipan.Kutipan`) is one of:

* a catalog key: ``"uu-23-2014"``;
* ``{kunci: "uud-1945", pasal: "Pasal 18 ayat (6)"}`` (``pasal`` is optional);
* ``{jenis: "uu", nomor: 23, tahun: 2014}``, optionally with ``lembaga`` and ``pasal``;
  ``jenis`` may be a code or an alias such as "Permendagri" or "PermenPAN-RB";
* ``{teks: "…"}``, or a plain string that is no key: free text. When it names a regulation
  ("Peraturan Bupati Jember Nomor 50 Tahun 2021 tentang …", read by
  :func:`~doctools.hukum.urai.urai_sitasi`) it is checked against the catalog: a known regulation
  is cited from the catalog, a wrong year, number or title is a galat, an unknown one is kept as
  written in its place in the hierarchy (an info). Free text naming no regulation is kept
  verbatim and put at the end (a warning).

:func:`susun_mengingat` returns the rendered citations in order plus the findings (unknown
regulation, revoked regulation, the same regulation twice, an amendment cited beside the
regulation it amends, free text, and — when the user's order is kept — each break of the
hierarchy or of the chronology).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from doctools.errors import DataError, Lokasi
from doctools.hukum.jenis import kode_jenis, nama_daerah_pendek, normalisasi_alias
from doctools.hukum.katalog import Katalog, normalisasi_nomor
from doctools.hukum.kutipan import Kutipan
from doctools.hukum.model import Peraturan
from doctools.hukum.nama import nama_singkat
from doctools.hukum.saran import pendek, saran_kunci, saran_struktur, sebut_saran, tebak_dari_teks
from doctools.hukum.sitasi import berlaku_pada, sitasi
from doctools.hukum.temuan import Temuan
from doctools.hukum.urai import SitasiTeks, daerah_sama, judul_sama, lembaga_sama, rapikan_teks, urai_sitasi
from doctools.hukum.urutan import bandingkan_urutan

__all__ = ["HasilMengingat", "susun_mengingat"]

@dataclass(frozen=True)
class HasilMengingat:
    """The ordered citation strings (without list punctuation) and the findings.

    ``peraturan`` runs parallel to ``butir``: the catalog entry of each item, or None for
    free text the catalog does not know.
    """

    butir: tuple[str, ...]
    temuan: tuple[Temuan, ...]
    peraturan: tuple[Peraturan | None, ...]
    dikutip: tuple[tuple[Peraturan, Lokasi | None], ...] = ()
    """Each catalog entry cited (by key, by jenis/nomor/tahun or in free text), in the user's order,
    with where its item is written."""

    @property
    def ada_galat(self) -> bool:
        """Whether any finding is an error ("galat")."""
        return any(t.tingkat == "galat" for t in self.temuan)


# --- free text that names a regulation ------------------------------------------------------

def _sejenis(p: Peraturan, s: SitasiTeks) -> bool:
    """Whether catalog entry ``p`` is of the kind, region and issuer the free text names
    (see :func:`~doctools.hukum.urai.daerah_sama` and :func:`~doctools.hukum.urai.lembaga_sama`)."""
    if p.jenis != s.jenis:
        return False
    if s.daerah and p.daerah and not daerah_sama(s.daerah, p.daerah):
        return False
    return not (s.lembaga and p.lembaga and not lembaga_sama(s.lembaga, p.lembaga))


def _belum_terverifikasi(p: Peraturan) -> str:
    if p.terverifikasi:
        return ""
    return " (entri katalog itu belum terverifikasi: bila tulisan Anda yang benar, koreksi entrinya di peraturan.yaml)"


def _cocokkan(
    i: int, k: Kutipan, s: SitasiTeks, katalog: Katalog, temuan: list[Temuan]
) -> Peraturan | None | Literal[False]:
    """The catalog entry free text names (a Peraturan), False when it names one wrongly (a galat
    is added), None when the catalog does not know it."""
    sejenis = [p for p in katalog if _sejenis(p, s)]
    if s.jenis == "uud":
        return sejenis[0] if sejenis else None
    nn = normalisasi_nomor(s.nomor or "")
    sama_nomor = [p for p in sejenis if p.nomor and normalisasi_nomor(p.nomor) == nn]
    tepat = [p for p in sama_nomor if p.tahun == s.tahun]
    if tepat:
        cocok = next((p for p in tepat if s.tentang is None or judul_sama(s.tentang, p.tentang or "")), None)
        if cocok is not None:
            return cocok
        p = tepat[0]
        temuan.append(Temuan(
            "galat",
            f"butir {i}: judul {s.kepala} tertulis \"{pendek(s.tentang or '', 80)}\", padahal menurut katalog "
            f"\"{p.tentang}\"; tulis judul itu, atau cukup kuncinya '{p.kunci}'{_belum_terverifikasi(p)}",
            k.lokasi))
        return False
    if s.tentang is not None:
        judul = [p for p in sejenis if judul_sama(s.tentang, p.tentang or "")]
        tahun_lain = [p for p in judul if p in sama_nomor]
        nomor_lain = [p for p in judul if p.tahun == s.tahun]
        calon = tahun_lain + [p for p in nomor_lain if p not in tahun_lain]
        if calon:
            apa = "nomor atau tahunnya" if tahun_lain and nomor_lain else "tahunnya" if tahun_lain else "nomornya"
            daftar = " atau ".join(f"{nama_singkat(p)} tentang {pendek(p.tentang or '', 60)} ('{p.kunci}')"
                                   for p in calon[:2])
            catatan = next((_belum_terverifikasi(p) for p in calon[:2] if not p.terverifikasi), "")
            temuan.append(Temuan(
                "galat",
                f"butir {i}: {s.kepala} tentang {pendek(s.tentang, 60)} tidak ada dalam katalog; {apa} keliru? "
                f"Menurut katalog: {daftar} — perbaiki, atau cukup tulis kuncinya{catatan}",
                k.lokasi))
            return False
    return None


def _kunci_bebas(s: SitasiTeks) -> tuple[object, ...]:
    """What makes two free-text citations of unknown regulations the same regulation."""
    daerah = normalisasi_alias(nama_daerah_pendek(s.daerah)) if s.daerah else ""  # "Malang" is "Kabupaten Malang"
    return s.jenis, normalisasi_nomor(s.nomor or ""), s.tahun, daerah


def _teks_bebas(k: Kutipan, katalog: Katalog) -> str | None:
    """The free text of an item: its ``teks``, or a plain string that is no key but reads as a citation."""
    if k.teks is not None:
        return k.teks
    if k.kunci is not None and k.kunci not in katalog and re.search(r"\s", k.kunci):
        return k.kunci
    return None


# --- the main function -------------------------------------------------------------------------


@dataclass
class _Butir:
    indeks: int  # 1-based position in the user's list
    kutipan: Kutipan
    peraturan: Peraturan | None  # None: free text
    pasal: str | None
    teks: str | None = None  # free text as written
    urai: SitasiTeks | None = None  # what free text names, when it could be read

    @property
    def berurut(self) -> Peraturan | SitasiTeks | None:
        """What orders this item in the hierarchy; None for free text that names no regulation."""
        return self.peraturan if self.peraturan is not None else self.urai

    @property
    def label(self) -> str:
        if self.peraturan is not None:
            return nama_singkat(self.peraturan)
        return self.urai.kepala if self.urai is not None else f'"{pendek(self.teks or "")}"'


def susun_mengingat(
    kutipan: Sequence[Kutipan | str | Mapping[str, Any]],
    katalog: Katalog,
    urutkan: bool = True,
    *,
    per_tanggal: date | None = None,
) -> HasilMengingat:
    """Resolve, check, order and render the Mengingat items of a decree.

    ``kutipan`` holds :class:`Kutipan` (carrying their source location) or raw items as in the
    decree's data (a key string or a mapping; see the module docstring). Free text that names a
    regulation ("Peraturan Bupati Jember Nomor 50 Tahun 2021 tentang …", as ``teks`` or as a plain
    string) is read (:func:`~doctools.hukum.urai.urai_sitasi`): a regulation the catalog knows is
    cited from the catalog, one named with a wrong year, number or title is a galat, one the
    catalog does not know is printed as written, in its place in the hierarchy. With ``urutkan``
    the items are ordered by hierarchy and chronology, free text naming no regulation last;
    without it the user's order is kept and each break of the order is a warning.
    ``per_tanggal`` is the date of the decree: amendments and revocations after it are ignored,
    so an old decree renders as it was.
    """
    temuan: list[Temuan] = []
    butir: list[_Butir] = []
    pertama: dict[str, _Butir] = {}
    pertama_bebas: dict[tuple[object, ...], _Butir] = {}

    for i, mentah in enumerate(kutipan, start=1):
        try:
            k = Kutipan.dari_data(mentah)
        except DataError as e:
            temuan.append(Temuan("galat", f"butir {i}: {e.pesan}", e.lokasi))
            continue
        teks = _teks_bebas(k, katalog)
        urai = urai_sitasi(teks) if teks is not None else None
        pasal = k.pasal
        if teks is not None and urai is None and k.teks is not None:
            pesan = (
                f"butir {i} berupa teks bebas yang tidak terbaca sebagai peraturan (jenis, nomor, tahun), tidak "
                f'diperiksa terhadap katalog dan diletakkan di akhir: "{pendek(k.teks, 80)}"'
            )
            tebakan = tebak_dari_teks(k.teks, katalog)
            if tebakan:
                pesan += f"; tampaknya sama dengan {sebut_saran(tebakan[:1])}, pakai kuncinya"
            temuan.append(Temuan("peringatan", pesan, k.lokasi))
            butir.append(_Butir(i, k, None, None, teks=k.teks))
            continue
        if urai is not None:
            hasil = _cocokkan(i, k, urai, katalog, temuan)
            if hasil is False:
                continue
            if hasil is None:
                if _kunci_bebas(urai) in pertama_bebas:
                    lalu = pertama_bebas[_kunci_bebas(urai)]
                    temuan.append(Temuan("galat", f"butir {i}: {urai.kepala} sudah dikutip pada butir {lalu.indeks}; "
                                                  "hapus salah satunya", k.lokasi))
                    continue
                temuan.append(Temuan(
                    "info",
                    f"butir {i}: {urai.kepala} tidak ada dalam katalog, jadi dicetak seperti tertulis dan diurutkan "
                    "menurut hierarkinya, tetapi judul dan penempatannya tidak diperiksa; tambahkan ke peraturan.yaml "
                    "agar diperiksa",
                    k.lokasi))
                b = _Butir(i, k, None, None, teks=teks, urai=urai)
                pertama_bebas[_kunci_bebas(urai)] = b
                butir.append(b)
                continue
            p: Peraturan | None = hasil
            pasal = urai.pasal
        else:
            p = _selesaikan(i, k, katalog, temuan)
        if p is None:
            continue

        if pasal and p.jenis != "uud":
            temuan.append(
                Temuan(
                    "peringatan",
                    f"butir {i}: pasal hanya disebut untuk UUD 1945 (UU 12/2011 Lampiran II); "
                    f"'{pasal}' pada {nama_singkat(p)} diabaikan",
                    k.lokasi,
                )
            )
            pasal = None

        if p.kunci in pertama:
            lalu = pertama[p.kunci]
            pesan = f"butir {i}: {nama_singkat(p)} sudah dikutip pada butir {lalu.indeks}"
            if lalu.kutipan.lokasi and str(lalu.kutipan.lokasi):
                pesan += f" ({lalu.kutipan.lokasi})"
            pesan += "; hapus salah satunya"
            if p.jenis == "uud":
                pesan += " dan gabungkan pasalnya dalam satu butir"
            temuan.append(Temuan("galat", pesan, k.lokasi))
            continue

        if not p.berlaku:
            _periksa_dicabut(i, p, k, katalog, per_tanggal, temuan)

        b = _Butir(i, k, p, pasal)
        pertama[p.kunci] = b
        butir.append(b)

    _periksa_perubahan(butir, pertama, katalog, per_tanggal, temuan)

    berurut = [b for b in butir if b.berurut is not None]
    bebas = [b for b in butir if b.berurut is None]
    if urutkan:
        akhir = sorted(berurut, key=functools.cmp_to_key(_bandingkan_butir)) + bebas
    else:
        _periksa_urutan(berurut, temuan)
        akhir = butir

    teks_akhir = tuple(
        sitasi(b.peraturan, katalog, pasal=b.pasal, per_tanggal=per_tanggal)
        if b.peraturan is not None
        else rapikan_teks(b.teks or "")
        for b in akhir
    )
    dikutip = tuple((b.peraturan, b.kutipan.lokasi) for b in butir if b.peraturan is not None)
    return HasilMengingat(teks_akhir, tuple(temuan), tuple(b.peraturan for b in akhir), dikutip)


def _bandingkan_butir(a: _Butir, b: _Butir) -> int:
    pa, pb = a.berurut, b.berurut
    assert pa is not None and pb is not None
    return bandingkan_urutan(pa, pb)


def _selesaikan(i: int, k: Kutipan, katalog: Katalog, temuan: list[Temuan]) -> Peraturan | None:
    """The catalog entry a key or {jenis, nomor, tahun} item points at; a galat when none."""
    if k.kunci is not None:
        if k.kunci in katalog:
            return katalog.ambil(k.kunci)
        pesan = f"butir {i}: peraturan '{k.kunci}' tidak ada dalam katalog"
        if re.search(r"\s", k.kunci):
            pesan += (" dan tidak terbaca sebagai peraturan (tulis kunci katalog, sitasi lengkap seperti "
                      "'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', atau {teks: …} untuk teks bebas)")
        saran = saran_kunci(k.kunci, katalog)
        if saran:
            pesan += f"; mungkin maksud Anda: {sebut_saran(saran)}"
        else:
            pesan += "; tambahkan ke katalog peraturan lokal atau tulis sebagai {teks: …}"
        temuan.append(Temuan("galat", pesan, k.lokasi))
        return None

    hasil = katalog.cari(k.jenis or "", k.nomor or "", k.tahun or 0, k.lembaga)
    if len(hasil) == 1:
        return hasil[0]
    if len(hasil) > 1:
        pilihan = ", ".join(f"'{p.kunci}' ({nama_singkat(p)})" for p in hasil)
        temuan.append(
            Temuan(
                "galat",
                f"butir {i}: {k.label()} cocok dengan lebih dari satu peraturan: {pilihan}; "
                "tambahkan 'lembaga' atau pakai kuncinya",
                k.lokasi,
            )
        )
        return None
    pesan = f"butir {i}: {k.label()} tidak ada dalam katalog"
    if kode_jenis(k.jenis or "") is None:
        pesan += f" (jenis '{k.jenis}' tidak dikenal)"
    saran = saran_struktur(k.jenis, k.nomor, k.tahun, katalog)
    if saran:
        pesan += f"; mungkin maksud Anda: {sebut_saran(saran)}"
    else:
        pesan += "; tambahkan ke katalog peraturan lokal atau tulis sebagai {teks: …}"
    temuan.append(Temuan("galat", pesan, k.lokasi))
    return None


def _periksa_dicabut(
    i: int, p: Peraturan, k: Kutipan, katalog: Katalog, per_tanggal: date | None, temuan: list[Temuan]
) -> None:
    """Warn about a revoked regulation, naming its replacement (and the one now in force)."""
    rantai = katalog.pengganti(p.kunci)
    if rantai and not berlaku_pada(rantai[0], per_tanggal):
        return  # revoked only after the decree's date
    if not rantai and per_tanggal is not None:
        return  # no known revocation date: assume it was in force then
    pesan = f"butir {i}: {nama_singkat(p)} sudah tidak berlaku"
    if rantai:
        pesan += f", dicabut dengan {nama_singkat(rantai[0])} (kunci '{rantai[0].kunci}')"
        akhir = rantai[-1]
        if len(rantai) > 1 or not akhir.berlaku:
            if akhir.berlaku:
                pesan += f", yang juga telah dicabut; yang berlaku kini {nama_singkat(akhir)} (kunci '{akhir.kunci}')"
            else:
                pesan += ", yang juga sudah tidak berlaku"
    pesan += "; peraturan yang dicabut tidak dikutip dalam Mengingat"
    temuan.append(Temuan("peringatan", pesan, k.lokasi))


def _periksa_perubahan(
    butir: list[_Butir],
    pertama: Mapping[str, _Butir],
    katalog: Katalog,
    per_tanggal: date | None,
    temuan: list[Temuan],
) -> None:
    """Warn about an amendment cited beside the regulation it amends."""
    for b in butir:
        p = b.peraturan
        if p is None:
            continue
        for induk in katalog.diubah(p.kunci):
            if induk.kunci in pertama and berlaku_pada(p, per_tanggal):
                lain = pertama[induk.kunci]
                temuan.append(
                    Temuan(
                        "peringatan",
                        f"butir {b.indeks}: {nama_singkat(p)} adalah perubahan atas {nama_singkat(induk)} "
                        f"(butir {lain.indeks}), yang sudah dikutip beserta perubahannya "
                        '("sebagaimana telah … diubah …"); hapus butir ini',
                        b.kutipan.lokasi,
                    )
                )


def _periksa_urutan(berurut: list[_Butir], temuan: list[Temuan]) -> None:
    """With the user's order kept: one warning per adjacent pair that breaks the order."""
    for a, b in itertools.pairwise(berurut):
        pa, pb = a.berurut, b.berurut
        assert pa is not None and pb is not None
        if bandingkan_urutan(pa, pb) <= 0:
            continue
        if pa.peringkat != pb.peringkat:
            pesan = (
                f"urutan Mengingat menyalahi hierarki: butir {a.indeks} ({a.label}) ditulis sebelum "
                f"butir {b.indeks} ({b.label}) yang lebih tinggi"
            )
        else:
            pesan = (
                f"urutan Mengingat tidak kronologis: butir {a.indeks} ({a.label}) ditulis sebelum "
                f"butir {b.indeks} ({b.label}) yang setingkat dan lebih dahulu"
            )
        temuan.append(Temuan("peringatan", pesan, b.kutipan.lokasi))
