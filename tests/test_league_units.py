"""The Youth League's central committee ends like a unit (assign.toml [verbs] unit_end: 团中央), so a national list's bare
bracket naming it among the ministries is still a unit list (holdout barelist-kexie-2020-1, batch 119: the 2020
全民科学素质行动工作要点 closed items with （教育部、中国科协、共青团中央）; before, the bracket ended in no unit and the
item was lost, and with it every later item's number)."""
from extractor.parse.inline import parse_bracket
from extractor.parse.unitlists import ends_like_unit, is_unit_list


def test_the_youth_leagues_central_committee_ends_like_a_unit():
    for name in ("共青团中央", "团中央", "共青團中央"):
        assert ends_like_unit(name), name


def test_the_party_centre_and_a_bare_centre_are_no_unit():
    for name in ("党中央", "中央", "按照党中央"):
        assert not ends_like_unit(name), name


def test_a_bracket_naming_the_league_among_ministries_is_a_bare_unit_list():
    assert is_unit_list("教育部、中国科协、共青团中央")
    found = parse_bracket("中国科协、教育部、科技部、共青团中央、全国妇联")
    assert found is not None and found.form == "inline-list"
    assert found.lead == ("中国科协、教育部、科技部、共青团中央、全国妇联",)   # one cell: the agencies stage splits it
