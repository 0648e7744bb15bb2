"""A bureau's own offices as units: in a city bureau's notice the tasks are its 科 (人事科, 计划财务科) and its
局办公室, as a province's department names its 处 and a body its 室 or 股.  A 科 ends like a unit's name, in a heading
over bare items and in a closing bracket that lists units alike (docs/parsing.md, "Lists"; holdout chushi-qinghai's
处室 in a table); a topic ending in a discipline's or a clinic's 科 (重点学科, 特色专科, 全科) is no unit.

Written for BLIND2001's cause 3, in invented words (a 民政局's and an 住建局's offices).
"""
import pytest

from extractor.parse.headlines import heading_unit
from extractor.parse.unitlists import ends_like_unit, is_unit_list

from test_outline import parsed   # a notice's body lines under a letter's title and recipients


@pytest.mark.parametrize("name", ["社会救助科", "养老服务科", "计划财务科", "行政审批科", "房屋征收管理科",
                                  "執法監督科"])   # traditional characters
def test_a_bureaus_office_ends_like_a_unit(name):
    assert ends_like_unit(name)


@pytest.mark.parametrize("name", ["重点学科", "加强特色专科", "发展全科", "推进本科", "网络百科", "儿科"])
def test_a_discipline_or_a_clinic_is_no_unit(name):
    assert not ends_like_unit(name)


@pytest.mark.parametrize("text, unit", [
    ("社会救助科", "社会救助科"),
    ("养老服务科（3项）", "养老服务科"),
    ("局办公室、计划财务科", "局办公室、计划财务科"),
    ("加强重点学科", None),                # a topic
    ("建设区域医疗特色专科", None),
])
def test_a_heading_naming_an_office(text, unit):
    assert heading_unit(text) == unit


def test_office_headings_give_their_office_as_lead_to_bare_items():
    result = parsed(["（一）局办公室", "1.完善公文流转制度。",
                     "（二）社会救助科", "2.开展低保对象动态复核。", "3.落实临时救助备用金制度。",
                     "（三）养老服务科", "4.新建社区老年食堂6个。"])
    assert [(m.measure_no, m.text, m.lead_cells) for m in result.measures] == [
        (1, "完善公文流转制度。", ("局办公室",)),
        (2, "开展低保对象动态复核。", ("社会救助科",)), (3, "落实临时救助备用金制度。", ("社会救助科",)),
        (4, "新建社区老年食堂6个。", ("养老服务科",))]


def test_a_lead_heading_naming_an_office_gives_it_to_its_one_item():
    result = parsed(["一、局办公室牵头工作", "1.完善公文流转制度。", "2.做好档案数字化。",
                     "二、城乡规划科牵头工作", "3.编制村庄规划10个。"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [
        (1, ("局办公室",)), (2, ("局办公室",)), (3, ("城乡规划科",))]


def test_a_closing_bracket_listing_offices_is_a_unit_list():
    assert is_unit_list("城乡规划科、市自然资源局（市林业局）、局办公室")
    result = parsed(["1.编制村庄规划10个。（城乡规划科、市自然资源局（市林业局）、局办公室）",
                     "2.完成危房改造200户。（村镇建设科、局属各单位）"])
    # no convention printed (列第一位为牵头单位): the bracket's whole list leads
    assert [(m.measure_no, m.lead_cells, m.support_cells) for m in result.measures] == [
        (1, ("城乡规划科、市自然资源局（市林业局）、局办公室",), ()), (2, ("村镇建设科、局属各单位",), ())]


def test_topic_headings_ending_in_a_discipline_give_no_lead():
    """The look-alike: 一、加强重点学科 / 二、建设特色专科 over bare items are topics (sections), not units."""
    result = parsed(["一、加强重点学科", "1.新增省级重点学科2个。（牵头单位：县教育局）",
                     "二、建设特色专科", "2.建成县级特色专科3个。（牵头单位：县卫生健康局）"])
    assert [(m.measure_no, m.lead_cells) for m in result.measures] == [(1, ("县教育局",)), (2, ("县卫生健康局",))]
    assert [s.title for s in result.sections] == ["加强重点学科", "建设特色专科"]
