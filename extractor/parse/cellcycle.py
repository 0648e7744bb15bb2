"""Stage 5b, text grids: a ``text-bl`` table that prints no row numbers.

A document site's text preview of a Word table gives its cells one a line with nothing between
them, the header's cells first; when the table has no 序号 column no line says where a row
starts.  The rows are then told by what their cells read as, in the header's order: the task
column's text (one line, or several where the copy wrapped it), then the unit column's cell (unit
names, maybe with their role verbs: ``A、B分别牵头落实``, ``X牵头，Y配合``), then a deadline.
Columns before the task column whose cells are merged over many rows (目标 一、…, 任务 （一）…)
print once, each where its group starts: a line opening with a section label is such a column's
merged cell, so the innermost level is the rows' section.  docs/forms.md, ``text-bl``.
"""
from __future__ import annotations

from functools import lru_cache

from ..lazyre import lazy_re
from ..numbering import label_rank, measures_numbered_by_place
from ..models import TABLE_MARK, Located, ParsedTable
from ..text import compact, is_signature_date
from .assign import parse_verbs
from .cellkinds import reads_as_deadline
from .grid import copy_down
from .roles import UNIT_ROLES
from .unitlists import is_unit_list, names_units_only
from .table import parse_grid
from .tableheader import role_of
from .textrows import SECTION_LINE_RE as _SECTION_ROW_RE
from .textgrid import header_at_top, header_of, span_row, text_cell, text_lines

#: a header cell is a short line (目标, 主要内容, 责任单位): at most this many characters
HEADER_NAME_MAX_CHARS = 8
#: a table of one row is too little to tell a header from short lines of a letter
CYCLE_MIN_ROWS = 2
_HEADER_PUNCT_RE = lazy_re(r"[，。,；;：:、]")


def cycle_header(lines) -> tuple[int, tuple[str, ...]] | None:
    """(index of the first header line, the header's names) of a table copied one cell a line
    that prints no row numbers, or None.  Its header is a run of at least three short lines with
    no blank line between them, naming a task column and, after it, only unit and deadline
    columns (what a cell reads as tells which one it is), and no 序号: a numbered table is read by
    its numbers (the callers ask only of a page with no line holding a bare ``1``)."""
    return _cycle_header(tuple(lines))


