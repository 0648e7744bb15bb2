"""Form ``labelled``: numbered items followed by labelled lines."""
import pytest

from extractor.parse.assign import parse_labels
from extractor.source.decode import decode_bytes
from extractor.parse.inline import parse_inline
from extractor.parse.labelled import parse_labelled, split_own_labels
from extractor.layout.locate import locate_content

from conftest import make_raw


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


@pytest.mark.parametrize("text,lead,support,deadline,responsible", [
    ("牵头单位：市发改局。", ("市发改局",), (), None, False),
    ("牵头单位：市发改局；配合单位：市财政局、各镇街(园区)；完成时限：2016年底前", ("市发改局",),
     ("市财政局、各镇街(园区)",), "2016年底前", False),
    ("责任单位：市发改局、市财政局", ("市发改局、市财政局",), (), None, True),
    ("牵头单位：市发改局；责任单位：市财政局", ("市发改局",), ("市财政局",), None, False),
    ("牵头责任单位：市编办；协同责任单位：市法制办", ("市编办",), ("市法制办",), None, False),
    ("部门分工：市发改委牵头，市统计局、市经信委等配合。", ("市发改委",), ("市统计局、市经信委",), None, False),
    ("【牵头单位】省发展改革委", ("省发展改革委",), (), None, False),
    ("牽頭單位：市發改局；配合單位：市財政局", ("市發改局",), ("市財政局",), None, False),
])
def test_parse_labels(text, lead, support, deadline, responsible):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.support, found.deadline, found.from_responsible) == (lead, support, deadline,
                                                                                  responsible)


@pytest.mark.parametrize("text", ["分管领导：林某某", "牵头负责领导：张某某；完成时限：年底", "牵头责任领导：邓某某。"])
def test_leader_lines_name_people_not_units(text):
    assert parse_labels(text, "labelled") is None


def test_leader_kept_in_extra():
    found = parse_labels("牵头单位：市发改局；分管领导：林某某", "labelled")
    assert found.lead == ("市发改局",) and found.extra == {"分管领导": "林某某"}


def test_a_leader_label_line_is_no_part_of_the_items_text():
    # 1. <task> / 牵头责任领导：<person>。 / 牵头责任单位：X。 / 协同责任单位：Y。 (holdout creditsite-chuzhou, batch 44)
    from extractor import extract
    notice = extract("一、主要目标\n1. 地区生产总值增长7.5%。\n牵头责任领导：邓某某。\n牵头责任单位：市发展改革委。\n"
                     "协同责任单位：市统计局。\n".encode("utf-8"), name="p.txt")
    assert [(m.text, [u.name for u in m.lead], [u.name for u in m.support]) for m in notice.measures] == [
        ("地区生产总值增长7.5%。", ["市发展改革委"], ["市统计局"])]


def test_an_ascii_angle_bracket_note_ends_a_unit_in_a_labels_value():
    # 责任单位 listed with ， and a catch-all whose note is in < > (holdout halfyear-huzhou, metamorphic list-comma)
    found = parse_labels("责任单位：市财政局，市级其他有关单位，各区县政府<南太湖新区、长合区管委会>", "labelled")
    assert found.lead == ("市财政局，市级其他有关单位，各区县政府<南太湖新区、长合区管委会>",) and not found.extra


def test_an_unnumbered_text_label_under_a_project_heading_is_the_measure():
    # 一、<project> / 牵头领导：<person> / 牵头单位：X / 责任单位：Y / 任务目标：<target>, one project's labels run
    # together on one line (责任单位：莲塘镇任务目标：…): holdout runlabel-nanchangxian, batch 53
    from extractor import extract
    notice = extract(("一、新建公共充电桩项目\n牵头领导：某某\n牵头单位：县城管执法局\n责任单位：县城投集团、属地乡镇\n"
                      "任务目标：2024年建成充电桩400个，覆盖主要片区\n二、老旧小区改造项目\n牵头领导：某某\n"
                      "牵头单位：县住建局\n责任单位：莲塘镇任务目标：2024年完成改造12万平方米。\n").encode("utf-8"), name="p.txt")
    assert [(m.measure_no, m.section_no, m.text, [u.name for u in m.lead], [u.name for u in m.support])
            for m in notice.measures] == [
        (1, 1, "2024年建成充电桩400个，覆盖主要片区", ["县城管执法局"], ["县城投集团", "属地乡镇"]),
        (2, 2, "2024年完成改造12万平方米。", ["县住建局"], ["莲塘镇"])]
    assert [(s.label, s.title) for s in notice.sections] == [("一、", "新建公共充电桩项目"), ("二、", "老旧小区改造项目")]


