"""Rules ``orang.*`` on signers: each document signed by the official in office on its date, in his capacity.

The Camat may change during the year; each document names its own signer (``penanda_tangan:``) or
takes the Camat of instansi.yaml. A signer whose term (``sejak``/``sampai`` in instansi.yaml) does
not cover the document's date is a finding at the document, naming who was in office then; an
official of another jabatan who signs as Camat without ``status: plt`` or ``plh`` is another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from doctools import fmt
from doctools.model.berkas import NAMA_DOKUMEN
from doctools.model.penanda_tangan import sama_jabatan
from doctools.reviu.konteks import KonteksReviu, pemeriksa
from doctools.reviu.temuan import Temuan, aturan

if TYPE_CHECKING:
    from doctools.errors import Lokasi
    from doctools.model import Pihak

MASA_JABATAN = aturan("orang.masa-jabatan", "peringatan",
                      "dokumen ditandatangani pejabat yang menjabat pada tanggalnya (sejak/sampai di instansi.yaml)")
STATUS_PENANDA_TANGAN = aturan("orang.status-penanda-tangan", "peringatan",
                               "pejabat lain yang menandatangani sebagai Camat ditulis sebagai Plt. atau Plh.")



def _tanggal(k: KonteksReviu, stem: str) -> fmt.TanggalTulis | None:
    berkas = getattr(k.data, stem.replace("-", "_"), None)
    return getattr(berkas, "tanggal", None)


def _tertulis_di(k: KonteksReviu, stem: str) -> bool:
    berkas = getattr(k.data, stem.replace("-", "_"), None)
    return getattr(berkas, "penanda_tangan", None) is not None


def _di_luar_masa(pihak: Pihak, tanggal: fmt.TanggalTulis) -> str | None:
    """Why ``pihak`` was not in office on ``tanggal`` (None when he may have been, or his term is not written)."""
    orang = pihak.orang
    if orang is None:
        return None
    if orang.sejak is not None and tanggal.akhir < orang.sejak:
        return f"yang menjabat sejak {fmt.tanggal(orang.sejak)}"
    if orang.sampai is not None and tanggal.awal > orang.sampai:
        return f"yang menjabat sampai {fmt.tanggal(orang.sampai)}"
    return None


def _menjabat(awal: dt.date | None, akhir: dt.date | None, tanggal: fmt.TanggalTulis) -> bool:
    return (awal is None or awal <= tanggal.akhir) and (akhir is None or tanggal.awal <= akhir)


def _camat_saat_itu(k: KonteksReviu, tanggal: fmt.TanggalTulis) -> list[str]:
    """The ids (``camat`` for instansi.yaml's) of the Camat whose written term covers ``tanggal``."""
    ins = k.data.instansi
    hasil = []
    if ins.camat is not None and (ins.camat.sejak or ins.camat.sampai) and _menjabat(ins.camat.sejak, ins.camat.sampai,
                                                                                      tanggal):
        hasil.append("camat")
    for p in ins.pejabat:
        if sama_jabatan(p.jabatan, ins.jabatan_camat) and (p.sejak or p.sampai) and _menjabat(p.sejak, p.sampai,
                                                                                                tanggal):
            hasil.append(p.id)
    return hasil


def _saran(k: KonteksReviu, stem: str, tanggal: fmt.TanggalTulis) -> str:
    saat_itu = _camat_saat_itu(k, tanggal)
    if saat_itu:
        return f"tulis penanda_tangan: {saat_itu[0]} di {stem}.yaml (Camat yang menjabat saat itu)"
    return (f"tulis penanda_tangan: di {stem}.yaml dengan Camat yang menjabat saat itu (id pejabat di instansi.yaml, "
            "atau nama, nip dan pangkatnya), atau periksa tanggalnya")


def _lokasi_ttd(k: KonteksReviu, stem: str, jalur: tuple[str | int, ...] = ()) -> Lokasi:
    if _tertulis_di(k, stem):
        return k.lokasi(stem, "penanda_tangan")
    return k.lokasi(stem, *(jalur or ("tanggal",)))


def _penanda_tangan_dokumen(k: KonteksReviu) -> Iterator[tuple[str, str, Pihak, fmt.TanggalTulis | None, Lokasi]]:
    """(stem, document's name, signer, date, where to point) of every signature the documents print."""
    for stem, pihak in k.tahun.penanda_tangan.items():
        if stem == "perjanjian-kinerja":
            continue
        yield stem, NAMA_DOKUMEN[stem], pihak, _tanggal(k, stem), _lokasi_ttd(k, stem)
    pt = k.tahun.perjanjian
    if pt is None:
        return
    berkas = pt.berkas
    camat = pt.camat.perjanjian.pertama if pt.camat is not None else None
    for pd in pt.daftar:
        pk = pd.perjanjian
        nama = f"Perjanjian Kinerja {pk.pertama.jabatan}"
        # where the level's date is written: its own, else the file's
        tanggal_tingkat = (berkas.camat.tanggal if pd.jalur == ("camat",)
                           else berkas.pejabat[int(pd.jalur[1])].tanggal)
        jalur = (*pd.jalur, "tanggal") if tanggal_tingkat is not None else ("tanggal",)
        for pihak in (pk.pertama, pk.kedua):
            if pihak is camat:
                lokasi = _lokasi_ttd(k, "perjanjian-kinerja", jalur)
            else:
                lokasi = k.lokasi("perjanjian-kinerja", *jalur) if tanggal_tingkat is not None else pd.lokasi
            yield "perjanjian-kinerja", nama, pihak, pk.tanggal, lokasi


@pemeriksa
def periksa_masa_jabatan(k: KonteksReviu) -> Iterator[Temuan]:
    """A document dated outside its signer's written term of office names the Camat in office then."""
    dilihat: set[tuple[str, str, str]] = set()
    for stem, nama, pihak, tanggal, lokasi in _penanda_tangan_dokumen(k):
        if tanggal is None:
            continue
        sebab = _di_luar_masa(pihak, tanggal)
        # the Camat who signs every PK of the file (or one signer of several pages) is one finding
        kunci = (stem, pihak.nama, str(tanggal))
        if sebab is None or kunci in dilihat:
            continue
        dilihat.add(kunci)
        saran = (_saran(k, stem, tanggal) if sama_jabatan(pihak.jabatan, k.data.instansi.jabatan_camat)
                 else "periksa tanggalnya atau pejabatnya")
        yield MASA_JABATAN(f"{nama} bertanggal {tanggal} ditandatangani {pihak.nama} ({pihak.awalan}{pihak.jabatan}), "
                           f"{sebab} — {saran}", lokasi)


@pemeriksa
def periksa_status_penanda_tangan(k: KonteksReviu) -> Iterator[Temuan]:
    """An official of another jabatan signing as Camat does so as Plt. or Plh."""
    jabatan_camat = k.data.instansi.jabatan_camat
    dilihat: set[tuple[str, str]] = set()
    for stem, nama, pihak, _, lokasi in _penanda_tangan_dokumen(k):
        orang = pihak.orang
        jabatan_sendiri = getattr(orang, "jabatan", None)
        if (pihak.status is not None or jabatan_sendiri is None or pihak.jabatan != jabatan_camat
                or sama_jabatan(jabatan_sendiri, jabatan_camat) or (stem, pihak.nama) in dilihat):
            continue
        dilihat.add((stem, pihak.nama))
        yield STATUS_PENANDA_TANGAN(
            f"{nama} ditandatangani {pihak.nama} sebagai {jabatan_camat}, padahal jabatannya {jabatan_sendiri}: "
            "tulis status: plh (Pelaksana Harian, Camat berhalangan sementara) atau plt (Pelaksana Tugas, jabatan "
            "Camat kosong) pada penanda_tangan", lokasi)
