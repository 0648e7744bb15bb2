"""Points run in with a topic's name whose bodies are named as the subjects of 要 or 作为, not of a role verb
(parse/modalduties.py; docs/parsing.md "Duties whose subjects are named with 要 or 作为"; holdout
modelpage-unplaced-2011-2, batch 127), and the runs of kinds of firms under 企业 (agencies/kindruns.py)."""
from extractor.agencies.kindruns import join_kind_runs
from extractor.agencies.registry import default_patterns
from extractor.layout.locate import locate_content
from extractor.parse.forms import parse_body
from extractor.parse.modalduties import MIN_BODY_POINTS, MIN_MODAL_POINTS, modal_duty, modal_kinds
from extractor.parse.topicduties import topic_duty
from extractor.source.decode import decode_bytes

from conftest import make_raw


def rows(text: str):
    parsed = parse_body(locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt"))))
    return [(m.measure_no, m.lead_cells, m.support_cells, m.text) for m in parsed.measures]


PAGE = """城区供水管网改造意见
三、保障措施
（一）加强组织领导。要强化对管网改造的领导，工程进展中的重大问题，县住建局和施工单位要及时报告县政府。各供水企业要组建改造指挥部。
（二）落实工作责任。县住建局作为供水行业的主管部门，要做好统筹协调。各镇政府作为管网移交的第一责任人，主要负责同志要亲自协调。
（三）强化协调配合。县发改、财政、交通、电力等部门要大力支持管网改造，简化审批程序。
（四）严格督导检查。县住建局要抽调人员组建督导组，定期检查改造进度。
（五）落实优惠政策。对改用节水器具的，县水务局要给予补贴，具体标准由县住建局会同物价、供水、燃气企业共同研究。
"""


def test_each_point_is_one_measure_led_by_every_modal_subject():
    got = rows(PAGE)
    assert [(no, lead, support) for no, lead, support, _ in got] == [
        (1, ("县住建局", "施工单位", "各供水企业"), ()),   # a clause with no subject first: the later ones name them
        (2, ("县住建局", "各镇政府"), ()),                 # 作为…，要: the body before 作为 is the subject
        (3, ("县发改、财政、交通、电力等部门",), ()),        # a run of kinds: one catch-all; read since its kind is
        (4, ("县住建局",), ()),
        (5, ("县水务局", "县住建局"), ("物价、供水、燃气企业",)),   # 由A会同B: A leads, B (a run of kinds of firms) supports
    ]
    # the text is the point whole, its topic run in; 县政府 as whom a subject reports to is no unit
    assert got[3][3] == "严格督导检查。县住建局要抽调人员组建督导组，定期检查改造进度。"


LETTER = """各县区人民政府，市直各部门：
现将《实施方案》印发给你们，请认真贯彻落实。
（一）提高站位抓落实。各地各部门要把落实方案作为年度工作的主线，确保各项任务落到实处。
（二）压实责任抓落实。各级各部门要细化分工，主要负责同志要亲自过问。
（三）强化督查抓落实。各县区要定期开展督查，及时通报进展。
"""


def test_a_letters_calls_to_all_are_no_duties():
    # 各地各部门要… names only catch-alls as a modal's subject: a cover letter's exhortation, no division of the work
    numbered = [("paren", line.split("）", 1)[1]) for line in LETTER.splitlines() if line.startswith("（")]
    assert modal_kinds(numbered) == frozenset()
    assert rows(LETTER) == []
    assert topic_duty("提高站位抓落实。各地各部门要把落实方案作为年度工作的主线，确保各项任务落到实处。") is None


def test_fewer_points_naming_a_subject_so_are_no_list():
    points = ["加强领导。县住建局要强化领导。", "严格督查。县住建局要定期检查。", "广泛宣传。各地要加大宣传。"]
    assert (MIN_MODAL_POINTS, MIN_BODY_POINTS) == (3, 1)
    assert modal_kinds([("paren", p) for p in points[:2]]) == frozenset()   # two points: any plan's exhortation
    assert modal_kinds([("paren", p) for p in points]) == {"paren"}         # three, bodies among them: a division


def test_a_run_of_catch_alls_and_one_body_is_a_list():
    # session 74: a 意见's points giving their work to 各级政府, to one department and to 各地、各有关部门 (holdout
    # topicpoints-guangdong-1999-9); before, every one of the three had to name a body
    points = ["加强领导。各级政府要切实加强领导，建立协调制度。", "制定规划。省卫生厅要会同省有关部门抓紧制订规划。",
              "开展宣传。各地、各有关部门要广泛开展宣传。"]
    assert modal_kinds([("cn", p) for p in points]) == {"cn"}
    assert modal_duty(points[2]).lead == ("各地", "各有关部门")   # 各地: a catch-all of places beside a unit
    assert modal_duty(points[1]).support == ("省有关部门",)
    # the same three with catch-alls only stay a call to all
    calls = [*points[::2], "强化督查。各县区要定期开展督查。"]
    assert modal_kinds([("cn", p) for p in calls]) == frozenset()


def test_a_clause_opening_with_its_modal_names_no_subject():
    # 需要动员全社会共同参与: 要 inside 需要, then the words of its verb; before session 74 需要动员全社会 led
    got = modal_duty("加强领导。防治任务长期复杂，需要动员全社会共同参与。各级政府要切实加强领导。")
    assert got.lead == ("各级政府",)
    assert modal_duty("加强领导。防治任务长期复杂，需要动员全社会共同参与。") is None


PARAGRAPHS = """关于加强防治工作的意见
各地、各部门要认真执行防治方案，全面开展宣传教育。要发挥学校和社区的作用。到2008年，知晓率城市要达到85%以上。
各级各类新闻单位要把防治知识作为宣传重点之一。县电视台、广播电台要在黄金时间播放公益广告。各级人民政府和宣传主管部门要加强指导。
农业部门要借助下乡活动，在农村开展宣传。到2005年，做到村村有宣传挂图。
"""


def test_unnumbered_paragraphs_each_opening_with_a_modal_subject_are_a_list():
    # a split copy's page opening inside a part (holdout subjectparas-jiangxi-2004-2): each paragraph one measure,
    # numbered by place, led by every modal subject in it, text whole
    got = rows(PARAGRAPHS)
    assert [(lead, support) for _no, lead, support, _ in got] == [
        (("各地", "各部门"), ()),
        (("各级各类新闻单位", "县电视台", "广播电台", "各级人民政府", "宣传主管部门"), ()),
        (("农业部门",), ()),
    ]
    assert got[2][3] == "农业部门要借助下乡活动，在农村开展宣传。到2005年，做到村村有宣传挂图。"


def test_a_letters_closing_calls_are_no_paragraph_list():
    # catch-alls only, or two paragraphs: a letter's calls to all, no rows
    letter = """关于做好防汛工作的通知
各县区人民政府，市直各部门：
现将方案印发给你们，请认真贯彻落实。
各地、各部门要高度重视，切实加强领导。
各级各部门要细化分工，主要负责同志要亲自过问。
各县区要定期开展督查，及时通报进展。
"""
    assert rows(letter) == []
    two = """关于做好防汛工作的通知
现将方案印发给你们，请认真贯彻落实。
各地、各部门要高度重视，切实加强领导。
市水务局要定期开展督查，及时通报进展。
"""
    assert rows(two) == []


def test_a_point_needs_a_topic_and_a_subject():
    assert modal_duty("县住建局要强化项目督导，定期检查。") is None            # no topic's name before it
    assert modal_duty("严格督导检查。要强化项目督导，定期检查进度。") is None   # no body named
    assert modal_duty("严格督导检查。县住建局要强化项目督导。").lead == ("县住建局",)


def test_a_run_of_kinds_of_firms_is_one_catch_all():
    patterns = default_patterns()
    assert join_kind_runs(["电业", "物价和供热", "燃气企业"], patterns) == ["电业、物价和供热、燃气企业"]
    assert join_kind_runs(["市国资委", "燃气企业"], patterns) == ["市国资委", "燃气企业"]   # a body by itself stands
    assert patterns.is_group("电业、物价和供热、燃气企业") and patterns.is_group("燃气企业")
    assert patterns.is_group("项目单位")
    assert not patterns.is_group("市电业局") and not patterns.is_group("华能公司") and not patterns.is_group("项目办")


MINISTRIES = """（十）严查非法开采。国土资源部要巩固开采秩序整治成果，严格开采总量控制。
（十一）严查超计划生产。工业和信息化部要会同有关部门开展生产整治，对超计划企业依法处罚，并由工商行政管理部门限期办理变更登记。
（十二）严查污染环境行为。环境保护部要对冶炼分离企业开展专项整治。
（十三）严查非法出口。海关总署要会同商务部等有关部门开展出口秩序整治，加大查验力度。
"""


def test_bodies_named_after_a_subjects_huitong_support_and_a_you_clause_leads():
    # holdout tradpage-guowuyuan-2011-12 (batch 128): X要会同Y… gives Y support; 并由Z限期办理… gives Z the lead; a
    # ministry printed as 总署 is a unit (assign.toml unit_end)
    got = rows(MINISTRIES)
    assert [(no, lead, support) for no, lead, support, _ in got] == [
        (10, ("国土资源部",), ()),
        (11, ("工业和信息化部", "工商行政管理部门"), ("有关部门",)),
        (12, ("环境保护部",), ()),
        (13, ("海关总署",), ("商务部",)),   # 商务部等有关部门: the 等 tail names no unit
    ]


def test_a_huitong_or_you_naming_no_body_adds_no_unit():
    # 会同 or 由 before wording, not a unit list, names nobody: the point keeps its subject alone
    assert modal_duty("严查生产。县工信局要会同研究制定办法，并由此建立长效机制。").lead == ("县工信局",)
    assert modal_duty("严查生产。县工信局要会同研究制定办法，并由此建立长效机制。").support == ()


def test_a_unit_list_stops_where_its_last_name_ends():
    from extractor.parse.modalduties import _leading_units
    assert _leading_units("工商行政管理部门限期办理变更登记") == "工商行政管理部门"   # 办 ends units, 限期办 is no name
    assert _leading_units("市发改委、市财政局开展工作") == "市发改委、市财政局"
    assert _leading_units("市委员会办公室负责") == "市委员会办公室"                 # 委 of 委员会 ends no name
    assert _leading_units("研究制定办法") == ""


def test_a_topic_of_eighteen_characters_is_a_topic():
    # the bound is namedfirst's item name (24): 严厉查处非法开采和超出控制指标的开采 (18) runs its point in
    assert modal_duty("严厉查处非法开采和超出控制指标的开采。国土资源部要巩固整治成果。").lead == ("国土资源部",)
    # a first sentence past the bound is wording, no topic
    assert modal_duty("严厉查处非法开采和超出控制指标的开采以及违法生产和超出计划的生产行为。国土资源部要巩固整治成果。") is None


def test_one_item_naming_its_doer_by_zuowei_and_a_role_noun_is_a_duty():
    # holdout forestorder-dachaidan-2024-3 (batch 128): an order's one 工作要求 item gives the work to a town by
    # 作为…的主体; the posts before it (各级林（草）长) are people
    page = ("五、工作要求\n（一）统一思想，严格落实禁牧责任。各级林（草）长要切实履行职责，某镇人民政府作为禁牧工作的主体，"
            "要严格按照属地管理的要求抓好落实。\n")
    assert [(no, lead) for no, lead, _, _ in rows(page)] == [(1, ("某镇人民政府",))]


def test_a_catch_all_or_a_bare_zuowei_in_one_item_is_no_duty():
    from extractor.parse.modalduties import role_duty
    assert role_duty("提高站位。各地各部门作为责任主体，要把方案落到实处。") is None    # a catch-all: a call to all
    assert role_duty("落实责任。县住建局作为供水行业的主管部门，要做好统筹协调。") is None  # no role noun: a modal point


def test_catch_alls_beside_a_body_before_zuowei_lead_with_it():
    # holdout glossnotice-helingeer-2025-42 (batch 128): the towns (a catch-all) and the street office's preparatory
    # group (筹备组 ends a unit, assign.toml unit_end) are the notice's 具体组织实施者
    from extractor.parse.modalduties import role_duty
    found = role_duty("各乡镇人民政府、街道办事处筹备组作为禁牧休牧的具体组织实施者，要强化日常巡护。")
    assert found is not None and found.lead == ("各乡镇人民政府", "街道办事处筹备组")
    assert role_duty("各乡镇人民政府作为禁牧休牧的具体组织实施者，要强化日常巡护。") is None   # catch-alls alone


def test_over_a_table_every_point_must_name_a_body():
    # a letter over a 分解表 (holdout mirrortab-gansu-2022-9): its points' catch-alls exhort, the table divides
    points = ["提高站位抓落实。各地各部门要把落实报告作为主线。", "协同配合抓落实。各牵头部门要履行牵头职责。",
              "督查考核抓落实。省政府督查室要把重点任务纳入督查计划。"]
    assert modal_kinds([("cn", p) for p in points]) == {"cn"}
    assert modal_kinds([("cn", p) for p in points], tabled=True) == frozenset()
    bodies = [*points[2:], "加强领导。省发改委要统筹调度。", "落实保障。省财政厅要保障经费。"]
    assert modal_kinds([("cn", p) for p in bodies], tabled=True) == {"cn"}
    page = ("<html><body><p>关于分解落实重点任务的通知</p>"
            + "".join(f"<p>（{n}）{p}</p>" for n, p in zip("一二三", points))
            + "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
            + "<tr><td>1</td><td>地区生产总值增长6.5%左右</td><td>省发展改革委</td></tr>"
            + "<tr><td>2</td><td>城镇新增就业32万人以上</td><td>省人社厅</td></tr></table></body></html>")
    parsed = parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html"))))
    assert [m.lead_cells for m in parsed.measures] == [("省发展改革委",), ("省人社厅",)]


def test_a_huitong_after_a_clause_opening_with_its_modal_supports():
    # 农业部门要…。要会同有关部门，…: the subject goes on from the sentence before (holdout subjectparas-jiangxi-2004-2)
    got = modal_duty("加强宣传。农业部门要在农村开展宣传。要会同有关部门，编印宣传材料。")
    assert (got.lead, got.support) == (("农业部门",), ("有关部门",))
    assert modal_duty("加强宣传。要会同有关部门，编印宣传材料。") is None   # no subject named before: no duty
    # a subject's own 会同 list is read as before
    assert modal_duty("加强宣传。农业部门要会同有关部门开展宣传。").support == ("有关部门",)


def test_bare_kinds_closed_by_deng_as_subjects():
    """A run of bare kinds closed by 等 is ONE subject; two such lists joined by 及, each with its own group word, are
    two; a subject set off by a comma before its modal is one still; a body the subject is to 配合 leads (holdout
    subjectparas-jiangxi-2004-2, topicpoints-guangdong-1999-9; README "Bare kinds closed by 等")."""
    got = modal_duty("加强宣传。卫生等部门要编印宣传材料。")
    assert got.lead == ("卫生等部门",)
    got = modal_duty("加强宣传。卫生、宣传、公安和司法等有关部门及工、青、妇等社会团体，要制订行动计划。")
    assert got.lead == ("卫生、宣传、公安和司法等有关部门", "工、青、妇等社会团体")
    got = modal_duty("加强宣传。农业部门要在农村开展宣传。要积极配合卫生等部门编印材料。")
    assert (got.lead, got.support) == (("农业部门", "卫生等部门"), ())
    # a list of bodies is read as before; a 配合 naming no unit adds none
    assert modal_duty("加强宣传。市卫生局、市教育局要开展宣传。").lead == ("市卫生局", "市教育局")
    assert modal_duty("加强宣传。农业部门要开展宣传。要积极配合，编印材料。").lead == ("农业部门",)
    # a clause of units alone before a clause that opens with no modal names no subject
    assert modal_duty("加强宣传。卫生等部门，按照职责开展宣传。") is None


def test_hui_between_two_unit_lists_after_you_is_huitong():
    """``由A会B…``: 会 the short form of 会同 right between two unit lists after 由 (A leads, B supports); 会 anywhere else
    is read as before (holdout topicpoints-guangdong-1999-9; README "Bare kinds closed by 等 …; 会 for 会同")."""
    got = modal_duty("制定规划。省卫生行政主管部门要抓紧制订规划。具体办法由省卫生厅会有关部门另行制订。")
    assert (got.lead, got.support) == (("省卫生行政主管部门", "省卫生厅"), ("有关部门",))
    # 会 ending a unit's own name (委员会), or 会 of 会议, names no helper
    got = modal_duty("制定规划。市卫生局要抓紧制订规划。具体办法由市编委会另行制订。")
    assert got.support == ()
    got = modal_duty("制定规划。市卫生局要抓紧制订规划。具体办法由市政府召开会议研究。")
    assert got.support == ()


POINT_GOING_ON = """关于加强防治工作的意见
各市、县人民政府：
现提出以下意见。
一、加强领导。防治任务长期而复杂。各级政府要切实加强领导。
二、制定规划。近年来形势日益严峻。省卫生厅要会同省有关部门抓紧制订规划。
卫生、教育、公安和司法等有关部门及工、青、妇等社会团体，要制订具体行动计划，各负其责。
三、开展宣传。各地、各有关部门要广泛开展宣传。
"""


def test_an_unnumbered_paragraph_opening_with_a_subject_goes_on_with_the_point():
    """A paragraph with no number right under a point of a run of modal points, opening with a modal's subject, is that
    point's: its text joins with nothing between, its subjects lead after the point's (holdout
    topicpoints-guangdong-1999-9: before, the paragraph and its two units were dropped)."""
    got = rows(POINT_GOING_ON)
    assert [(no, lead, support) for no, lead, support, _ in got] == [
        (1, ("各级政府",), ()),
        (2, ("省卫生厅", "卫生、教育、公安和司法等有关部门", "工、青、妇等社会团体"), ("省有关部门",)),
        (3, ("各地", "各有关部门"), ()),
    ]
    assert got[1][3].endswith("规划。卫生、教育、公安和司法等有关部门及工、青、妇等社会团体，要制订具体行动计划，各负其责。")
    # a paragraph naming no subject under the point is no part of it, as before
    got = rows(POINT_GOING_ON.replace("卫生、教育、公安和司法等有关部门及工、青、妇等社会团体，要", "同时要"))
    assert got[1][3] == "制定规划。近年来形势日益严峻。省卫生厅要会同省有关部门抓紧制订规划。"


def test_media_before_a_modal_are_its_subjects():
    """A list before a modal naming kinds of media (``[modalduty] media``) beside units or alone is the clause's subject,
    split at 、 (holdout subjectparas-jiangxi-2004-2: before, ``省级主要报纸、期刊要…`` named nobody)."""
    got = modal_duty("加强宣传。省级电视台、广播电台要播放公益广告。省级主要报纸、期刊要定期刊出公益广告。")
    assert got.lead == ("省级电视台", "广播电台", "省级主要报纸", "期刊")
    assert modal_duty("加强宣传。市委宣传部和新闻媒体要加强报道。").lead == ("市委宣传部", "新闻媒体")
    # a medium that is a clause's object or place, not its subject before a modal, is wording
    assert modal_duty("加强宣传。市卫生局要在报纸、期刊上刊登公益广告。").lead == ("市卫生局",)
    # a list holding a piece that is neither a unit nor a medium names nobody
    assert modal_duty("加强宣传。宣传标语、期刊要醒目。") is None


PART_OVER_TARGETS = """6、在示范区对妇女进行面对面的宣传教育。到2005年，比率达到100%；
7、计划生育工作机构要把防治知识融入生殖健康教育。到2005年，达到85%以上；
8、在计划生育服务机构设置宣传栏。到2005年，达到90%以上；
9、医院的性病诊疗机构要为求诊者提供心理咨询。到2005年，发放率达到100%；
(六)积极做好过往旅客的宣传工作
铁路、民航、交通和城建等部门要主动开展面向过往旅客的宣传，卫生部门要给予技术支持。
1、把防治知识列入各类交通工具的宣传广播内容，到2005年，达到100%；
2、在各类交通工具上设置公益广告。到2005年，达到60%以上；
"""


def test_a_part_sentence_hands_its_targets_to_units():
    """A heading over ONE paragraph whose sentence hands the part to units by a modal's subjects, over targets a level
    below naming none: each target a measure with the sentence's units, a subject only giving support supports; the
    items before it opening with their doers as a modal's subjects are duties by subject, the part's sentence counting
    as one more assignment of their kind (holdout unitsthentargets-guoaiban-2004-4: before, no measure; README "A part
    handed to units in one sentence over targets naming none")."""
    parsed = parse_body(locate_content(decode_bytes(make_raw(PART_OVER_TARGETS.encode("utf-8"), path="n.txt"))))
    got = [(m.measure_no, m.section and m.section.no, m.lead_cells, m.support_cells) for m in parsed.measures]
    kinds = ("铁路、民航、交通和城建等部门",)
    assert got == [(7, None, ("计划生育工作机构",), ()), (9, None, ("医院的性病诊疗机构",), ()),
                   (1, 6, kinds, ("卫生部门",)), (2, 6, kinds, ("卫生部门",))]
    assert [(s.no, s.label, s.title) for s in parsed.sections] == [(6, "(六)", "积极做好过往旅客的宣传工作")]
    assert parsed.measures[2].text == "把防治知识列入各类交通工具的宣传广播内容，到2005年，达到100%；"


def test_a_part_sentence_needs_targets_naming_none_and_a_subject_first():
    # a target naming its own units keeps them, and the sentence gives none
    page = PART_OVER_TARGETS.replace("达到60%以上；", "达到60%以上。（市交通局负责）")
    parsed = parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.txt"))))
    assert [m.lead_cells for m in parsed.measures][-1] == ("市交通局",)
    assert all("卫生部门" not in m.support_cells for m in parsed.measures)
    # a paragraph opening with no subject hands nothing: the targets and the items before stay no measures
    page = PART_OVER_TARGETS.replace("铁路、民航、交通和城建等部门要主动开展", "要主动开展")
    parsed = parse_body(locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.txt"))))
    assert parsed is None or not parsed.measures


def test_a_subject_only_giving_support_supports():
    got = modal_duty("加强宣传。市交通局要主动开展宣传，市卫生局要给予技术支持。")
    assert (got.lead, got.support) == (("市交通局",), ("市卫生局",))
    # a subject with work of its own leads, as before
    got = modal_duty("加强宣传。市交通局要主动开展宣传，市卫生局要给予技术支持并组织培训。")
    assert (got.lead, got.support) == (("市交通局", "市卫生局"), ())
