"""Stage 5a, table: one body row of a task table becomes a draft measure.

A ``RowPlan`` says, once per header and row width, which columns give the row's task, number,
lead, support, deadline, schedule and extra parts (``row_plan``); ``row_measure`` reads a row
by it: the units of the unit columns (or of a labelled cell, or of the task cell's own clause),
the deadline of the deadline or schedule columns, the notes of a note column.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .assign import parse_labels
from .labels import holds_label_mark, starts_with_label
from .cellclause import cell_assignment, cell_deadline, with_notes
from .columns import CN_NUMERAL_RE, LEAD_SUPPORT, SCHEDULE, UNIT_COLUMN_ROLES, split_level_label
from .grid import Cell, PaddedCell
from .levellabels import higher_level_parts
from .roles import note_column_words
from .tableheader import header_key
from .unitweeks import HeadsAlone, join_wrapped_name
from ..models import DraftMeasure
from ..text import SENTENCE_ENDS, vocab
from ..numerals import is_circled
from ..numbering import (bare_label, circled_to_int, cn_to_int, opens_numbered_list, runs_numbered,
                         split_measure_label, strip_dash_bullet)
from ..agencies.registry import default_patterns

#: a Chinese numeral in a 序号 cell is short (一 … 九十九); a longer text is not a number
NUMERAL_MAX_CHARS = 4
#: ticked schedule columns are named in the deadline apart by this; milestones by ``MILESTONE_SEP``
TICKED_SEP = "、"
MILESTONE_SEP = "；"


@dataclass(frozen=True)
class RowPlan:
    """Which columns of a row give which part of its measure, worked out once
    per header (and row width) instead of once per row: column indexes by role,
    in column order, as ``row_measure`` reads them."""

    extra: tuple[tuple[int, str], ...]   #: (index, header text) of each "extra" column
    beside: tuple[int, ...]              #: their indexes: the columns kept beside the measure
    notes: tuple[tuple[int, str], ...]   #: those of them headed as a note column (备注: units behind labels)
    measure: tuple[int, ...]
    number: int | None                   #: the first 序号 column
    lead: tuple[int, ...]                #: lead columns, then bare 责任单位 ones
    support: tuple[int, ...]
    lead_support: tuple[int, ...]        #: 牵头单位/配合单位 columns
    deadline: tuple[int, ...]
    schedule: tuple[tuple[int, str], ...]   #: (index, header text) of each schedule column
    from_responsible: bool               #: a bare 责任单位 column and no 牵头 column
    units: tuple[int, ...]               #: every column naming units (lead, support, both)
    totals: tuple[int, ...]              #: the 序号 and task columns, where 合计/小计 stands
    #: the task columns and the first 序号 one: a row copying them merged from above adds units to it
    measure_and_number: tuple[int, ...]
    #: the section column (of the whole header: a row too short for it is an error, as before)
    section: int | None


def names_units(row: list[Cell], plan: RowPlan) -> bool:
    """The row has text in a unit column (lead, support or both)."""
    for i in plan.units:
        if row[i].text:
            return True
    return False


def level_across(row: list[Cell], plan: RowPlan) -> bool:
    """The row's section-column cell is merged across the task column, in a row naming units: a goal
    with no sub-targets printed across the goal and sub-target columns (主要目标 over both) is a task of
    its own at the goals' level, no section over others (``tablesections.row_section``)."""
    if plan.section is None or not plan.measure:
        return False
    task = row[plan.measure[0]]
    return task.col_copy and task.origin == row[plan.section].origin and names_units(row, plan)


@lru_cache(maxsize=1024)
def row_plan(roles: tuple[str, ...], names: tuple[str, ...], width: int) -> RowPlan:
    """The ``RowPlan`` of a header's ``roles``/``names`` over rows of ``width``
    cells (a shorter row has only its first columns)."""
    cols: dict[str, list[int]] = {}
    extra, schedule = [], []
    for i, (role, name) in enumerate(zip(roles[:width], names)):
        if role == "extra":
            extra.append((i, name))
        elif role == SCHEDULE:
            schedule.append((i, name))
        else:
            cols.setdefault(role, []).append(i)
    number = cols.get("number")
    notes = tuple((i, name) for i, name in extra if header_key(name) in note_column_words())
    return RowPlan(extra=tuple(extra), beside=tuple(i for i, _name in extra), notes=notes,
                   measure=tuple(cols.get("measure", ())),
                   number=number[0] if number else None,
                   lead=tuple(cols.get("lead", []) + cols.get("lead_responsible", [])),
                   support=tuple(cols.get("support", ())), lead_support=tuple(cols.get(LEAD_SUPPORT, ())),
                   deadline=tuple(cols.get("deadline", ())), schedule=tuple(schedule),
                   from_responsible="lead_responsible" in cols and "lead" not in cols,
                   units=tuple(i for i, role in enumerate(roles[:width]) if role in UNIT_COLUMN_ROLES),
                   totals=tuple(i for i, role in enumerate(roles[:width]) if role in ("number", "measure")),
                   measure_and_number=(tuple(cols["measure"]) + tuple(number[:1] if number else ())
                                       if "measure" in cols else ()),
                   section=roles.index("section") if "section" in roles else None)


