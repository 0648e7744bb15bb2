"""Two bodies a province's 2014 target breakdown prints (holdout batch 28b), in other provinces and years:
- the quality inspection administration's direct entry-exit inspection and quarantine bureaus (1999-2018, one
  in each province and in 深圳, 珠海, 厦门, 宁波) are central bodies named by their seat (agencies/national.toml
  [[seated]]), as the customs districts are: {seat}出入境检验检疫局, printed {seat}检验检疫局 too;
- a province's population and family-planning commission printed with its body word cut off (省人口计生, bare
  人口计生 in the province's own table) is the commission: every province's was one; a city's or a county's,
  a 委员会 or a 局 place by place, stays unread."""
from __future__ import annotations

import pytest

from namekit import assert_one_agency, assert_reads, assert_unresolved

READ = [
    ("浙江出入境检验检疫局", "浙江省", "2012-05-01", "浙江出入境检验检疫局"),
    ("浙江出入境检验检疫局", "杭州市", "2012-05-01", "浙江出入境检验检疫局"),   # the province's bureau in a city notice
    ("厦门检验检疫局", "厦门市", "2009-03-01", "厦门出入境检验检疫局"),          # a seat that is a city
    ("四川检验检疫局", "成都市", "2016-08-01", "四川出入境检验检疫局"),
    ("省人口计生", "湖南省", "2011-04-01", "湖南省人口和计划生育委员会"),
    ("人口计生", "湖南省", "2011-04-01", "湖南省人口和计划生育委员会"),       # bare in the province's own table
]

UNREAD = [
    ("温州检验检疫局", "温州市", "2012-05-01"),        # a branch inside 浙江, no direct bureau
    ("市检验检疫局", "杭州市", "2012-05-01"),          # printed after a level alone: which bureau?
    ("浙江出入境检验检疫局", "浙江省", "1997-05-01"),  # before the 1999 merger
    ("县人口计生", "湘乡市", "2011-04-01"),            # a county-level body: 委员会 or 局, it cannot be told
    ("市人口计生", "株洲市", "2011-04-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", READ)
def test_the_bodies_are_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date", UNREAD)
def test_their_look_alikes_stay_unread(resolver, name, city, date):
    assert_unresolved(resolver, name, city, date)


def test_a_bureau_is_one_agency_whichever_notice_names_it_and_however_printed(resolver):
    for city in ("浙江省", "宁波市"):
        assert_one_agency(resolver, city, "2012-05-01", ["浙江出入境检验检疫局", "浙江检验检疫局"])


def test_the_cut_commission_is_the_commission_printed_whole(resolver):
    assert_one_agency(resolver, "湖南省", "2011-04-01", ["省人口计生", "人口计生", "省人口计生委", "湖南省人口和计划生育委员会"])
