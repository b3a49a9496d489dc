"""Matching column headers and written names to a model's unsur, by name, never by position.

Names are compared after normalisation (:func:`normal_nama`): case, punctuation and spaces
ignored, "&" read as "dan", "/" as a space, the word "dan" dropped, and a leading number or code
("1.", "U1 -") dropped; common aliases are accepted. A header that looks like an unsur but is not
one is an error naming the closest unsur, since a misspelt unsur silently ignored would change
the IKM.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from doctools.errors import DataError, Lokasi
from doctools.kinerja.skm.model import MODEL_2017, MODEL_SKM, ModelSKM, UnsurSKM

_KODE_POSISI = re.compile(r"^u(\d+)$")
_AWALAN_NOMOR = re.compile(r"^(?:u?\d+)\s+(?=\S)")

# Respondent columns commonly found next to the answers; always ignored (normalised forms).
_KOLOM_BUKAN_UNSUR = frozenset(
    {
        "no", "nomor", "no urut", "nomor urut", "id", "nama", "responden", "nama responden",
        "no responden", "nomor responden", "jenis kelamin", "kelamin", "jk", "l p", "umur", "usia",
        "pendidikan", "pendidikan terakhir", "pekerjaan", "tanggal", "tgl", "tanggal survei",
        "waktu survei", "waktu pengisian", "cap waktu", "timestamp", "jenis layanan", "layanan",
        "jenis pelayanan", "saran", "saran masukan", "kritik saran", "kritik", "komentar",
        "keterangan", "alamat", "desa", "kelurahan", "desa kelurahan", "no hp", "hp", "telepon",
        "email", "nik", "kecamatan", "kabupaten", "kota", "kabupaten kota", "unit", "unit layanan",
        "unit pelayanan", "petugas", "nama petugas", "lokasi", "status", "jam", "bulan", "tahun",
        "periode", "jumlah", "total", "rata rata",
    }
)


def normal_nama(teks: object) -> str:
    """Normalise a header or unsur name for matching (see the module docstring)."""
    t = unicodedata.normalize("NFKC", str(teks)).casefold()
    t = t.replace("&", " dan ").replace("/", " ")
    t = re.sub(r"[^\w\s]|_", " ", t)
    kata = [k for k in t.split() if k != "dan"]
    return _AWALAN_NOMOR.sub("", " ".join(kata))


def indeks_nama(model: ModelSKM) -> dict[str, int]:
    indeks: dict[str, int] = {}
    for i, u in enumerate(model.unsur):
        for nama in (u.nama, *u.alias):
            indeks.setdefault(normal_nama(nama), i)
    return indeks


def termirip(teks: str, pilihan: Mapping[str, str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Display names of the closest ``pilihan`` (normalised → display) to ``teks``."""
    hasil: list[str] = []
    for cocok in difflib.get_close_matches(normal_nama(teks), list(pilihan), n=n * 3, cutoff=cutoff):
        nama = pilihan[cocok]
        if nama not in hasil:
            hasil.append(nama)
    return hasil[:n]


def daftar_nama(nama: Iterable[str]) -> str:
    return ", ".join(f"'{n}'" for n in nama)


@dataclass(frozen=True)
class Pemetaan:
    kolom: tuple[int, ...]  # column index of each unsur, in model order
    diabaikan: tuple[int, ...]


def cocokkan_kolom(
    judul: Sequence[str],
    model: ModelSKM,
    kode_posisi: bool,
    berkas: str | None,
    baris_judul: int | None,
    ketat: bool,
) -> Pemetaan:
    """Map headers (or keys) to the unsur of ``model``; ``ketat`` makes every header an unsur."""
    indeks = indeks_nama(model)
    tampil = {n: model.unsur[i].nama for n, i in indeks.items()}
    kolom: dict[int, int] = {}
    diabaikan: list[int] = []

    def lokasi(j: int | None = None) -> Lokasi:
        return Lokasi(berkas, baris_judul, judul[j] if j is not None else None)

    for j, mentah in enumerate(judul):
        n = normal_nama(mentah)
        posisi = _KODE_POSISI.match(n)
        i: int | None = None
        if n in indeks:
            i = indeks[n]
        elif posisi:
            if not kode_posisi:
                raise DataError(
                    f"'{mentah}' adalah kode posisi unsur; tulis nama unsurnya (mis. "
                    f"'{model.unsur[0].nama}'), karena urutan unsur berbeda antar kuesioner, atau "
                    "izinkan kode posisi secara eksplisit",
                    lokasi(j),
                )
            nomor = int(posisi.group(1))
            if not 1 <= nomor <= len(model.unsur):
                raise DataError(
                    f"kode '{mentah}' di luar U1–U{len(model.unsur)} untuk model {model.nama}",
                    lokasi(j),
                )
            i = nomor - 1
        elif not n or (n in _KOLOM_BUKAN_UNSUR and not ketat):
            diabaikan.append(j)
            continue
        else:
            mirip = termirip(n, tampil, cutoff=0.8 if not ketat else 0.5)
            if ketat or mirip:
                saran = f"; yang paling mirip: {daftar_nama(mirip)}" if mirip else ""
                raise DataError(
                    f"unsur '{mentah}' tidak dikenal pada model {model.nama}{saran}; unsur yang "
                    f"dikenal: {daftar_nama(u.nama for u in model.unsur)}",
                    lokasi(j),
                )
            diabaikan.append(j)
            continue
        if i in kolom:
            raise DataError(
                f"unsur '{model.unsur[i].nama}' muncul di dua kolom, '{judul[kolom[i]]}' dan "
                f"'{mentah}'; hapus salah satunya",
                lokasi(j),
            )
        kolom[i] = j

    hilang = [i for i in range(len(model.unsur)) if i not in kolom]
    if hilang and not kolom and berkas:
        # not a survey at all: its first line may be anything, so it is not quoted
        raise DataError(
            f"berkas ini tidak tampak seperti jawaban survei: tidak ada satu pun kolom yang bernama unsur SKM "
            f"(model {model.nama}); baris judulnya harus berisi nama unsur, misalnya '{model.unsur[0].nama}'",
            Lokasi(berkas, baris_judul))
    if hilang:
        sisa = {normal_nama(judul[j]): judul[j] for j in diabaikan if normal_nama(judul[j])}
        bagian = []
        for i in hilang:
            mirip = termirip(model.unsur[i].nama, sisa, n=1, cutoff=0.5)
            bagian.append(f"'{model.unsur[i].nama}'" + (f" (kolom yang paling mirip: '{mirip[0]}')" if mirip else ""))
        lain = [judul[j] for j in diabaikan if judul[j]]
        raise DataError(
            f"unsur {', '.join(bagian)} tidak ditemukan untuk model {model.nama}; setiap unsur "
            "harus mempunyai satu kolom bernama unsur tersebut"
            + (f" (kolom yang diabaikan: {daftar_nama(lain)})" if lain else ""),
            Lokasi(berkas, baris_judul) if berkas else None,
        )
    return Pemetaan(tuple(kolom[i] for i in range(len(model.unsur))), tuple(diabaikan))


