"""State companies' local branches printed the way a city's notice prints them, and a catch-all of
the government's working departments (docs/agencies.md, "Vertical bodies and state companies"; holdout
fengong-ankang).  Places and dates invented for the test; names as the groups name every branch."""
import pytest


@pytest.mark.parametrize("name,city,date,canonical", [
    # State Grid's city company printed by its older name X供电局, outside the southern grid's provinces
    ("汉中供电局", "汉中市", "2018-03-01", "国网汉中供电公司"),
    ("市供电局", "宝鸡市", "2018-03-01", "国网宝鸡供电公司"),
    # China Tower's branches are named with the place's full name (中国铁塔股份有限公司某某市分公司)
    ("铁塔汉中分公司", "汉中市", "2018-03-01", "中国铁塔股份有限公司汉中市分公司"),
    ("市铁塔公司", "宝鸡市", "2019-05-01", "中国铁塔股份有限公司宝鸡市分公司"),
    ("中国铁塔汉中分公司", "汉中市", "2018-03-01", "中国铁塔股份有限公司汉中市分公司"),
    ("省铁塔公司", "甘肃省", "2020-05-01", "中国铁塔股份有限公司甘肃省分公司"),
])
def test_state_company_branches(resolver, name, city, date, canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(name, city=city)


@pytest.mark.parametrize("name,city,canonical", [
    # negative: the southern grid's provinces keep their own 供电局
    ("韶关供电局", "韶关市", "广东电网有限责任公司韶关供电局"),
    ("市供电局", "昆明市", "云南电网有限责任公司昆明供电局"),
])
def test_a_southern_grid_bureau_stays_the_southern_grids(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2018-03-01").canonical == canonical


@pytest.mark.parametrize("name", ["市政府有关工作部门", "县直有关职能部门", "区政府相关工作部门",
                                  "有关行业主管部门", "市级相关主管部门", "有关行业部门"])
def test_the_working_departments_concerned_are_a_group(resolver, name):
    ref = resolver.resolve(name, city="汉中市")
    assert ref.kind == "group" and ref.canonical is None


@pytest.mark.parametrize("name, city, date", [("区直有关执法部门", "郴州市", "2023-05-01"),
                                              ("市直相关执法单位", "汉中市", "2012-03-01"),
                                              ("县有关执法部门", "赣州市", "2008-06-01"),
                                              ("旗直相关执法部门", "鄂尔多斯市", "2019-09-01")])
def test_the_enforcing_departments_concerned_are_a_group(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.kind == "group" and ref.canonical is None


@pytest.mark.parametrize("name", ["区综合行政执法局", "市城市管理综合执法局", "区执法部门"])
def test_an_enforcing_body_not_said_to_be_one_concerned_is_no_group(resolver, name):
    assert resolver.resolve(name, city="郴州市", date="2023-05-01").kind != "group"


@pytest.mark.parametrize("name", ["市政府工作部门", "市工作督查室"])
def test_working_departments_not_said_to_be_the_ones_concerned_are_no_group(resolver, name):
    assert resolver.resolve(name, city="汉中市").kind != "group"
