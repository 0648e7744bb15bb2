"""Lead/support conventions stated in the notice text."""
import pytest

from extractor.conventions import (ALL_LEAD, FIRST_LEADS, apply_conventions, detect_convention,
                                   split_first_lead, split_units)
from extractor.decode import decode_bytes
from extractor.locate import locate_content
from extractor.models import DraftMeasure, ParsedTable

from conftest import make_raw


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


@pytest.mark.parametrize("letter,expected", [
    ("列第一位的责任单位为牵头单位或汇总单位。", FIRST_LEADS),
    ("排名第一的单位为牵头单位，其他单位为参与单位。", FIRST_LEADS),
    ("排名第一的責任單位為牽頭單位。", FIRST_LEADS),
    ("无牵头单位的，责任单位即为牵头单位。", ALL_LEAD),
    ("请认真贯彻执行。", None),
])
def test_detect_convention(letter, expected):
    assert detect_convention(located(letter)) == expected


def draft(lead, support=(), from_responsible=True):
    return DraftMeasure(section=None, measure_no=1, text="某工作", lead_cells=lead, support_cells=support,
                        from_responsible=from_responsible)


@pytest.mark.parametrize("lead,support,first_leads,exp_lead,exp_support", [
    (("A局、B局、C局",), (), True, ("A局",), ("B局", "C局")),
    (("A局 B局",), ("D局",), True, ("A局",), ("B局", "D局")),
    (("各县(市、区)政府、A局",), (), True, ("各县(市、区)政府",), ("A局",)),
    (("A局",), (), True, ("A局",), ()),
    (("A局、B局",), (), False, ("A局、B局",), ()),
    (("A局、B局分别牵头，C局",), (), False, ("A局、B局",), ("C局",)),
    (("A局、B局（分别牵头）",), (), True, ("A局、B局",), ()),
])
def test_split_first_lead(lead, support, first_leads, exp_lead, exp_support):
    got = split_first_lead(draft(lead, support), first_leads)
    assert (got.lead_cells, got.support_cells) == (exp_lead, exp_support)


def test_only_bare_responsible_lists_are_re_split():
    labelled = draft(("A局、B局",), from_responsible=False)
    parsed = apply_conventions(located("列第一位的为牵头单位。"), ParsedTable(measures=(labelled,)))
    assert parsed.measures == (labelled,)


def test_split_units_keeps_brackets_whole():
    assert split_units("镇街(园区)、县（市、区）政府，A局") == ["镇街(园区)", "县（市、区）政府", "A局"]
