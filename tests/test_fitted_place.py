"""A letterless repost placed by its preface's 结合X实际 (agencies/placeclues.place_from_own_words;
holdout unlistednote-huaian-2022-1, batch 43)."""

from extractor import extract
from extractor.agencies.placeclues import place_from_own_words

NAMES = ("市工信局", "市财政局", "市税务局")


def test_the_preface_names_the_place():
    assert place_from_own_words(NAMES, ["为稳住经济，结合淮安实际，制定如下实施细则。"]) == "淮安市"
    assert place_from_own_words(NAMES, ["结合淮安市的实际，制定本方案。"]) == "淮安市"


def test_no_place_or_two_places_name_none():
    assert place_from_own_words(NAMES, ["结合我市实际，制定如下措施。"]) is None
    assert place_from_own_words(NAMES, ["结合工作实际，制定如下措施。"]) is None
    assert place_from_own_words(NAMES, ["结合淮安实际", "结合宿迁实际"]) is None
    assert place_from_own_words(("县财政局",), ["结合淮安实际"]) is None   # a county's units: 淮安县 is no listed place


def test_a_letterless_repost_resolves_its_bare_units():
    text = ("《关于进一步稳定经济增长的具体实施细则》\n"
            "为深入贯彻省里部署，结合淮安实际，制定如下实施细则。\n"
            "一、落实财税支持政策\n"
            "1.设立工业发展引导资金。（责任单位：市工信局、市财政局）\n"
            "2.落实小规模纳税人减免政策。（责任单位：市税务局）\n")
    notice = extract(text.encode("utf-8"))
    names = {a.name: a.canonical for m in notice.measures for a in (*m.lead, *m.support)}
    assert names["市工信局"] == "淮安市工业和信息化局"
    assert names["市税务局"] == "国家税务总局淮安市税务局"


def test_a_district_among_a_citys_bare_units_is_not_the_notices_place():
    """bs12298: 城中区人民政府 printed twice among 市 units is a task the city gives its district; 城中区 (柳州's
    and 西宁's) places nothing, and the preface's 结合柳州实际 places the notice (placeclues.units_above_place)."""
    from extractor.agencies.placeclues import city_from_units, unit_names
    cells = ["市教育局、市住建局", "城中区人民政府", "市民政局、城中区人民政府"]
    assert city_from_units(cells, unit_names(cells)) is None
    assert city_from_units(cells) == "城中区"          # without the bare names: as before
    cells = ["市教育局、市住建局", "鱼峰区人民政府", "市民政局、鱼峰区人民政府"]
    assert city_from_units(cells, unit_names(cells)) == "柳州市"     # one city has a 鱼峰区: that city
    cells = ["区教育局、区住建局", "鱼峰区人民政府", "区民政局、鱼峰区人民政府"]
    assert city_from_units(cells, unit_names(cells)) == "柳州市鱼峰区"   # the district's own notice
    text = ("《2024年优化营商环境重点任务分解表》\n"
            "为确保年度目标任务顺利完成，结合柳州实际，现将重点工作任务分解如下。\n"
            "一、深化重点领域改革\n"
            "1. 推进老旧小区改造。（市民政局、市住建局、城中区人民政府）\n"
            "2. 深化“放管服”改革。（市司法局、城中区人民政府）\n")
    notice = extract(text.encode("utf-8"))
    names = {a.name: a.canonical for m in notice.measures for a in (*m.lead, *m.support)}
    assert names["市司法局"] == "柳州市司法局"
    assert names["城中区人民政府"] == "柳州市城中区人民政府"


def test_a_county_level_citys_bureau_among_a_citys_bare_units_is_not_the_notices_place():
    """bs26281: a letterless repost whose preface fits it to 泉州市 names 石狮市 (a county-level city of 泉州's) bureaus
    in full among its bare 市 units: the units are 泉州's (noticeplace._above_county_city); before, every 市…局 was
    read as 石狮市's."""
    def names_of(preface):
        text = ("《2022年重点任务清单》\n"
                f"为确保年度目标任务顺利完成，{preface}，现将重点工作任务分解如下。\n"
                "一、扩大有效投资\n"
                "1.完善城乡供水保障体系。\n"
                "主要责任单位：市水利局\n"
                "主要协作单位：市统计局、石狮市交通运输局\n"
                "2.加快数字政府建设。\n"
                "主要责任单位：市工业和信息化局\n"
                "主要协作单位：市医疗保障局、石狮市卫生健康局、丰泽区人民政府\n")
        notice = extract(text.encode("utf-8"))
        return {a.name: a.canonical for m in notice.measures for a in (*m.lead, *m.support)}
    names = names_of("结合泉州市的实际")
    assert names["市水利局"] == "泉州市水利局"
    assert names["市统计局"] == "泉州市统计局"
    assert names["石狮市交通运输局"] == "石狮市交通运输局"
    # the county-level city's own notice fits itself to its own place, or to none: its bare units stay its own
    assert names_of("结合石狮实际")["市水利局"] == "石狮市水利局"
    assert names_of("结合我市实际")["市水利局"] == "石狮市水利局"
    # a preface naming another city than the one above 石狮市 does not move the units either
    assert names_of("结合厦门市的实际")["市水利局"] == "石狮市水利局"
