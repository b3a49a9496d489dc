"""SKM rules wired to the LKj's survey data: respondents vs population, declared IKM and mutu."""

from __future__ import annotations

from tests.conftest import SalinanData
from tests.reviu.conftest import cocok, di, satu, temuan

LKJ = "lkj.yaml"


def test_clean_example_has_no_finding(salinan_lkj: SalinanData) -> None:
    assert temuan(salinan_lkj) == []


def test_too_few_respondents_for_the_population(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(LKJ, "  # populasi: 130 ", "  populasi: 2400 ")
    t = satu(salinan_lkj)
    # the respondent count comes from the answer file, so the finding points at it
    cocok(t, "skm.responden-kurang", "peringatan", di(salinan_lkj, LKJ, "berkas: skm-2025.xlsx", "skm.berkas"),
          "100 responden", "2.400", "331")


def test_enough_respondents_is_clean(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(LKJ, "  # populasi: 130 ", "  populasi: 130 ")
    assert temuan(salinan_lkj) == []


def test_declared_ikm_and_mutu_checked(salinan_lkj: SalinanData) -> None:
    salinan_lkj.ganti(LKJ, "  # tertulis: {ikm: 82.83, mutu: B}", "  tertulis: {ikm: 82.83, mutu: B}")
    assert temuan(salinan_lkj) == []  # both agree with the survey
    salinan_lkj.ganti(LKJ, "  tertulis: {ikm: 82.83, mutu: B}", "  tertulis: {ikm: 88.5, mutu: A}")
    aturan = sorted(t.aturan for t in temuan(salinan_lkj))
    assert aturan == ["skm.ikm", "skm.mutu"]