def test_an_inspection_items_points_are_its_text_under_its_heading():
    # 一、督促检查X工作 / 要点：… / 实施单位：…: an inspection list's 要点 is a text label ([text_labels]); the heading is
    # the section (tests/fixtures/README.md "An inspection item's points under its heading", holdout
    # duchapoints-sichuan-2018-48, batch 98)
    from extractor import extract
    page = ("2018年度省政府重点督查事项\n"
            "一、督促检查重大项目建设推进工作\n要点：省级重点项目年度投资计划执行情况。\n"
            "实施单位：省发展改革委、省国土资源厅，有关市（州）人民政府。\n"
            "二、督促检查民生实事办理工作\n要点：民生实事项目资金拨付和工程进度情况。\n实施单位：各市（州）人民政府，省直各部门。\n")
    notice = extract(page.encode("utf-8"), name="p.txt")
    assert [(m.measure_no, m.section_no, m.text, [u.name for u in m.lead], [u.name for u in m.support], m.deadline)
            for m in notice.measures] == [
        (1, 1, "省级重点项目年度投资计划执行情况。", ["省发展改革委", "省国土资源厅", "有关市（州）人民政府"], [], None),
        (2, 2, "民生实事项目资金拨付和工程进度情况。", ["各市（州）人民政府", "省直各部门"], [], None)]
    assert [(s.label, s.title) for s in notice.sections] == [("一、", "督促检查重大项目建设推进工作"),
                                                              ("二、", "督促检查民生实事办理工作")]


def test_a_text_label_under_an_item_printing_a_sentence_stays_its_text():
    # an item that prints its task (a sentence) keeps a 工作目标 line under its labels as before: no measure of its own
    from extractor.parse.labelled import _label_text_item
    from extractor.parse.items import Item
    from extractor.parse.outline import Outline
    outline = Outline()
    outline.add_item(Item(kind="num", rank=2, no=1, label="1.", text="加快某某工程建设，年内完工。"))
    assert _label_text_item("工作目标：年内完工", outline) is None


def test_labels_on_the_item_line():
    text, found = split_own_labels("加快某某工程建设。责任单位：市住建局")
    assert text == "加快某某工程建设。" and found.lead == ("市住建局",)


NOTICE = """某府办〔2019〕3号
关于印发某市重点工作分工方案的通知
各有关单位：
现将方案印发给你们。
某市人民政府办公室
2019年1月2日
某市重点工作分工方案
一、第一部分
1.任务甲。
牵头单位：市甲局
配合单位：市乙局
二、第二部分
（1）任务乙一。
（2）任务乙二。
责任单位：市丙局
完成时限：2019年12月31日
"""


def test_items_sections_and_a_label_run_covering_two_items():
    parsed = parse_labelled(located(NOTICE))
    rows = [(m.section.label, m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline)
            for m in parsed.measures]
    assert rows == [
        ("一、", 1, "任务甲。", ("市甲局",), ("市乙局",), None),
        ("二、", 1, "任务乙一。", ("市丙局",), (), "2019年12月31日"),
        ("二、", 2, "任务乙二。", ("市丙局",), (), "2019年12月31日"),
    ]
    assert all(m.form == "labelled" for m in parsed.measures)


