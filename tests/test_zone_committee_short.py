"""A zone's committee printed 管委 (the 会 left off, as a city's gazette prints its zones in the units after a
task: …，某某高新区管委): the same committee as 管委会 / 管理委员会 (``zones.toml [committee] words``).  It reads
a zone only as 管委会 does - a listed zone however printed, a place and a kind in full; a zone of no known official
name stays unresolved - and never turns a department whose short name ends in 管委 (区建管委, 区城管委) into a zone.
"""
from __future__ import annotations

import pytest

#: (printed name, the notice's place, date, the canonical name it must read as)
READINGS = [
    ("佛山高新区管委", "佛山市", "2021-06-01", "佛山高新技术产业开发区管理委员会"),
    ("高新区管委", "合肥市", "2021-06-01", "合肥高新技术产业开发区管理委员会"),
    ("池州经济技术开发区管委", "池州市", "2021-06-01", "池州经济技术开发区管理委员会"),
    # a national high-tech zone listed in session 36: its kind alone in its city's notice
    ("高新区管委会", "青岛市", "2019-06-01", "青岛高新技术产业开发区管理委员会"),
    # departments whose short name ends in 管委: still the departments
    ("区建管委", "上海市徐汇区", "2022-06-01", "上海市徐汇区建设和管理委员会"),
    ("区城管委", "北京市朝阳区", "2022-06-01", "北京市朝阳区城市管理委员会"),
]

#: (printed name, the notice's place, date): a zone whose official name the page does not print
UNRESOLVED = [
    ("奎屯高新区管委", "伊犁哈萨克自治州", "2025-06-01"),
    ("县工业园区管委", "某县", "2021-06-01"),
]


@pytest.mark.parametrize("name,city,date,canonical", READINGS)
def test_a_committee_printed_guanwei_reads_as_guanweihui(resolver, name, city, date, canonical):
    ref = resolver.resolve(name, city=city, date=date)
    assert ref.canonical == canonical, resolver.explain(name, city=city)


@pytest.mark.parametrize("name,city,date", UNRESOLVED)
def test_a_zone_of_no_known_name_stays_unresolved_printed_guanwei(resolver, name, city, date):
    assert resolver.resolve(name, city=city, date=date).match == "unresolved", resolver.explain(name, city=city)
