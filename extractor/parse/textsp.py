"""Stage 5b, text-sp: a text table printed one row a line, its cells split by spaces.

``parse_sp_text`` reads the rows under the header ``textgrid.sp_header`` finds (the column names,
letter-spaced or not: ``序 号 工 作 任 务 …``).  A copy laid out in columns of spaces (a PDF's text
layer, its cells wrapped over lines) is read by its column grid (``parse/textcolumns.py``) and rows
(``parse/textrows.py``); any other copy row by row: a row opens with its number, its task holds no
space, its last cells (units, a deadline) are cut at its last spaces, a row printing fewer cells
than the header names is placed by what each cell reads as, and a number alone on its line opens a
row printed one cell a paragraph under it.  The grid so cut goes to ``textgrid.parse_body`` as every
text form's grid does (docs/forms.md, ``text-sp``).
"""
from __future__ import annotations

from itertools import combinations

from .blockread import cut_blocks
from .cellkinds import blocks_fit, names_one_unit
from .grid import Grid, copy_down
from .rangewraps import join_range_wraps
from .roles import UNIT_ROLES
from .spacedrows import spaced_cells
from .sprowparas import further_unit, with_paragraph
from .table import is_table_heading
from .tableheader import role_of
from .tableheads import heads_table
from .textcells import indented_lines
from .textcolumns import find_layout, header_keys, header_lines, prints_again
from .textgrid import header_of, is_row_across, parse_body, sp_header, span_row, text_cell, text_lines
from .textrows import SECTION_LINE_RE   # a section label opening a full-width row
from .textrows import read_rows
from ..lazyre import lazy_re
from ..models import Located, ParsedTable

#: a text-sp row's number opening its line, the rest of the row after a space (or none: the number
#: alone, its cells on the lines under it); a mark before the number flags the task (★6)
SP_ROW_RE = lazy_re(r"^[★☆※*]?(\d{1,3})(?:\s+(\S.*))?$")
#: a two-character name a Word table centred with a space between its characters (陈 涛, 孙　洁),
#: standing alone between spaces in a row whose header names a leader column: one cell
PADDED_NAME_RE = lazy_re(r"(?<=\s)([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=\s)")

def parse_sp_text(located: Located) -> ParsedTable | None:
    """text-sp: a header line of column names (letter-spaced or not), then the rows.
    Rows laid out in columns of spaces (a PDF's text layer, cells wrapped over lines) are
    read by their column grid (``parse/textcolumns.py``, its rows ``parse/textrows.py``); else each ``n task units`` line
    is a row: the task may hold no space, the units none either, so the first space ends
    the number and the last spaces (one per trailing column) start the units; blank lines
    and the header printed again at a page break are skipped."""
    lines = text_lines(located)
    start, names = sp_header(lines)
    if start is None:
        return None
    table = lines[start:]
    if located.decoded.format == "text":   # where a column starts needs the indentation
        table = indented_lines(table, located.decoded.text)
    table = table[:1] + join_range_wraps(table[1:], _opens_sp_row)   # a range line the width wrapped
    # the rows as printed: a page's source keeps the runs of spaces a browser shows as one
    spaced = [located.spaced.get(ln.strip(), ln) for ln in table]
    title = next((ln for ln in reversed(lines[:start]) if ln.strip()), "")
    laid = _laid_out_grid(table, names, title)
    if laid is not None:
        return laid
    head = header_keys(table[:1])
    entries: list = []   # a row's cells, or a section row's text
    expected = 1
    headed = 0   # the header printed again right under a section heading: one table per section
    i = 0
    while i < len(table) - 1:
        i += 1
        line, printed = table[i], spaced[i]
        s = line.strip()
        m = SP_ROW_RE.match(s)
        if m and int(m.group(1)) == 1 and entries and isinstance(entries[-1], str) \
                and SECTION_LINE_RE.match(entries[-1]):
            expected = 1   # the numbers restart under each section (one table per section), not a range row
        if m and int(m.group(1)) == expected and m.group(2):
            entries.append(_sp_cells(m.group(1), m.group(2), names, printed.strip()[m.end(1):]))
            expected += 1
        elif m and int(m.group(1)) == expected and (row := _lone_number_row(table, i, names, entries)):
            entries.append(row[0])   # a row printed one cell line a paragraph under its number alone
            i, expected = row[1], expected + 1
        elif SECTION_LINE_RE.match(s) or (entries and is_row_across(s)):
            entries.append(s)   # a section's heading, or a range row naming the rows it covers
        elif s and entries and not isinstance(entries[-1], str) and _continues_free_text(table, i, expected, names, entries):
            entries[-1] = with_paragraph(entries[-1], s, _block_roles(names, entries))   # a unit or progress more
        elif not s or prints_again(s, head):
            headed += bool(s) and bool(entries) and isinstance(entries[-1], str)   # a section's own table
        elif entries:
            break  # the text after the table
    return _sp_table(entries, names, title.strip() if heads_table(title.strip(), headed) else "")


