"""A notice run into one paragraph, broken once where an editor wrapped a unit list after its 、 (``责任单位：县财政局、
<br/>县税务局…``): the lines so linked are one line again when together they are a notice that lost its breaks
(``listwraps.join_list_wraps``), so its items are cut apart as the unbroken paragraph's are.  Before, the break parted
the paragraph in two, neither half of the notice, and no item or only the first was read (holdout epaperrun-ningbo,
listentry-ordos, oneline-jingzhou, runon-pengshan and runpara-haiyan: their list-wrap pairs)."""
from __future__ import annotations

import time

from extractor.parse.listwraps import join_list_wraps
from test_table import parse_text

ITEMS = ["1．落实政府过紧日子要求，从严控制一般性支出和“三公”经费。责任单位：县财政局、县审计局。",
         "2．深化亩均论英雄改革，全年完成城镇低效用地再开发1500亩。责任单位：县自然资源和规划局、县经信局。",
         "3．新增规上工业企业50家以上，培育省级专精特新中小企业10家。责任单位：县经信局、县科技局。"]
RUN = "某县2022年重点工作任务分工" + "".join(ITEMS)


def _wrapped(text: str, after: str) -> list[str]:
    at = text.index(after) + len(after)
    return [text[:at], text[at:]]


def test_a_run_on_notice_broken_after_a_list_mark_is_one_line_again():
    lines = _wrapped(RUN, "县自然资源和规划局、")
    assert join_list_wraps(lines, sum(map(len, lines))) == [RUN]


def test_its_items_are_read_as_the_unbroken_notices():
    want = [(m.measure_no, m.lead_cells, m.support_cells) for m in parse_text(RUN).measures]
    assert len(want) == 3
    got = [(m.measure_no, m.lead_cells, m.support_cells) for m in parse_text("\n".join(_wrapped(RUN, "县财政局、"))).measures]
    assert got == want


def test_lines_of_a_notice_that_keeps_its_breaks_stay_apart():
    """A wrapped list in a notice printed line by line is no run-on notice: the label readers join it."""
    lines = ["某县2022年重点工作任务分工", *_wrapped(ITEMS[0], "县财政局、"), ITEMS[1], ITEMS[2]]
    assert join_list_wraps(lines, sum(map(len, lines))) == lines


def test_a_blank_line_or_a_table_line_ends_the_chain():
    lines = [RUN[:100] + "、", "", RUN[100:]]
    assert join_list_wraps(lines, sum(map(len, lines))) == lines


def test_many_lines_ending_with_the_mark_are_read_in_linear_time():
    lines = ["牵头单位：县财政局、"] * 20000 + ["县税务局"]
    start = time.perf_counter()
    assert join_list_wraps(lines, sum(map(len, lines))) == ["".join(lines)]
    assert time.perf_counter() - start < 2
