"""A notice issued jointly by bodies of two places (济南市…办公厅、临沂市…办公室) belongs to neither alone: it
has no city, so its bare 商务局 / 市委党校 stay unresolved; one place's party and government offices issuing
together are that place."""
import pytest

from extractor.agencies.registry import detect_city


@pytest.mark.parametrize("issuer,city", [
    ("淄博市人民政府办公室、潍坊市人民政府办公室", None),
    ("中共济宁市委办公室、济宁市人民政府办公室", "济宁市"),
    ("济宁市人民政府办公室", "济宁市"),
])
def test_a_joint_issuer_of_different_places_gives_no_city(issuer, city):
    assert detect_city(issuer) == city


def test_both_cities_units_stay_unresolved(resolver):
    assert resolver.resolve("两市市委宣传部", city=detect_city("淄博市人民政府办公室、潍坊市人民政府办公室"),
                            date="2023-06-29").match == "unresolved"
