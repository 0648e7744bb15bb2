"""Stage 5a, table: a cell grid becomes sections and draft measures.

Columns get roles from their header words (``tableheader.find_header``, ``roles.toml``):
section, measure, lead, support, deadline, number; anything else is kept
as an ``extra`` column.  The same word can head either level, so a
"measure" column left of another one whose cells span rows or carry
section labels is taken for the section column.  ``parse_grid`` reads the
body rows under the header: section rows, range rows, totals, and one draft
measure per task row.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from .assign import parse_labels
from .labels import holds_label_mark, starts_with_label
from .cellclause import (cell_assignment, cell_deadline, cover_rows, group_units,
                         range_row, task_range_row, with_group, with_notes)
from .ditto import fill_dittos
from .columns import (CN_NUMERAL_RE, LEAD_SUPPORT, SCHEDULE, UNIT_COLUMN_ROLES, full_width_text,
                      number_spans_groups, rest_width_text, split_level_label)
from .grid import Cell, Grid
from .roles import note_column_words
from .tableheader import Header, header_key, is_header_repeat
from .textlayer import is_continuation_mark
from .unitrows import add_units, continues_above, own_cells
from .unitweeks import item_rows, join_wrapped_name, reports_work_done, row_label_column, unit_section
from ..models import DraftMeasure, ParsedTable, Section
from ..hanzi import simplified
from ..text import SENTENCE_ENDS, compact, vocab
from ..numbering import (SECTION_RE, bare_label, circled_to_int, cn_to_int, label_rank, opens_numbered_list,
                         split_measure_label, split_section_label)
from ..agencies.registry import default_patterns

log = logging.getLogger(__name__)

MAX_GROUP_TITLE = 20   #: characters of an unnumbered group row (longer: a note across the table)
#: a Chinese numeral in a 序号 cell is short (一 … 九十九); a longer text is not a number
NUMERAL_MAX_CHARS = 4
#: ticked schedule columns are named in the deadline apart by this; milestones by ``MILESTONE_SEP``
TICKED_SEP = "、"
MILESTONE_SEP = "；"


#: a section heading printed over a table is one short line (一、做强实体经济); a
#: longer numbered line there is a paragraph (the longest heading in the fixtures has 12)
MAX_TABLE_HEADING = 30
#: a numbered line over one table may be the letter's last paragraph; a notice laid
#: out one table per section prints at least two
MIN_HEADED_TABLES = 2


def is_table_heading(line: str) -> bool:
    """``line`` can head the table under it as its section: a short numbered line
    (``MAX_TABLE_HEADING``, ``SECTION_RE``) that ends no sentence.  Whether it does is the
    caller's: only when ``MIN_HEADED_TABLES`` tables of the notice have one."""
    return (bool(line) and len(line) <= MAX_TABLE_HEADING and bool(SECTION_RE.match(line))
            and not line.endswith(SENTENCE_ENDS))


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


