"""Unnumbered paragraphs that are a list of duties by subject (docs/parsing.md, "A list of duties by subject"):
a 通告's measures part printing one paragraph per department, each opening with its unit as the subject of 负责
(holdout glossduty-mudan, batch 105), and the title block a news item's lead names whole in book-title marks."""
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.unitduties import MIN_SUBJECT_DUTY_ITEMS, bare_duties
from extractor.source.decode import decode_bytes

from conftest import make_raw
from test_metadata import meta_of


#: no paragraph reader finds an assignment of its own (the ``assigned`` test ``bare_duties`` is given)
def NONE(line: str) -> bool:
    return False


def parsed(text: str):
    return parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))


NOTICE = """某市某区人民政府
关于禁止燃放烟花爆竹的通告
为保障公共安全，现将有关事项通告如下：
一、禁燃时间
2023年1月13日零时起至2月22日24时。
二、禁燃措施
生态环境部门负责加强大气污染防治监督，依法发布预警信息。
行政审批服务部门负责严格烟花爆竹经营许可的审批。
公安部门负责烟花爆竹公共安全管理；依法查处违规燃放行为；配合其他部门开展执法检查。
教育部门负责督促学校做好安全教育。
"""


def test_unnumbered_duty_paragraphs_are_a_measure_each_led_by_their_subject():
    measures = parsed(NOTICE).measures
    got = [(m.measure_no, m.section.label if m.section else None, m.lead_cells, m.support_cells, m.text) for m in measures]
    assert [g[:4] for g in got] == [
        (1, "二、", ("生态环境部门",), ()),
        (2, "二、", ("行政审批服务部门",), ()),
        (3, "二、", ("公安部门",), ()),   # 配合其他部门 inside the duty is wording
        (4, "二、", ("教育部门",), ()),
    ]
    # the text stays whole: the unit is the sentence's subject
    assert got[2][4] == "公安部门负责烟花爆竹公共安全管理；依法查处违规燃放行为；配合其他部门开展执法检查。"


def test_too_few_such_paragraphs_are_no_list():
    lines = ["生态环境部门负责加强监督。", "公安部门负责安全管理。", "各单位要高度重视。"]
    assert MIN_SUBJECT_DUTY_ITEMS == 3
    assert bare_duties(lines, NONE) == {}
    assert sorted(bare_duties(lines[:2] + ["教育部门负责安全教育。"], NONE)) == [0, 1, 2]


def test_a_run_is_consecutive_and_numbered_or_bracketed_paragraphs_break_it():
    # a numbered paragraph is read by its numbering kind, a closing bracket by the bracket: neither is a bare duty
    lines = ["生态环境部门负责加强监督。", "1.公安部门负责安全管理。", "教育部门负责安全教育。",
             "应急管理部门负责安全生产监管。", "商务部门负责市场监管（牵头单位：市商务局）"]
    assert bare_duties(lines, NONE) == {}
    found = bare_duties(lines[2:4] + ["交通运输部门负责运输管理。", "其他说明。"], NONE)
    assert sorted(found) == [0, 1, 2]
    assert found[2][1].lead == ("交通运输部门",) and found[2][0] == "交通运输部门负责运输管理。"


LEAD_QUOTES_TITLE = """2022年12月31日，某区政府网站发布《某市某区人民政府关于禁止燃放烟花爆竹的通告》。具体内容如下：
某市某区人民政府
关于禁止燃放烟花爆竹的通告
为保障公共安全，现将有关事项通告如下：
一、禁燃措施
生态环境部门负责加强大气污染防治监督。
公安部门负责烟花爆竹公共安全管理。
教育部门负责督促学校做好安全教育。
"""


def test_a_news_lead_naming_the_title_block_whole_keeps_its_issuer_line():
    assert meta_of(LEAD_QUOTES_TITLE).title == "某市某区人民政府关于禁止燃放烟花爆竹的通告"
    # a lead naming another text leaves the title as its lines read
    other = LEAD_QUOTES_TITLE.replace("《某市某区人民政府关于禁止燃放烟花爆竹的通告》", "《某市烟花爆竹燃放管理条例》")
    assert meta_of(other).title == "关于禁止燃放烟花爆竹的通告"



COLON_LINES = """三、职责分工
市委宣传部：负责殡葬改革的宣传报道和舆论引导。
市民政局：负责全市殡葬事务的管理，会同市公安、工商等部门查处违法违规行为。
市电信局、某通信公司某分公司：负责保障通信畅通。
各县（区）政府：负责本辖区殡葬改革的组织实施。
"""


def test_units_set_apart_by_a_colon_lead_the_duties_after_it():
    measures = parsed(COLON_LINES).measures
    got = [(m.measure_no, m.lead_cells, m.support_cells, m.text) for m in measures]
    assert got == [
        (1, ("市委宣传部",), (), "负责殡葬改革的宣传报道和舆论引导。"),
        # 会同 inside the duty after the colon is wording: the colon closed the units
        (2, ("市民政局",), (), "负责全市殡葬事务的管理，会同市公安、工商等部门查处违法违规行为。"),
        (3, ("市电信局、某通信公司某分公司",), (), "负责保障通信畅通。"),
        (4, ("各县（区）政府",), (), "负责本辖区殡葬改革的组织实施。"),
    ]


LEADING_CLAUSES = """二、重点任务
市发改局牵头，市财政局配合，推进重大项目谋划储备。
市住建局牵头，市自然资源局配合，加快老旧小区改造。
市交通运输局牵头，各区政府配合，完善农村公路网络。
"""


def test_paragraphs_opening_with_their_own_assignment_clauses_keep_that_reading():
    # the opening clauses (proseassign.split_leading) name lead and support and are no text: no duty by subject
    measures = parsed(LEADING_CLAUSES).measures
    assert [(m.lead_cells, m.support_cells, m.text) for m in measures] == [
        (("市发改局",), ("市财政局",), "推进重大项目谋划储备。"),
        (("市住建局",), ("市自然资源局",), "加快老旧小区改造。"),
        (("市交通运输局",), ("各区政府",), "完善农村公路网络。"),
    ]


COMMA_RUN = ["交通部门，负责村级道路的建设。", "教育部门，负责试点村的义务教育。", "水利部门，负责指导防洪和抗旱工作。"]


def test_a_comma_set_subject_after_a_run_of_such_duties_is_one_more_duty():
    # the run's units each set apart by a comma: the next paragraph shaped so is a duty whatever its verb (session 73,
    # holdout commaduty-unplaced: 旅游部门，指导…，配合做好… was lost)
    lines = [*COMMA_RUN, "旅游部门，指导旅游产业发展，配合做好旅游规划。", "（七）严格目标考核。"]
    found = bare_duties(lines, NONE)
    assert sorted(found) == [0, 1, 2, 3]
    assert found[3] == ("旅游部门，指导旅游产业发展，配合做好旅游规划。", found[3][1])
    assert found[3][1].lead == ("旅游部门",)


def test_a_comma_paragraph_joins_no_short_run_nor_a_call_to_all():
    assert 2 not in bare_duties([*COMMA_RUN[:2], "旅游部门，指导旅游产业发展。"], NONE)
    assert 3 not in bare_duties([*COMMA_RUN, "各部门，要高度重视，加强协作。"], NONE)
    # after duties whose units stand before their verb with no comma, the comma shape says nothing
    plain = ["生态环境部门负责大气污染防治。", "公安部门负责公共安全管理。", "教育部门负责安全教育。"]
    assert 3 not in bare_duties([*plain, "旅游部门，指导旅游产业发展。"], NONE)
