"""A development zone printed by its place and kind (荆州开发区) is a unit among the bare units of a bracket:
a 湖北 city's 2009 task list closes its targets with （市发改委，市政府相关部门，各县市区政府，荆州开发区）
(holdout oneline-jingzhou, batch 57: before, no such bracket read as a unit list and the five targets were
lost)."""
import pytest

from extractor.parse.unitlists import ends_like_unit, is_place_zone, is_unit_list

from test_outline import parsed, rows


@pytest.mark.parametrize("name", ["荆州开发区", "荆州经济开发区", "珠海高新区", "镇海经济开发区"])
def test_a_place_and_a_zone_kind_is_a_unit(name):
    assert is_place_zone(name) and ends_like_unit(name)


@pytest.mark.parametrize("name", ["开发区", "高新区", "建设新区", "产业园区", "加快新区"])
def test_a_kind_alone_or_after_no_place_is_none(name):
    assert not is_place_zone(name)


def test_a_bracket_naming_the_zone_is_a_unit_list():
    assert is_unit_list("市发改委、荆州开发区")
    assert not is_unit_list("市发改委、加快新区")


def test_targets_closing_with_the_zone_among_their_units_are_read():
    result = parsed([
        "一、主要工作目标",
        "1、地区生产总值增长11%（市发改委，各县市区政府，荆州开发区）。",
        "2、地方一般预算收入增长13%（市财政局，荆州开发区）。",
    ])
    assert rows(result) == [
        ("一、", 1, "地区生产总值增长11%。", ("市发改委，各县市区政府，荆州开发区",), (), "inline-list"),
        ("一、", 2, "地方一般预算收入增长13%。", ("市财政局，荆州开发区",), (), "inline-list"),
    ]
