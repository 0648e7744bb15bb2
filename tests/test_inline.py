"""Forms inline-label, inline-verb and prose: the assignment closes the paragraph."""
import pytest

from extractor.parse.assign import NOTE_KEY, parse_verbs
from extractor.source.decode import decode_bytes
from extractor.parse.inline import closing_bracket, parse_inline, split_assignment, split_prose
from extractor.parse.headlines import run_in_units
from extractor.numbering import split_numbering
from extractor.layout.locate import locate_content

from conftest import make_raw


def located(text: str):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))


@pytest.mark.parametrize("text,inner", [
    ("加快建设。（市发改局牵头）", "市发改局牵头"),
    ("加快建设（各镇街(园区)负责）。", "各镇街(园区)负责"),
    ("加快建设。（牵头单位：各县（市、区）政府）", "牵头单位：各县（市、区）政府"),
    ("加快建设。", None),
    ("加快建设)", None),
])
def test_closing_bracket_is_balanced(text, inner):
    span = closing_bracket(text)
    assert (text[span[0] + 1:span[1]] if span else None) == inner


@pytest.mark.parametrize("text,lead,support,deadline,responsible", [
    ("A局牵头，B局、C局配合，2016年底前完成", ("A局",), ("B局、C局",), "2016年底前完成", False),
    ("由A局、B局负责", ("A局、B局",), (), None, True),
    ("A局负责，年内完成", ("A局",), (), "年内完成", True),
    ("A局牵头负责", ("A局",), (), None, False),
    ("A局、B局按职责分工负责", ("A局、B局",), (), None, True),
    ("各镇街(园区)分别负责，年内持续推进", ("各镇街(园区)",), (), "年内持续推进", True),
    ("A局牵头，各相关部门、镇街(园区)按职责分工负责", ("A局",), ("各相关部门、镇街(园区)",), None, False),
    ("A局、B局分别牵头，C局配合", ("A局、B局",), ("C局",), None, False),
    ("由A局会同B局、C局等部门负责落实", ("A局",), ("B局、C局",), None, False),
    # a clause by duties after the one that names the responsible unit supports, as after a lead
    ("由A局负责，B局和C局等部门按职责分工负责", ("A局",), ("B局、C局",), None, True),
    ("A局牵头，B局按职责分工负责", ("A局",), ("B局",), None, False),
    # 承办 names the unit that carries the work as 负责 does (a 福建 plan's 由X承办，Y协办; 承办单位 a responsible label)
    ("由A局承办，B局、C局协办", ("A局",), ("B局、C局",), None, True),
    ("A局、B局按职责分工负责", ("A局、B局",), (), None, True),
    # a clause the date grammar opens (any period of deadlines.toml: 当年, 本年度, 年中) is the
    # deadline, whatever verb closes it
    ("社区办牵头，各社区居委会配合，当年见效", ("社区办",), ("各社区居委会",), "当年见效", False),
    ("社区办负责，本年度推进", ("社区办",), (), "本年度推进", True),
])
def test_verb_forms(text, lead, support, deadline, responsible):
    found = parse_verbs(text)
    assert (found.lead, found.support, found.deadline, found.from_responsible) == (lead, support, deadline,
                                                                                  responsible)


@pytest.mark.parametrize("text", ["以下简称“三旧”", "含县(市、区)", "2016年", "见附件"])
def test_brackets_that_are_not_assignments(text):
    assert parse_verbs(text) is None


@pytest.mark.parametrize("text,rest,form", [
    ("加快建设。（牵头单位：A局；配合单位：B局）", "加快建设。", "inline-label"),
    ("加快建设。（A局牵头，B局配合）", "加快建设。", "inline-verb"),
    ("加快建设（A局负责）。", "加快建设。", "inline-verb"),
    ("加快建设。由A局会同B局负责落实。", "加快建设。", "prose"),
    # the co-lead mark alone, the rest a bare list: a list read by the conventions, not verbs
    ("加快建设。（A局、B局分别牵头，C局）", "加快建设。", "inline-list"),
    ("加快建设。（A局、B局分别牵头，C局配合）", "加快建设。", "inline-verb"),
    ("加快建设。（A局、B局分别牵头，各县（区）政府负责落实）", "加快建设。", "inline-verb"),
])
def test_split_assignment(text, rest, form):
    got_rest, found = split_assignment(text)
    assert (got_rest, found.form) == (rest, form)