def test_the_letters_points_are_not_covered_by_the_plans_first_label_run():
    # the letter's own points (1.) and the plan's items (1．) are one numbering kind; the labels
    # under the plan's first item cover it alone, not the points above the letter's signature date
    text = ("各区人民政府：\n现就有关事项通知如下：\n1.加强组织领导。\n2.强化协调配合。\n"
            "某市人民政府办公室\n2021年3月25日\n某市重点任务分解方案\n"
            "1．新建幼儿园20所。\n牵头单位：市教育局\n2．改造小区5个。\n牵头单位：市住建局\n")
    rows = [(m.text, m.lead_cells) for m in parse_labelled(located(text)).measures]
    assert rows == [("新建幼儿园20所。", ("市教育局",)), ("改造小区5个。", ("市住建局",))]


def test_no_labels_is_not_this_form():
    assert parse_labelled(located("一、总则\n1.某某工作。\n")) is None


@pytest.mark.parametrize("wrapped,support", [
    ("配合单位：A局、B局、\n自然资源和规划局", ("A局、B局、自然资源和规划局",)),
    ("配合单位：A局、市自然资源\n和规划局、各县人民政府", ("A局、市自然资源和规划局、各县人民政府",)),
    # a hard wrap inside a name with no separator either side: the rest makes the name a unit
    ("配合单位：A局、各街道办\n事处", ("A局、各街道办事处",)),
    ("配合单位：A局、区\n财政局", ("A局、区财政局",)),
    ("配合单位：A局、区机关事务服务\n中心", ("A局、区机关事务服务中心",)),
    # a list parted by commas, cut inside a name, its rest then more names (blindsynth session 51 cause 4)
    ("配合单位：区教育局，区住房和城乡建\n设局，区直有关部门", ("区教育局，区住房和城乡建设局，区直有关部门",)),
])
def test_label_value_wrapped_over_lines(wrapped, support):
    # a PDF copy wraps a long unit list; the deadline line after it must still count
    text = f"1. 新建幼儿园20所。\n牵头单位：市教育局\n{wrapped}\n完成时限：2022年底\n2. 改造小区。\n牵头单位：市住建局\n"
    first = parse_labelled(located(text)).measures[0]
    assert (first.lead_cells, first.support_cells, first.deadline) == (("市教育局",), support, "2022年底")


@pytest.mark.parametrize("wrapped,lead,support", [
    # a hard wrap cut the 部门分工 sentence inside a name; its rest ends the sentence
    ("部门分工：市工信局牵头，市发展和改革委员会、绵\n阳市财政局、市人社局配合。",
     ("市工信局",), ("市发展和改革委员会、绵阳市财政局、市人社局",)),
    ("部门分工：区商务局牵头，区统计局、各街道办\n事处配合。", ("区商务局",), ("区统计局、各街道办事处",)),
    # ... inside its verb, or right before its full stop
    ("部门分工：市应急局牵头，市教育局、各镇（街道）配\n合。", ("市应急局",), ("市教育局、各镇（街道）",)),
    ("部门分工：区民政局牵头，区人社局、各街道按职责分工\n负责。", ("区民政局",), ("区人社局、各街道",)),
    ("部门分工：市民政局牵头，市公安局配合\n。", ("市民政局",), ("市公安局",)),
    # ... right after a bracket inside its last name (blindsynth bs6616, a Big5 copy)
    ("部门分工：市应急局牵头，市教育局、各县（市、区）\n人民政府按职责分工负责。",
     ("市应急局",), ("市教育局、各县（市、区）人民政府",)),
    ("部門分工：退役軍人事務局牽頭，科技局、各縣（市、區）\n人民政府配合。", ("退役軍人事務局",), ("科技局、各縣（市、區）人民政府",)),
])
def test_a_label_sentence_cut_by_a_wrap_goes_on_in_its_rest(wrapped, lead, support):
    text = f"1. 新建幼儿园20所。\n{wrapped}\n2. 改造小区5个。\n部门分工：市住建局牵头。\n"
    got = [(m.text, m.lead_cells, m.support_cells) for m in parse_labelled(located(text)).measures]
    assert got == [("新建幼儿园20所。", lead, support), ("改造小区5个。", ("市住建局",), ())]


