"""Rows and cells of a text copy that the copy spread over lines or ran together.

A table copied as text keeps one row a line only while no cell holds a line
break and no line break is lost.  Three copies break that rule in ways a reader
can undo, and all are undone here, on the lines, before a text-grid parser
(``parse/textgrid.py``) cuts them into cells:

- **Quoted cells** (``join_quoted_cells``): a spreadsheet pastes a row as TAB-separated
  cells and quotes a cell holding a line break as CSV does
  (``1<TAB>做甲<TAB>"县商务局⏎县财政局"<TAB>6月底``), so the row runs on to the line
  where the quote closes; a quote inside such a cell is doubled (``""``).
- **Wrapped cells in space-aligned columns** (``WrappedRows``): a PDF copied as text
  (pdftotext's layout mode) sets each column at its position and wraps a long cell
  onto the next lines, which hold only the cell's rest, at the cell's own position
  (``新建学校8所，新 … 市发展改革委、`` then ``增学位6000个。 … 市财政局``).  Each piece
  goes back to the cell of the row above that starts nearest to it.  Positions are
  counted in characters (pdftotext gives every character one column) or in display
  columns (a CJK character two wide, as typed in a monospaced editor): per table,
  whichever puts the pieces nearer their cells.
- **A short row in space-aligned columns** (``realign_short_rows``): a row with an empty
  cell (no 配合单位) has fewer runs than columns, and splitting it from the right would
  put its deadline under 配合单位.  The rows with every cell give each column's position
  (a header's words are often centred over their columns, so the body is the better
  ruler); a short row's runs go to the columns nearest them.
- **A Markdown table run into one line** (``split_run_on_bar_rows``): a mirror that lost
  the line breaks glues the rows (``| 序号 | 工作任务 || 1 | 做甲 |``), the table title in
  front; its ``|---|---|`` rule says how many cells a row has, so the rows are cut again
  by counting cells.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..text import display_width

#: a quoted cell closes within this many lines of where it opens: pasted cells hold a few
#: unit names or sentences; a quote still open after that many lines is a stray quote
#: mark in the text, not a cell, and the lines stay as they are
QUOTED_CELL_MAX_LINES = 12

_START, _PLAIN, _QUOTED, _QUOTE_IN_QUOTED = range(4)


def join_quoted_cells(lines: list[str], sep: str = "\t") -> list[str]:
    """``lines`` with each row whose quoted cell runs over several lines joined
    into one line, the cell's line breaks kept as ``\\n``.  Only a quote that
    opens a cell and closes within ``QUOTED_CELL_MAX_LINES`` lines, in a row
    holding ``sep``, joins anything."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        record, j = lines[i], i
        while _ends_in_open_quote(record, sep) and j + 1 < len(lines) and j + 1 - i < QUOTED_CELL_MAX_LINES:
            j += 1
            record = f"{record}\n{lines[j]}"
        if j > i and sep in record and not _ends_in_open_quote(record, sep):
            out.append(record)
            i = j + 1
        else:
            out.append(lines[i])
            i += 1
    return out


def _ends_in_open_quote(text: str, sep: str) -> bool:
    """True when a cell of ``text`` opens with a quote that has not closed by its end
    (CSV rules: a quote only opens at a cell's start; ``""`` inside is a quote)."""
    if '"' not in text:
        return False
    state = _START
    for ch in text:
        if state == _START:
            state = _QUOTED if ch == '"' else (_START if ch == sep else _PLAIN)
        elif state == _PLAIN:
            state = _START if ch == sep else _PLAIN
        elif state == _QUOTED:
            state = _QUOTE_IN_QUOTED if ch == '"' else _QUOTED
        else:   # after a quote inside a quoted cell: "" is a quote, else the cell closed
            state = _QUOTED if ch == '"' else (_START if ch == sep else _PLAIN)
    return state == _QUOTED


def unquote_cell(cell: str) -> str:
    """A cell's text without the quotes a spreadsheet put around it (``"A⏎B"`` ->
    ``A⏎B``, ``""`` -> ``"``); a cell that is not quoted that way is kept as printed
    (``"双随机"监管`` is text with quotation marks)."""
    if len(cell) < 2 or cell[0] != '"' or cell[-1] != '"':
        return cell
    inner = cell[1:-1]
    if inner.replace('""', "").count('"'):
        return cell   # a lone quote inside: not a quoted cell
    return inner.replace('""', '"')


#: the runs of a wrapped line: words joined by single spaces (``4.5 万人``) are one piece
_PIECE_RE = re.compile(r"\S+(?: \S+)*")


def pieces(line: str) -> list[tuple[int, int, str]]:
    """``(character position, display position, text)`` of each run of ``line``."""
    return [(m.start(), display_width(line[:m.start()]), m.group()) for m in _PIECE_RE.finditer(line)]


def cell_starts(line: str, cells: list[str]) -> list[tuple[int, int] | None] | None:
    """``(character, display)`` position where each of a row's ``cells`` starts in
    its ``line`` (found in order; None for an empty cell), or None when a cell
    cannot be found."""
    out: list[tuple[int, int] | None] = []
    i = 0
    for cell in cells:
        if not cell:
            out.append(None)
            continue
        j = line.find(cell, i)
        if j < 0:
            return None
        out.append((j, display_width(line[:j])))
        i = j + len(cell)
    return out


