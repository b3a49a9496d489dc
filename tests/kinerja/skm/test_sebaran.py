"""doctools.kinerja.skm.sebaran: an unsur's NRR from the counts or percentages of its answers, and their checks."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

from doctools.kinerja.skm import dari_jumlah, dari_persen


def test_counts_give_the_mean_answer() -> None:
    hasil, masalah = dari_jumlah([1, 2, 3, 4], 10)
    assert masalah == [] and hasil is not None
    assert hasil.nrr == Fraction(1 * 1 + 2 * 2 + 3 * 3 + 4 * 4, 10) and hasil.menjawab == 10
    assert hasil.persen == (D(10), D(20), D(30), D(40))


def test_counts_fewer_than_respondents_is_a_warning() -> None:
    hasil, [m] = dari_jumlah([0, 1, 5, 3], 10)
    assert hasil is not None and hasil.nrr == Fraction(2 + 15 + 12, 9)  # divided by those who answered
    assert m.tingkat == "peringatan"
    assert m.pesan == ("jumlah jawaban unsur ini 9, sedangkan respondennya 10: 1 responden tidak menjawab unsur ini, "
                       "sehingga NRR-nya dibagi 9")


def test_counts_more_than_respondents_or_none_is_a_galat() -> None:
    hasil, [m] = dari_jumlah([1, 2, 3, 5], 10)
    assert hasil is None and m.tingkat == "galat"
    assert m.pesan == "jumlah jawaban unsur ini 11, lebih banyak dari 10 responden (jumlah_responden); periksa angkanya"
    hasil, [m] = dari_jumlah([0, 0, 0, 0], 10)
    assert hasil is None and m.tingkat == "galat" and "tidak ada satu pun jawaban" in m.pesan


def test_percentages_of_the_respondents_become_their_counts() -> None:
    # 10% of 10 respondents is 1: the NRR is the one of the counts, exactly
    hasil, masalah = dari_persen([D(0), D(10), D(90), D(0)], 10)
    assert masalah == [] and hasil is not None
    assert hasil.jumlah == (0, 1, 9, 0) and hasil.nrr == Fraction(29, 10)
    # rounded shares of 3 respondents (33 + 33 + 33 = 99) still give 1 + 1 + 1
    hasil, masalah = dari_persen([D(0), D(33), D(33), D(33)], 3)
    assert masalah == [] and hasil is not None and hasil.jumlah == (0, 1, 1, 1) and hasil.nrr == 3


def test_percentages_that_do_not_add_up_to_100_are_a_galat() -> None:
    hasil, [m] = dari_persen([D(0), D(10), D(80), D(5)], 10)
    assert hasil is None and m.tingkat == "galat"
    assert m.pesan == ("persentase jawaban unsur ini berjumlah 95,00%, bukan 100% (selisihnya lebih dari pembulatan "
                       "±2,00%); periksa angkanya")
    # one decimal written: the rounding allowed is ±0,2
    hasil, [m] = dari_persen([D("33.3"), D("33.3"), D("33.0"), D("0.0")], None)
    assert hasil is None and "berjumlah 99,60%" in m.pesan and "±0,20%" in m.pesan
    assert dari_persen([D("33.3"), D("33.3"), D("33.3"), D("0.0")], None)[1] == []


def test_percentages_that_are_not_whole_respondents_are_a_warning() -> None:
    hasil, [m] = dari_persen([D(0), D(15), D(85), D(0)], 10)
    assert m.tingkat == "peringatan"
    assert m.pesan.startswith("persentase 15% dari 10 responden adalah 1,50 orang, bukan bilangan bulat")
    assert hasil is not None and hasil.jumlah is None and hasil.nrr == Fraction(2 * 15 + 3 * 85, 100)


def test_percentages_without_respondents() -> None:
    hasil, masalah = dari_persen([D(25), D(25), D(25), D(25)], None)
    assert masalah == [] and hasil is not None and hasil.nrr == Fraction(5, 2) and hasil.jumlah is None
