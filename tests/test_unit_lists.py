"""Numbered tasks in one cell of a table laid out BY UNIT (tests/fixtures/README.md, session 54's convention):
one measure per number, each with its row's units, numbered as printed (restarting in each row).

Written for holdout unitrows-fangzi (a forum's one-line copy of a 督查 bulletin's table by unit), in other
words and for another place: the same table as an HTML page and as a copy run into one line, single spaces
where its cells and lines broke, its narrow cells wrapped inside a word (``承办 单位``, ``县农 业局``); and the
tables that keep a cell's numbered points as one measure (a row numbering its own task, a project column).
"""
from __future__ import annotations

from extractor.engine.extract import extract
from extractor.parse.flatunits import unit_rows

LETTER = ("<p>关于2019年重点工作第二季度推进情况的通报</p><p>各乡镇人民政府，县直各单位：</p>"
          "<p>现将重点工作推进情况通报如下。</p><p>某某县人民政府办公室</p><p>2019年7月5日</p>"
          "<p>2019年重点工作第二季度推进情况</p>")
HEADER = ("承办单位", "任务目标", "分管领导", "协办单位", "落实情况")
ROWS = (
    ("县农业局", ("1.完成高标准农田建设2万亩。", "2.新建农产品冷链仓储设施3处。", "3.培育家庭农场50家。"),
     "周明", "", ("1.已完成选址。", "2.已开工1处。")),
    ("县交通局", ("1.改造农村公路120公里。", "2.新开城乡公交线路4条。"), "吴刚", "县财政局",
     ("1.已改造46公里。", "2.已开通2条。")),
    ("县水利局", ("1.加固病险水库5座。",), "郑强", "县应急局", ("1.已加固2座。",)),
)
WANT = [(1, "完成高标准农田建设2万亩。", ("县农业局",), ()),
        (2, "新建农产品冷链仓储设施3处。", ("县农业局",), ()),
        (3, "培育家庭农场50家。", ("县农业局",), ()),
        (1, "改造农村公路120公里。", ("县交通局",), ("县财政局",)),
        (2, "新开城乡公交线路4条。", ("县交通局",), ("县财政局",)),
        (1, "加固病险水库5座。", ("县水利局",), ("县应急局",))]


def _rows(notice):
    return [(m.measure_no, m.text, tuple(r.name for r in m.lead), tuple(r.name for r in m.support))
            for m in notice.measures]


def _html(cells_of=lambda items: "".join(items), header=HEADER, row_head=lambda k: ()) -> bytes:
    head = "".join(f"<td>{h}</td>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in (*row_head(k), unit, cells_of(tasks), who, support,
                                                             cells_of(done))) + "</tr>"
                   for k, (unit, tasks, who, support, done) in enumerate(ROWS, 1))
    return (f"<html><head><meta charset='utf-8'></head><body><div class='content'>{LETTER}"
            f"<table border='1'><tr>{head}</tr>{body}</table></div></body></html>").encode("utf-8")


def test_a_cell_numbering_a_units_tasks_gives_a_measure_per_number():
    assert _rows(extract(_html(), name="p.html")) == WANT


def test_the_items_one_a_paragraph_read_alike():
    assert _rows(extract(_html(lambda items: "".join(f"<p>{i}</p>" for i in items)), name="p.html")) == WANT


def test_a_row_numbering_its_own_task_keeps_the_cells_points_as_one_measure():
    """A 序号 column: the row names its own task, whose steps the numbers are (phasedoc-longkou's reading)."""
    page = _html(header=("序号", *HEADER), row_head=lambda k: (str(k),))
    got = _rows(extract(page, name="p.html"))
    assert [(no, lead) for no, _text, lead, _support in got] == [(1, ("县农业局",)), (2, ("县交通局",)),
                                                                 (3, ("县水利局",))]
    assert "完成高标准农田建设2万亩。2.新建农产品冷链仓储设施3处。3.培育" in got[0][1]


def test_a_project_column_before_the_tasks_keeps_them_one_measure():
    page = _html(header=("项目名称", *HEADER), row_head=lambda k: (f"第{k}项工程",))
    assert len(extract(page, name="p.html").measures) == len(ROWS)


def _flat_copy() -> bytes:
    """The page as a forum prints it: one line, a space wherever a line or a cell broke, the narrow cells
    wrapped inside a word, ASCII stops."""
    wrapped = {"县农业局": "县农 业局", "县交通局": "县交 通局", "县水利局": "县水 利局"}
    rows = " ".join(" ".join((wrapped[unit], *tasks, who, support, *done)) for unit, tasks, who, support, done in ROWS)
    text = ("编辑: poster 2018-01-02\n关于2019年重点工作第二季度推进情况的通报 各乡镇人民政府,县直各单位: "
            "现将重点工作推进情况通报如下. 某某县人民政府办公室 2019年7月5日 附件 2019年重点工作第二季度推进情况 "
            f"承办 单位 任务目标 分管 领导 协办单位 落实情况 {rows}\n\n本文来源于网络,仅供学习交流.\n")
    return " ".join(text.split(" ")).replace("  ", " ").encode("utf-8")


def test_a_copy_run_into_one_line_reads_as_the_page_does():
    assert _rows(extract(_flat_copy(), name="p.txt")) == WANT


def test_a_unit_before_a_numbered_progress_cell_is_the_rows_support():
    """The cells after the task go to the columns after it in order: 县财政局 under 协办单位, the list after it
    under 落实情况; the next unit opens a row only where no column is left for it."""
    roles = ["responsible", "measure", "leader", "support", "other"]
    pieces = ["县交通局", "1.改造公路。", "2.新开线路。", "吴刚", "县财政局", "1.已改造。", "2.已开通。",
              "县水 利局".split()[0], "利局", "1.加固水库。", "郑强"]
    assert unit_rows(pieces, roles) == [["县交通局", "1.改造公路。\n2.新开线路。", "吴刚", "县财政局", "1.已改造。\n2.已开通。"],
                                        ["县水利局", "1.加固水库。", "郑强", "", ""]]