def extra_cells(row: list[Cell], plan: RowPlan) -> dict[str, str]:
    """The row's cells with text in the columns kept beside the measure, by header text (``colN``
    for a column with none)."""
    extra: dict[str, str] = {}
    for i, name in plan.extra:
        if row[i].text:
            extra[name or f"col{len(extra) + 1}"] = row[i].text
    return extra


def name_cell_number(row, plan) -> int | None:
    """The number a row's short-name cell opens with (``（4）…`` in a 工作指标 column kept beside the measure,
    the nearest such column left of the task column), in a table whose task column numbers each row's steps (``numbers_steps``) and
    prints no number of its own; a name cell merged over several task rows numbers each of them (tests/fixtures/
    README.md: the rows keep the merged number, holdout mergedind-changxing).  None where no such cell prints
    one: the rows are then numbered by their place."""
    before = [i for i, _name in plan.extra if plan.measure and i < plan.measure[0]]
    if not before:
        return None
    cell = row[before[-1]]   # the name column nearest the task column (a 建设任务 column further left groups)
    return split_measure_label(cell.text)[0] if cell.text and not cell.col_copy else None


def own_row_number(row, plan) -> int | None:
    """The number the row's one task cell opens with (``（1）…``, ``2.…``), not a list of its points, else None.
    Where the 序号 column numbers groups (``columns.number_spans_groups``) it is the row's number, as printed (a
    city's measures ``（1）（2）`` under each province task beside a 序号 column of ``（一）…`` group headings, holdout
    provtask-xian; a goal's items ``(1)…(10)`` running on, mergedgoal-zhonglou), and only a row printing none is
    numbered by its place."""
    if len(plan.measure) != 1:
        return None
    cell = row[plan.measure[0]]
    if cell.row_copy or cell.col_copy or lists_points(row, plan, cell):
        return None
    return split_measure_label(cell.text)[0]


def lists_points(row, plan, cell) -> bool:
    """The task ``cell``'s lines are a numbered list of the row's points, not the row's own number: they open with
    item 1 (``opens_numbered_list``), or, in a row under a 序号 cell merged over the rows above it, they go on from the
    list those rows print (``3.…`` ``4.…`` after ``1.…`` ``2.…``: one task's points shared out among sub-rows by their
    units, a court's 工作要点 table: holdout courttable-zhuhai, batch 84).  Before, such a sub-row's first point was read
    as the row's number and cut from its text."""
    if opens_numbered_list(cell.parts):
        return True
    return (plan.number is not None and plan.number < len(row) and row[plan.number].row_copy
            and runs_numbered(cell.parts))


#: rows whose task cell opens with step 1 before a table's task column is read as numbering steps (two: one row
#: opening with 1. is any list's first item)
MIN_STEP_ROWS = 2


def numbers_steps(body, plan) -> bool:
    """True when the table's one task column numbers each row's STEPS, not its rows: there is no 序号 column,
    and every row's task cell that prints text opens with item 1 (``1.落实…；`` alone, or ``1.…；2.…；``), in at least
    ``MIN_STEP_ROWS`` rows.  Rows cannot all be number 1: each cell's numbers are its own list's, as they are beside
    a 序号 column (``opens_numbered_list``), and the rows print no number (a 浙江 三张清单 table: 工作指标 | 任务清单 |
    责任清单 | 时限清单, holdout taskrows-changxing)."""
    if plan is None or plan.number is not None or len(plan.measure) != 1:
        return False
    at, rows = plan.measure[0], 0
    for row in body:
        if len(row) > at and (c := row[at]).text and not c.row_copy and not c.col_copy:
            if split_measure_label(c.text)[0] != 1:
                return False   # (most tables: their second row opens with 2.; the rows after it are not read)
            rows += 1
    return rows >= MIN_STEP_ROWS


