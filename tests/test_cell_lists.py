"""A task cell whose lines are a numbered list (1. … 2. … 3. …) in a table with a 序号 column.

The 序号 column numbers the rows; the 1. 2. in the cell number the row's own steps, so the list's
first number stays with its text as the others do (docs/forms.md, "A numbered list inside a task
cell").  Without a 序号 column a cell's opening number is still the row's number, as before.
"""
from __future__ import annotations

from extractor.engine.extract import extract

TITLE = "寿光市蔬菜产业提质增效重点任务表"
#: (序号, 重点任务, the 具体措施 cell's lines, 责任单位)
ROWS = (
    ("1", "设施蔬菜提档", ("1.改造老旧大棚800个。", "2.推广水肥一体化技术2万亩。"), "农业农村局"),
    ("2", "品牌建设", ("1.新认证绿色食品20个。", "2.举办蔬菜博览会一届。", "3.建设线上展销平台。"), "商务局"),
    ("3", "冷链物流", ("建设产地冷藏保鲜设施50处。",), "交通运输局"),
)


def _page(with_number: bool) -> bytes:
    header = (["序号"] if with_number else []) + ["重点任务", "具体措施", "责任单位"]
    rows = ["<tr>" + "".join(f"<td>{h}</td>" for h in header) + "</tr>"]
    for no, task, lines, unit in ROWS:
        cells = ([no] if with_number else []) + [task, "<br>".join(lines), unit]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'><p>{TITLE}</p>"
            f"<table>{''.join(rows)}</table></div></body></html>").encode("utf-8")


def test_a_cell_list_keeps_its_first_number_beside_a_number_column():
    notice = extract(_page(with_number=True), name="p.html")
    assert [(m.measure_no, m.text) for m in notice.measures] == [
        (int(no), "".join(lines)) for no, _task, lines, _unit in ROWS]
    assert [[a.name for a in m.lead] for m in notice.measures] == [[unit] for *_rest, unit in ROWS]


def test_without_a_number_column_the_opening_number_still_numbers_the_row():
    notice = extract(_page(with_number=False), name="p.html")
    assert [(m.measure_no, m.text[:2]) for m in notice.measures][:2] == [(1, "改造"), (1, "新认")]
