"""A task printed as a form of label rows: label | value, one part of ONE task a row.

A portal that follows up its list of tasks may print each task as a page of its own, its content a two-column
table whose first column labels the parts (重点工作： | `128.` and the task; 牵头单位： | a unit; 年度阶段性工作目标： |
the year's steps by quarter; 进展情况…： | the report), each label closed by a colon as a form's labels are.  No
row of it names two column roles, so ``tableheader.find_header`` finds no header, and it holds one value column, so
it is no transposed list either (``transposed.MIN_TRANSPOSED_MEASURES``).  ``label_form`` reads it as a task table
of one row: the labels are the header (each its role by ``tableheader.role_of``, the ones naming none kept beside
the measure as extra columns) and the values the row under it, which ``table.parse_grid`` reads as any other
(the task's printed number, its units, a schedule's lines joined as a cell's are).

Only a form naming the task (a measure word: 重点工作, 工作任务) and its units (a unit role word) counts, every row's
first cell a label: closed by a colon, or a role word whole (a copy printing `牵头单位　` with a space for its colon
still labels; a form printing none of its labels with a colon labels by short names too, `整改任务`); a service
guide's 事项 | 咨询电话 or a metadata box (索引号 | …) names no task or no unit, and a two-column table of prose
holds no labels.  A first column empty in every row (a spacer cell) is no column of the form, and a label's value
printing the task's number as an ordinal (`…第9项整改任务：…`) numbers the measure where no label names a number
column.  tests/fixtures/README.md ("A task printed as a form of label rows"); holdout kvtask-guangzhou-2023-128,
kvzhenggai-tongliao-2025-9.
"""
from __future__ import annotations

import re

from .columns import settle_roles
from .grid import Cell, Grid
from .roles import UNIT_ROLES, form_summary_words
from .tableheader import Header, role_of
from ..hanzi import simplified
from ..text import COLONS

#: a form's columns: the labels and ONE value each
FORM_COLUMNS = 2
#: what closes a form's label cell
LABEL_COLONS = COLONS
#: a label printed with no colon and naming no role (整改任务, 整改目标) is a short name
BARE_LABEL_MAX_CHARS = 8
#: marks no label holds: a clause's or a sentence's, or a number's
_NO_LABEL_RE = re.compile(r"[，,。；;！？、\d]")
#: the task's number a label's value prints as an ordinal before its first clause (`…督察第9项整改任务：…`)
ORDINAL_NUMBER_RE = re.compile(r"^[^，,。；;：:]*?第(\d{1,3})[项項]")
#: the name of the number column a form's ordinal gives
NUMBER_LABEL = "序号"


def label_form(grid: Grid) -> tuple[Grid, Header] | None:
    """(grid, header) of ``grid`` read as one task's form of label rows (see the module's docstring): a header row
    of the labels over one row of their values; None when ``grid`` is no such form."""
    rows = _without_spacer_column([row for row in grid if any(cell.text for cell in row)])
    stacked = _unstacked(rows)    # a form printed one cell a row: its labels were checked as it was unstacked
    rows = stacked or rows
    if not rows or any(len(row) != FORM_COLUMNS or row[0].row_copy or row[1].col_copy for row in rows):
        return None
    labels = [row[0].text.strip() for row in rows]
    roles = [role_of(label) for label in labels]
    bare = not any(label.endswith(LABEL_COLONS) for label in labels)   # a form printing its labels with no colon
    if not stacked and not all(label.endswith(LABEL_COLONS) or role or (bare and _bare_label(label))
                               for label, role in zip(labels, roles)):
        return None     # a cell naming no role and closed by no colon labels nothing (a bare form's short names aside)
    roles = _summary_as_measure(labels, roles)
    if roles.count("measure") != 1 or not set(roles) & set(UNIT_ROLES):   # a task and a unit role
        return None
    body = [[Cell(_measure_part(row[1].parts) if role == "measure" else row[1].parts, (1, i))
             for i, (row, role) in enumerate(zip(rows, roles))]]
    head = [Cell((label,), (0, i)) for i, label in enumerate(labels)]
    number = _ordinal_number(rows, roles)
    if number is not None:   # the task's number, printed as 第N项 in a label's value: a 序号 cell before the labels
        head = [Cell((NUMBER_LABEL,), (0, 0))] + [Cell(c.parts, (0, c.origin[1] + 1)) for c in head]
        body = [[Cell((number,), (1, 0))] + [Cell(c.parts, (1, c.origin[1] + 1)) for c in body[0]]]
        roles = ["number"] + roles
    return [head] + body, Header(rows=1, roles=settle_roles(roles, body), names=tuple(c.text for c in head))


