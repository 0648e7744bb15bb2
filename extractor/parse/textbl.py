"""Stage 5b, text grids: the ``text-bl`` form, a table copied one cell a line.

The header's cells stand one a line over the bare ``1`` that opens the first
row; after it each row is its number alone on a line, then one cell per block
of lines (blank lines between cells), up to the line holding the next number.
A cell of several paragraphs gives several blocks, and a cell merged over
several tasks is printed once: ``parse_bl_text`` fits the blocks to the
columns by what they read as (unit names, a deadline), docs/forms.md.

The cells are built with the helpers every text form shares
(``parse/textgrid.py``) and handed to ``table.parse_grid``.
"""
from __future__ import annotations

import re
from itertools import combinations

from .blheads import is_sum_cell, joined_pieces, second_level
from .blockread import BRACKETED_RE, read_blocks, unit_cell
from .cellcycle import cycle_body_start, cycle_header, parse_cycle_text
from .cellkinds import blocks_fit as _blocks_fit, reads_as_unit as _reads_as_unit
from .cellkinds import reads_as_deadline as _reads_as_deadline
from .grid import Cell, Grid, copy_down
from ..models import Located, ParsedTable
from ..text import compact
from ..numbering import BARE_NUMBER_RE, continues_list
from .unitlists import names_units_only
from .inline import read_range_line
from .table import parse_grid
from .tableheads import heads_table
from .roles import UNIT_ROLES
from .tableheader import Header, header_key, is_header_word, role_of
from .textrows import SECTION_LINE_RE as _SECTION_ROW_RE   # a section label opening a full-width row
from .textgrid import header_at_top, header_of, is_row_across, span_row, text_cell, text_lines
from ..lazyre import lazy_re


#: the bare number that opens a text table's first row, as typed or full-width (a typist's or
#: an OCR copy's １; the later rows' numbers are read by BARE_NUMBER_RE, whose \d takes both)
_FIRST_ROW_NUMBERS = frozenset(("1", "\uff11"))


def bl_header_line(lines: list[str]) -> int | None:
    """Index of the first line of a text-bl table's header (its cells one a line over
    the bare ``1`` of the first row, any section headings between), or None."""
    one = next((i for i, ln in enumerate(lines) if ln.strip() in _FIRST_ROW_NUMBERS), None)
    if one is None:
        found = cycle_header(lines)   # a table printing no row numbers
        return None if found is None else found[0]
    names, sections, sums = _bl_header(lines[:one])
    if len(names) >= 3 and header_of(_columns(names)):
        return _bl_header_start(lines[:one], _printed(names) + len(sections) + sums)
    return None


