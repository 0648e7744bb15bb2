"""Names batch 63's pages printed that the department template did not know (session 55, real55a: the holdout
sampled by policy topic).

陕西's 2023 文旅 若干措施 (holdout policysvc-shaanxi) names 省文物局 among its leads: a province's or a city's
cultural heritage bureau is a body of its own beside the culture and tourism department (陕西省文物局, 河南省文物局,
西安市文物局), while a county's heritage work sits in its culture and tourism bureau, so a county's 文物局 names no
standard body.  金乡's 2021 乡村振兴 清单 (holdout labelverbs-jinxiang) prints the poverty-relief office as
县扶贫开发办, the office's name cut after 办 as 扶贫办 cuts it more."""
from __future__ import annotations

import pytest

from namekit import assert_one_agency, assert_reads, assert_unresolved

READS = [
    ("省文物局", "陕西省", "2023-12-28", "陕西省文物局"),
    ("省文物局", "河南省", "2021-06-01", "河南省文物局"),
    ("市文物局", "西安市", "2022-06-01", "西安市文物局"),
    ("县扶贫开发办", "济宁市金乡县", "2021-04-20", "金乡县扶贫开发办公室"),
    ("市扶贫开发办", "陇南市", "2019-06-01", "陇南市扶贫开发办公室"),
]


@pytest.mark.parametrize("name,city,date,canonical", READS)
def test_a_topic_page_names_its_bodies(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


#: a county's heritage work is its culture and tourism bureau's: its 县文物局 is no template body
@pytest.mark.parametrize("name,city,date", [("县文物局", "宝鸡市凤翔县", "2020-06-01")])
def test_a_county_prints_no_heritage_bureau(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


@pytest.mark.parametrize("city,date,names", [
    ("济宁市金乡县", "2021-04-20", ("县扶贫开发办", "县扶贫办", "金乡县扶贫开发办公室")),
])
def test_the_cut_name_is_the_office(resolver, city, date, names):
    assert_one_agency(resolver, city, date, names)
