"""Completeness checks of a catalog: soft findings a maintainer should look at.

Loading a catalog already rejects hard errors (see :mod:`doctools.hukum.katalog`); these
checks find entries that are valid but incomplete or inconsistent in substance.
"""

from __future__ import annotations

from doctools.hukum.katalog import Katalog
from doctools.hukum.sitasi import nama_singkat
from doctools.hukum.temuan import Temuan

__all__ = ["periksa_kelengkapan"]


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