@lru_cache(maxsize=4)
def _cycle_header(lines: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """``cycle_header``, cached: the letter's end, the text layer and the reader ask it of one page."""
    start = None
    for i, line in enumerate([*lines, ""]):
        s = line.strip()
        # a line over twice the longest name even letter-spaced is no header cell (most lines)
        if s and len(s) <= 2 * HEADER_NAME_MAX_CHARS and len(compact(s)) <= HEADER_NAME_MAX_CHARS \
                and not _HEADER_PUNCT_RE.search(s) and not _SECTION_ROW_RE.match(s):
            start = i if start is None else start
            continue
        if start is not None and i - start >= 3:
            names = tuple(ln.strip() for ln in lines[start:i])
            if _task_column(names) is not None and _rows(_cycle_grid(lines[i:], names)) >= CYCLE_MIN_ROWS:
                return start, names
        start = None
    return None


def _task_column(names: tuple[str, ...]) -> int | None:
    """Index of the task column of ``names`` when the header suits a table with no row numbers:
    a unit column after the task column and nothing after it but unit and deadline columns."""
    roles = [role_of(n) for n in names]
    if "number" in roles or sum(1 for r in roles if r) < 2:
        return None
    units = next((k for k, r in enumerate(roles) if r in UNIT_ROLES), None)
    if units is None:
        return None
    task = roles.index("measure") if "measure" in roles[:units] else units - 1
    if task < 0 or any(r not in (*UNIT_ROLES, "deadline") for r in roles[task + 1:]):
        return None
    if header_of(list(names)) is None:
        return None
    return task


def reads_as_unit_cell(line: str) -> bool:
    """A line that is a unit cell: unit names (``names_units_only``), or unit names with role
    verbs whose every named part is a unit list (``A牵头落实，B、C配合``; a sentence a verb
    happens to follow, ``以上任务请各单位认真落实``, names no unit)."""
    if names_units_only(line):
        return True
    found = parse_verbs(line)
    return found is not None and all(is_unit_list(u) for u in (*found.lead, *found.support))


def parse_cycle_text(located: Located) -> ParsedTable | None:
    """text-bl with no row numbers: the rows after the header (``cycle_header``) as the cycle
    task -> unit cell(s) -> deadline (``_cycle_grid``), numbered by place (docs/forms.md)."""
    lines = text_lines(located)
    found = cycle_header(lines)
    if found is None:
        return None
    at, names = found
    grid = _cycle_grid(lines[at + len(names):], names)
    header = header_of(list(names), grid)
    if header is None:
        return None
    parsed = parse_grid(grid, header_at_top(header), "text-bl")
    return measures_numbered_by_place(parsed)


def _cycle_grid(lines, names: tuple[str, ...]) -> list:
    """The grid of the ``lines`` under the header ``names``: a row is the cycle task -> unit
    cell(s) -> deadline; a section line between rows is the merged cell of a group column
    before the task column (one column a label form, the outer first: 一、 then （一）), or, with
    more label forms than such columns, a row across the table."""
    task = _task_column(names)
    roles = [role_of(n) for n in names]
    dated = "deadline" in roles   # a line reading as a deadline closes a task only under such a column
    body = [s for s in (ln.strip() for ln in lines if not ln.startswith(TABLE_MARK)) if s and s not in names]
    forms = list(dict.fromkeys(_label_level(ln) for ln in body if _SECTION_ROW_RE.match(ln)))
    in_columns = len(forms) <= task
    grid: list = []
    groups: list[str | None] = [None] * task   # each group column's cell: its text, None while it is new
    fresh: set[int] = set()
    i, pending = 0, []
    while i < len(body):
        line = body[i]
        if _SECTION_ROW_RE.match(line):
            pending = []   # a task with no unit cell is no row
            if in_columns:
                k = forms.index(_label_level(line))
                groups[k:] = [line] + [None] * (task - k - 1)
                fresh = fresh - set(range(k, task)) | {k}
            else:
                grid.append(span_row(line, len(names), len(grid)))
            i += 1
            continue
        if not pending or not (reads_as_unit_cell(line) or dated and reads_as_deadline(line)):
            pending.append(line)
            i += 1
            continue
        cells, i = _row_cells(body, i, roles[task + 1:])
        if i < len(body) and is_signature_date(body[i]) and not dated:
            break   # a name over a date: the signature under the table, not a row
        r = len(grid)
        grid.append([copy_down(grid[-1][k]) if grid and k not in fresh and groups[k] is not None
                     else text_cell(groups[k] or "", r, k) for k in range(task)]
                    + [text_cell(c, r, task + k) for k, c in enumerate(["".join(pending), *cells])])
        pending, fresh = [], set()
    return grid


def _rows(grid: list) -> int:
    """The task rows of a grid (a row across the table copies its first cell into the others)."""
    return sum(1 for row in grid if not row[-1].col_copy)


def _label_level(line: str) -> int | None:
    """The level of the section label opening ``line`` (一、 1, （三） or (三) 2), as the outline ranks it."""
    return label_rank(_SECTION_ROW_RE.match(line).group(0).strip())


def _row_cells(body: list[str], i: int, roles: list[str | None]) -> tuple[list[str], int]:
    """The cells after the task of the row whose first such cell is ``body[i]``, and the index
    after them: each column takes the line that reads as it (a unit cell, a deadline), else it is
    empty; the one unit column of a table takes every line that reads as a unit cell."""
    cells = []
    single = sum(1 for r in roles if r in UNIT_ROLES) == 1
    for role in roles:
        if role in UNIT_ROLES:
            k = i
            while k < len(body) and reads_as_unit_cell(body[k]) and (single or k == i):
                k += 1
            cells.append("\n".join(body[i:k]))
            i = k
        elif i < len(body) and reads_as_deadline(body[i]):
            cells.append(body[i])
            i += 1
        else:
            cells.append("")
    return cells, i


def cycle_body_start(lines) -> int | None:
    """Index of the first line under the header of a table copied one cell a line with no row
    numbers (``cycle_header``), or None: from there on every line is a cell."""
    found = cycle_header(lines)
    return None if found is None else found[0] + len(found[1])