@pytest.mark.parametrize("after", ["各单位要高度重视、认真落实。", "请各单位认真贯彻执行。", "抄送：市委办公室，市人大常委会办公室。"])
@pytest.mark.parametrize("support,units", [("市财政局配合", "市财政局"),
                                           # a line ending in a name's bracket is no cut name when nothing completes it
                                           ("市财政局、各县（市、区）", "市财政局、各县（市、区）")])
def test_a_sentence_of_its_own_after_a_label_line_is_not_its_rest(after, support, units):
    text = f"1. 某工作。\n部门分工：市教育局牵头，{support}\n{after}\n"
    first = parse_labelled(located(text)).measures[0]
    assert (first.lead_cells, first.support_cells) == (("市教育局",), (units,))


def test_a_count_sentence_cut_by_a_wrap_goes_on_in_its_rest():
    """`以上2项牵头单位为X，配合单位为A、基础教育` / `科。` (blank-spaced, traditional too: `各` / `縣市區人民政府。`)."""
    text = ("一、教育发展\n1、新建幼儿园5所。\n2、改造校舍3万平方米。\n"
            "以上2项牵头单位为计划财务科，配合单位为人事科、基础教育\n科。\n"
            "3、推进老旧小区改造。\n該項工作牽頭單位為市場監管局，配合單位為市商務局、各\n\n縣市區人民政府。\n")
    got = [(m.measure_no, m.lead_cells, m.support_cells) for m in parse_inline(located(text)).measures]
    assert got == [(1, ("计划财务科",), ("人事科、基础教育科",)), (2, ("计划财务科",), ("人事科、基础教育科",)),
                   (3, ("市場監管局",), ("市商務局、各縣市區人民政府",))]


def test_a_sentence_after_the_labels_is_not_their_value():
    text = "1. 某工作。\n牵头单位：市教育局\n各单位要加强领导。\n"
    assert parse_labelled(located(text)).measures[0].lead_cells == ("市教育局",)


@pytest.mark.parametrize("after", ["市财政局", "某某县人民政府办公室", "组织保障", "各镇街",
                                   "工作，确保完成"])
def test_a_line_that_names_its_own_unit_or_is_no_name_rest_is_not_a_wrap(after):
    text = f"1. 某工作。\n牵头单位：市教育局\n配合单位：A局\n{after}\n"
    assert parse_labelled(located(text)).measures[0].support_cells == ("A局",)


# --- WeChat item cards: a number alone on its line, the text, label lines with a bar ----------

@pytest.mark.parametrize("text,lead,support,deadline", [
    ("责任单位｜县农业农村局", ("县农业农村局",), (), None),
    ("牵头部门丨区城管局；配合部门丨区财政局 区住建局", ("区城管局",), ("区财政局 区住建局",), None),
    ("牵头单位 ▏ 市水务局", ("市水务局",), (), None),
    ("牵头单位|县文旅局", ("县文旅局",), (), None),
    ("完成时限｜2024年9月", (), (), "2024年9月"),
])
def test_a_bar_separates_a_label_from_its_value(text, lead, support, deadline):
    found = parse_labels(text, "labelled", units_needed=False)
    assert (found.lead, found.support, found.deadline) == (lead, support, deadline)


def test_a_table_row_with_bars_is_no_label_line():
    assert parse_labels("| 序号 | 工作任务 | 牵头单位 | 配合单位 |", "labelled") is None
    assert parse_labels("牵头单位 | 配合单位 | 完成时限", "labelled") is None


_CARDS = """某县2024年为民办实事项目清单

{n1}

新建农村公路50公里。

牵头单位｜县交通运输局

配合单位｜县财政局 各乡镇

完成时间｜2024年11月底

{n2}

改造提升农贸市场3个。

牵头单位｜县市场监管局

完成时间｜2024年9月底

{n3}

新增城区停车位800个。

牵头单位｜县住建局

配合单位｜县公安局

完成时间｜2024年12月底
"""


