"""A town's own offices real pages print beyond the 2019 reform's common names (town_offices.toml: 农业服务中心,
湖南's 平安法治和应急管理办公室 and 综合行政执法大队, 浙江's 乡村振兴办 and 村镇建设办) and a county bureau's station printed
bare in the town's own notice (派出所: ``towns.town_station``); docs/agencies.md "Towns as the notice's place".  The
names are worked out by hand from that convention: an office is named after its town under its county, one id for
one office whichever notice prints it; a notice placed by the town's signature keeps them unresolved (holdout
townoffices-simeng-2025-1, session 65)."""
from __future__ import annotations

import pytest

from extractor.agencies.resolve import load_resolver
from extractor.agencies.towns import is_town_office

TOWN = "宜昌市秭归县茅坪镇"
COUNTY = "宜昌市秭归县"


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("name, canonical", [
    ("农业服务中心", "秭归县茅坪镇农业服务中心"),
    ("镇农业服务中心", "秭归县茅坪镇农业服务中心"),
    ("平安法治和应急管理办公室", "秭归县茅坪镇平安法治和应急管理办公室"),
    ("镇综合行政执法大队", "秭归县茅坪镇综合行政执法大队"),
    ("乡村振兴办", "秭归县茅坪镇乡村振兴办公室"),      # its own name opens with 乡, no town word
    ("镇乡村振兴办", "秭归县茅坪镇乡村振兴办公室"),
    ("村镇建设办", "秭归县茅坪镇村镇建设办公室"),
    ("派出所", "秭归县公安局茅坪镇派出所"),            # the county bureau's station in the town
    ("镇派出所", "秭归县公安局茅坪镇派出所"),
    ("司法所", "秭归县司法局茅坪镇司法所"),
    ("乡派出所", None),                                 # 乡 in a 镇's notice: which town?
    ("乡党政办", None),
])
def test_a_towns_own_notice(resolver, name, canonical):
    assert resolver.resolve(name, city=TOWN, date="2025-07-28").canonical == canonical


@pytest.mark.parametrize("own, printed", [
    ("农业服务中心", "茅坪镇农业服务中心"),
    ("平安法治和应急管理办公室", "茅坪镇平安法治和应急管理办公室"),
    ("乡村振兴办", "茅坪镇乡村振兴办"),
    ("派出所", "茅坪镇派出所"),
])
def test_one_office_in_the_towns_and_the_countys_notice(resolver, own, printed):
    """The county's notice prints the office after the town's name: the same agency."""
    a = resolver.resolve(own, city=TOWN, date="2025-07-28")
    b = resolver.resolve(printed, city=COUNTY, date="2025-07-28")
    assert a.canonical is not None and a.agency_id == b.agency_id


def test_two_kinds_of_one_office_share_its_id(resolver):
    """农业服务中心 and 农业综合服务中心 are one centre of one town (a town has the one or the other)."""
    a = resolver.resolve("农业服务中心", city=TOWN, date="2025-07-28")
    b = resolver.resolve("农业综合服务中心", city=TOWN, date="2025-07-28")
    assert a.agency_id == b.agency_id and a.canonical != b.canonical


@pytest.mark.parametrize("cells", [
    ("农业服务中心",), ("平安法治和应急管理办公室",), ("乡村振兴办",), ("村镇建设办",), ("综合行政执法大队",), ("派出所",),
])
def test_a_notice_placed_by_the_towns_signature_keeps_them_unresolved(resolver, cells):
    refs = resolver.resolve_cells(cells, city="怀化市溆浦县", date="2025-07-28", town="思蒙镇")
    assert [r.canonical for r in refs] == [None]


@pytest.mark.parametrize("name, town", [("乡村振兴办", "陈埭镇"), ("乡村振兴办", "两河乡"), ("村镇建设办", "柳市镇")])
def test_is_town_office(name, town):
    assert is_town_office(name, town)


def test_a_bare_village_and_town_word_names_no_town_in_the_countys_notice(resolver):
    """村镇建设办 printed bare in the county's notice: whose? (村镇 names a kind of place, not a town)."""
    assert resolver.resolve("村镇建设办", city=COUNTY, date="2025-07-28").canonical is None
