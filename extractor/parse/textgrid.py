"""Stage 5b, text grids: tables that reached us as plain text.

One parser per form (docs/forms.md), each ``Located -> ParsedTable | None``
returning None when its form is absent.  Each builds a ``Grid`` and a
``Header`` and hands them to ``table.parse_grid``, so sections, numbers,
units and extra columns mean the same in every form:

- ``parse_pipe_text`` (``text-pipe``): a portal's table dumped one
  ``X |`` cell a line; a variant adds a 序号 column and cells wrapped over lines.
- ``parse_tab_text`` (``text-tab``): a word processor's copy, one row a
  line, cells split by TAB; a rowspan leaves its later cells empty.  The
  same with cells split by ``|`` (``text-bar``, Markdown-like dumps).
- ``parse_bl_text`` (``text-bl``): one cell per line, blank lines
  between cells, a row opened only by a bare integer = previous + 1.
- ``parse_sp_text`` (``text-sp``): one row a line, cells split by
  spaces, the header letter-spaced (``工 作 任 务``).
- ``parse_box_text`` (``text-box``): box-drawing borders, cells
  wrapped inside words, unit cells spanning several task rows.
"""
from __future__ import annotations

import logging
import re

from .grid import Cell, Grid, is_pipe_line, pipe_grid, pipe_tokens
from ..models import TABLE_MARK, Located, ParsedTable
from ..text import BARE_NUMBER_RE, MEASURE_RE, SECTION_RE, compact, display_width, fold, simplified
from .roles import header_roles
from .table import Header, find_header, parse_grid, role_of

log = logging.getLogger(__name__)

#: a section label that opens a full-width row in a text grid: 一、 / （一） / 第一部分
_SECTION_ROW_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分条节篇])")
_BOX_CHARS = "│├┤┼─┌┐└┘┬┴┃━┏┓┗┛┣┫╋┳┻═║╔╗╚╝╠╣╬╦╩"
_BOX_VERTICAL = "│┃║"
_BOX_RULE_RE = re.compile(rf"^[{_BOX_CHARS}\s]+$")


def text_lines(located: Located) -> list[str]:
    """The content lines of a text input (HTML tables' place markers dropped)."""
    return [ln for ln in located.lines if not ln.startswith(TABLE_MARK)]


def header_of(names: list[str], body: Grid | None = None) -> Header | None:
    """A one-row header for text-grid column ``names`` (None without >= 2 roles)."""
    if sum(1 for n in names if role_of(n)) < 2:
        return None
    found = find_header([[text_cell(n, 0, c) for c, n in enumerate(names)]] + (body or []))
    if found is None or found.rows != 1:
        return None
    return found


def text_cell(text: str, row: int, col: int) -> Cell:
    """A grid cell holding ``text`` (empty text -> no parts)."""
    return Cell(tuple(p for p in [text.strip()] if p), (row, col))


def span_row(text: str, ncols: int, row: int) -> list[Cell]:
    """A full-width row (a section heading): one cell spanning every column,
    as an HTML colspan would be, so ``parse_grid`` reads it as a section."""
    return [Cell((text.strip(),), (row, 0), col_copy=c > 0) for c in range(ncols)]


def split_header_words(text: str) -> list[str]:
    """Column names of a header written as one run, letter-spaced or not
    (text-sp: ``序 号 工 作 任 务 牵 头 单 位``): the longest vocabulary word at each
    position; text between known words is one unknown column."""
    words = sorted({w for ws in header_roles().values() for w in ws if len(w) >= 2}, key=len, reverse=True)
    run, out, i = compact(text), [], 0
    simple = simplified(run)   # words are found in simplified characters (工作任務), cut as printed
    unknown = ""
    while i < len(run):
        word = next((w for w in words if simple.startswith(w, i)), None)
        if word is None:
            unknown += run[i]
            i += 1
            continue
        if unknown:
            out.append(unknown)
            unknown = ""
        out.append(run[i:i + len(word)])
        i += len(word)
    return out + ([unknown] if unknown else [])