@pytest.mark.parametrize("numbers", [("01", "02", "03"), ("NO.1", "NO.2", "NO.3"), ("第一项", "第二项", "第三项"),
                                     ("1", "2", "3")])
def test_item_cards_are_items(numbers):
    found = parse_labelled(located(_CARDS.format(n1=numbers[0], n2=numbers[1], n3=numbers[2])))
    got = [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in found.measures]
    assert got == [(1, "新建农村公路50公里。", ("县交通运输局",), ("县财政局 各乡镇",), "2024年11月底"),
                   (2, "改造提升农贸市场3个。", ("县市场监管局",), (), "2024年9月底"),
                   (3, "新增城区停车位800个。", ("县住建局",), ("县公安局",), "2024年12月底")]


def test_a_card_whose_text_wraps_onto_several_lines_is_one_item():
    """A phone's width wraps a card's long text (01 / 建设…， / …公里。 / 【牵头单位】…): the lines
    before the card's first label line are its text, joined; the next cards keep their numbers."""
    text = ("某区2024年民生实事清单\n01\n实施城区道路提升改造工程，新建改造主次干道\n8条、\n"
            "人行道12公里。\n【牵头单位】区住建局\n【完成时限】2024年10月底\n02\n新增公共停车泊位600个。\n"
            "【牵头单位】区城管局\n【配合单位】区公安分局\n【完成时限】2024年12月底\n")
    got = [(m.measure_no, m.text, m.lead_cells, m.deadline) for m in parse_labelled(located(text)).measures]
    assert got == [(1, "实施城区道路提升改造工程，新建改造主次干道8条、人行道12公里。", ("区住建局",), "2024年10月底"),
                   (2, "新增公共停车泊位600个。", ("区城管局",), "2024年12月底")]


_SUB_LABELS = """某市2024年为民办实事项目方案
一、建设社区嵌入式养老服务站
{a}工作任务：新建社区养老服务站12个，提供助餐、助浴服务。
{b}牵头单位：市民政局
{c}配合单位：市财政局、各区人民政府
{d}完成时间：2024年10月底
二、改善中小学校就餐条件
{a}建设内容：改造学校食堂20所。
{b}责任单位：市教育局
{c}完成时间：2024年8月底
"""


@pytest.mark.parametrize("marks", [("（一）", "（二）", "（三）", "（四）"), ("1.", "2.", "3.", "4.")])
def test_numbered_label_lines_are_one_measure(marks):
    """Label lines numbered under a heading per measure: the numbers number labels, the text
    label (工作任务, 建设内容) gives the measure's text and the heading is its section."""
    found = parse_labelled(located(_SUB_LABELS.format(a=marks[0], b=marks[1], c=marks[2], d=marks[3])))
    got = [(m.measure_no, m.section and m.section.title, m.text, m.lead_cells, m.support_cells, m.deadline)
           for m in found.measures]
    assert got == [(1, "建设社区嵌入式养老服务站", "新建社区养老服务站12个，提供助餐、助浴服务。", ("市民政局",),
                    ("市财政局、各区人民政府",), "2024年10月底"),
                   (2, "改善中小学校就餐条件", "改造学校食堂20所。", ("市教育局",), (), "2024年8月底")]


def test_text_label_line_keeps_its_own_labels():
    found = parse_labelled(located("一、稳定粮食生产\n（一）工作任务：完成粮食播种面积80万亩。牵头单位：县农业农村局\n"))
    assert [(m.text, m.lead_cells) for m in found.measures] == [("完成粮食播种面积80万亩。", ("县农业农村局",))]


# --- a label's value ends where its unit lists do ------------------------------------------------

