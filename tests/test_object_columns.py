"""A table whose task column names the OBJECT of the work, not an action: 序号 | 某某名称 | 整治牵头单位 |
…: each row is the work on the thing its name cell names (a road to be rebuilt, a ditch to be cleaned).
The header word ends in 名称 (``roles.toml [object_columns]``), which is no role word: such a column
holds the tasks only in a table with a unit column and no task column of its own, so a list of
contacts (单位名称 | 联系人 | 电话) or of places with no unit column is still no task table.  Of two
deadline columns side by side (an interim stage's 时限 before the final one) the last is the
deadline; the earlier is kept as an extra column (docs/forms.md)."""
from test_table import parse_html


def rows(parsed):
    return [(m.measure_no, m.text, m.lead_cells, m.support_cells, m.deadline) for m in parsed.measures]


def _table(head: list[str], body: list[list[str]]) -> str:
    tr = lambda cells: "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"   # noqa: E731
    return "<p>某县城区背街小巷改造计划表</p><table border='1'>" + tr(head) + "".join(map(tr, body)) + "</table>"


def test_a_name_column_holds_the_tasks_beside_a_compound_lead_header():
    """序号 | 巷道名称 | 改造工程牵头单位 | 责任人 | 一期时限 | 竣工时限: the lane's name is the task, the
    compound header still leads, the person column is no unit, the later limit is the deadline."""
    parsed = parse_html(_table(
        ["序号", "巷道名称", "改造工程牵头单位", "责任人", "主体完工时限", "竣工验收时限"],
        [["1", "柳荫巷", "某县住房和城乡建设局", "钱某", "2021年6月", "2021年末"],
         ["2", "石板街", "某县城市管理局", "孙某", "2021年9月", "2022年6月"]]))
    assert rows(parsed) == [
        (1, "柳荫巷", ("某县住房和城乡建设局",), (), "2021年末"),
        (2, "石板街", ("某县城市管理局",), (), "2022年6月"),
    ]
    assert parsed.measures[0].extra.get("主体完工时限") == "2021年6月"
    assert parsed.measures[0].extra.get("责任人") == "钱某"


def test_a_named_task_column_wins_over_a_name_column():
    """序号 | 桥梁名称 | 工作任务 | 牵头单位: the task word's column holds the tasks; the name is kept beside."""
    parsed = parse_html(_table(
        ["序号", "桥梁名称", "工作任务", "牵头单位"],
        [["1", "青石桥", "完成桥面铺装和护栏更换", "某县交通运输局"]]))
    assert rows(parsed) == [(1, "完成桥面铺装和护栏更换", ("某县交通运输局",), (), None)]
    assert parsed.measures[0].extra.get("桥梁名称") == "青石桥"


def test_a_contacts_table_stays_no_task_table():
    """序号 | 单位名称 | 联系人 | 联系电话: a unit's name is no object of work, and no column leads."""
    parsed = parse_html(_table(
        ["序号", "单位名称", "联系人", "联系电话"],
        [["1", "某县住房和城乡建设局", "钱某", "0000-1234567"],
         ["2", "某县城市管理局", "孙某", "0000-7654321"]]))
    assert parsed.measures == ()


def test_a_list_of_rivers_without_a_unit_column_stays_no_task_table():
    """序号 | 河流名称 | 长度 | 完成时限: names and a time, but no unit column: nothing is assigned."""
    parsed = parse_html(_table(
        ["序号", "河流名称", "长度（公里）", "完成时限"],
        [["1", "白沙河", "12.5", "2021年末"], ["2", "清水溪", "8.1", "2022年末"]]))
    assert parsed.measures == ()


def test_a_unit_name_column_beside_a_lead_column_is_no_task_column():
    """序号 | 单位名称 | 牵头单位 | 完成时限: 单位名称 names a unit (a unit noun before 名称), never the object
    of the work; the table has no task column."""
    parsed = parse_html(_table(
        ["序号", "单位名称", "牵头单位", "完成时限"],
        [["1", "某县林业局", "某县人民政府办公室", "2021年末"]]))
    assert parsed.measures == ()
