"""Agencies: the gazetteer's name-level answers (``agencies/gazetteer.py``)."""
import pytest

from extractor.agencies import gazetteer
from extractor.agencies.gazetteer import county_parents, is_listed_place


@pytest.mark.parametrize("name, listed", [
    ("四川省", True),        # a province of places.toml
    ("新疆维吾尔自治区", True),
    ("绵阳市", True),        # a city of places.toml
    ("江都区", True),        # a county-level place of counties.csv
    ("鼓楼区", True),        # four of them
    ("绵阳", False),         # a bare place with no level word is no listed name
    ("四川", False),
    ("市发改局", False),     # a unit: what share_place_heads asks with 市, 县, 区 after it
    ("发改局市", False),
    ("", False),
])
def test_a_listed_place_is_a_province_city_or_county_by_its_full_name(name, listed):
    assert is_listed_place(name) is listed


def test_the_listed_names_are_the_three_sources_read_apart():
    # is_listed_place answers from one set; read here the way it was before (the cities, the
    # provinces among their values, a county's parents), over every name the data hold and
    # each with its last character cut or a level word added
    province_of_city = gazetteer._places()[0]
    names = {*province_of_city, *province_of_city.values(), *gazetteer._counties()}
    near = {n[:-1] for n in names} | {n + word for n in names for word in ("市", "县", "区")}
    for name in names | near:
        apart = (name in province_of_city or name in set(province_of_city.values())
                 or bool(county_parents(name)))
        assert is_listed_place(name) is apart, name
