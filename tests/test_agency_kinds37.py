"""Kinds of names the holdout's expected files showed unread (session 37, agencies20), tested on look-alikes of
other places, written before the data and code that read them; each with the names that must stay apart.

- 陕西's 2019 reforms named the city management body 城市管理执法局 (the city's and each county's and district's;
  西安's is a 城市管理和综合执法局), printed 城管执法局;
- a county's or district's merged 农业农村水利局 is printed 农水局;
- a group within an area (襄阳都市圈各规划编制牵头单位: the leading units of each plan) is a catch-all, as 水乡各镇 is;
- a listed zone's kind printed alone (开发区, 高新区, 高新區) in its place's own notice is the zone's committee, as a
  district printed alone is its government; in a district's notice or a place with no listed zone it stays unread;
- the securities regulator's bureaus (one in each province and in the five cities with separate plans: 大连, 宁波,
  厦门, 青岛, 深圳), printed 宁波证监局, are central bodies named 中国证券监督管理委员会宁波监管局 wherever printed;
- 舟山's port, shipping and ports-of-entry bureau (舟山市港航和口岸管理局, 2019), printed 市港航和口岸局."""
from __future__ import annotations

import pytest

from namekit import assert_group, assert_reads

READ = [
    ("区城管执法局", "延安市安塞区", "2022-06-01", "延安市安塞区城市管理执法局"),
    ("市城管执法局", "延安市", "2022-06-01", "延安市城市管理执法局"),
    ("市城管执法局", "渭南市", "2021-06-01", "渭南市城市管理执法局"),
    ("区农水局", "芜湖市鸠江区", "2021-06-01", "芜湖市鸠江区农业农村水利局"),
    ("开发区", "烟台市", "2021-06-01", "烟台经济技术开发区管理委员会"),
    ("高新区", "郑州市", "2021-06-01", "郑州高新技术产业开发区管理委员会"),
    ("高新區", "郑州市", "2021-06-01", "郑州高新技术产业开发区管理委员会"),
    ("经开区", "郑州市", "2021-06-01", "郑州经济技术开发区管理委员会"),
    ("高新区", "玉溪市", "2021-06-01", "玉溪国家高新技术产业开发区管理委员会"),
    ("宁波证监局", "宁波市", "2022-06-01", "中国证券监督管理委员会宁波监管局"),
    ("浙江证监局", "杭州市", "2022-06-01", "中国证券监督管理委员会浙江监管局"),
    ("浙江证监局", "宁波市", "2022-06-01", "中国证券监督管理委员会浙江监管局"),
    ("深圳证监局", "深圳市", "2022-06-01", "中国证券监督管理委员会深圳监管局"),
    ("广西证监局", "南宁市", "2022-06-01", "中国证券监督管理委员会广西监管局"),
    ("中国证券监督管理委员会厦门监管局", "厦门市", "2022-06-01", "中国证券监督管理委员会厦门监管局"),
    # the banking and insurance regulators' bureaus before their 2018 merger, seated as the securities regulator's
    # (national.toml; holdout headless-hubei-2018-4, batch 65, a traditional mirror)
    ("湖北銀監局", "湖北省", "2018-01-29", "中国银行业监督管理委员会湖北监管局"),
    ("湖北保監局", "湖北省", "2018-01-29", "中国保险监督管理委员会湖北监管局"),
    ("大连银监局", "大连市", "2015-06-01", "中国银行业监督管理委员会大连监管局"),
    ("市港航和口岸局", "舟山市", "2022-06-01", "舟山市港航和口岸管理局"),
    ("舟山市港航和口岸管理局", "舟山市", "2022-06-01", "舟山市港航和口岸管理局"),
]

UNREAD = [
    ("市城管执法局", "西安市", "2021-06-01", "西安市城市管理执法局"),    # 西安's is a 城市管理和综合执法局
    ("市农水局", "芜湖市", "2021-06-01", None),                          # a city's: no merged bureau known
    ("高新区", "郑州市金水区", "2021-06-01", None),                      # a district's notice: which zone?
    ("高新区", "镇江市", "2021-06-01", None),                            # no listed zone (its official name unknown)
    ("高新区", None, "2021-06-01", None),                                # no place
    ("市证监局", "宁波市", "2022-06-01", None),                          # printed after a level alone
    ("宁波证监局", "宁波市", "2003-06-01", None),                        # the bureaus were named so in 2004
    ("温州证监局", "温州市", "2022-06-01", None),                        # no such bureau
    ("湖北银监局", "湖北省", "2002-06-01", None),                        # the commission was founded in 2003
    ("温州保监局", "温州市", "2015-06-01", None),                        # no such bureau
    ("市港航和口岸局", "宁波市", "2022-06-01", None),                    # 舟山's body only
]

GROUPS = [
    ("襄阳都市圈各规划编制牵头单位", "襄阳市", "2023-06-01"),
    ("长株潭都市圈各成员单位", "长沙市", "2023-06-01"),
    ("示范区各责任部门", "嘉兴市", "2023-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", READ)
def test_a_kind_the_holdout_showed_is_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date,wrong", UNREAD)
def test_its_look_alikes_stay_unread(resolver, name, city, date, wrong):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical != wrong if wrong else ref.match == "unresolved", resolver.explain(name, city=city, date=date)


@pytest.mark.parametrize("name,city,date", GROUPS)
def test_a_group_within_an_area_is_a_catch_all(resolver, name, city, date):
    assert_group(resolver, name, city, date)


def test_two_regulators_and_two_zones_stay_apart(resolver):
    ids = {resolver.resolve(n, city=c, date="2022-06-01").agency_id
           for n, c in (("宁波证监局", "宁波市"), ("浙江证监局", "宁波市"), ("开发区", "烟台市"), ("高新区", "郑州市"))}
    assert len(ids) == 4 and None not in ids


def test_a_zone_alone_and_with_its_committee_is_one_body(resolver):
    ids = {resolver.resolve(n, city="烟台市", date="2021-06-01").agency_id
           for n in ("开发区", "开发区管委会", "烟台开发区管委会", "烟台经济技术开发区管理委员会")}
    assert len(ids) == 1 and None not in ids