def own_point_lists(body, plan) -> bool:
    """True when the table's 序号 column numbers every row itself (no number cell merged down or left empty under a
    row with a task) and every task cell that opens with a number opens with item 1 (``1、人力资源部牵头，…``), one such
    cell at least: each cell's number is its own list's first point, never the row's, which the 序号 cell prints
    (tests/fixtures/README.md "A subsidiary's internal-control rectification plan saved as CSV": the 整改方案 cell as
    printed; holdout csvplan-unplaced-undated-1, batch 120: before, the cell's ``1、`` was cut as the row's number).
    A 序号 merged over a group's rows (``1`` over ``(1)…`` ``(2)…``: mergedgoal-zhonglou, boxunits-zhengzhou) numbers
    the group, and cells printing 1, 2, 3 down the rows print the rows' numbers: neither is read so."""
    if plan is None or plan.number is None or len(plan.measure) != 1:
        return False
    at, num, seen = plan.measure[0], plan.number, False
    for row in body:
        if len(row) <= max(at, num) or not (c := row[at]).text or c.row_copy or c.col_copy:
            continue
        if row[num].row_copy or cell_number(row[num].text) is None:
            return False
        first = split_measure_label(c.text)[0]
        if first is not None and first != 1:
            return False   # (most tables with a number in the cell: 2. in the second row)
        seen = seen or first == 1
    return seen


#: what a form's blank row prints in its task cell besides its number: an ellipsis, a dash, a stop
BLANK_TASK_MARKS = "…．.。—－- \u3000"


def cut_last_row(row, plan, measures) -> bool:
    """``row``, the table's last with any text, is one the stored copy stops inside: it prints fewer cells than the
    header names (its last position a ``grid.PaddedCell``) and nothing under its unit columns, its task cell stops
    inside a sentence (no sentence end: ``建设专利申请``), and every
    row before it gave a measure naming units.  No measure and no section (holdout cellparas-cnipa, batch 112: a
    portal's stored table ending inside row 4's work cell; before, the row was a measure of no unit and its merged
    ``（二）`` cell a section)."""
    if not plan.units or not plan.measure or not measures or not isinstance(row[-1], PaddedCell):
        return False   # (the row printed every cell the header names: no cut)
    if any(row[i].text.strip() for i in plan.units if i < len(row)):
        return False
    text = row[plan.measure[-1]].text.rstrip()
    if not text or text.endswith(SENTENCE_ENDS):
        return False
    return all(m.lead_cells or m.support_cells for m in measures)


def blank_task_row(row, plan) -> bool:
    """The row's one task cell prints only its number or an ellipsis (``1.`` … ``5.``, then ``……``): a row a form
    leaves blank for the assessed units to write their own tasks in, whatever the cells merged beside it name
    (``按实绩赋分``, a 总牵头单位): no task, so no measure (tests/fixtures/README.md "An assessment table's 总牵头单位
    and 考核责任单位, and the rows it leaves blank"; holdout blankrows-unplaced, batch 104: before, each gave a measure
    of no text carrying the merged units).  A cell printing nothing at all is not asked here (a row of a unit's own
    further cells, read with the row above: ``unitrows.continues_above``)."""
    measure = plan.measure
    if len(measure) != 1:
        return False
    cell = row[measure[0]]
    text = cell.text
    if text.rstrip().rstrip(BLANK_TASK_MARKS)[-1:].isalpha():
        return False   # a task's words before its closing marks (…推进。): no label is a letter (most rows: no split)
    if cell.row_copy or cell.col_copy or not text.strip():
        return False
    return not split_measure_label(text)[2].strip(BLANK_TASK_MARKS)


