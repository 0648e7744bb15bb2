"""Tables whose merged cells are offset against their task rows, and tables with no 序号 column.

Shapes of holdout batch 26 (an inspection schedule, a law database's table with a vertical lead
column), written again here in other words for other places:

- a schedule (日期 | 检查人员 | 检查项目 | 责任单位) under group rows 第一组 / 第二组 across the table:
  its people column prints one person a row, while a task and its unit are merged over two of
  those rows, or one unit over several tasks.  A row whose task and units are the merged cells
  of the row above and whose own cells are only beside the measure (a person) adds nothing: the
  task is one measure, its people kept together beside it.  The merged date column is no section
  (the group rows head the groups), and a group row ``第一组`` is a section labelled so;
- a table printing no row numbers at all (no 序号 column, no number in its task cells): its
  measures are numbered by their place in the notice, as bare items are;
- the vertical lead column and the unit lists of the second shape: tests/test_vertical_leads.py.
"""
from __future__ import annotations

import pytest

from extractor.engine.extract import extract
from extractor.numbering import split_section_label

TITLE = "关于开展全区民生项目第二季度巡查的通知"


def _page(table: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'><p>{TITLE}</p>"
            f"<p>附：巡查安排表</p>{table}</div></body></html>").encode("utf-8")


def _got(notice):
    return [(m.measure_no, m.section_no, m.text, tuple(r.name for r in m.lead)) for m in notice.measures]


# --- 1. a schedule whose people rows are offset against its tasks ---------------------------------

SCHEDULE = """<table border='1'>
<tr><td>日 期</td><td>检查人员</td><td>检查项目</td><td>责任单位</td></tr>
<tr><td colspan='4'>第一组</td></tr>
<tr><td rowspan='3'>6月2日<br>上午</td><td>王 力(组 长)</td>
    <td rowspan='2'>城西污水管网改造工程</td><td rowspan='2'>区水利局</td></tr>
<tr><td>孙晓梅</td></tr>
<tr><td>赵 刚</td><td>河滨公园提质改造</td><td>区城管局</td></tr>
<tr><td rowspan='2'>6月2日<br>下午</td><td>王 力(组 长)</td><td>青山镇集镇道路硬化</td><td>青山镇</td></tr>
<tr><td>孙晓梅</td><td>白沙镇农贸市场建设</td><td>白沙镇</td></tr>
<tr><td colspan='4'>第二组</td></tr>
<tr><td rowspan='4'>6月3日<br>上午</td><td rowspan='2'>&nbsp;</td><td>北环路拓宽工程</td>
    <td rowspan='3'>区住建局</td></tr>
<tr><td>东门保障房项目</td></tr>
<tr><td>钱 进(组 长)</td><td>老旧小区加装电梯</td></tr>
<tr><td>李 敏</td><td>区第二中学扩建</td><td>区教育局</td></tr>
</table>"""

SCHEDULE_WANT = [
    (1, 1, "城西污水管网改造工程", ("区水利局",)),
    (2, 1, "河滨公园提质改造", ("区城管局",)),
    (3, 1, "青山镇集镇道路硬化", ("青山镇",)),
    (4, 1, "白沙镇农贸市场建设", ("白沙镇",)),
    (5, 2, "北环路拓宽工程", ("区住建局",)),
    (6, 2, "东门保障房项目", ("区住建局",)),
    (7, 2, "老旧小区加装电梯", ("区住建局",)),
    (8, 2, "区第二中学扩建", ("区教育局",)),
]


def test_a_task_merged_over_two_people_rows_is_one_measure_under_its_group_row():
    notice = extract(_page(SCHEDULE), name="s.html")
    assert _got(notice) == SCHEDULE_WANT
    assert [(s.no, s.label) for s in notice.sections] == [(1, "第一组"), (2, "第二组")]


def test_the_people_of_a_merged_task_stay_beside_it_together():
    first = extract(_page(SCHEDULE), name="s.html").measures[0]
    assert "孙晓梅" in first.extra["检查人员"] and "王 力" in first.extra["检查人员"]
    assert "上午" in first.extra["日 期"]   # the date column is kept beside the measure, no section


def test_a_merged_task_whose_rows_print_their_own_deadline_stays_a_row_each():
    """Negative: a row under a merged task that prints a deadline of its own is a measure of its own."""
    table = ("<table border='1'><tr><td>工作任务</td><td>责任单位</td><td>完成时限</td><td>检查人员</td></tr>"
             "<tr><td rowspan='2'>完成城东片区雨污分流改造</td><td rowspan='2'>区水利局</td>"
             "<td>2024年6月底前</td><td>王力</td></tr>"
             "<tr><td>2024年12月底前</td><td>孙晓梅</td></tr></table>")
    notice = extract(_page(table), name="d.html")
    assert [(m.measure_no, m.deadline) for m in notice.measures] == [(1, "2024年6月底前"), (2, "2024年12月底前")]


def test_a_merged_task_whose_row_names_units_of_its_own_adds_them():
    """Negative: the one-unit-a-row ledger (unitrows.py) still adds the row's units to the task."""
    table = ("<table border='1'><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
             "<tr><td rowspan='2'>1</td><td rowspan='2'>完成城东片区雨污分流改造</td><td rowspan='2'>区水利局</td>"
             "<td>区财政局</td></tr><tr><td>区住建局</td></tr></table>")
    notice = extract(_page(table), name="u.html")
    assert len(notice.measures) == 1
    assert [r.name for r in notice.measures[0].support] == ["区财政局", "区住建局"]


# --- 2. a table printing no row numbers ---------------------------------------------------------

NO_NUMBERS = ("<table border='1'><tr><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
              "<tr><td>建成区级数据共享平台</td><td>区大数据局</td><td>区财政局</td></tr>"
              "<tr><td>推进政务服务一网通办</td><td>区政务服务中心</td><td>各街道办事处</td></tr>"
              "<tr><td>完善基层治理网格体系</td><td>区委政法委</td><td>区民政局</td></tr></table>")


def test_a_table_with_no_number_column_numbers_its_measures_by_place():
    notice = extract(_page(NO_NUMBERS), name="n.html")
    assert [m.measure_no for m in notice.measures] == [1, 2, 3]


def test_a_table_printing_its_numbers_keeps_them():
    """Negative: printed numbers (here 3, 5, 8: a list's excerpt) are never renumbered."""
    table = NO_NUMBERS.replace("<td>重点任务", "<td>序号</td><td>重点任务")
    for no, task in (("3", "建成"), ("5", "推进"), ("8", "完善")):
        table = table.replace(f"<tr><td>{task}", f"<tr><td>{no}</td><td>{task}", 1)
    notice = extract(_page(table), name="p.html")
    assert [m.measure_no for m in notice.measures] == [3, 5, 8]


@pytest.mark.parametrize("row, want", [
    ("第二组", (2, "第二组", "")),
    ("第二組", (2, "第二組", "")),           # a traditional copy's 組
    ("第三组（城东片区）", (3, "第三组", "（城东片区）")),
    ("第一部分 总体要求", (1, "第一部分", "总体要求")),
])
def test_a_group_row_numbered_with_its_counter_word_is_a_section_label(row, want):
    assert split_section_label(row) == want
