"""A count before a level word (两市, 三县) counts places and names none: a joint notice of two
cities prints 两市X局 for both cities' bureaus, which is no body of one place named 两市; a place
whose name opens with a count goes on with another character first (两当县, 三河市, 二七区)."""
import pytest

from extractor.agencies.jurisdiction import place_ends


@pytest.mark.parametrize("name", ["两市市委宣传部", "两县教育局", "三区财政局"])
def test_a_count_of_places_is_no_place(name):
    assert place_ends(name, 0) == []


@pytest.mark.parametrize("name,place", [("两当县教育局", "两当县"), ("三河市财政局", "三河市"), ("二七区财政局", "二七区")])
def test_a_place_opening_with_a_count_is_still_a_place(name, place):
    assert place_ends(name, 0)[0] == len(place)


def test_both_cities_units_stay_unresolved(resolver):
    assert resolver.resolve("两市市委宣传部", city="济南市", date="2023-06-29").match == "unresolved"


@pytest.mark.parametrize("issuer,city", [
    # bodies of two cities issuing together: the notice belongs to neither alone
    ("淄博市人民政府办公室、潍坊市人民政府办公室", None),
    ("中共济宁市委办公室、济宁市人民政府办公室", "济宁市"),     # one place's party and government: that place
    ("济宁市人民政府办公室", "济宁市"),
])
def test_a_joint_issuer_of_different_places_gives_no_city(issuer, city):
    from extractor.agencies.registry import detect_city
    assert detect_city(issuer) == city
