"""Legal form: what the toolkit numbers must not be typed, and the Mengingat must hold.

List letters and numbers (a., 1., (1)), diktum ordinals (KESATU …) and references to a diktum are
computed; a typed one is wrong as soon as an item is added or removed (the seeds skip and repeat
diktum numbers). A list marker typed or pasted from Word ("❖ ", "a. ") is dropped when the data is
read (:mod:`doctools.model.rapikan`) and shown here as a peringatan. A typed "huruf a" in Menimbang is customary, so it is kept but must point to an
earlier item. The Mengingat findings are those the year met citing it once
(:func:`doctools.hukum.susun_mengingat`: known, in force, not duplicated, in hierarchy order) under
reviu ids; a cited regulation dated after the decree, or a "Nomor … Tahun 2104", is a year typo.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from doctools import fmt
from doctools.hukum import BERKAS_BAWAAN, Kutipan, Peraturan, nama_singkat, periksa_katalog_pengguna
from doctools.model import Keputusan
from doctools.model.tanda import RUJUKAN_DIKTUM as RUJUKAN_ID
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.temuan import Temuan, aturan

if TYPE_CHECKING:
    from doctools.errors import Lokasi

PENANDA = aturan("bentuk.penanda-diketik", "peringatan",
                 "butir daftar (menimbang, rincian, tugas, tembusan …) tidak diawali huruf/nomor/bullet yang diketik "
                 "atau tersalin dari Word (penanda itu dibuang saat data dibaca)")
DIKTUM_DIKETIK = aturan("bentuk.diktum-diketik", "galat", "teks diktum tidak diawali nomor diktum yang diketik")
RUJUKAN_DIKTUM = aturan("bentuk.rujukan-diktum", "galat",
                        "rujukan ke diktum lain ditulis {diktum.<id>}, bukan 'Diktum KEDUA' yang diketik")
RUJUKAN_SENDIRI = aturan("bentuk.rujukan-diktum-sendiri", "peringatan",
                         "diktum tidak merujuk dirinya sendiri dengan {diktum.<id>}")
RUJUKAN_HURUF = aturan("bentuk.rujukan-huruf", "galat",
                       "rujukan 'huruf a' dalam Menimbang menunjuk butir sebelumnya yang ada")
MENGINGAT = aturan("bentuk.mengingat", "galat",
                   "setiap butir Mengingat dikenal katalog, tidak ganda dan berbentuk sah")
MENGINGAT_CATATAN = aturan("bentuk.mengingat-catatan", "peringatan",
                           "butir Mengingat masih berlaku, urut menurut hierarki, bukan teks bebas")
MENGINGAT_LUAR_KATALOG = aturan("bentuk.mengingat-luar-katalog", "info",
                                "peraturan yang ditulis lengkap tetapi tidak ada dalam katalog dicetak seperti tertulis")
MENGINGAT_BELUM_TERVERIFIKASI = aturan("bentuk.mengingat-belum-terverifikasi", "info",
                                       "peraturan yang dikutip dari entri katalog yang belum terverifikasi")
KATALOG_BERTENTANGAN = aturan("bentuk.katalog-bertentangan", "peringatan",
                              "entri peraturan.yaml kecamatan/kabupaten tidak bertentangan dengan katalog bawaan "
                              "(judul, kunci) dan menulis daerahnya lengkap")
TAHUN_PERATURAN = aturan("bentuk.tahun-peraturan", "galat",
                         "peraturan yang dikutip tidak bertahun sesudah keputusannya (salah ketik tahun)")

_ORDINAL_KATA = r"ke(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus)" \
                r"(?:\s+(?:belas|puluh(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?))?|pertama"
_DIKTUM_AWAL = re.compile(rf"^\s*(?:diktum\s+)?({_ORDINAL_KATA})(?![\w])\s*(:?)", re.IGNORECASE)
_DIKTUM_RUJUK = re.compile(rf"\bdiktum\s+({_ORDINAL_KATA})(?![\w])", re.IGNORECASE)
_HURUF_RUJUK = re.compile(r"\bhuruf\s+([a-z]{1,2})(?![\w])")
_TAHUN_NOMOR = re.compile(r"\bNomor\s+\S+\s+Tahun\s+(\d{4})\b", re.IGNORECASE)
_TAHUN_TEKS = re.compile(r"\bTahun\s+(\d{4})\b", re.IGNORECASE)

_NOMOR_DIKTUM = {fmt.diktum(n): n for n in range(1, 100)} | {"PERTAMA": 1}


def nomor_ordinal(teks: str) -> int | None:
    """``"kedua"`` → 2, ``"KEDUA BELAS"`` → 12; None when it is not a diktum ordinal."""
    return _NOMOR_DIKTUM.get(" ".join(teks.upper().split()))


@pemeriksa
def periksa_penanda(k: KonteksReviu) -> Iterator[Temuan]:
    """No list item of any data file starts with a typed letter, number or bullet (the loader drops it)."""
    for c in k.data.catatan:
        if c.jenis == "penanda":
            yield PENANDA(c.pesan, c.lokasi)


def _keputusan(k: KonteksReviu) -> Iterator[tuple[str, Keputusan]]:
    for stem, model in k.berkas_model():
        if isinstance(model, Keputusan):
            yield stem, model


def _saran_rujukan(kep: Keputusan, n: int) -> str:
    if n > len(kep.diktum):
        return f"keputusan ini hanya mempunyai {len(kep.diktum)} diktum; periksa rujukannya"
    d = kep.diktum[n - 1]
    if d.id:
        return f"tulis {{diktum.{d.id}}} (diktum ke-{n}) agar nomornya selalu benar"
    return (f"beri diktum ke-{n} sebuah id (mis. 'id: pokok') lalu tulis {{diktum.pokok}}, agar nomornya selalu "
            "benar")


@pemeriksa
def periksa_diktum(k: KonteksReviu) -> Iterator[Temuan]:
    """Diktum texts start without a typed ordinal and refer to each other by id."""
    for stem, kep in _keputusan(k):
        for d_i, d in enumerate(kep.diktum):
            awal = _DIKTUM_AWAL.match(d.teks)
            if awal and (awal.group(2) or awal.group(1).isupper()):
                ketik = awal.group(0).strip()
                yield DIKTUM_DIKETIK(f"teks diktum ke-{d_i + 1} diawali '{ketik}' yang diketik; nomor diktum "
                                     f"(KESATU, KEDUA, …) disusun otomatis — hapus '{ketik}'",
                                     k.lokasi(stem, "diktum", d_i, "teks"))
            teks = [(("teks",), d.teks)] + [(("rincian", r_i), r) for r_i, r in enumerate(d.rincian)]
            for jalur, isi in teks:
                if d.id and any(m.group(1) == d.id for m in RUJUKAN_ID.finditer(isi)):
                    yield RUJUKAN_SENDIRI(f"diktum ke-{d_i + 1} ({fmt.diktum(d_i + 1)}) merujuk dirinya sendiri dengan "
                                          f"{{diktum.{d.id}}}; periksa rujukannya — biasanya yang dimaksud diktum "
                                          "sebelumnya", k.lokasi(stem, "diktum", d_i, *jalur))
                for m in _DIKTUM_RUJUK.finditer(isi):
                    n = nomor_ordinal(m.group(1))
                    if n is None:
                        continue
                    yield RUJUKAN_DIKTUM(f"rujukan '{m.group(0)}' diketik; nomor diktum dihitung otomatis sehingga "
                                         f"rujukan yang diketik salah bila diktum ditambah atau dihapus — "
                                         f"{_saran_rujukan(kep, n)}", k.lokasi(stem, "diktum", d_i, *jalur))


@pemeriksa
def periksa_rujukan_huruf(k: KonteksReviu) -> Iterator[Temuan]:
    """A "huruf x" in Menimbang names an earlier item of the same Menimbang."""
    lanjut = k.data.instansi.pengaturan.huruf_setelah_z
    for stem, kep in _keputusan(k):
        jumlah = len(kep.menimbang)
        huruf = {fmt.huruf(n, lanjut): n for n in range(1, jumlah + 1)} if jumlah > 1 else {}
        ada = f"butir a sampai {fmt.huruf(jumlah, lanjut)}" if jumlah > 1 else "satu butir tanpa huruf"
        for i, teks in enumerate(kep.menimbang, start=1):
            for m in _HURUF_RUJUK.finditer(teks):
                n = huruf.get(m.group(1))
                if n is not None and n < i:
                    continue
                masalah = (f"Menimbang hanya mempunyai {ada}" if n is None else
                           "itu butir ini sendiri atau butir sesudahnya; rujukan menunjuk butir sebelumnya")
                yield RUJUKAN_HURUF(f"butir ke-{i} merujuk '{m.group(0)}', tetapi {masalah}",
                                    k.lokasi(stem, "menimbang", i - 1))


@pemeriksa
def periksa_mengingat(k: KonteksReviu) -> Iterator[Temuan]:
    """The Mengingat of every decree, as the year cited it for its document."""
    for kt in k.tahun.keputusan():
        for salah in kt.kutipan_salah:
            yield MENGINGAT(f"butir {salah.nomor + 1}: {salah.galat.pesan}", salah.galat.lokasi)
        kep, susunan = kt.keputusan, kt.mengingat
        menurut_tingkat = {"galat": MENGINGAT, "peringatan": MENGINGAT_CATATAN, "info": MENGINGAT_LUAR_KATALOG}
        for t in susunan.temuan:
            yield menurut_tingkat[t.tingkat](t.pesan, t.lokasi)
        for p, lokasi in susunan.dikutip:
            if not p.terverifikasi:
                yield MENGINGAT_BELUM_TERVERIFIKASI(
                    f"{nama_singkat(p)} dicetak dari {_asal_entri(k, p)} yang belum terverifikasi (nomor, tahun, "
                    "judul dan penempatannya belum dicocokkan dengan JDIH); periksa teksnya pada dokumen", lokasi)
        yield from _tahun_mengingat(k, kep, list(kt.kutipan), susunan.dikutip)
        yield from _tahun_teks(k, kt.stem, kep)


@pemeriksa
def periksa_katalog(k: KonteksReviu) -> Iterator[Temuan]:
    """The kecamatan's and kabupaten's own catalog entries against the shipped catalog."""
    for t in periksa_katalog_pengguna(k.data.katalog):
        yield KATALOG_BERTENTANGAN(t.pesan, t.lokasi)


def _asal_entri(k: KonteksReviu, p: Peraturan) -> str:
    """"entri katalog bawaan", or where the kecamatan's or kabupaten's own entry is written."""
    lokasi = k.data.katalog.lokasi(p.kunci)
    if lokasi is None or lokasi.berkas == str(BERKAS_BAWAAN):
        return "entri katalog bawaan"
    return f"entri katalog {lokasi.berkas}:{lokasi.baris}" if lokasi.baris else f"entri katalog {lokasi.berkas}"


def _tahun_mengingat(k: KonteksReviu, kep: Keputusan, kutipan: list[Kutipan],
                    dikutip: Iterable[tuple[Peraturan, Lokasi | None]]) -> Iterator[Temuan]:
    tahun = kep.tahun
    # a decree whose day (or date) is left to the hand may be signed as late as its month (or year) ends
    akhir = kep.tanggal.akhir if kep.tanggal is not None else dt.date(tahun, 12, 31)
    disebut = str(kep.tanggal) if kep.tanggal is not None else f"tahun {tahun}"
    dikutip = list(dikutip)
    for p, lokasi in dikutip:
        lewat = p.tanggal_penetapan > akhir if p.tanggal_penetapan else p.tahun > tahun
        if lewat:
            yield TAHUN_PERATURAN(f"{nama_singkat(p)} ditetapkan sesudah keputusan ini "
                                  f"({disebut}), sehingga belum dapat dikutip — periksa tahunnya",
                                  lokasi)
    dari_katalog = {lokasi for _, lokasi in dikutip}
    for butir in kutipan:
        if butir.lokasi in dari_katalog:
            continue  # free text the catalog knows: its year was checked above
        teks = butir.teks
        if teks is None and butir.kunci is not None and butir.kunci not in k.data.katalog:
            teks = butir.kunci  # a citation written out in full as a plain string
        for m in _TAHUN_TEKS.finditer(teks or ""):
            if not 1945 <= int(m.group(1)) <= tahun:
                yield TAHUN_PERATURAN(f"'{m.group(0)}' dalam teks Mengingat tidak mungkin: keputusan ini "
                                      f"ditetapkan tahun {tahun} — periksa tahunnya", butir.lokasi)


def _tahun_teks(k: KonteksReviu, stem: str, kep: Keputusan) -> Iterator[Temuan]:
    """"Nomor … Tahun yyyy" in the decree's own text names a regulation; its year precedes the decree."""
    tahun = kep.tahun
    bagian: list[tuple[tuple[Any, ...], str]] = [(("menimbang", i), t) for i, t in enumerate(kep.menimbang)]
    bagian += [(("memperhatikan", i), t) for i, t in enumerate(kep.memperhatikan)]
    for d_i, d in enumerate(kep.diktum):
        bagian += [(("diktum", d_i, "teks"), d.teks)]
        bagian += [(("diktum", d_i, "rincian", r_i), r) for r_i, r in enumerate(d.rincian)]
    for jalur, teks in bagian:
        for m in _TAHUN_NOMOR.finditer(teks):
            if not 1945 <= int(m.group(1)) <= tahun:
                yield TAHUN_PERATURAN(f"'{m.group(0)}' tidak mungkin: keputusan ini ditetapkan tahun {tahun} — "
                                      "periksa tahunnya", k.lokasi(stem, *jalur))