def test_prose_only_as_the_last_sentence_opening_with_you():
    assert split_prose("经费由A局会同B局负责落实，确保到位。")[1] is None


@pytest.mark.parametrize("text,lead,support,deadline", [
    # 分别 between the item's subject and 由 (blindsynth session 59): before, the first lead was 分别由A, and a
    # street among the supports (no unit list with 分别由 on it) lost the item
    ("扩大外贸。此项工作分别由区商务局、区财政局负责，区司法局、元和街道配合，2021年底前完成。",
     ("区商务局、区财政局",), ("区司法局、元和街道",), "2021年底前完成"),
    ("扩大外贸。此項工作分別由區商務局、區財政局負責。", ("區商務局、區財政局",), (), None),
    ("扩大外贸。分别由区商务局、区财政局负责，各街道配合。", ("区商务局、区财政局",), ("各街道",), None),
])
def test_an_adverb_between_the_items_subject_and_you(text, lead, support, deadline):
    rest, found = split_prose(text)
    assert (rest, found.lead, found.support, found.deadline, found.form) == ("扩大外贸。", lead, support, deadline,
                                                                              "prose")


def test_an_adverb_alone_opens_no_prose_sentence():
    # 分别 with no 由 after it is wording (the subject-first reading asks every name to end like a unit)
    assert split_prose("扩大外贸。此项工作分别推进，各街道配合。")[1] is None


@pytest.mark.parametrize("text,rest,lead,support", [
    # a State Council office's 分工 letter names each item by its topic before 由 (国办函 2014, batch 33)
    ("关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。", "关于“严守耕地保护红线”的问题",
     ("国土资源部",), ("农业部",)),
    ("關於“加快發展現代種業”的問題，由農業部負責落實。", "關於“加快發展現代種業”的問題", ("農業部",), ()),
    ("关于“完善价格机制”和“健全补贴制度”的事项，由发展改革委、财政部会同农业部研究提出落实意见。",
     "关于“完善价格机制”和“健全补贴制度”的事项", ("发展改革委、财政部",), ("农业部",)),
    # no 会同: the duty phrase closes the one body's clause as 负责 does, and that body alone leads
    ("关于“推进卫生城市复审”的问题，由某区人民政府研究提出落实意见。", "关于“推进卫生城市复审”的问题",
     ("某区人民政府",), ()),
    ("关于“整治农村人居环境”的问题，由农业部研究落实。", "关于“整治农村人居环境”的问题", ("农业部",), ()),
    ("关于“规范收费行为”的事项，由发展改革委、财政部提出办理意见。", "关于“规范收费行为”的事项",
     ("发展改革委、财政部",), ()),
    ("關於“加強監管”的問題，由市場監管總局研究提出意見。", "關於“加強監管”的問題", ("市場監管總局",), ()),
])
def test_a_sentence_naming_its_item_by_topic_before_you(text, rest, lead, support):
    got_rest, found = split_prose(text)
    assert (got_rest, found.lead, found.support, found.form) == (rest, lead, support, "prose")


@pytest.mark.parametrize("text", [
    "关于“严守耕地保护红线”的问题，各地要高度重视。",          # no 由 clause
    "关于加快发展的意见，由市政府印发实施。",                  # 意见: no matter noun, and no units' verbs
    "关于资金的问题，由于情况复杂暂缓。",                       # 由于: no assignment
])
def test_no_topic_sentence_without_its_you_clause(text):
    assert split_prose(text)[1] is None