def _bl_header_start(lines: list[str], cells: int) -> int:
    """Index of the first of the last ``cells`` non-blank lines."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        seen += bool(lines[i].strip())
        if seen == cells:
            return i
    return 0


def parse_bl_text(located: Located) -> ParsedTable | None:
    """text-bl: the header cells sit one a line above the bare ``1``; after it
    each row is ``n``, then one cell per blank-separated block, until the
    line ``n + 1``.  A block ``二、…`` after a row's cells heads a section."""
    lines = text_lines(located)
    one = next((i for i, ln in enumerate(lines) if ln.strip() in _FIRST_ROW_NUMBERS), None)
    if one is None:
        return parse_cycle_text(located)   # no row numbers: rows by what their cells read as
    printed, sections_before, sums = _bl_header(lines[:one])
    names = _columns(printed)
    if len(names) < 3 or header_of(names) is None:
        return None
    grid: Grid = [span_row(s, len(names), 0) for s in sections_before]
    unit_col = _single_unit_column(names)
    roles = tuple(role_of(n) for n in names[1:])
    restarts = -1   # the tables after the first that number their rows from 1 again
    body = _without_header_again(lines[one:], printed)
    for number, blocks in _bl_rows(body, _cells_are_lines(lines[:one], _printed(printed))):
        restarts += number == 1
        # a range line (以上两项由X牵头…) ends the row's cells: an empty cell prints no block
        cut = next((k for k in range(1, len(blocks)) if read_range_line(blocks[k]) is not None), len(blocks))
        cells, heading = _cell_list_rest(*_bl_fit(blocks[:cut], roles, unit_col), roles)
        above = grid[-1] if grid else None
        grid.append([text_cell(str(number), len(grid), 0)] + _bl_cells(cells, len(names) - 1, len(grid), above))
        tasks, heading = _bl_task_rows(heading, roles)
        for task in tasks:   # tasks under the same number: the cells they print, the rest merged from above
            grid.append([text_cell(c, len(grid), k) if c is not None else copy_down(grid[-1][k])
                         for k, c in enumerate([None] + task)])
        grid.extend(span_row(h, len(names), len(grid)) for h in heading + blocks[cut:] if is_row_across(h))
    header = header_of(names, grid)
    if header is not None and names[0] == LOST_NUMBER_NAME:
        header = Header(header.rows, ("number", *header.roles[1:]), header.names)   # its rows' bare numbers
    if header is None or header.roles[0] != "number":
        return None
    at = _bl_header_start(lines[:one], _printed(printed) + len(sections_before) + sums)
    over = next((ln.strip() for ln in reversed(lines[:at]) if ln.strip()), "")
    if not sections_before and heads_table(over, restarts):
        grid.insert(0, span_row(over, len(names), -1))   # the first table's heading, over its header
    return parse_grid(grid, header_at_top(header), "text-bl")


def _without_header_again(lines: list[str], names: list[str]) -> list[str]:
    """``lines`` (the table's, from its first row on) without the header printed again over a
    page's rows: a run of lines printing the header's names in order, a word a line (blank lines
    between them aside), compared folded (``header_key``).  A paged copy prints it at each page's
    top; its words are no row's cells (blindsynth session 56 cause 4, holdout blpages-pingjiang:
    before, a row the page had closed took them as its last cells, 序号 / 工作内容 as its units)."""
    printed = [header_key(n) for n in names if n != LOST_NUMBER_NAME]
    out: list[str] = []
    at = 0
    while at < len(lines):
        end, matched = at, 0
        while end < len(lines) and matched < len(printed) and (
                not lines[end].strip() or header_key(lines[end].strip()) == printed[matched]):
            matched += bool(lines[end].strip())
            end += 1
        if matched == len(printed) and lines[at].strip():
            at = end
            continue
        out.append(lines[at])
        at += 1
    return out


def _bl_task_rows(rest: list[str], roles: tuple[str | None, ...]) -> tuple[list[list[str | None]], list[str]]:
    """The rows of the blocks left after a row's cells that are further tasks under its number, and
    the blocks left after them (``roles``: the header's role words after the number).  A cell
    merged over several tasks (the unit of two tasks under one 序号) is printed once, after the
    first task, so a task block after the row's deadline opens a row of its own: it runs to the
    next block that reads as a deadline, and the blocks between read as some of the columns after
    the task (``_blocks_fit``), or, more of them than columns, all unit names, as the one unit
    column's cell printed a name a line; the columns it does not print (None) are the merged cells
    above.  A task block reads as a task (``_reads_as_task``), and the table's last column is the
    deadline: else the blocks are left as they are (a section heading, the text after the table)."""
    rows: list[list[str | None]] = []
    # the task column: named (工作任务), else the last before the units (惠民实事, 目标任务)
    units = next((k for k, role in enumerate(roles) if role in UNIT_ROLES), 0)
    task = roles.index("measure") if "measure" in roles else units - 1
    if task < 0 or roles[-1] != "deadline":
        return rows, rest
    after = range(task + 1, len(roles) - 1)   # the columns a task's row may print before its deadline
    unit_cols = [c for c in after if roles[c] in UNIT_ROLES]
    while rest and _reads_as_task(rest[0]):
        end = next((k for k in range(1, len(rest)) if _reads_as_deadline(rest[k])), None)
        if end is None or any(map(is_row_across, rest[1:end])):
            break
        between = rest[1:end]
        if len(between) > len(after) and len(unit_cols) == 1 and all(map(_reads_as_unit, between)):
            between = ["\n".join(between)]   # its one unit cell, a name a line (as ``_bl_fit`` reads a row's)
        if len(between) > len(after):
            break
        printed = next((cols for cols in combinations(after, len(between))
                        if _blocks_fit(between, tuple(roles[c] for c in cols))), None)
        if printed is None:
            break
        own = dict(zip((task, *printed, len(roles) - 1), [rest[0], *between, rest[end]]))
        rows.append([own.get(c) for c in range(len(roles))])
        rest = rest[end + 1:]
    return rows, rest


