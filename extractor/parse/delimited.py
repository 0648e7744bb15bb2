"""Stage 5b, text grids: a table that reached the store as delimited text, headed or not.

An attachment converted by a spreadsheet's ``.csv`` export, or a document site's "text view", prints a table
one row a line, its cells parted by a comma, a bar or a TAB (``6 , 市规划局 , <duty>. ,``; ``序号,流程名称,…``), or
as a law database breaks it, one ``| X`` cell a line; the page may keep no header row at all (the store holds a
later page of the table).  One reader takes them all (docs/parsing.md, "Delimited rows"):

- **the delimiter** is found from the lines themselves (``delimiter_of``): the one of ``DELIMITERS`` most lines
  print outside quotes and brackets, and only where the lines holding it are most of the lines from the first
  to the last of them (the cheap test: a notice of prose lines is none);
- **the cells** are cut as Python's ``csv`` module cuts them (``split_cells``: a quote opens a quoted cell only
  at the cell's start, ``""`` inside is a quote, a quote inside an unquoted cell is text, white space after the
  delimiter skipped), and a delimiter inside a bracket (``（…）``, ``《…》``) parts nothing; a quoted cell runs on
  over lines (``textcells.join_quoted_cells``); a line printing no delimiter, or one that opens with it and
  prints one cell, continues the row above (a cell's next line);
- **the header**, a row of role words (``textgrid.header_of``), is read as the TAB copy's is (the comma for the
  TAB); a bar or TAB table under a header is text-bar's, text-tab's and text-pipe's, read by them;
- **without a header** each column's contents say what it holds (``_column_kinds``): unit names in every cell a
  unit column (each one's units lead: no word parts lead from support), a date or a span of years the deadline,
  bare numbers the row's number, the longest text the task, text before it the groups (merged over their rows:
  a short row prints only its last cells, the ones before it are the row above's).

Each reading enters the candidates as every reader's does (``forms.PARSERS``; docs/parsing.md section 4).
"""
from __future__ import annotations

import re
from collections import Counter

from .cellkinds import reads_as_deadline
from .grid import Cell, Grid, copy_down
from .hardwraps import blank_spaced, spacing_blanks
from .tableheader import HEADER_SEARCH_ROWS, Header
from .textcells import join_quoted_cells
from .textgrid import header_of, parse_body, parse_row_lines, text_cell, text_lines
from .unitlists import is_unit_list
from .wrapwidth import CELL_DELIMITERS
from ..models import Located, ParsedTable
from ..numbering import SECTION_RE
from ..text import fold
from .columns import CN_NUMERAL_RE

#: the marks a delimited copy parts its cells with, in the order a tie is settled
DELIMITERS = CELL_DELIMITERS
#: a delimited table prints at least this many rows
MIN_ROWS = 3
#: the lines holding the delimiter are at least this share of the non-blank lines from the first to the last of them
MIN_DELIMITED_SHARE = 0.5
#: a row prints at least this many cells in a table (a line with one comma is a sentence's)
MIN_CELLS = 3
#: brackets a delimiter inside parts nothing (a cell's note: ``（市发改委,市财政局）``)
_OPENERS, _CLOSERS = "（(《【[〔", "）)》】]〕"
#: a span of years, the deadline a plan's period column prints (``2011-2015``, ``2016—2020年``; cut: ``2011-``)
YEAR_SPAN_RE = re.compile(r"^\d{4}\s*年?\s*[-—–~～至到]\s*(\d{4}\s*年?)?$")
#: a row's number: digits alone, or a group's numeral (一, 二、)
_NUMBER_RE = re.compile(r"^\d{1,3}[.、]?$")
#: a bare ``|`` rule line of a Markdown dump (``|---|:--|``)
_RULE_RE = re.compile(r"^[\s|:+\-=—]+$")


def parse_delimited_text(located: Located) -> ParsedTable | None:
    """The table of a notice whose lines are mostly delimited rows, or None (module docstring)."""
    lines = text_lines(located)
    sep = delimiter_of(lines)
    if sep is None:
        return None
    if blank_spaced(lines):   # a copy setting a blank line after every line: its single blanks are spacing
        spacing = spacing_blanks(lines)
        lines = [ln for i, ln in enumerate(lines) if i not in spacing]
    breaks_before = sep == "|" and _breaks_before_pipes(lines)
    rows = _pipe_rows(lines) if breaks_before else _line_rows(lines, sep)
    # the header: a row of role words among the first rows printing several cells (the lines over them: a title, a letter)
    several = [i for i, r in enumerate(rows) if len(r) > 1][:HEADER_SEARCH_ROWS]
    at = next((i for i in several if header_of(rows[i])), None)
    form = "text-pipe" if breaks_before else _form_of(lines, sep)
    if at is not None:
        if sep != ",":
            return None   # a TAB or bar table under its header: text-tab, text-bar and text-pipe read it
        # the comma for the TAB: the TAB copy's reader (a two-level header, section rows, parts, the title over it)
        tabbed = ["\t".join(c.replace("\t", " ") for c in r) if len(r) > 1 else r[0] for r in rows]
        return parse_row_lines(tabbed, lambda ln: "\t" in ln, lambda ln: [c.strip() for c in ln.split("\t")], form)
    return _headerless(rows, form)