NOTICE = """某市重点工作分工方案
一、重点任务
（一）甲类工作。
（1）任务一。
（2）任务二。
（责任单位：A局、B局）
（二）乙类工作。
（1）任务三。（A局牵头，B局配合）
二、保障措施
各单位要加强领导。
"""


def test_group_line_covers_the_items_before_it():
    parsed = parse_inline(located(NOTICE))
    rows = [(m.section.label, m.measure_no, m.text, m.lead_cells, m.support_cells, m.form, m.from_responsible)
            for m in parsed.measures]
    assert rows == [
        ("（一）", 1, "任务一。", ("A局、B局",), (), "inline-label", True),
        ("（一）", 2, "任务二。", ("A局、B局",), (), "inline-label", True),
        ("（二）", 1, "任务三。", ("A局",), ("B局",), "inline-verb", False),
    ]
    assert [s.label for s in parsed.sections] == ["（一）", "（二）"]


def test_no_assignments_is_not_this_form():
    assert parse_inline(located("一、总则\n1.某某工作。\n2.另一项工作（见附件）。\n")) is None


@pytest.mark.parametrize("inner,units", [
    ("市发改委、市建设局，各县（市、区）政府", ("市发改委、市建设局，各县（市、区）政府",)),
    ("市交通运输局、市发改委", ("市交通运输局、市发改委",)),
    ("含县(市、区)", None),              # a note, not units
    ("以下简称“市平台”", None),
    ("2018年底前", None),
])
def test_bare_unit_list_bracket(inner, units):
    from extractor.parse.assign import parse_unit_list
    found = parse_unit_list(inner)
    assert (found.lead if found else None) == units
    if found:
        assert found.from_responsible and found.support == ()


PDF_COPY = """一、财政政策
（1）加快专项债券发行使用并扩大支持范围，
6月底前基本发行完毕。（市财政局牵头，市发改委配
合）
（2）加大留抵退税力度，确保应退尽退。
（市税务局、市财政局负责）
"""


def test_hard_wrap_inside_the_closing_bracket():
    # text copied from a PDF keeps its line wraps, even inside the assignment
    rows = [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in parse_inline(located(PDF_COPY)).measures]
    assert rows == [
        (1, "加快专项债券发行使用并扩大支持范围，6月底前基本发行完毕。", ("市财政局",), ("市发改委",)),
        (2, "加大留抵退税力度，确保应退尽退。", ("市税务局、市财政局",), ()),
    ]


OCR_WRAPS = """一、营商环境
1.压缩工程建设项目审批时限，审批时限压缩至45个工作日
。（牵头单位：市住建局；配合单位：市自然资源局）
2.推行企业开办全程网办，开办时间压缩至1个工作日以内
；（牵头单位：市市场监管局；配合单位：市税务局
、市公安局）
3.推进不动产登记“一窗受理”
"""


def test_a_mark_that_never_opens_a_line_ends_the_line_before():
    # an OCR copy wraps anywhere: 。 or ； opening the bracket's line closes the item above it,
    # 、 opening a line goes on with the unit list above it
    rows = [(m.measure_no, m.text, m.lead_cells, m.support_cells) for m in parse_inline(located(OCR_WRAPS)).measures]
    assert rows == [
        (1, "压缩工程建设项目审批时限，审批时限压缩至45个工作日。", ("市住建局",), ("市自然资源局",)),
        (2, "推行企业开办全程网办，开办时间压缩至1个工作日以内；", ("市市场监管局",), ("市税务局、市公安局",)),
    ]


