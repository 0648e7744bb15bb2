"""A document a measure has its own unit make names the notice's place (tests/fixtures/README.md, session 57): a table
that nothing else places, one of whose rows has its 市 unit draft 成都市…指导意见, is 成都's (placeclues._made_places, one
clue of city_from_clues, enough alone where every clue names that place)."""
from extractor.agencies.placeclues import _made_places, city_from_clues, unit_names
from extractor.engine.extract import extract

UNITS = unit_names(["市生态环境局，各区（市）县政府（管委会）", "市城管委、市住建局"])


def test_a_document_the_units_make_places_the_notice():
    target = "2021年2月底前，制定成都市有害垃圾处置工作指导意见，完善处置体系。"
    assert list(_made_places([target], "市")) == ["成都市"]
    assert city_from_clues(UNITS, [], quoting=["规范有害垃圾的收集处置。", target]) == "成都市"


def test_not_a_document_helped_with_nor_of_another_level():
    # 配合制定: the document is another's
    assert list(_made_places(["配合制定成都市有害垃圾处置工作指导意见。"], "市")) == []
    # a county's table naming its city's plan: no place of the units' level
    assert list(_made_places(["编制成都市垃圾分类设施规划。"], "县")) == []
    # a place's name that no making verb opens: the prose rule's worry (a road, a station)
    assert list(_made_places(["整治成都路沿线店招。"], "市")) == []


def test_two_places_so_named_place_nothing():
    texts = ["制定成都市有害垃圾处置工作指导意见。", "出台绵阳市垃圾分类实施方案。"]
    assert city_from_clues(UNITS, [], quoting=texts) is None


def test_a_table_naming_its_city_only_in_a_drafted_title_resolves_its_units():
    page = ("重点任务责任分工表\n"
            "1、规范有害垃圾的收集处置管理，制定成都市有害垃圾处置工作指导意见。责任单位：市生态环境局\n"
            "2、优化社区回收网点布局，推动再生资源回收。责任单位：市商务局\n"
            "3、在各学校开展分类教学和实践活动。责任单位：市教育局\n")
    notice = extract(page.encode("utf-8"))
    assert notice.city == "成都市"
    assert [r.canonical for m in notice.measures for r in m.lead] == ["成都市生态环境局", "成都市商务局", "成都市教育局"]
