"""A unit cell's line that is a bare head word the table prints as a cell of its own elsewhere (a bureau's own 办公室
leading a row alone among its 科室) names that unit, never the rest of the name on the line over it: ``市公安局<br>办公室``
is 市公安局 and the bureau's 办公室 there, one name (the 公安局's office) in a table that never prints 办公室 alone
(``unitweeks.heads_named_alone``, ``join_wrapped_name``'s ``alone``; holdout deptbr-huangshi-2023-1, generator seed
16679: 省工业和信息化厅<br>办公室 read as one name)."""
from __future__ import annotations

from extractor.engine.extract import extract
from extractor.parse.grid import Cell
from extractor.parse.unitweeks import heads_named_alone, join_wrapped_name
from test_merged_groups import _page


def _table(rows: list[tuple[str, str]]) -> bytes:
    body = "".join(f"<tr><td>{i}</td><td>完成第{i}项工作。</td><td>{lead}</td><td>{support}</td></tr>"
                   for i, (lead, support) in enumerate(rows, start=1))
    return _page("<table border='1'><tr><td>序号</td><td>工作任务</td><td>牵头科室</td><td>配合单位</td></tr>"
                 f"{body}</table>", "某市生态环境局重点工作任务分工")


def _supports(notice) -> list[tuple[str, ...]]:
    return [tuple(r.name for r in m.support) for m in notice.measures]


def test_a_head_word_the_table_prints_alone_is_a_unit_on_a_line_of_its_own():
    notice = extract(_table([("办公室", "法规科"), ("监测科", "市公安局<br>办公室"),
                             ("法规科", "市自然资源和规划局<br>办公室<br>市财政局")]), name="t.html")
    assert _supports(notice) == [("法规科",), ("市公安局", "办公室"), ("市自然资源和规划局", "办公室", "市财政局")]


def test_a_table_that_never_prints_it_alone_reads_the_lines_as_one_name():
    notice = extract(_table([("法规科", "监测科"), ("监测科", "市公安局<br>办公室")]), name="t.html")
    assert _supports(notice) == [("监测科",), ("市公安局办公室",)]


def test_heads_named_alone_asks_for_a_cell_of_the_word_alone():
    cells = [Cell(("办公室",)), Cell(("市公安局", "办公室")), Cell(("综合科",)), Cell(("人民政府办公室",))]
    assert heads_named_alone(cells) == frozenset({"办公室"})
    assert join_wrapped_name(("河坝镇", "人民政府"), frozenset({"办公室"})) == ("河坝镇人民政府",)
    assert join_wrapped_name(("市公安局", "办公室"), frozenset({"办公室"})) == ("市公安局", "办公室")
    assert join_wrapped_name(("市公安局", "办公室")) == ("市公安局办公室",)
    # a mirror that converted part of the page: the word alone in simplified, the line in traditional (or back)
    assert heads_named_alone([Cell(("辦公室",))]) == frozenset({"办公室"})
    assert join_wrapped_name(("市公安局", "辦公室"), frozenset({"办公室"})) == ("市公安局", "辦公室")
