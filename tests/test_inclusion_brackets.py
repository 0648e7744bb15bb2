"""A bracket saying what a unit or a group includes is part of its name, never a note or a remark
(parse/assign.toml [verbs] inclusion; unitlists.is_note, is_remark).

Holdout trportal-huizhou-2020-1 (batch 85: 惠州's 2020 政務公開 分工 table on a traditional mirror of the
portal): ``各縣、區人民政府（包括大亞灣開發區、仲愷高新區管委會，下同）`` is one catch-all as printed, as
``各区人民政府〈含开发区、风景区〉`` already was (holdout anglenote-wuhan)."""
import pytest

from extractor.parse.assign import parse_unit_list
from extractor.parse.conventions import tidy_cell
from extractor.parse.unitlists import is_note, split_remarks

CELL = "市直各單位，各縣、區人民政府（包括大亞灣開發區、仲愷高新區管委會，下同）"


def test_a_note_word_inside_an_inclusion_bracket_makes_no_note():
    assert not is_note("各縣、區人民政府（包括大亞灣開發區、仲愷高新區管委會，下同）")
    assert not is_note("包括大亞灣開發區、仲愷高新區管委會，下同")
    assert not is_note("含开发区，下同")


@pytest.mark.parametrize("clause", ["下同", "列第一位为牵头单位，下同", "A局、B局（列第一位者为牵头单位，下同）",
                                    "各县（市、区）（含开发区）负责，以下不再列出"])
def test_note_words_outside_an_inclusion_bracket_still_make_a_note(clause):
    assert is_note(clause)


def test_an_inclusion_bracket_stays_in_the_cell_and_is_no_remark():
    assert tidy_cell(CELL) == CELL
    assert split_remarks(CELL) == (CELL, ())
    assert split_remarks("县财政局（含国库支付中心）") == ("县财政局（含国库支付中心）", ())
    assert split_remarks("县财政局（资金保障）") == ("县财政局", ("县财政局（资金保障）",))   # a remark, as ever


def test_a_cell_whose_group_prints_an_inclusion_bracket_is_a_unit_list():
    found = parse_unit_list(CELL, "html-table")
    assert found is not None and found.lead == (CELL,)


def test_a_rule_bracket_after_a_list_is_still_dropped():
    assert tidy_cell("市发改委、市财政局（列第一位的为牵头单位，下同）") == "市发改委、市财政局"
