"""Stage 5a, table: which body rows of a task table head sections, and which close a list.

A row across the table (a group title, ``一、…``), a 序号 or task cell numbered ``一`` /
``（一）`` in a row naming no unit, or a section column's cell opens a section
(``new_section``, ``number_column_section``, ``task_column_section``, ``row_section``);
a 合计/小计 row closes one and gives no measure (``is_total_row``).  ``Places`` numbers the rows
of a table whose 序号 numbers groups; ``measure_levels`` drops heading rows that only head others.
"""
from __future__ import annotations

from functools import lru_cache, partial

from .cellclause import group_units
from .columns import CN_NUMERAL_RE, rest_width_text, split_level_label
from .grid import Cell
from .tableheader import Header
from .tablerow import RowPlan, cell_number, level_across, names_units
from ..models import DraftMeasure, Section
from ..hanzi import simplified
from ..text import compact, vocab
from ..numbering import SECTION_RE, bare_label, cn_to_int, label_rank, split_section_label

MAX_GROUP_TITLE = 20   #: characters of an unnumbered group row (longer: a note across the table)


def heads_inside_group(row: list[Cell], plan: RowPlan) -> bool:
    """The row's cells from the task column on are one short heading across them, beside the
    section column's group (做优老城区 under a merged 目标名称): no measure; the group goes on."""
    if plan.section is None or not plan.measure or plan.section > plan.measure[0]:
        return False
    inner = rest_width_text(row, plan.measure[0])
    return inner is not None and looks_like_group_title(inner) and not SECTION_RE.match(inner)


def measure_levels(sections: list[Section], measures: list[DraftMeasure]) -> tuple[Section, ...]:
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


def is_total_row(row: list[Cell], plan: RowPlan) -> bool:
    """合计 / 小计 in the number or task cell of a row naming no unit."""
    words, probe = _total_words()
    for i in plan.totals:
        if _is_total_word(row[i].text, words, probe):
            return not names_units(row, plan)
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


def number_column_section(row: list[Cell], header: Header, plan: RowPlan) -> Section | None:
    """Section text of a row whose 序号 cell holds 一 / 二、 / （三） and whose
    unit cells are empty: a table without a section column heads its groups
    in the number column (民生实事: 一 | 教育事业 | | ), not as a spanning row."""
    if "number" not in header.roles or "measure" not in header.roles:
        return None
    label = row[header.roles.index("number")]
    if label.row_copy or not (CN_NUMERAL_RE.match(label.text) or SECTION_RE.match(label.text)):
        return None
    if names_units(row, plan):
        return None
    no, printed, rest = split_section_label(label.text)
    if no is None:
        no, printed, rest = cn_to_int(label.text), label.text, ""
    # the title in the task cell, or after the label in the 序号 cell itself (a copy that
    # put a section row's one text in its first cell: | 一、教育卫生 | | |, or one cell spanning
    # the 序号 and task columns, whose copy in the task column repeats the label)
    task = row[header.roles.index("measure")]
    title = (task.text if not task.col_copy else "") or rest.strip()
    return Section(no=no, label=printed, title=title)


#: rows naming units, numbered in one form, that make that form the table's task numbering
MIN_FORM_ROWS = 3


def _number_form(text: str) -> str | None:
    """The form of a 序号 cell's number: its numbering kind (``（8）`` pnum, ``8.`` num), ``bare`` for
    digits alone; None for anything else."""
    text = text.strip()
    if text.isdecimal():
        return "bare"
    found = bare_label(text)
    return found[0] if found else None


def task_number_form(rows: list[list[Cell]], header: Header, plan: RowPlan) -> str | None:
    """The form the 序号 cells of the rows naming units print, when at least ``MIN_FORM_ROWS`` of them
    print one form and no row naming units prints another; else None."""
    if "number" not in header.roles:
        return None
    col = header.roles.index("number")
    printed = [_number_form(row[col].text) for row in rows
               if col < len(row) and not row[col].row_copy and row[col].text and names_units(row, plan)]
    forms = set(printed)
    return printed[0] if len(forms) == 1 and None not in forms and len(printed) >= MIN_FORM_ROWS else None