#: a block opening with a word this short and a colon (抄送：…) is a line under the table, no task
TASK_LABEL_MAX_CHARS = 4
_LABEL_OPENING_RE = lazy_re(r"^[^\s，。；：:]{1,%d}[：:]" % TASK_LABEL_MAX_CHARS)


def _reads_as_task(block: str) -> bool:
    """A block that may be a task cell: no unit, deadline, row across, or label (抄送：…) opening it."""
    return not (_reads_as_unit(block) or _reads_as_deadline(block) or is_row_across(block)
                or _LABEL_OPENING_RE.match(block))


def line_cells_start(lines) -> int | None:
    """Index of the first row's number of a table copied one cell a line with no blank line
    anywhere (its header's words one a line right above a bare ``1``), or None.  From there on
    every line is a cell, so the text layer joins no line to the next (``textlayer.prepare``): a
    cell may end with a stray 、 and still be whole."""
    one = next((i for i, ln in enumerate(lines) if ln.strip() in _FIRST_ROW_NUMBERS), None)
    if one is None:
        return cycle_body_start(lines)
    names, _sections, _sums = _bl_header(lines[:one])
    if len(names) < 3 or not _cells_are_lines(lines[:one], _printed(names)) or header_of(_columns(names)) is None:
        return None
    return one


def _single_unit_column(names: list[str]) -> int | None:
    """Index among the cells after the number of the one unit column (责任单位 alone)
    when a column follows it (a deadline, a progress column), or None: with several unit
    columns (牵头 | 配合) which unit went where cannot be told once the cell borders are
    gone, and with no column after it the text under the table could pass for more units."""
    roles = [role_of(n) for n in names]
    cols = [i for i, r in enumerate(roles) if i and r in ("lead", "support", "responsible")]
    if len(cols) != 1 or cols[0] + 1 >= len(roles):
        return None
    return cols[0] - 1


def _bl_fit(blocks: list[str], roles: tuple[str | None, ...],
            unit_col: int | None) -> tuple[list[str], list[str]]:
    """A row's blocks as its cells (``roles``: the header's role words after the
    number), and the blocks left after them.  A cell holding several paragraphs
    gives a block each, so a row with more blocks than cells gives one column a run
    of blocks: its one unit column the run that reads as unit names (short, no
    sentence punctuation, not a deadline) when the block after the run reads as the
    deadline of the column after it (three units one a paragraph); else its task
    column, see ``_task_paragraphs``; every other column takes one block.  A block
    after the first that is a row across the table (a section's heading) is none of
    the row's cells: the row's blocks end before it, whichever reader fits them."""
    across = next((k for k in range(1, len(blocks)) if is_row_across(blocks[k])), len(blocks))
    cells, rest = _fit_row(blocks[:across], roles, unit_col)
    return cells, rest + blocks[across:]


