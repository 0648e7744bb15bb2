"""Stage 5b, text grids: a portal's table dumped one ``X |`` cell a line (``text-pipe``), or
one ``| X`` a line as a law database breaks it before each pipe (``grid.pipe_tokens``).

Rows are cut at their labelled cells or, with a 序号 column, at the next row number
(``grid.pipe_grid``); a notice laid out one table per section prints each heading as a
line without a pipe over the header printed again (docs/parsing.md, section 5).
"""
from __future__ import annotations

from .hardwraps import blank_spaced, spacing_blanks
from .grid import Cell, Grid, copy_down, is_pipe_line, opens_pipe_cell, opens_with_lone_bar, pipe_grid, pipe_tokens
from .tableheader import Header, find_header, role_of, same_header
from ..models import Located, ParsedTable
from ..text import fold
from ..numbering import MEASURE_RE, SECTION_RE
from .table import is_table_heading
from .tableheads import heads_table
from .textgrid import closes_cell_above, header_of, is_link_bar, mostly_bar_rows, parse_body, settled_by_rows, span_row, text_cell, text_lines


def parse_pipe_text(located: Located) -> ParsedTable | None:
    """A ``|`` dump: the header cells, then rows cut at their labelled cells
    (or, with a 序号 column, at the next row number)."""
    lines = text_lines(located)
    if blank_spaced(lines):   # a copy setting a blank line after every line: its single blanks are spacing
        spacing = spacing_blanks(lines)
        lines = [ln for i, ln in enumerate(lines) if i not in spacing]
    # a page's bar of links printed with pipes (首页 | 登录 | 注册 |) is no line of the dump (``textgrid.is_link_bar``),
    # nor is a bare bar opening the copy (a forum's ``|`` over 马上注册…: ``grid.opens_with_lone_bar``, which
    # ``textgrid.grid_start_line`` passes over too; before session 73 the dump was taken to open there, read no row,
    # and a dump one cell a line came out as text-bl, rows right but the form: blindsynth seeds 27382, 27422)
    pipe_idx = [i for i, ln in enumerate(lines)
                if is_pipe_line(ln) and not is_link_bar(lines, i) and not opens_with_lone_bar(lines, i)]
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
    padded = _padded_rows(tokens[:first], tokens[first:])
    if padded is not None:   # every row padded to the table's width, its spans' cells printed empty at its end
        return parse_body(*padded, "text-pipe")
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


#: the roles a header's second level may name under the one name it splits (责任单位 over 牵头单位 | 协助单位)
SUB_HEADER_ROLES = frozenset({"lead", "support", "responsible"})
#: at least this many rows before a dump is read as padded to its width (``_padded_rows``)
PADDED_MIN_ROWS = 2


def _padded_rows(head: list[str], body: list[str]) -> tuple[Grid, Header] | None:
    """(rows, header) of a dump that prints EVERY row, the header's two rows too, as the row's own cells followed
    by as many empty cells as its spans cover, printed at the row's end (`投资估算 | ||`, `协助单位 | ||||||`), or None.
    The header's two rows are ``head``'s halves, each its names then only empty cells: the second row's names (every
    one naming a unit role, 牵头单位 | 协助单位) split the first row's one 责任单位; the first row's other empty cells
    widen its one section word (工程类别与名称: a group's cell and the row's name), the group's cell merged over its
    rows.  The rows are cut at their 序号 counting up from 1, up to the header's number word printed again (a second
    table); a row printing the table's width of cells is whole, one printing as many fewer as the section word's
    span added (its trailing empty cells aside) is a later row of the group above, its group cell merged down.  The
    grid is the one the page's table gives, spans expanded into copies (``grid.Cell``), and its header is found as a
    page's is (``tableheader.find_header``).  Only where every row comes out so; else the dump is read as before
    (holdout catpipe-yueyang, batch 127: before, the second row's names were read as two more columns and no row
    came out right)."""
    if len(head) < 4 or len(head) % 2 or "" not in head:
        return None
    width = len(head) // 2
    top, sub = _names_then_pads(head[:width]), _names_then_pads(head[width:])
    if top is None or sub is None or len(sub) < 2 or role_of(top[0]) != "number" \
            or any(role_of(n) not in SUB_HEADER_ROLES for n in sub):
        return None
    split = [i for i, n in enumerate(top) if role_of(n) == "responsible"]
    widen = width - len(top) - (len(sub) - 1)
    wide = [i for i, n in enumerate(top) if role_of(n) == "section"]
    if len(split) != 1 or widen < 0 or (widen and len(wide) != 1):
        return None
    spans = [len(sub) if i == split[0] else 1 + widen if widen and i == wide[0] else 1 for i in range(len(top))]
    first: list[Cell] = []
    for name, span in zip(top, spans):   # as a page's table expands its spans: the copies remember they are copies
        first += [Cell((name,), (0, len(first)), col_copy=k > 0) for k in range(span)]
    second: list[Cell] = []
    for i, span in enumerate(spans):   # the split name's sub-names; a header cell merged down elsewhere
        at = len(second)
        second += ([Cell((w,), (1, at + k)) for k, w in enumerate(sub)] if i == split[0]
                   else [Cell(first[at + k].parts, first[at + k].origin, row_copy=True, col_copy=k > 0)
                         for k in range(span)])
    group = sum(spans[:wide[0]]) if widen else None
    rows = _numbered_runs(body, top[0])
    if rows is None or len(rows) < PADDED_MIN_ROWS:
        return None
    grid: Grid = [first, second]
    for k, row in enumerate(rows):
        while row and not row[-1]:
            row = row[:-1]
        r = len(grid)
        if len(row) == width:
            grid.append([Cell((t,) if t else (), (r, c)) for c, t in enumerate(row)])
        elif group is not None and k and len(row) == width - widen:   # the group's cell merged down
            cells = [Cell((t,) if t else (), (r, c)) for c, t in enumerate(row)]
            grid.append(cells[:group] + [copy_down(grid[-1][group + j]) for j in range(widen)] + cells[group:])
        else:
            return None
    header = find_header(grid, max_rows=1)
    if header is None or header.rows != 2:
        return None
    return grid[2:], header


def _names_then_pads(tokens: list[str]) -> list[str] | None:
    """The names of a header row printed as its names and then only empty cells, or None."""
    names = [t for t in tokens if t]
    return names if names and tokens[:len(names)] == names else None


def _numbered_runs(body: list[str], number_word: str) -> list[list[str]] | None:
    """``body`` cut into rows at the numbers counting up from 1, up to ``number_word`` printed again (the header of
    another table), or None where the body does not open with 1."""
    rows: list[list[str]] = []
    n = 1
    for token in body:
        if same_header((token,), (number_word,)):
            break
        if fold(token).strip() == str(n):
            rows.append([token])
            n += 1
        elif rows:
            rows[-1].append(token)
        else:
            return None
    return rows


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
