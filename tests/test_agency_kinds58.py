"""Session 58's agency readings, over cities of different ranks (tests/fixtures/README.md's conventions of that
session): one office with two signs (台办), an office of a system printed with a rank it has not there (the
regulators' 监管局 and 监管分局), and the parks a level runs directly printed as one name (市直园区管委会)."""
import pytest


@pytest.mark.parametrize("name,city,date,canonical", [
    # printed by the level word alone: the government's sign before the 2018-19 reform (holdout
    # pagethree-zhuzhou-2007-1: before, the party committee's), the committee's from 2019 and undated
    ("市台办", "株洲市", "2007-05-01", "株洲市人民政府台湾事务办公室"),
    ("县台办", "建湖县", "2012-03-01", "建湖县人民政府台湾事务办公室"),
    ("省台办", "湖南省", "2015-01-01", "湖南省人民政府台湾事务办公室"),
    ("市台办", "株洲市", "2022-01-01", "中共株洲市委台湾工作办公室"),
    ("区台办", "成都市武侯区", "2021-06-01", "中共成都市武侯区委台湾工作办公室"),
    ("市台办", "株洲市", None, "中共株洲市委台湾工作办公室"),
    # a sign printed is that sign, whatever the year
    ("市委台办", "株洲市", "2007-05-01", "中共株洲市委台湾工作办公室"),
    ("市政府台办", "株洲市", "2022-01-01", "株洲市人民政府台湾事务办公室"),
])
def test_one_office_with_two_signs_is_named_by_its_sign(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


def test_the_two_signs_are_one_id(resolver):
    before = resolver.resolve("市台办", city="株洲市", date="2007-05-01")
    after = resolver.resolve("市委台办", city="株洲市", date="2022-01-01")
    assert before.agency_id == after.agency_id and before.canonical != after.canonical


@pytest.mark.parametrize("name,city,date,canonical", [
    # a 分局 printed where the regulator keeps a 监管局 (a city with separate plans, a municipality) is that office
    ("青岛银保监分局", "青岛市", "2022-03-01", "中国银行保险监督管理委员会青岛监管局"),
    ("宁波市银保监分局", "宁波市", "2020-05-01", "中国银行保险监督管理委员会宁波监管局"),
    ("重庆银保监分局", "重庆市", "2021-01-01", "中国银行保险监督管理委员会重庆监管局"),
    ("厦门金融监管分局", "厦门市", "2024-03-01", "国家金融监督管理总局厦门监管局"),
    # in a district of such a city too
    ("青岛银保监分局", "青岛市黄岛区", "2022-03-01", "中国银行保险监督管理委员会青岛监管局"),
    # an ordinary city's, a capital's and a county-level city's readings as before
    ("嘉兴银保监分局", "嘉兴市", "2022-03-01", "中国银行保险监督管理委员会嘉兴监管分局"),
    ("济南金融监管分局", "济南市", "2024-03-01", "国家金融监督管理总局济南监管分局"),
    ("青岛银保监局", "青岛市", "2022-03-01", "中国银行保险监督管理委员会青岛监管局"),
])
def test_an_office_printed_with_a_rank_the_system_has_not_there(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city,date", [
    # the 2003-18 banking regulator's bureau there is a seated national office (national.toml), read by its own
    # spelling only: no 监管分局 is made up for it
    ("青岛银监分局", "青岛市", "2015-01-01"),
    ("深圳银监分局", "深圳市", "2012-01-01"),
    # an ordinary city's name printed as the 2023 regulator prints its offices names no one body: the 监管分局
    # misnamed, the province's 监管局 seated in a capital, or the city's bureau by its short name
    ("济南金融监管局", "济南市", "2024-03-01"),
    ("嘉兴金融监管局", "嘉兴市", "2023-09-01"),
    ("济南金融监管局", "济南市历下区", "2024-03-01"),
    ("济南金融监管局", "济南市", None),
])
def test_a_spelling_naming_no_one_body_stays_unresolved(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)
    assert (ref.canonical, ref.match) == (None, "unresolved")


