"""A count of the places a run names opens a place group as 各 does (`13个街道、镇`: the district's 13 streets and
towns, every one, one catch-all; tests/fixtures/README.md "A count before a run of place words"), and a 上海
district's bodies of the 2000s printed bare (房地局, 信息委, 机管局).  Written by hand before the code (batch 78:
a 上海 district's 2006 十一五 task table, holdout partfour-xuhui; before, 13个街道、镇 was cut into `13个街道` and a
bare `镇`, and a label's value after a comma lost it for its digit)."""
from __future__ import annotations

import pytest

from extractor import extract
from extractor.agencies.units import split_units
from extractor.parse.unitlists import names_units_only, wording_digit
from extractor.placegroups import join_place_groups

from namekit import assert_group, assert_reads, assert_unresolved


@pytest.mark.parametrize("pieces,joined", [
    (["13个街道", "镇"], ["13个街道、镇"]),
    (["全区13个街道", "镇"], ["全区13个街道、镇"]),
    (["十三个街道", "镇"], ["十三个街道、镇"]),
    (["区财政局", "12个街道", "镇"], ["区财政局", "12个街道、镇"]),
    # a first piece with its head is a group by itself, as 各镇人民政府、街道办事处 are two
    (["13个街道办事处", "镇人民政府"], ["13个街道办事处", "镇人民政府"]),
    # a count of something that is no place opens nothing
    (["新建学校3个", "镇"], ["新建学校3个", "镇"]),
    (["3个工作组", "镇"], ["3个工作组", "镇"]),
])
def test_a_count_opens_a_place_group(pieces, joined):
    assert join_place_groups(pieces) == joined


def test_a_count_group_stays_whole_in_a_cell():
    assert split_units("人口计生委等相关部门，13个街道、镇") == ("人口计生委等相关部门", "13个街道、镇")
    assert split_units("财政局、劳动保障局，13个街道、镇") == ("财政局", "劳动保障局", "13个街道、镇")


@pytest.mark.parametrize("name,wording", [
    ("13个街道、镇", False),       # the count of a place group: no wording
    ("全区5个乡镇", False),
    ("各街道、镇", False),
    ("新建学校5所", True),          # a digit in wording
    ("13个工作日", True),
    ("3个区政府", True),            # counted governments: no place group (its head is no place word)
])
def test_the_count_of_a_group_is_no_wording_digit(name, wording):
    assert wording_digit(name) is wording


def test_a_count_group_is_a_unit_list():
    assert names_units_only("13个街道、镇")
    assert names_units_only("全区12个街道")
    assert not names_units_only("新建幼儿园3个")


def test_a_count_group_is_a_catch_all(resolver):
    assert_group(resolver, "13个街道、镇", "上海市徐汇区", "2006-06-01")
    assert_group(resolver, "全区5个乡镇", "宜昌市夷陵区", "2021-06-01")


@pytest.mark.parametrize("name,city,date,canonical", [
    ("房地局", "上海市徐汇区", "2006-06-01", "上海市徐汇区房屋土地管理局"),
    ("区房地局", "上海市闵行区", "2005-06-01", "上海市闵行区房屋土地管理局"),
    ("信息委", "上海市徐汇区", "2006-06-01", "上海市徐汇区信息化委员会"),
    ("市信息委", "上海市", "2005-06-01", "上海市信息化委员会"),
    ("机管局", "上海市徐汇区", "2006-06-01", "上海市徐汇区机关事务管理局"),
    ("市机管局", "宜昌市", "2021-06-01", "宜昌市机关事务管理局"),
    # a retired name printed later is still that body (tests/fixtures/README.md "Bodies a reform ended")
    ("房地局", "上海市徐汇区", "2015-06-01", "上海市徐汇区房屋土地管理局"),
])
def test_a_shanghai_districts_bodies_of_the_2000s(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", [
    ("区房地局", "成都市武侯区", "2006-06-01"),    # 上海's name only
    ("市信息委", "宜昌市", "2006-06-01"),          # 上海's body only
])
def test_the_2000s_names_stay_in_their_place_and_era(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


PAGE = ("某区人民政府办公室关于印发某区2006年重点工作分解的通知\n"
        "各街道办事处、镇人民政府，区政府各委、办、局：\n"
        "现将《某区2006年重点工作分解》印发给你们，请认真贯彻落实。\n"
        "某区人民政府办公室\n"
        "2006年3月1日\n"
        "1.推进社区卫生服务中心标准化建设。\n"
        "牵头单位：区卫生局\n"
        "配合单位：区财政局，13个街道、镇\n"
        "2.开展全民健身活动。\n"
        "牵头单位：区体育局\n"
        "配合单位：全区13个街道、镇\n")


def test_a_label_value_keeps_the_count_group_after_a_comma():
    first, second = extract(PAGE.encode("utf-8")).measures
    assert [a.name for a in first.support] == ["区财政局", "13个街道、镇"]
    assert [a.name for a in second.support] == ["全区13个街道、镇"]
    assert all(a.match == "group" for a in (first.support[-1], second.support[0]))


def test_a_bracket_keeps_the_count_group():
    page = PAGE.split("1.")[0] + ("1.推进社区卫生服务中心标准化建设。（区卫生局牵头，区财政局、13个街道、镇配合）\n"
                                  "2.开展全民健身活动。（区体育局牵头，十三个街道、镇配合）\n")
    first, second = extract(page.encode("utf-8")).measures
    assert [a.name for a in first.support] == ["区财政局", "13个街道、镇"]
    assert [a.name for a in second.support] == ["十三个街道、镇"]


def test_a_count_group_after_named_towns_keeps_the_list_of_units():
    """A bracket of bodies, towns printed by their names and a count of the towns (holdout towncount-santai,
    bs18694): the count is no wording's digit here either, so the bracket is a unit list; a digit in wording
    still turns a list of towns away."""
    from extractor.parse.assign import parse_unit_list
    from extractor.parse.unitlists import is_town_list, is_unit_and_town_list
    assert is_unit_and_town_list(["县司法局、县财政局、潼川镇、30个乡镇"])
    assert is_unit_and_town_list(["县民政局、芦溪镇、新德镇、全县31个乡镇"])
    assert parse_unit_list("县司法局、县财政局、潼川镇、30个乡镇") is not None
    assert not is_unit_and_town_list(["县住建局、潼川镇、新建学校5所"])
    assert not is_town_list("潼川镇、新德镇改造3个")