def rejoin_wrapped(rows: list[tuple[list[str], list[tuple[int, int]] | None, list[str]]]) -> list[list[str]]:
    """Rows of cells with their wrapped rests put back: each row is ``(cells, starts,
    continuation lines)``; a piece of a continuation line joins the cell (not the
    first, the row number) that starts nearest to it, in the position measure that
    fits the table best (characters or display columns)."""
    def nearest(starts, pos_of, piece):
        return min((c for c in range(1, len(starts)) if starts[c]),
                   key=lambda c: (abs(starts[c][pos_of] - piece[pos_of]), c))

    def usable(starts) -> bool:
        return bool(starts) and any(starts[1:])

    def misfit(pos_of: int) -> int:
        return sum(abs(starts[nearest(starts, pos_of, pc)][pos_of] - pc[pos_of])
                   for _, starts, conts in rows if usable(starts)
                   for line in conts for pc in pieces(line))

    pos_of = 0 if misfit(0) < misfit(1) else 1
    out = []
    for cells, starts, conts in rows:
        cells = list(cells)
        if usable(starts):
            for line in conts:
                for pc in pieces(line):
                    c = nearest(starts, pos_of, pc)
                    cells[c] = _join_rest(cells[c], pc[2])
        out.append(cells)
    return out


def _join_rest(head: str, rest: str) -> str:
    """A wrapped cell's text: the rest runs on with no space, unless both sides are
    Latin letters or digits (words a space separated before the wrap)."""
    if head and head[-1].isascii() and head[-1].isalnum() and rest[0].isascii() and rest[0].isalnum():
        return f"{head} {rest}"
    return head + rest


def indented_lines(lines: list[str], raw_text: str, trailing_tabs: bool = False) -> list[str]:
    """``lines`` as the input printed them, leading white space kept: the locate stage
    strips every line, which loses where a wrapped rest stands (and, with
    ``trailing_tabs``, the TABs at a line's end: a TAB copy's empty last cells).  Each
    line is found, in order, among the raw lines; one that is not (the locate stage
    changed it) stays as it is."""
    raw = raw_text.splitlines()
    at: dict[str, list[int]] = {}
    for j, r in enumerate(raw):
        at.setdefault(r.strip(), []).append(j)
    out, k = [], 0
    for line in lines:
        found = at.get(line.strip(), []) if line.strip() else []
        n = bisect_left(found, k)
        if n == len(found):
            out.append(line)
        else:
            out.append(raw[found[n]].rstrip(_SPACE_BUT_TAB if trailing_tabs else None))
            k = found[n] + 1
    return out


_SPACE_BUT_TAB = " \u3000\xa0\r\n\f\v"


#: a Markdown rule under a header: two or more ``---`` cells (``:---:`` aligned)
_BAR_RULE_RUN_RE = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}")


def split_run_on_bar_rows(lines: list[str]) -> list[str]:
    """``lines`` with a Markdown table that lost its line breaks cut into one row a
    line: the rule's cells give the row width; the header is the last row before the
    rule, text before it (the table title) and after the last row stand on lines of
    their own.  A line whose cells do not come out in whole rows stays as it is."""
    out: list[str] = []
    for line in lines:
        m = _BAR_RULE_RUN_RE.search(line) if "---" in line else None
        rows = _cut_bar_rows(line, m) if m and line.strip() != m.group() else None
        out.extend(rows if rows else [line])
    return out


def _cut_bar_rows(line: str, rule: re.Match) -> list[str] | None:
    width = rule.group().count("|") - 1
    before, after = line[:rule.start()].rstrip(), line[rule.end():]
    if not before.endswith("|"):
        return None
    head = before.split("|")[:-1]
    if len(head) < width + 1:
        return None
    prefix, header = "|".join(head[:-width]), head[-width:]
    tokens = after.split("|")
    body, rest = tokens[:-1], tokens[-1]
    if len(body) % (width + 1) or any(body[k].strip() for k in range(0, len(body), width + 1)):
        return None
    rows = [body[k + 1:k + 1 + width] for k in range(0, len(body), width + 1)]
    out = [prefix.strip()] if prefix.strip() else []
    out += [_bar_line(header), rule.group()] + [_bar_line(r) for r in rows]
    return out + ([rest.strip()] if rest.strip() else [])


def _bar_line(cells: list[str]) -> str:
    return "|" + "".join(f" {c.strip()} |" if c.strip() else " |" for c in cells)


def realign_short_rows(rows: list[list]) -> None:
    """Re-cut, in place, the short rows of a space-aligned table by the column positions
    of its full rows.  ``rows`` holds ``[cells, cell starts, wrapped lines, line]`` per
    row, ``line`` set (the row as printed) only for a row that had fewer runs than
    columns.  A short row keeps its cells when two of its runs would share a column or
    its number would leave the first column."""
    full = [st for _, st, _, line in rows if line is None and st and all(st)]
    if not full or not any(r[3] is not None for r in rows):
        return
    ncols = len(full[0])
    full = [st for st in full if len(st) == ncols]

    def spread(k: int) -> int:
        return sum(max(st[c][k] for st in full) - min(st[c][k] for st in full) for c in range(ncols))

    k = 0 if spread(0) <= spread(1) else 1      # the measure the full rows agree in
    ruler = [sorted(st[c][k] for st in full)[len(full) // 2] for c in range(ncols)]
    for row in rows:
        cells, _, _, line = row
        if line is None or len(cells) != ncols:
            continue
        placed: list[str] = [""] * ncols
        starts: list[tuple[int, int] | None] = [None] * ncols
        for piece in pieces(line):
            c = min(range(ncols), key=lambda col: abs(ruler[col] - piece[k]))
            if placed[c]:
                break
            placed[c], starts[c] = piece[2], (piece[0], piece[1])
        else:
            if placed[0] == cells[0]:
                row[0], row[1] = placed, starts