def _continues_free_text(table: list[str], i: int, expected: int, names: list[str], entries: list) -> bool:
    """Line ``i`` of a text-sp ``table``, opening no row, is one more paragraph of the row above's last cell:
    that column holds free text (a progress report's 一季度工作进展, no unit, deadline or task column: its
    paragraphs per district or topic, ``裕安区：…``, ``电力方面：…``), the line prints one piece (no space parts
    cells in it), and the rows go on under it (the next row, numbered ``expected``, or a section's heading
    opens after such lines only).  Before, the first such paragraph ended the table (holdout sprows-luan,
    batch 44), and before session 64 so did one standing over a section's heading (holdout
    spunitlines-tongliang, batch 99: the rows of the sections after it were lost)."""
    if " " in table[i].strip() or "\u3000" in table[i].strip():
        return False
    roles = _block_roles(names, entries)
    if roles is None or roles[-1] in (*UNIT_ROLES, "lead_responsible", "deadline", "measure", "section", "number"):
        return False
    for j in range(i + 1, len(table)):
        s = table[j].strip()
        m = SP_ROW_RE.match(s)
        if m:
            return int(m.group(1)) == expected
        if SECTION_LINE_RE.match(s):
            return _section_then_row(table, j, expected)
        if not s:
            return further_unit(entries[-1], table[i].strip(), roles)   # the table's last row
        if _opens_sp_row(s) or " " in s or "\u3000" in s:
            return False
    return further_unit(entries[-1], table[i].strip(), roles)


def _section_then_row(table: list[str], j: int, expected: int) -> bool:
    """Line ``j`` of a text-sp ``table`` is a section's heading under which the rows go on: the next line
    opening a row after it and any headings that follow it (`二、重点工作` / `（一）…`) is the row numbered
    ``expected`` (or 1, the numbers restarting under the section)."""
    for s in (ln.strip() for ln in table[j + 1:]):
        if not s or SECTION_LINE_RE.match(s):
            continue
        m = SP_ROW_RE.match(s)
        return bool(m) and int(m.group(1)) in (expected, 1)
    return False


def _opens_sp_row(line: str) -> bool:
    """A line of a text-sp table that starts a row of its own: a numbered row (its number alone on the
    line too) or a section's heading."""
    s = line.strip()
    return bool(SP_ROW_RE.match(s) or SECTION_LINE_RE.match(s))


def _lone_number_row(table: list[str], i: int, names: list[str], entries: list) -> tuple[list, int] | None:
    """(cells, last line) of the row whose number stands alone on line ``i`` of a text-sp ``table``, its
    cells printed one line a paragraph down to the next line opening a row (a row whose cells hold two
    lines each, where the others print one row a line: a content farm's flattened table): the
    paragraphs fitted to the columns by what they read as (``blockread.cut_blocks``: a leader's
    column takes its people, a unit column its names), a free-text column closing the row (a
    progress report's 完成情况) taking the paragraphs left; None when no single reading fits."""
    end = next((j for j in range(i + 1, len(table)) if _opens_sp_row(table[j]) or not table[j].strip()), len(table))
    blocks = [ln.strip() for ln in table[i + 1:end]]
    roles = _block_roles(names, entries)
    if not blocks or roles is None:
        return None
    last = roles[-1]
    for split in range(len(blocks), 0, -1):
        head, tail = blocks[:split], blocks[split:]
        if tail and last in (*UNIT_ROLES, "deadline", "measure"):
            break
        cells = cut_blocks(head, roles if not tail else roles[:-1])
        if cells is not None:
            number = SP_ROW_RE.match(table[i].strip()).group(1)
            return [number] + cells + (["\n".join(tail)] if tail else []), end - 1
    return None


def _block_roles(names: list[str], entries: list) -> tuple[str | None, ...] | None:
    """The roles of the columns after the number, as the rows read so far settle them (the task
    column among the header's section words), a leader column kept as its word names it (people)."""
    rows = [e for e in entries if not isinstance(e, str)]
    grid = [[text_cell(c or "", r, k) for k, c in enumerate(e)] for r, e in enumerate(rows)]
    header = header_of(names, grid)
    if header is None or len(header.roles) != len(names):
        return None
    return tuple("leader" if role_of(n) == "leader" else x for n, x in zip(names[1:], header.roles[1:]))


