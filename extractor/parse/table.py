"""Stage 5a, table: a cell grid becomes sections and draft measures.

Columns get roles from their header words (``vocab.toml``):
section, measure, lead, support, deadline, number; anything else is kept
as an ``extra`` column.  The same word can head either level, so a
"measure" column left of another one whose cells span rows or carry
section labels is taken for the section column.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from .assign import parse_labels
from .labels import holds_label_mark, starts_with_label
from .cellclause import (cell_assignment, cell_deadline, cover_rows, group_units,
                         range_row, task_range_row, with_group, with_notes)
from .ditto import fill_dittos
from .columns import CN_NUMERAL_RE, LEAD_SUPPORT, SCHEDULE, UNIT_ROLES, full_width_text, settle_roles, split_level_label
from .grid import Cell, Grid
from .roles import header_roles, note_column_words
from .textlayer import is_continuation_mark
from .unitrows import add_units, continues_above, own_cells
from ..models import DraftMeasure, ParsedTable, Section
from ..text import (SECTION_RE, bare_label, circled_to_int, cn_to_int, compact, simplified, split_measure_label,
                       split_section_label, vocab)
from ..agencies.registry import default_patterns

log = logging.getLogger(__name__)

MAX_GROUP_TITLE = 20   #: characters of an unnumbered group row (longer: a note across the table)
#: a header cell longer than this (white space and a bracketed note removed) is body
#: text: the longest role word in roles.toml is 6 characters
HEADER_WORD_MAX_CHARS = 12
#: a header stands under at most a title row and a few note rows
HEADER_SEARCH_ROWS = 6
#: a header row names at least this many roles (one of them a measure or unit column);
#: one known word alone is a body cell that happens to hold it
MIN_HEADER_ROLES = 2
#: a Chinese numeral in a 序号 cell is short (一 … 九十九); a longer text is not a number
NUMERAL_MAX_CHARS = 4
#: ticked schedule columns are named in the deadline apart by this; milestones by ``MILESTONE_SEP``
TICKED_SEP = "、"
MILESTONE_SEP = "；"
#: a note in brackets after a header word: 责任单位（排第一位的为牵头单位）, 牵头部门（单位）
_HEADER_NOTE_RE = re.compile(r"[（(][^（()）]*[)）]$")
#: a label with its value (牵头：区民政局, a body cell's role mark) names no column: a header
#: cell prints the word alone, at most with a colon after it (牵头单位：)
_LABELLED_VALUE_RE = re.compile(r"[：:].")


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
            and not line.endswith(("。", "；", ";")))


#: a repeated header row whose first cell is not printed alike is compared only when it is this short: header
#: words are (序号, 工作任务, 重点任务 - 4 characters; 8 leaves room for a spaced-out one)
MAX_REPEAT_FIRST_CELL = 8


@dataclass(frozen=True)
class Header:
    """Where the header is and what each column holds."""

    rows: int                 #: number of header rows at the top of the grid
    roles: tuple[str, ...]    #: role per column ("extra" for unknown)
    names: tuple[str, ...]    #: header text per column


@lru_cache(maxsize=4096)
def role_of(word: str) -> str | None:
    """The role a header word names, or None (longest vocabulary word wins).

    Cached: find_header asks for every cell of the first rows of every table,
    and header words repeat from page to page.
    """
    w = _HEADER_NOTE_RE.sub("", compact(word))
    if not w or len(w) > HEADER_WORD_MAX_CHARS or _LABELLED_VALUE_RE.search(w):
        return None   # before simplified(): it keeps the length, and long cells are the many
    w = simplified(w)  # mirrors print 牽頭單位
    exact, inside = _role_words()
    role = exact.get(w)
    if role is not None:   # the word itself: nothing scores higher
        return role
    for size in range(len(w) - 1, 1, -1):   # else the longest word inside it, first in the vocabulary's order
        found = [inside[p] for p in (w[i:i + size] for i in range(len(w) - size + 1)) if p in inside]
        if found:
            return min(found)[1]
    return None


@lru_cache(maxsize=1)
def _role_words() -> tuple[dict[str, str], dict[str, tuple[int, str]]]:
    """``role_of``'s vocabulary as two lookups: each word -> the first role naming it, and each
    word of two characters or more -> (its place in the vocabulary's order, that role).  A cell
    of at most ``HEADER_WORD_MAX_CHARS`` has a few dozen substrings, where the vocabulary has
    some 190 words to look for in it; the longest word found wins, and of two as long the one
    the vocabulary lists first, as in a scan of the words in order."""
    exact: dict[str, str] = {}
    inside: dict[str, tuple[int, str]] = {}
    order = 0
    for role, words in header_roles().items():
        for v in words:
            exact.setdefault(v, role)
            if len(v) >= 2:
                inside.setdefault(v, (order, role))
            order += 1
    return exact, inside


def find_header(grid: Grid, max_rows: int = HEADER_SEARCH_ROWS) -> Header | None:
    """The header rows of ``grid``: the first row naming >= 2 roles, one of
    them a measure or unit column, merged with a sub-header row below."""
    for r, row in enumerate(grid[:max_rows]):
        roles = [LEAD_SUPPORT if _names_lead_and_support(c.text) else role_of(c.text) for c in row]
        named = {"lead" if x == LEAD_SUPPORT else x for x in roles if x}
        if len(named) >= MIN_HEADER_ROLES and named & {"measure", "lead", "support", "responsible"}:
            rows, names = 1, [c.text for c in row]
            if r + 1 < len(grid):
                sub = grid[r + 1]
                below = [role_of(c.text) for c in sub]
                schedule = _schedule_columns(row, sub, roles, below)
                # 责任单位 over 牵头 | 配合: two cells of their own, each a column name (a body
                # row's 牵头：市住建局 only opens with one), not one group row spanning the
                # width (重点工作 across every column is a section); or a row naming only a
                # band's sub-columns (1月 … 12月 under 完成时限（月份）)
                if sum(1 for c, x in zip(sub, below) if x and not c.col_copy and is_header_word(c.text)) >= 2 \
                        or _names_only_band(sub, schedule):
                    roles = [b or a for a, b in zip(roles, below)]
                    # the band gives the deadline only where no other column does
                    alone = not any(x == "deadline" and i not in schedule for i, x in enumerate(roles))
                    for i in schedule:
                        roles[i] = SCHEDULE if alone else "extra"
                    names = [c.text or t.text for c, t in zip(sub, row)]   # a text copy leaves a merged-down cell empty
                    rows = 2
            return Header(rows=r + rows, roles=settle_roles(roles, grid[r + rows:]), names=tuple(names))
    return None


def _schedule_columns(top: list[Cell], sub: list[Cell], top_roles: list, sub_roles: list) -> list[int]:
    """The schedule columns of a two-row header: the sub-columns of a deadline word's band (进度
    安排 across 一季度 | 二季度 …: a top cell merged across, or in a text copy followed by empty
    header cells) whose own name is no role word (完成时间 under 时间安排 is a deadline column).
    A band's sub-columns are the stages or months of the task, not one deadline each; the
    caller makes them the deadline only when no other column is one (完成时限 merged down)."""
    out: list[int] = []
    width = min(len(top), len(sub))
    for i in range(width):
        if top_roles[i] != "deadline" or top[i].col_copy:
            continue
        band = [i]
        for j in range(i + 1, width):
            if top[j].origin != top[i].origin and (top[j].text or top[j].row_copy):
                break
            band.append(j)
        if len(band) >= 2:
            out.extend(j for j in band if sub[j].text and not sub[j].row_copy and sub_roles[j] is None)
    return out


def _names_only_band(sub: list[Cell], schedule: list[int]) -> bool:
    """``sub`` is a second header row holding only the names of a band's sub-columns (the
    cells beside them empty, or the header cells above merged down)."""
    return bool(schedule) and all(not c.text or c.row_copy for i, c in enumerate(sub) if i not in schedule)


def reads_as_header_row(row: list[Cell]) -> bool:
    """A row of column names: at least two cells with text, each a short word
    (``HEADER_WORD_MAX_CHARS``) without digits, one of them a role word (序号,
    责任单位 …).  A task table's body row holds a task sentence, a number or a
    date; a table headed so but not by ``find_header`` is another kind of table."""
    texts = [c.text for c in row if c.text and not c.col_copy]
    return (len(texts) >= 2 and all(len(compact(t)) <= HEADER_WORD_MAX_CHARS and not _DIGIT_RE.search(t)
                                    for t in texts)
            and any(role_of(t) for t in texts))


_DIGIT_RE = re.compile(r"\d")


def _names_lead_and_support(text: str) -> bool:
    """A header naming both roles in one column (牵头单位/配合单位): its cells
    hold the lead, a slash, then the supporting units."""
    if "/" not in text and "／" not in text:
        return False
    w = simplified(compact(text))
    words = header_roles()
    return (any(v in w for v in words["lead"] if len(v) >= 2)
            and any(v in w for v in words["support"] if len(v) >= 2))


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
    for row in grid[header.rows:]:
        above, last = last, None
        if len(row) != width:   # a grid's rows have one width: the plan is worked out once
            width, plan = len(row), row_plan(header.roles, header.names, len(row))
        if _is_header_repeat(row, header, plan):
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
        current, group = _row_section(row, plan, current, group, sections)
        draft = _row_measure(row, plan, current, form)
        if draft is not None:
            if measures and measures[-1].section is not draft.section:
                marks.append((len(measures), None))   # a range stops at its section
            measures.append(with_group(draft, group))
            last = row
    cover_rows(measures, marks)
    return ParsedTable(sections=tuple(sections), measures=tuple(measures), warnings=tuple(warnings))


def _is_header_repeat(row: list[Cell], header: Header, plan: RowPlan) -> bool:
    """The header printed again where a table goes on over a page (after 续表, on every page of
    a PDF's table, or in a second piece): the header's own row, as printed or else in simplified
    characters without spaces (a mirror that converted part of the page prints 序號 over the
    table and 序号 after 续表); or any row of header words alone - either row of a two-row header
    (序号 | 工作内容 | 责任单位 | 完成时限 over 牵头单位 | 配合单位), whose copy in a text grid is
    no longer the merged names ``header`` keeps; a word of the header's own (备注) counts as one."""
    names = header.names
    first = row[0].text
    # the first cell rules out most rows: a body row's opens with a number or a long text
    if len(row) == len(names) and (first == names[0] or (first and not first[0].isdigit() and len(
            first) <= MAX_REPEAT_FIRST_CELL)) and same_header(tuple(c.text for c in row), names):
        return True
    if plan.measure:   # a body row's task cell is a sentence: most rows end here
        task = row[plan.measure[0]]
        if task.text and not (task.row_copy or task.col_copy) and len(task.text) > HEADER_WORD_MAX_CHARS:
            return False
    words = [c.text for c in row if c.text and not (c.row_copy or c.col_copy)]
    # a column no vocabulary names (备注, 備註) is still one of this header's own names
    return len(words) >= MIN_HEADER_ROLES and all(w in names or is_header_word(w) or header_key(w) in _keys(names)
                                                  for w in words)


@lru_cache(maxsize=1024)
def header_key(text: str) -> str:
    """A header word as a reader compares it: no white space, simplified characters (序 号, 序號)."""
    return simplified(compact(text))


@lru_cache(maxsize=256)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(header_key, names))