@pytest.mark.parametrize("lines,joined", [
    (["甲（A局牵头，", "B局配合）", "乙"], ["甲（A局牵头，B局配合）", "乙"]),
    (["甲（未闭合", "2.乙（A局负责）"], ["甲（未闭合", "2.乙（A局负责）"]),   # a numbered line is never joined
    (["甲（未闭合", "", "乙"], ["甲（未闭合", "", "乙"]),
    # a label bracket wrapped by a PDF copy is joined whatever its brackets
    (["甲。〔牵头单位：A局；配合单位：B", "局、C局〕", "乙"], ["甲。〔牵头单位：A局；配合单位：B局、C局〕", "乙"]),
    (["甲。［牵头单", "位：A局］", "乙"], ["甲。［牵头单位：A局］", "乙"]),
    (["甲。【牵头单位：A局；配合单位：B", "局】", "乙"], ["甲。【牵头单位：A局；配合单位：B局】", "乙"]),
    (["甲。｛牵头单位：A局；配合", "", "单位：B局｝", "乙"], ["甲。｛牵头单位：A局；配合单位：B局｝", "乙"]),
    # blank lines between the lines of a bracket wrapped over three lines
    (["甲（牵头单", "", "位：A局；配合单位：B局、C", "", "局）", "乙"], ["甲（牵头单位：A局；配合单位：B局、C局）", "乙"]),
    (["甲（未闭合", "", "乙", "", "丙", "", "丁", "", "戊）"], ["甲（未闭合", "", "乙", "", "丙", "", "丁", "", "戊）"]),
    # a doc number's bracket closes on its line: nothing is joined
    (["依据〔2020〕11号文件", "乙"], ["依据〔2020〕11号文件", "乙"]),
    # a bracket that never closes before the next item (or the end) ends with its own line:
    # the lines after it are paragraphs of their own, never the bracket's
    (["1.甲。（牵头单位：A局", "进度：乙", "2.丙。（牵头单位：B局）"], ["1.甲。（牵头单位：A局", "进度：乙", "2.丙。（牵头单位：B局）"]),
    (["1.甲。（牵头单位：A局", "乙", "丙"], ["1.甲。（牵头单位：A局", "乙", "丙"]),
    # ... while one that closes lines later is still joined
    (["1.甲。（牵头单位：A局；", "配合单位：B局、", "C局）", "乙"], ["1.甲。（牵头单位：A局；配合单位：B局、C局）", "乙"]),
    # a wrap after a dotted date's dot: the rest reads as a number (11.30, 6.) but no item opens
    # inside a bracket under a figure; over blank lines too (cutdategroup-lishan, bs24325)
    (["（A局牵头；完成时限：2023.", "11.30）", "乙"], ["（A局牵头；完成时限：2023.11.30）", "乙"]),
    (["（A局牵头；完成时限：2023.", "", "6.30）", "", "乙"], ["（A局牵头；完成时限：2023.6.30）", "", "乙"]),
    (["（A局牵头；完成时限：2023．", "１１．３０）"], ["（A局牵头；完成时限：2023．１１．３０）"]),
    # ... while a number under words still opens its item
    (["甲（未闭合", "", "11.30）"], ["甲（未闭合", "", "11.30）"]),
    (["1.甲（A局牵头，2023年12", "2.乙（B局牵头）", "丙）"], ["1.甲（A局牵头，2023年12", "2.乙（B局牵头）", "丙）"]),
])
def test_join_wrapped_brackets(lines, joined):
    from extractor.parse.inline import join_wrapped_brackets
    assert join_wrapped_brackets(lines) == joined


@pytest.mark.parametrize("text,rest,lead,support,deadline", [
    ("深化改革。【牵头单位】市发改局【配合单位】市财政局、市人社局【完成时限】2021年底",
     "深化改革。", ("市发改局",), ("市财政局、市人社局",), "2021年底"),
    ("深化改革。【牵头单位】市发改局", "深化改革。", ("市发改局",), (), None),
])
def test_bracketed_label_clauses_run_to_the_end_of_the_paragraph(text, rest, lead, support, deadline):
    got_rest, found = split_assignment(text)
    assert got_rest == rest and found.form == "inline-label"
    assert (tuple(found.lead), tuple(found.support), found.deadline) == (lead, support, deadline)


def test_a_bracketed_word_that_is_no_label_stays_in_the_text():
    text = "推进【数字政府】建设，提升服务水平。"
    assert split_assignment(text) == (text, None)


