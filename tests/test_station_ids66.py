"""A county bureau's station in a town is one agency however its notice spells the town (session 66, fix66):
茅坪派出所 and 茅坪镇派出所 in one 秭归县 notice are one station, and so is the bare 派出所 of 茅坪镇's own notice
(``named.town_key``: a station's id knows the town without its town word).  Before, the id was made of the town as
printed, so the one notice counted two police stations in 茅坪.  The printed spelling still names the body
(canonical as printed); two towns, or two bureaus' stations in one town, stay apart."""
from __future__ import annotations

import pytest

from extractor.agencies.named import town_key
from extractor.agencies.resolve import load_resolver

COUNTY = "宜昌市秭归县"
TOWN = "宜昌市秭归县茅坪镇"
DATE = "2022-06-01"


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize("a, b", [
    ("茅坪派出所", "茅坪镇派出所"),
    ("县公安局茅坪派出所", "茅坪镇派出所"),
    ("县公安局茅坪镇派出所", "茅坪派出所"),
    ("茅坪司法所", "茅坪镇司法所"),
    ("茅坪市场监管所", "县市场监管局茅坪镇市场监管所"),
])
def test_one_station_however_the_town_is_spelled(resolver, a, b):
    ra, rb = (resolver.resolve(n, city=COUNTY, date=DATE) for n in (a, b))
    assert ra.canonical is not None and rb.canonical is not None
    assert ra.agency_id == rb.agency_id


def test_the_towns_own_bare_station_is_the_same_one(resolver):
    own = resolver.resolve("派出所", city=TOWN, date=DATE)
    printed = resolver.resolve("茅坪派出所", city=COUNTY, date=DATE)
    assert own.canonical is not None and own.agency_id == printed.agency_id


@pytest.mark.parametrize("a, b", [
    ("茅坪派出所", "归州派出所"),          # two towns
    ("茅坪派出所", "茅坪司法所"),          # two bureaus' stations in one town
    ("小溪塔街道派出所", "茅坪镇派出所"),
])
def test_other_stations_stay_apart(resolver, a, b):
    ra, rb = (resolver.resolve(n, city=COUNTY, date=DATE) for n in (a, b))
    assert ra.canonical is not None and rb.canonical is not None
    assert ra.agency_id != rb.agency_id


@pytest.mark.parametrize("place, key", [
    ("茅坪镇", "茅坪"), ("茅坪", "茅坪"), ("小溪塔街道", "小溪塔"), ("萨麦苏木", "萨麦"), ("索珠乡", "索珠"),
    ("沙镇", "沙镇"),                      # a one-character name keeps its word
])
def test_town_key(place, key):
    assert town_key(place) == key