@pytest.mark.parametrize("text,lead,support,deadline,note", [
    # a sentence after the list is a note on the measure, not part of the last name
    ("配合单位：县卫健局、县医保局。该项列入年度督查。", (), ("县卫健局、县医保局",), None, "该项列入年度督查"),
    ("牵头单位：区教育局；协办单位：区财政局，资金由区级统筹安排", ("区教育局",), ("区财政局",), None,
     "资金由区级统筹安排"),
    # a clause naming units by a role verb gives them that role, what follows the verb included
    ("责任单位：市城管局，各街道办事处配合开展", ("市城管局",), ("各街道办事处",), None, None),
    ("牵头单位：县交通运输局，各乡镇配合做好沿线征迁", ("县交通运输局",), ("各乡镇",), None, None),
    # a deadline clause is the deadline when no label names one
    ("牵头单位：区文旅局，力争明年6月底前建成", ("区文旅局",), (), "力争明年6月底前建成", None),
    ("牵头单位：区文旅局，力争明年6月底前建成；完成时限：2025年6月", ("区文旅局",), (), "2025年6月", None),
    # names holding brackets or 和/及, and names ending 中心/办公室, stay whole units
    ("牵头单位：市发展和改革委员会（市粮食和物资储备局）、市政务服务中心，确保工程质量",
     ("市发展和改革委员会（市粮食和物资储备局）、市政务服务中心",), (), None, "确保工程质量"),
    ("配合单位：县委办公室及县政府办公室，县融媒体中心；此项列为民生实事", (),
     ("县委办公室、县政府办公室，县融媒体中心",), None, "此项列为民生实事"),
    # a name listing its places, a group opening with 相关, a working group (专班) are units too
    ("配合单位：市发改委、市商务局，各县、市、区人民政府。该项列入督查", (),
     ("市发改委、市商务局，各县、市、区人民政府",), None, "该项列入督查"),
    ("牵头单位：区应急局，相关乡（街道），全区安全生产专班；资金由区级统筹",
     ("区应急局，相关乡（街道），全区安全生产专班",), (), None, "资金由区级统筹"),
    # a town or a street office after a comma is a unit; so is a list the co-lead mark closes, and a
    # role word in a bracket that is a note ends no list
    ("配合单位：县财政局，城关镇；县自然资源局，南街街道。此项列入年度考核", (),
     ("县财政局，城关镇；县自然资源局，南街街道",), None, "此项列入年度考核"),
    ("责任单位：县教育局，县卫健局分别牵头，县财政局", ("县教育局，县卫健局分别牵头，县财政局",), (), None, None),
    ("责任单位：县教育局，县体育中心（列第一位的为牵头单位，下同）。此项列入年度考核",
     ("县教育局，县体育中心",), (), None, "此项列入年度考核"),
    # 联合 before 会/社 is a federation's name, no role verb
    ("配合单位：县农业农村局，县妇女联合会，县供销合作社联合社。此项列入年度考核", (),
     ("县农业农村局，县妇女联合会，县供销合作社联合社",), None, "此项列入年度考核"),
])
def test_prose_after_a_labels_unit_lists_is_no_unit_name(text, lead, support, deadline, note):
    found = parse_labels(text, "labelled")
    assert (found.lead, found.support, found.deadline, found.extra.get("备注")) == (lead, support, deadline, note)


def test_label_lines_under_an_item_keep_their_units_apart_from_the_prose_after_them():
    text = ("1. 实施城区雨污分流改造。\n责任单位：县住建局，各乡镇配合做好相关工作\n"
            "2. 建设冷链物流中心。\n牵头单位：县商务局，确保年内投入运营\n配合单位：县发改局。纳入重点项目调度。\n")
    rows = [(m.lead_cells, m.support_cells, m.deadline, m.extra) for m in parse_labelled(located(text)).measures]
    assert rows == [(("县住建局",), ("各乡镇",), None, {}),
                    (("县商务局",), ("县发改局",), "确保年内投入运营", {"备注": "纳入重点项目调度"})]