def _fit_row(blocks: list[str], roles: tuple[str | None, ...],
             unit_col: int | None) -> tuple[list[str], list[str]]:
    """``_bl_fit`` for a row's blocks up to the first row across the table."""
    ncells = len(roles)
    # a row whose paragraphs are no one per column (a group cell merged from above, two leaders)
    if (read := read_blocks(blocks, roles)) is not None:
        return read, []
    if len(blocks) <= ncells:
        return blocks, []
    if unit_col is not None:
        # the cells before the unit column take a block each; the run of unit names from there, its
        # first too (a task's second paragraph is none), ends before a deadline where the deadline
        # reads as one; before any other column (进展情况) only names that end like units run on
        # (已完成 is progress, no unit)
        dated = roles[unit_col + 1] == "deadline"
        end = unit_col
        while end < len(blocks) and (_reads_as_unit(blocks[end]) if dated else _names_unit(blocks[end])):
            end += 1
        if end > unit_col + 1 and end < len(blocks) and (_reads_as_deadline(blocks[end]) or not dated):
            cells = blocks[:unit_col] + [unit_cell(blocks[unit_col:end])] + blocks[end:end + ncells - unit_col - 1]
            return cells, blocks[end + ncells - unit_col - 1:]
    return _task_paragraphs(blocks, roles) or (blocks[:ncells], blocks[ncells:])


def _names_unit(block: str) -> bool:
    """A paragraph of a unit cell printed a unit a line: a name ending like a unit, or a
    second name in brackets."""
    return bool(BRACKETED_RE.match(block)) or (_reads_as_unit(block) and names_units_only(block))


def _cell_list_rest(cells: list[str], rest: list[str], roles: tuple[str | None, ...]) -> tuple[list[str], list[str]]:
    """``cells`` whose last cell, in a column of free text (进展情况: no unit, no deadline), takes
    the blocks after it that go on the numbered list it opens (1. / 2. / 3.: a paragraph each),
    and the blocks left: text after the table opens no next item and stays out."""
    if not rest or len(cells) != len(roles) or roles[-1] in (*UNIT_ROLES, "deadline", "measure"):
        return cells, rest
    items = [cells[-1]]
    while len(items) <= len(rest) and continues_list(items, rest[len(items) - 1]):
        items.append(rest[len(items) - 1])
    if len(items) == 1:
        return cells, rest
    return cells[:-1] + ["\n".join(items)], rest[len(items) - 1:]


def _task_paragraphs(blocks: list[str], roles: tuple[str | None, ...]) -> tuple[list[str], list[str]] | None:
    """The cells of a row whose task cell printed several paragraphs (a short title
    over the task): the task column takes as many blocks as it needs for the blocks
    after them to read as the columns after it (unit columns as unit names, the
    deadline column as a deadline), when one block each does not; the paragraphs are
    joined as a cell's lines are.  None when no such split exists, or when no unit or
    deadline column follows the task column to check it by."""
    if "measure" not in roles:
        return None
    task = roles.index("measure")
    after = roles[task + 1:]
    if not any(r in UNIT_ROLES or r == "deadline" for r in after):
        return None
    if _blocks_fit(blocks[task + 1:task + 1 + len(after)], after):
        return None
    for more in range(1, len(blocks) - len(roles) + 1):
        rest = blocks[task + 1 + more:task + 1 + more + len(after)]
        if _blocks_fit(rest, after):
            cells = blocks[:task] + ["".join(blocks[task:task + 1 + more])] + rest
            return cells, blocks[task + 1 + more + len(after):]
    return None





def _bl_header(lines: list[str]) -> tuple[list[str], list[str], int]:
    """Header names (short lines just above the first row, blank lines
    between them), any section headings between header and first row, and how many
    paragraphs of a sum row stand there (``blheads.is_sum_cell``: 合计 and its figures, a
    section row's figures), passed over.

    A header whose number column lost its word (a copy starting inside the header, a Word
    table's empty first header cell) prints the names from its first column after the number
    (``_numberless_names``); the number column is then named ``LOST_NUMBER_NAME`` (empty: no
    line printed it), so the names still give one per column."""
    names: list[str] = []
    sections: list[str] = []
    sums = 0
    for line in reversed(lines):
        s = line.strip()
        if not s:
            continue
        if not names and is_sum_cell(s):
            sums += 1   # a sum row's word and figures, or a section row's figures, between the header and row 1
            continue
        if _SECTION_ROW_RE.match(s) and not names:
            sections.insert(0, s)
        elif len(compact(s)) <= 8 and not re.search(r"[，。,；;：:]", s):
            names.insert(0, s)
        else:
            break
    numbered = [i for i, n in enumerate(names) if role_of(n) == "number"]
    if numbered:
        return names[numbered[0]:], sections, sums
    rest = _numberless_names(names)
    return ([LOST_NUMBER_NAME, *rest] if rest else names), sections, sums


