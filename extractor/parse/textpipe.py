"""Stage 5b, text grids: a portal's table dumped one ``X |`` cell a line (``text-pipe``), or
one ``| X`` a line as a law database breaks it before each pipe (``grid.pipe_tokens``).

Rows are cut at their labelled cells or, with a 序号 column, at the next row number
(``grid.pipe_grid``); a notice laid out one table per section prints each heading as a
line without a pipe over the header printed again (docs/parsing.md, section 5).
"""
from __future__ import annotations

from .grid import is_pipe_line, opens_pipe_cell, pipe_grid, pipe_tokens
from ..models import Located, ParsedTable
from ..text import fold
from ..numbering import MEASURE_RE, SECTION_RE
from .table import is_table_heading, parse_grid
from .tableheads import heads_table
from .tableheader import same_header
from .textgrid import header_at_top, header_of, mostly_bar_rows, settled_by_rows, span_row, text_lines


def parse_pipe_text(located: Located) -> ParsedTable | None:
    """A ``|`` dump: the header cells, then rows cut at their labelled cells
    (or, with a 序号 column, at the next row number)."""
    lines = text_lines(located)
    pipe_idx = [i for i, ln in enumerate(lines) if is_pipe_line(ln)]
    if len(pipe_idx) < 4 or mostly_bar_rows([lines[i] for i in pipe_idx]):
        return None
    start = pipe_idx[0]
    if opens_pipe_cell(lines[start]) and start and lines[start - 1].strip():
        start -= 1   # ``| X`` lines: the pipe ends the cell on the line above, the table's first
    table = lines[start:pipe_idx[-1] + 1]
    tokens = pipe_tokens(table)
    first = next((i for i, t in enumerate(tokens) if _opens_pipe_body(t)), None)
    if first is None:
        return None
    names = [t for t in tokens[:first] if t]
    header = header_of(names)
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
    return parse_grid(grid, header_at_top(header), "text-pipe")


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
    return bool(SECTION_RE.match(token) or MEASURE_RE.match(fold(token)) or token == "1")
