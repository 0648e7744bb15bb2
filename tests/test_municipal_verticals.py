"""A municipality's bodies are read at the city level, but to the banking regulator and the central bank it is
a province: 重庆银保监局 is the regulator's 监管局, 人行重庆营管部 the central bank's 营业管理部 (holdout
gfxwj-chongqing, batch 55: before, both unresolved)."""
import pytest


@pytest.mark.parametrize("name,city,canonical", [
    ("重庆银保监局", "重庆市", "中国银行保险监督管理委员会重庆监管局"),
    ("上海银保监局", "上海市", "中国银行保险监督管理委员会上海监管局"),
    ("人行重庆营管部", "重庆市", "中国人民银行重庆营业管理部"),
    ("人民银行重庆营业管理部", "重庆市", "中国人民银行重庆营业管理部"),
    # a province's and a city's, as before
    ("四川银保监局", "四川省", "中国银行保险监督管理委员会四川监管局"),
    ("嘉兴银保监分局", "嘉兴市", "中国银行保险监督管理委员会嘉兴监管分局"),
])
def test_a_municipalitys_regulator_and_central_bank_offices(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2022-06-22").canonical == canonical