def first_grid_line(lines: list[str]) -> int | None:
    """Index of the first line of a text grid of any form (pipe, tab, box,
    text-bl header, text-sp header), or None: the cover letter ends above it."""
    starts = []
    for i, line in enumerate(lines):
        if (is_pipe_line(line) or _is_box_line(line) or ("\t" in line and header_of(_tab_cells(line)))
                or (_is_bar_row(line) and header_of(_bar_cells(line)))):
            starts.append(i)
            break
    sp_start, _ = _sp_header(lines)
    starts += [sp_start] if sp_start is not None else []
    one = next((i for i, ln in enumerate(lines) if ln.strip() == "1"), None)
    if one is not None:
        names, sections = _bl_header(lines[:one])
        if len(names) >= 3 and header_of(names):
            starts.append(_bl_header_start(lines[:one], len(names) + len(sections)))
    return min(starts) if starts else None


def _bl_header_start(lines: list[str], cells: int) -> int:
    """Index of the first of the last ``cells`` non-blank lines."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        seen += bool(lines[i].strip())
        if seen == cells:
            return i
    return 0


# --- text-pipe: the portal's pipe dump --------------------------------------------

def parse_pipe_text(located: Located) -> ParsedTable | None:
    """A ``|`` dump: the header cells, then rows cut at their labelled cells
    (or, with a 序号 column, at the next row number)."""
    lines = text_lines(located)
    pipe_idx = [i for i, ln in enumerate(lines) if is_pipe_line(ln)]
    if len(pipe_idx) < 4:
        return None
    tokens = pipe_tokens(lines[pipe_idx[0]:pipe_idx[-1] + 1])
    first = next((i for i, t in enumerate(tokens) if _opens_pipe_body(t)), None)
    if first is None:
        return None
    names = [t for t in tokens[:first] if t]
    header = header_of(names)
    if header is None:
        return None
    anchors = {r: header.roles.index(r) for r in ("section", "measure", "number") if r in header.roles}
    grid = pipe_grid(tokens[first:], len(names), anchors)
    return parse_grid(grid, header_at_top(header), "text-pipe")


def _opens_pipe_body(token: str) -> bool:
    return bool(SECTION_RE.match(token) or MEASURE_RE.match(fold(token)) or token == "1")


def header_at_top(header: Header) -> Header:
    """``header`` for a grid that holds body rows only."""
    return Header(0, header.roles, header.names)


# --- text-tab / text-bar: a word processor's copy, TAB- or |-separated cells ----------------------------------

def parse_tab_text(located: Located) -> ParsedTable | None:
    """Rows one a line with TAB between cells, from the header line to the
    last TAB line; a line without TABs between rows is a full-width section
    heading (``一、…``) or the rest of a last cell that held a line break.

    Without a TAB header, the same for rows whose cells are split by ``|``
    (``序号|工作任务|牵头单位`` or a Markdown-style ``| … | … |`` table;
    ``|---|---|`` rules skipped): a one-row-a-line dump, unlike text-pipe's one
    ``X |`` cell a line, which ``parse_pipe_text`` has tried first.
    """
    lines = text_lines(located)
    for is_row, cells_of, form in ((lambda ln: "\t" in ln, _tab_cells, "text-tab"),
                                   (_is_bar_row, _bar_cells, "text-bar")):
        parsed = _parse_row_lines(lines, is_row, cells_of, form)
        if parsed is not None:
            return parsed
    return None


_BAR_RULE_RE = re.compile(r"^[\s|:+\-=—]+$")   #: |---|:--| between a header and its rows


def _is_bar_row(line: str) -> bool:
    return line.strip().strip("|").count("|") >= 2 and not _BAR_RULE_RE.match(line)


def _bar_cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return [c.strip() for c in s.split("|")]


def _parse_row_lines(lines: list[str], is_row, cells_of, form: str) -> ParsedTable | None:
    start = next((i for i, ln in enumerate(lines) if is_row(ln) and header_of(cells_of(ln))), None)
    if start is None:
        return None
    names = cells_of(lines[start])
    end = max(i for i, ln in enumerate(lines) if is_row(ln))
    grid: Grid = []
    for line in lines[start + 1:end + 1]:
        if _BAR_RULE_RE.match(line) and "|" in line:
            continue
        if is_row(line):
            grid.append(_tab_row(cells_of(line), names, len(grid)))
        elif _SECTION_ROW_RE.match(line):
            grid.append(span_row(line, len(names), len(grid)))
        elif line.strip() and grid and not _is_span_row(grid[-1]):
            # a cell holding a line break: the copy puts its rest on a line of its own
            last = grid[-1][-1]
            grid[-1][-1] = Cell(last.parts + (line.strip(),), last.origin)
    header = header_of(names, grid)
    return parse_grid(grid, header_at_top(header), form) if header and grid else None


def _tab_cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def _tab_row(cells: list[str], names: list[str], r: int) -> list[Cell]:
    """One TAB row.  The empty cells a rowspan leaves in front are lost
    when the line is stripped (``\t2、…`` -> ``2、…``), so a short row that
    starts with a measure label is put back under the measure column."""
    ncols = len(names)
    roles = [role_of(n) for n in names]
    if len(cells) < ncols and MEASURE_RE.match(fold(cells[0])) and "measure" in roles:
        cells = [""] * min(roles.index("measure"), ncols - len(cells)) + cells
    if len(cells) > ncols:
        cells = cells[:ncols - 1] + [" ".join(cells[ncols - 1:])]
    cells = cells + [""] * (ncols - len(cells))
    return [text_cell(c, r, i) for i, c in enumerate(cells)]


def _is_span_row(row: list[Cell]) -> bool:
    return len({c.origin for c in row}) == 1


# --- text-bl: one cell a line, rows opened by a bare row number ----------------------

def parse_bl_text(located: Located) -> ParsedTable | None:
    """text-bl: the header cells sit one a line above the bare ``1``; after it
    each row is ``n``, then one cell per blank-separated block, until the
    line ``n + 1``.  A block ``二、…`` after a row's cells heads a section."""
    lines = text_lines(located)
    one = next((i for i, ln in enumerate(lines) if ln.strip() == "1"), None)
    if one is None:
        return None
    names, sections_before = _bl_header(lines[:one])
    if len(names) < 3 or header_of(names) is None:
        return None
    grid: Grid = [span_row(s, len(names), 0) for s in sections_before]
    for number, blocks in _bl_rows(lines[one:], _cells_are_lines(lines[:one], len(names))):
        cells, heading = blocks[:len(names) - 1], blocks[len(names) - 1:]
        grid.append([text_cell(str(number), len(grid), 0)] + _bl_cells(cells, len(names) - 1, len(grid)))
        grid.extend(span_row(h, len(names), len(grid)) for h in heading if _SECTION_ROW_RE.match(h))
    header = header_of(names, grid)
    if header is None or header.roles[0] != "number":
        return None
    return parse_grid(grid, header_at_top(header), "text-bl")


