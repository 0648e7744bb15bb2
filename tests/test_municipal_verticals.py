"""A municipality's bodies are read at the city level, but to the banking regulator and the central bank it is
a province: 重庆银保监局 is the regulator's 监管局, 人行重庆营管部 the central bank's 营业管理部 (holdout
gfxwj-chongqing, batch 55: before, both unresolved)."""
import pytest


@pytest.mark.parametrize("name,city,canonical", [
    ("重庆银保监局", "重庆市", "中国银行保险监督管理委员会重庆监管局"),
    ("上海银保监局", "上海市", "中国银行保险监督管理委员会上海监管局"),
    ("人行重庆营管部", "重庆市", "中国人民银行重庆营业管理部"),
    ("人民银行重庆营业管理部", "重庆市", "中国人民银行重庆营业管理部"),
    # 天津 hosted one of the nine regional 分行 of the 1998 reform (holdout wikidue-tianjin, batch 93: before,
    # 人民银行天津分行 was unresolved)
    ("人民银行天津分行", "天津市", "中国人民银行天津分行"),
    ("人民銀行天津分行", "天津市", "中国人民银行天津分行"),
    # a province's and a city's, as before
    ("四川银保监局", "四川省", "中国银行保险监督管理委员会四川监管局"),
    ("嘉兴银保监分局", "嘉兴市", "中国银行保险监督管理委员会嘉兴监管分局"),
])
def test_a_municipalitys_regulator_and_central_bank_offices(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2022-06-22").canonical == canonical


@pytest.mark.parametrize("name,city,date,canonical", [
    # the five cities with separate plans (计划单列市) are provinces to the regulators too (holdout
    # infolist-qingdao, batch 70: before, 青岛银保监局 was unresolved)
    ("青岛银保监局", "青岛市", "2023-01-16", "中国银行保险监督管理委员会青岛监管局"),
    ("宁波银保监局", "宁波市", "2020-05-01", "中国银行保险监督管理委员会宁波监管局"),
    ("深圳银保监局", "深圳市", "2021-03-01", "中国银行保险监督管理委员会深圳监管局"),
    # the 2023 regulator's office there: before, read as the city government's 地方金融监督管理局
    ("青岛金融监管局", "青岛市", "2024-06-01", "国家金融监督管理总局青岛监管局"),
    ("北京金融监管局", "北京市", "2024-06-01", "国家金融监督管理总局北京监管局"),
    # the city government's own bureau, printed with its level word, stays its own
    ("市地方金融监管局", "青岛市", "2023-01-16", "青岛市地方金融监督管理局"),
])
def test_a_city_with_separate_plans_has_the_regulators_bureau(resolver, name, city, date, canonical):
    assert resolver.resolve(name, city=city, date=date).canonical == canonical


def test_an_ordinary_citys_bureau_name_stays_unread(resolver):
    """Negative: an ordinary city has the regulator's 监管分局, no 监管局: 济南银保监局 names none."""
    assert resolver.resolve("济南银保监局", city="济南市", date="2021-03-01").canonical is None
