"""Candidates, not first-wins: every form proposes, the documented score decides."""
from extractor.layout.locate import locate_content
from extractor.models import DraftMeasure, ParsedTable
from extractor.parse.candidates import Candidate, choose
from extractor.parse.forms import parse_body
from extractor.source.decode import decode_bytes

from conftest import make_raw


def draft(no, lead=("甲局",), form="labelled"):
    return DraftMeasure(section=None, measure_no=no, text=f"第{no}项", lead_cells=lead, support_cells=(),
                        deadline=None, form=form)


def test_the_score_counts_units_filled_and_numbering_continuity():
    whole = Candidate("labelled", 7, ParsedTable(measures=tuple(draft(n) for n in (1, 2, 3, 4))))
    broken = Candidate("inline-verb", 8, ParsedTable(measures=tuple(draft(n) for n in (1, 3, 2, 4))))
    bare = Candidate("labelled", 7, ParsedTable(measures=(draft(1), draft(2, lead=()))))
    assert (whole.filled, whole.continuity, whole.score) == (4, 1.0, 4.0)
    assert broken.continuity == 0.0 and broken.score == 2.0
    assert bare.filled == 1


def test_a_one_row_table_does_not_hide_the_labelled_items_after_it():
    items = "".join(f"<p>{n}.推进第{n}项重点工作。</p><p>牵头单位：县发改局</p>"
                    f"<p>配合单位：县财政局</p>" for n in range(2, 12))
    page = ("<html><body><div class='content'><p>某县人民政府办公室关于印发重点工作任务分工的通知</p>"
            "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>完成年度投资目标。</td><td>县发改局</td><td>县统计局</td></tr></table>"
            + items + "</div></body></html>")
    loc = locate_content(decode_bytes(make_raw(page.encode("utf-8"), path="n.html")))
    parsed = parse_body(loc)
    assert [(d.measure_no, d.form) for d in parsed.measures] == (
        [(1, "html-table")] + [(n, "labelled") for n in range(2, 12)])


def test_a_runner_up_that_found_clearly_more_is_named():
    winner = Candidate("inline-verb", 8, ParsedTable(measures=(draft(1), draft(2))))
    rest = tuple(draft(n, lead=()) for n in range(2, 7))
    runner = Candidate("labelled", 7, ParsedTable(measures=(draft(1),) + rest))
    parsed = choose(located("某县通知"), [runner, winner])
    assert [d.measure_no for d in parsed.measures] == [1, 2]
    assert any("labelled form found 6 measures" in w and "inline-verb" in w for w in parsed.warnings)


def located(text):
    return locate_content(decode_bytes(make_raw(text.encode("utf-8"), path="n.txt")))