def test_a_short_note_before_a_brackets_labels_is_kept_apart():
    """（约束性指标，牵头单位：X；责任单位：Y，Z）: the indicator's kind before the labels
    is a note on the measure, not a reason to drop the bracket (before: no measure at
    all); a long clause there is wording and the bracket is not read as labels."""
    rest, found = split_assignment("森林覆盖率稳定在60%以上。（约束性指标，牵头单位：市林业局；责任单位：市财政局，各县政府）")
    assert rest == "森林覆盖率稳定在60%以上。"
    assert (found.lead, found.form, found.extra) == (("市林业局",), "inline-label", {"备注": "约束性指标"})
    assert "市财政局" in "".join(found.support) and "各县政府" in "".join(found.support)
    text = "推进城市更新。（结合老旧小区改造同步实施到位，牵头单位：市住建局）"
    _rest, found = split_assignment(text)
    assert found is None or found.extra.get("备注") is None


@pytest.mark.parametrize("text, lead, support, deadline", [
    # the deadline opens the bracket with no label, the labels after it
    ("建成污水处理站2座。（2023年6月30日前，牵头单位：县住建局，配合单位：县财政局）",
     ("县住建局",), ("县财政局",), "2023年6月30日前"),
    ("完成河道清淤30公里。（2024年第三季度；主办单位：县水利局）", ("县水利局",), (), "2024年第三季度"),
    # ... or closes it, after the last label's units
    ("推广节水灌溉5万亩。（牵头单位：县农业农村局，配合单位：各乡镇，2023年底前完成）",
     ("县农业农村局",), ("各乡镇",), "2023年底前完成"),
])
def test_an_unlabelled_deadline_in_a_labelled_bracket_is_its_deadline(text, lead, support, deadline):
    """One grammar for a bracket's parts: a part that is a deadline phrase and carries no label
    is the deadline wherever it stands (before, the part before the labels was kept as a note and
    the part after them was read as a unit's name)."""
    rest, found = split_assignment(text)
    assert rest == text[:text.index("（")]
    assert (found.lead, found.support, found.deadline, found.form, found.extra) == (
        lead, support, deadline, "inline-label", {})


def test_a_labelled_deadline_wins_over_a_date_in_the_wording_before_the_labels():
    _rest, found = split_assignment("推进项目建设。（2023年开工，牵头单位：县发改局；完成时限：2024年底）")
    assert found.deadline == "2024年底"


@pytest.mark.parametrize("text,lead,support,deadline,note", [
    ("推进智慧社区建设。（牵头单位：区民政局，各社区居委会协助推进；完成时限：2025年底）",
     ("区民政局",), ("各社区居委会",), "2025年底", None),
    ("推进智慧社区建设。【牵头单位】区民政局。纳入区级重点督办事项【配合单位】区数据局，2026年3月底前完成",
     ("区民政局",), ("区数据局",), "2026年3月底前完成", "纳入区级重点督办事项"),
    ("推进智慧社区建设。（牵头单位：区民政局、区残联，此项由区级财政保障）",
     ("区民政局、区残联",), (), None, "此项由区级财政保障"),
])
def test_a_labelled_brackets_values_end_where_their_unit_lists_do(text, lead, support, deadline, note):
    rest, found = split_assignment(text)
    assert rest == "推进智慧社区建设。"
    assert (found.lead, found.support, found.deadline, found.extra.get("备注")) == (lead, support, deadline, note)


UNCLOSED = """某县重点事项推进情况
一、进展顺利的2项
1.建成北岭水库引水工程，新增供水能力5万吨。（牵头单位：县水利局）
进展：主体完工。
2.完成老城区管网改造60公里。（牵头单位：县住建局
进展管网改造已完成41公里。
二、进展较慢的1项
1.新建乡镇污水处理站8座。（牵头单位：县生态环境分局、县住建局）
进展：已建成3座。
"""


