"""A notice sent to several development zones (its recipients name them) prints a zone's committee by its kind
alone among the units (各县市区政府、开发区管委会): that is none of its zones but the zones together, a catch-all
group, as it is printed right after a 各 group of a city's counties and districts in a notice whose recipients name
no zone; a notice naming one zone leaves the name unresolved (docs/agencies.md, "zones together"; holdout
leadlines-wuhu, grouprows-wuhu).  A zone the registry lists by that name is read first (徐州's 开发区)."""
from __future__ import annotations

import pytest

from extractor.agencies.named import names_several_zones, names_zone_kind_alone
from extractor.engine.extract import extract

SEVERAL = "各县市区人民政府，经济技术开发区、三山经济开发区、高新技术产业开发区管委会，市政府各部门："
ONE = "各县市区人民政府，经济技术开发区管委会，市政府各部门："
NONE = "各县市区人民政府，市政府各部门、各直属单位："

NOTICE = """{city}人民政府关于2021年重点工作及责任分解的通知
{recipients}
现将2021年重点工作及责任分解如下，请认真贯彻落实。
一、确保完成全年主要预期目标
1.全社会固定资产投资增长10%左右。
牵头责任单位：市发展和改革委员会。
协同责任单位：市财政局，各县市区政府、{zone}。
2.新增规模以上工业企业200户以上。
牵头责任单位：市经济和信息化局。
协同责任单位：{zone}。
{city}人民政府
2021年4月1日
"""


def _support(city: str, recipients: str, zone: str = "开发区管委会"):
    notice = extract(NOTICE.format(city=city, recipients=recipients, zone=zone).encode("utf-8"), name="n.txt")
    assert len(notice.measures) == 2
    return [[(r.name, r.match, r.canonical) for r in m.support if r.name == zone] for m in notice.measures]


@pytest.mark.parametrize("zone", ["开发区管委会", "高新区管理委员会", "经济开发区管委"])
def test_the_kind_alone_in_a_notice_to_several_zones_is_the_zones_together(zone):
    assert _support("芜湖市", SEVERAL, zone) == [[(zone, "group", None)]] * 2


def test_the_kind_alone_in_a_notice_to_one_zone_stays_unresolved():
    assert _support("芜湖市", ONE) == [[("开发区管委会", "unresolved", None)]] * 2


def test_the_kind_alone_after_a_group_of_counties_in_a_notice_to_no_zone_is_the_zones_together():
    """各县市区政府、开发区管委会 in a notice whose recipients name no zone: the 各 reaches the kind, and the name is the
    zones together wherever the notice prints it, item 2's lone 开发区管委会 too (tests/fixtures/README.md "A zone's
    committee by its kind alone after a 各 group"; holdout grouprows-wuhu, unlistednote-huaian, labellines-shenyang)."""
    assert _support("芜湖市", NONE) == [[("开发区管委会", "group", None)]] * 2


TOWNS = """{county}人民政府关于2021年重点工作及责任分解的通知
各乡镇人民政府，县政府各部门：
现将2021年重点工作及责任分解如下，请认真贯彻落实。
一、确保完成全年主要预期目标
1.全社会固定资产投资增长10%左右。
牵头责任单位：县发展和改革委员会。
协同责任单位：县财政局，{units}。
2.新增规模以上工业企业20户以上。
牵头责任单位：县经济和信息化局。
协同责任单位：县财政局。
{county}人民政府
2021年4月1日
"""


@pytest.mark.parametrize("units", [
    "各乡镇人民政府、经济开发区管委会",   # a county's towns: beside them the county's one zone
    "经济开发区管委会",                   # no 各 group before it
])
def test_the_kind_alone_beside_towns_or_alone_stays_unresolved(units):
    """holdout labelpage-lingbi (各乡镇人民政府、经济开发区管委会): one body, its official name not printed."""
    notice = extract(TOWNS.format(county="灵璧县", units=units).encode("utf-8"), name="n.txt")
    assert [(r.name, r.match) for r in notice.measures[0].support if r.name == "经济开发区管委会"] == [
        ("经济开发区管委会", "unresolved")]


def test_a_zone_listed_by_the_kind_alone_is_read_first():
    """徐州's 开发区 is listed (zones.toml): its own notice's 开发区管委会 is that zone even when the recipients name
    several."""
    assert _support("徐州市", SEVERAL) == [[("开发区管委会", "derived", "徐州经济技术开发区管理委员会")]] * 2   # its 2021 name


def test_a_zone_printed_with_its_level_word_stays_one_zone():
    """市开发区管委 is the city's own zone (holdout srccol-luan: unresolved), never the zones together."""
    assert _support("芜湖市", SEVERAL, "市开发区管委") == [[("市开发区管委", "unresolved", None)]] * 2


@pytest.mark.parametrize("recipients, several", [
    (["各县市区人民政府", "皖江江北新兴产业集中区", "经济技术开发区", "三山经济开发区", "高新技术产业开发区",
      "亳州芜湖现代产业园区管委会", "市政府各部门"], True),
    (["各区人民政府", "各开发区管委会", "市直各部门"], True),      # the zones together in one recipient
    (["各區人民政府", "經濟技術開發區", "高新區管委會"], True),      # traditional characters
    (["各区市政府", "高新区管委会", "市直各部门"], False),          # one zone
    (["各县市区人民政府", "市政府各部门", "各直属单位"], False),
])
def test_recipients_naming_several_zones(recipients, several):
    assert names_several_zones(recipients) is several


@pytest.mark.parametrize("name, alone", [
    ("开发区管委会", True), ("高新区管理委员会", True), ("国家级经济技术开发区管委会", True), ("工业园区管委", True),
    # a committee word alone names no zone either (各区县政府、管委: tests/fixtures/README.md, session 59)
    ("管委会", True), ("管委", True),
    ("市开发区管委", False), ("大亚湾开发区管委会", False), ("开发区", False), ("区建管委", False), ("市财政局", False),
])
def test_a_zone_named_by_its_kind_alone(name, alone):
    assert names_zone_kind_alone(name) is alone