@pytest.mark.parametrize("name,city,date,canonical", [
    # before the 2023 regulator, the city's bureau printed by the city's short name, as before
    ("济南金融监管局", "济南市", "2021-03-01", "济南市地方金融监督管理局"),
    # the city's bureau printed with its level word, in any year
    ("市金融监管局", "济南市", "2023-09-01", "济南市地方金融监督管理局"),
    ("市地方金融监管局", "嘉兴市", "2023-09-01", "嘉兴市地方金融监督管理局"),
    # the 2023 regulator's 监管局 where it keeps one
    ("青岛金融监管局", "青岛市", "2024-06-01", "国家金融监督管理总局青岛监管局"),
    ("北京金融监管局", "北京市", "2024-06-01", "国家金融监督管理总局北京监管局"),
])
def test_the_readings_the_unread_spelling_leaves_alone(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


@pytest.mark.parametrize("name,city", [
    ("市直园区管委会", "遂宁市"),      # holdout cellparas-suining-2016-1: before, unresolved
    ("县直开发区管委会", "建湖县"),
    ("区直园区管委会", "成都市武侯区"),
    ("省直开发区", "四川省"),
])
def test_the_parks_a_level_runs_directly_are_a_group(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2016-04-11").match == "group"


@pytest.mark.parametrize("name,city,canonical", [
    # not the parks: the level's own working committee, one body
    ("市直机关工委", "遂宁市", "中共遂宁市直属机关工作委员会"),
    # printed shorter still beside 市文明办 (宿州's 2006 绿化 方案: holdout workcontent-suzhouah-2006-2, batch 122)
    ("市直工委", "宿州市", "中共宿州市直属机关工作委员会"),
])
def test_a_level_direct_body_that_is_no_park_stays_a_body(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2016-04-11").canonical == canonical


#: a notice of each rank of place (a province, a city, a city's district and a county) and its bodies' place name
RANKS = {"省": "湖南省", "市": "株洲市", "区": "成都市武侯区", "县": "南充市仪陇县"}
NAMED = {"省": "湖南省", "市": "株洲市", "区": "成都市武侯区", "县": "仪陇县"}


@pytest.mark.parametrize("levels,printed,party_sign,second_sign", [
    # the party committee's office and the government's sign it carries: one body, one id, named by the sign printed
    ("省市区县", "{l}委外宣办", "中共{j}委对外宣传办公室", ("{l}政府新闻办", "{j}人民政府新闻办公室")),
    ("省市区县", "{l}委保密办", "中共{j}委保密委员会办公室", ("{l}保密局", "{j}国家保密局")),
    ("省市县", "{l}委机要局", "中共{j}委机要局", ("{l}密码管理局", "{j}国家密码管理局")),
    ("省市", "{l}委党校", "中共{j}委党校", ("{l}行政学院", "{j}行政学院")),
])
def test_an_office_with_a_second_sign_reads_both_as_one_body(resolver, levels, printed, party_sign, second_sign):
    for level in levels:
        city = RANKS[level]
        j = NAMED[level]
        party = resolver.resolve(printed.format(l=level), city=city, date="2022-06-01")
        sign = resolver.resolve(second_sign[0].format(l=level), city=city, date="2022-06-01")
        assert party.canonical == party_sign.format(j=j), (level, party)
        assert sign.canonical == second_sign[1].format(j=j), (level, sign)
        assert party.agency_id == sign.agency_id


@pytest.mark.parametrize("printed,full,levels", [
    ("法学会", "法学会", "省市区县"),
    ("计生协", "计划生育协会", "省市区县"),
    ("记协", "新闻工作者协会", "省市"),
    ("作协", "作家协会", "省市"),
    ("台联", "台湾同胞联谊会", "省市"),
])
def test_mass_organisations_every_place_names_alike(resolver, printed, full, levels):
    """Before session 58 each stayed unresolved in every place (no city had been tuned for them either)."""
    for level, city in RANKS.items():
        j = NAMED[level]
        ref = resolver.resolve(f"{level}{printed}", city=city, date="2022-06-01")
        if level in levels:
            assert ref.canonical == j + full, (level, ref)
        else:   # a district's or a county's is rare and named otherwise: not read
            assert ref.canonical is None, (level, ref)


def test_a_taiwan_office_and_the_compatriots_association_stay_two_bodies(resolver):
    office = resolver.resolve("市台办", city="株洲市", date="2022-06-01")
    association = resolver.resolve("市台联", city="株洲市", date="2022-06-01")
    assert office.agency_id != association.agency_id


@pytest.mark.parametrize("name,city,canonical", [
    # the party committee printed after its place, as its bodies are (武侯区委组织部): before session 58 unresolved,
    # where 市委 and the district's 区委组织部 were read
    ("武侯区委", "成都市", "中共成都市武侯区委员会"),
    ("成都市委", "成都市", "中共成都市委员会"),
    ("仪陇县委", "南充市", "中共仪陇县委员会"),
    ("南充市委", "南充市仪陇县", "中共南充市委员会"),
    ("四川省委", "四川省", "中共四川省委员会"),
    # by the level word, as before
    ("区委", "成都市武侯区", "中共成都市武侯区委员会"),
    ("县委", "南充市仪陇县", "中共仪陇县委员会"),
    # the league's committee keeps its own reading
    ("团省委", "绵阳市", "共青团四川省委员会"),
])
def test_a_party_committee_printed_after_its_place(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2022-06-01").canonical == canonical


@pytest.mark.parametrize("name,city", [
    ("区委", "成都市"),        # a level word the notice cannot place (which district?)
    ("团省委", "北京市"),      # no committee of a place 团省: one character after an unlisted place names nothing
    ("团省委", None),
    ("某某县委", "成都市"),    # a place the gazetteer does not list
])
def test_a_committee_after_no_listed_place_stays_unresolved(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2022-06-01").canonical is None
