"""Of two task columns, the one printing each task's own number holds the tasks (``columns.settle_roles``).

A 政务公开 分解方案's table 工作任务 | 工作要求 | 牵头单位 | 责任单位 prints its parts (一、…) and subparts ((一)…) as
rows of their own in the first column, the other cells left empty, and its items numbered on (1. 2. …) in the same
column beside each one's requirement: the first column holds the tasks and the requirement is kept beside the
measure (holdout emptyheadcells-baoshan, batch 95: before, the first column was taken for a label naming each row,
the requirement became each measure's text and the sections were lost).  Two task columns with no numbers
(重点任务 | 具体措施) read as before.
"""
from test_goal_columns import _table
from test_table import parse_html

HEAD = ["工作任务", "工作要求", "牵头单位", "责任单位"]
BODY = [["一、深化政务公开", "", "", ""],
        ["（一）做好规划公开", "", "", ""],
        ["1.集中公开各类规划", "在门户网站开设专题", "市发展改革委", "市直有关单位"],
        ["2.梳理公开历史规划", "在专栏分类展示", "市发展改革委", "市直有关单位"],
        ["（二）做好项目信息公开", "", "", ""],
        ["3.公开重大建设项目信息", "设立专栏逐项更新", "市住房城乡建设局", "各县（市、区）人民政府"]]


def _rows(parsed):
    return [(m.measure_no, m.section.no if m.section else None, m.text, m.lead_cells) for m in parsed.measures]


def test_the_numbered_column_holds_the_tasks_and_the_requirement_stays_beside():
    parsed = parse_html(_table(HEAD, BODY))
    assert _rows(parsed) == [(1, 1, "集中公开各类规划", ("市发展改革委",)),
                             (2, 1, "梳理公开历史规划", ("市发展改革委",)),
                             (3, 2, "公开重大建设项目信息", ("市住房城乡建设局",))]
    assert [s.title for s in parsed.sections] == ["做好规划公开", "做好项目信息公开"]
    assert parsed.measures[0].extra.get("工作要求") == "在门户网站开设专题"


def test_two_unnumbered_task_columns_keep_the_label_reading():
    """重点任务 | 具体措施 with each row's own short name and no numbers: the second column holds the tasks."""
    body = [["规划公开", "在门户网站开设专题公开规划", "市发展改革委", "市直有关单位"],
            ["项目公开", "设立专栏逐项更新项目信息", "市住房城乡建设局", "市直有关单位"]]
    parsed = parse_html(_table(["重点任务", "具体措施", "牵头单位", "责任单位"], body))
    assert [m.text for m in parsed.measures] == ["在门户网站开设专题公开规划", "设立专栏逐项更新项目信息"]


def test_numbers_in_both_columns_keep_the_label_reading():
    """Both columns numbered: neither is told apart by its numbers, the table reads as before."""
    body = [["1.规划公开", "1.在门户网站开设专题公开规划", "市发展改革委", "市直有关单位"],
            ["2.项目公开", "2.设立专栏逐项更新项目信息", "市住房城乡建设局", "市直有关单位"]]
    parsed = parse_html(_table(["重点任务", "具体措施", "牵头单位", "责任单位"], body))
    assert [m.text for m in parsed.measures] == ["在门户网站开设专题公开规划", "设立专栏逐项更新项目信息"]
