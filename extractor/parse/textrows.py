"""The rows of a table laid out in columns of spaces (``textcolumns.py`` finds the columns).

Rows are opened by their number (the column headed 序号).  A cell printed at the top of
its row starts on the number's line, and the lines down to the next number hold its
rests.  A PDF whose cells are centred in their rows (``middle``) prints a short cell
between a tall cell's lines, and the number halfway down its row: a row then reaches as
many lines below its number as above it, or one more (a row of two lines prints its number
on the first) or one fewer, and of those the reach whose last line fewest cells run on from
is taken (a piece filling its column to the edge goes on in the piece under it: 2025年1 /
2月底前); the lines the upper row does not take open the lower one.  A copy is read as
centred when a block of rows starts with lines above its first number, or a row's number
line leaves a column empty that the lines under it fill, or its rows shared out so part
fewer cells than rows cut at their numbers; one blank line between two numbers is where
the rows part.  A row whose number and name cells are merged
over several task rows is cut into them (``parse/subrows.py``).

Lines that are not rows: a line holding only a section heading (``一、…``) across the
columns, or at the left edge in the number column alone (a short heading, 一、稳就业, that ends
before the task column: a row's number is never 一、), is a section row, one holding only a range clause (``以上两项由X牵头…``, across the
columns or in one) a range row (``cellclause.range_row``; under the last row it closes the
table); the header printed again at a page break separates blocks;
a line whose words stand across a gutter or whose number cell holds words ends the
table after its last number (the text after the table) and is left out before it
(a page header); so does a section heading after the last number (二、工作要求 over the text
after the table heads no row).
"""
from __future__ import annotations

from .inline import read_range_line
from .subrows import RUNS_ON, RowLine, SubRows
from .tableheader import role_of
from ..text import LINE_START_MARKS, SENTENCE_ENDS
from .textcolumns import (ROW_NUMBER_RE, SECTION_LINE_RE, Layout, column_of, cut_by_width, header_keys,
                          prints_again, tokens)

_SEP = object()   #: the header printed again (a page break)


def line_cells(line: str, layout: Layout) -> tuple[list[str], tuple[int, ...]] | None:
    """The text ``line`` prints in each column (words of one column on one line joined
    by a space) and the room each column's piece leaves before the column's edge (the
    widest line's end), or None when a word stands across a gutter."""
    cells = [""] * len(layout.columns)
    room = [end - start for start, end in layout.columns]
    for t in tokens(line, layout.measure):
        c = column_of(t, layout.columns)
        if c is None:
            return None
        cells[c] = f"{cells[c]} {t.text}" if cells[c] else t.text
        room[c] = layout.columns[c][1] - t.end
    return cells, tuple(room)


def read_rows(layout: Layout, head: list[str], body: list[str],
              page_lines: tuple[str, ...] = ()) -> list[str | list[str | None]] | None:
    """The rows of a laid-out table, top to bottom: a str for a section row, else the
    row's cells, each cell's lines joined (None: a cell merged over the row above, ``SubRows``).  The header's lines and ``page_lines`` (the
    table's title, a running page header over the header printed again) separate pages.
    None without a number column or a row."""
    roles = [role_of(n) for n in layout.names]
    if "number" not in roles:
        return None
    number = roles.index("number")
    keys = header_keys((*head, *page_lines))
    items: list = []
    ranged: set[int] = set()   # the items that are range rows
    blank = False
    for line in body:
        if not line.strip():
            blank = True
            continue
        after_blank, blank = blank, False
        if prints_again(line, keys):
            items.append(_SEP)
            continue
        cells, room = line_cells(line, layout) or (None, ())
        filled = [c for c, text in enumerate(cells or []) if text]
        alone = cells is None or (len(filled) == 1 and filled[0] > number)   # across the gutters, or one cell
        if (alone or filled == [number]) and SECTION_LINE_RE.match(line):
            items.append(line.strip())
        elif alone and read_range_line(line.strip()) is not None:
            ranged.add(len(items))   # a range row: a row across the table naming the rows it covers
            items.append(line.strip())
        elif cells is None or (cells[number] and not ROW_NUMBER_RE.match(cells[number])):
            items.append(None)   # not a row line: a page header, or the text after the table
        else:
            items.append(RowLine(cells, bool(cells[number]), after_blank, room))
    last = max((i for i, it in enumerate(items) if isinstance(it, RowLine) and it.opens), default=None)
    if last is None:
        return None
    # a line that is no row, or a heading, after the last number: the text after the table (a
    # heading there heads no row)
    end = next((i for i in range(last, len(items)) if items[i] is None
                or (isinstance(items[i], str) and i not in ranged)), len(items))
    ranges = [i for i in range(last + 1, end) if i in ranged]
    if ranges:   # range rows under the last row close the table (the rows they name are above)
        end = next((i for i in range(ranges[0], end) if i not in ranged), end)
    # the lines down to the last number say how cells sit in their rows (the lines after it
    # may be the text after the table)
    middle = _centred(_blocks([it for it in items[:last + 1] if it is not None]), number, layout.measure)
    if not middle:   # a line filling a column the last number's line left empty: after the table
        empty = {c for c, text in enumerate(items[last].cells) if not text}
        end = next((i for i in range(last + 1, end) if isinstance(items[i], RowLine)
                    and any(items[i].cells[c] for c in empty)), end)
    blocks = _blocks([it for it in items[:end] if it is not None])
    out: list[str | list[str]] = []
    rows: list[list[RowLine]] = []
    for opener, lines in blocks:
        if isinstance(opener, str):
            out.append(opener)
        grouped = (_group_middle(lines, layout.measure, final=lines is blocks[-1][1]) if middle
                   else _group_top(lines))
        for group in grouped:
            if not any(ln.opens for ln in group):   # a row's rest after a page break
                if rows:
                    rows[-1].extend(group)
                continue
            rows.append(group)
            out.append(group)
    sub_rows, read = SubRows(roles), []
    for e in out:   # a row whose first cells are merged over several task rows: a row per task row
        read.extend([e] if isinstance(e, str) else
                    (_join_row(lines, layout, merged) for lines, merged in sub_rows.split(e)))
    return read