# Bodies whose names end in none of the office words (a station, a customs house, a party school, a
# library, a road section) listed after a comma are units of the list, not a note after it.
@pytest.mark.parametrize("text,support", [
    ("配合单位：州委宣传部，州广播电视台", ("州委宣传部，州广播电视台",)),
    ("配合单位：市商务局，满洲里海关", ("市商务局，满洲里海关",)),
    ("配合单位：县教育局，县委党校，县职业中学", ("县教育局，县委党校，县职业中学",)),
    ("配合单位：区文旅局，区图书馆、区文化馆", ("区文旅局，区图书馆、区文化馆",)),
    ("配合单位：县交通运输局，县公路段", ("县交通运输局，县公路段",)),
    ("配合单位：市水利局，市气象台；此项列入防汛调度", ("市水利局，市气象台",)),
    ("配合单位：县林业局，国有林场，县人大", ("县林业局，国有林场，县人大",)),
])
def test_named_bodies_after_a_comma_stay_units(text, support):
    assert parse_labels(text, "labelled").support == support


# Villages and enterprises listed after a comma are units of the list too.
@pytest.mark.parametrize("text,support", [
    ("配合单位：镇民政办，各村（社区）", ("镇民政办，各村（社区）",)),
    ("配合单位：县应急局，相关企业", ("县应急局，相关企业",)),
    ("配合单位：区住建局，各物业服务企业；按季度报送进展", ("区住建局，各物业服务企业",)),
])
def test_villages_and_enterprises_after_a_comma_stay_units(text, support):
    assert parse_labels(text, "labelled").support == support


CUT_ITEM = """某市重点任务分解方案
1.任务甲。牵头单位：市甲局；责任单位：市乙局
2.新开工项目40个，完成投资增长10%以
上。牵头单位：市丙局；责任单位：市丁局
3.任务丙。牵头单位：市戊局
"""


def test_an_item_cut_by_a_page_break_takes_the_labels_closing_its_rest():
    # a document site's copy broke item 2's line inside its sentence: the line under it is its rest, the
    # labels closing it are item 2's own (before, item 2 was lost)
    rows = [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in parse_labelled(located(CUT_ITEM)).measures]
    assert rows == [(1, "任务甲。", ("市甲局",), ("市乙局",)),
                    (2, "新开工项目40个，完成投资增长10%以上。", ("市丙局",), ("市丁局",)),
                    (3, "任务丙。", ("市戊局",), ())]


def test_a_heading_takes_no_labels_from_the_line_under_it():
    # 一、主要目标 ends no sentence but is a heading's phrase: the labelled line under it is no rest of it
    text = "某市重点任务分解方案\n一、主要目标\n全市生产总值增长6%。牵头单位：市甲局\n2.任务乙。牵头单位：市乙局\n"
    assert [m.text for m in parse_labelled(located(text)).measures] == ["任务乙。"]


def test_one_project_by_name_over_its_labelled_lines_is_the_measure():
    # a district's 民生实事 page of ONE project: its name alone on a line, then its labelled lines, no number
    # anywhere (holdout projlabels-guangming, batch 56: before, the name was read as a lead-in and no row came)
    from extractor import extract
    notice = extract("某区2017年民生实事：公园建设（3项）\n某某公园绿化提升工程\n牵头单位：区城管局\n"
                     "协办单位：区财政局、某某街道办事处\n".encode("utf-8"), name="p.txt")
    assert [(m.measure_no, m.text, [u.name for u in m.lead], [u.name for u in m.support])
            for m in notice.measures] == [(1, "某某公园绿化提升工程", ["区城管局"], ["区财政局", "某某街道办事处"])]


def test_two_unnumbered_paragraphs_before_one_label_run_give_one_measure_not_two():
    # the rule takes the one paragraph right over the labels; a letter's paragraph before it stays no item
    from extractor import extract
    notice = extract("各有关单位：\n现将某某项目的分工通知如下。\n某某道路改造工程\n牵头单位：区住建局\n"
                     .encode("utf-8"), name="p.txt")
    assert [(m.text, [u.name for u in m.lead]) for m in notice.measures] == [("某某道路改造工程", ["区住建局"])]


