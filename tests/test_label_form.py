"""A task printed as a form of label rows (tests/fixtures/README.md, "A task printed as a form of label rows").

A portal's follow-up page prints ONE task of the year's list as a two-column table: each row a label closed by a
colon and its value (重点工作： | the numbered task; 牵头单位： | a unit; 年度阶段性工作目标： | the steps by quarter;
进展情况…： | the report).  It is read as a task table of one row (parse/labelform.py): one measure, its number as
printed, its units by their labels, a label of the year's targets by stage a schedule read as its deadline, the
report kept beside it.  A two-column table that names no task, no unit, or labels nothing stays no task table.
"""
from __future__ import annotations

from extractor.engine.extract import extract
from extractor.parse.grid import Cell
from extractor.parse.labelform import label_form
from extractor.parse.tableheader import role_of

INFO = "<p>时间：2024-01-19　来源：某市人民政府办公厅</p>"
TASK = "57.完成老旧小区改造120个，同步加装电梯60部。"
STEPS = ("第一季度：确定改造名单。", "第二季度：开工60个。", "第三季度：开工全部小区。", "第四季度：完工并验收。")
REPORT = "已完成。累计改造小区121个。"


def _row(label: str, *values: str) -> str:
    return f"<tr><td>{label}</td><td>" + "".join(f"<p>{v}</p>" for v in values) + "</td></tr>"


def _page(rows: str, head: str = INFO) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>2023年重点工作落实情况_某市人民政府门户网站</title></head>"
            f"<body><div class='content'>{head}<table border='1'>{rows}</table></div></body></html>").encode("utf-8")


def _form(task_label: str = "重点工作：", lead_label: str = "牵头单位：", stage_label: str = "年度阶段性工作目标：") -> str:
    return (_row(task_label, TASK) + _row(lead_label, "市住房城乡建设局") + _row(stage_label, *STEPS)
            + _row("进展情况、存在问题<br>及下一步工作建议：", REPORT))


def test_a_form_of_label_rows_is_one_measure_numbered_as_printed():
    notice = extract(_page(_form()), name="t.html")
    assert [(m.measure_no, m.section_no, m.text) for m in notice.measures] == [
        (57, None, "完成老旧小区改造120个，同步加装电梯60部。")]
    measure = notice.measures[0]
    assert [a.name for a in measure.lead] == ["市住房城乡建设局"] and not measure.support
    # the year's targets by quarter: a schedule, its paragraphs joined as a cell's lines are
    assert measure.deadline == "".join(STEPS)
    # the report's row is no part of the measure
    assert REPORT not in measure.text and REPORT not in (measure.deadline or "")
    assert notice.sections == ()


def test_a_responsible_label_leads_where_the_form_prints_no_lead():
    notice = extract(_page(_form(lead_label="责任单位：")), name="t.html")
    assert [[a.name for a in m.lead] for m in notice.measures] == [["市住房城乡建设局"]]


def test_a_form_naming_no_task_or_no_unit_gives_no_measure():
    # a service guide: the matter and a phone number, no unit label
    guide = _row("办理事项：", "老旧小区加装电梯申请") + _row("咨询电话：", "12345") + _row("办理地点：", "市民服务中心")
    assert extract(_page(guide), name="t.html").measures == ()
    # units but no task label: the form names no task
    untasked = _row("牵头单位：", "市住房城乡建设局") + _row("联系人：", "王某")
    assert extract(_page(untasked), name="t.html").measures == ()


def _grid(rows):
    return [[Cell((text,), (r, c)) for c, text in enumerate(row)] for r, row in enumerate(rows)]


def test_only_two_columns_of_labels_are_a_form():
    form = [["重点工作：", TASK], ["牵头单位：", "市住房城乡建设局"]]
    grid, header = label_form(_grid(form))
    assert header.rows == 1 and header.roles[:2] == ("measure", "lead")
    assert [c.text for c in grid[1]] == [TASK, "市住房城乡建设局"]
    # role words printed with a space for the colon still label (a copy dropping the colons)
    assert label_form(_grid([["重点工作", TASK], ["牵头单位\u3000", "市住房城乡建设局"]])) is not None
    # a first cell naming no role and closed by no colon labels nothing: a two-column table of words, no form
    assert label_form(_grid(form + [["王某负责联络", "电话12345"]])) is None
    # a third column: a list's table, not one task's form
    assert label_form(_grid([row + ["备注"] for row in form])) is None
    # two task labels: two tasks side by side is no one task's form
    assert label_form(_grid(form + [["工作任务：", "另一项任务。"]])) is None


def test_the_years_targets_by_stage_name_a_schedule_not_a_section():
    assert role_of("年度阶段性工作目标") == "deadline"
    assert role_of("阶段性目标") == "deadline"
    assert role_of("工作目标") == "section"      # the section word inside stays a section word alone


ZG_TASK = "某督察第6项整改任务：某工程立项后迟迟未开工。"
ZG_STEPS = ("1.2024年6月前，编制施工方案。", "2.督促建设单位加快办理手续，确保按期建成。")


def _spaced_row(label: str, *values: str) -> str:
    return f"<tr><td></td><td>{label}</td><td>" + "".join(f"<p>{v}</p>" for v in values) + "</td></tr>"


def _zhenggai_form(row=_spaced_row) -> str:
    return (row("整改任务", ZG_TASK) + row("责任单位", "市水利工程建设服务中心") + row("整改目标", "完成工程建设。")
            + row("整改措施", *ZG_STEPS) + row("完成情况", "1.已编制方案。", "2.已建成投运。"))


def test_a_zhenggai_form_with_bare_labels_and_a_spacer_column_is_one_measure():
    """通辽's 整改 form (holdout kvzhenggai-tongliao, batch 99): labels with no colon, one naming no role
    (整改任务, 整改目标), each row opening with an empty cell: one measure, its text the 整改措施 steps, its
    number the 第N项 the task's value prints (before: no measure)."""
    notice = extract(_page(_zhenggai_form()), name="t.html")
    assert [(m.measure_no, m.text) for m in notice.measures] == [(6, "".join(ZG_STEPS))]
    assert [a.name for a in notice.measures[0].lead] == ["市水利工程建设服务中心"]
    # without the spacer column it reads the same
    assert [(m.measure_no, m.text) for m in extract(_page(_zhenggai_form(_row)), name="t.html").measures] == [
        (6, "".join(ZG_STEPS))]


def test_a_bare_label_labels_only_in_a_form_printing_no_colon():
    """A short name with no role is a label only where no label of the form is closed by a colon."""
    bare = [["整改任务", ZG_TASK], ["整改措施", "编制方案。"], ["责任单位", "市水利局"]]
    assert label_form(_grid(bare)) is not None
    assert label_form(_grid([["整改任务：", ZG_TASK], ["整改措施：", "编制方案。"], ["责任单位：", "市水利局"],
                             ["联络安排", "电话12345"]])) is None
    # a label holding a clause's mark or a number is no bare label
    assert label_form(_grid(bare + [["王某，负责联络", "电话"]])) is None


def test_a_spacer_column_must_be_empty_in_every_row():
    rows = [["", "整改措施", "编制方案。"], ["", "责任单位", "市水利局"], ["备注", "整改目标", "完成建设。"]]
    assert label_form(_grid(rows)) is None
