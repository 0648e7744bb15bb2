"""The league's committee printed after the level word (共青团县委, 团省委) places no notice (session 68, fix68).

Any characters before a level word read as a place, so a county notice with no letter whose units print 共青团县委
twice was placed in a county 共青团县 (``placeclues.city_from_units``: 共青团县 + 委), and every bare 民政局, 妇联 of it
read as that place's body (共青团县民政局: holdout twoduelabels-county, six names).  A committee's short spelling
(委) after a place the gazetteer does not list names no body of it (``template.names_unlisted_committee``), as the
template already read it.
"""
from extractor.agencies.placeclues import city_from_units, unit_names
from extractor.agencies.template import names_unlisted_committee
from extractor.agencies.placechains import Place


def test_the_leagues_committee_printed_twice_places_no_notice():
    cells = ["自治县文明办、总工会、共青团县委、妇联、民政局", "农业农村局、共青团县委、妇联"]
    assert city_from_units(cells, unit_names(cells)) is None


def test_a_listed_places_units_still_place_the_notice():
    cells = ["禹州市发改委、禹州市财政局", "禹州市委"]
    assert city_from_units(cells, unit_names(cells)) == "禹州市"


def test_a_committee_after_an_unlisted_place_is_no_body_of_it():
    assert names_unlisted_committee((Place("共青团县", "county"),), "委")
    assert names_unlisted_committee((Place("团省", "province"),), "委员会")
    assert not names_unlisted_committee((Place("共青团县", "county"),), "财政局")
