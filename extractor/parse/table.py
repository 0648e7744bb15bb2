"""Stage 5a, table: a cell grid becomes sections and draft measures.

Columns get roles from their header words (``tableheader.find_header``, ``roles.toml``):
section, measure, lead, support, deadline, number; anything else is kept
as an ``extra`` column.  The same word can head either level, so a
"measure" column left of another one whose cells span rows or carry
section labels is taken for the section column.  ``parse_grid`` reads the
body rows under the header: section rows, range rows, totals (``tablesections``), and one
draft measure per task row (``tablerow``).
"""
from __future__ import annotations

from dataclasses import replace

from .assign import with_notes
from .cellclause import cover_rows, group_units, range_row, task_range_row, with_group
from .ditto import fill_dittos
from .columns import full_width_text, number_spans_groups
from .grid import Cell, Grid
from .tableheader import Header, is_header_repeat
from .tablerow import (blank_task_row, cut_last_row, extra_cells, names_units, numbers_steps, own_point_lists,
                       own_row_number, row_measure, row_plan)
from .tablesections import (Places, heads_inside_group, is_total_row, looks_like_group_title, measure_levels,
                            form_group_section, new_section, number_column_section, row_section,
                            task_column_section, task_number_form)
from .textlayer import is_continuation_mark
from .unitlists import AHEAD, BACK, rule_line, rule_reach
from .unitrows import add_beside, add_units, continues_above, own_cells
from .unitweeks import (HeadsAlone, item_rows, lists_by_unit, reports_work_done, row_label_column,
                        unit_section)
from ..models import DraftMeasure, ParsedTable, Section
from ..text import ATTACHMENT_MARK_RE, SENTENCE_ENDS, plan_name_ends
from ..numbering import SECTION_RE, split_measure_label, split_numbering

#: a section heading printed over a table is one short line (一、做强实体经济); a
#: longer numbered line there is a paragraph (the longest heading in the fixtures has 12)
MAX_TABLE_HEADING = 30
#: a numbered line over one table may be the letter's last paragraph; a notice laid
#: out one table per section prints at least two
MIN_HEADED_TABLES = 2
#: a table laid out by unit whose tasks print no number: at least this share of its units' cells are merged
#: over several task rows (a unit may have a single task; a table by task shares a merged unit once or twice)
UNIT_SPAN_SHARE = 0.5


