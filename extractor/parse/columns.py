"""Stage 5a, table: what each column of a task table holds, settled by the body under
the header.  The header's words give each column a role (``tableheader.find_header``); the same
word can head either level, so the cells decide: a task column whose cells span rows or
carry section labels is the section column, the first of two task columns that names each
row apart is a label kept beside the measure (so is a section word's column, 项目名称, in a table
its section rows group), a column no word names holds the tasks when
its cells are sentences; of several group columns before the task column (一级任务 | 二级任务),
the innermost that numbers its groups is the section (docs/forms.md).
"""
from __future__ import annotations

import re

from .catalogue import catalogue_roles
from .grid import Cell, Grid
from .roles import OTHER, names_goal, names_milestone, names_object, names_owner, note_column_words
from .unitweeks import row_label_column
from ..hanzi import simplified
from ..text import CJK_RE, TRAILING_NOTE_RE, compact
from ..numbering import SECTION_RE, split_numbering, split_section_label
from ..numerals import cn_run

UNIT_ROLES = ("lead", "support")
LEAD_SUPPORT = "lead_support"   #: one column headed 牵头单位/配合单位
#: the roles of a column naming units (责任单位 read by what stands beside it: support or lead_responsible)
UNIT_COLUMN_ROLES = UNIT_ROLES + ("lead_responsible", LEAD_SUPPORT)
#: the sub-columns of a deadline word's band (进度安排 over 一季度 … 四季度, 完成时限（月份） over
#: 1月 … 12月) in a table with no deadline column of its own: they give the deadline together
SCHEDULE = "schedule"
#: a column where at least every this-many-th cell spans rows groups the rows
#: beside it: a section column
SECTION_SPAN_EVERY = 3
#: ... or whose own cells mostly (this share) start with a section label 一、/（一）
SECTION_LABEL_SHARE = 0.8
#: a column under a header word the vocabulary does not know (民生实事, 建设内容 …) holds the
#: tasks when the table has no task column and its cells are the longest, at least this
#: long on average: unit and deadline cells run 3-8 characters, a task sentence 10 or more
TASK_COLUMN_MIN_MEAN_CHARS = 9
#: ... and written in words: at least this share of its characters Chinese (a column of
#: phone numbers or codes in a contacts form is as long, and is no task)
TASK_COLUMN_MIN_CJK_SHARE = 0.5
#: a column printing each task's own number prints at least this many (one numbered row names no column)
TASK_NUMBERS_MIN = 2
#: a bare Chinese numeral in a 序号 cell: the row heads a section (一 / 二、 / （三）)
CN_NUMERAL_RE = re.compile(rf"^{cn_run()}$")
#: the ``numbering.NUMBERING`` kinds that number a level in digits: 1. / 1、, 1.1 / 1-1, （1）
DIGIT_LEVELS = ("num", "snum", "pnum")