def delimiter_of(lines: list[str]) -> str | None:
    """The mark of ``DELIMITERS`` most lines print (outside a quote or bracket, at least ``MIN_ROWS`` lines), when
    those lines are at least ``MIN_DELIMITED_SHARE`` of the non-blank lines from the first to the last of them;
    else None: a notice of prose lines, a letter with a comma or a bar here and there, is no delimited table."""
    best, most = None, 0
    for sep in DELIMITERS:
        held = [i for i, ln in enumerate(lines) if sep in ln]
        if len(held) < MIN_ROWS:
            continue
        if sep == ",":   # a comma inside a bracket or a quote parts no cells (a bar or a TAB is no prose mark)
            held = [i for i in held if len(split_cells(lines[i], sep)) > 1]
        if len(held) < MIN_ROWS or len(held) <= most:
            continue
        span = sum(1 for ln in lines[held[0]:held[-1] + 1] if ln.strip())
        if len(held) >= span * MIN_DELIMITED_SHARE:
            best, most = sep, len(held)
    return best


def split_cells(line: str, sep: str) -> list[str]:
    """The cells of one row, as ``csv.reader`` cuts them (``skipinitialspace``, the excel dialect's quoting: a quote
    opens a quoted cell only at the cell's start, ``""`` inside it is a quote, a quote in an unquoted cell is text,
    text after a quoted cell's closing quote joins it), a ``sep`` inside a bracket parting nothing; each cell
    stripped.  A bar row's bars at its ends (``| a | b |``) open and close it, no empty cells."""
    s = line.strip()
    if sep == "|":
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") else s
    cells: list[str] = []
    cell: list[str] = []
    start, quoted, after_quote, depth = True, False, False, 0
    for ch in s:
        if quoted:
            if ch == '"':
                quoted, after_quote = False, True
            else:
                cell.append(ch)
            continue
        if after_quote:
            after_quote = False
            if ch == '"':   # "" inside a quoted cell: a quote, and the cell goes on
                cell.append(ch)
                quoted = True
                continue
        if ch == sep and depth == 0:
            cells.append("".join(cell).strip())
            cell, start = [], True
            continue
        if start:
            if ch in " \u3000" and sep != " ":
                continue
            start = False
            if ch == '"':
                quoted = True
                continue
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        cell.append(ch)
    cells.append("".join(cell).strip())
    return cells


def _form_of(lines: list[str], sep: str) -> str:
    """The form a one-row-a-line copy is recorded as: a TAB's ``text-tab``, a bar's ``text-bar``; a comma's as a
    spreadsheet's CSV prints it (no space by it: ``text-tab``, the comma for the TAB) or as a converter prints a bar
    table (a space on either side, `` , ``: ``text-bar``)."""
    if sep != ",":
        return "text-tab" if sep == "\t" else "text-bar"
    marks = spaced = 0
    for line in lines:
        for i, ch in enumerate(line):
            if ch == ",":
                marks += 1
                spaced += (i > 0 and line[i - 1] == " ") or (i + 1 < len(line) and line[i + 1] == " ")
    return "text-bar" if spaced * 2 > marks else "text-tab"


def _breaks_before_pipes(lines: list[str]) -> bool:
    """A law database's dump (``| X`` a line, a bare ``|`` closing a row): most lines holding a bar open with it
    and do not close with one."""
    bars = [ln.strip() for ln in lines if "|" in ln]
    return sum(1 for s in bars if s.startswith("|") and (s == "|" or not s.endswith("|"))) * 2 > len(bars)


def _pipe_rows(lines: list[str]) -> list[list[str]]:
    """The rows of a dump breaking its lines before each bar: a line without a bar opens a row (its first cell) or,
    after a cell, is that cell's next line; ``| X`` opens a cell (``| | X``: an empty one, then X); a bare ``|``
    closes the row.  The lines over the first bar's cell stand as rows of one cell."""
    rows: list[list[str]] = []
    row: list[str] | None = None
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if not s.startswith("|"):
            if row is None:
                row = [s]
                rows.append(row)
            else:
                row[-1] = f"{row[-1]}\n{s}" if row[-1] else s
            continue
        if row is None:
            row = [""]
            rows.append(row)
        if s == "|":
            row = None
            continue
        row.extend(p.strip() for p in s[1:].split("|"))
    return [_trimmed(r) for r in rows]


