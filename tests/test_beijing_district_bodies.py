"""北京's district bodies before the 2018-19 reforms, as 海淀区's 2018 政务公开工作要点 prints them (holdout
gatewaystop-haidian-2018-1, batch 129: before, five unresolved and 区农委 read as another place's 农业委员会): a
housing administration, a 农村工作委员会, an 经信办, an enforcement 执法监察局, and the city bureaus' district branches
of 工商 and 规划国土委 named by the district's short name (template.toml, places = ["北京市"])."""
import pytest

HAIDIAN = "北京市海淀区"


@pytest.mark.parametrize("name,canonical", [
    ("区房管局", "北京市海淀区房屋管理局"),
    ("区农委", "北京市海淀区农村工作委员会"),
    ("區農委", "北京市海淀区农村工作委员会"),
    ("区经信办", "北京市海淀区经济和信息化办公室"),
    ("区城管执法监察局", "北京市海淀区城市管理综合行政执法监察局"),
    ("工商海淀分局", "北京市工商行政管理局海淀分局"),
    ("规划国土委海淀分局", "北京市规划和国土资源管理委员会海淀分局"),
    ("規劃國土委海淀分局", "北京市规划和国土资源管理委员会海淀分局"),
])
def test_a_beijing_districts_bodies_of_2018(resolver, name, canonical):
    assert resolver.resolve(name, city=HAIDIAN, date="2018-05-22").canonical == canonical, \
        resolver.explain(name, city=HAIDIAN)


@pytest.mark.parametrize("name,city", [
    ("区房管局", "成都市武侯区"),          # another place's housing body is named otherwise: no guess
    ("区经信办", "成都市武侯区"),
    ("工商武侯分局", "成都市武侯区"),
])
def test_the_forms_are_beijings_own(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2018-05-22").canonical is None, resolver.explain(name, city=city)


def test_a_farm_committee_elsewhere_is_still_the_agriculture_committee(resolver):
    assert resolver.resolve("市农委", city="成都市", date="2016-01-01").canonical == "成都市农业委员会"


def test_the_branches_name_the_city_bureau_after_the_reform_no_more(resolver):
    # the 2018 reform's branches of the 规划和自然资源委员会 are read as before
    assert resolver.resolve("规划自然资源委门头沟分局", city="北京市门头沟区", date="2021-01-01").canonical \
        == "北京市规划和自然资源委员会门头沟分局"
