"""Reviu: a consistency check of a year's data and documents, before anyone signs.

What the Inspektorat finds by hand when it reviews a Laporan Kinerja, found at once: declared
numbers that contradict the computed ones, documents that disagree with each other, budgets that
do not add up, dates and people that cannot be right, typed legal numbering, SKM figures outside
their model. Each finding has a level (galat stops ``doctools build``, peringatan is printed),
file:line, field, a one-line Indonesian message and a stable rule id (:data:`ATURAN`).

    laporan = periksa_folder(Path("data/mumbulsari"))
    laporan.temuan      # (Temuan(tingkat, pesan, lokasi, aturan), …) ordered by file and line
    ke_json([laporan])  # the documented JSON schema (doctools.reviu.laporan)

**Declared values (``tertulis:``).** An object whose values the toolkit computes may carry the
values copied from an older document under ``tertulis:``, keyed by the computed quantity (a
``{tahun: nilai}`` mapping for per-year quantities). They are never printed, only checked::

    # perjanjian-kinerja.yaml, on a PK level (camat: or an item of pejabat:)
    tertulis: {jumlah: 2310037500, terbilang: "dua miliar tiga ratus sepuluh juta … rupiah"}
    # kinerja.yaml, on an indicator
    tertulis: {capaian: {2025: 97.5}, tingkat_kemajuan: {2025: 90}, predikat: {2025: Sangat Tinggi}}
    # lkj.yaml, on skm (read by skm.periksa_skm_lkj once the LKj model has the field)
    tertulis: {ikm: 85.43, mutu: B, kinerja: Baik}
    # lkj.yaml, on anggaran (doctools.reviu.keuangan)
    tertulis: {pagu: 400000000, belanja: [{kelompok: Belanja Langsung, proporsi: 23.88}], sasaran: [...]}

**What the reviu checks against.** The data set's computed year (:mod:`doctools.tahun`): every
figure and resolved reference the documents print. A rule compares what the user declared, and
what one document says against another, with it; it neither computes a figure nor composes a
document. What the year could not compute it reports itself, once (``dokumen.susun``).

**Adding rules** (the LKj's, for instance): in a module of this package, register each rule id
with :func:`aturan` (``"<keluarga>.<nama>"``, one level) and each check with :func:`pemeriksa`
(a function of :class:`KonteksReviu` yielding findings, returning nothing when its data is
absent), then import the module below. A rule family is its id prefix: ``data``/``dokumen``
(loading, and what the year could not compute), ``angka``, ``silang``, ``anggaran``, ``orang``
(dates, people, place names), ``bentuk``, ``skm``, ``narasi`` (the LKj's narratives against the year's figures), ``awal`` (stand-ins of the starter data left
in place), ``templat`` (a kecamatan's own Word templates, :mod:`doctools.reviu.templat`), ``aksi``
and ``pohon`` (the Rencana Aksi and the Pohon Kinerja, :mod:`doctools.reviu.rencana`).
"""

from doctools.reviu import (  # noqa: F401  (register rules)
    anggaran,
    angka,
    awal,
    bentuk,
    keuangan,
    nama,
    narasi,
    orang,
    penanda_tangan,
    rencana,
    silang,
    skm,
    templat,
)
from doctools.reviu.konteks import PEMERIKSA, KonteksReviu, pemeriksa
from doctools.reviu.laporan import SKEMA, baris_temuan, ke_json, ke_teks
from doctools.reviu.pengaturan import PengaturanReviu, pengaturan_bawaan
from doctools.reviu.periksa import Laporan, nama_saudara, periksa_data, periksa_folder, periksa_tahun
from doctools.reviu.temuan import ATURAN, Aturan, Temuan, aturan

__all__ = [
    "ATURAN", "PEMERIKSA", "SKEMA", "Aturan", "KonteksReviu", "Laporan", "PengaturanReviu", "Temuan",
    "aturan", "baris_temuan", "ke_json", "ke_teks", "nama_saudara", "pemeriksa", "pengaturan_bawaan",
    "periksa_data", "periksa_folder", "periksa_tahun",
]
