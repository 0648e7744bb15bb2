"""Two short forms batch 136's pages print (the national template, template.toml): 机关管理局 for a 机关事务管理局 (连云港's
市机关管理局) anywhere, and 资源局 for a 江苏 city's 自然资源和规划局 (连云港's 市资源局) — in 江苏 only, where every city but
南京 merged land and planning so (holdout rdattach-lianyungang-2023-1, betsign-lianyungang-2019-2,
coresptrad-lianyungang-2021-10: before, unresolved)."""
import pytest


@pytest.mark.parametrize("name,city,canonical", [
    ("市机关管理局", "连云港市", "连云港市机关事务管理局"),
    ("市机关管理局", "宿迁市", "宿迁市机关事务管理局"),
    ("市资源局", "连云港市", "连云港市自然资源和规划局"),
    ("市資源局", "连云港市", "连云港市自然资源和规划局"),
    ("市资源局", "南通市", "南通市自然资源和规划局"),
])
def test_the_short_forms_resolve(resolver, name, city, canonical):
    ref = resolver.resolve(name, city=city, date="2021-06-01")
    assert ref.canonical == canonical, resolver.explain(name, city=city)


@pytest.mark.parametrize("name,city", [("市资源局", "成都市"), ("市资源局", "南京市")])
def test_resource_bureau_elsewhere_stays_unresolved(resolver, name, city):
    # outside 江苏's merged cities 资源局 names no one body (成都's is a 规划和自然资源局; 南京's the 规划和自然资源局)
    assert resolver.resolve(name, city=city, date="2021-06-01").match == "unresolved"
