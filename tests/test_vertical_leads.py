"""A lead column merged over its tasks and printed vertically, unit lists closed with 和 after a bare
district, and a city's parks bureau: holdout batch 26's law-database table (vertlead), written again
here in other words for other places.

- the lead cell's name is broken into short paragraphs (江北 / 新城 / 区管委会): one name, whether the
  line after the place's fragments opens with its level word or not; a line opening with a level word
  and a department (区财政局) still opens a name of its own;
- a unit list closed with 和 after a district's bare name (江岸区和市直有关单位): two units, but never a
  和 that opens the place's own district (沈阳市和平区);
- a city's parks bureau (园林局) resolves only where the city's name for it is known.
"""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract
from extractor.parse.unitlists import join_conjunctions
from extractor.parse.unitweeks import join_wrapped_name
from test_offset_rows import _got, _page


# --- 3. a lead name printed vertically -----------------------------------------------------------

@pytest.mark.parametrize("parts, want", [
    (("江北", "新城", "区管委会"), ("江北新城区管委会",)),
    (("江北新城", "区管委会"), ("江北新城区管委会",)),
    (("江北", "新城", "区管理委员会"), ("江北新城区管理委员会",)),
    (("江北", "新城", "县人民政府"), ("江北新城县人民政府",)),
    # traditional characters are read alike (區 is a level word as 区 is)
    (("江北", "新城", "區管委會"), ("江北新城區管委會",)),
])
def test_a_level_word_and_a_bare_head_after_fragments_end_the_wrapped_name(parts, want):
    assert join_wrapped_name(parts) == want


@pytest.mark.parametrize("parts", [
    ("区公安", "区财政局"),          # two names, each opened by its level
    ("區公安", "區財政局"),          # ... in traditional characters too
    ("人行", "区财政局"),            # a department after its level is a name of its own
    ("青山镇", "区管委会"),          # a town's name is whole: the next line opens one
    ("区水利局", "区管委会"),
    ("江北", "各街道办事处"),        # a group opens a name whatever stands before it
])
def test_a_line_opening_with_a_level_word_still_opens_a_name_of_its_own(parts):
    assert join_wrapped_name(parts) == parts


def test_a_vertical_lead_cell_is_one_name_in_a_table():
    table = ("<table border='1'><tr><td>牵头单位</td><td>目标任务</td><td>责任单位</td></tr>"
             "<tr><td rowspan='2'><p>江北</p><p>新城</p><p>区管委会</p></td><td>完成滨江片区控规修编</td>"
             "<td>区自然资源局</td></tr><tr><td>推进江北大道综合整治</td><td>区城管局</td></tr></table>")
    notice = extract(_page(table), name="v.html")
    assert _got(notice) == [(1, None, "完成滨江片区控规修编", ("江北新城区管委会",)),
                            (2, None, "推进江北大道综合整治", ("江北新城区管委会",))]


# --- 4. 和 after a district's bare name ----------------------------------------------------------

@pytest.mark.parametrize("units, want", [
    ("区商务局、江岸区和市直有关单位", "区商务局、江岸区、市直有关单位"),
    ("硚口区和汉阳区人民政府", "硚口区、汉阳区人民政府"),
    ("江岸区和县直有关单位", "江岸区、县直有关单位"),     # 和县 is a county, but no district of 江岸区
    # negatives: 和 inside a name, a place whose name opens with 和, no place before it
    ("发展和改革局", "发展和改革局"),
    ("沈阳市和平区人民政府", "沈阳市和平区人民政府"),
    ("江北新城和滨江片区", "江北新城和滨江片区"),
])
def test_he_after_a_listed_place_joins_two_units(units, want):
    assert join_conjunctions(units) == want

# --- 5. a city's parks bureau where its name is known ------------------------------------------------

@pytest.mark.parametrize("name, city", [("园林局", "长沙市"), ("市园林局", "长沙市")])
def test_a_parks_bureau_is_named_as_its_city_names_it(resolver, name, city):
    ref = resolver.resolve(name, city=city, date="2013-04-01")
    assert ref.canonical == "长沙市园林管理局", resolver.explain(name, city=city, date="2013-04-01")
    assert ref.agency_id != resolver.resolve("市林业局", city=city, date="2013-04-01").agency_id


@pytest.mark.parametrize("name, city", [
    ("园林局", "株洲市"),            # another city names its body in its own way: not known, not guessed
    ("区园林局", "长沙市雨花区"),     # a district's: the form is the city's
])
def test_a_parks_bureau_of_no_known_name_stays_unresolved(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2013-04-01").match == "unresolved"
