"""Agencies: a city notice placed by the counties and districts it names in full.

A page that prints no letter (a newspaper's report of a city's inspection) names its place
nowhere but in its units: its own departments print only their level (市水利局), and the
counties' and districts' governments it assigns work to print their names (仪陇县政府,
顺庆区政府).  Their parent city is a clue to the notice's place, as a unit printing the
city's short name is (``placeclues.city_from_clues``; docs/agencies.md): two clues at least,
more than half of them.
"""
from extractor.agencies.placeclues import city_from_clues, unit_names


def test_the_counties_a_city_notice_names_give_their_city():
    cells = ["市水利局", "仪陇县政府、营山县政府", "市交通运输局", "顺庆区政府", "蓬安县政府"]
    assert city_from_clues(unit_names(cells), ["某某重点项目三季度进展情况"]) == "南充市"


def test_one_county_or_counties_of_two_cities_place_nothing():
    # one name is no majority of two clues; counties of two cities split the clues
    assert city_from_clues(unit_names(["市水利局", "仪陇县政府"]), []) is None
    assert city_from_clues(unit_names(["市水利局", "仪陇县政府", "营山县政府", "平昌县政府", "通江县政府"]),
                           []) is None
    # a county's own notice (its units print 县) names its towns, never its parent city's
    assert city_from_clues(unit_names(["县水利局", "县交通局", "仪陇县政府", "营山县政府"]),
                           []) is None


def test_zones_printed_by_their_place_and_kind_are_clues():
    """A letter's recipients printing the city's zones by its short name and their kind alone (荆州经开区,
    荆州高新区: holdout spamwords-jingzhou, batch 50) name the city as a unit 荆州市财政局 would: two clues."""
    assert city_from_clues(unit_names(["市发展改革委", "市财政局"]), [],
                           recipients=["各县、市、区人民政府", "荆州经开区", "荆州高新区", "市政府各部门"]) == "荆州市"
    # one zone alone is one clue, no answer
    assert city_from_clues(unit_names(["市发展改革委", "市财政局"]), [], recipients=["荆州经开区"]) is None


def test_offices_of_central_systems_named_after_their_place_are_clues():
    """A mirror printing its city only inside the central bank's branch and the supervision office (人行嘉兴市中心支行,
    嘉兴银保监分局: holdout spacedhead-jiaxing, batch 50): each names the city, two clues."""
    assert city_from_clues(unit_names(["市发展改革委", "市金融办、人行嘉兴市中心支行、 嘉兴银保监分局"]), []) == "嘉兴市"
    assert city_from_clues(unit_names(["市发展改革委", "人行嘉兴市中心支行"]), []) is None   # one clue
    # a system's office under another name is no clue
    assert city_from_clues(unit_names(["市发展改革委", "人行营业部", "银保监分局"]), []) is None


def test_the_counties_an_autonomous_prefecture_notice_names_give_the_prefecture():
    """A 州's notice (its units print 州: 州水利局) naming its counties' governments in full (来凤县政府, 咸丰县政府)
    is placed in their parent prefecture, as a city's is (holdout copuladuty-enshi-2012-1, batch 88: a law site's copy
    naming no place but its counties; before, its 州 units were unresolved)."""
    cells = ["州水利局", "州财政局、咸丰县政府、来凤县政府、宣恩县政府"]
    assert city_from_clues(unit_names(cells), ["关于印发议案办理方案的通知"]) == "恩施土家族苗族自治州"
    # a 州's units and counties of a city (not of a 州) are no clue to that city: the level word differs
    assert city_from_clues(unit_names(["州水利局", "仪陇县政府、营山县政府、蓬安县政府"]), []) is None
