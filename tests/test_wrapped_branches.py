"""A unit cell whose second line names the first line's branch in a place (some city bureau on one
line, 某区分局 on the next: one name), against cells of two units each on its own line.

Written for holdout batch 27's district decision list (a city bureau's district branch wrapped over
two paragraphs of its cell), in other words and for other places (docs/parsing.md, "Such a table's
narrow unit column wraps one long name").
"""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract
from extractor.parse.unitweeks import join_wrapped_name
from test_merged_groups import _page


def _tasks(cell: str, joint: str = "</p><p>") -> bytes:
    table = ("<table border='1'><tr><td>序号</td><td>决策事项</td><td>承办部门</td></tr>"
             f"<tr><td>1</td><td>编制青溪湿地保护规划。</td><td><p>{cell.replace('|', joint)}</p></td></tr>"
             "<tr><td>2</td><td>修订区级专项资金管理办法。</td><td>区财政局</td></tr></table>")
    return _page(table, "某区2023年度重大行政决策事项目录")


def _lead(cell: str, joint: str = "</p><p>") -> tuple[str, ...]:
    return tuple(r.name for r in extract(_tasks(cell, joint), name="t.html").measures[0].lead)


@pytest.mark.parametrize("cell, want", [
    ("市林业和园林局|青溪区分局", "市林业和园林局青溪区分局"),    # a city bureau's branch in a district
    ("市公安局|白沙镇分局", "市公安局白沙镇分局"),
    ("市规划和自然资源局|高新区分局", "市规划和自然资源局高新区分局"),   # in a zone
    ("市消防救援支队|青溪区大队", "市消防救援支队青溪区大队"),    # a detachment's brigade
    ("农业银行临江分行|青溪区支行", "农业银行临江分行青溪区支行"),
    ("市林業和園林局|青溪區分局", "市林業和園林局青溪區分局"),    # in traditional characters
])
def test_a_line_naming_the_first_ones_branch_in_a_place_wraps_one_name(cell, want):
    assert _lead(cell) == (want,)
    assert _lead(cell, "<br>") == (want,)


@pytest.mark.parametrize("cell, want", [
    # whole units each on a line: the second is no branch of the first
    ("市林业和园林局|青溪区人民政府", ("市林业和园林局", "青溪区人民政府")),
    ("市林业和园林局|青溪区住建局", ("市林业和园林局", "青溪区住建局")),
    ("区住建局|区公安分局", ("区住建局", "区公安分局")),
    ("区公安分局|区财政局", ("区公安分局", "区财政局")),
    # a branch's head that no body of the first's kind has (a 分局 is a 局's, a 支行 a bank's)
    ("区财政局|青溪支行", ("区财政局", "青溪支行")),
    ("市消防救援支队|青溪区分局", ("市消防救援支队", "青溪区分局")),
    # a department's word before the head: a unit of its own, and a place's short name cannot be
    # told from one by its form (松岭 as 公安), so it stays apart too
    ("区财政局|公安分局", ("区财政局", "公安分局")),
    ("市生态环境局|松岭分局", ("市生态环境局", "松岭分局")),
])
def test_lines_each_naming_a_unit_stay_apart(cell, want):
    assert _lead(cell) == want


def test_a_branch_joins_its_own_line_only():
    """The branch line goes with the line over it; a whole name after it stays a unit of its own."""
    assert join_wrapped_name(("市林业和园林局", "青溪区分局", "区财政局")) == ("市林业和园林局青溪区分局", "区财政局")
    assert join_wrapped_name(("区财政局", "市林业和园林局", "青溪区分局")) == ("区财政局", "市林业和园林局青溪区分局")


@pytest.mark.parametrize("cell, want", [
    # a cell of whole names one a line, one name wrapped over two lines among them
    (("区人社局", "区数据资源", "管理局", "区财政局"), ("区人社局", "区数据资源管理局", "区财政局")),
    (("市城管局", "市住房公积金", "管理中心"), ("市城管局", "市住房公积金管理中心")),
    # a line naming a unit of its own under the fragment: the fragment completes nothing
    (("市人社局", "市数据资源", "市财政局"), ("市人社局", "市数据资源", "市财政局")),
])
def test_a_fragment_among_whole_names_takes_the_line_that_ends_it(cell, want):
    assert join_wrapped_name(cell) == want