def parse_grid(grid: Grid, header: Header, form: str) -> ParsedTable:
    """Sections and draft measures of the body rows below ``header``."""
    sections: list[Section] = []
    measures: list[DraftMeasure] = []
    warnings: list[str] = []
    if "measure" not in header.roles:   # no task column (named or found): not a task table
        return ParsedTable(sections=(), measures=(), warnings=())
    grid = fill_dittos(grid, header.rows, header.roles)   # 同上 cells: the value above (parse/ditto.py)
    current: Section | None = None
    group = None   # the units the current section's row names for the rows under it (cellclause.group_units)
    width, plan = -1, None
    last: list[Cell] | None = None   # the row that gave the last measure (docs/attachments.md: one row per unit)
    marks: list = []   # (measures before it, range row or None for a section's first row): cellclause.cover_rows
    by_group = number_spans_groups(grid[header.rows:], header.roles)   # a merged 序号 numbers projects: rows by place
    places = _Places()   # ... counted from the first row of their list
    labels = row_label_column(grid[header.rows:], header.roles)   # a by-unit table's 本周/下周 labels (unitweeks)
    for row in grid[header.rows:]:
        above, last = last, None
        if len(row) != width:   # a grid's rows have one width: the plan is worked out once
            width, plan = len(row), row_plan(header.roles, header.names, len(row))
        if is_header_repeat(row, header, plan.measure):
            continue
        full = full_width_text(row)
        if full is not None:
            if is_continuation_mark(full):
                continue   # 续表 across the table over its header printed again: no section
            ranged = range_row(full)
            if ranged is not None:   # （以上任务由X牵头，Y配合）: gives its units to the rows it names
                marks.append((len(measures), ranged))
                continue
            if (SECTION_RE.match(full) or not measures or header.roles.count("measure") == 0
                    or _looks_like_group_title(group_units(full)[0])):
                current, group = _new_section(full, sections)
            continue
        if _is_total_row(row, plan):
            continue
        if labels is not None:   # a table laid out by unit: its planned rows' items (parse/unitweeks.py)
            if not reports_work_done(row, labels):
                current = unit_section(row, plan.number, next(iter(plan.lead + plan.units), None), current, sections)
                for item in item_rows(row, plan.measure):   # the items numbered by place
                    draft = _row_measure(item, plan, current, form)
                    if draft is not None:
                        measures.append(replace(draft, measure_no=len(measures) + 1))
            continue
        ranged = None if _names_units(row, plan) else task_range_row(row, plan)
        if ranged is not None:
            marks.append((len(measures), ranged))
            continue
        numbered = _number_column_section(row, header, plan) or _task_column_section(row, header, plan)
        if numbered is not None:
            title, group = group_units(numbered.title)
            current = Section(no=numbered.no, label=numbered.label, title=title)
            sections.append(current)
            continue
        if measures and continues_above(row, above, plan.measure_and_number, plan.units):
            more = _row_measure(own_cells(row), plan, current, form)
            if more is not None:
                measures[-1], last = add_units(measures[-1], more), row
                continue
        opened = current
        current, group = _row_section(row, plan, current, group, sections, by_group)
        if by_group and current is not opened:
            places.group(current.no, len(measures), current.title)
        draft = None if _heads_inside_group(row, plan) else _row_measure(row, plan, current, form)
        if draft is not None and by_group:
            draft = replace(draft, measure_no=places.place(len(measures)))
        if draft is not None:
            if measures and measures[-1].section is not draft.section:
                marks.append((len(measures), None))   # a range stops at its section
            measures.append(with_group(draft, group))
            last = row
    cover_rows(measures, marks)
    return ParsedTable(sections=_measure_levels(sections, measures), measures=tuple(measures),
                       warnings=tuple(warnings))


def _heads_inside_group(row: list[Cell], plan: RowPlan) -> bool:
    """The row's cells from the task column on are one short heading across them, beside the
    section column's group (做优老城区 under a merged 目标名称): no measure; the group goes on."""
    if plan.section is None or not plan.measure or plan.section > plan.measure[0]:
        return False
    inner = rest_width_text(row, plan.measure[0])
    return inner is not None and _looks_like_group_title(inner) and not SECTION_RE.match(inner)


def _measure_levels(sections: list[Section], measures: list[DraftMeasure]) -> tuple[Section, ...]:
    """The sections without the heading rows that only head others: a row of an outer level
    (``二、``, ``numbering.label_rank``) followed straight by one of an inner level (``（一）``),
    with no row of its own, is no measure's section, as in the text outline (a measure's section
    is the nearest outer level, docs/parsing.md §2).  Listed, its printed number took the inner
    rows' (一、 and （一） are both 1) and they were numbered by place, one too high."""
    if len(sections) < 2:
        return tuple(sections)
    held = {id(d.section) for d in measures}
    return tuple(s for s, after in zip(sections, [*sections[1:], None])
                 if id(s) in held or after is None or not _heads_level_below(s, after))


def _heads_level_below(section: Section, after: Section) -> bool:
    outer, inner = label_rank(section.label), label_rank(after.label)
    return outer is not None and inner is not None and outer < inner


def _is_total_row(row: list[Cell], plan: RowPlan) -> bool:
    """合计 / 小计 in the number or task cell of a row naming no unit."""
    words, probe = _total_words()
    for i in plan.totals:
        if _is_total_word(row[i].text, words, probe):
            return not _names_units(row, plan)
    return False


def _is_total_word(text: str, words: frozenset[str], probe: str | None) -> bool:
    """``text`` is a total word; a short cell is read in simplified characters too (合計)."""
    if probe is None or probe in text:
        return compact(text) in words
    return len(text) <= MAX_TOTAL_CHARS and compact(simplified(text)) in words


#: a 合计/小计 cell is this short at most (a longer cell is never a total row)
MAX_TOTAL_CHARS = 6


@lru_cache(maxsize=1)
def _total_words() -> tuple[frozenset[str], str | None]:
    """The total words, and one character every one of them holds (计), if
    any: a cell without it cannot be one, whatever its spacing."""
    words = vocab()["table"]["total_words"]
    common = frozenset.intersection(*map(frozenset, words))
    return frozenset(words), min(common) if common else None