def _columns(names: list[str]) -> list[str]:
    """The column names ``names`` (the header's paragraphs) print: a name printed as two paragraphs joined, a year's
    group cell replaced by the columns under it (``parse/blheads.py``)."""
    if not names or names[0] == LOST_NUMBER_NAME:
        return names
    return second_level(joined_pieces(names))


#: the name of a number column whose header word no line prints
LOST_NUMBER_NAME = ""
#: the roles a header's first column after the number names: the groups or the task
_FIRST_COLUMN_ROLES = ("section", "measure")


def _numberless_names(names: list[str]) -> list[str]:
    """The header names of a table whose number column printed no word: the last lines of
    ``names`` that each name a column role, no role twice (a table's title over its header,
    工作任务分解表, names the task column again), from the first naming the groups or the
    task; [] when there are none such."""
    kept: list[str] = []
    seen: set[str] = set()
    for name in reversed(names):
        role = role_of(name)
        if role is None or role in seen:
            break
        seen.add(role)
        kept.insert(0, name)
    first = next((i for i, n in enumerate(kept) if role_of(n) in _FIRST_COLUMN_ROLES), None)
    return [] if first is None else kept[first:]


def _printed(names: list[str]) -> int:
    """How many lines print ``names`` (a lost number column's name is none)."""
    return sum(1 for n in names if n != LOST_NUMBER_NAME)


def _cells_are_lines(above: list[str], ncols: int) -> bool:
    """True when the header cells stand one a line with no blank line between
    them: the copy lost its blank lines, so every line is a cell."""
    seen, blank = 0, False
    for ln in reversed(above):
        if ln.strip():
            seen += 1
            if seen == ncols:
                return not blank
        elif seen:
            blank = True
    return False


def _bl_rows(lines: list[str], line_cells: bool = False):
    """(row number, blocks) per row; a block is a run of non-blank lines (one
    line when ``line_cells``: a copy with no blank lines at all)."""
    expected, number, blocks, buf = 1, None, [], []
    heading = False   # the last line that is no header word heads a section: a table of its own follows
    for line in lines + [""]:
        s = line.strip()
        if s == "1" and heading and number is not None:
            expected = 1   # each section's table numbers its rows from 1 again
        if s and not is_header_word(s):
            heading = bool(_SECTION_ROW_RE.match(s))
        if line_cells and s and not (BARE_NUMBER_RE.match(s) and int(s) == expected):
            if buf:
                blocks.append("".join(buf))
            buf = [s]
            continue
        if BARE_NUMBER_RE.match(s) and int(s) == expected:
            if buf:
                blocks.append("".join(buf))
                buf = []
            if number is not None:
                yield number, blocks
            number, blocks, expected = expected, [], expected + 1
        elif s:
            buf.append(s)
        elif buf:
            blocks.append("".join(buf))
            buf = []
    if number is not None:
        yield number, blocks


def _bl_cells(blocks: list[str | None], ncols: int, r: int, above: list[Cell] | None = None) -> list[Cell]:
    """The row's cells after its number; a ``None`` block is a group cell merged from the row
    ``above`` (``blockread.read_blocks``), empty when no row is above it or it is a row across."""
    blocks = blocks + [""] * (ncols - len(blocks))
    return [text_cell(b, r, c + 1) if b is not None
            else (copy_down(above[c + 1]) if above is not None and len(above) == ncols + 1 else text_cell("", r, c + 1))
            for c, b in enumerate(blocks)]