def test_a_closing_bracket_that_never_closes_ends_with_its_paragraph():
    """An item's label bracket whose closer is lost (…。（牵头单位：X and the paragraph ends) still
    names the item's units; the paragraph after it is not the bracket's, and the items after it keep
    their own numbers, texts and units (before: the item was lost and the next took its place)."""
    rows = [(m.section.label, m.measure_no, m.text, m.lead_cells) for m in parse_inline(located(UNCLOSED)).measures]
    assert rows == [
        ("一、", 1, "建成北岭水库引水工程，新增供水能力5万吨。", ("县水利局",)),
        ("一、", 2, "完成老城区管网改造60公里。", ("县住建局",)),
        ("二、", 1, "新建乡镇污水处理站8座。", ("县生态环境分局、县住建局",)),
    ]


@pytest.mark.parametrize("text,rest,lead", [
    ("加快建设。（牵头单位：A局；配合单位：B局", "加快建设。", ("A局",)),
    ("加快建设。（A局牵头，B局配合", "加快建设。", ("A局",)),
])
def test_an_unclosed_closing_bracket_runs_to_the_end(text, rest, lead):
    got_rest, found = split_assignment(text)
    assert (got_rest, tuple(found.lead)) == (rest, lead)


@pytest.mark.parametrize("text,lead,note", [
    # a copy ending inside the bracket's every-item note, cut before the note's units (holdout pinyinsign-biaozhun)
    ("健全配套政策。〔市场监管总局、国家发展改革委等部门和地方人民政府按职责分工负责。以下均需",
     ("市场监管总局、国家发展改革委等部门、地方人民政府",), "以下均需"),
    ("健全配套政策。〔A局牵头，B局配合；以下各项均由", ("A局",), "以下各项均由"),
])
def test_an_unclosed_bracket_cut_inside_its_every_item_note_keeps_its_units(text, lead, note):
    """The note's opening words alone name no unit: the bracket's clauses before them are its assignment, and the
    item keeps its text (before, those words made the bracket wording and the item gave no row)."""
    rest, found = split_assignment(text)
    assert (rest, tuple(found.lead), found.extra.get(NOTE_KEY)) == ("健全配套政策。", lead, note)


@pytest.mark.parametrize("text", [
    "健全配套政策。〔市场监管总局等部门按职责分工负责。以下均需各地",   # cut inside the note's units: not the cut note
    "健全配套政策。〔以下均需",   # nothing before the note: no assignment
])
def test_a_cut_bracket_without_a_cut_note_before_units_is_no_assignment(text):
    assert split_assignment(text)[1] is None


@pytest.mark.parametrize("text", [
    "推进供水设施（含北岭水库引水工程建设",    # an unclosed bracket of wording
    "加快建设。（见附件",
])
def test_an_unclosed_bracket_of_wording_stays_in_the_text(text):
    assert split_assignment(text) == (text, None)


RUN_IN_UNITS = """三、职责分工
（一）市工商局、市卫生局。依法查处无照经营；加强食品卫生监督。
（二）市城管执法局。负责整治行动的组织协调。
（三）各区县政府和地区管委会。落实属地责任，制定本辖区方案。
四、工作步骤
（一）动员部署阶段。召开动员大会。
"""


def test_items_run_in_after_their_units_names_are_led_by_them():
    """runinunits-beijing-2010-1: each item's first sentence is only its units' names; the duties after it
    are the measure's text, led by those units (split as any unit list)."""
    rows = [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.form)
            for m in parse_inline(located(RUN_IN_UNITS)).measures]
    assert rows == [
        (1, "依法查处无照经营；加强食品卫生监督。", ("市工商局、市卫生局",), (), "inline-verb"),
        (2, "负责整治行动的组织协调。", ("市城管执法局",), (), "inline-verb"),
        (3, "落实属地责任，制定本辖区方案。", ("各区县政府和地区管委会",), (), "inline-verb"),
    ]


