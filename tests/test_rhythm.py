"""A reporting rhythm (按季度调度, 每月报送进展) printed beside the units is no completion time.

A notice may print both in one bracket or label value: when the work is due and how often its
progress is reported or dispatched.  The deadline is the first; the rhythm is a note on the
measure.  Only a notice whose deadline slots print rhythms (完成时限：每季度) takes a lone rhythm
clause for the deadline of a measure that gives no other (docs/parsing.md, "A label's value").
"""
import pytest

from extractor.layout.locate import locate_content
from extractor.parse.assign import parse_labels, parse_verbs
from extractor.parse import assign
from extractor.parse.conventions import apply_conventions
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes
from extractor.engine.extract import extract

from conftest import make_raw


@pytest.mark.parametrize("clause,rhythm", [
    ("按季度调度", True),
    ("每月报送进展", True),
    ("定期通报推进情况", True),
    ("每半年开展一次评估", True),
    ("2024年底前完成", False),
    ("力争年内建成", False),
    ("持续推进", False),
    ("纳入年度考核", False),
    # a recurring time alone says by when: a deadline that recurs (tests/fixtures/README.md "A recurring time in an
    # item's assignment"), where a repeated action is a rhythm
    ("每季度末", False),
    ("每月底前", False),
    ("每月10日前", False),
    ("每季度", False),
    ("每半年", False),
    ("每季度末报送进展", True),
])
def test_a_rhythm_clause_names_a_recurring_period(clause, rhythm):
    assert assign.is_rhythm_clause(clause) is rhythm


@pytest.mark.parametrize("text,support,deadline,note", [
    # a deadline label and a rhythm after the support units: the rhythm was lost
    ("牵头单位：县农业农村局；配合单位：县财政局，按季度调度；完成时限：2024年底前",
     ("县财政局",), "2024年底前", "按季度调度"),
    # a completion clause and a rhythm clause after the units: only the first is the deadline
    ("牵头单位：区发改局；配合单位：区统计局，2025年6月底前完成，每月报送进展",
     ("区统计局",), "2025年6月底前完成", "每月报送进展"),
    # a rhythm alone is a note too: the notice's convention decides (apply_conventions)
    ("牵头单位：市生态环境局；配合单位：市水务局，每月报送进展", ("市水务局",), None, "每月报送进展"),
    # a rhythm keeps the run of notes around it apart
    ("牵头单位：县文旅局；配合单位：县财政局，此项列入民生实事，按月调度",
     ("县财政局",), None, "此项列入民生实事；按月调度"),
])
def test_a_rhythm_after_a_labels_units_is_a_note(text, support, deadline, note):
    found = parse_labels(text, "labelled")
    assert (found.support, found.deadline, found.extra.get("备注")) == (support, deadline, note)


def test_a_rhythm_in_verb_wording_is_a_note():
    found = parse_verbs("区住建局牵头，区城管局配合，年底前完成，每季度通报进度")
    assert (found.lead, found.support, found.deadline, found.extra.get("备注")) == (
        ("区住建局",), ("区城管局",), "年底前完成", "每季度通报进度")


def _measures(text: str):
    located = locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
    return [(m.deadline, m.extra.get("备注")) for m in apply_conventions(located, parse_body(located)).measures]


def test_a_notice_printing_rhythms_as_deadlines_takes_a_lone_rhythm_for_the_deadline():
    text = ("1. 建立项目推进台账。\n牵头单位：县发改局\n完成时限：每季度\n"
            "2. 开展营商环境评价。\n牵头单位：县营商办；配合单位：县统计局，每月调度\n"
            "3. 新建公共停车场。\n牵头单位：县住建局；配合单位：县财政局，2024年底前完成，每月调度\n")
    assert _measures(text) == [("每季度", None), ("每月调度", None), ("2024年底前完成", "每月调度")]


def test_a_notice_printing_dates_as_deadlines_keeps_a_lone_rhythm_a_note():
    text = ("1. 建立项目推进台账。\n牵头单位：县发改局\n完成时限：2024年6月底前\n"
            "2. 开展营商环境评价。\n牵头单位：县营商办；配合单位：县统计局，每月调度\n")
    assert _measures(text) == [("2024年6月底前", None), (None, "每月调度")]


@pytest.mark.parametrize("text,deadline,note", [
    # a recurring time alone beside the units is the deadline, in a notice whose other deadlines are dates
    ("牵头单位：县民政局；配合单位：县财政局，每月底前", "每月底前", None),
    # a repeated action beside a dated deadline stays a note
    ("牵头单位：县水利局；配合单位：县财政局，每月调度；完成时限：2023年12月底前", "2023年12月底前", "每月调度"),
])
def test_a_recurring_time_beside_a_labels_units_is_the_deadline(text, deadline, note):
    found = parse_labels(text, "labelled")
    assert (found.deadline, found.extra.get("备注")) == (deadline, note)


def test_a_bracket_opening_with_a_recurring_time_gives_the_deadline():
    """（每季度末；牵头单位：…）: the time printed before the labels, in a notice whose other deadlines are dates
    (holdout recurdue-yongfeng-2023-1; the independent generator's bs770)."""
    text = ("1. 开展参保登记核查，确保应保尽保。（每季度末；牵头单位：县医保局；配合单位：县人社局）\n"
            "2. 新建城区公厕12座。（牵头单位：县住建局；完成时限：2023年11月底前）\n"
            "3. 落实特困供养人员救助政策。（每月底前，牵头单位：县民政局）\n")
    assert _measures(text) == [("每季度末", None), ("2023年11月底前", None), ("每月底前", None)]


def test_a_recurring_deadline_label_ends_before_the_next_topic_line():
    """完成时间：每月底前 over an unnumbered topic line: the line is the next section, no part of the deadline
    (holdout recurlabel-guidong-2024-1; the independent generator's bs1394)."""
    text = ("某县重点任务清单\n\n深化政务服务改革。\n1、推行企业开办全程网上办理。\n牵头单位：县市场监管局\n"
            "完成时间：每月底前\n加强要素保障。\n2、盘活闲置低效用地。\n牵头单位：县自然资源局\n完成时间：2024年11月底前\n"
            "3、开展企业用工对接活动。\n牵头单位：县人社局\n完成时间：每季度末\n优化法治环境。\n"
            "4、开展涉企执法检查专项整治。\n牵头单位：县司法局\n完成时间：2024年9月底前\n")
    notice = extract(text.encode("utf-8"), name="n.txt")
    assert [(m.deadline, m.section_no) for m in notice.measures] == [
        ("每月底前", 1), ("2024年11月底前", 2), ("每季度末", 2), ("2024年9月底前", 3)]
    assert [s.title for s in notice.sections] == ["深化政务服务改革。", "加强要素保障。", "优化法治环境。"]
