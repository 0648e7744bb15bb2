"""A unit printed with the short name of the notice's own place or of its city (no level word:
金华生态环境局义乌分局, 义乌发改局 in an 义乌市 notice) is that place's body, read as the full name is."""
import pytest


@pytest.mark.parametrize("city, printed, full", [
    ("义乌市", "金华生态环境局义乌分局", "金华市生态环境局义乌分局"),   # the city above a county-level city
    ("义乌市", "义乌发改局", "义乌市发改局"),                           # the notice's own place
    ("金华市", "金华发改委", "金华市发改委"),
    ("兰溪市", "金华生态环境局兰溪分局", "金华市生态环境局兰溪分局"),
    ("金华市婺城区", "婺城发改局", "婺城区发改局"),                    # a district of the chain
])
def test_a_short_place_name_before_a_body_reads_as_the_full_name(resolver, city, printed, full):
    short = resolver.resolve(printed, city=city, date="2021-03-25")
    whole = resolver.resolve(full, city=city, date="2021-03-25")
    assert whole.canonical is not None
    assert (short.canonical, short.agency_id) == (whole.canonical, whole.agency_id)


@pytest.mark.parametrize("city, printed", [
    ("杭州市", "金华发改委"),        # a place outside the notice's chain: which 金华? left as printed
    ("义乌市", "义乌中学"),          # no body's name after the short name
    ("沛县", "沛发改局"),            # a short name of one character names nothing
])
def test_a_short_name_that_names_no_place_of_the_notice_stays_unresolved(resolver, city, printed):
    assert resolver.resolve(printed, city=city, date="2021-03-25").match == "unresolved"


def test_a_town_named_after_its_county_is_still_the_town(resolver):
    """北流镇 opens with its county-level city's short name: a town's word follows, so it is the town."""
    ref = resolver.resolve("北流镇人民政府", city="北流市", date="2021-03-25")
    assert ref.canonical == "北流市北流镇人民政府"


@pytest.mark.parametrize("city, printed, canonical", [
    # a town or a street whose own name opens as the place's short name does is still the town
    ("金华市婺城区", "婺城港镇人民政府", "金华市婺城区婺城港镇人民政府"),
    ("义乌市", "义乌港街办", "义乌市义乌港街道办事处"),
    # a zone or an office named by its own words after the short name is no department: as before
    ("义乌市", "义乌陆港区管委会", None),
    ("金华市", "金华都市圈协调办公室", None),
])
def test_a_name_of_its_own_opening_with_a_short_name_is_no_department_of_the_place(resolver, city, printed, canonical):
    assert resolver.resolve(printed, city=city, date="2021-03-25").canonical == canonical


def test_a_listed_city_before_a_district_opening_with_its_level_word_is_the_city():
    """济南市市中区: the listed 济南市, then 市中区; 济南市市 is no place, though it ends in a level word.  A longer
    piece a place's name makes with the next level character still comes first (沙市区 before 沙市)."""
    from extractor.agencies.placechains import parse_jurisdiction
    assert [p.name for p in parse_jurisdiction("济南市市中区").places] == ["济南市", "市中区"]
    assert [p.name for p in parse_jurisdiction("枣庄市市中区").places] == ["枣庄市", "市中区"]
    assert [p.name for p in parse_jurisdiction("荆州市沙市区").places] == ["荆州市", "沙市区"]


def test_a_name_printing_the_notices_place_takes_no_carried_prefix(resolver):
    """A unit list's carried 区 is not put before a name that opens with the notice's own place by its name:
    济南中央活力区发展促进中心 (a zone's body, printed with its city's short name) reads as it does alone, not as
    a district institution 区 + 济南…中心; a bare name after it still takes the prefix."""
    city = "济南市市中区"
    alone = resolver.resolve("济南中央活力区发展促进中心", city=city, date="2025-07-01")
    refs = resolver.resolve_names(["区投资促进局", "济南中央活力区发展促进中心", "财政局"], city=city, date="2025-07-01")
    assert refs[0].canonical == "济南市市中区投资促进局"
    assert (refs[1].match, refs[1].canonical) == (alone.match, alone.canonical) == ("unresolved", None)
    assert refs[2].canonical == "济南市市中区财政局"
