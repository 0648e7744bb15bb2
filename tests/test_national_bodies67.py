"""Two State Council bodies a 2016 national 分工 names by the State Council's own short forms (``agencies/national.toml``;
holdout partrepost-guowuyuan-2016-1, batch 111, written before the data: both unresolved): 外专局, the 国家外国专家局,
and 侨办, the 国务院侨务办公室.  A local notice's 市侨办 / 县外专局 stay the template's local offices: the short forms
are read only in a national notice (nation_short).  Written by hand."""
import pytest

from namekit import assert_reads

NATION = "中华人民共和国"


@pytest.mark.parametrize("printed,place,date,canonical", [
    ("外专局", NATION, "2016-03-29", "国家外国专家局"),
    ("国家外国专家局", NATION, "2016-03-29", "国家外国专家局"),
    ("侨办", NATION, "2016-03-29", "国务院侨务办公室"),
    ("国务院侨办", NATION, "2016-03-29", "国务院侨务办公室"),
    ("國務院僑辦", NATION, "2016-03-29", "国务院侨务办公室"),
])
def test_the_state_councils_short_forms_read_as_its_bodies(resolver, printed, place, date, canonical):
    assert_reads(resolver, printed, place, date, canonical)


def test_a_citys_overseas_chinese_office_stays_the_citys(resolver):
    ref = resolver.resolve("市侨办", city="武汉市", date="2016-03-29")
    assert ref.canonical != "国务院侨务办公室"


@pytest.mark.parametrize("printed,city,date,canonical", [
    ("市国土规划局", "武汉市", "2018-02-14", "武汉市国土资源和规划局"),   # template.toml ghtd: 武汉's merged bureau
    ("市国土资源和规划局", "武汉市", "2018-02-14", "武汉市国土资源和规划局"),
])
def test_wuhans_land_and_planning_bureau_before_the_reform(resolver, printed, city, date, canonical):
    ref = resolver.resolve(printed, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(printed, city=city, date=date)
