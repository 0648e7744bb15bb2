"""Batch 81 (sampled by issuers in autonomous areas): the railway bureaus of the national railway named by their
seats, and the 2014 name of 内蒙古's farming and herding department.

- a bureau of the national railway (2005-2017) printed by its seat (呼和浩特铁路局) or by the clip only its seat's
  bureau is printed by (呼铁局) is that one bureau in any notice (national.toml ``[[seated]]`` tlj_); 南昌 and 南宁
  both clip to 南铁, so 南铁局 names none; 铁路局 alone names none in a local notice;
- 内蒙古's 农牧业厅 (until the 2018 reform) is the region's department of that name."""
from __future__ import annotations

import pytest

from namekit import assert_reads


@pytest.mark.parametrize("name,city,date,canonical", [
    ("呼和浩特铁路局", "内蒙古自治区", "2014-10-24", "呼和浩特铁路局"),
    ("呼铁局", "内蒙古自治区", "2014-06-01", "呼和浩特铁路局"),
    ("呼鐵局", "内蒙古自治区", "2014-06-01", "呼和浩特铁路局"),
    ("沈阳铁路局", "辽宁省", "2012-06-01", "沈阳铁路局"),
    ("哈铁局", "哈尔滨市", "2015-06-01", "哈尔滨铁路局"),
    ("南宁铁路局", "广西壮族自治区", "2016-06-01", "南宁铁路局"),
    ("自治区农牧业厅", "内蒙古自治区", "2014-10-24", "内蒙古自治区农牧业厅"),
    ("自治區農牧業廳", "内蒙古自治区", "2014-06-01", "内蒙古自治区农牧业厅"),
])
def test_a_railway_bureau_and_the_regions_2014_department_are_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", [
    ("南铁局", "南宁市", "2014-06-01"),          # 南昌 and 南宁 both clip to 南铁
    ("铁路局", "呼和浩特市", "2014-06-01"),       # the national administration's short form, read in a national notice only
    ("广州铁路局", "广州市", "2014-06-01"),       # 广州's was a company of its own, no bureau
])
def test_look_alikes_of_a_railway_bureau_are_not_read_as_one(resolver, name, city, date):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical is None or not ref.canonical.endswith("铁路局"), resolver.explain(name, city=city, date=date)


def test_two_railway_bureaus_stay_apart(resolver):
    ids = {resolver.resolve(n, city="内蒙古自治区", date="2014-06-01").agency_id
           for n in ("呼和浩特铁路局", "呼铁局", "沈阳铁路局")}
    assert len(ids) == 2 and None not in ids
