"""Who signs a document, and as what: the Camat of instansi.yaml, or the signer a document's own file names.

The Camat may change during the year (the PK signed in January by one Camat, the LKj a year later
by another), and an acting official signs as Plt. (Pelaksana Tugas) or Plh. (Pelaksana Harian).
Each document file may therefore name its own signer (``penanda_tangan:``): a person of
instansi.yaml by id, or one written out in full. :func:`penanda_tangan_camat` resolves it to a
:class:`Pihak`, the one shape every document and the reviu read a signer in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator

from doctools.fmt import NIP as NomorNIP
from doctools.fmt import Pangkat as PangkatPNS
from doctools.model.base import NIP, Model, Pangkat, Teks
from doctools.model.validasi import GalatDiKolom

StatusPejabat = Literal["plt", "plh"]
"""An acting official: ``plt`` (Pelaksana Tugas, for a vacant office) or ``plh`` (Pelaksana Harian, for an
absent holder)."""

StatusKepala = Literal["plt", "plh", "pj"]
"""The kepala daerah's: also ``pj`` (Penjabat, appointed between two elected holders)."""

SEBUTAN_STATUS = {"plt": "Plt.", "plh": "Plh.", "pj": "Pj."}
"""How a status is printed before the jabatan: "Plt. CAMAT JUNREJO"."""

_STATUS_TERTULIS = re.compile(r"^\s*(plt|plh|pj)\s*\.?\s*$", re.IGNORECASE)


def _status(nilai: Any) -> Any:
    """``Plt.``, ``PLT`` and ``plt`` are the same status."""
    if isinstance(nilai, str) and (m := _STATUS_TERTULIS.match(nilai)):
        return m.group(1).lower()
    return nilai


Status = Annotated[StatusPejabat, BeforeValidator(_status)]
StatusKepalaDaerah = Annotated[StatusKepala, BeforeValidator(_status)]


class Pejabat(Model):
    """A signing official. ``nama`` is written as the person signs (with gelar)."""

    nama: Teks
    nip: NIP | None = None
    pangkat: Pangkat | None = None
    status: Status | None = Field(
        default=None, description="plt (Pelaksana Tugas) atau plh (Pelaksana Harian): dicetak Plt./Plh. di depan "
                                  "jabatan pada tanda tangan")
    sejak: dt.date | None = Field(default=None, description="menjabat sejak (TMT); reviu memeriksa tanggal dokumen")
    sampai: dt.date | None = Field(default=None, description="menjabat sampai; reviu memeriksa tanggal dokumen")

    @model_validator(mode="after")
    def _masa(self) -> Pejabat:
        if self.sejak is not None and self.sampai is not None and self.sampai < self.sejak:
            raise GalatDiKolom([(("sampai",), f"sampai {self.sampai.isoformat()} lebih awal daripada sejak "
                                              f"{self.sejak.isoformat()}")])
        return self


class PenandaTangan(Model):
    """``penanda_tangan:`` of a document file: who signs it as Camat, when not the Camat of instansi.yaml.

    Either ``pejabat`` (an id of instansi.yaml, or ``camat``; written alone it may stand for the whole
    field: ``penanda_tangan: camat-lama``), optionally with the ``status`` he signs with, or a person
    written out in full (nama, nip, pangkat, status).
    """

    pejabat: Teks | None = Field(default=None, description="id pejabat di instansi.yaml (atau camat)")
    nama: Teks | None = None
    nip: NIP | None = None
    pangkat: Pangkat | None = None
    jabatan: Teks | None = Field(default=None, description="bila ditulis: jabatan Camat kecamatan ini")
    status: Status | None = Field(default=None, description="plt atau plh")

    @model_validator(mode="before")
    @classmethod
    def _id_saja(cls, data: Any) -> Any:
        """``penanda_tangan: camat-lama`` is short for ``penanda_tangan: {pejabat: camat-lama}``."""
        if isinstance(data, str):
            return {"pejabat": data}
        return data

    @model_validator(mode="after")
    def _satu_bentuk(self) -> PenandaTangan:
        ditulis = [k for k in ("nama", "nip", "pangkat", "jabatan") if getattr(self, k) is not None]
        if self.pejabat is not None and ditulis:
            raise GalatDiKolom([((ditulis[0],), f"penanda tangan ditulis dengan id pejabat '{self.pejabat}' dan "
                                                f"juga {', '.join(ditulis)}; tulis id saja (datanya di instansi.yaml) "
                                                "atau nama, nip dan pangkat tanpa id")])
        if self.pejabat is None and self.nama is None:
            raise ValueError("penanda tangan belum disebut: tulis id pejabat di instansi.yaml (mis. penanda_tangan: "
                             "camat-lama) atau nama, nip dan pangkatnya")
        return self


