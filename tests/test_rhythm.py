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
