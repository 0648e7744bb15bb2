"""A town or a street office named bare among bodies is a unit in a leading clause's role verb and in a copula
sentence, as in a bare bracket (``unitlists.is_unit_and_town_list``; blindsynth session 57 seeds 2334, 859, 6047,
5218; holdout townroles-anxi)."""
from extractor.parse.proseassign import _unit_copula_sentence, split_leading
from extractor.parse.unitlists import is_unit_and_town_list


def test_bodies_with_a_town_or_a_street_make_a_list():
    assert is_unit_and_town_list(["长桥街道、吴中区审计局"])
    assert is_unit_and_town_list(["县水利局、湖头镇"])
    assert is_unit_and_town_list(["县水利局", "新市镇"])


def test_places_alone_or_figures_make_none():
    assert not is_unit_and_town_list(["新市镇、乾元镇"])   # where a project lies
    assert not is_unit_and_town_list(["县水利局、新建小区5个"])


def test_a_leading_supporting_clause_opening_with_a_town():
    text, found = split_leading("由县住建局承办，凤城镇、县自然资源局协办。工作目标：县城建成区绿地率提高到38%。")
    assert text == "工作目标：县城建成区绿地率提高到38%。"
    assert found is not None and found.lead == ("县住建局",) and found.support == ("凤城镇、县自然资源局",)


def test_a_copula_sentence_naming_a_street_among_its_supporters():
    found = _unit_copula_sentence("伍家岗区商务局为牵头单位，伍家岗区民政局、大公桥街道为配合单位。")
    assert found is not None and found.lead == ("伍家岗区商务局",)
    assert found.support == ("伍家岗区民政局、大公桥街道",)   # split into names by the agencies stage


def test_wording_with_a_copula_stays_wording():
    assert _unit_copula_sentence("把各项要求落实为具体措施，凤城镇为示范单位。") is None
