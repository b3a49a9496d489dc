"""Completeness checks of a catalog: soft findings a maintainer should look at.

Loading a catalog already rejects hard errors (see :mod:`doctools.hukum.katalog`); these
checks find entries that are valid but incomplete or inconsistent in substance, and entries of
a kecamatan's or kabupaten's own catalog that contradict the shipped one.
"""

from __future__ import annotations

import re

from doctools.hukum.katalog import Katalog, normalisasi_nomor
from doctools.hukum.model import Peraturan
from doctools.hukum.nama import nama_singkat
from doctools.hukum.temuan import Temuan
from doctools.hukum.urai import daerah_sama, judul_sama, lembaga_sama

__all__ = ["periksa_katalog_pengguna", "periksa_kelengkapan"]


def periksa_kelengkapan(katalog: Katalog) -> list[Temuan]:
    """Warnings about the catalog's entries.

    * an entry marked ``terverifikasi`` lacks the placement its kind requires (UU, Perppu and PP:
      LN and TLN; Perpres: LN; Peraturan Menteri from 2012: BN; Perda: LD; Perkada: BD);
    * a regulation no longer in force has neither ``dicabut_oleh`` nor a ``catatan`` saying why;
    * an amendment of a revoked regulation is still marked in force.
    """
    hasil: list[Temuan] = []
    for p in katalog:
        info = p.info
        wajib = info.wajib_sejak is None or p.tahun >= info.wajib_sejak
        if p.terverifikasi and wajib:
            if info.wajib_lembaran and p.lembaran is None:
                tempat = "/".join(sorted(info.lembaran))
                hasil.append(
                    Temuan(
                        "peringatan",
                        f"{nama_singkat(p)} ditandai terverifikasi tetapi tidak memuat 'lembaran' ({tempat})",
                        katalog.lokasi(p.kunci),
                    )
                )
            if info.wajib_tambahan and p.tambahan is None:
                tempat = "/".join(sorted(info.tambahan))
                hasil.append(
                    Temuan(
                        "peringatan",
                        f"{nama_singkat(p)} ditandai terverifikasi tetapi tidak memuat 'tambahan' ({tempat})",
                        katalog.lokasi(p.kunci),
                    )
                )
        if not p.berlaku and p.dicabut_oleh is None and not p.catatan:
            hasil.append(
                Temuan(
                    "peringatan",
                    f"{nama_singkat(p)} tidak berlaku tetapi tanpa 'dicabut_oleh'; isi penggantinya atau "
                    "jelaskan di 'catatan'",
                    katalog.lokasi(p.kunci, "berlaku"),
                )
            )
        if not p.berlaku:
            for k in p.perubahan:
                q = katalog.ambil(k)
                if q.berlaku:
                    hasil.append(
                        Temuan(
                            "peringatan",
                            f"{nama_singkat(q)} mengubah {nama_singkat(p)} yang sudah tidak berlaku, tetapi "
                            "masih ditandai berlaku",
                            katalog.lokasi(q.kunci, "berlaku"),
                        )
                    )
    return hasil


_SEBUTAN_DAERAH = re.compile(r"^(Kabupaten|Kota|Provinsi)\s+\S", re.IGNORECASE)


def _sama(p: Peraturan, q: Peraturan) -> bool:
    """Whether two entries are one regulation: kind, number, year, region and issuer."""
    if p.jenis != q.jenis or p.tahun != q.tahun or not p.nomor or not q.nomor:
        return False
    if normalisasi_nomor(p.nomor) != normalisasi_nomor(q.nomor):
        return False
    if p.daerah and q.daerah and not daerah_sama(p.daerah, q.daerah):
        return False
    return not (p.lembaga and q.lembaga and not lembaga_sama(p.lembaga, q.lembaga))


def periksa_katalog_pengguna(katalog: Katalog, bawaan: Katalog | None = None) -> list[Temuan]:
    """Peringatan about the entries of ``katalog`` that are not the shipped ones (``bawaan``).

    * a region without its kind ("Malang"): the citation and the Lembaran/Berita Daerah would print
      it so; the shipped region of that name is suggested ("Kabupaten Malang");
    * the regulation of a shipped entry (same kind, number, year and region) with another title,
      or under another key (the catalog would then hold it twice).
    """
    bawaan = bawaan if bawaan is not None else Katalog.bawaan()
    sendiri = [p for p in katalog if p.kunci not in bawaan or bawaan.ambil(p.kunci) is not p]
    hasil: list[Temuan] = []
    for p in sendiri:
        if p.daerah and not _SEBUTAN_DAERAH.match(p.daerah):
            lengkap = sorted({q.daerah for q in bawaan if q.daerah and daerah_sama(q.daerah, p.daerah)})
            saran = " atau ".join(lengkap) if lengkap else f"Kabupaten {p.daerah} atau Kota {p.daerah}"
            hasil.append(Temuan(
                "peringatan",
                f"daerah '{p.daerah}' ditulis tanpa 'Kabupaten', 'Kota' atau 'Provinsi', padahal nama lengkapnya "
                f"tercetak dalam sitasi dan dalam Lembaran/Berita Daerah; tulis daerah: {saran}",
                katalog.lokasi(p.kunci, "daerah")))
        for q in bawaan:
            if not _sama(p, q):
                continue
            status = "yang sudah terverifikasi" if q.terverifikasi else "yang belum terverifikasi"
            if p.tentang and q.tentang and not judul_sama(p.tentang, q.tentang):
                hasil.append(Temuan(
                    "peringatan",
                    f"{nama_singkat(p)} berjudul \"{p.tentang}\" di sini, tetapi \"{q.tentang}\" dalam entri katalog "
                    f"bawaan '{q.kunci}' {status}; periksa judul resminya (JDIH) dan perbaiki yang keliru",
                    katalog.lokasi(p.kunci, "tentang")))
            elif p.kunci != q.kunci:
                hasil.append(Temuan(
                    "peringatan",
                    f"{nama_singkat(p)} sudah ada dalam katalog bawaan dengan kunci '{q.kunci}'; pakai kunci itu untuk "
                    "menggantikan entri bawaan, agar peraturan ini tidak tercatat dua kali",
                    katalog.lokasi(p.kunci)))
    return hasil