def _bl_header(lines: list[str]) -> tuple[list[str], list[str]]:
    """Header names (short lines just above the first row, blank lines
    between them) and any section headings between header and first row."""
    names: list[str] = []
    sections: list[str] = []
    for line in reversed(lines):
        s = line.strip()
        if not s:
            continue
        if _SECTION_ROW_RE.match(s) and not names:
            sections.insert(0, s)
        elif len(compact(s)) <= 8 and not re.search(r"[，。,；;：:]", s):
            names.insert(0, s)
        else:
            break
    numbered = [i for i, n in enumerate(names) if role_of(n) == "number"]
    return (names[numbered[0]:] if numbered else names), sections


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
    for line in lines + [""]:
        s = line.strip()
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


def _bl_cells(blocks: list[str], ncols: int, r: int) -> list[Cell]:
    blocks = blocks + [""] * (ncols - len(blocks))
    return [text_cell(b, r, c + 1) for c, b in enumerate(blocks)]


# --- text-sp: one row a line, cells split by spaces -----------------------------------

def parse_sp_text(located: Located) -> ParsedTable | None:
    """text-sp: a letter-spaced header line, then ``n task units`` lines.  The task
    may hold no space, the units none either: the first space ends the
    number, the last spaces (one per trailing column) start the units."""
    lines = text_lines(located)
    start, names = _sp_header(lines)
    if start is None:
        return None
    starts = _header_starts(lines[start].strip(), names)
    grid: Grid = []
    expected = 1
    for line in lines[start + 1:]:
        s = line.strip()
        m = re.match(r"^(\d{1,3})\s+(\S.*)$", s)
        if m and int(m.group(1)) == expected:
            aligned = _aligned_cells(s, starts) if len(m.group(2).split()) < len(names) - 1 else None
            grid.append([text_cell(c, len(grid), i) for i, c in enumerate(aligned)] if aligned
                        else _sp_row(m.group(1), m.group(2), len(names), len(grid)))
            expected += 1
        elif _SECTION_ROW_RE.match(s):
            grid.append(span_row(s, len(names), len(grid)))
        elif s and grid:
            break  # the text after the table
    header = header_of(names, grid)
    return parse_grid(grid, header_at_top(header), "text-sp") if header and grid else None


