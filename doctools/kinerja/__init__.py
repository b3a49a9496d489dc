"""Pure computations behind the LKj's BAB III: capaian, predikat, SKM and realisasi anggaran.

Everything is :class:`~decimal.Decimal` and unrounded; round only for display (half-up, see
:func:`bulatkan`). Bad input raises :class:`doctools.errors.DataError` with a message in
Bahasa Indonesia.
"""

from doctools.kinerja.anggaran import (
    CatatanAnggaran,
    KegiatanAnggaran,
    ProgramAnggaran,
    RingkasanAnggaran,
    RingkasanKegiatan,
    RingkasanProgram,
    RingkasanSubKegiatan,
    SubKegiatanAnggaran,
    persen_dari,
    proporsi,
    ringkas_anggaran,
)
from doctools.kinerja.capaian import (
    Angka,
    Polaritas,
    RumusNegatif,
    bulatkan,
    hitung_capaian,
    hitung_capaian_kualitatif,
    ke_decimal,
    tingkat_kemajuan,
)
from doctools.kinerja.predikat import (
    PATH_SKALA_BAWAAN,
    RentangPredikat,
    SkalaPredikat,
    muat_skala,
    muat_skala_bawaan,
    predikat,
    skala_dari_data,
)
from doctools.kinerja.skm import (
    MODEL_2004,
    MODEL_2017,
    MODEL_SKM,
    TABEL_KREJCIE_MORGAN,
    HasilSKM,
    IntervalMutu,
    JawabanSurvei,
    ModelSKM,
    NilaiUnsur,
    UnsurSKM,
    baca_jawaban,
    grafik_skm,
    hitung_skm,
    jawaban_dari_tabel,
    minimal_responden,
    model_dengan_unsur,
    mutu,
    skm_dari_nilai,
)

__all__ = [
    # capaian
    "Angka",
    "Polaritas",
    "RumusNegatif",
    "bulatkan",
    "hitung_capaian",
    "hitung_capaian_kualitatif",
    "ke_decimal",
    "tingkat_kemajuan",
    # predikat
    "PATH_SKALA_BAWAAN",
    "RentangPredikat",
    "SkalaPredikat",
    "muat_skala",
    "muat_skala_bawaan",
    "predikat",
    "skala_dari_data",
    # skm
    "HasilSKM",
    "IntervalMutu",
    "JawabanSurvei",
    "MODEL_2004",
    "MODEL_2017",
    "MODEL_SKM",
    "ModelSKM",
    "NilaiUnsur",
    "TABEL_KREJCIE_MORGAN",
    "UnsurSKM",
    "baca_jawaban",
    "grafik_skm",
    "hitung_skm",
    "jawaban_dari_tabel",
    "minimal_responden",
    "model_dengan_unsur",
    "mutu",
    "skm_dari_nilai",
    # anggaran
    "CatatanAnggaran",
    "KegiatanAnggaran",
    "ProgramAnggaran",
    "RingkasanAnggaran",
    "RingkasanKegiatan",
    "RingkasanProgram",
    "RingkasanSubKegiatan",
    "SubKegiatanAnggaran",
    "persen_dari",
    "proporsi",
    "ringkas_anggaran",
]
