"""A section word's column that groups no rows is no level of sections (``columns.settle_roles``).

A column headed by a word naming the goal a row serves (目标任务, 工作目标: ``roles.toml [goal_columns]``) beside
the task column (具体任务) is a level only where it groups rows (merged down, printed again); where it names
each row apart it is the row's own goal, kept beside the measure (holdout overdone-dazu, batch 36: each row's
目标任务 had opened a section of its own).  A kind word (类别) over one-row groups stays the section.  And a
section word's column printed after the task column (项目名称 | 责任单位 | 目标任务) holds each row's own target:
groups are printed before the rows they group (holdout titlerow-yueyanglou: 8900人, 50个 had each opened a
section).
"""
from test_table import parse_html


def rows(parsed):
    return [(m.measure_no, m.section.no if m.section else None, m.text, m.lead_cells) for m in parsed.measures]


def _table(head: list[str], body: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> str:
    """An HTML table; ``spans`` maps (row, column) of a body cell to its rowspan (the cells it covers
    are left out of the rows under it)."""
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}

    def tr(r, cells):
        tds = "".join(f"<td rowspan='{spans[(r, c)]}'>{x}</td>" if (r, c) in spans else f"<td>{x}</td>"
                      for c, x in enumerate(cells) if (r, c) not in covered)
        return f"<tr>{tds}</tr>"
    head_row = "<tr>" + "".join(f"<td>{x}</td>" for x in head) + "</tr>"
    return "<p>某区2023年度工作完成情况一览表</p><table border='1'>" + head_row + "".join(
        tr(r, cells) for r, cells in enumerate(body)) + "</table>"


GOALS = ["狠抓工业投资，推动项目落地见效，工业投资增长15%以上", "扩大有效投资，固定资产投资增长8%",
         "促进消费提质扩容，社会消费品零售总额增长7%"]
TASKS = ["实现工业投资增长15%以上。", "固定资产投资增长8%。", "社会消费品零售总额增长7%以上。"]
UNITS = ["区经济信息委", "区发展改革委", "区商务委"]


def test_a_goal_column_naming_each_row_apart_is_kept_beside_the_task():
    """序号 | 目标任务 | 具体任务 | 牵头单位 | 任务进度, each row its own 目标任务: no sections; the goal is an extra."""
    parsed = parse_html(_table(["序号", "目标任务", "具体任务", "牵头单位", "任务进度"],
                               [[str(i + 1), GOALS[i], TASKS[i], UNITS[i], "已完成"] for i in range(3)]))
    assert rows(parsed) == [(i + 1, None, TASKS[i], (UNITS[i],)) for i in range(3)]
    assert parsed.sections == ()
    assert parsed.measures[0].extra.get("目标任务") == GOALS[0]


def test_a_goal_column_merged_over_its_rows_stays_the_section():
    """The same 目标任务 merged down over two 具体任务 rows groups them: it is the section (by place)."""
    body = [["1", GOALS[0], "新开工亿元以上工业项目20个。", "区经济信息委", ""],
            ["2", GOALS[0], "完成技改投资30亿元。", "区经济信息委", ""],
            ["3", GOALS[1], TASKS[1], "区发展改革委", ""]]
    parsed = parse_html(_table(["序号", "目标任务", "具体任务", "牵头单位", "任务进度"], body, {(0, 1): 2}))
    assert [(m.measure_no, m.section.no if m.section else None, m.text) for m in parsed.measures] == [
        (1, 1, "新开工亿元以上工业项目20个。"), (2, 1, "完成技改投资30亿元。"), (3, 2, TASKS[1])]
    assert [s.title for s in parsed.sections] == [GOALS[0], GOALS[1]]


def test_a_kind_column_of_one_row_groups_stays_the_section():
    """类别 names a kind of group, not a row's goal: one row a 类别 still opens a section each."""
    parsed = parse_html(_table(["序号", "类别", "工作任务", "牵头单位"],
                               [["1", "产业发展", TASKS[0], UNITS[0]], ["2", "项目建设", TASKS[1], UNITS[1]],
                                ["3", "消费提振", TASKS[2], UNITS[2]]]))
    assert [(m.section.no if m.section else None, m.text) for m in parsed.measures] == [(1, TASKS[0]), (2, TASKS[1]), (3, TASKS[2])]
    assert [s.title for s in parsed.sections] == ["产业发展", "项目建设", "消费提振"]


def test_a_target_column_after_the_task_column_opens_no_section():
    """序号 | 项目名称 | 责任单位 | 目标任务 | 完成情况 (a progress table with no task word: the name column holds
    the tasks): the 目标任务 cells after it are each row's own target, never sections."""
    parsed = parse_html(_table(["序号", "项目名称", "责任单位", "目标任务", "1-8月完成情况"],
                               [["1", "新增城镇就业", "区人社局", "8900人", "7260人"],
                                ["2", "消除义务教育大班额", "区教育局", "50个", "52个"],
                                ["3", "完成棚户区改造项目", "区棚改办", "5", "已签约360户"]]))
    assert rows(parsed) == [(1, None, "新增城镇就业", ("区人社局",)), (2, None, "消除义务教育大班额", ("区教育局",)),
                            (3, None, "完成棚户区改造项目", ("区棚改办",))]
    assert parsed.sections == ()
    assert parsed.measures[1].extra.get("目标任务") == "50个"


PROJECTS = ["城区供水管网改造工程", "中心小学教学楼扩建工程", "农贸市场提升工程"]
CONTENTS = ["改造城区老旧供水管网12公里，新建加压泵站1座", "新建四层教学楼一幢，设教室16间，配套运动场一处",
            "对两处农贸市场实施屋面修缮和摊位改造，总面积约1万平方米"]


def test_a_name_column_beside_a_task_column_no_word_names_is_kept_beside_it():
    """序号 | 项目名称 | 建设规模及内容 | 总投资 | 责任单位: the task column is named by no vocabulary word and found
    by its cells (the longest, sentences); the 项目名称 column names each row apart, so it is the row's name kept
    beside the measure, no section (holdout tradstages-ninghai, batch 79: before, each project opened a section)."""
    parsed = parse_html(_table(["序号", "项目名称", "建设规模及内容", "总投资", "责任单位"],
                               [[str(i + 1), PROJECTS[i], CONTENTS[i], "1200", UNITS[i]] for i in range(3)]))
    assert rows(parsed) == [(i + 1, None, CONTENTS[i], (UNITS[i],)) for i in range(3)]
    assert parsed.sections == ()
    assert parsed.measures[1].extra.get("项目名称") == PROJECTS[1]


def test_a_kind_column_beside_a_task_column_no_word_names_stays_the_section():
    """类别 | 序号 | 建设规模及内容 | 责任单位: a 类别 names a kind of group, not a row: one row a 类别 still opens a
    section each beside a task column found by its cells (blindsynth bs5297's reading kept)."""
    kinds = ["城市建设类", "社会事业类", "商贸流通类"]
    parsed = parse_html(_table(["类别", "序号", "建设规模及内容", "责任单位"],
                               [[kinds[i], str(i + 1), CONTENTS[i], UNITS[i]] for i in range(3)]))
    assert [(m.measure_no, m.text) for m in parsed.measures] == [(i + 1, CONTENTS[i]) for i in range(3)]
    assert [s.title for s in parsed.sections] == kinds