def _summary_as_measure(labels: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with the ONE label naming the task's summary (``roles.form_summary_words``: 整改任务概述) as the measure,
    when no label names the measures: a 销号公示表 printing only 整改实施主体 / 公示日期 / 整改任务概述 / 整改情况 prints
    no other wording of its task (tests/fixtures/README.md "A 销号公示表 printing only the task's summary, its doer and
    what was done"; holdout twolabels-tongliang).  Beside a measures label (海南州's 整改措施及成效) the summary keeps no
    role, as before."""
    if "measure" in roles:
        return roles
    found = [i for i, label in enumerate(labels) if simplified(label.rstrip("".join(LABEL_COLONS))) in form_summary_words()]
    if len(found) != 1:
        return roles
    return [("measure" if i == found[0] else role) for i, role in enumerate(roles)]


def _unstacked(rows: Grid) -> Grid | None:
    """``rows`` of a form printed ONE cell a row, each label's row over its value's (海南州's 销号情况公示表:
    整改任务概述 / <the problem> / 整改责任单位 / <the unit> / …; tests/fixtures/README.md "A task's form printed as
    label rows over value rows…"), as the two-column rows of label and value ``label_form`` reads; None for any other
    grid.  Every label row is a label (closed by a colon, a role word, or a short name of at most
    ``STACKED_LABEL_MAX_CHARS`` with no clause mark or number) and no value row is a role word, so a one-column
    table of paragraphs is none; the reader's own tests (a task and a unit role) still apply."""
    if len(rows) < 2 * MIN_STACKED_FIELDS or len(rows) % 2 or any(len(row) != 1 for row in rows):
        return None
    labels, values = rows[0::2], rows[1::2]
    if not all(_stacked_label(row[0].text.strip()) for row in labels) \
            or any(role_of(row[0].text.strip()) for row in values):
        return None     # a label in a value's row: the rows are no label / value pairs
    return [[label[0], Cell(value[0].parts, (value[0].origin[0], 1))] for label, value in zip(labels, values)]


#: a form printed one cell a row holds at least this many label / value pairs
MIN_STACKED_FIELDS = 3
#: a stacked form's label naming no role is at most this long (社会监督联系人及电话: the column of labels that prints
#: them is the only sign, as a header's names are short)
STACKED_LABEL_MAX_CHARS = 12


def _stacked_label(text: str) -> bool:
    """True for a stacked form's label cell: closed by a colon, a role word, or a short name with no clause mark."""
    return (text.endswith(LABEL_COLONS) or role_of(text) is not None
            or (0 < len(text) <= STACKED_LABEL_MAX_CHARS and not _NO_LABEL_RE.search(text)))


#: an inner label opening a part of a value that answers two labels at once (整改措施：… 整改成效：…)
_INNER_LABEL_RE = re.compile(r"(?:^|(?<=[\s。；;]))([\u4e00-\u9fff]{2,8})[：:]")


def _measure_part(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The measure's part of a value answering a label for both the measures and what they achieved
    (整改措施及成效: ``整改措施：… 整改成效：…``): the text after the first inner label, when it names the measure role,
    up to the next inner label naming another (the results are the report: tests/fixtures/README.md "A task's form
    printed as label rows over value rows, and a cell joining the measures and their result"); ``parts`` as they are
    for any other value."""
    text = " ".join(parts)
    found = list(_INNER_LABEL_RE.finditer(text))
    if len(found) < 2 or found[0].start() != 0 or role_of(found[0].group(1)) != "measure":
        return parts
    after = next((m for m in found[1:] if role_of(m.group(1)) != "measure"), None)
    if after is None:
        return parts
    return (text[found[0].end():after.start()].strip(),)


def _without_spacer_column(rows: Grid) -> Grid:
    """``rows`` without a first column that is empty in every row (a narrow spacer cell opening each row of a
    form: 通辽's 整改 form prints one before every label, holdout kvzhenggai-tongliao)."""
    if rows and all(len(row) > FORM_COLUMNS and not row[0].text.strip() and not row[0].col_copy for row in rows):
        return [row[1:] for row in rows]
    return rows


def _bare_label(label: str) -> bool:
    """A label of a form printing none of its labels with a colon, naming no role: a short name, no clause or
    number in it (`整改任务`, `整改目标`); a two-column table of prose holds long cells and marks, and a form closing
    its labels with colons labels nothing by a bare phrase (`王某负责联络` under `重点工作：`)."""
    return 0 < len(label) <= BARE_LABEL_MAX_CHARS and not _NO_LABEL_RE.search(label)


def _ordinal_number(rows: Grid, roles: list[str | None]) -> str | None:
    """The task's number a form prints in a label's value as an ordinal (`第二轮…督察第9项整改任务：…`: a page of
    one task of an inspection's numbered list, as kvtask-guangzhou's `128.`), when no label names a number column:
    the first label value holding one before its first clause's mark.  The task's value may number its steps
    (`1.…` `2.…` under 整改措施): they stay its wording, as a row's numbered paragraphs do.  tests/fixtures/README.md ("A task printed as a form of label rows": its number as printed)."""
    if "number" in roles:
        return None
    for row in rows:
        m = ORDINAL_NUMBER_RE.match(row[1].text.strip())
        if m:
            return m.group(1)
    return None