def test_one_item_run_in_after_a_units_name_is_no_kind_of_its_own():
    """A lone item whose first sentence is a unit's name (a point whose subject is a unit) is not read so:
    several items of the kind must be (``inline.MIN_RUN_IN_UNIT_ITEMS``)."""
    text = "一、重点任务\n（一）市场监管部门。加强食品安全监管。\n（二）加快项目建设。推进园区道路工程。\n"
    assert parse_inline(located(text)) is None


def test_a_leading_assignments_paragraph_closing_with_a_lead_in_keeps_it_out_of_the_text():
    """chengban-fujian-2007-1: `由X承办，A、B协办。治理工作目标：…。主要措施：` over the part's own items: the
    measure is the target sentence; the lead-in phrase after its full stop introduces the items below."""
    rest, found = split_assignment("由A局承办，B局、C局协办。治理工作目标：抽检合格率达95%以上。主要措施：")
    assert rest == "治理工作目标：抽检合格率达95%以上。"
    assert (found.lead, found.support) == (("A局",), ("B局、C局",))
    # a longer closing phrase with a colon is the task's own wording
    rest, _ = split_assignment("由A局负责，做好以下三个方面工作的统筹推进和督促检查并报送：")
    assert rest == "做好以下三个方面工作的统筹推进和督促检查并报送："


@pytest.mark.parametrize("text,lead,support", [
    # the unit's second sign in brackets after its name (blindsynth BLIND6801 cause 1)
    ("由市财政局（市国资委）承办。主要目标：抽检合格率达93%以上；办结率保持在91%以上。具体措施：", ("市财政局（市国资委）",), ()),
    ("由區應急管理局(安委辦)承辦，區商務局、區交通運輸局協辦。治理工作目標：新增市場主體60戶。主要措施：",
     ("區應急管理局(安委辦)",), ("區商務局、區交通運輸局",)),
])
def test_a_leading_assignment_naming_a_unit_with_its_second_sign_is_read(text, lead, support):
    """Before, a bracket anywhere in the first clause kept it from being a leading assignment, and the part's
    target paragraph gave no measure; a unit's own bracket right after its name now counts as its name's."""
    rest, found = split_assignment(text)
    assert rest == text[text.index("。") + 1:text.rindex("。") + 1]
    assert (found.lead, found.support) == (lead, support)


@pytest.mark.parametrize("text", [
    "推进市民中心（一期）工程建设，年内完成主体结构。",   # a bracket inside a name, but no verb
    "由市发改委牵头（具体方案另行制定并报市政府审定后实施），做好全市项目谋划。",   # a long note, no name's sign
])
def test_a_first_clause_with_other_brackets_is_no_leading_assignment(text):
    assert split_assignment(text) == (text, None)


UNIT_COLONS = """23.各区县政府（地区管委会）：落实属地责任；组织辖区城管、公安等部门开展整治。
24.市园林绿化局：按照职能做好绿地管护工作。
25.市卫生局：负责医院周边秩序整治的协调；负责夜间餐饮摊点的卫生监管。
六、工作措施
（一）加强组织领导。健全协调机制。
"""


def test_items_whose_units_stand_before_a_colon_are_led_by_them():
    """unitcolon-beijing-2012-1: each item is its unit's name, a colon and its duties; the duties are the
    measure's text, led by that unit (its bracket kept, as any unit name), numbered as printed."""
    rows = [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.form)
            for m in parse_inline(located(UNIT_COLONS)).measures]
    assert rows == [
        (23, "落实属地责任；组织辖区城管、公安等部门开展整治。", ("各区县政府（地区管委会）",), (), "inline-verb"),
        (24, "按照职能做好绿地管护工作。", ("市园林绿化局",), (), "inline-verb"),
        (25, "负责医院周边秩序整治的协调；负责夜间餐饮摊点的卫生监管。", ("市卫生局",), (), "inline-verb"),
    ]


