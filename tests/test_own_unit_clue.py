"""Agencies: a notice placed by the one unit it tasks that is named after its place.

A page that prints no letter, title or site may name its place once, in one unit of the place's own it gives a task: a
district's table whose 区 units stand beside 谯城经开区管委会 (holdout barlines-qiaocheng), a city's notice whose 市 units
stand beside 宁波电业局 (holdout epaperrun-ningbo).  Where every clue names that place, that unit is enough
(``placeclues.MIN_OWN_UNIT_CLUES``); elsewhere two clues and a majority are (``MIN_PLACE_CLUES``).
"""
from extractor.agencies.placeclues import MIN_OWN_UNIT_CLUES, MIN_PLACE_CLUES, city_from_clues, unit_names


def test_the_thresholds():
    assert (MIN_OWN_UNIT_CLUES, MIN_PLACE_CLUES) == (1, 2)


def test_one_tasked_unit_named_after_the_units_own_place_places_the_notice():
    cells = ["区政府办公室，区直有关单位", "区政府办公室，谯城经开区管委会、区商务局", "区数据资源局"]
    assert city_from_clues(unit_names(cells), []) == "亳州市谯城区"
    # a city's utility printed by its short name among 市 units (电业局: the template's older spelling of 供电公司)
    assert city_from_clues(unit_names(["市交通委", "市发改委、市财政局、宁波电业局"]), []) == "宁波市"


def test_not_where_another_clue_names_another_place():
    # a second place among the clues: one against one is no majority, as before
    cells = ["区商务局", "谯城经开区管委会", "包河经开区管委会"]
    assert city_from_clues(unit_names(cells), []) is None
    # a unit of a place of another level (a 县's zone among 区 units) is no clue at all
    assert city_from_clues(unit_names(["区商务局", "利辛县经开区管委会"]), []) is None


def test_not_a_recipient_nor_a_central_systems_office_alone():
    # a recipient is no unit the notice tasks; a central bank's branch serves a county-level city's notice too
    assert city_from_clues(unit_names(["市发展改革委", "市财政局"]), [], recipients=["荆州经开区"]) is None
    assert city_from_clues(unit_names(["市发展改革委", "人行嘉兴市中心支行"]), []) is None