def is_table_heading(line: str) -> bool:
    """``line`` can head the table under it as its section: a short numbered line
    (``MAX_TABLE_HEADING``, ``SECTION_RE``) that ends no sentence.  Whether it does is the
    caller's: only when ``MIN_HEADED_TABLES`` tables of the notice have one."""
    return (bool(line) and len(line) <= MAX_TABLE_HEADING and bool(SECTION_RE.match(line))
            and not line.endswith(SENTENCE_ENDS))


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
    heading = section_over_header(grid, header)
    if heading is not None:   # 一、… merged across over the header, 二、… among the rows: one table a section
        current, group = new_section(heading, sections)
    width, plan = -1, None
    last: list[Cell] | None = None   # the row that gave the last measure (docs/attachments.md: one row per unit)
    marks: list = []   # (measures before it, range row or None for a section's first row): cellclause.cover_rows
    rules: list[str] = []   # rule notes in rows merged across, for the next row's measure (_rule_row)
    by_group = number_spans_groups(grid[header.rows:], header.roles)   # a merged 序号 numbers projects: rows by place
    places = Places()   # ... counted from the first row of their list
    labels = row_label_column(grid[header.rows:], header.roles)   # a by-unit table's 本周/下周 labels (unitweeks)
    body = grid[header.rows:]   # the form the tasks' 序号 print: a row numbered otherwise heads a group
    body_plan = row_plan(header.roles, header.names, len(body[0])) if body else None
    task_form = task_number_form(body, header, body_plan) if body else None
    # a unit's tasks numbered afresh in one cell of a table by unit: a measure a number (unitweeks.lists_by_unit)
    by_unit = labels is None and body_plan is not None and lists_by_unit(body, body_plan)
    # every task cell opens with step 1 (a table by task, not by unit): its numbers are its steps
    steps = not by_unit and numbers_steps(body, body_plan)
    own_lists = not steps and own_point_lists(body, body_plan)   # 序号 | … | 1、…: the cell's own first point
    # the head words a unit cell prints alone (a bureau's own 办公室): a cell's line so printed names that unit
    # (worked out when a cell of several lines holds a bare head word: unitweeks.HeadsAlone)
    alone = (HeadsAlone(row[i] for row in body for i in body_plan.units if i < len(row))
             if body_plan else frozenset())
    # a 序号 merged together with the lead unit's cell over that unit's task rows: each unit's rows a section
    units_grouped = not by_group and labels is None and unit_groups(body, header.roles, body_plan)
    grouped = by_group or units_grouped
    # the last row printing any text of its own (empty rows after it, holding only merged cells' copies, aside)
    last_row = next((r for r in reversed(grid) if any(c.text.strip() and not c.row_copy for c in r)), None)
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
            if rule_line(full):   # 注：以下各项均需X落实，不再逐项列出 merged across: a rule, as on a line of its own
                _rule_row(full, measures, rules)
                continue
            ranged = range_row(full)
            if ranged is not None:   # （以上任务由X牵头，Y配合）: gives its units to the rows it names
                marks.append((len(measures), ranged))
                continue
            if (SECTION_RE.match(full) or not measures or header.roles.count("measure") == 0
                    or looks_like_group_title(group_units(full)[0])):
                current, group = new_section(full, sections)
            continue
        if is_total_row(row, plan):
            continue
        if labels is not None:   # a table laid out by unit: its planned rows' items (parse/unitweeks.py)
            if not reports_work_done(row, labels):
                current = unit_section(row, plan.number, next(iter(plan.lead + plan.units), None), current, sections)
                for item in item_rows(row, plan.measure):   # the items numbered by place
                    draft = row_measure(item, plan, current, form, alone=alone)
                    if draft is not None:
                        measures.append(replace(draft, measure_no=len(measures) + 1))
            continue
        if by_unit and len(items := item_rows(row, plan.measure)) > 1:
            measures.extend(d for item in items
                            if (d := row_measure(item, plan, current, form, alone=alone)) is not None)
            last = row
            continue
        ranged = None if names_units(row, plan) else task_range_row(row, plan)
        if ranged is not None:
            marks.append((len(measures), ranged))
            continue
        numbered = (number_column_section(row, header, plan) or task_column_section(row, header, plan)
                    or form_group_section(row, header, plan, task_form,
                                          measures[-1].measure_no if measures else None))
        if numbered is not None:
            title, group = group_units(numbered.title)
            current = Section(no=numbered.no, label=numbered.label, title=title)
            sections.append(current)
            continue
        if measures and continues_above(row, above, plan.measure_and_number, plan.units, plan.beside):
            own = own_cells(row)   # the units it adds, or only values beside the measure (unitrows.py)
            if not names_units(own, plan):
                measures[-1], last = add_beside(measures[-1], extra_cells(own, plan)), row
                continue
            more = row_measure(own, plan, current, form, alone=alone)
            if more is not None:
                merged = add_beside(measures[-1], extra_cells(own, plan))
                measures[-1], last = add_units(merged, more), row
                continue
        if row is last_row and cut_last_row(row, plan, measures):
            continue   # the stored copy stops inside the last row, before its units
        opened = current
        if units_grouped:
            current = unit_section(row, plan.number, plan.lead[0], current, sections)
        else:
            current, group = row_section(row, plan, current, group, sections, by_group)
        if grouped and current is not opened:
            places.group(current.no, len(measures), current.title)
        if blank_task_row(row, plan):   # 1. … 5., ……: a form's row left blank to be filled in (tablerow.py)
            continue
        draft = None if heads_inside_group(row, plan) else row_measure(row, plan, current, form, steps, alone, own_lists)
        if draft is not None and grouped:
            draft = replace(draft, measure_no=own_row_number(row, plan) or places.place(len(measures)))
        if draft is not None:
            if measures and measures[-1].section is not draft.section:
                marks.append((len(measures), None))   # a range stops at its section
            if rules:
                draft, rules = replace(draft, extra=with_notes(draft.extra, rules)), []
            measures.append(with_group(draft, group))
            last = row
    _closing_rows(measures, rules)
    cover_rows(measures, marks)
    return ParsedTable(sections=measure_levels(sections, measures), measures=tuple(measures),
                       warnings=tuple(warnings))


def unit_groups(body: Grid, roles: tuple[str, ...], plan) -> bool:
    """The body is a table laid out by unit whose 序号 numbers the units, not the tasks: no section column,
    one lead column, and its cell merged together with the 序号 over several task rows of the unit
    (``columns.number_spans_groups`` with the lead column for the groups' column).  Each unit's rows are
    then a section, labelled by its 序号 and titled by the unit (``unitweeks.unit_section``), as a 序号 merged
    with a group's name cell makes one; the rows keep the numbers their task cells print (1. again under
    every unit), else they are numbered by place (tests/fixtures/README.md, a 序号 merged over task rows;
    holdout boxunits-zhengzhou, batch 78: a box-drawn 园林绿化 task table by district)."""
    if plan is None or plan.section is not None or len(plan.lead) != 1 or plan.number is None:
        return False
    return number_spans_groups(body, roles, group=plan.lead[0]) and (_numbered_afresh(body, plan)
                                                                      or _unnumbered_by_unit(body, plan))


def _numbered_afresh(body: Grid, plan) -> bool:
    """Every task cell of the body prints a number of its own, 1 in each row opening a unit's cell (its first
    line, not merged from above) and one more than the row above in the others: the unit's tasks numbered
    again under every unit.  A table by task whose two rows share a merged number and unit (大竹's 民生实事
    5 over 开工建设县老年养护楼 and 开工建设老年大学, both 县民政局's) numbers no unit's tasks: nothing here."""
    task, lead = plan.measure[0] if len(plan.measure) == 1 else None, plan.lead[0]
    if task is None:
        return False
    last, rows = None, 0
    for row in body:
        if max(task, lead) >= len(row) or not row[task].text or row[task].row_copy:
            continue
        no = split_measure_label(row[task].text)[0]
        opens = bool(row[lead].text) and not row[lead].row_copy
        if no is None or no != (1 if opens else (last or 0) + 1):
            return False
        last, rows = no, rows + 1
    return rows > 0


