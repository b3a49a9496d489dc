from decimal import Decimal as D

import pytest

from doctools.errors import DataError
from doctools.kinerja.anggaran import (
    KegiatanAnggaran,
    ProgramAnggaran,
    SubKegiatanAnggaran,
    persen_dari,
    proporsi,
    ringkas_anggaran,
)
from doctools.kinerja.capaian import bulatkan

# Belanja langsung of the Mumbulsari LKj 2020 (C.2), kegiatan as printed. The seed prints program I's
# realisasi as 155.167.739 (73,89 %), which is not the sum of its kegiatan; its TOTAL is right.
MUMBULSARI = [
    {
        "nama": "Program Pelayanan Administrasi Perkantoran",
        "kegiatan": [
            {"nama": "Penyediaan Jasa Perbaikan Peralatan Kerja", "pagu": 15000000, "realisasi": 13459500},
            {"nama": "Penunjang Tupoksi Kantor", "pagu": 140000000, "realisasi": 121240000},
            {"nama": "Penyediaan Jasa Pelayanan Kantor", "pagu": 55000000, "realisasi": 43864567},
        ],
    },
    {
        "nama": "Program Peningkatan Sarana dan Prasarana Aparatur",
        "kegiatan": [
            {"nama": "Pemeliharaan rutin/berkala rumah jabatan/rumah dinas", "pagu": 5000000, "realisasi": 4991000},
            {"nama": "Pemeliharaan Rutin/Berkala Gedung Kantor", "pagu": 2500000, "realisasi": 2498000},
            {"nama": "Pemeliharaan Rutin/Berkala Mobil Jabatan", "pagu": 15000000, "realisasi": 13939113},
            {"nama": "Pemeliharaan Rutin/Berkala Kendaraan Dinas Operasional", "pagu": 9200000, "realisasi": 7691581},
        ],
    },
    {
        "nama": "Program Peningkatan Disiplin Aparatur",
        "kegiatan": [
            {"nama": "Penyelenggaraan Peringatan dan Upacara Hari-hari Besar Nasional", "pagu": 20000000,
             "realisasi": 12845000},
        ],
    },
    {
        "nama": "Program Koordinasi Pemerintahan, Pembangunan dan Penyelenggaraan Pemerintahan wilayah Kecamatan",
        "kegiatan": [
            {"nama": "Koordinasi Penyelenggaraan Pemberdayaan Masyarakat dan Kesejahteraan Sosial",
             "pagu": 37500000, "realisasi": 33150000},
            {"nama": "Koordinasi Penyelenggaraan Ketertiban dan Keamanan", "pagu": 100800000, "realisasi": 100800000},
        ],
    },
]


def r2(x):
    return bulatkan(x, 2)


class TestMumbulsari:
    def test_program_subtotals(self):
        hasil = ringkas_anggaran(MUMBULSARI)
        p1, p2, p3, p4 = hasil.program
        assert (p1.pagu, p1.realisasi) == (D(210000000), D(178564067))  # seed: 155.167.739 (wrong)
        assert r2(p1.persen) == D("85.03")
        assert p1.sisa == D(31435933)
        assert (p2.pagu, p2.realisasi, r2(p2.persen)) == (D(31700000), D(29119694), D("91.86"))
        assert (p3.pagu, p3.realisasi) == (D(20000000), D(12845000))
        assert p3.persen == D("64.225") and r2(p3.persen) == D("64.23")  # half-up, as the seed prints
        assert (p4.pagu, p4.realisasi, r2(p4.persen)) == (D(138300000), D(133950000), D("96.85"))

    def test_kegiatan(self):
        k = ringkas_anggaran(MUMBULSARI).program[0].kegiatan
        assert [r2(x.persen) for x in k] == [D("89.73"), D("86.60"), D("79.75")]
        assert k[2].sisa == D(11135433)

    def test_total_and_shares(self):
        hasil = ringkas_anggaran(MUMBULSARI)
        assert (hasil.pagu, hasil.realisasi) == (D(400000000), D(354478761))
        assert r2(hasil.persen) == D("88.62")
        assert hasil.sisa == D(45521239)
        assert [p.porsi for p in hasil.program] == [D("52.5"), D("7.925"), D(5), D("34.575")]
        # "52.50 % … untuk sasaran I" and 47,50 % for the other three programs together.
        assert sum(p.porsi for p in hasil.program[1:]) == D("47.5")
        assert r2(hasil.program[0].kegiatan[1].porsi) == D("35.00")
        assert hasil.catatan == ()


def test_dataclass_input_and_sub_kegiatan():
    hasil = ringkas_anggaran(
        [
            ProgramAnggaran(
                nama="Program Penunjang Urusan Pemerintahan Daerah",
                kegiatan=[
                    KegiatanAnggaran(
                        nama="Administrasi Keuangan",
                        sub_kegiatan=[
                            SubKegiatanAnggaran("Gaji dan Tunjangan ASN", D("1000000.50"), D("999000.25")),
                            SubKegiatanAnggaran("Pelaksanaan Akuntansi", 500000, 450000),
                        ],
                    ),
                    KegiatanAnggaran(nama="Perencanaan", pagu=300000, realisasi=0.5),
                ],
            ),
            ProgramAnggaran(nama="Program tanpa rincian", pagu=200000, realisasi=100000),
        ]
    )
    keg = hasil.program[0].kegiatan[0]
    assert (keg.pagu, keg.realisasi) == (D("1500000.50"), D("1449000.25"))
    assert keg.sub_kegiatan[1].persen == D(90)
    assert hasil.program[0].kegiatan[1].realisasi == D("0.5")
    assert (hasil.program[1].pagu, hasil.program[1].persen) == (D(200000), D(50))
    assert hasil.pagu == D("2000000.50")
    assert hasil.realisasi == D("1549000.75")