def same_header(names: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two rows of column names print the same header (``header_key``): a table's header printed
    again over a page, letter-spaced or in traditional characters in one piece only."""
    return len(names) == len(other) and all(   # folding keeps the length: most rows end at it
        a == b or (len(compact(a)) == len(compact(b)) and header_key(a) == header_key(b)) for a, b in zip(names, other))


def is_header_word(text: str) -> bool:
    """``text`` is exactly a column name of the role vocabulary (a bracketed note after it
    aside, white space and traditional characters as ``role_of`` reads them): 牵头单位 is,
    市发改委 and 牵头单位负责 are not."""
    w = _HEADER_NOTE_RE.sub("", compact(text))
    return bool(w) and len(w) <= HEADER_WORD_MAX_CHARS and simplified(w) in _header_words()


@lru_cache(maxsize=1)
def _header_words() -> frozenset[str]:
    return frozenset(w for words in header_roles().values() for w in words)


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


def _row_section(row, plan, current, group, sections):
    if plan.section is None:
        return current, group
    cell = row[plan.section]
    if cell.row_copy or not cell.text:
        return current, group
    return _new_section(cell.text, sections, split_level_label)   # a level may number its groups 1. / 1.1


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
                   units=tuple(i for i, role in enumerate(roles[:width]) if role in _UNIT_COLUMN_ROLES),
                   totals=tuple(i for i, role in enumerate(roles[:width]) if role in ("number", "measure")),
                   measure_and_number=(tuple(cols["measure"]) + tuple(number[:1] if number else ())
                                       if "measure" in cols else ()),
                   section=roles.index("section") if "section" in roles else None)


#: the roles of columns that name units
_UNIT_COLUMN_ROLES = UNIT_ROLES + ("lead_responsible", LEAD_SUPPORT)


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
        return () if cell.col_copy and skip_col_copies else cell.parts
    parts: list[str] = []
    for c in map(row.__getitem__, cols):
        if c.col_copy and (skip_col_copies or parts):
            continue
        parts.extend(c.parts)
    return tuple(parts)


def _int_or_none(text: str) -> int | None:
    """The integer of a 序号 cell: 3, 3、, （3）, ③, 三, or by the numbering the text forms read
    (``text.bare_label``): 1-1 / 2-3 by section and place give the place, as an item so numbered
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
