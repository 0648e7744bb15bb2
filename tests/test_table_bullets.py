"""A task cell opened by a dash bullet (——): the bullet is the task's label, as a number is
(docs/parsing.md, "Items opened by a bullet"), so the measure's text starts after it; a mark
(★, ◆) marking a kind of task stays in its text."""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract
from test_merged_groups import _page


def _table(*tasks: str) -> bytes:
    rows = "".join(f"<tr><td>{task}</td><td>区民政局</td><td>区财政局</td></tr>" for task in tasks)
    table = f"<table border='1'><tr><td>工作目标</td><td>牵头单位</td><td>配合单位</td></tr>{rows}</table>"
    return _page(table, "某区养老服务目标责任分解表")


@pytest.mark.parametrize("task, want", [
    ("——新建社区长者食堂12个。", "新建社区长者食堂12个。"),
    ("－－护理型床位占比达到55%。", "护理型床位占比达到55%。"),
    # the bullets of later lines in the cell stay in its text, as printed
    ("——特困老人集中供养率达到60%。——农村幸福院覆盖率达到90%。",
     "特困老人集中供养率达到60%。——农村幸福院覆盖率达到90%。"),
])
def test_a_bullet_opening_a_task_cell_is_its_label(task, want):
    notice = extract(_table(task, "——完善居家养老服务网络。"), name="t.html")
    assert [m.text for m in notice.measures] == [want, "完善居家养老服务网络。"]


@pytest.mark.parametrize("task", [
    "——2025年底前完成适老化改造。",      # a dash before a digit: a range's rest, no bullet
    "养老机构——医养结合试点。",           # a dash inside the text
    "★护理型床位占比达到55%。",            # a key task's mark: part of its text
])
def test_a_dash_that_is_no_bullet_stays_in_the_text(task):
    notice = extract(_table(task, "推进智慧养老平台建设。"), name="t.html")
    assert notice.measures[0].text == task