def _number_column_section(row: list[Cell], header: Header, plan: RowPlan) -> Section | None:
    """Section text of a row whose 序号 cell holds 一 / 二、 / （三） and whose
    unit cells are empty: a table without a section column heads its groups
    in the number column (民生实事: 一 | 教育事业 | | ), not as a spanning row."""
    if "number" not in header.roles or "measure" not in header.roles:
        return None
    label = row[header.roles.index("number")]
    if label.row_copy or not (CN_NUMERAL_RE.match(label.text) or SECTION_RE.match(label.text)):
        return None
    if _names_units(row, plan):
        return None
    no, printed, rest = split_section_label(label.text)
    if no is None:
        no, printed, rest = cn_to_int(label.text), label.text, ""
    # the title in the task cell, or after the label in the 序号 cell itself (a copy that
    # put a section row's one text in its first cell: | 一、教育卫生 | | |)
    title = row[header.roles.index("measure")].text or rest.strip()
    return Section(no=no, label=printed, title=title)


def _task_column_section(row: list[Cell], header: Header, plan: RowPlan) -> Section | None:
    """A row whose task cell opens with （一） / 一、 and names no unit, in a
    table without a section column: the groups are headed inside the task
    column (工作任务 | 牵头单位 | 配合单位 with a （一）加强学科建设 row)."""
    if plan.section is not None or "measure" not in header.roles or _names_units(row, plan):
        return None
    cell = row[header.roles.index("measure")]
    if cell.row_copy or not SECTION_RE.match(cell.text):
        return None
    no, label, title = split_section_label(cell.text)
    return Section(no=no, label=label, title=title)


def _names_units(row: list[Cell], plan: RowPlan) -> bool:
    for i in plan.units:
        if row[i].text:
            return True
    return False


def _looks_like_group_title(text: str) -> bool:
    """An unnumbered row across the table that heads the rows below (民生实事
    after 重点工作), not a note: short, no sentence punctuation, no label."""
    return (len(text) <= MAX_GROUP_TITLE and not any(ch in text for ch in "。；;：:，,")
            and not any(w in text for w in _total_words()[0]))   # 合计2项 closes, not opens


def _new_section(text: str, sections: list[Section], split_label=split_section_label):
    """(the section a group row's ``text`` opens, the units it names for its rows or None)."""
    no, label, title = split_label(text)
    if no is None:
        no = (sections[-1].no or 0) + 1 if sections else 1
    title, group = group_units(title)
    section = Section(no=no, label=label, title=title)
    sections.append(section)
    return section, group


def _row_section(row, plan, current, group, sections, by_group=False):
    if plan.section is None:
        return current, group
    cell = row[plan.section]
    if cell.row_copy or not cell.text:
        return current, group
    if by_group:   # the group's number is printed in its merged 序号 cell
        return _new_section(cell.text, sections, partial(_group_label, row[plan.number].text))
    return _new_section(cell.text, sections, split_level_label)   # a level may number its groups 1. / 1.1


class _Places:
    """The place of a row in its list, for a table whose 序号 numbers groups (the rows are
    numbered by place, ``columns.number_spans_groups``).  A group whose printed number does not
    go on from the last one's (1 after 2) starts another list: a copy that printed two tables
    of the same header as one grid (a TAB copy, one table with the header again) numbers each
    from 1, as two tables of their own are; a list continued under its header printed again
    (3 after 2) goes on, and so does a group printed again there with its number and name (3
    after 3: the same project's rows go on past a page break)."""

    def __init__(self) -> None:
        self.start = 0   # measures before the current list
        self.last: int | None = None   # the last group's printed number
        self.title = ""   # and its name

    def group(self, no: int | None, before: int, title: str = "") -> None:
        """A group numbered ``no`` (named ``title``) opens after ``before`` measures."""
        again = no == self.last and title == self.title
        if no is not None and self.last is not None and no <= self.last and not again:
            self.start = before
        if no is not None:
            self.last, self.title = no, title

    def place(self, before: int) -> int:
        return before - self.start + 1


def _group_label(number: str, text: str) -> tuple[int | None, str | None, str]:
    """(number, label, title) of a section cell whose group is numbered in the 序号 cell beside it
    (``number``, as printed) rather than in the cell itself."""
    no, label, title = split_level_label(text)
    if label is not None or not number.strip():
        return no, label, title
    return _int_or_none(number), number.strip(), title