def _sp_table(entries: list, names: list[str], over: str = "") -> ParsedTable | None:
    """The text-sp table of ``entries`` (a row's cells, or a section row's text) under
    the columns ``names``; ``over``, the line over the header, is the first table's heading
    when it can head one (a notice printing one table per section, each under its heading)."""
    grid: Grid = []
    for e in entries:   # a cell None: merged over the row above (a sub-row of a project, textrows)
        grid.append(span_row(e, len(names), len(grid)) if isinstance(e, str)
                    else [text_cell(c, len(grid), i) if c is not None else copy_down(grid[-1][i])
                          for i, c in enumerate(e)])
    header = header_of(names, grid)
    if grid and is_table_heading(over):
        grid.insert(0, span_row(over, len(names), -1))   # the first table's heading, over its header
    return parse_body(grid, header, "text-sp") if header and grid else None


def _laid_out_grid(table: list[str], names: list[str], title: str) -> ParsedTable | None:
    """A text-sp table laid out in columns of spaces (a PDF's text layer), read by its
    column grid (``parse/textcolumns.py``) and rows (``parse/textrows.py``); None when the lines are not laid out so.
    ``title``, the line over the header, may come again as each page's running header."""
    n = header_lines(table)
    layout = find_layout(table[:n], table[n:], sum(1 for name in names if role_of(name)))
    entries = read_rows(layout, table[:n], table[n:], (title,)) if layout is not None else None
    if not entries:
        return None
    headed = _headed_tables(table[n:], header_keys(table[:n]))
    return _sp_table(entries, list(layout.names), title.strip() if heads_table(title.strip(), headed) else "")


def _headed_tables(lines: list[str], keys: frozenset[str]) -> int:
    """How many times the header is printed again right under a section heading (one
    table per section, each under its heading)."""
    printed = [ln.strip() for ln in lines if ln.strip()]
    return sum(1 for above, ln in zip(printed, printed[1:])
               if prints_again(ln, keys) and SECTION_LINE_RE.match(above))


def _sp_cells(number: str, rest: str, names: list[str], printed: str = "") -> list[str]:
    """A row's cells: its number, then ``rest`` split at its last spaces, one per column after
    the task.  A row printing fewer cells than the header names leaves some empty: the first
    placement (the empty cells as late as may be) where each printed cell reads as its column
    (``_short_row``), else the empty cells are last.  A row whose cells single spaces part,
    ``printed`` as the copy prints it after the number, is first read by its spaces: a run of
    them holds empty (merged) cells, a space among the group cells may be a wrap
    (``spacedrows.spaced_cells``)."""
    if any(role_of(n) == "leader" for n in names):   # 陈 涛: a two-character name Word centred with a space
        rest, printed = PADDED_NAME_RE.sub(r"\1\2", rest), PADDED_NAME_RE.sub(r"\1\2", printed)
    by_spaces = spaced_cells(printed, names) if printed else None
    if by_spaces is not None:
        return [number] + by_spaces
    trailing = max(1, len(names) - 2)
    cells = rest.rsplit(None, trailing)
    if len(cells) < trailing + 1:
        cells = _short_row(cells, tuple(role_of(n) for n in names[1:])) \
            or cells + [""] * (trailing + 1 - len(cells))
    return [number] + cells


def _short_row(cells: list[str], roles: tuple[str | None, ...]) -> list[str] | None:
    """``cells`` placed under the columns of ``roles`` in order, the others empty: the first
    placement (``combinations`` order: the empty columns as late as may be) that prints the task
    column (a row's task is never the empty cell) with a cell naming no unit, and whose printed
    cells read as their columns (``cellkinds.blocks_fit``: unit names under a unit column, a
    deadline under the deadline column), or None (``序号 名称 工作任务 牵头单位`` over
    ``1 <task> 发改委``: the 名称 cell is the empty one, not the unit's)."""
    task = roles.index("measure") if "measure" in roles else None
    for cols in combinations(range(len(roles)), len(cells)):
        if task is not None and (task not in cols or names_one_unit(cells[cols.index(task)])):
            continue
        if blocks_fit(cells, tuple(roles[c] for c in cols)):
            placed = dict(zip(cols, cells))
            return [placed.get(c, "") for c in range(len(roles))]
    return None
