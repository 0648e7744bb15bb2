"""Session 60's unit lists: a street office named among the units of a verbless clause that a role verb's clause
follows (``unitlists.is_town_list``; holdout canjiastreet-yuhu), and place groups printed in full-width angle
brackets (``[verbs] unit_end`` / ``place_group`` and the agencies splitter's ``[split] brackets``; holdouts
anglelist-changxing and anglebody-shaoyang)."""
from extractor.agencies.units import split_units
from extractor.parse.assign import parse_unit_list, parse_verbs
from extractor.parse.unitlists import is_town_list


def test_a_street_among_bodies_before_the_supports_verb():
    found = parse_verbs("由区住建局牵头，区财政局、窑湾街道，各街道办事处参加，2023年11月底前完成")
    assert found is not None and found.lead == ("区住建局",)
    assert found.support == ("区财政局、窑湾街道", "各街道办事处")
    assert found.deadline == "2023年11月底前完成"


def test_streets_alone_take_the_verb_after_them():
    found = parse_verbs("区住建局牵头，城正街街道、雨湖路街道，区直有关部门参加")
    assert found is not None and found.support == ("城正街街道、雨湖路街道", "区直有关部门")


def test_places_no_verb_takes_are_no_assignment():
    assert parse_verbs("区住建局牵头，新市镇、乾元镇") is None   # where the project lies
    assert is_town_list("城正街街道、雨湖路街道") and is_town_list("区财政局、新市镇")
    assert not is_town_list("新建小区5个") and not is_town_list("")


def test_a_bare_list_closing_with_an_angle_bracket_group():
    for text in ("县民政局、县财政局，各乡镇＜街道＞", "县商务局、县市场监督管理局、有关镇＜街道＞", "张浦司法所、各村＜社区＞"):
        found = parse_unit_list(text)
        assert found is not None and found.lead == (text,), text


def test_a_departments_catch_all_stays_one_name():
    assert split_units("市财政局、各县＜市、区＞教育局") == ("市财政局", "各县＜市、区＞教育局")
    assert split_units("各县＜市、区＞住房和城乡建设局/市商务局") == ("各县＜市、区＞住房和城乡建设局", "市商务局")
