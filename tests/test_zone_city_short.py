"""A development zone's own notice naming a template department after the zone's short name with its city
(株洲高新区财政局, 泉州经开区应急局): the zone's bureau, named with the zone's official name as 高新区财政局 is
(docs/agencies.md, "A zone the list lacks, named by its own page").  Written for BLIND2801's cause 3; 株洲高新区 is
not in zones.toml, its page signs 株洲高新技术产业开发区管理委员会办公室.
"""
from __future__ import annotations

import pytest

from extractor.agencies.resolve import load_resolver


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("printed, want", [
    ("株洲高新区财政局", "株洲高新技术产业开发区财政局"),       # the zone's short name with its city
    ("株洲高新区应急局", "株洲高新技术产业开发区应急管理局"),
    ("高新区财政局", "株洲高新技术产业开发区财政局"),           # as before
    ("市公安局高新区分局", None),                              # a city bureau's branch stays unresolved
])
def test_a_zones_short_name_before_a_department_is_the_zone(resolver, printed, want):
    assert resolver.resolve(printed, city="株洲高新技术产业开发区", date="2024-02-01").canonical == want