def form_group_section(row: list[Cell], header: Header, plan: RowPlan, form: str | None,
                       last_no: int | None = None) -> Section | None:
    """A row naming no unit whose 序号 prints a number in another form than the table's tasks (``1``
    among tasks numbered ``（1）``…``（10）``) and whose task cell a short topic fills (``1 | 大力提振消费。
    | | ``): a group heading inside the task rows, a section labelled as printed (holdout
    grouprows-wuhu-2025-1).  Printed in the tasks' own form, such a row is told by its number going back
    under the last task's (``last_no``: ``（1）`` after task ``（5）``, the tasks' numbers running on) and its
    topic no longer than ``MAX_GROUP_TITLE``.  None for every other row."""
    if form is None or "measure" not in header.roles or names_units(row, plan):
        return None
    label = row[header.roles.index("number")]
    task = row[header.roles.index("measure")]
    printed = label.text.strip()
    own = _number_form(printed)
    if label.row_copy or task.row_copy or task.col_copy or not task.text or own is None:
        return None
    if any(row[i].text for i in plan.deadline if i < len(row)):
        return None
    found = bare_label(printed)
    no = int(printed) if printed.isdecimal() else found[1] if found else None
    if own == form and (no is None or last_no is None or no > last_no or len(task.text) > MAX_GROUP_TITLE):
        return None
    return Section(no=no, label=printed, title=task.text)


def task_column_section(row: list[Cell], header: Header, plan: RowPlan) -> Section | None:
    """A row whose task cell opens with （一） / 一、 and names no unit, in a
    table without a section column: the groups are headed inside the task
    column (工作任务 | 牵头单位 | 配合单位 with a （一）加强学科建设 row)."""
    if plan.section is not None or "measure" not in header.roles or names_units(row, plan):
        return None
    cell = row[header.roles.index("measure")]
    if cell.row_copy or not SECTION_RE.match(cell.text):
        return None
    no, label, title = split_section_label(cell.text)
    return Section(no=no, label=label, title=title)


def looks_like_group_title(text: str) -> bool:
    """An unnumbered row across the table that heads the rows below (民生实事
    after 重点工作), not a note: short, no sentence punctuation, no label."""
    return (len(text) <= MAX_GROUP_TITLE and not any(ch in text for ch in "。；;：:，,")
            and not any(w in text for w in _total_words()[0]))   # 合计2项 closes, not opens


def new_section(text: str, sections: list[Section], split_label=split_section_label):
    """(the section a group row's ``text`` opens, the units it names for its rows or None)."""
    no, label, title = split_label(text)
    if no is None:
        no = (sections[-1].no or 0) + 1 if sections else 1
    title, group = group_units(title)
    section = Section(no=no, label=label, title=title)
    sections.append(section)
    return section, group


def row_section(row, plan, current, group, sections, by_group=False):
    """(section, group) after ``row``: the ones its section-column cell opens, or ``current`` and
    ``group`` as they were when the table has no section column or the cell is empty or merged from above."""
    if plan.section is None:
        return current, group
    cell = row[plan.section]
    if cell.row_copy or not cell.text:
        return current, group
    if level_across(row, plan):   # a goal across the task column: a task at the goals' level, under none
        return None, None
    if by_group:   # the group's number is printed in its merged 序号 cell
        return new_section(cell.text, sections, partial(_group_label, row[plan.number].text))
    if current is not None and _prints_again(cell.text, current):
        return current, group
    return new_section(cell.text, sections, split_level_label)   # a level may number its groups 1. / 1.1


def _prints_again(text: str, current: Section) -> bool:
    """A section cell printing the name of the section above it again (a copy printing the group's
    name on each of its rows, as a merged cell spans them) goes on in that section: an unnumbered
    name had opened a section of its own on every row, numbered on by place.  The name is compared in simplified
    characters (``hanzi.simplified``): a mirror that converted part of the page prints it again as 政務 under 政务,
    and before session 72 that opened a section of its own (metamorphic barlines-qiaocheng traditional-mix)."""
    _no, label, title = split_level_label(text)
    return label == current.label and simplified(group_units(title)[0]) == simplified(current.title)


class Places:
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
    return cell_number(number), number.strip(), title
