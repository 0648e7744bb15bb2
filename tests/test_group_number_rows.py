"""Group rows inside a task table told by the form of their 序号.

Shape of holdout batch 46 (a city's yearly plan reposted by a news site, grouprows-wuhu), written
again here in other words for another place: heading rows span the 序号 and task columns
(``一、主要预期目标``, ``（一）…``), the tasks are numbered ``（1）``…``（9）`` on through the whole
table, and between a heading and its tasks a row prints a BARE number in the 序号 cell and a short
topic in the task cell with empty unit cells (``1 | 稳住农业基本盘。 | |``).  Such a row heads the
tasks under it as a section labelled as printed; a heading spanning the 序号 and task columns is
titled without its label; a table whose tasks print bare numbers reads such rows as before.
"""
from __future__ import annotations

from extractor.engine.extract import extract

ROWS = """<tr><td>序号</td><td>目标与任务</td><td>牵头单位</td><td>责任单位</td></tr>
<tr><td colspan='2'>一、主要目标</td><td></td><td></td></tr>
<tr><td>(1)</td><td>粮食播种面积稳定在120万亩以上。</td><td>县农业农村局</td><td>各乡镇</td></tr>
<tr><td>(2)</td><td>城镇新增就业2000人。</td><td>县人社局</td><td>各乡镇</td></tr>
<tr><td colspan='2'>二、重点工作</td><td></td><td></td></tr>
<tr><td colspan='2'>(一)推动乡村全面振兴。</td><td></td><td></td></tr>
<tr><td>1</td><td>稳住农业基本盘。</td><td></td><td></td></tr>
<tr><td>(3)</td><td>新建高标准农田3万亩。</td><td>县农业农村局</td><td>县财政局</td></tr>
<tr><td>(4)</td><td>实施农田水利设施提升工程。</td><td>县水利局</td><td>各乡镇</td></tr>
<tr><td>2</td><td>改善农村人居环境。</td><td></td><td></td></tr>
<tr><td>(5)</td><td>完成农村户厕改造1500户。</td><td>县农业农村局</td><td>县卫健委</td></tr>"""


def _page(rows: str) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body><div class='content'>"
            "<p>某县2025年重点工作任务分解表</p><table border='1'>" + rows + "</table></div></body></html>"
            ).encode("utf-8")


def test_a_row_numbered_unlike_the_tasks_heads_the_tasks_under_it():
    notice = extract(_page(ROWS), name="g.html")
    got = [(m.measure_no, m.text) for m in notice.measures]
    assert [no for no, _ in got] == [1, 2, 3, 4, 5]
    by_no = {s.no: (s.label, s.title) for s in notice.sections}
    sections = {m.measure_no: by_no.get(m.section_no) for m in notice.measures}
    assert sections[1] == ("一、", "主要目标")
    assert sections[3] == sections[4] == ("1", "稳住农业基本盘。")
    assert sections[5] == ("2", "改善农村人居环境。")


def test_in_a_table_whose_tasks_print_bare_numbers_such_a_row_is_no_heading():
    rows = ROWS.replace("(1)", "1").replace("(2)", "2").replace("(3)", "3").replace("(4)", "4").replace("(5)", "5")
    rows = rows.replace("<tr><td>1</td><td>稳住农业基本盘。</td><td></td><td></td></tr>", "").replace(
        "<tr><td>2</td><td>改善农村人居环境。</td><td></td><td></td></tr>", "")
    notice = extract(_page(rows), name="g.html")
    assert [m.measure_no for m in notice.measures] == [1, 2, 3, 4, 5]
    assert not any(s.label in ("1", "2") for s in notice.sections)


def test_a_group_row_printed_in_the_tasks_own_form_is_told_by_its_number_going_back():
    """（1） over task （3） after tasks （1）（2）: the tasks' numbers run on, so a row naming no unit whose number
    goes back under the last task's, its topic short, heads the tasks under it as a bare 1 does."""
    rows = ROWS.replace("<td>1</td><td>稳住", "<td>(1)</td><td>稳住").replace("<td>2</td><td>改善", "<td>(2)</td><td>改善")
    notice = extract(_page(rows), name="g.html")
    assert [m.measure_no for m in notice.measures] == [1, 2, 3, 4, 5]
    by_no = {s.no: (s.label, s.title) for s in notice.sections}
    sections = {m.measure_no: by_no.get(m.section_no) for m in notice.measures}
    assert sections[3] == ("(1)", "稳住农业基本盘。")
    assert sections[5] == ("(2)", "改善农村人居环境。")
