"""A progress report that gives each unit of a task a row of its own, with its own progress.

Shape of holdout batch 46 (a city's quarterly and year-end reports on its 政府工作报告 tasks,
brokenunit-wuhu and newsprog-wuhu), written again here in other words for another place: the
task's 序号 and 工作任务 cells are merged down over as many rows as it has lead units, and each
of those rows prints one unit and that unit's own 完成情况.  The rows are one measure, its units
in printed order and the progress of each kept beside it; a row that prints a task of its own
(a cell of its own in the task column) is still a measure of its own.
"""
from __future__ import annotations

from extractor.engine.extract import extract

PAGE = """<html><head><meta charset='utf-8'></head><body><div class='content'>
<h1>2024年前三季度重点工作推进情况</h1>
<table border='1'>
<tr><td>序号</td><td>工作任务</td><td>牵头责任单位</td><td>完成情况</td></tr>
<tr><td>1</td><td>城镇新增就业3万人以上。</td><td>市人社局</td><td>前三季度城镇新增就业2.4万人。</td></tr>
<tr><td rowspan='2'>2</td><td rowspan='2'>城乡居民收入增长与经济增长同步。</td>
    <td>市人社局</td><td>城镇居民人均可支配收入增长5.1%。</td></tr>
<tr><td>市农业农村局</td><td>农村居民人均可支配收入增长6.8%。</td></tr>
<tr><td>3</td><td>新建改造农村公路200公里。</td><td>市交通运输局</td><td>已完成168公里。</td></tr>
<tr><td rowspan='3'>4</td><td rowspan='3'>完成省下达的节能减排任务。</td>
    <td>市发改委</td><td>按季通报能耗强度进展。</td></tr>
<tr><td>市生态环境局</td><td>重点减排工程超序时进度。</td></tr>
<tr><td>市工信局</td><td>&nbsp;</td></tr>
</table></div></body></html>"""


def _got(notice):
    return [(m.measure_no, m.text, tuple(r.name for r in m.lead)) for m in notice.measures]


def test_each_units_row_under_a_merged_task_adds_its_unit():
    notice = extract(PAGE.encode("utf-8"), name="progress.html")
    assert _got(notice) == [
        (1, "城镇新增就业3万人以上。", ("市人社局",)),
        (2, "城乡居民收入增长与经济增长同步。", ("市人社局", "市农业农村局")),
        (3, "新建改造农村公路200公里。", ("市交通运输局",)),
        (4, "完成省下达的节能减排任务。", ("市发改委", "市生态环境局", "市工信局")),
    ]


def test_each_units_progress_is_kept_beside_the_one_measure():
    notice = extract(PAGE.encode("utf-8"), name="progress.html")
    second = notice.measures[1]
    kept = "；".join(str(v) for v in second.extra.values())
    assert "5.1%" in kept and "6.8%" in kept


def test_a_row_printing_a_task_of_its_own_is_still_a_measure():
    page = PAGE.replace("<tr><td>市农业农村局</td><td>农村居民",
                        "<tr><td>市农业农村局</td><td>农村居民").replace(
        "<td rowspan='2'>2</td><td rowspan='2'>城乡居民收入增长与经济增长同步。</td>",
        "<td rowspan='2'>2</td><td>城乡居民收入增长与经济增长同步。</td>").replace(
        "<tr><td>市农业农村局</td>", "<tr><td>农村人居环境整治提升。</td><td>市农业农村局</td>")
    notice = extract(page.encode("utf-8"), name="progress.html")
    texts = [m.text for m in notice.measures]
    assert "农村人居环境整治提升。" in texts
