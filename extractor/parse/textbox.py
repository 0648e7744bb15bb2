"""Stage 5b, text grids: a table drawn with box characters (``text-box``).

``│ ├ ┼ ─`` borders; cells wrap inside words and unit names, so a cell's
line fragments are re-joined by column position, and a rule line that leaves a
column open lets a unit cell span several task rows (docs/forms.md).
"""
from __future__ import annotations

import re

from ..models import Located, ParsedTable
from ..text import display_width
from .grid import BOX_CHARS, BOX_VERTICAL, Cell, Grid, is_box_line
from .table import is_table_heading
from .tableheads import heads_table
from .textcolumns import cut_by_width
from .textgrid import header_of, parse_body, settled_by_rows, span_row, text_lines

_BOX_RULE_RE = re.compile(rf"^[{BOX_CHARS}\s]+$")


def parse_box_text(located: Located) -> ParsedTable | None:
    """text-box: content lines split at the vertical bars; a rule line closes the
    columns it draws a line under and leaves a spanning cell open, so a
    unit cell spanning several task rows applies to each of them."""
    lines = [ln.strip() for ln in text_lines(located) if ln.strip()]
    at = [i for i, ln in enumerate(lines) if is_box_line(ln)]
    if len(at) < 4:
        return None
    # one table per section: the headings between the tables are section rows (a block of one
    # cell), the one over the first table too when another table has its own
    between = [ln for ln in lines[at[0]:at[-1] + 1] if not is_box_line(ln) and is_table_heading(ln)]
    over = lines[at[0] - 1] if at[0] and heads_table(lines[at[0] - 1], len(between)) else ""
    box = [ln for ln in lines[at[0]:at[-1] + 1] if is_box_line(ln) or ln in between]
    blocks = _box_blocks(box)
    if len(blocks) < 2:
        return None
    head = blocks[0]
    names = ["".join(parts) for parts in head["cols"]]
    header = header_of(names)
    if header is None:
        return None
    grid = _box_grid(blocks[1:], len(names))
    header = settled_by_rows(names, grid, header)
    if grid and is_table_heading(over):
        grid.insert(0, span_row(over, len(names), -1))
    return parse_body(grid, header, "text-box") if grid else None


def _box_blocks(box: list[str]) -> list[dict]:
    """Runs of content lines between rule lines: per column its line
    fragments, and per column whether the rule below closes it."""
    blocks: list[dict] = []
    cur: list[list[str]] | None = None
    for line in box:
        if _BOX_RULE_RE.match(line) and any(ch in line for ch in "─━═"):
            if cur is not None:
                blocks.append({"cols": cur, "closed": _closed_columns(line, len(cur))})
                cur = None
            continue
        cells = _box_cells(line)
        if cur is None:
            cur = [[] for _ in cells]
        for c, frag in enumerate(cells[:len(cur)]):
            cur[c].append(frag)
    if cur is not None:
        blocks.append({"cols": cur, "closed": [True] * len(cur)})
    return blocks


def _box_cells(line: str) -> list[str]:
    """Fragments between vertical bars, with their right padding kept: a
    fragment that fills its cell was wrapped by the width, not ended."""
    inner = line.strip()
    inner = inner[1:] if inner[0] in BOX_VERTICAL else inner
    inner = inner[:-1] if inner and inner[-1] in BOX_VERTICAL else inner
    return [p.lstrip() for p in re.split(rf"[{BOX_VERTICAL}]", inner)]


def _closed_columns(rule: str, ncols: int) -> list[bool]:
    """Which columns a rule line draws a line under (spaces leave it open)."""
    segments = [s for s in re.split(r"[│├┤┼┌┐└┘┬┴┃┣┫╋┏┓┗┛┳┻║╠╣╬╔╗╚╝╦╩]", rule.strip())]
    segments = segments[1:-1] if len(segments) >= ncols + 2 else segments
    closed = [bool(re.search("[─━═]", s)) for s in segments[:ncols]]
    return closed + [True] * (ncols - len(closed))


def _box_grid(blocks: list[dict], ncols: int) -> Grid:
    """Body rows: a row per block; a column left open below a block keeps
    collecting fragments and, once closed, fills every row it spanned."""
    grid: Grid = []
    open_parts: list[list[str]] = [[] for _ in range(ncols)]
    open_rows: list[list[int]] = [[] for _ in range(ncols)]
    for block in blocks:
        r = len(grid)
        if len(block["cols"]) == 1 < ncols:  # a full-width row: a section heading
            grid.append(span_row("".join(join_box_fragments(block["cols"][0])), ncols, r))
            continue
        grid.append([Cell(origin=(r, c)) for c in range(ncols)])
        for c in range(ncols):
            open_parts[c].extend(block["cols"][c] if c < len(block["cols"]) else [])
            open_rows[c].append(r)
            # a damaged line with fewer cells than the header: the rest count as closed
            if c >= len(block["closed"]) or block["closed"][c]:
                _fill_span(grid, c, open_rows[c], join_box_fragments(open_parts[c]))
                open_parts[c], open_rows[c] = [], []
    for c in range(ncols):
        if open_rows[c]:
            _fill_span(grid, c, open_rows[c], join_box_fragments(open_parts[c]))
    return [row for row in grid if any(cell.parts for cell in row)]


def _fill_span(grid: Grid, col: int, rows: list[int], parts: tuple[str, ...]) -> None:
    for k, r in enumerate(rows):
        grid[r][col] = Cell(parts, (rows[0], col), row_copy=k > 0)


def join_box_fragments(fragments: list[str]) -> tuple[str, ...]:
    """Re-join a column's line fragments: a fragment whose room left in the
    cell (its right padding) is narrower than the character opening the next
    line was cut by the width and runs on into it, even mid-word (``市财政``
    + ``局``; ``区应急局/区科学 `` + ``技术局``: a `/` list takes an odd number
    of columns, so a full line keeps one column no Chinese character fits);
    one with room for that character ended there."""
    parts: list[str] = []
    run = ""
    for k, frag in enumerate(fragments):
        text = frag.strip()
        if not text:
            if run:
                parts.append(run)
                run = ""
            continue
        run += text
        following = fragments[k + 1].strip() if k + 1 < len(fragments) else ""
        if frag != frag.rstrip() and not _cut_by_width(frag, following):
            parts.append(run)
            run = ""
    if run:
        parts.append(run)
    return tuple(parts)


def _cut_by_width(frag: str, following: str) -> bool:
    """The room ``frag``'s padding leaves could not hold ``following``'s first character."""
    return cut_by_width(display_width(frag[len(frag.rstrip()):]), following)
