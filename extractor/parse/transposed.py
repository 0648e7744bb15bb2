"""Transposed task tables: one measure a column, one place (or other label) a row.

A city's target table may print its measures across the top: a row of group names (one name
spanning the columns of its group), a row naming each measure, then a row whose first cell is
a role word (责任单位, 牵头单位, roles.toml) naming each column's unit, a unit's cell spanning
the columns it shares; the rows below hold each column's figure per place (全市, each district),
one row at least mostly figures (``FIGURE_ROW_SHARE``): a form of label rows printing two items
side by side (事项 | A | B; 责任单位 | X | Y; 咨询电话 | …) has the same rows of words and is none.
No row of such a table names two column roles, so ``tableheader.find_header`` finds none.
``read_header`` then turns the grid (spans already expanded) so that each measure column is a
row: [group, measure, the role rows' cells …, the figure rows' cells …] under a header built
from the first column's labels, with roles section | measure | the role words' | extra.  A
column span becomes a row span (a group over its columns is a section cell merged down; a unit
over three columns leads the three rows), and the figures stay beside their measure as extra
columns under their row's label.  ``table.parse_grid`` reads the turned grid as any other;
the columns print no number, so the measures are numbered by their place in the notice
(``numbered_by_place``).
"""
from __future__ import annotations

import re

from .columns import UNIT_ROLES, settle_roles
from .grid import Cell, Grid
from .labelform import label_form
from .shortrows import place_short_rows
from .tableheader import HEADER_SEARCH_ROWS, Header, find_header, role_of
from ..models import ParsedTable
from ..numbering import measures_numbered_by_place

#: a transposed table lists at least this many measure columns: a form of label rows
#: (名称 | 值; 责任单位 | 值) has one value column and names one task, no list
MIN_TRANSPOSED_MEASURES = 2
#: the roles a row's label may give it: the unit rows a transposed table is known by (one at
#: least), and a deadline row beside them
_UNIT_ROW_ROLES = UNIT_ROLES + ("responsible",)
_ROW_ROLES = _UNIT_ROW_ROLES + ("deadline",)
#: a figure as a place's row prints it under a measure: a number, perhaps a share (95%, ≥90%, 1,500, 0.25);
#: a phone number, a date or a word is none
FIGURE_RE = re.compile(r"[≥≤>＞<＜]?\s*\d[\d,，]*(?:\.\d+)?\s*[%％‰]?")
#: a figure row: more than this share of its filled cells under the measures are figures (a place's row
#: may print a word among them: 完成年度目标任务, 应补尽补 in holdout transposed-meishan); a form of label
#: rows printing two items side by side has none, and it is no transposed table
FIGURE_ROW_SHARE = 0.5


def read_header(grid: Grid) -> tuple[Grid, Header] | None:
    """(grid, header) of a task table: ``grid`` with the header ``find_header`` finds in it,
    else the grid turned column-wise with its header (``transposed``), else one task's form of label rows read as a
    table of one row (``labelform.label_form``), else None."""
    header = find_header(grid)
    if header is not None:
        placed = place_short_rows(grid, header)   # rows cut out of a larger table (parse/shortrows.py)
        return (grid, header) if placed is None else (placed, find_header(placed) or header)
    return transposed(grid) or label_form(grid)


def is_task_table(grid: Grid) -> bool:
    """True when ``grid`` is a task table as the reader reads one (``read_header``): under a task
    header, or transposed.  The layout asks it of a table above the letter (a banner or a menu
    passed over, ``layout.tasktable.no_task_table``) and of a table laying out the page."""
    return read_header(grid) is not None


def transposed(grid: Grid) -> tuple[Grid, Header] | None:
    """``grid`` read column by column, with a one-row header, when its rows are labelled by
    role words (see the module's docstring); else None."""
    roles = _role_rows(grid)
    if roles is None:
        return None
    first, last = min(roles), max(roles)
    names_row = grid[first - 1]
    columns = [c for c in range(1, len(names_row))
               if names_row[c].text and not names_row[c].col_copy and role_of(names_row[c].text) is None]
    if len(columns) < MIN_TRANSPOSED_MEASURES:
        return None
    groups = grid[first - 2] if first >= 2 else None   # the row of group names over the measures' row
    labels = [r for r in range(last + 1, len(grid)) if grid[r][0].text and not grid[r][0].row_copy]
    if not any(_is_figure_row([grid[r][c].text for c in columns]) for r in labels):
        return None
    header_roles: list[str | None] = ["section"] if groups is not None else []
    header_roles += ["measure"] + [roles[r] for r in sorted(roles)] + [None] * len(labels)
    from_rows = ([first - 2] if groups is not None else []) + [first - 1] + sorted(roles) + labels
    names = tuple("" if r < first else grid[r][0].text for r in from_rows)
    body = [[_turned(grid[r][c]) for r in from_rows] for c in columns]
    head = [Cell((name,) if name else (), (0, i)) for i, name in enumerate(names)]
    return [head] + body, Header(rows=1, roles=settle_roles(header_roles, body), names=names, by_place=True)


