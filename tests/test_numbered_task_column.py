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


# 任务内容 | 国家园林城市标准或要求 | 工作内容及要求 | 责任单位或牵头单位 | 协助单位 | 完成期限 (holdout lawpagecut-unplaced,
# batch 107): a group column merged over its rows, a column no word names printing each standard's number (1、2、3、)
# beside the work column, which prints none: the numbered column holds the tasks, the work is kept beside
GARDEN_HEAD = ["任务内容", "国家园林城市标准或要求", "工作内容及要求", "责任单位或牵头单位", "协助单位", "完成期限"]
GARDEN_BODY = [["生态环境", "1、城郊绿化连成一体。", "保护山体植被，开展村庄绿化。", "市规划局", "市国土资源局", "2010年9月20日前"],
               ["", "2、建好城市防护绿地。", "抓好防护绿地和绿化带管护。", "市规划局", "有关部门", "2010年9月20日前"],
               ["", "3、环境综合治理有成效。", "完善污水和环卫设施。", "市环保局", "", ""]]


def test_an_unnamed_column_numbering_each_standard_holds_the_tasks():
    parsed = parse_html(_table(GARDEN_HEAD, GARDEN_BODY, {(0, 0): 3}))
    assert _rows(parsed) == [(1, 1, "城郊绿化连成一体。", ("市规划局",)), (2, 1, "建好城市防护绿地。", ("市规划局",)),
                             (3, 1, "环境综合治理有成效。", ("市环保局",))]
    assert parsed.measures[0].extra.get("工作内容及要求") == "保护山体植被，开展村庄绿化。"


def test_an_unnamed_numbered_column_beside_a_numbered_task_list_stays_beside():
    # the task column's cells open with numbers of their own (1.…；2.…: a task list, taskrows-changxing): it keeps them
    body = [[row[0], row[1], "1." + row[2] + "2.报送进度。", *row[3:]] for row in GARDEN_BODY]
    parsed = parse_html(_table(GARDEN_HEAD, body, {(0, 0): 3}))
    assert all(m.text.startswith("1.") for m in parsed.measures)
