"""A town's or a street's own notice, signed by its government after its county-level place (晋江市陈埭镇人民政府):
the notice is placed in that county-level place, whose bodies its 市 units and its stations name, while the town's
own offices printed bare stay unresolved (docs/agencies.md, "The notice's jurisdiction" and "Towns as the notice's
place").

Written for BLIND2801's causes 1 and 2 (blindsynth's town notices, session 42); the expectations worked out by hand
from the conventions quoted.
"""
from __future__ import annotations

import pytest

from extractor.agencies.registry import detect_city
from extractor.agencies.resolve import load_resolver
from extractor.agencies.towns import is_town_office, issuer_town


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("issuer, title, want", [
    ("晋江市陈埭镇人民政府", "陈埭镇人民政府关于印发陈埭镇2025年重点任务分解表的通知", "晋江市"),
    ("常熟市碧溪街道办事处", "关于印发碧溪街道2024年重点工作任务的通知", "常熟市"),
    ("醴陵市來龍門街道辦事處", None, "醴陵市"),                     # traditional characters
    ("成都市郫都区唐昌街道办事处", None, "成都市郫都区"),             # a district's street
    ("郫都区唐昌街道办事处", None, "成都市郫都区"),                   # the district completed by its city
])
def test_a_towns_government_places_its_notice_in_its_county(issuer, title, want):
    assert detect_city(issuer, title) == want


def test_a_town_printed_without_its_county_places_nothing():
    """陈埭镇人民政府 alone: no town is in the gazetteer, so its county is not known."""
    assert detect_city("陈埭镇人民政府", "陈埭镇人民政府关于印发陈埭镇2025年重点任务分解表的通知") is None


@pytest.mark.parametrize("issuer, town", [
    ("晋江市陈埭镇人民政府", "陈埭镇"),
    ("常熟市碧溪街道办事处", "碧溪街道"),
    ("朱家角镇人民政府", "朱家角镇"),
    ("镇江市人民政府办公室", None),      # a city opening with 镇
    ("各镇人民政府", None),              # every town: a catch-all, no issuer's town
    ("乡镇人民政府", None),
])
def test_issuer_town(issuer, town):
    assert issuer_town(issuer) == town


@pytest.mark.parametrize("name, own", [
    ("应急管理办公室", True), ("應急管理辦公室", True), ("经发办", True), ("镇党政办", True), ("财政所", True),
    ("市应急管理局", False), ("街道党政办", False),     # a level word; another kind of town's word
    ("市财政局", False), ("陈埭派出所", False),
])
def test_is_town_office(name, own):
    assert is_town_office(name, "陈埭镇") is own


@pytest.mark.parametrize("cells, want", [
    (("市教育局",), ["晋江市教育局"]),
    (("陈埭派出所",), ["晋江市公安局陈埭派出所"]),
    (("陈埭司法所",), ["晋江市司法局陈埭司法所"]),
    (("应急管理办公室",), [None]),              # the town's, not 晋江市人民政府应急管理办公室
    (("市商务局、经济发展办公室",), ["晋江市商务局", None]),    # no 市 carried to the town's office
    (("党政办公室",), [None]),
])
def test_units_of_a_towns_notice(resolver, cells, want):
    refs = resolver.resolve_cells(cells, city="晋江市", date="2025-03-13", town="陈埭镇")
    assert [r.canonical for r in refs] == want


def test_the_county_level_citys_own_notice_is_unchanged(resolver):
    """Without the town, 应急管理办公室 is read as before: the government's emergency office."""
    refs = resolver.resolve_cells(("应急管理办公室",), city="晋江市", date="2016-03-13")
    assert [r.canonical for r in refs] == ["晋江市人民政府应急管理办公室"]