def _line_rows(lines: list[str], sep: str) -> list[list[str]]:
    """The rows of a one-row-a-line copy: a quoted cell run over lines joined (``textcells.join_quoted_cells``), each
    line cut (``split_cells``, empty cells at its end dropped); a line printing no ``sep``, or opening with it and
    printing one cell, is the row above's last cell's next line (a duty cell printed over lines: ``, <line> ,``)."""
    rows: list[list[str]] = []
    for line in join_quoted_cells(lines, sep) if sep != "|" else lines:
        s = line.strip()
        if not s or (sep == "|" and _RULE_RE.match(s) and "-" in s):
            continue
        cells = _trimmed(split_cells(s, sep)) if sep in s else [s]
        if rows and len(rows[-1]) > 1 and (len(cells) == 1 and sep not in s
                                           or not cells[0] and sum(1 for c in cells if c) == 1):
            more = next(c for c in cells if c)
            rows[-1][-1] = f"{rows[-1][-1]}\n{more}"
            continue
        rows.append(cells)
    return rows


def _trimmed(cells: list[str]) -> list[str]:
    """``cells`` less the empty ones closing the row (a CSV's padding, a bar closing the row)."""
    end = len(cells)
    while end > 1 and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _headerless(rows: list[list[str]], form: str) -> ParsedTable | None:
    """The table of ``rows`` no header names: the body from the first row of ``MIN_CELLS`` cells on, each row placed
    under the columns (``_aligned``), each column's role read from its cells (``_column_kinds``)."""
    first = next((i for i, r in enumerate(rows) if len(r) >= MIN_CELLS), None)
    if first is None:
        return None
    body = rows[first:]
    width = max(len(r) for r in body)
    # a table's rows print one width (a group's first row, wider, aside): prose cut at its commas prints any
    common, count = Counter(len(r) for r in body).most_common(1)[0]
    if common < MIN_CELLS or count * 2 < len(body) or count < MIN_ROWS:
        return None
    grid = _aligned(body, width)
    if grid is None:
        return None
    roles = _column_kinds(grid, width)
    if roles is None:
        return None
    return parse_body(grid, Header(0, roles, ("",) * width), form)


def _aligned(body: list[list[str]], width: int) -> Grid | None:
    """``body`` as a grid of ``width`` columns: a row printing every column as printed; a shorter one opening with a
    row number (``6 , 市规划局 , …``) padded with empty cells at its end; else placed under the last columns, the
    cells before it the row above's (a group's cells merged over its rows print on its first row only)."""
    grid: Grid = []
    for r, row in enumerate(body):
        if len(row) == width or _NUMBER_RE.match(fold(row[0])):
            grid.append([text_cell(row[c] if c < len(row) else "", r, c) for c in range(width)])
        elif grid:
            lost = width - len(row)
            grid.append([copy_down(grid[-1][c]) for c in range(lost)]
                        + [text_cell(t, r, lost + c) for c, t in enumerate(row)])
        else:
            return None
    return grid


def _kind(text: str) -> str:
    """What one cell holds: ``number``, ``units``, ``deadline`` or ``text``."""
    folded = fold(text).strip()
    if _NUMBER_RE.match(folded) or CN_NUMERAL_RE.fullmatch(folded) or SECTION_RE.fullmatch(folded):
        return "number"
    if reads_as_deadline(folded) or YEAR_SPAN_RE.match(folded):
        return "deadline"
    parts = [p for p in text.split("\n") if p.strip()]
    if parts and all(is_unit_list(p.strip()) for p in parts):
        return "units"
    return "text"


def _column_kinds(grid: Grid, width: int) -> tuple[str, ...] | None:
    """Each column's role, read from the cells the rows print in it (copies of a merged cell aside): one kind in
    every cell (``_kind``) names a number column (``number``), a unit column (``lead``: no word parts lead from
    support) or the deadline (the first such column); of the text columns the longest is the task (``measure``),
    those before it the groups (``section``), those after it kept beside (``extra``).  None without a task column
    and a unit column: rows of cells no column of which lists units are no task table."""
    kinds: list[str | None] = []
    for c in range(width):
        cells = [row[c].text for row in grid if not row[c].row_copy and not row[c].col_copy and row[c].text]
        found = {_kind(t) for t in cells}
        kinds.append(found.pop() if len(found) == 1 else ("text" if cells else None))
    texts = [c for c, k in enumerate(kinds) if k == "text"]
    printed = [sum(1 for row in grid if row[c].text and not row[c].row_copy) for c in range(width)]
    # a unit column prints its own names in most rows (a letter's recipients over prose cut at commas print once)
    units = [c for c, k in enumerate(kinds) if k == "units" and printed[c] * 2 >= len(grid)]
    if not texts or not units:
        return None
    task = max(texts, key=lambda c: sum(len(row[c].text) for row in grid if not row[c].row_copy))
    roles = []
    for c, k in enumerate(kinds):
        if c == task:
            roles.append("measure")
        elif c in units:
            roles.append("lead")
        elif k == "deadline" and "deadline" not in roles:
            roles.append("deadline")
        elif k == "number" and c < task and "number" not in roles:
            roles.append("number")
        elif k == "text" and c < task:
            roles.append("section")
        else:
            roles.append("extra")
    return tuple(roles)