@dataclass(frozen=True)
class Pihak:
    """One signer: who signs, and as what (``jabatan`` in full, e.g. "Camat Mumbulsari")."""

    nama: str
    jabatan: str
    nip: NomorNIP | None = None
    pangkat: PangkatPNS | None = None
    jabatan_singkat: str | None = None
    """The title over the signature where the kop already names the unit ("Kepala Seksi
    Pemerintahan"); None: the same as ``jabatan``."""
    status: str | None = None
    """``plt``, ``plh`` (``pj`` for the kepala daerah), or None for the holder of the office."""
    atas_nama: str | None = None
    """The office this signer signs on behalf of ("Camat Mumbulsari": "a.n. CAMAT MUMBULSARI" above his own)."""
    orang: Pejabat | None = None
    """Where the person is written in instansi.yaml (with his term of office), when he is."""
    asal: str = ""
    """Where the signer was named, for messages: "camat di instansi.yaml", "penanda_tangan di lkj.yaml"."""

    @property
    def jabatan_ttd(self) -> str:
        return self.jabatan_singkat or self.jabatan

    @property
    def awalan(self) -> str:
        """``Plt. `` / ``Plh. `` / ``Pj. ``, or nothing for the holder of the office."""
        return f"{SEBUTAN_STATUS[self.status]} " if self.status else ""


class PenandaTanganTakDikenal(ValueError):
    """A signer that does not resolve: (path below ``penanda_tangan``, message)."""

    def __init__(self, jalur: tuple[str | int, ...], pesan: str) -> None:
        super().__init__(pesan)
        self.jalur = jalur
        self.pesan = pesan


def sama_jabatan(jabatan: str, jabatan_camat: str) -> bool:
    """Whether a written jabatan names the Camat's office ("Camat", "CAMAT JUNREJO", "Camat Junrejo")."""
    normal = " ".join(jabatan.lower().split())
    return normal in ("camat", jabatan_camat.lower())


def penanda_tangan_camat(jabatan_camat: str, camat: Pejabat | None, pejabat: list[Any],
                         tulis: PenandaTangan | None, berkas: str) -> Pihak:
    """The signer of a document signed by the Camat: ``tulis`` (the file's ``penanda_tangan``), else ``camat``.

    ``pejabat`` are instansi.yaml's other officials (with ``id`` and ``jabatan``); ``berkas`` names the
    document's file in messages. Raises :class:`PenandaTanganTakDikenal` when the signer cannot be found.
    """
    if tulis is None:
        if camat is None:
            raise PenandaTanganTakDikenal((), f"{berkas} ditandatangani Camat, tetapi camat belum ditulis di "
                                              f"instansi.yaml; tulis camat: di instansi.yaml atau penanda_tangan: "
                                              f"di {berkas}")
        return Pihak(camat.nama, jabatan_camat, camat.nip, camat.pangkat, status=camat.status, orang=camat,
                     asal="camat di instansi.yaml")
    asal = f"penanda_tangan di {berkas}"
    if tulis.pejabat is None:
        assert tulis.nama is not None
        if tulis.jabatan is not None and not sama_jabatan(tulis.jabatan, jabatan_camat):
            raise PenandaTanganTakDikenal(("jabatan",), (
                f"{berkas} ditandatangani sebagai {jabatan_camat}, bukan '{tulis.jabatan}'; untuk pejabat yang "
                "menjalankan tugas Camat tulis status: plt atau plh (jabatan boleh tidak ditulis)"))
        return Pihak(tulis.nama, jabatan_camat, tulis.nip, tulis.pangkat, status=tulis.status, asal=asal)
    if tulis.pejabat == "camat":
        if camat is None:
            raise PenandaTanganTakDikenal(("pejabat",), "penanda_tangan: camat, tetapi camat belum ditulis di "
                                                        "instansi.yaml")
        return Pihak(camat.nama, jabatan_camat, camat.nip, camat.pangkat, status=tulis.status or camat.status,
                     orang=camat, asal=asal)
    orang = next((p for p in pejabat if p.id == tulis.pejabat), None)
    if orang is None:
        ids = ", ".join(["'camat'", *(f"'{p.id}'" for p in pejabat)])
        raise PenandaTanganTakDikenal(("pejabat",), (
            f"penanda tangan '{tulis.pejabat}' tidak ada di daftar pejabat instansi.yaml; id yang ada: {ids} — "
            "atau tulis nama, nip dan pangkatnya di sini"))
    return Pihak(orang.nama, jabatan_camat, orang.nip, orang.pangkat, status=tulis.status or orang.status,
                 orang=orang, asal=asal)