def test_stated_total_must_match_detail():
    data = [{"nama": "P", "pagu": 100, "kegiatan": [{"nama": "K", "pagu": 90, "realisasi": 80}]}]
    with pytest.raises(DataError) as info:
        ringkas_anggaran(data)
    assert str(info.value).startswith("kolom 'program[1].pagu': pagu program 'P' tertulis Rp100 tetapi jumlah rinciannya Rp90")
    data[0]["pagu"] = 90
    data[0]["realisasi"] = 80
    assert ringkas_anggaran(data).pagu == D(90)


def test_zero_pagu_gives_none():
    hasil = ringkas_anggaran(
        [{"nama": "P", "kegiatan": [{"nama": "K1", "pagu": 0, "realisasi": 0}, {"nama": "K2", "pagu": 100, "realisasi": 40}]}]
    )
    k1, k2 = hasil.program[0].kegiatan
    assert k1.persen is None and k1.sisa == 0 and k1.porsi == 0
    assert k2.persen == D(40)
    assert hasil.catatan == ()

    kosong = ringkas_anggaran([{"nama": "P", "kegiatan": [{"nama": "K", "pagu": 0, "realisasi": 0}]}])
    assert kosong.persen is None and kosong.program[0].persen is None and kosong.program[0].porsi is None
    assert ringkas_anggaran([]).persen is None


@pytest.mark.parametrize("kolom", ["pagu", "realisasi"])
def test_negative_amount(kolom):
    keg = {"nama": "K", "pagu": 10, "realisasi": 5, kolom: -1}
    with pytest.raises(DataError, match=rf"^kolom 'program\[1\]\.kegiatan\[1\]\.{kolom}': {kolom} kegiatan 'K' negatif"):
        ringkas_anggaran([{"nama": "P", "kegiatan": [keg]}])


def test_missing_amount_and_name():
    with pytest.raises(DataError, match="realisasi kegiatan 'K' belum diisi"):
        ringkas_anggaran([{"nama": "P", "kegiatan": [{"nama": "K", "pagu": 10}]}])
    with pytest.raises(DataError, match="nama program belum diisi"):
        ringkas_anggaran([{"kegiatan": []}])
    with pytest.raises(DataError, match="daftar program"):
        ringkas_anggaran({"nama": "P"})  # type: ignore[arg-type]


def test_over_realisation_is_noted_not_refused():
    hasil = ringkas_anggaran(
        [
            {"nama": "P1", "kegiatan": [{"nama": "K1", "pagu": 100, "realisasi": 120},
                                        {"nama": "K2", "pagu": 100, "realisasi": 50}]},
            {"nama": "P2", "kegiatan": [{"nama": "K3", "pagu": 0, "realisasi": 10}]},
        ]
    )
    k1 = hasil.program[0].kegiatan[0]
    assert k1.persen == D(120) and k1.sisa == D(-20)
    assert [(c.tingkat, c.jalur) for c in hasil.catatan] == [
        ("kegiatan", "program[1].kegiatan[1]"),
        ("program", "program[2]"),
        ("kegiatan", "program[2].kegiatan[1]"),
    ]
    assert hasil.catatan[0].pesan == "realisasi kegiatan 'K1' Rp120 melebihi pagunya Rp100 (lebih Rp20)"
    assert all(c.jenis == "realisasi_melebihi_pagu" for c in hasil.catatan)
    assert hasil.program[1].kegiatan[0].persen is None


class TestProporsi:
    def test_mumbulsari_belanja(self):
        # The seed says belanja langsung is 76,12 % and tidak langsung 23,88 %: it is the other way round.
        hasil = proporsi({"Belanja Langsung": 400000000, "Belanja Tidak Langsung": D("1274830966.58")})
        assert r2(hasil["Belanja Langsung"]) == D("23.88")
        assert r2(hasil["Belanja Tidak Langsung"]) == D("76.12")
        assert abs(sum(hasil.values()) - 100) < D("1e-20")

    def test_operasi_modal(self):
        assert proporsi({"Operasi": 750, "Modal": 250}) == {"Operasi": D(75), "Modal": D(25)}
        assert proporsi({"Operasi": 10, "Modal": 0})["Modal"] == 0

    def test_errors(self):
        with pytest.raises(DataError, match="jumlah seluruh kelompok anggaran 0"):
            proporsi({"Operasi": 0, "Modal": 0})
        with pytest.raises(DataError, match="negatif"):
            proporsi({"Operasi": 10, "Modal": -1})
        with pytest.raises(DataError, match="kosong"):
            proporsi({})


def test_persen_dari():
    assert persen_dari(D(1), D(3)) == D("33.33333333333333333333333333")
    assert persen_dari(D(1), D(0)) is None