@dataclass(frozen=True)
class RowPlan:
    """Which columns of a row give which part of its measure, worked out once
    per header (and row width) instead of once per row: column indexes by role,
    in column order, as ``_row_measure`` reads them."""

    extra: tuple[tuple[int, str], ...]   #: (index, header text) of each "extra" column
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
    return RowPlan(extra=tuple(extra), notes=notes, measure=tuple(cols.get("measure", ())),
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


def _row_measure(row, plan, current, form) -> DraftMeasure | None:
    extra: dict[str, str] = {}
    for i, name in plan.extra:
        if row[i].text:
            extra[name or f"col{len(extra) + 1}"] = row[i].text
    if len(plan.measure) == 1:   # one task column (most tables): its text, no join
        cell = row[plan.measure[0]]
        text = "" if cell.col_copy else cell.text
    else:
        text = "".join(c.text for c in map(row.__getitem__, plan.measure) if not c.col_copy)
        cell = row[plan.measure[-1]] if plan.measure else None
    number = None if plan.number is None else _int_or_none(row[plan.number].text)
    if number is not None and cell is not None and len(plan.measure) == 1 and opens_numbered_list(cell.parts):
        no, text = None, text.strip()   # the 序号 column numbers the row; 1. 2. in the cell are its list's
    else:
        no, _label, text = split_measure_label(text)
    from_responsible = plan.from_responsible
    lead = _unit_parts(row, plan.lead)
    support = _unit_parts(row, plan.support, skip_col_copies=True)
    if plan.lead_support:
        both_lead, both_support = _split_lead_support([row[i] for i in plan.lead_support])
        lead, support = lead + both_lead, support + both_support
    deadline = (" ".join(c.text for c in map(row.__getitem__, plan.deadline) if c.text and not c.col_copy) or None
                if plan.deadline else None)
    if plan.schedule:
        deadline = _schedule_deadline(row, plan.schedule)
    if deadline is not None and deadline.strip() in default_patterns().empty_cells:
        deadline = None   # — / 无 / "/" in the 完成时限 column: no deadline
    labelled = _labelled_cell(lead + support)
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
    draft = DraftMeasure(section=current, measure_no=number if number is not None else no, text=text,
                         lead_cells=lead, support_cells=support, deadline=deadline, form=form, extra=extra,
                         from_responsible=from_responsible)
    if not plan.notes:   # most tables have no note column naming units
        return draft
    notes = [(name, row[i].text) for i, name in plan.notes if row[i].text and not row[i].col_copy]
    return with_notes(draft, notes) if notes else draft


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


def _labelled_cell(parts: tuple[str, ...]):
    """The assignment of a unit cell written as labelled lines
    (``牵头单位：市市场监管局<br>配合单位：市公安局、市税务局`` under one
    责任单位 heading), or None when no part opens with a label."""
    if not holds_label_mark("".join(parts)) or not any(map(starts_with_label, parts)):
        return None   # most cells: no part has the ：/【 a label needs
    return parse_labels("；".join(parts), "html-table")


def _unit_parts(row: list[Cell], cols: tuple[int, ...], skip_col_copies: bool = False) -> tuple[str, ...]:
    """Fragments of the row's unit cells in columns ``cols``; a colspan from the lead column
    into the support column names the lead only (read_html copies it into both: docs/libraries.md)."""
    if len(cols) == 1:   # one column of the role (most tables): its cell's parts, no list
        cell = row[cols[0]]
        if cell.col_copy and skip_col_copies:
            return ()
        parts = cell.parts   # a cell of one line (most) wraps nothing: join_wrapped_name not asked
        return parts if len(parts) < 2 else join_wrapped_name(parts)
    parts: list[str] = []
    for c in map(row.__getitem__, cols):
        if c.col_copy and (skip_col_copies or parts):
            continue
        parts.extend(join_wrapped_name(c.parts))
    return tuple(parts)


def _int_or_none(text: str) -> int | None:
    """The integer of a 序号 cell: 3, 3、, （3）, ③, 三, or by the numbering the text forms read
    (``numbering.bare_label``): 1-1 / 2-3 by section and place give the place, as an item so numbered
    does in a text copy; else None (1.1.1: no number of a row)."""
    cell, text = text, text.strip().rstrip("、.．").strip("（()）")
    if text.isdecimal():   # not isdigit(): int() refuses ① and ²
        return int(text)
    if len(text) == 1 and "①" <= text <= "⑳":
        return circled_to_int(text)
    if len(text) <= NUMERAL_MAX_CHARS and CN_NUMERAL_RE.match(text):
        return cn_to_int(text)
    label = bare_label(cell) if cell else None
    return label[1] if label else None


def merge_parsed(parts: list[ParsedTable]) -> ParsedTable:
    """Concatenate the results of several tables of one notice."""
    measures: list[DraftMeasure] = []
    warnings: list[str] = []
    for p in parts:
        measures.extend(p.measures)
        warnings.extend(p.warnings)
    # each section once, at its first place (a dict: one hash a section, where a list
    # compared each with all those before it)
    sections = dict.fromkeys(s for p in parts for s in p.sections)
    return ParsedTable(tuple(sections), tuple(measures), tuple(warnings))
