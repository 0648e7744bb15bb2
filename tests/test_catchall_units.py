"""Catch-all units: a 相关/有关 opener before a level word names every relevant place of that level
(相关县（市、区）政府: the counties, county-level cities and districts concerned), never one county
called 相关县; and a Word copy's space before a unit's bracket (各县区政府 （管委会）) joins the bracket
to its name instead of cutting the unit off the list."""
import pytest

import extractor


@pytest.mark.parametrize("name,city", [
    ("有关县（市、区）人民政府", "南阳市"),
    ("相关县（市、区）政府", "洛阳市"),
    ("相关县区政府", "洛阳市"),
    ("相关旗县人民政府", "赤峰市"),
    ("有关市、县政府", "河南省"),
])
def test_a_related_place_level_names_a_group(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2015-06-01").match == "group"


@pytest.mark.parametrize("name", ["市疫情防控指挥部各工作组", "县防汛抗旱指挥部各专项组", "领导小组各小组"])
def test_a_bodys_every_group_is_a_catch_all(resolver, name):
    """A body's groups, none named (市疫情防控指挥部各工作组: holdout pagenine-wuhan), as 行署各局 or
    示范区各责任部门 are: a group, never a unit left unresolved."""
    assert resolver.resolve(name, city="武汉市", date="2023-02-01").match == "group"


@pytest.mark.parametrize("name,city", [("上海市区级人民政府", "上海市"), ("区级人民政府", "上海市"),
                                       ("县级人民政府", "河南省"), ("乡镇级政府", "宜阳县")])
def test_a_levels_governments_are_a_catch_all(resolver, name, city):
    """Every government of one level, none named (上海市区级人民政府 heading its duties in a city's 清单:
    holdout unitheads-shanghai, batch 50): a group, as 各区人民政府 is."""
    assert resolver.resolve(name, city=city, date="2024-04-16").match == "group"


@pytest.mark.parametrize("name,city", [("义乌市人民政府", "金华市"), ("某县级市人民政府", "金华市")])
def test_a_county_level_citys_government_is_no_levels_group(resolver, name, city):
    assert resolver.resolve(name, city=city, date="2024-04-16").match != "group"


def test_a_groups_name_without_each_is_no_catch_all(resolver):
    assert resolver.resolve("市疫情防控指挥部综合组", city="武汉市", date="2023-02-01").match != "group"


@pytest.mark.parametrize("name,city,canonical", [
    ("相山区人民政府", "淮北市", "淮北市相山区人民政府"),       # a district whose name opens with 相
    ("县发改委", "洛阳市宜阳县", "宜阳县发展和改革委员会"),
])
def test_a_place_opening_alike_stays_a_body(resolver, name, city, canonical):
    assert resolver.resolve(name, city=city, date="2015-06-01").canonical == canonical


def _support(value: str):
    html = ("<html><body><div class='content'><p>各县区人民政府，市政府各部门：</p><p>现将方案印发给你们。</p>"
            "<p>1. 实施村庄提升工程，完善道路设施。（牵头单位：市农业农村局；参与单位：" + value + "）</p>"
            "<p>2. 推进灌区改造，新增节水灌溉面积。（牵头单位：市水务局）</p></div></body></html>")
    notice = extractor.extract(html.encode(), name="wordcopy.html")
    return [(a.name, a.kind) for a in notice.measures[0].support]


@pytest.mark.parametrize("value,expected", [
    ("市交通运输局、市水务局，各区县政府 （开发区管委会）",
     [("市交通运输局", "agency"), ("市水务局", "agency"), ("各区县政府（开发区管委会）", "group")]),
    ("市交通运输局，各乡镇人民政府 （街道办事处）",
     [("市交通运输局", "agency"), ("各乡镇人民政府（街道办事处）", "group")]),
    # a space between two names still separates them
    ("市交通运输局 市水务局", [("市交通运输局", "agency"), ("市水务局", "agency")]),
])
def test_a_space_before_a_units_bracket_keeps_the_unit(value, expected):
    assert _support(value) == expected


def test_a_space_before_a_recipients_bracket_keeps_the_recipient():
    html = ("<html><body><div class='content'><p>某市人民政府办公室关于印发灌区改造方案的通知</p>"
            "<p>各区县人民政府 （开发区管委会），市直各部门：</p><p>现将方案印发给你们。</p>"
            "<p>1. 推进灌区改造，新增节水灌溉面积。（牵头单位：市水务局）</p>"
            "<p>2. 实施村庄提升工程，完善道路设施。（牵头单位：市农业农村局）</p></div></body></html>")
    notice = extractor.extract(html.encode(), name="wordcopy.html")
    assert notice.recipients == ("各区县人民政府（开发区管委会）", "市直各部门")


@pytest.mark.parametrize("name", ["有关直属单位", "相关直属部门"])
def test_the_relevant_directly_run_units_are_a_catch_all(resolver, name):
    """有关直属单位 beside 县政府有关部门 (灵璧's 主要协作单位 lines, holdout labelpage-lingbi, batch 45): the units run
    directly by the government, none named, as 有关单位 is; before, it stayed a unit left unresolved."""
    assert resolver.resolve(name, city="宿州市", date="2021-05-07").match == "group"


def test_a_merged_development_and_economy_bureau_is_read_from_its_short_name(resolver):
    """浙江's 2019 districts' 发展改革和经济信息化局, printed 发改经信局 (杭州市上城区's 2019 目标任务分解表, holdout
    cellparas-shangcheng, batch 45): a form of the development-and-reform type; before, it stayed unresolved."""
    ref = resolver.resolve("区发改经信局", city="杭州市上城区", date="2019-02-15")
    assert ref.canonical == "杭州市上城区发展改革和经济信息化局"


@pytest.mark.parametrize("name", ["属地乡镇", "属地街道", "属地乡镇人民政府"])
def test_the_towns_where_the_work_lies_are_a_catch_all(resolver, name):
    """属地乡镇 (the towns where each project lies, none named: a county's 民生实事 list, holdout
    runlabel-nanchangxian, batch 53), as 沿线乡镇 is: a group, never one town's government."""
    assert resolver.resolve(name, city="南昌县", date="2024-03-16").match == "group"


@pytest.mark.parametrize("name", ["属地管理局", "莲塘镇"])
def test_a_name_that_only_opens_like_the_towns_group_is_no_group(resolver, name):
    assert resolver.resolve(name, city="南昌县", date="2024-03-16").match != "group"


@pytest.mark.parametrize("name", ["省直其他有关部门和单位", "省直其他有關部門和單位", "各有关部门和单位", "市直相关部门及单位"])
def test_a_group_completed_by_its_second_noun_is_a_catch_all(resolver, name):
    """有关部门和单位: the departments and units concerned, none named (holdout daxiemirror-guizhou, batch 55)."""
    assert resolver.resolve(name, city="贵州省", date="2022-11-01").match == "group"


@pytest.mark.parametrize("name", ["有关产业园区", "相关园区", "有关开发区", "其他有关工业园区"])
def test_the_zones_concerned_are_a_catch_all(resolver, name):
    """有关产业园区 beside 市安委会有关成员单位 (a 安委会's 〔X牵头，…及有关产业园区分工负责〕: holdout
    tortoisebracket-mianzhu, batch 59): the zones concerned, none named, a group as 有关部门 is."""
    assert resolver.resolve(name, city="德阳市", date="2025-06-24").match == "group"


@pytest.mark.parametrize("name", ["相关管委会", "有关管委会", "有关开发区管委会"])
def test_the_zones_committees_concerned_are_a_catch_all(resolver, name):
    """相关管委会 beside 各区政府 (责任单位：市交通委，各区政府，相关管委会, a city daily's e-paper 公示: holdout
    epaperrun-ningbo, batch 58): the zones' committees concerned, none named, a group as 有关产业园区 is."""
    assert resolver.resolve(name, city="德阳市", date="2025-06-24").match == "group"


@pytest.mark.parametrize("name", ["产业园区管委会", "绵竹高新技术产业园区"])
def test_a_zone_by_name_is_no_catch_all(resolver, name):
    assert resolver.resolve(name, city="德阳市", date="2025-06-24").match != "group"


@pytest.mark.parametrize("name", ["相关乡（镇）人民政府", "有关乡(镇)政府", "乡（镇）人民政府", "相关镇（街道）",
                                  "属地镇（街道）办事处", "相关苏木（镇）"])
def test_town_words_with_their_other_kinds_bracketed_name_a_group(resolver, name):
    """The town words with their other kinds in a bracket (相关乡（镇）人民政府: the townships and towns concerned, none
    named; holdout relgroup-yihuang-2022-5): a group, never one township called 相关乡 (宜黄县相关乡镇人民政府)."""
    assert resolver.resolve(name, city="宜黄县", date="2022-03-28").match == "group"


@pytest.mark.parametrize("name", ["凤冈镇人民政府", "二都镇（街道）人民政府"])
def test_a_named_town_is_no_group(resolver, name):
    assert resolver.resolve(name, city="宜黄县", date="2022-03-28").match != "group"
