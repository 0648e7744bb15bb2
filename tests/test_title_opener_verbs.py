"""A title's opener is taken off whole: 印发 and 转发 are verbs, never a place's first characters.  A district's
2011 notice titled 关于印发区政府二〇一一年政府工作报告任务分解的通知 was placed in a 印发区 (its units 印发区发展和
改革局 …) when the shorter opener 关于 was tried after 关于印发 (holdout docsite-zhenhai, batch 57)."""
import pytest

from extractor.agencies.registry import detect_city


@pytest.mark.parametrize("title", ["关于印发区政府二〇一一年政府工作报告任务分解的通知", "关于转发县政府重点工作安排的通知",
                                   "关于印发区政府2024年重点工作的通知"])
def test_a_verb_after_the_opener_is_no_place(title):
    assert detect_city(None, title) is None


@pytest.mark.parametrize("title,place", [("关于印发仪陇县2023年重点工作任务分工的通知", "南充市仪陇县"),
                                         ("关于仪陇县2023年重点工作的通知", "南充市仪陇县"),
                                         ("关于转发泰州市推进方案的通知", "泰州市")])
def test_a_place_after_the_opener_still_places_the_notice(title, place):
    assert detect_city(None, title) == place