def numbered_by_place(parts: list[tuple[ParsedTable, Header]]) -> list[ParsedTable]:
    """The tables' results, a table's measures without a printed number numbered by their
    place in the notice where its header says so (``Header.by_place``) or where the table has no 序号 column and a
    row prints no number (``rows_unnumbered``; the rows printing one keep it): two transposed tables one after the
    other number their columns on, as an outline's bare items are, and so do tables with no 序号 column."""
    out, before = [], 0
    for parsed, header in parts:
        if header is not None and (header.by_place or rows_unnumbered(parsed, header)):
            parsed = measures_numbered_by_place(parsed, before)
        out.append(parsed)
        before += len(parsed.measures)
    return out


def rows_unnumbered(parsed: ParsedTable, header: Header) -> bool:
    """The table has no 序号 column and some row prints no number in its task cell: every such row is numbered by
    its place, the rows printing a number keeping theirs.  A table printing none (``prints_no_numbers``) is one; so
    is a bureau's table whose groups of one row print no number while the rows under a merged group cell number
    1., 2. … again (`一、做好各类规划主动公开。` / `做好…的归集整理…。` / `办公室`, then `三、…` over `1.…` `2.…`: holdout
    paracells-pengjiang-2021-1, batch 130; before session 73 its two unnumbered rows had no number).  Every reader
    and the rerun diff key a measure on a number (tests/fixtures/README.md "Unnumbered items on a part of a
    notice": a table's unnumbered rows are numbered by their place)."""
    return "number" not in header.roles and any(d.measure_no is None for d in parsed.measures)


def prints_no_numbers(parsed: ParsedTable, header: Header) -> bool:
    """The table has no 序号 column and none of its rows prints a number in its task cell (a law
    database's table of 牵头单位 | 目标任务 | 责任单位, an inspection schedule): its measures are
    numbered by their place.  A 序号 column whose numbers are no row's (1.1.1) is printed numbering:
    its rows keep no number rather than one it does not print."""
    return "number" not in header.roles and all(d.measure_no is None for d in parsed.measures)


def _role_rows(grid: Grid) -> dict[int, str] | None:
    """``labelled_role_rows`` of the grid's first ``HEADER_SEARCH_ROWS`` rows."""
    return labelled_role_rows([row[0].text if row and not row[0].row_copy and len(row) > 1 else None
                               for row in grid[:HEADER_SEARCH_ROWS]])


def labelled_role_rows(labels: list[str | None]) -> dict[int, str] | None:
    """Row index -> role of the rows labelled by a role word (``labels``: each row's first cell,
    None for a row of one cell or one whose first cell is merged down from above), one after the
    other, under at least one row (the measures' names), one of them naming units; None when
    there are none."""
    rows: dict[int, str] = {}
    for r, label in enumerate(labels):
        role = role_of(label) if label else None
        if role in _ROW_ROLES:
            if rows and r - 1 not in rows:
                break   # the role rows stand together
            rows[r] = role
        elif rows:
            break
    if not rows or min(rows) == 0 or not set(rows.values()) & set(_UNIT_ROW_ROLES):
        return None
    return rows


def _is_figure_row(texts: list[str]) -> bool:
    """True when more than ``FIGURE_ROW_SHARE`` of the filled ``texts`` are figures (``FIGURE_RE``)."""
    filled = [t.strip() for t in texts if t.strip()]
    figures = sum(1 for t in filled if FIGURE_RE.fullmatch(t))
    return bool(filled) and figures > FIGURE_ROW_SHARE * len(filled)


def _turned(cell: Cell) -> Cell:
    """``cell`` at its transposed place: a copy across columns becomes a copy down rows."""
    r, c = cell.origin
    return Cell(cell.parts, (c, r), row_copy=cell.col_copy, col_copy=cell.row_copy)