def row_measure(row, plan, current, form, steps: bool = False,
                alone: "frozenset[str] | HeadsAlone" = frozenset(), own_lists: bool = False) -> DraftMeasure | None:
    """The draft measure of a body ``row`` read by its ``plan`` under the section ``current``,
    or None for a row with no text and no unit.  ``steps``: the task column numbers each row's steps
    (``numbers_steps``), so its cell keeps its numbers and the row prints none; ``alone``: the bare head
    words the table prints as a unit cell of their own (``unitweeks.heads_named_alone``); ``own_lists``: beside a 序号
    column numbering every row, the task cells' numbers are their own lists' (``own_point_lists``), kept in the text."""
    extra = extra_cells(row, plan)
    if len(plan.measure) == 1:   # one task column (most tables): its text, no join
        cell = row[plan.measure[0]]
        text = "" if cell.col_copy else cell.text
    else:
        text = "".join(c.text for c in map(row.__getitem__, plan.measure) if not c.col_copy)
        cell = row[plan.measure[-1]] if plan.measure else None
    number = None if plan.number is None else cell_number(row[plan.number].text)
    if level_across(row, plan):   # the section column's cell across the task column: the row's task,
        no, text = None, split_level_label(cell.text)[2]   # its printed number the level's (rows by place)
    elif (steps or number is not None and cell is not None and len(plan.measure) == 1
          and (own_lists or lists_points(row, plan, cell))):
        no, text = None, text.strip()   # the 序号 column numbers the row; 1. 2. in the cell are its list's
        if steps:   # the row's short name may print its number, merged over its rows too (（4） and （4）)
            no = name_cell_number(row, plan)
    else:
        no, _label, text = split_measure_label(text)
        if no is None:   # a dash bullet (——) is the label of a task with no number
            text = strip_dash_bullet(text)
    from_responsible = plan.from_responsible
    lead = _unit_parts(row, plan.lead, alone=alone)
    support = _unit_parts(row, plan.support, skip_col_copies=True, alone=alone)
    if plan.lead_support:
        both_lead, both_support = _split_lead_support([row[i] for i in plan.lead_support])
        lead, support = lead + both_lead, support + both_support
    deadline = (" ".join(c.text for c in map(row.__getitem__, plan.deadline) if c.text and not c.col_copy) or None
                if plan.deadline else None)
    if plan.schedule:
        deadline = _schedule_deadline(row, plan.schedule)
    if deadline is not None and deadline.strip() in default_patterns().empty_cells:
        deadline = None   # — / 无 / "/" in the 完成时限 column: no deadline
    if _names_others_only(lead, support):
        return None   # 其他 | …: the row names no body (vocab.toml [table] other_cells)
    lead, support, higher, labelled = _label_readings(lead, support)
    if higher:
        extra = {**extra, **higher}
    if labelled is not None:
        lead, support, from_responsible = labelled.lead, labelled.support, labelled.from_responsible
        deadline = deadline or labelled.deadline
    own = None
    if not lead and not support and text:   # no unit column, or one this row leaves empty
        text, own = cell_assignment(text, () if cell is None or cell.col_copy else cell.parts, form)
        if own is not None:
            lead, support, from_responsible = own.lead, own.support, own.from_responsible
            deadline = deadline or own.deadline
            extra = {**extra, **own.extra}
    if own is None and deadline is None and text:   # no clause of its own, no deadline: a closing bracket may give it
        text, when = cell_deadline(text)
        if when is not None:
            deadline, extra = when.deadline, {**extra, **when.extra}
    if not text and not lead and not support:
        return None
    # (by position, in DraftMeasure's field order - section, measure_no, text, lead_cells, support_cells,
    # deadline, form, extra, from_responsible -: nine keywords cost about half again what the record's
    # ``__init__`` does, one a task row; tests/test_quick_init.py holds the order)
    draft = DraftMeasure(current, number if number is not None else no, text, lead, support, deadline, form, extra,
                         from_responsible)
    if not plan.notes:   # most tables have no note column naming units
        return draft
    notes = [(name, row[i].text) for i, name in plan.notes if row[i].text and not row[i].col_copy]
    return with_notes(draft, notes) if notes else draft


def _names_others_only(lead: tuple[str, ...], support: tuple[str, ...]) -> bool:
    """The row's unit cells hold only a word for "others" (其他: ``[table] other_cells``), no body."""
    others = _other_cells()
    for part in lead:   # (loops, not a generator: most rows' first part is a body)
        if part.strip() not in others:
            return False
    for part in support:
        if part.strip() not in others:
            return False
    return bool(lead or support)


@lru_cache(maxsize=1)
def _other_cells() -> frozenset[str]:
    return frozenset(vocab()["table"]["other_cells"])


