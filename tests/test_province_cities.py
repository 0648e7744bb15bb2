"""A province's plan printing no place but the cities its measures name (加快沈阳、大连等地…) is that province's
(agencies/placeclues.province_from_cities; holdout cnitems-liaoning-2025-1, batch 38)."""
from extractor import extract
from extractor.agencies.placeclues import MIN_NAMED_CITIES, province_from_cities

PROVINCE_UNITS = ("省发展改革委", "省财政厅", "省商务厅")


def test_three_cities_of_one_province_place_a_province_notice():
    texts = ["加快沈阳、大连等地重大项目前期工作。", "支持鞍山市、本溪建设产业基地。"]
    assert province_from_cities(PROVINCE_UNITS, texts) == "辽宁省"


def test_too_few_cities_or_a_city_notice_or_cities_of_several_provinces_give_nothing():
    assert MIN_NAMED_CITIES == 3
    assert province_from_cities(PROVINCE_UNITS, ["加快沈阳、大连等地重大项目前期工作。"]) is None
    assert province_from_cities(("市发展改革委", "市财政局"), ["加快沈阳、大连、鞍山等地项目建设。"]) is None
    # two of 辽宁 and two of 江苏: no more than half of the cities named are one province's
    assert province_from_cities(PROVINCE_UNITS, ["学习沈阳、大连、苏州、无锡的经验。"]) is None


def test_a_pairing_aid_plan_names_the_aided_provinces_cities():
    texts = ["做好对口协作陕西工作，支持汉中、安康、商洛建设产业园区。"]
    assert province_from_cities(PROVINCE_UNITS, texts) is None
    assert province_from_cities(PROVINCE_UNITS, [texts[0].replace("对口协作陕西工作", "相关工作")]) == "陕西省"


PAGE = ("2025年省重点工作分工方案\n"
        "为抓好各项重点工作落实，现制定分工方案如下。\n"
        "一、加快沈阳、大连等地重大交通项目前期工作。（省发展改革委牵头，省交通运输厅等按职责分工负责）\n"
        "二、支持鞍山、本溪建设钢铁深加工基地。（省工业和信息化厅牵头，省财政厅等按职责分工负责）\n")


def test_the_units_of_such_a_plan_resolve_under_its_province():
    notice = extract(PAGE.encode("utf-8"))
    assert notice.city == "辽宁省"
    assert notice.measures[0].lead[0].canonical == "辽宁省发展和改革委员会"
