"""A list of bare place names closed by one place and a body (宜昌市、荆州市、荆门市发改委) shares that body's
name: each place's own 发改委, as an analyst fills the cells (宜昌市发改委, 荆州市发改委, 荆门市发改委).
Only when every earlier item of the list is a place the gazetteer lists (市/县/区 names); a level word
alone (市委、市政府) or a name the gazetteer does not list shares nothing."""
import pytest


@pytest.mark.parametrize("cell,names", [
    ("宜昌市、荆州市、荆门市发改委", ["宜昌市发改委", "荆州市发改委", "荆门市发改委"]),
    ("保康县、南漳县人民政府", ["保康县人民政府", "南漳县人民政府"]),
    ("宜昌市，荆州市，荆门市发改委", ["宜昌市发改委", "荆州市发改委", "荆门市发改委"]),   # any list separator
    ("夷陵区、点军区财政局", ["夷陵区财政局", "点军区财政局"]),
    # negatives
    ("宜昌市、荆州市", ["宜昌市", "荆州市"]),                              # no body to share
    ("市委、市政府", ["市委", "市政府"]),
    ("市交通运输局、宜昌市、荆州市发改委", ["市交通运输局", "宜昌市", "荆州市发改委"]),   # not every item a place
    ("东方红市、荆州市发改委", ["东方红市", "荆州市发改委"]),                 # a place no list holds
    ("宜昌市、荆州市高新区管委会", ["宜昌市", "荆州市高新区管委会"]),         # a zone of one city, no body type
])
def test_bare_places_share_the_last_places_body(resolver, cell, names):
    assert resolver.split([cell]) == names


def test_the_shared_names_resolve_in_their_own_cities(resolver):
    refs = resolver.resolve_names(resolver.split(["宜昌市、荆州市、荆门市发改委"]), city="宜昌市", date="2023-06-01")
    assert [r.canonical for r in refs] == ["宜昌市发展和改革委员会", "荆州市发展和改革委员会", "荆门市发展和改革委员会"]


def test_a_traditional_copy_shares_the_same_body(resolver):
    assert resolver.split(["宜昌市、荊州市、荊門市發改委"]) == ["宜昌市發改委", "荊州市發改委", "荊門市發改委"]


@pytest.mark.parametrize("cell,names", [
    # a group the comma parts from the units before it is a list of its own (广州's 2021 table)
    ("市财政局、市卫生健康委，荔湾区、黄埔区政府", ["市财政局", "市卫生健康委", "荔湾区政府", "黄埔区政府"]),
    ("市发展改革委；夷陵区、点军区财政局", ["市发展改革委", "夷陵区财政局", "点军区财政局"]),
    # a bare city printed without its level word takes the last place's (广东's 2021 plan)
    ("广州、深圳市政府", ["广州市政府", "深圳市政府"]),
    ("省教育厅，广州、深圳市政府", ["省教育厅", "广州市政府", "深圳市政府"]),
    ("黄埔、南沙区政府", ["黄埔区政府", "南沙区政府"]),
    # in traditional characters, districts as cities
    ("黃埔區、南沙區政府", ["黃埔區政府", "南沙區政府"]),
    # negatives
    ("市财政局、市卫生健康委，荔湾区、黄埔区", ["市财政局", "市卫生健康委", "荔湾区", "黄埔区"]),   # no body
    ("市财政局，市委、市政府", ["市财政局", "市委", "市政府"]),                  # level words, no places
    ("广州、南沙区政府", ["广州", "南沙区政府"]),                               # 广州区: no such place
    ("财政、深圳市政府", ["财政", "深圳市政府"]),                               # a word, no place
    ("市发改委，市交通运输局、荆州市发改委", ["市发改委", "市交通运输局", "荆州市发改委"]),   # a unit, no place
])
def test_bare_places_share_within_their_group_and_without_their_level(resolver, cell, names):
    assert resolver.split([cell]) == names


@pytest.mark.parametrize("cell,names", [
    # after other units, places printed without their level word share the last place's body (黑龙江's 2014 measures)
    ("省發改委、牡丹江、佳木斯、黑河市政府", ["省發改委", "牡丹江市政府", "佳木斯市政府", "黑河市政府"]),
    ("省发改委、交通运输厅、牡丹江、黑河市政府", ["省发改委", "交通运输厅", "牡丹江市政府", "黑河市政府"]),
    ("省教育厅、黄埔、南沙区政府", ["省教育厅", "黄埔区政府", "南沙区政府"]),
    # negatives
    ("市交通运输局、宜昌市、荆州市发改委", ["市交通运输局", "宜昌市", "荆州市发改委"]),   # a place with its level: a unit
    ("省教育厅、财政、深圳市政府", ["省教育厅", "财政", "深圳市政府"]),                  # a word, no place
    ("省发改委、广州、南沙区政府", ["省发改委", "广州", "南沙区政府"]),                  # 广州区: no such place
    ("省发改委、牡丹江、佳木斯", ["省发改委", "牡丹江", "佳木斯"]),                      # no body after them
])
def test_bare_places_after_other_units_share_only_without_their_level(resolver, cell, names):
    assert resolver.split([cell]) == names


def test_a_county_since_made_a_district_shares_the_body_too(resolver):
    # 淮阳县 became 周口市淮阳区 in 2019 (former_counties.csv): a 2013 list still prints it (周口's notice, batch 49)
    assert resolver.split(["西华县、川汇区、淮阳县人民政府"]) == ["西华县人民政府", "川汇区人民政府", "淮阳县人民政府"]
    assert resolver.split(["淮阳县、扶沟县人民政府"]) == ["淮阳县人民政府", "扶沟县人民政府"]


def test_a_bare_place_is_told_by_one_lookup_as_by_a_name_built_for_each_level_word():
    """perf56: ``units._may_be_bare_place`` looks a short run of ideographs up among the listed places'
    names less their level word (``gazetteer.listed_places_less_level``); the same answer as building the
    name with each of ``SHARED_HEAD_LEVELS`` and asking ``is_listed_place`` (the former reading, here), on
    random tokens: listed names whole and without their level word, their pieces, unit names, traditional
    characters, marks and Latin letters."""
    import random

    from extractor.agencies import gazetteer
    from extractor.agencies.units import BARE_PLACE_MAX_CHARS, SHARED_HEAD_LEVELS, _may_be_bare_place
    from extractor.hanzi import to_simplified

    def former(token):
        if to_simplified(token[-1:]) in SHARED_HEAD_LEVELS:
            return True
        if not 0 < len(token) <= BARE_PLACE_MAX_CHARS or not all("\u4e00" <= ch <= "\u9fff" for ch in token):
            return False
        simple = to_simplified(token)
        return any(gazetteer.is_listed_place(simple + level) for level in SHARED_HEAD_LEVELS)

    rng = random.Random(56)
    listed = sorted(gazetteer._listed_places())
    pieces = ["市教育局", "发改局", "广州", "深圳", "黃埔", "南沙", "乌鲁木齐", "襄阳", "大兴安岭", "A", "1", "（", " ",
              "區", "縣", "镇", "各", "新区", "州"]
    tokens = set()
    for _ in range(4000):
        name = rng.choice(listed)
        tokens.update({name, name[:-1], name[:rng.randint(0, len(name))], name[:-1] + rng.choice(pieces),
                       "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))})
    bare = 0
    for token in sorted(tokens):
        want = former(token)
        assert _may_be_bare_place(token) is want, token
        bare += want and to_simplified(token[-1:]) not in SHARED_HEAD_LEVELS
    assert bare > 500   # the draws reach the lookup's True answers, not only the level word's