def deteksi_model(judul: Sequence[str], kode_posisi: bool) -> ModelSKM:
    """The model whose unsur are all present by name; else the one with most matches.

    With positional codes only, the number of codes decides (9 → 2017, 14 → 2004).
    """
    normal = [normal_nama(j) for j in judul]
    lengkap: list[ModelSKM] = []
    cocok: dict[str, int] = {}
    for model in MODEL_SKM:
        indeks = indeks_nama(model)
        ditemukan = {indeks[n] for n in normal if n in indeks}
        if kode_posisi:
            for n in normal:
                m = _KODE_POSISI.match(n)
                if m and 1 <= int(m.group(1)) <= len(model.unsur):
                    ditemukan.add(int(m.group(1)) - 1)
            kode = {int(m.group(1)) for n in normal if (m := _KODE_POSISI.match(n))}
            if kode and max(kode) > len(model.unsur):
                continue
        cocok[model.kode] = len(ditemukan)
        if len(ditemukan) == len(model.unsur):
            lengkap.append(model)
    if lengkap:
        return lengkap[0]
    if not cocok:
        return MODEL_SKM[0]
    terbaik = max(MODEL_SKM, key=lambda m: cocok.get(m.kode, -1))
    return terbaik


def unsur_2017(nama: str) -> UnsurSKM | None:
    """The PermenPAN-RB 14/2017 unsur ``nama`` names (its name or an alias), if any."""
    i = indeks_nama(MODEL_2017).get(normal_nama(nama))
    return MODEL_2017.unsur[i] if i is not None else None


def model_dengan_unsur(
    nama_unsur: Sequence[str],
    *,
    setara: Sequence[str | None] | None = None,
    kode: str = "kuesioner-sendiri",
    nama: str | None = None,
) -> ModelSKM:
    """The model of a questionnaire with its own unsur (9, 14 or another number), in its order.

    ``setara`` gives, per unsur, the PermenPAN-RB 14/2017 unsur it is compared with (a name
    :func:`unsur_2017` knows) or None. E.g. the 14 local unsur of the Mumbulsari LKj 2020. The
    bobot is ``1/len(nama_unsur)``; the mutu scale is chosen apart (:mod:`.skala`).
    """
    if not nama_unsur:
        raise DataError("daftar unsur kuesioner kosong")
    if setara is not None and len(setara) != len(nama_unsur):
        raise ValueError("one setara per unsur")
    setara_2017: list[str | None] = []
    for s in setara or [None] * len(nama_unsur):
        u = unsur_2017(s) if s is not None else None
        if s is not None and u is None:
            raise DataError(f"'{s}' bukan unsur PermenPAN-RB 14/2017; unsur yang dikenal: "
                            f"{daftar_nama(x.nama for x in MODEL_2017.unsur)}")
        setara_2017.append(u.nama if u is not None else None)
    unsur = tuple(UnsurSKM(f"U{i}", " ".join(str(n).split()), setara=st)
                  for i, (n, st) in enumerate(zip(nama_unsur, setara_2017), start=1))
    normal = [normal_nama(u.nama) for u in unsur]
    for i, n in enumerate(normal):
        if not n:
            raise DataError(f"nama unsur ke-{i + 1} kosong")
        if n in normal[:i]:
            raise DataError(f"unsur '{unsur[i].nama}' tertulis dua kali")
    return ModelSKM(
        kode=kode,
        nama=nama or f"kuesioner sendiri ({len(unsur)} unsur)",
        dasar_hukum=None,
        unsur=unsur,
    )