def _split_lead_support(cells: list[Cell]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lead and support parts of 牵头单位/配合单位 cells: ``市发改局/市财政局、市人社局``;
    a cell without a slash names leads only."""
    lead: list[str] = []
    support: list[str] = []
    for c in cells:
        if c.col_copy or not c.text:
            continue
        head, slash, tail = c.text.replace("／", "/").partition("/")
        lead.append(head.strip())
        if slash and tail.strip():
            support.append(tail.strip())
    return tuple(p for p in lead if p), tuple(support)


def _schedule_deadline(row: list[Cell], schedule: tuple[tuple[int, str], ...]) -> str | None:
    """The deadline a row's schedule columns give: the headers of the columns it ticks
    (``10月``; ``3月、6月、9月、12月`` for a quarterly task), or, when its cells hold
    milestones rather than ticks, each stage with its header (``一季度：完成选址；…``)."""
    cells = [(name, row[i].text) for i, name in schedule if row[i].text and not row[i].col_copy]
    if not cells:
        return None
    if all(text in _tick_marks() for _name, text in cells):
        return TICKED_SEP.join(name for name, _text in cells)
    return MILESTONE_SEP.join(f"{name}：{text}" for name, text in cells)


@lru_cache(maxsize=1)
def _tick_marks() -> frozenset[str]:
    return frozenset(vocab()["table"]["tick_marks"])


def _label_readings(lead: tuple[str, ...], support: tuple[str, ...]):
    """A row's unit cell parts read by their labels: (lead, support, a higher level's lead taken out of them as
    ``extra`` (``levellabels.higher_level_parts``: 省牵头单位：… under a city's units), the assignment of a cell written
    as labelled lines or None (``_labelled_cell``)).  Both readers need a label's mark (its colon, 【 or bar:
    ``labels.holds_label_mark``): unit cells printing none (most) ask neither, about 4 thousand instructions a row
    (tests/test_quick_guards.py holds this to asking both)."""
    if not holds_label_mark("".join(lead) + "".join(support)):
        return lead, support, {}, None
    lead, support, higher = higher_level_parts(lead, support)
    return lead, support, higher, _labelled_cell(lead + support)


def _labelled_cell(parts: tuple[str, ...]):
    """The assignment of a unit cell written as labelled lines
    (``牵头单位：市市场监管局<br>配合单位：市公安局、市税务局`` under one
    责任单位 heading), or None when no part opens with a label."""
    if not holds_label_mark("".join(parts)) or not any(map(starts_with_label, parts)):
        return None   # most cells: no part has the ：/【 a label needs
    return parse_labels("；".join(parts), "html-table")


def _unit_parts(row: list[Cell], cols: tuple[int, ...], skip_col_copies: bool = False,
                alone: "frozenset[str] | HeadsAlone" = frozenset()) -> tuple[str, ...]:
    """Fragments of the row's unit cells in columns ``cols``; a colspan from the lead column
    into the support column names the lead only (read_html copies it into both: docs/libraries.md)."""
    if len(cols) == 1:   # one column of the role (most tables): its cell's parts, no list
        cell = row[cols[0]]
        if cell.col_copy and skip_col_copies:
            return ()
        parts = cell.parts   # a cell of one line (most) wraps nothing: join_wrapped_name not asked
        return parts if len(parts) < 2 else join_wrapped_name(parts, alone)
    parts: list[str] = []
    for c in map(row.__getitem__, cols):
        if c.col_copy and (skip_col_copies or parts):
            continue
        parts.extend(join_wrapped_name(c.parts, alone))
    return tuple(parts)


@lru_cache(maxsize=1)
def _number_marks() -> str:
    """The marks a 序号 cell may print after its number (``[table] number_marks``: 1*, 5★)."""
    return "".join(vocab()["table"]["number_marks"])


def cell_number(text: str) -> int | None:
    """The integer of a 序号 cell: 3, 3、, （3）, ③, 三, or by the numbering the text forms read
    (``numbering.bare_label``): 1-1 / 2-3 by section and place give the place, as an item so numbered
    does in a text copy; else None (1.1.1: no number of a row)."""
    cell, text = text, text.strip().rstrip(_number_marks()).rstrip("、.．").strip("（()）")
    if text.isdecimal():   # not isdigit(): int() refuses ① and ²
        return int(text)
    if is_circled(text):
        return circled_to_int(text)
    if len(text) <= NUMERAL_MAX_CHARS and CN_NUMERAL_RE.match(text):
        return cn_to_int(text)
    label = bare_label(cell) if cell else None
    return label[1] if label else None
