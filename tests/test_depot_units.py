"""A state grain depot listed among a bracket's units ends like a unit (assign.toml [verbs] unit_end: 直属库,
储备库, 粮库), so the bracket is still a bare unit list (holdout stoprule-zhuzhou: 株洲's 粮食安全 意见 listed
中儲糧株洲直屬庫 after the county governments; before, the item named no unit and was dropped)."""
from extractor.parse.inline import parse_bracket
from extractor.parse.unitlists import ends_like_unit


def test_a_grain_depot_ends_like_a_unit():
    for name in ("中储粮株洲直属库", "中儲糧株洲直屬庫", "市粮食储备库", "县国有粮库"):
        assert ends_like_unit(name), name


def test_a_reservoir_or_a_list_of_projects_is_no_unit():
    for name in ("新建小型水库", "重大项目库", "人才数据库"):
        assert not ends_like_unit(name), name


def test_a_bracket_listing_a_depot_is_a_bare_unit_list():
    found = parse_bracket("市發改委、市財政局、中儲糧株洲直屬庫")
    assert found is not None and found.form == "inline-list"
    assert found.lead == ("市發改委、市財政局、中儲糧株洲直屬庫",)   # one cell: the agencies stage splits it


def test_the_rule_after_a_full_stop_in_the_depots_bracket_is_no_unit():
    found = parse_bracket("市發改委、市農委、各縣市區人民政府、中儲糧株洲直屬庫。排名第一的為牽頭單位，下同")
    assert found is not None
    assert found.form == "inline-list" and found.lead == ("市發改委、市農委、各縣市區人民政府、中儲糧株洲直屬庫",)
    assert not any("排名" in u for u in (*found.lead, *found.support))   # the rule is the conventions' to read