@pytest.mark.parametrize("text", [
    "（一）总体要求：以提升城市环境为目标，推动整治常态化。",   # a heading's phrase before its colon, no unit
    "（二）牵头单位：市发展改革委",                           # a labelled line's label
    "（三）市财政局：",                                       # a unit's name over nothing
])
def test_what_stands_before_a_colon_is_no_unit_run_in(text):
    assert run_in_units(split_numbering(text)[4]) is None


def test_one_item_with_a_unit_and_a_colon_is_no_kind_of_its_own():
    """A lone item naming a unit before its colon may be a point about that unit: several items of the
    kind must read so (``inline.MIN_RUN_IN_UNIT_ITEMS``)."""
    text = "一、重点任务\n1.市场监管部门：加强食品安全监管。\n2.加快项目建设：推进园区道路工程。\n"
    assert parse_inline(located(text)) is None


@pytest.mark.parametrize("text,lead", [
    # a verbless clause of bare places closed by one place's body is a unit list (周口's 2013 notice, batch 49):
    # before, it was no unit list and the whole 由 line was no assignment, the item lost
    ("完成改造。由市发展改革委，川汇区、商水县人民政府，市经济开发区管委会负责落实",
     ("市发展改革委", "川汇区、商水县人民政府", "市经济开发区管委会")),
    # a county a later reform made a district (淮阳县, 2019) is a place of such a list too
    ("加快建设。由市交通运输局，西华县、淮阳县人民政府，市东新区管委会负责落实",
     ("市交通运输局", "西华县、淮阳县人民政府", "市东新区管委会")),
])
def test_bare_places_sharing_a_body_in_a_verbless_clause(text, lead):
    found = split_prose(text)[1]
    assert (found.lead, found.support, found.form) == (lead, (), "prose")


def test_places_with_no_body_after_them_are_no_unit_list():
    from extractor.parse.unitlists import is_unit_list
    assert not is_unit_list("川汇区、商水县")
    assert not is_unit_list("宜昌市、荆州市")
    assert is_unit_list("川汇区、商水县人民政府")


@pytest.mark.parametrize("text,inner", [
    # a note's round bracket never opened inside a square one (佳木斯's 2018 方案: holdout sqnote-jiamusi): the square
    # closer pairs with its own kind's opener
    ("控制用水总量。［市水务局牵头，各县(市)区政府负责落实。以下均需各县(市)区政府落实，不再列出)］",
     "市水务局牵头，各县(市)区政府负责落实。以下均需各县(市)区政府落实，不再列出)"),
    ("加快建设。【市发改局牵头，下同)】", "市发改局牵头，下同)"),
    # no opener of its kind before it: no pair, as before
    ("加快建设。市发改局牵头)］", None),
])
def test_a_stray_bracket_of_another_kind_leaves_the_closer_its_own_opener(text, inner):
    span = closing_bracket(text)
    assert (text[span[0] + 1:span[1]] if span else None) == inner


def test_a_stop_on_both_sides_of_the_bracket_closes_the_text_once():
    """…以上。（责任单位：X）。: the two stops close one sentence (tests/fixtures/README.md, holdout
    closeparen-huangshigang, batch 83); a stop after the bracket alone closes the text, none stays none."""
    from extractor.parse.inline import split_assignment
    assert split_assignment("工业增加值增长9%以上。（责任单位：区科经局）。")[0] == "工业增加值增长9%以上。"
    assert split_assignment("工业增加值增长9%以上（责任单位：区科经局）。")[0] == "工业增加值增长9%以上。"
    assert split_assignment("工业增加值增长9%以上。（责任单位：区科经局）")[0] == "工业增加值增长9%以上。"
    assert split_assignment("工业增加值增长9%以上（责任单位：区科经局）")[0] == "工业增加值增长9%以上"
    # a bracket naming no unit (its deadline) is taken off the same way
    from extractor.parse.inline import unitless_bracket
    assert unitless_bracket("做甲工作。（完成时限：2023年底前）。")[0] == "做甲工作。"