REQUIREMENT_LEADS = """某市人民政府办公室关于印发重点工作分解意见的通知
一、关于重点项目
1.任务甲。
责任领导：张某
责任单位：市甲局 市乙局 市丙局
责 任 人：李某 王某 赵某
工作要求：由市乙局牵头，并负责报进度。
2.任务乙。
责任单位：市甲局 市丙局
工作要求：按季度报送进度。
"""


def test_a_requirement_naming_the_lead_makes_the_other_listed_units_support():
    # 开封's 2005 分解落实意见 (holdout labelreq-kaifeng, batch 62): a 工作要求 line saying 由X牵头 under a
    # 责任单位 list of three: X leads, the others support in printed order (tests/fixtures/README.md); a
    # requirement naming no lead leaves every listed unit leading. Before, the 工作要求 line ran on into the
    # 责任人 line over it and every listed unit led.
    rows = [(m.measure_no, m.lead_cells, m.support_cells, m.extra.get("工作要求"))
            for m in parse_labelled(located(REQUIREMENT_LEADS)).measures]
    assert rows == [(1, ("市乙局",), ("市甲局、市丙局",), "由市乙局牵头，并负责报进度"),
                    (2, ("市甲局 市丙局",), (), "按季度报送进度")]


SCHEDULE = """某区2017年民生实事：公园建设（2项）
某某公园绿化提升工程
牵头单位：区城管局
协办单位：区财政局、某某街道办事处
进度安排
第一季度工作进展：完成设计招标。
第二季度工作进展：完成施工图设计。
第四季度工作进展：完工验收。
落实情况
第一季度：设计招标已完成。
第二季度：施工图正在审查。
"""


def test_a_schedule_label_over_stage_lines_is_the_deadline_as_printed():
    # 光明新区's 2017 民生实事 page (holdout projlabels-guangming, batch 56; tests/fixtures/README.md's schedule
    # convention, session 54): the stage lines under 进度安排 joined as printed, the last 。 dropped; the
    # 落实情况 lines under it report progress and stay out. Before, the deadline was 第一季度 (the first stage's
    # 工作进展 read as a label of its own).
    from extractor import extract
    notice = extract(SCHEDULE.encode("utf-8"), name="p.txt")
    assert [(m.text, m.deadline) for m in notice.measures] == [
        ("某某公园绿化提升工程", "第一季度工作进展：完成设计招标。第二季度工作进展：完成施工图设计。第四季度工作进展：完工验收")]


def test_a_deadline_label_beside_the_schedule_stays_the_deadline():
    # docs/parsing.md §6: a deadline printed beside the schedule wins; the schedule is kept under its word
    from extractor import extract
    text = SCHEDULE.replace("协办单位：区财政局、某某街道办事处\n", "协办单位：区财政局\n完成时限：2017年12月底前\n")
    (m,) = extract(text.encode("utf-8"), name="p.txt").measures
    assert m.deadline == "2017年12月底前"
    assert m.extra["进度安排"].startswith("第一季度工作进展：完成设计招标。")


CUT_STAGE = """某区2024年民生实事项目任务清单
1.开展安全生产专项整治，坚决遏制较大以上事故发生。
责任单位：区统计局、区审计局
进度安排：2024年3月底前完成方案制定；9月底前全部开工；10月底前形成
阶段性成果。
2.推进老旧小区改造，完成改造小区31个。
牵头单位：区住建局
完成时限：2024年底
各单位要高度重视、认真落实。
"""


def test_a_schedule_cut_by_a_wrap_inside_its_last_stage_takes_the_stage_rest():
    # bs6759 (blindsynth session 55 cause 5): a 进度安排 line wrapped after 10月底前形成 left 阶段性成果。 alone, and the
    # deadline lost it; a bare date (2024年底) is whole, so the paragraph under it stays out of the deadline
    from extractor import extract
    notice = extract(CUT_STAGE.encode("utf-8"), name="p.txt")
    assert [m.deadline for m in notice.measures] == [
        "2024年3月底前完成方案制定；9月底前全部开工；10月底前形成阶段性成果", "2024年底"]
