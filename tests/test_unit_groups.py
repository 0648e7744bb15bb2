"""A table laid out by unit whose 序号 numbers the units: the 序号 and the unit's cell merged together over the
unit's task rows, the tasks numbered 1. again under every unit.  Each unit's rows are a section (labelled by the 序号,
titled by the unit) and each row keeps the number its task cell prints (tests/fixtures/README.md, a 序号 merged over
task rows; holdout boxunits-zhengzhou, batch 78: before, every row took its unit's 序号 and no section was read).
A table by task whose two rows share a merged number and unit numbers no unit's tasks and is read as before."""
from __future__ import annotations

from extractor import extract

HEAD = ("<html><head><meta charset='utf-8'><title>某市城市绿化任务</title></head><body>"
        "<h1>某市人民政府办公室关于印发2006年城市绿化整治工作方案的通知</h1>"
        "<p>附件：</p><p>2006年城市绿化整治各责任单位工作任务</p>")

BY_UNIT = HEAD + (
    "<table border='1'><tr><td>序号</td><td>责任单位</td><td>任务目标</td><td>完成时间</td><td>责任人</td></tr>"
    "<tr><td rowspan='3'>1</td><td rowspan='3'>甲区</td><td>1.新增城市绿地20万平方米。</td><td>2006.11.30</td>"
    "<td rowspan='3'>区长</td></tr>"
    "<tr><td>2.建成街头游园3个。</td><td>2006.09.30</td></tr>"
    "<tr><td>3.补植行道树2000株。</td><td>2006.04.30</td></tr>"
    "<tr><td rowspan='2'>2</td><td rowspan='2'>市园林局</td><td>1.完成市管公园植物充实。</td><td>2006.04.30</td>"
    "<td rowspan='2'>局长</td></tr>"
    "<tr><td>2.组织季度检查考评。</td><td>2006.12.31</td></tr>"
    "</table></body></html>")


def test_a_unit_merged_with_its_number_heads_its_tasks():
    result = extract(BY_UNIT.encode("utf-8"))
    assert [(s.no, s.label, s.title) for s in result.sections] == [(1, "1", "甲区"), (2, "2", "市园林局")]
    rows = [(m.measure_no, m.section_no, m.text, [a.name for a in m.lead], m.deadline) for m in result.measures]
    assert rows == [
        (1, 1, "新增城市绿地20万平方米。", ["甲区"], "2006.11.30"),
        (2, 1, "建成街头游园3个。", ["甲区"], "2006.09.30"),
        (3, 1, "补植行道树2000株。", ["甲区"], "2006.04.30"),
        (1, 2, "完成市管公园植物充实。", ["市园林局"], "2006.04.30"),
        (2, 2, "组织季度检查考评。", ["市园林局"], "2006.12.31"),
    ]


BY_TASK = HEAD + (
    "<table border='1'><tr><td>序号</td><td>民生实事</td><td>责任单位</td><td>完成时限</td></tr>"
    "<tr><td>1</td><td>新建人行天桥2座。</td><td>县住建局</td><td>9月底前</td></tr>"
    "<tr><td rowspan='2'>2</td><td>开工建设县老年养护楼。</td><td rowspan='2'>县民政局</td><td>5月底前</td></tr>"
    "<tr><td>开工建设老年大学。</td><td>12月底前</td></tr>"
    "<tr><td>3</td><td>城区新建农贸市场1个。</td><td>县商务局</td><td>12月底前</td></tr>"
    "</table></body></html>")


def test_a_task_table_sharing_a_merged_number_and_unit_heads_nothing():
    result = extract(BY_TASK.encode("utf-8"))
    assert result.sections == ()
    assert [(m.measure_no, m.section_no) for m in result.measures] == [(1, None), (2, None), (2, None), (3, None)]


def test_tasks_not_numbered_afresh_head_nothing():
    """The same by-unit layout whose second unit's tasks go on numbering (4., 5.) is no unit's list afresh."""
    page = BY_UNIT.replace("1.完成市管公园", "4.完成市管公园").replace("2.组织季度", "5.组织季度")
    result = extract(page.encode("utf-8"))
    assert result.sections == ()


UNNUMBERED = HEAD + (
    "<table border='1'><tr><td>序号</td><td>责任单位</td><td>任务目标</td><td>完成时间</td></tr>"
    "<tr><td rowspan='2'>1</td><td rowspan='2'>甲区</td><td>新增城市绿地20万平方米。</td><td>2006.11.30</td></tr>"
    "<tr><td>建成街头游园3个。</td><td>2006.09.30</td></tr>"
    "<tr><td>2</td><td>乙区</td><td>补植行道树2000株。</td><td>2006.04.30</td></tr>"
    "<tr><td rowspan='3'>3</td><td rowspan='3'>市园林局</td><td>完成市管公园植物充实。</td><td>2006.04.30</td></tr>"
    "<tr><td>组织季度检查考评。</td><td>2006.12.31</td></tr>"
    "<tr><td>编制绿地系统规划。</td><td>2006.10.31</td></tr>"
    "</table></body></html>")


def test_unnumbered_tasks_of_a_table_by_unit_are_numbered_by_place_under_their_unit():
    """The task cells print no number: each unit's rows are still its section (a unit of one task too), and the rows
    are numbered by their place in the notice (the generator's session-61 cause 1; holdout mergedno-zhuzhou)."""
    result = extract(UNNUMBERED.encode("utf-8"))
    assert [(s.no, s.label, s.title) for s in result.sections] == [(1, "1", "甲区"), (2, "2", "乙区"),
                                                                   (3, "3", "市园林局")]
    rows = [(m.measure_no, m.section_no, [a.name for a in m.lead]) for m in result.measures]
    assert rows == [(1, 1, ["甲区"]), (2, 1, ["甲区"]), (3, 2, ["乙区"]), (4, 3, ["市园林局"]), (5, 3, ["市园林局"]),
                    (6, 3, ["市园林局"])]


def test_a_unit_first_table_whose_units_seldom_span_rows_heads_nothing():
    """One unit merged over two of five tasks, the unit column first: rows of a table by task, their numbers kept."""
    page = HEAD + (
        "<table border='1'><tr><td>序号</td><td>牵头单位</td><td>民生实事</td><td>完成时限</td></tr>"
        "<tr><td>1</td><td>县住建局</td><td>新建人行天桥2座。</td><td>9月底前</td></tr>"
        "<tr><td rowspan='2'>2</td><td rowspan='2'>县民政局</td><td>开工建设县老年养护楼。</td><td>5月底前</td></tr>"
        "<tr><td>开工建设老年大学。</td><td>12月底前</td></tr>"
        "<tr><td>3</td><td>县商务局</td><td>城区新建农贸市场1个。</td><td>12月底前</td></tr>"
        "<tr><td>4</td><td>县水务局</td><td>改造城区供水管网10公里。</td><td>11月底前</td></tr>"
        "<tr><td>5</td><td>县教育局</td><td>新建幼儿园2所。</td><td>8月底前</td></tr>"
        "</table></body></html>")
    result = extract(page.encode("utf-8"))
    assert result.sections == ()
    assert [m.measure_no for m in result.measures] == [1, 2, 2, 3, 4, 5]