def _unnumbered_by_unit(body: Grid, plan) -> bool:
    """The unit's tasks print no number (``开展…。`` in every task cell) in a table laid out BY UNIT: the lead
    column stands before the task column (序号 | 责任单位 | 任务目标), no task cell opens with a number of its own,
    and at least ``UNIT_SPAN_SHARE`` of the units' cells are merged down over several task rows (a unit may have
    one task).  The merged 序号 then numbers the units (the rows are numbered by their place).  A table by task
    (序号 | 民生实事 | 责任单位) whose one number and unit are shared by two rows, or one whose unit column comes
    first but whose units seldom span rows, numbers its rows: nothing here (the generator's session-61 cause 1;
    holdout mergedno-zhuzhou)."""
    task, lead = plan.measure[0] if len(plan.measure) == 1 else None, plan.lead[0]
    if task is None or lead > task:
        return False
    units, spanning, rows = 0, 0, 0
    for row in body:
        if task >= len(row) or not row[task].text or row[task].row_copy:
            continue
        if split_measure_label(row[task].text)[0] is not None:
            return False
        if row[lead].text and not row[lead].row_copy:
            units, rows = units + 1, 1
        else:
            rows += 1
            spanning += rows == 2   # the unit's second task row: its cell spans
    return units > 0 and spanning >= UNIT_SPAN_SHARE * units


def _rule_row(text: str, measures: list[DraftMeasure], rules: list[str]) -> None:
    """A row merged across that states a rule for every item it names (``unitlists.rule_line``), read as
    the outline reads such a line (``Outline.add_rule``): one looking back (``注：以上各项…``) is the note of
    the last measure above it, any other waits in ``rules`` for the next row's measure."""
    if measures and rule_reach(text, owned=False) == BACK:
        measures[-1] = replace(measures[-1], extra=with_notes(measures[-1].extra, [text]))
    else:
        rules.append(text)


def _closing_rows(measures: list[DraftMeasure], rules: list[str]) -> None:
    """Rule rows under the last measure (``_rule_row``): one saying neither which items (本表各项…) closes the
    table, so its first measure keeps it, for every measure from there on; one looking ahead heads nothing."""
    closing = [r for r in rules if rule_reach(r, owned=False) != AHEAD]
    if closing and measures:
        measures[0] = replace(measures[0], extra=with_notes(measures[0].extra, closing))


def section_over_header(grid: Grid, header: Header) -> str | None:
    """The section heading printed in a row across the table right over its header, when a row across
    among the body rows opens another section of its numbering kind: tables laid out one a section and
    put on one sheet (an .xls Calc made of a page's tables: 附件 / title / 一、扩大有效投资（3项） / header / rows /
    二、… / header again / rows).  The rows down to the next section are the first section's; before,
    they were read under no section, the heading passed over as one of the title's rows (BLIND4401
    cause 4).  A numbered line over a table whose body opens no such section (a letter's last point, the
    table's own part heading) heads nothing here."""
    above = next((text for row in reversed(grid[:header.rows]) if (text := full_width_text(row))), None)
    if above is not None and _bare_heading(above) and _bare_sections_below(grid, header):
        return above   # 保障和改善民生 over the header, 深化重点领域改革 over the header printed again
    if above is None or not is_table_heading(above):
        return None
    kind = split_numbering(above)
    if kind is None:
        return None
    body = (full_width_text(row) for row in grid[header.rows:])
    return above if any(text and is_table_heading(text) and (other := split_numbering(text)) is not None
                        and other[0] == kind[0] for text in body) else None


def _bare_heading(text: str) -> bool:
    """``text``, a row across a table, may be a section heading printing no number: one short line
    (``MAX_TABLE_HEADING``) ending no sentence, no list's or document's title (``[metadata] title_ends``,
    ``table_title_ends``: the table's own name, 某市…任务清单) and no attachment mark."""
    return (len(text) <= MAX_TABLE_HEADING and split_numbering(text) is None and not text.endswith(SENTENCE_ENDS)
            and not ATTACHMENT_MARK_RE.match(text) and not text.endswith(plan_name_ends()))


def _bare_sections_below(grid: Grid, header: Header) -> bool:
    """Among the body rows, a row across holding such a heading (``_bare_heading``) stands right over the header
    printed again (``is_header_repeat``): the tables were laid out one a section under headings printing no number
    and put on one sheet (an .xls Calc made of a page's tables: 附件 / title / 保障和改善民生 / header / rows /
    深化重点领域改革 / header again / rows)."""
    body = grid[header.rows:]
    if not body:
        return False
    measure = row_plan(header.roles, header.names, len(body[0])).measure
    return any((text := full_width_text(row)) and _bare_heading(text) and is_header_repeat(nxt, header, measure)
               for row, nxt in zip(body, body[1:]))


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
