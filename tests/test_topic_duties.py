"""Points run in with a topic's name whose sentences give their duties to several subjects, and the accountability
paragraphs after them (tests/fixtures/README.md "A point named by its topic whose sentences give its duties to several
subjects, and a paragraph of accountability after it"; parse/topicduties.py; holdout accountpara-unplaced-undated-1
and subjectpoints-laoting-2017-3, batch 110)."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.topicduties import is_sanction, topic_duty
from extractor.parse.unitlists import is_unit_list
from extractor.source.decode import decode_bytes
from extractor.placegroups import join_place_groups

from conftest import make_raw


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


def rows(text: str):
    return [(m.measure_no, m.lead_cells, m.support_cells, m.text) for m in parsed(text).measures]


PAGE = """（一）免疫接种。县畜牧局负责制定免疫计划，各乡镇人民政府负责组织本辖区的免疫注射。
（二）疫情监测。县疾控中心全面负责城区疫情监测，乡镇畜牧站协助采集样品。乡镇畜牧站负责本乡镇的疫情排查。
因疫情上报不及时的，追究乡镇畜牧站有关责任人的责任。
（三）市场管理。县市场监管局负责交易市场的监管，与县动物卫生监督所共同做好检疫查验。县直有关部门按照职责做好配合。
在疫情处置中，因处置不力导致疫情扩散的，追究县畜牧局有关责任人的责任。
"""


def test_each_point_is_one_measure_led_by_every_subject_of_a_duty_verb():
    got = rows(PAGE)
    assert [(no, lead, support) for no, lead, support, _ in got] == [
        (1, ("县畜牧局", "各乡镇人民政府"), ()),
        (2, ("县疾控中心", "乡镇畜牧站"), ()),   # 协助 in one sentence, 负责 in the next: it leads
        (3, ("县市场监管局", "县直有关部门"), ("县动物卫生监督所",)),   # 与…共同 supports; a follower's subject leads
    ]
    # the text is the point whole, its topic run in; the accountability paragraphs are no text of it
    assert got[1][3] == "疫情监测。县疾控中心全面负责城区疫情监测，乡镇畜牧站协助采集样品。乡镇畜牧站负责本乡镇的疫情排查。"
    assert all("追究" not in text for *_, text in got)


def test_a_subject_that_only_assists_supports():
    found = topic_duty("疫情监测。县疾控中心负责城区疫情监测，乡镇畜牧站协助采集样品。")
    assert found.lead == ("县疾控中心",) and found.support == ("乡镇畜牧站",)


def test_a_call_to_all_opening_a_letters_point_is_no_duty():
    # a cover letter's points: 各地各部门要… names no role verb's subject, so the plan's table is not displaced
    assert topic_duty("提高站位抓落实。各地各部门要把落实报告作为年度工作的主线，确保各项任务落到实处。") is None
    assert topic_duty("压实责任。市直有关部门按照职责做好相关工作。") is None   # a follower's subject may only go on


def test_a_topic_is_short_and_names_no_unit():
    assert topic_duty("市工商局、市卫生局。依法查处无照经营行为，市工商局负责牵头。") is None
    long_topic = "加强对全县范围内各类动物及动物产品交易市场的监督管理工作"
    assert topic_duty(long_topic + "。县市场监管局负责日常监管。") is None


def test_a_copula_names_the_body_and_its_role():
    found = topic_duty("压实属地责任。散煤堆场所在镇（乡）、街道为主体责任部门，要抽调专门力量按期完成整治。")
    assert found.lead == ("散煤堆场所在镇（乡）、街道",)


def test_a_sites_qualifier_heads_a_place_group_as_ge_does():
    assert join_place_groups(["散煤堆场所在镇（乡）", "街道"]) == ["散煤堆场所在镇（乡）、街道"]
    assert join_place_groups(["项目所在地乡镇", "县住建局"]) == ["项目所在地乡镇", "县住建局"]
    assert is_unit_list("散煤堆场所在镇（乡）、街道", place_groups=True)


LETTER = """各镇、乡人民政府，街道办事处，县政府有关部门和单位：
为加快散煤堆场整治，现将有关事项通知如下：
1.压实属地管理责任。散煤堆场所在镇（乡）、街道为主体责任部门，要抽调专门人员，确保按期完成。
2.环保局负责按标准指导各堆场整改，对整改完成的及时验收。
3.市场监督管理局负责督导整治进度，对逾期未完成的依法处理。
4.全县散煤堆场整治工作务必于3月底前全部完成。
某县人民政府办公室
2017年1月20日
"""


def test_a_letters_items_by_subject_count_a_topic_point_with_a_copula():
    assert [(no, lead) for no, lead, _, _ in rows(LETTER)] == [
        (1, ("散煤堆场所在镇（乡）、街道",)), (2, ("环保局",)), (3, ("市场监督管理局",))]


def test_sanction_paragraphs():
    assert is_sanction("因疫情发现不及时的，追究镇(乡)分管领导有关责任人的责任。")
    assert is_sanction("在疫情处置中，因处置方案不合理而延误处置的，追究市农牧林业局有关责任人的责任；")
    assert not is_sanction("因地制宜推进改厕，县农业农村局负责。")
    assert not is_sanction("县纪委监委负责追究失职人员的责任。")


DEPTS = """6、公安部门：协助做好疫区封锁和检查站的设立工作。
7、林业部门：负责野生动物疫病监测。
8、交通部门：监督运输单位依法承运动物及其产品。
9、其他各有关部门按照有关规定履行防控工作职责。
(三)场所防疫监管责任人工作职责
负责督促所监管场所落实防疫措施。
(四)动物卫生监督机构、动物疫病预防控制机构和乡(镇)畜牧兽医中心站工作职责
动物卫生监督机构组织实施本行政区域内的动物防疫监督和检疫工作。
动物疫病预防控制机构承担本行政区域内动物疫情的监测和诊断工作。
乡(镇)畜牧兽医中心站作为县级畜牧兽医局的派出机构，具体组织实施强制免疫。
"""


def test_a_heading_naming_whose_duties_follow_leads_each_paragraph_opening_with_one_of_its_units():
    measures = parsed(DEPTS).measures
    got = [(m.measure_no, m.section.label if m.section else None, m.lead_cells) for m in measures]
    assert got == [
        (6, None, ("公安部门",)), (7, None, ("林业部门",)), (8, None, ("交通部门",)),
        (9, None, ("其他各有关部门",)),   # a subject item in a list by unit (its units before a colon)
        (5, "(四)", ("动物卫生监督机构",)), (6, "(四)", ("动物疫病预防控制机构",)), (7, "(四)", ("乡(镇)畜牧兽医中心站",)),
    ]   # (三) names people, no unit: no measure; the paragraphs numbered by their place in the notice
    assert measures[-1].text.startswith("乡(镇)畜牧兽医中心站作为")


def test_a_lone_paragraph_under_such_a_heading_is_no_list():
    from extractor.parse.topicduties import heading_duties
    lines = ["(四)动物卫生监督机构和动物疫病预防控制机构工作职责", "动物卫生监督机构组织实施检疫工作。", "（五）其他"]
    assert heading_duties(lines) == {}


def test_every_towns_body_is_a_group():
    from extractor.agencies.registry import default_patterns
    patterns = default_patterns()
    assert patterns.is_group("镇(乡)畜牧兽医技术服务中心") and patterns.is_group("乡(镇)畜牧兽医中心站")
    assert not patterns.is_group("镇江市畜牧兽医站")


def test_a_traditional_copys_duty_heading():
    from extractor.parse.topicduties import heading_duties
    lines = ["(四)動物衛生監督機構和動物疫病預防控制機構工作職責", "動物衛生監督機構組織實施檢疫工作。", "動物疫病預防控制機構承擔監測工作。"]
    assert [a.lead for _, a in heading_duties(lines).values()] == [("動物衛生監督機構",), ("動物疫病預防控制機構",)]
