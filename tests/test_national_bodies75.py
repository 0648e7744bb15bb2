"""The State Bureau of Surveying, Mapping and Geoinformation (``agencies/national.toml`` gj_chdx; batch 130,
real73c, written before the data: unresolved): 国土资发[2017]83号 divides its platform's work between the
国土资源部 and 国家测绘地理信息局 and prints the bureau 测绘地信局 in its brackets (holdout
splitdash-guotuziyuanbu-2017-83).  Its full name and 国家测绘地信局 read in any notice of its era; the clip
测绘地信局 only in a national notice, where a province's list keeps its own bureau's reading."""
import pytest

from namekit import assert_reads, assert_unresolved

NATION = "中华人民共和国"
BUREAU = "国家测绘地理信息局"

READS = [
    ("国家测绘地理信息局", NATION, "2017-08-10", BUREAU),
    ("国家测绘地信局", "四川省", "2015-05-01", BUREAU),
    ("测绘地信局", NATION, "2017-08-10", BUREAU),
]

NONE = [
    ("测绘地信局", None, "2017-08-10"),            # no place: whose bureau?
    ("国家测绘地理信息局", NATION, "2009-03-01"),   # before the 2011 rename made it
]


@pytest.mark.parametrize("name,city,date,canonical", READS)
def test_the_bureau_reads(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", NONE)
def test_no_bureau_where_none_fits(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)
