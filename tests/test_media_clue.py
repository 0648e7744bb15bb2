"""Agencies: a notice placed by the papers and stations it tasks that are named after its place.

A split copy's page that prints no letter, title or site may name its place only in the units it tasks: 西宁's bureaus
printed by 市 alone beside 西宁晚报社 and 西宁电视台 (holdout subjectlines-xining, batch 113).  A newspaper, radio or
television unit named after a place the gazetteer lists at the units' level is one clue to that place
(``vocab.toml [place_groups] media_ends``, ``placeclues._media_place``); two clues and a majority place the notice
(``MIN_PLACE_CLUES``), one alone does not (a county-level city's notice may task its city's paper).
"""
from extractor.agencies.placeclues import city_from_clues, unit_names


def test_two_media_units_named_after_the_units_place_place_the_notice():
    cells = ["市发改委、市经委、中油燃气公司", "市质监局", "西宁晚报社、西宁电视台"]
    assert city_from_clues(unit_names(cells), []) == "西宁市"
    # printed with the level word too
    assert city_from_clues(unit_names(["市民政局", "西宁市电视台", "西宁日报"]), []) == "西宁市"


def test_one_medium_alone_places_nothing():
    # one clue is no own unit: a paper is no body of the place's government
    assert city_from_clues(unit_names(["市民政局", "西宁晚报社"]), []) is None


def test_not_other_places_nor_other_levels_nor_words_that_are_no_place():
    # two places named: no majority
    assert city_from_clues(unit_names(["市民政局", "西宁晚报社", "兰州电视台"]), []) is None
    # a city's paper among 县 units names no place of the units' level
    assert city_from_clues(unit_names(["县民政局", "西宁晚报社", "西宁电视台"]), []) is None
    # national media open with no listed place
    assert city_from_clues(unit_names(["市民政局", "人民日报社", "中国教育电视台"]), []) is None
    # a unit that is no paper or station names no place by this rule (a company named after the city)
    assert city_from_clues(unit_names(["市民政局", "西宁燃气公司", "西宁供水公司"]), []) is None
