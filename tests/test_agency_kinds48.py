"""Kinds of names batch 41's real notices printed unread (session 48), tested on look-alikes of other places:

- 湖北's cities name their investment promotion bureau 招商和投资促进局, printed in full: its own official name,
  as 陕西's 投资合作局 is;
- 湖北's cities name the city management body 城市管理执法委员会, printed 城管执法委 (the 委 of the short name
  says a commission); no city elsewhere is known to name one so."""
from __future__ import annotations

import pytest

from namekit import assert_reads

READ = [
    ("市招商和投资促进局", "咸宁市", "2025-06-01", "咸宁市招商和投资促进局"),
    ("市招商和投资促进局", "宜昌市", "2023-06-01", "宜昌市招商和投资促进局"),
    ("县招商和投资促进局", "通山县", "2024-06-01", "通山县招商和投资促进局"),
    ("市城管执法委", "咸宁市", "2025-06-01", "咸宁市城市管理执法委员会"),
    ("市城管执法委", "武汉市", "2022-06-01", "武汉市城市管理执法委员会"),
    ("市城市管理执法委员会", "武汉市", "2022-06-01", "武汉市城市管理执法委员会"),
]

UNREAD = [
    ("市城管执法委", "长沙市", "2022-06-01", "长沙市城市管理执法委员会"),   # 湖南's body is a 城市管理和综合执法局
    ("区城管执法委", "武汉市江岸区", "2022-06-01", "武汉市江岸区城市管理执法委员会"),   # the city's commission only
]


@pytest.mark.parametrize("name,city,date,canonical", READ)
def test_a_kind_batch_41_showed_is_read(resolver, name, city, date, canonical):
    assert_reads(resolver, name, city, date, canonical)


@pytest.mark.parametrize("name,city,date,wrong", UNREAD)
def test_its_look_alikes_stay_unread(resolver, name, city, date, wrong):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical != wrong, resolver.explain(name, city=city, date=date)


def test_the_commission_is_the_citys_city_management_body_and_apart_from_the_investment_bureau(resolver):
    """The commission is the one city-management body of its city (as 城管局 printed there names it), never the
    investment bureau."""
    ref = {n: resolver.resolve(n, city="咸宁市", date="2025-06-01").agency_id
           for n in ("市招商和投资促进局", "市城管执法委", "市城管局")}
    assert None not in ref.values()
    assert ref["市城管执法委"] == ref["市城管局"] != ref["市招商和投资促进局"]
