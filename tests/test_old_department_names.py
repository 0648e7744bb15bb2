"""Departments of an earlier era the template names (docs/agencies.md): a 2000s notice prints bodies
that later reforms merged away (外经贸局, 侨办) and party offices (外宣办) a city names alike."""
import pytest


@pytest.mark.parametrize("name,city,canonical", [
    ("市外经贸局", "佛山市", "佛山市对外贸易经济合作局"),
    ("外经贸局", "佛山市", "佛山市对外贸易经济合作局"),       # the level word on the first name only
    ("市侨办", "佛山市", "佛山市人民政府侨务办公室"),
    ("市外宣办", "佛山市", "中共佛山市委对外宣传办公室"),
    ("市委外宣办", "佛山市", "中共佛山市委对外宣传办公室"),
    # a province named these two departments 厅 before they merged into 人力资源和社会保障厅
    ("省人事厅", "湖南省", "湖南省人事厅"),
    ("省劳动和社会保障厅", "湖南省", "湖南省劳动和社会保障厅"),
    ("省劳动保障厅", "湖南省", "湖南省劳动和社会保障厅"),
    # 山西's province 编办 was the party committee's before the 2018 reform too; a city's stays the government's
    ("省编办", "山西省", "中共山西省委机构编制委员会办公室"),
    ("市编办", "太原市", "太原市机构编制委员会办公室"),
])
def test_old_department_names(resolver, name, city, canonical):
    ref = resolver.resolve(name, city=city, date="2006-05-01")
    assert ref.canonical == canonical, resolver.explain(name, city=city)


def test_an_old_department_is_not_its_successor(resolver):
    # 商务局 took over 外经贸局's work: two bodies, linked, never merged
    old = resolver.resolve("市外经贸局", city="佛山市", date="2006-05-01")
    new = resolver.resolve("市商务局", city="佛山市", date="2006-05-01")
    assert new.canonical == "佛山市商务局" and old.agency_id != new.agency_id
    # the foreign affairs office is another body again
    assert resolver.resolve("市外侨办", city="佛山市").agency_id != resolver.resolve("市侨办", city="佛山市").agency_id
