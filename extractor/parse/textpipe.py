"""Stage 5b, text grids: a portal's table dumped one ``X |`` cell a line (``text-pipe``), or
one ``| X`` a line as a law database breaks it before each pipe (``grid.pipe_tokens``).

Rows are cut at their labelled cells or, with a 序号 column, at the next row number
(``grid.pipe_grid``); a notice laid out one table per section prints each heading as a
line without a pipe over the header printed again (docs/parsing.md, section 5).
"""
from __future__ import annotations

from .hardwraps import blank_spaced, spacing_blanks
from .grid import Cell, Grid, copy_down, is_pipe_line, opens_pipe_cell, pipe_grid, pipe_tokens
from .tableheader import role_of
from ..models import Located, ParsedTable
from ..text import fold
from ..numbering import MEASURE_RE, SECTION_RE
from .table import is_table_heading
from .tableheads import heads_table
from .tableheader import same_header
from .textgrid import closes_cell_above, header_of, is_link_bar, mostly_bar_rows, parse_body, settled_by_rows, span_row, text_lines


def parse_pipe_text(located: Located) -> ParsedTable | None:
    """A ``|`` dump: the header cells, then rows cut at their labelled cells
    (or, with a 序号 column, at the next row number)."""
    lines = text_lines(located)
    if blank_spaced(lines):   # a copy setting a blank line after every line: its single blanks are spacing
        spacing = spacing_blanks(lines)
        lines = [ln for i, ln in enumerate(lines) if i not in spacing]
    # a page's bar of links printed with pipes (首页 | 登录 | 注册 |) is no line of the dump (``textgrid.is_link_bar``)
    pipe_idx = [i for i, ln in enumerate(lines) if is_pipe_line(ln) and not is_link_bar(lines, i)]
    if len(pipe_idx) < 4 or mostly_bar_rows([lines[i] for i in pipe_idx]):
        return None
    start = pipe_idx[0]
    if (opens_pipe_cell(lines[start]) or closes_cell_above(lines, start)) and start and lines[start - 1].strip():
        start -= 1   # ``| X`` lines (or a bare ``|``): the pipe ends the cell on the line above, the table's first
    table = lines[start:pipe_idx[-1] + 1]
    tokens = pipe_tokens(table)
    first = next((i for i, t in enumerate(tokens) if _opens_pipe_body(t)), None)
    if first is None:
        return None
    names = [t for t in tokens[:first] if t]
    header = header_of(names)
    unnamed = _unnamed_number_rows(names, tokens[first:]) if header is not None else None
    if unnamed is not None:
        names, grid = unnamed
        header = settled_by_rows(names, grid, header_of(names, grid) or header)
        return parse_body(grid, header, "text-pipe")
    if header is None:
        return None
    headed = _pipe_headings(table, names[0])
    if headed:   # one table per section: each heading a cell of its own, the header printed again dropped
        body = _without_header(pipe_tokens([f"{ln} |" if i in headed else ln for i, ln in enumerate(table)])[first:],
                               names)
    else:
        body = tokens[first:]
    anchors = {r: header.roles.index(r) for r in ("section", "measure", "number") if r in header.roles}
    grid = pipe_grid(body, len(names), anchors)
    header = settled_by_rows(names, grid, header)
    over = next((ln.strip() for ln in reversed(lines[:pipe_idx[0]]) if ln.strip()), "")
    if grid and heads_table(over, len(headed)):
        grid.insert(0, span_row(over, len(names), -1))   # the first table's heading, over its header
    return parse_body(grid, header, "text-pipe")


#: the word a number column the header does not name is given (``_unnamed_number_rows``)
NUMBER_NAME = "序号"
#: at least this many rows so numbered before such a column is taken for one
UNNAMED_NUMBER_MIN_ROWS = 2


def _unnamed_number_rows(names: list[str], body: list[str]) -> tuple[list[str], Grid] | None:
    """(header names, rows) of a dump whose header names no number column while each row prints a row number
    after its group cells (a header cell spanning 序号 and 具体要求 in the source prints once: 工作任务 | 具体要求 |
    责任科室 | 时限要求 over `强化… | 1 | 对… | 办公室 | 年底前`), or None.  The header read so far ends with the
    first row's group cells (a cell naming no column's role before the first row's number ``1``): those are the
    first row's, and a 序号 column stands after them.  Rows are cut at the numbers counting up from 1, each
    printing as many cells after its number as the columns after the group columns; a row opening with no group
    cell is a group cell's later row (merged over rows: a copy of the one above).  A dump that does not come
    out so, every row whole, is left to the reader as before (holdout cellpipe-chizhou, batch 45: before, the
    first group cell was read as a fifth column's name and no row was read)."""
    k = 0
    while k < len(names) - 1 and role_of(names[-1 - k]) is None:
        k += 1
    if not k or not body or fold(body[0]).strip() != "1" or any(role_of(n) == "number" for n in names[:-k]):
        return None
    heads, after = names[:-k], len(names) - 2 * k     # the header's own names; cells after a row's number
    if after < 1 or header_of(heads) is None:
        return None
    rows, lead, n, i = [], list(names[-k:]), 1, 0
    while i < len(body):
        if fold(body[i]).strip() != str(n):    # a number printed full-width (１) too
            lead.append(body[i])
            i += 1
            continue
        cells = body[i + 1:i + 1 + after]
        if len(lead) not in (0, k) or len(cells) < after or (not lead and not rows):
            return None
        rows.append((lead, body[i], cells))
        lead, n, i = [], n + 1, i + 1 + after
    if lead or len(rows) < UNNAMED_NUMBER_MIN_ROWS:
        return None
    grid: Grid = []
    for r, (lead, number, cells) in enumerate(rows):
        group = ([Cell((t,), (r, c)) for c, t in enumerate(lead)] if lead
                 else [copy_down(grid[-1][c]) for c in range(k)])
        grid.append(group + [Cell((t,), (r, c + k)) for c, t in enumerate([number, *cells])])
    return heads[:k] + [NUMBER_NAME] + heads[k:], grid


def _pipe_headings(table: list[str], first_name: str) -> set[int]:
    """Indexes of the lines of a pipe dump that head a table of their own: a section heading
    without a pipe (a paragraph between two tables) right over the header printed again."""
    out = set()
    for i, line in enumerate(table[:-1]):
        s = line.strip()
        if s and not s.endswith("|") and is_table_heading(s):
            below = next((ln.strip() for ln in table[i + 1:] if ln.strip()), "")
            if same_header((below.rstrip("|").strip(),), (first_name,)):
                out.add(i)
    return out


def _without_header(tokens: list[str], names: list[str]) -> list[str]:
    """``tokens`` without the runs that print the header ``names`` again (``same_header``)."""
    out, i, n, first = [], 0, len(names), (names[0],)
    while i < len(tokens):
        if same_header((tokens[i],), first) and same_header(tuple(tokens[i:i + n]), tuple(names)):
            i += n
            continue
        out.append(tokens[i])
        i += 1
    return out


def _opens_pipe_body(token: str) -> bool:
    return bool(SECTION_RE.match(token) or MEASURE_RE.match(fold(token)) or fold(token).strip() == "1")