def _blocks(items: list) -> list[tuple[object, list[RowLine]]]:
    """The row lines in runs between section rows and repeated headers: (what opens the
    run: None at the table's start, the section's text, or ``_SEP``; its lines)."""
    blocks: list[tuple[object, list[RowLine]]] = [(None, [])]
    for it in items:
        if isinstance(it, RowLine):
            blocks[-1][1].append(it)
        else:
            blocks.append((it, []))
    return blocks


def _centred(blocks, number: int, measure: int) -> bool:
    """True when the cells are centred in their rows: a run that a section or the
    table's start opens begins with lines above its first number, or a row's number
    line leaves a column empty that the lines under it (before the next number) fill,
    or the rows shared out as centred ones part fewer cells than the rows cut at their
    numbers (``_parted``: a copy whose every row's number line fills every column, 2025年1
    / 2月底前 running on across the next number's line)."""
    for opener, lines in blocks:
        if lines and opener is not _SEP and not lines[0].opens:
            return True
        empty: set[int] = set()
        for ln in lines:
            if ln.opens:
                empty = {c for c, text in enumerate(ln.cells) if not text and c != number}
            elif any(ln.cells[c] for c in empty):
                return True
    return sum(_parted(_group_middle(lines, measure, final=False), measure) for _, lines in blocks) < sum(
        _parted(_group_top(lines), measure) for _, lines in blocks)


def _parted(groups: list[list[RowLine]], measure: int) -> int:
    """How many cells ``groups`` (rows, in order) part: cells running on from one row into the next."""
    return sum(_runs_on(upper, lower, measure) for upper, lower in zip(groups, groups[1:]))


def _group_top(lines: list[RowLine]) -> list[list[RowLine]]:
    """Cells at the top of their rows: a row is its number's line and the lines under
    it down to the next number (lines before the first number: a group of their own)."""
    groups: list[list[RowLine]] = []
    for ln in lines:
        if ln.opens or not groups:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