def _sp_header(lines: list[str]) -> tuple[int | None, list[str]]:
    for i, line in enumerate(lines):
        if " " not in line.strip() or len(compact(line)) > 40:
            continue
        names = split_header_words(line)
        roles = [role_of(n) for n in names]
        if len(names) >= 3 and roles[0] == "number" and sum(1 for r in roles if r) >= 3:
            return i, names
    return None, []


def _header_starts(line: str, names: list[str]) -> list[int] | None:
    """The display column where each header word starts in ``line`` (letter-spaced
    or not), or None when a word cannot be found in order."""
    starts, i = [], 0
    for name in names:
        for k, ch in enumerate(name):
            j = line.find(ch, i)
            if j < 0:
                return None
            if k == 0:
                starts.append(display_width(line[:j]))
            i = j + 1
    return starts


def _aligned_cells(line: str, starts: list[int] | None, tolerance: int = 1) -> list[str] | None:
    """The cells of a short text-sp row by where its words stand under the header
    (an empty 配合单位 between 牵头单位 and 完成时限), or None when the row is not
    laid out in the header's columns: then the cells are split as usual."""
    if not starts:
        return None
    cells, last = [""] * len(starts), -1
    for word in re.finditer(r"\S+", line):
        pos = display_width(line[:word.start()])
        col = max((c for c, s in enumerate(starts) if s <= pos + tolerance), default=None)
        if (col is None or col < last or (col != last and abs(pos - starts[col]) > tolerance)
                or (col == 0 and cells[0])):   # the number column holds the number alone
            return None
        cells[col] = f"{cells[col]} {word.group()}" if cells[col] else word.group()
        last = col
    return cells


def _sp_row(number: str, rest: str, ncols: int, r: int) -> list[Cell]:
    trailing = max(1, ncols - 2)
    pieces = rest.rsplit(None, trailing)
    if len(pieces) < trailing + 1:  # a short row: the empty cells are last
        pieces = pieces[:1] + pieces[1:] + [""] * (trailing + 1 - len(pieces))
    return [text_cell(number, r, 0)] + [text_cell(p, r, c + 1) for c, p in enumerate(pieces)]


# --- text-box: box-drawing borders -------------------------------------------------------

def parse_box_text(located: Located) -> ParsedTable | None:
    """text-box: content lines split at the vertical bars; a rule line closes the
    columns it draws a line under and leaves a spanning cell open, so a
    unit cell spanning several task rows applies to each of them."""
    lines = [ln for ln in text_lines(located) if ln.strip()]
    box = [ln.strip() for ln in lines if _is_box_line(ln)]
    if len(box) < 4:
        return None
    blocks = _box_blocks(box)
    if len(blocks) < 2:
        return None
    head = blocks[0]
    names = ["".join(parts) for parts in head["cols"]]
    header = header_of(names)
    if header is None:
        return None
    grid = _box_grid(blocks[1:], len(names))
    return parse_grid(grid, header_at_top(header), "text-box") if grid else None


def _is_box_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and (s[0] in _BOX_CHARS or s[-1] in _BOX_VERTICAL)


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
    inner = inner[1:] if inner[0] in _BOX_VERTICAL else inner
    inner = inner[:-1] if inner and inner[-1] in _BOX_VERTICAL else inner
    return [p.lstrip() for p in re.split(rf"[{_BOX_VERTICAL}]", inner)]


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
    """Re-join a column's line fragments: a fragment that fills the cell
    (no right padding) was cut by the width and runs on into the next
    line, even mid-word (``市财政`` + ``局``); a padded one ended there."""
    parts: list[str] = []
    run = ""
    for frag in fragments:
        text = frag.strip()
        if not text:
            if run:
                parts.append(run)
                run = ""
            continue
        run += text
        if frag != frag.rstrip():
            parts.append(run)
            run = ""
    if run:
        parts.append(run)
    return tuple(parts)