def settle_roles(roles: list[str | None], body: Grid, names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The role of each column ("extra" where none), from the roles the header's words give
    (None where no word is known), the header's ``names`` and the ``body`` rows under the header."""
    roles = catalogue_roles(list(roles), body, names)   # a disclosure catalogue's columns (catalogue.py)
    if "responsible" in roles:
        # 责任单位 beside a 牵头 column supports; alone it leads (marked so a
        # cover-letter convention can re-split it: see DraftMeasure.from_responsible)
        target = "support" if "lead" in roles else "lead_responsible"
        roles = [target if x == "responsible" else x for x in roles]
    measure_cols = [i for i, x in enumerate(roles) if x == "measure"]
    if len(measure_cols) >= 2 and "section" not in roles:
        # 重点任务 | 具体措施: the first task column groups the rows (a section column), unless
        # it names each row apart: then it is a label kept beside the measure (an extra column)
        first, second = measure_cols[:2]
        if _named_apart(names, first, second) and _numbers_each_task(body, first) \
                and not _numbers_each_task(body, second):
            # 工作任务 | 工作要求: the first column prints each task's own number (1. 2. … on through the
            # table, its groups' headings on rows of their own): it holds the tasks, and the column
            # after it a requirement on each, kept beside the measure
            roles[second] = None
        else:
            roles[first] = None if _labels_each_row(body, first, roles) else "section"
    if measure_cols and "section" in roles and (col := _numbered_tasks_unnamed(roles, body, measure_cols)) is not None:
        # 任务内容 | 标准或要求 | 工作内容及要求: a column no word names, between the groups and the task column, that
        # prints each task's own number where the task column prints none holds the tasks, and the task column a
        # requirement on each kept beside (holdout lawpagecut-unplaced, batch 107: before, the work was the text)
        roles[roles.index("measure")], roles[col] = None, "measure"
        measure_cols = [i for i, x in enumerate(roles) if x == "measure"]
    if measure_cols and "section" in roles:
        # 项目名称 | 建设内容: a section word over a column naming each row apart is the row's name
        # kept beside the measure (an extra column), in a table whose section rows head its groups,
        # or under a header naming a name (…名称: ``_names_rows``) or the goal a row serves (目标任务
        # beside 具体任务: ``_names_goal``) with no two rows in a row sharing one; a 类别 of one-row
        # groups stays the section.  In a table heading its groups, so is one merged over the rows of
        # a group that it does not number (项目 inside 一、 rows): a level that numbers nothing never
        # takes the section from a numbered one
        heads = _heads_its_groups(body, roles)
        roles = [None if x == "section" and i < measure_cols[0]
                 and ((heads or _names_rows(names, i) or _names_goal(names, i)) and _labels_each_row(body, i, roles)
                      or (heads and not _numbers_its_groups(body, i) and _groups_by_merges(body, i, measure_cols[0])))
                 else x for i, x in enumerate(roles)]
    if "section" not in roles and measure_cols and _looks_like_sections(body, measure_cols[0]):
        later = [i for i, x in enumerate(roles) if x is None and i > measure_cols[0]]
        if later:
            roles[measure_cols[0]], roles[later[0]] = "section", "measure"
    if "measure" not in roles and "section" in roles and body and (col := unnamed_task_column(roles, body, names)) is not None:
        # 类别 | 序号 | 年度目标 | …: a column no word names whose cells are the tasks (longest, sentences) holds them,
        # and the 类别 stays the section, one-row groups too (blindsynth BLIND5201 cause 5, bs5297: before, the
        # 类别 cells 某某市长主抓重点工作 were read as the tasks)
        roles[col] = "measure"
        # 項目名稱 | 建設規模及內容: a header naming each row's name (…名称) or goal before the task column so
        # found names the row, as beside a task column a word names (holdout tradstages-ninghai, batch 79:
        # before, each project opened a section of its own); a 类别 names no row and stays the section
        roles = [None if x == "section" and i < col and (_names_rows(names, i) or _names_goal(names, i))
                 and _labels_each_row(body, i, roles) else x for i, x in enumerate(roles)]
    if "measure" not in roles and "section" in roles and body:
        # 项目/重点领域 can head the item column itself: with no measure column,
        # a "section" column whose cells neither span rows nor carry 一、 labels
        # holds the measures (fixture multi-table: 项目名称)
        # 类别 | 主要任务: both words can head sections; the first section column
        # that does not look like one holds the measures, one merging no cell over rows before
        # one that merges a few (a 类别 merged over one group's rows, its other groups a row each),
        # and one after the row number before one printed before it: a column left of the number
        # groups the rows the number counts (类别 | 序号 | 主要任务 with one-row groups, blindsynth
        # bs5695: the 类别 was taken for the tasks)
        cols = [i for i, x in enumerate(roles) if x == "section" and not _looks_like_sections(body, i)]
        whole = [i for i in cols if not _continues_a_group(body, i)]
        numbered = [i for i in whole if "number" in roles and i > roles.index("number")]
        col = (numbered or whole or cols or [None])[0]
        if col is not None:
            roles[col] = "measure"
    if "measure" not in roles and body and OTHER in roles and _labels_rows(roles, body):
        # a by-unit table's rows labelled as done and planned work (本周完成情况 / 下周工作计划):
        # the column beside the labels holds both, whatever its short header names (完成情况及下步安排)
        roles = [None if x == OTHER else x for x in roles]
    if "measure" not in roles and body:
        col = unnamed_task_column(roles, body, names)
        if col is None:
            col = object_name_column(roles, names)
        if col is not None:
            roles[col] = "measure"
    if "measure" in roles:
        # 项目名称 | 责任单位 | 目标任务: groups are printed before the rows they group, so a section
        # word's column after the task column groups none unless its cells are merged down over them:
        # it holds each row's own target, kept beside the measure (holdout titlerow-yueyanglou: the
        # targets 8900人, 50个 had each opened a section)
        task = roles.index("measure")
        roles = [None if x == "section" and i > task and not _groups_by_merges(body, i, task) else x
                 for i, x in enumerate(roles)]
    deadlines = [i for i, x in enumerate(roles) if x == "deadline"]
    for i in deadlines[:-1]:
        # 初见成效时限 | 长制久清时限, 一期时限 | 竣工时限: stages print in time order, the last one
        # is when the work is done; an earlier one is a milestone kept beside the measure (extra)
        roles[i] = None
    if body:
        _innermost_numbered_level(roles, body)
    # a column of leaders' names (牵头市领导) is kept, but never as units; a score or a scoring
    # rule (分值, 评分标准: OTHER) is kept too
    roles = [None if x in ("leader", OTHER) else x for x in roles]
    seen: set[str] = set()
    out = []
    for x in roles:  # a repeated role keeps the first; repeated unit columns add up
        if x in seen and x not in UNIT_ROLES + ("lead_responsible", LEAD_SUPPORT, SCHEDULE):
            x = "extra"
        seen.add(x or "extra")
        out.append(x or "extra")
    return tuple(out)


def _names_rows(names: tuple[str, ...], col: int) -> bool:
    """The header of column ``col`` names what each row is called (项目名称, a traditional copy's
    項目名稱: ``roles.names_object``), not a kind of group (类别, 考核项目)."""
    return col < len(names) and names_object(simplified(TRAILING_NOTE_RE.sub("", compact(names[col]))))


def _names_goal(names: tuple[str, ...], col: int) -> bool:
    """The header of column ``col`` names the goal each row serves (目标任务: ``roles.names_goal``),
    not a kind of group."""
    return col < len(names) and names_goal(simplified(TRAILING_NOTE_RE.sub("", compact(names[col]))))


def _labels_rows(roles: list[str | None], body: Grid) -> bool:
    """A column of no role but the progress words' (``OTHER``; one header cell may span the
    label and task columns) labels the rows as work done and work planned
    (``unitweeks.row_label_column``): the rows, not the header, say what the task cells hold."""
    return row_label_column(body, tuple("extra" if x in (None, OTHER) else x for x in roles)) is not None


#: the columns whose cells are never the tasks however long they run (``unnamed_task_column``): the number, a word
#: of no role (a scoring rule, a progress report's 完成情况), and the columns naming units, leaders or groups - a
#: unit cell listing four bureaus is longer than a short target (序号 | 年度目标 | … | 责任单位 | …, blindsynth
#: BLIND5201 cause 5), as a 类别 cell holding its group's title and leader is
_NO_TASK_ROLES = ("number", OTHER, "lead", "support", LEAD_SUPPORT, "lead_responsible", "leader", "section")


def unnamed_task_column(roles: list[str | None], body: Grid, names: tuple[str, ...] = ()) -> int | None:
    """The column of a table without a task column whose header word is not in the
    vocabulary but whose cells are the tasks: the longest cells of the table, long
    as sentences are (``TASK_COLUMN_MIN_MEAN_CHARS``), apart from the columns a word names
    that holds no task (``OTHER``: a scoring rule, 评分标准, is a sentence as long as a task)
    and the columns whose header ``names`` a part of the year (第二季度任务目标 beside 年度目标: the
    stage due by then, ``roles.names_milestone``; holdout qtrtarget-zhoucun) or a project's owner
    (业主单位, 建设单位: ``roles.names_owner``; a company's name runs longer than the stage and figures
    beside it, yet the project's name is the task: holdout ownercol-yushan, buildercol-yiling).
    The mean is over the rows that print something: a row left blank (for filling in, or
    closing the table) says nothing of how long the column's cells are, while an empty cell in
    a row that has others is the column's own (a notes column filled once is no task column)."""
    printed = [row for row in body if any(c.text for c in row)]

    def mean_chars(col: int) -> float:
        cells = [row[col].text for row in printed if col < len(row) and not row[col].col_copy]
        return sum(len(t) for t in cells) / len(cells) if cells else 0.0

    width = max(len(row) for row in body)
    means = {c: mean_chars(c) for c in range(min(len(roles), width))
             if roles[c] not in _NO_TASK_ROLES and not _names_milestone(names, c) and not _names_note(names, c)
             and not _names_owner(names, c)}
    if not means:
        return None
    best = max(means, key=means.get)
    if roles[best] is not None or means[best] < TASK_COLUMN_MIN_MEAN_CHARS:
        return None
    text = "".join(row[best].text for row in body if best < len(row))
    return best if len(CJK_RE.findall(text)) >= len(compact(text)) * TASK_COLUMN_MIN_CJK_SHARE else None


def _names_note(names: tuple[str, ...], col: int) -> bool:
    """The header of column ``col`` names a column of notes (备注, 说明: ``roles.note_column_words``): a progress
    report's 说明 runs as long as its tasks where a row was late (holdout lostgroup-chongchuan's table continued
    on a second page, its few rows under the header printed again)."""
    return col < len(names) and simplified(compact(names[col])) in note_column_words()


def _names_owner(names: tuple[str, ...], col: int) -> bool:
    """The header of column ``col`` names a project's owner or builder (业主单位: ``roles.names_owner``)."""
    return col < len(names) and names_owner(simplified(TRAILING_NOTE_RE.sub("", compact(names[col]))))


def _names_milestone(names: tuple[str, ...], col: int) -> bool:
    """The header of column ``col`` names a part of the year (一季度目标: ``roles.names_milestone``)."""
    return col < len(names) and names_milestone(simplified(compact(names[col])))


def object_name_column(roles: list[str | None], names: tuple[str, ...]) -> int | None:
    """In a table with a unit column and no task column, the first column of no role whose header
    names the object of the work by its name (黑臭水体名称 | 整治工程牵头单位: the task is the work
    on the thing named; ``roles.names_object``).  Without a unit column such a column is a list of
    names (a contacts table's 单位名称, a list of rivers), no task."""
    if not any(x in UNIT_COLUMN_ROLES for x in roles):
        return None
    return next((i for i, x in enumerate(roles[:len(names)]) if x is None and _names_rows(names, i)), None)


def _innermost_numbered_level(roles: list[str | None], body: Grid) -> None:
    """The task split over several columns (一级任务 | 二级任务 | 具体措施, or 类别 | 重点任务 |
    具体措施): of the columns before the task column that group its rows (cells spanning rows or
    opening with 一、/（一）), the innermost one that numbers its groups is the section, as the
    outline gives an item the heading right above it; the other group columns (an outer level,
    or a task word over a merged group) are kept beside the measure as extra columns.  A level
    that numbers nothing (a merged 主要目标) never takes the section from a numbered one, and a
    table whose section column is its one numbered level keeps the roles it has.  Where no level
    numbers its groups and a task word heads a merged level (考核项目 | 考核指标 | 考核内容), the
    innermost column grouping the rows is the section.  ``roles`` is changed in place."""
    measure_cols = [i for i, x in enumerate(roles) if x == "measure"]
    if not measure_cols:
        return
    task = measure_cols[0]
    if len(measure_cols) == 1 and all(roles[i] not in (None, "measure") for i in range(task)):
        _innermost_merged_section(roles, body, task)
        return   # no column before the task could be a level but a section it already is
    for later in measure_cols[1:]:   # a task word over merged groups is a level, the next holds the tasks
        if not (_looks_like_sections(body, task) or _groups_by_merges(body, task, later, again=True)):
            break
        task = later
    digits = {i for i in range(task) if roles[i] in (None, "section", "measure") and _numbers_groups_in_digits(body, i)}
    levels = [i for i in range(task) if roles[i] in (None, "section", "measure")
              and (i in digits or _looks_like_sections(body, i) or roles[i] == "measure")]
    numbered = [i for i in levels if i in digits or _numbers_its_groups(body, i)]
    if not numbered and task == measure_cols[0]:
        _merged_leading_level(roles, body, task)
        return
    if not numbered:
        # 考核项目 | 考核指标 | 考核内容: a task word over merged groups passed, and no level numbers
        # its groups: the innermost column grouping the rows is the section, as the heading right
        # above an item is (a text copy prints a merged cell in its group's first row only)
        levels = [i for i in range(task) if i in levels or (
            roles[i] in (None, "section") and _groups_by_merges(body, i, task, again=True))]
        numbered = levels[-1:]
    if roles[numbered[-1]] == "section" and task == measure_cols[0]:
        return
    for i in levels:
        if roles[i] in ("section", "measure"):
            roles[i] = None
    roles[numbered[-1]] = "section"


def _innermost_merged_section(roles: list[str | None], body: Grid, task: int) -> None:
    """Two section words over merged levels (类别 | 主要任务 | 细化措施, both merged down) where no
    level numbers its groups: the innermost column grouping the rows is the section, as the
    heading right above an item is, and the outer ones stay beside the measure (extra columns).
    An inner column groups the rows inside an outer one's groups: it opens a group wherever the
    outer opens one, and goes on from the row above (merged, or left empty in a text copy) at
    least once; its groups may be a row each elsewhere.  Before, the outer column was the
    section and the inner one an extra column.  ``roles`` is changed in place."""
    sections = [i for i in range(task) if roles[i] == "section"]
    if len(sections) < 2 or any(_numbers_its_groups(body, i) or _numbers_groups_in_digits(body, i)
                                for i in sections):
        return
    outer = next((i for i in sections if _groups_by_merges(body, i, task)), None)
    if outer is None:
        return
    inner = [i for i in sections if i > outer and _nested_in(body, i, outer, task)]
    if inner:
        for i in sections:
            roles[i] = None
        roles[inner[-1]] = "section"


def _nested_in(body: Grid, inner: int, outer: int, task: int) -> bool:
    """Column ``inner`` groups the rows inside column ``outer``'s groups (``_innermost_merged_section``):
    each row whose ``outer`` cell opens a group opens one in ``inner`` too, written in words, and
    at least one ``inner`` cell goes on from the row above (merged down, or empty beside the row's
    own task)."""
    continued = False
    for row in body:
        if max(inner, outer, task) >= len(row) or full_width_text(row) is not None or not any(c.text for c in row):
            continue
        own_task = row[task].text and not row[task].row_copy
        cell, opens_outer = row[inner], not row[outer].row_copy and row[outer].text
        goes_on = cell.row_copy or (not cell.text and own_task)
        if opens_outer and (goes_on or not CJK_RE.search(cell.text)):
            return False
        continued = continued or bool(goes_on)
    return continued


def _merged_leading_level(roles: list[str | None], body: Grid, task: int) -> None:
    """No level numbers its groups and no column is the section: the first column before the task
    column under a word the vocabulary lacks (反馈问题 | 整改目标 | 整改措施: the problem) is the
    section when it groups the rows by merges (``_groups_by_merges``), however many text columns
    stand between it and the task; the columns after it stay beside the measure.  ``roles`` is
    changed in place.  A table heading its groups itself (section rows across it, 一/二 in its
    序号 column) numbers them there: its merged columns stay beside the measure."""
    if "section" in roles or _heads_its_groups(body, roles):
        return
    col = next((i for i in range(task) if roles[i] is None), None)
    if col is not None and _groups_by_merges(body, col, task):
        roles[col] = "section"


def _groups_by_merges(body: Grid, col: int, task: int, again: bool = False) -> bool:
    """Column ``col`` names groups of the rows beside it, each cell merged down over its group's
    rows (or, in a text copy, left empty under its first row while the task cell goes on; with
    ``again``, or printed again on each of its rows): at least every ``SECTION_SPAN_EVERY``-th cell
    continues the group above it, the first cell opens one, and the cells opening a group are
    written in words.  A column whose cells are empty where the task is empty too (a sparse note)
    groups nothing."""
    cells, continued = [], 0
    for row in body:
        if col >= len(row) or task >= len(row) or full_width_text(row) is not None or not any(c.text for c in row):
            continue   # a row across the table, or an empty row an editor left, says nothing of the column
        cell, own_task = row[col], row[task].text and not row[task].row_copy
        if cell.row_copy or (not cell.text and own_task and cells) or (
                again and cells and cell.text and cell.text == cells[-1].text and own_task):
            continued += 1
        elif not cell.text or not CJK_RE.search(cell.text):
            return False
        cells.append(cell)
    return bool(cells) and continued * SECTION_SPAN_EVERY >= len(cells)


def number_spans_groups(body: Grid, roles: tuple[str, ...], group: int | None = None) -> bool:
    """The 序号 column numbers the groups the section column names, not the rows: in some row with
    a task of its own, the number cell and the section cell both go on from the row above (merged
    down together over the group's rows, or left empty under its first row in a text copy).  The
    printed number is then the group's (the section's label) and the rows are numbered by place
    (docs/parsing.md).  A number merged over several tasks with no section column beside it keeps
    numbering its rows as printed: nothing names a group, and neither does one whose number opens
    a row inside a group (a 类别 cell merged over rows numbered 1, 2, 3, one number merged over
    two of them): the number is merged over tasks, not together with the group.  ``group``: the
    column naming the groups when it is no section column (a table laid out by unit: the lead unit's
    cell merged together with the 序号 over the unit's task rows, ``table.unit_groups``)."""
    if "number" not in roles or "measure" not in roles or (group is None and "section" not in roles):
        return False
    number, task = roles.index("number"), roles.index("measure")
    section = roles.index("section") if group is None else group
    last = max(number, section, task)
    opened = [False, False]   # a cell with text stood above in the number / section column
    spans = False
    for row in body:
        if last >= len(row) or full_width_text(row) is not None:
            opened = [False, False]   # a row across the table: the groups start again under it
            continue
        cells = (row[number], row[section])
        goes_on = [c.row_copy or (held and not c.text) for c, held in zip(cells, opened)]
        if row[task].text and not row[task].row_copy:
            if goes_on[1] and not goes_on[0] and cells[0].text:
                return False   # a number of its own inside the group: the rows', not the group's
            spans = spans or all(goes_on)
        opened = [held or bool(c.text) for c, held in zip(cells, opened)]
    return spans


def _labels_each_row(body: Grid, col: int, roles: list[str | None]) -> bool:
    """The first of two task columns (重点任务 beside 具体措施) holds a short name of each row's
    task rather than the group the rows belong to: its cells neither span rows nor carry
    一、 labels, every row has one of its own, and either the table heads its groups itself
    (section rows across it, or 一/二 in its 序号 column) or no two rows in a row share a
    name.  Taken for a section column, each row opened a section of its own.  A row with no
    text at all (an editor's empty rows closing the table) says nothing of the column."""
    if _looks_like_sections(body, col):
        return False
    cells = [row[col] for row in body if col < len(row) and full_width_text(row) is None
             and not _numbers_a_section(row, roles) and any(c.text for c in row)]
    if not cells or any(c.row_copy or not c.text for c in cells):
        return False
    return _heads_its_groups(body, roles) or all(a.text != b.text for a, b in zip(cells, cells[1:]))


def _named_apart(names: tuple[str, ...], first: int, second: int) -> bool:
    """The header names columns ``first`` and ``second`` apart (工作任务 | 工作要求), or gives no names;
    one name merged across both (工作任务 over two columns) makes them one task printed in two parts,
    the first a label naming each row."""
    return not names or max(first, second) >= len(names) or names[first] != names[second]


def _numbered_tasks_unnamed(roles: list[str | None], body: Grid, measure_cols: list[int]) -> int | None:
    """The column no header word names, after the section column and before the first task column, that prints each
    task's own number (``_numbers_each_task``: 1、… 2、… 3、…) where no cell of that task column opens with one; or None."""
    task = next((i for i, x in enumerate(roles) if x == "measure"), None)
    sections = [i for i, x in enumerate(roles) if x == "section"]
    if task is None:
        return None
    unnamed = [i for i in range(sections[0] + 1, task) if roles[i] is None]
    return next((i for i in unnamed if _numbers_each_task(body, i)), None) \
        if unnamed and not any(_opens_with_number(row[task]) for row in body if task < len(row)) else None


def _opens_with_number(cell: Cell) -> bool:
    """The cell's text opens with a number in digits (``1.``, ``（1）``: a task list's, taskrows-changxing's 任务清单)."""
    found = split_numbering(cell.text) if cell.text else None
    return found is not None and found[0] in DIGIT_LEVELS


def _numbers_each_task(body: Grid, col: int) -> bool:
    """Column ``col`` prints each task's own number: its cells on the rows where another cell
    has text of its own (a group's heading row leaves them empty) all open with a number in digits
    (``1.`` / ``1、`` / ``（1）``), each number printed once, at least ``TASK_NUMBERS_MIN`` of them."""
    numbers = []
    for row in body:
        if col >= len(row) or full_width_text(row) is not None:
            continue
        if not any(c.text and not c.row_copy for i, c in enumerate(row) if i != col):
            continue   # a heading's row: its other cells empty
        cell = row[col]
        found = split_numbering(cell.text) if cell.text and not cell.row_copy else None
        if found is None or found[0] not in DIGIT_LEVELS:
            return False
        numbers.append(found[2])
    return len(numbers) >= TASK_NUMBERS_MIN and len(set(numbers)) == len(numbers)


def _heads_its_groups(body: Grid, roles: list[str | None]) -> bool:
    """A row of the body heads a group of its own: one cell across the table with a section
    label (一、提升政务服务效能), or a Chinese numeral in the 序号 column."""
    for row in body:
        full = full_width_text(row)
        if (full is not None and SECTION_RE.match(full)) or _numbers_a_section(row, roles):
            return True
    return False


def _numbers_a_section(row: list[Cell], roles: list[str | None]) -> bool:
    """The row's 序号 cell holds 一 / 二、 (a group's number, not a measure's)."""
    if "number" not in roles:
        return False
    col = roles.index("number")
    return col < len(row) and bool(CN_NUMERAL_RE.match(row[col].text.strip().rstrip("、")))


def _looks_like_sections(body: Grid, col: int) -> bool:
    cells = _group_cells(body, col)
    if not cells:
        return False
    spans = sum(1 for c in cells if c.row_copy)
    return spans * SECTION_SPAN_EVERY >= len(cells) or _numbers_its_groups(body, col, cells)


def _continues_a_group(body: Grid, col: int) -> bool:
    """A cell of column ``col`` goes on from the one above it: merged over the row (``row_copy``) or,
    in a text copy, left empty under a cell with text beside a row of its own.  A column holding one
    task a row merges none.  A row with no text at all (an editor's empty rows closing the table)
    says nothing of the column."""
    above = None
    for row in body:
        if col >= len(row) or full_width_text(row) is not None or spans_next(row, col) \
                or not any(c.text for c in row):
            continue
        if row[col].row_copy or (above and not row[col].text):
            return True
        above = row[col].text
    return False


def _numbers_its_groups(body: Grid, col: int, cells: list[Cell] | None = None) -> bool:
    """The cells of column ``col`` mostly (``SECTION_LABEL_SHARE``) open with a section label
    一、/（一）, counted over the cells with text of their own: a text copy leaves the cells
    under a span empty."""
    own = [c for c in (_group_cells(body, col) if cells is None else cells) if not c.row_copy and c.text]
    labelled = sum(1 for c in own if SECTION_RE.match(c.text))
    return labelled >= max(1, len(own) * SECTION_LABEL_SHARE)


def _numbers_groups_in_digits(body: Grid, col: int) -> bool:
    """Column ``col`` groups the rows beside it and numbers its groups in digits (``1.`` /
    ``1、`` / ``（1）`` / ``1.1``, a 分解表's second level under 一、): at least every
    ``SECTION_SPAN_EVERY``-th cell continues the group above it (merged, left empty under it in
    a text copy, or printed again), and the cells opening a group mostly
    (``SECTION_LABEL_SHARE``) open with such a label.  A column numbering each row apart
    (1. 2. 3. …) groups nothing."""
    cells = _group_cells(body, col)
    opening, above = [], None
    for c in cells:
        if not c.row_copy and c.text and c.text != above:
            opening.append(c)
            above = c.text
    if not opening or (len(cells) - len(opening)) * SECTION_SPAN_EVERY < len(cells):
        return False
    labelled = sum(1 for c in opening if (split_numbering(c.text) or ("",))[0] in DIGIT_LEVELS)
    return labelled >= len(opening) * SECTION_LABEL_SHARE


def split_level_label(text: str) -> tuple[int | None, str | None, str]:
    """(number, label as printed, title) of a section column's cell: ``numbering.split_section_label``
    (一、/（一）), else a label in digits that numbers a level (``DIGIT_LEVELS``: the section a
    column numbering its groups in digits gives, ``1.加强校园安保`` -> 1, ``1.``)."""
    found = split_section_label(text)
    if found[1] is not None:
        return found
    numbered = split_numbering(text)
    if numbered is None or numbered[0] not in DIGIT_LEVELS:
        return found
    _kind, _rank, no, label, title = numbered
    return no, label, title


def _group_cells(body: Grid, col: int) -> list[Cell]:
    # a row that is one cell across the table (a note under it, a section row) says nothing of a column,
    # nor does a cell merged across into the next column (a goal with no sub-targets across the goal and
    # task columns: the row's own task, ``spans_next``)
    return [row[col] for row in body if col < len(row) and full_width_text(row) is None
            and not spans_next(row, col) and any(c.text for c in row)]


def spans_next(row: list[Cell], col: int) -> bool:
    """The row's cell in column ``col`` is merged across into the column after it (colspan)."""
    return col + 1 < len(row) and row[col + 1].col_copy and row[col + 1].origin == row[col].origin


def full_width_text(row: list[Cell]) -> str | None:
    """Text of a row that is one cell spanning the whole width, else None."""
    if len(row) < 2:
        return None
    first = row[0].origin
    if (row[-1].origin == first and all(c.origin == first for c in row)   # the last cell rules out most rows
            and not row[0].row_copy and row[0].text):
        return row[0].text
    return None



def rest_width_text(row: list[Cell], start: int) -> str | None:
    """Text of a row whose own cell from column ``start`` to the end is one cell across them
    (做优… across the task and unit columns beside a 序号 and 目标名称 merged down over the
    group), else None."""
    if not 0 < start < len(row) - 1:
        return None
    own = row[start]
    if (own.row_copy or not own.text or row[start - 1].origin == own.origin
            or row[-1].origin != own.origin   # the last cell rules out most rows, as in full_width_text
            or any(c.origin != own.origin for c in row[start + 1:])):
        return None
    return own.text