def _group_middle(lines: list[RowLine], measure: int, final: bool) -> list[list[RowLine]]:
    """Cells centred in their rows: the first row of the run takes every line above its
    number, each next row the lines between the numbers its upper neighbour leaves; a row
    reaches as many lines below its number as above it, one more (a row of an even number of
    lines, its number on the upper middle line: two lines, the number on the first) or one
    fewer, whichever leaves the fewest cells running on into the lines under it (``_runs_on``),
    then the fewest cells with a line printing nothing between two of their lines (``_gapped``), as many as above on a
    tie.  In the table's last run the lines past the last row's reach
    are the text after the table."""
    opens = [i for i, ln in enumerate(lines) if ln.opens]
    if not opens:
        return [lines] if lines else []
    groups, top, reach = [], 0, opens[0]
    for k, at in enumerate(opens):
        nxt = opens[k + 1] if k + 1 < len(opens) else len(lines)
        bottom = nxt - 1
        if k + 1 < len(opens) or final:
            below = lines[nxt:opens[k + 2] if k + 2 < len(opens) else len(lines)]   # the next row's lines and more
            reaches = [b for b in (at + reach, at + reach + 1, at + reach - 1) if at <= b < nxt]
            bottom = min(reaches, key=lambda b: (_runs_on(lines[top:b + 1], lines[b + 1:nxt] + below, measure),
                                                 _gapped(lines[top:b + 1]) + _gapped(lines[b + 1:nxt + 1])),
                         default=bottom)
        gaps = [j for j in range(at + 1, nxt + 1) if j < len(lines) and lines[j].after_blank]
        if k + 1 < len(opens) and len(gaps) == 1:
            bottom = gaps[0] - 1   # one blank line between two numbers: where pdftotext saw the rows part
        groups.append(lines[top:bottom + 1])
        top, reach = bottom + 1, max(0, nxt - bottom - 1)
    return groups


def _gapped(lines: list[RowLine]) -> int:
    """In how many columns the pieces ``lines`` print stand apart, a line printing nothing in the column between two
    that do, other than a number's line: a centred cell prints its lines one under another (a cell of two lines in a
    row of three may leave the number's line between them empty), so a reach leaving one so is the worse of two that
    part as many cells (a long unit cell wrapped to a fourth line under a row of three: 市 / 生态环境局游仙分局 went to
    the row under it, whose own cell is one line on its number's; blindsynth bs4092, stream 28's cause 5)."""
    count = 0
    for c in range(len(lines[0].cells) if lines else 0):
        printed = [k for k, ln in enumerate(lines) if ln.cells[c]]
        count += any(not lines[k].cells[c] and not lines[k].opens for k in range(printed[0] + 1, printed[-1])) \
            if printed else 0
    return count


def _runs_on(upper: list[RowLine], lower: list[RowLine], measure: int) -> int:
    """In how many columns the last piece the lines ``upper`` print goes on in the first piece
    the lines ``lower`` under them print: a piece that fills its column to the edge and ends no
    sentence (``cut_by_width``: 完成交通干线提升改造42公 / 里，…), one ending with a list's or a
    clause's mark (市卫健委、 / 市农业农村局), or a piece opening with a mark no line opens with
    (… / ，打通断头路8条。)."""
    count = 0
    for c in range(len(upper[0].cells) if upper else 0):
        head = next((ln for ln in reversed(upper) if ln.cells[c]), None)
        rest = next((ln.cells[c] for ln in lower if ln.cells[c]), "")
        if head is None or not rest:
            continue
        text = head.cells[c]
        if rest.startswith(LINE_START_MARKS) or text.endswith(RUNS_ON) or (
                not text.endswith(SENTENCE_ENDS) and c < len(head.room)
                and cut_by_width(head.room[c], rest, measure)):
            count += 1
    return count


def _join_row(lines: list[RowLine], layout: Layout, merged: tuple[int, ...] = ()) -> list[str | None]:
    """A row's cells: each column's text on the row's lines, in order, joined as a
    wrapped cell's lines are (``join_rest``; a line that filled its column to the edge was
    cut by the width, ``cut_by_width``); None in the columns ``merged`` (a sub-row under a
    cell merged over it: the cell of the row above)."""
    ncols = len(layout.columns)
    cells: list[str | None] = [""] * ncols
    room: list[int | None] = [None] * ncols   # the room the column's last piece left
    for ln in lines:
        for c, text in enumerate(ln.cells):
            if text:
                cut = room[c] is not None and cut_by_width(room[c], text, layout.measure)
                cells[c] = join_rest(cells[c], text, cut) if cells[c] else text
                room[c] = ln.room[c] if c < len(ln.room) else None
    for c in merged:
        cells[c] = None
    return cells


def join_rest(head: str, rest: str, cut: bool = False) -> str:
    """A wrapped cell's text: the rest runs on with no space (a number cut by the wrap,
    2020年1 / 2月底前, too), unless both sides are Latin letters (words a space separated
    before the wrap) and the head's line was not ``cut`` by the width (``DR`` / ``G付费`` in a
    line that filled its column: one word cut)."""
    if not cut and head and _latin(head[-1]) and _latin(rest[0]):
        return f"{head} {rest}"
    return head + rest


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()
