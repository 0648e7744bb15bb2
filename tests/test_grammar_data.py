"""Grammar words kept as data, one list each: the readers that ask the same words ask the same list (session 74
moved them out of code)."""
from __future__ import annotations

from extractor.text import vocab


def test_a_unit_names_group_openers_are_the_place_groups_distributors():
    from extractor.parse.unitlists import GROUP_OPENERS
    from extractor.parse import unitweeks
    assert GROUP_OPENERS == tuple(vocab()["place_groups"]["distributors"]) == ("各", "相关", "有关")
    assert unitweeks.GROUP_OPENERS is GROUP_OPENERS


def test_the_town_words_are_one_table():
    from extractor.agencies import named, towns
    assert list(named.TOWN_SUFFIX) == ["镇", "乡", "街道", "苏木", "华侨农场"]
    assert named.TOWN_SUFFIX["街道"] == "办事处" and named.TOWN_PARTY_SUFFIX["街道"] == "工作委员会"
    assert "华侨农场" not in named.TOWN_PARTY_SUFFIX          # a farm: no party body read
    assert towns.TOWN_WORDS == tuple(named.TOWN_PARTY_SUFFIX)
    for word in named.TOWN_SUFFIX:
        assert named.TOWN_RE.match(f"茅坪{word}")
    for word in named.TOWN_PARTY_SUFFIX:
        assert named.TOWN_PARTY_RE.match(f"茅坪{word}党委") and towns.ISSUER_TOWN_RE.match(f"茅坪{word}人民政府")
        assert named.TOWN_HEAD_RE.match(f"茅坪{word}党政办")
    assert not named.TOWN_PARTY_RE.match("兴隆华侨农场党委")
    for together in ("乡镇", "镇街", "苏木乡镇", "镇街道"):
        assert named.ALL_TOWNS_RE.match(together)
    assert not named.ALL_TOWNS_RE.match("茅坪镇")


def test_the_level_prefix_lists_are_level_words():
    from extractor.agencies.gazetteer import level_prefix_words, level_words
    levels = dict(level_words())
    for use, words in level_prefix_words().items():
        assert set(words) <= set(levels), use
    autonomous = level_prefix_words()["autonomous"]
    # jurisdiction reads AUTONOMOUS_WORDS[1:] as the county level's (自治县, 自治旗): the prefecture's comes first
    assert levels[autonomous[0]] == "city" and {levels[w] for w in autonomous[1:]} == {"county"}
    assert {levels[w] for w in level_prefix_words()["prefecture_kinds"]} == {"city"}
    assert "特别行政区" not in level_prefix_words()["above"]


def test_the_readers_ask_the_level_prefix_lists():
    from extractor.agencies import jurisdiction, template
    from extractor.agencies.gazetteer import level_prefix_words
    words = level_prefix_words()
    assert (jurisdiction.ABOVE_PREFIXES, jurisdiction.AUTONOMOUS_WORDS, jurisdiction.PRINTED_CITY_WORDS,
            template.PREFECTURE_KINDS, template.PREFECTURE_PREFIXES) == (
        words["above"], words["autonomous"], words["printed_city"], words["prefecture_kinds"],
        words["prefecture_prefixes"])


def test_area_offices_keep_a_table_of_their_own():
    """The cities whose districts name their rural areas' offices (将台地区办事处) are ``[area_offices] cities``; a table
    header lost above them once put them under ``[town_words_together]``, and no 地区办事处 resolved (session 74)."""
    from extractor.agencies.named import OFFICES_FILE
    from extractor.cachefiles import load_toml
    data = load_toml(OFFICES_FILE)
    assert "北京市" in data["area_offices"]["cities"]
    assert set(data["town_words_together"]) == {"short"}
