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
still labels); a service guide's 事项 | 咨询电话 or a metadata box (索引号 | …) names no task or no unit, and a
two-column table of prose holds no labels.  tests/fixtures/README.md ("A task printed as a form of label
rows"); holdout kvtask-guangzhou-2023-128.
"""
from __future__ import annotations

from .columns import settle_roles
from .grid import Cell, Grid
from .roles import UNIT_ROLES
from .tableheader import Header, role_of

#: a form's columns: the labels and ONE value each
FORM_COLUMNS = 2
#: what closes a form's label cell
LABEL_COLONS = ("：", ":")


def label_form(grid: Grid) -> tuple[Grid, Header] | None:
    """(grid, header) of ``grid`` read as one task's form of label rows (see the module's docstring): a header row
    of the labels over one row of their values; None when ``grid`` is no such form."""
    rows = [row for row in grid if any(cell.text for cell in row)]
    if not rows or any(len(row) != FORM_COLUMNS or row[0].row_copy or row[1].col_copy for row in rows):
        return None
    labels = [row[0].text.strip() for row in rows]
    roles = [role_of(label) for label in labels]
    if not all(label.endswith(LABEL_COLONS) or role for label, role in zip(labels, roles)):
        return None     # a cell naming no role and closed by no colon labels nothing: no form
    if roles.count("measure") != 1 or not set(roles) & set(UNIT_ROLES):   # a task and a unit role
        return None
    body = [[Cell(row[1].parts, (1, i)) for i, row in enumerate(rows)]]
    head = [Cell((label,), (0, i)) for i, label in enumerate(labels)]
    return [head] + body, Header(rows=1, roles=settle_roles(roles, body), names=tuple(labels))
